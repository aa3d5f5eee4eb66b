"""A country or capital named as the subject of a verb is the state acting, not a place: "وتعهدت
بيونغيانغ" (Pyongyang pledged), "ورحبت الصين" (China welcomed). Counting such names as where things
happen (place.place_countries) makes the country an article is about host every meeting it tells.
A state as the subject of a reception verb received a leader (receiving_state): "استقبلت الهند ... الرئيس
محمد مرسي في زيارته لها" (India received President Morsi on his visit to it), "القاهرة تستقبل الرئيس التركي"
(Cairo receives the Turkish president): his trip there, hosted by that country's head by office
(abroad_meeting.met_abroad, candidates._complete_pair)."""
from __future__ import annotations

from typing import Any

import re

from tasks.extract.visits.article import Article
from tasks.extract.visits.leaders import is_leader, pid
from tasks.extract.visits.triggers import trigger_spec
from ziyarat.arabic import AL, FA, WA, fold_term
from ziyarat.lexicon import get_lexicon, grammar_words, trigger_words
from ziyarat.matching import Hit

TA = "\u062a"  # the feminine ending of a past verb: "تعهدت" (ta'ahhadat, she pledged); a state is feminine
PLURAL = "\u0627\u062a"  # "-ات": "محادثات" (talks) is a noun
QAD = "\u0642\u062f"  # "قد": the particle before a past verb ("قد استقبلت", has received)


def state_as_subject(art: Article, p: Any) -> bool:
    """The word right before the place is a feminine past verb, the place its subject: "أعلنت كوريا
    الجنوبية" (South Korea announced). Not a noun ending in -t ("في وقت", a definite "السبت",
    a plural "محادثات"), nor a verb whose object or venue the place is ("زارت الصين", she visited
    China; "شهدت باريس لقاء", Paris saw a meeting; grammar place_object_verbs, venue_verbs). A place joined
    by wa- to such a subject is one too, and so is a place fronted after "أن" (that) before "قد" or a verb
    (_fronted_state: "أن السويد قد استقبلت", that Sweden has received)."""
    words = art.words_before(p.start, 1)
    if not words:
        return False
    if art.text[p.start - 1:p.start] == WA:
        # a second subject joined by wa-: "وأعلنت إيطاليا وفرنسا" (Italy and France announced)
        first = next((q for ps in art.places.values() for q in ps if 0 < p.start - 1 - q.end <= 1), None)
        return first is not None and state_as_subject(art, first)
    if words[0] in trigger_words("complementizers"):
        return _fronted_state(art, p)
    return _state_verb(words[0], past_only=True)


def _state_verb(w: str, past_only: bool, keep: frozenset[str] | None = None) -> bool:
    """A feminine verb a state can be the subject of: past "تعهدت" (she pledged), or present "تدعو" (she calls)
    when not past_only; not a word of `keep` (by default the verbs whose object or venue a place after them is),
    nor a noun in -t or -at."""
    bare = w[1:] if w[:1] in (WA, FA) and len(w) > 3 else w
    if keep is None:
        keep = grammar_words("place_object_verbs") | grammar_words("venue_verbs")
    keep = keep | grammar_words("t_final_nouns")
    if w in keep or bare in keep or len(bare) < 3 or bare.endswith(PLURAL) or bare.startswith(AL):
        return False
    return bare.endswith(TA) or (not past_only and len(bare) >= 4 and bare.startswith(TA))


def _fronted_state(art: Article, p: Any) -> bool:
    """The place right after "أن" / "إن" (that), followed by a feminine past verb, "قد" or not: the subject of the
    clause, fronted as the particle requires: "يذكر أن السويد قد استقبلت 245 ألف لاجئ" (Sweden has received
    245,000 refugees): the state acting, not where the story is. Not a venue ("أن القاهرة شهدت", that Cairo saw),
    nor a state whose clause goes on to name a leader ("أن مصر استقبلت الرئيس الإيراني", that Egypt received the
    Iranian president: where he went). A present verb ("أن مصر تدعم", that Egypt supports) is left counted: such
    stances run through the stories of small summits, and without them a venue of another event told beside
    one ("استضافت جزيرة كريت الشهر الماضي مؤتمرا") would name a summit's host alone."""
    after = [w.strip("\u060c,.") for w in art.folded_slice(p.end, min(p.end + 40, len(art.text))).split()[:2]]
    verb = after[1:2] if after[:1] == [QAD] else after[:1]
    i = art.sent_of(p.start)
    return bool(verb) and _state_verb(verb[0], past_only=True, keep=grammar_words("venue_verbs")) \
        and not any(m.start >= p.end for m in art.leaders.get(i, []))


