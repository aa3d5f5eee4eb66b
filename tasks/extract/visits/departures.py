"""Leaders who leave a place: "بنيامين نتنياهو، الذي غادر الأردن بعد زيارة قصيرة" (Netanyahu, who left
Jordan after a short visit), "غادر كيم بيونغ يانغ فجر الجمعة للقاء نظيره" (Kim left Pyongyang at dawn on
Friday to meet his counterpart). A leader who leaves the other's country was his guest; one who leaves his
own set out on the trip. Either way he is the one who travelled: visits.direction reads it for a meeting no word
orients ("خلال لقائه مع", during his meeting with), when only one of the two leaves a place of theirs. And the city of
the host's country the traveller leaves at his visit's end (left_places): place.article_city reads it as the visit's."""
from __future__ import annotations

import re
from typing import Any

from tasks.extract.visits.address import told_earlier
from tasks.extract.visits.article import Article
from tasks.extract.visits.leaders import pid
from ziyarat.arabic import fold_term
from ziyarat.lexicon import grammar_words, trigger_words

SUBJECT_GAP = 3  # from the verb to its subject's name: "غادر كيم"
TITLE_GAP = 30  # ... past his title: "غادر رئيس كوريا الشمالية كيم جونغ أون"
PLACE_GAP = 3  # from the verb or its subject to the place left
ANTECEDENT_GAP = 4  # from a leader's name to "الذي" (who): "نتنياهو، الذي"


def departed(art: Article, a: Any, b: Any) -> set[str]:
    """The ids of the two leaders a departure verb of the article, outside quotes, takes out of a
    place in either's country."""
    stems = grammar_words("leave_stems")
    verbs = frozenset(w for w in trigger_words("departure_verbs") if any(stem in w for stem in stems))
    relatives = grammar_words("relative_pronouns")
    heads = trigger_words("unresolved_heads")  # a leader's head noun opens his title
    countries = {a.country, b.country}
    out: set[str] = set()
    for i, (s, e) in enumerate(art.sentences):
        leaders = [m for m in art.leaders.get(i, []) if pid(m) in (pid(a), pid(b))]
        if not leaders:
            continue
        for w in re.finditer(r"\S+", art.text[s:e]):
            start, end = s + w.start(), s + w.end()
            if fold_term(w.group()) not in verbs or art.in_quote(start):
                continue
            nxt = art.folded_slice(end, end + 20).split()[:1]
            gap = TITLE_GAP if nxt and nxt[0] in heads else SUBJECT_GAP  # "غادر رئيس كوريا الشمالية كيم"
            subject = next((m for m in leaders if 0 <= m.start - end <= gap
                            and not any(c in art.text[end:m.start] for c in "\u060c,.")), None)
            if subject is None:
                lo = max(s, start - 12)
                before = list(re.finditer(r"\S+", art.text[lo:start]))
                if not before or fold_term(before[-1].group()) not in relatives:
                    continue
                rel = lo + before[-1].start()  # "نتنياهو، الذي غادر": the name right before "الذي"
                subject = next((m for m in leaders if 0 <= rel - m.end <= ANTECEDENT_GAP), None)
            if subject is None:
                continue
            after = max(end, subject.end if subject.start > start else end)
            if any(0 <= p.start - after <= PLACE_GAP and p.country in countries for p in art.places.get(i, [])):
                out.add(pid(subject))
    return out


LEAVE_REACH = 90  # from a departure verb to the city left: "غادر الدكتور هشام قنديل، رئيس مجلس الوزراء والوفد المرافق له، جوبا"
FROM_REACH = 120  # from the traveller to "قادما من" (coming from) after him: "وصل إلى القاهرة قنديل والوفد المرافق له قادما من"
BEFORE_VERB_WORDS = 2  # a subject told before its verb, as a headline does: "«قنديل» يغادر بغداد"
_FROM_WORDS = ("\u0642\u0627\u062f\u0645\u0627", "\u0642\u0627\u062f\u0645\u0647")  # قادما, قادمة (folded)
_TO = "\u0627\u0644\u064a"  # الي (إلى, to), folded


def left_places(art: Article, i: int, visitor: Any, host: Any) -> list[Any]:
    """The places of the host's country sentence i has the traveller leave: the object of a departure verb of
    his ("غادر أوباما عمان متوجها إلى واشنطن", Obama left Amman for Washington; "«قنديل» يغادر بغداد بعد زيارة
    للعراق") or the place right after "قادما من" (coming from) past his name ("وصل قنديل إلى القاهرة قادما من جوبا
    بعد زيارة", arrived in Cairo coming from Juba after a visit): he was there on his visit. The traveller is the
    verb's subject: named between the verb and the place or right before the verb, no other person between, no
    other place and no "إلى" (to) before the place; not in a sentence telling an earlier time (address.told_earlier).
    place.article_city reads them for the traveller's sentences that give the meeting no city."""
    mine = [m for m in art.persons.get(i, []) if pid(m) == pid(visitor)]
    if not mine:
        return []
    stems = grammar_words("leave_stems")
    verbs = frozenset(w for w in trigger_words("departure_verbs") if any(stem in w for stem in stems))
    others = [m for m in art.persons.get(i, []) if pid(m) != pid(visitor)]
    s, e = art.sentences[i]
    words = list(re.finditer(r"\S+", art.text[s:e]))
    out = []
    for k, w in enumerate(words):
        start, end, word = s + w.start(), s + w.end(), fold_term(w.group())
        if art.in_speech_at(start):
            continue
        if word in verbs:
            place = next((p for p in art.places.get(i, []) if 0 <= p.start - end <= LEAVE_REACH), None)
            if place is None:
                continue
            subject = any(end <= m.start < place.start for m in mine) or any(
                m.start >= s + words[max(0, k - BEFORE_VERB_WORDS)].start() and m.end <= start for m in mine)
            gap = art.folded_slice(end, place.start).split()
            clear = not any(end <= m.start < place.start for m in others) and _TO not in gap and not any(
                end <= q.start < place.start for q in art.places.get(i, []) if q is not place)
            if subject and clear:
                out.append(place)
        elif word in _FROM_WORDS and k + 1 < len(words) and fold_term(words[k + 1].group()) == "\u0645\u0646":
            place = next((p for p in art.places.get(i, []) if 0 <= p.start - (s + words[k + 1].end()) <= 2), None)
            subject = next((m for m in mine if 0 <= start - m.end <= FROM_REACH), None)
            if place is not None and subject is not None and not any(subject.end <= m.start < start for m in others):
                out.append(place)
    return [p for p in out if p.country == host.country and not told_earlier(art, i, p.start)]
