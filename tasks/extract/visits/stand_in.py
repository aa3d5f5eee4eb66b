"""A leader standing in for another: "غادر رئيس مجلس الوزراء قنديل ... متوجها إلى نجامينا في زيارة يترأس خلالها
وفد مصر نيابة عن رئيس الجمهورية" (the prime minister left for N'Djamena, heading Egypt's delegation on behalf of
the president). A proxy word (triggers.yaml proxy) vetoes its sentence (candidates.sentence_candidates): the
leader named acts through someone else. But when every proxy word of the sentence is an "on behalf of" phrase
(behalf_of) whose principal is a head of state or government (named, of the traveller's country, or a bare
head's title: titles.yaml home_titles head_of_state, a definite masculine title) and the one named last before
it, no official's noun between, is himself a leader on the day, the traveller's trip stands: only the pairs
with the principal, who is not there, are dropped (objects.listed_objects). An envoy, a minister, a crown
prince or a vice-president standing in holds no leader's office: the veto stays. Nor does a "led by" (led_by)
right before a leader or a state send anyone: "بعد تنصيب الحكومة الجديدة بقيادة نتنياهو" (after the new government
led by Netanyahu was sworn in) or "التحالف بقيادة السعودية" (the Saudi-led coalition) leaves the sentence's meeting
standing (proxy_excused); "وفد بقيادة وزير الخارجية" (a delegation led by the foreign minister) still vetoes it."""
from __future__ import annotations

from typing import Any

from tasks.extract.visits.article import Article
from tasks.extract.visits.leaders import is_leader, pid
from ziyarat.arabic import fold_term
from ziyarat.lexicon import grammar_words, titles_lexicon, trigger_words
from ziyarat.matching import Hit

PRINCIPAL_CHARS = 40  # from "نيابة عن" to its principal's name: "نيابة عن خادم الحرمين الشريفين الملك عبدالله"
TITLE_WORDS = 3  # "رئيس الجمهورية" after honorifics ("السيد", "فخامة")
HEAD_GAP = 3  # from "بقيادة" to the leader's or state's name after it: one space, a comma ("بقيادة، محمد مرسي")


def proxy_excused(art: Article, i: int) -> bool:
    """Every proxy word of sentence i sends nobody: a leader's "on behalf of" another leader, or a "led by" a
    leader or a state (see the module)."""
    proxies = art.cues(i, "c:proxy")
    return bool(proxies) and all(_stand_in(art, i, p, proxies) is not None or _led_by_itself(art, i, p) for p in proxies)


def _led_by_itself(art: Article, i: int, p: Hit) -> bool:
    """The proxy word p is "بقيادة" (led by) and a leader or a state (a place) is named right after it."""
    if fold_term(p.term) not in trigger_words("led_by"):
        return False
    heads = art.near("leaders", i, p.end, p.end + HEAD_GAP) + art.near("places", i, p.end, p.end + HEAD_GAP)
    return any(not art.folded_slice(p.end, m.start).strip(" \u060c,") for m in heads)


def absent_principals(art: Article, i: int) -> set[str]:
    """The leaders sentence i names as those a leader stands in for (empty unless proxy_excused)."""
    proxies = art.cues(i, "c:proxy")
    if not proxies or not proxy_excused(art, i):
        return set()
    return {pid(m) for p in proxies if (pair := _stand_in(art, i, p, proxies)) and (m := pair[1]) is not None}


def _stand_in(art: Article, i: int, p: Hit, proxies: list[Hit]) -> tuple[Any, Any] | None:
    """(traveller, principal or None when only titled) of the proxy word p, or None when p is no leader's
    standing in. A proxy word inside a longer one ("بتكليف" in "بتكليف من") is read with it."""
    outer = next((q for q in proxies if q is not p and q.start <= p.start and p.end <= q.end), None)
    if outer is not None:
        return _stand_in(art, i, outer, [q for q in proxies if q is not p])
    if fold_term(p.term) not in trigger_words("behalf_of"):
        return None
    before = [m for m in art.persons.get(i, []) if m.end <= p.start]
    if not before:
        return None
    traveller = max(before, key=lambda m: m.start)
    if not is_leader(traveller) or art.near("c:official_nouns", i, traveller.end, p.start):
        return None
    after = sorted((m for m in art.persons.get(i, []) if p.end <= m.start <= p.end + PRINCIPAL_CHARS), key=lambda m: m.start)
    if after:
        m = after[0]
        ok = is_leader(m) and m.country == traveller.country and pid(m) != pid(traveller)
        return (traveller, m) if ok else None
    return (traveller, None) if _head_title(art.folded_slice(p.end, min(art.sentences[i][1], p.end + PRINCIPAL_CHARS))) else None


def _head_title(folded: str) -> bool:
    """The words open with a head of state's title, honorifics passed: "السيد رئيس الجمهورية", "الرئيس"."""
    honorifics = {fold_term(w) for w in titles_lexicon().get("honorifics") or ()}
    heads = {fold_term(t) for t in (titles_lexicon().get("home_titles") or {}).get("head_of_state", [])}
    words = [w for w in (w.strip("\u060c,\u2013-") for w in folded.split()) if w][:TITLE_WORDS + 2]
    while words:
        phrase = " ".join(words[:TITLE_WORDS])
        if any(phrase == t or phrase.startswith(t + " ") for t in heads) \
                or (words[0] in grammar_words("masculine_titles") and words[0].startswith("\u0627\u0644")):
            return True
        if words[0] not in honorifics:
            return False
        words = words[1:]
    return False