STATE_GAP = 2  # the state right after the verb ("استقبلت الهند") or right before it ("القاهرة تستقبل"): a space
GUEST_CHARS = 100  # from the verb to the leader received, past a manner: "بترحاب بالغ وبدفء يعكس رغبة في ..."
STATE_KINDS = ("country", "city")
_CLAUSE_MARKS = re.compile(r"[.:;\u060c\u061b\"«»“”]")


def receiving_state(art: Article, i: int, h: Hit) -> tuple[Any, Any] | None:
    """(the state, the leader it received): a country or a city as the subject of a feminine reception verb
    (triggers.yaml receive_past, receive_future: "استقبلت", "تستقبل"), the first person after the verb, within
    reach and no clause mark, comma nor other visit word between ("بحضور الرئيس", in the presence of the
    president, is no guest), a leader of another country, no one's son or envoy
    ("استقبلت إسرائيل إيفانكا ابنة الرئيس", Israel received the president's daughter); the sentence names no
    leader of a third country. Or an airport's lounge as the subject (_arrival_hall), the guest counted from its
    place, past commas ("استقبلت الصالة الرئاسية بمطار القاهرة، منذ قليل، رئيس جمهورية السنغال، ماكي سال").
    None when the verb has another subject or no leader for its object."""
    spec = trigger_spec(h.group)
    term = fold_term(h.term)
    if spec["role"] != "receive" or not spec.get("tense") or spec.get("honour") or spec.get("gift") or spec.get("act"):
        return None
    state, marks = _arrival_hall(art, i, h), _HALL_MARKS
    if state is None:
        if not (term.endswith(TA) or term.startswith(TA)):
            return None
        state, marks = next((p for p in art.places.get(i, []) if _subject_place(art, h, p)), None), _CLAUSE_MARKS
    if state is None:
        return None
    start = max(h.end, state.end)  # a lounge's guest stands past its airport's place
    after = sorted((m for m in art.persons.get(i, []) if m.start >= start), key=lambda m: m.start)
    guest = after[0] if after else None
    if guest is None or not is_leader(guest) or guest.start - start > GUEST_CHARS \
            or marks.search(art.text[h.end:guest.start]) or art.near("triggers", i, h.end, guest.start) \
            or any(h.end <= c.start < guest.start for c in art.cues(i, "c:participant_cues")) \
            or not guest.country or guest.country == state.country \
            or art.possessed(guest, trigger_words("person_heads")):
        return None
    if any(m.country not in (guest.country, state.country) and pid(m) != pid(guest) for m in art.leaders.get(i, [])):
        return None
    return state, guest


HALL_CHARS = 40  # from the reception verb to the airport's place: "الصالة الرئاسية بمطار القاهرة"
_HALL_MARKS = re.compile(r"[.:;\u061b\"«»“”]")  # a lounge's guest may stand past commas of time ("، منذ قليل،")


def _arrival_hall(art: Article, i: int, h: Hit) -> Any | None:
    """The place of the airport whose lounge is the reception verb's subject, right after it: only words of
    grammar.yaml arrival_hall_words between, an airport among them or the place one ("بمطار تونس قرطاج").
    "استقبل الرئيس مرسي بالصالة الرئاسية" has the president for its subject: no lounge right after the verb."""
    hall = grammar_words("arrival_hall_words")
    for p in art.places.get(i, []):
        if not p.country or not 0 < p.start - h.end <= HALL_CHARS:
            continue
        words = [w.strip("\u060c,") for w in art.folded_slice(h.end, p.start).split()]
        words = [w for w in words if w not in ("ب", "")]
        if words and all(w in hall for w in words) and "مطار" in art.folded_slice(h.end, p.end):
            return p
    return None


def _subject_place(art: Article, h: Hit, p: Any) -> bool:
    """A country or city named right after the reception verb, or right before it opening its clause (the
    sentence's start, a comma, or "أن" before it: "وذكرت الصحيفة أن الهند استقبلت")."""
    place = get_lexicon().places.get(p.entity_id)
    if place is None or place.kind not in STATE_KINDS or not p.country:
        return False
    if 0 <= p.start - h.end <= STATE_GAP:
        return True
    if not 0 <= h.start - p.end <= STATE_GAP or p.start > 0 and art.text[p.start - 1] not in " \n\u060c,":
        return False  # "بالقاهرة تستقبل": a place with bi- is where, not who
    words = art.words_before(p.start, 1)
    lo = art.sentences[art.sent_of(p.start)][0]
    return not words or art.text[lo:p.start].strip() == "" or art.text[:p.start].rstrip().endswith(("\u060c", ",")) \
        or words[-1] in trigger_words("complementizers")
