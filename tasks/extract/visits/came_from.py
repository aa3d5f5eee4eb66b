"""The leg a leader comes from, told after his arrival abroad: "وصل الرئيس الأمريكي باراك أوباما إلى بيت لحم، ظهر
اليوم، قادما من القدس" (arrived in Bethlehem at noon today coming from Jerusalem). "قادما من" (qadiman min, coming
from; triggers.yaml `came_from`) has no subject or tense of its own: it hangs on the past arrival verb before it in
its clause (triggers.yaml came_from_verbs), whose subject, a leader named after it, travelled; the place he came
from, right after the participle, was his trip's leg before the one the verb tells, when a phrase ending a trip
follows it (triggers.yaml trip_end_phrases: "قادما من القدس، عقب زيارته لمتحف", after his visit to a museum; "قادما
من إسرائيل في ختام زيارة"): held, of no day told (tour_legs.undated_leg), its host the country's head by office. A
bare "قادما من باكستان" (from Pakistan) may be a stopover and tells no visit there. Only a leg of a trip abroad: the arrival's goal in
another country than his (not a return home, "وصل مرسي إلى القاهرة قادما من برلين", which return_leg reads), the
place he came from in a third country (not a move inside one, "وصل الملك إلى مكة قادما من جدة"), and not a summit
held there ("قادما من كندا حيث عقدت قمة مجموعة السبع", a summit's attendance, no visit). Read by
heading.governed (a participle with no such reading is no trigger), tour_legs.tour_traveller (its traveller) and
place.city_of_meeting (its place)."""
from __future__ import annotations

import re
from typing import Any

from tasks.extract.visits.triggers import trigger_spec
from ziyarat.arabic import fold_term
from ziyarat.lexicon import trigger_words
from ziyarat.matching import Hit

ARRIVAL_CHARS = 160  # from the arrival verb to its participle, past the subject, his title, the goal and a time
ORIGIN_CHARS = 2  # from the participle ("قادما من") to the place: "قادما من القدس"
TRIP_END_CHARS = 40  # from that place to the phrase ending the trip: "، عقب زيارته", "في ختام زيارة"
SUMMIT_CHARS = 60  # from that place to a summit told held there: "قادما من كندا حيث عقدت قمة"
CLAUSE_MARKS = ".:;\u061b\"«»“”"


def came_from(h: Hit) -> bool:
    """A coming-from participle trigger (`leg_from`)."""
    return h.group.startswith("t:") and bool(trigger_spec(h.group).get("leg_from"))


def origin(art: Any, i: int, h: Hit) -> Any | None:
    """The place right after the participle h of sentence i, with a country, or None."""
    return next((p for p in art.near("places", i, h.end, h.end + ORIGIN_CHARS) if p.country), None)


def origin_traveller(art: Any, i: int, h: Hit) -> Any | None:
    """The leader whose earlier leg the participle h of sentence i tells (see the module's docstring), or None."""
    if art.in_quote(h.start):
        return None
    verb = _arrival_verb(art, i, h)
    if verb is None:
        return None
    after = [m for m in art.persons.get(i, []) if verb <= m.start and m.end <= h.start]
    if not after or not any(m is after[0] for m in art.leaders.get(i, [])):
        return None  # the verb's subject, the first person after it, is no leader: "وصل وزير الخارجية ..."
    who = after[0]
    if any(m.country != who.country for m in after if m.entity_id != who.entity_id):
        return None  # another country's person between: whose trip it is is unclear
    goal = next((p for p in art.near("places", i, verb, h.start) if p.country and p.end <= h.start), None)
    came = origin(art, i, h)
    if goal is None or came is None or not who.country or goal.country == who.country \
            or came.country in (who.country, goal.country):
        return None  # a return home, a move inside one country, or no goal named
    return who if _trip_ended(art, i, came) and not _summit_there(art, i, came) else None


def _arrival_verb(art: Any, i: int, h: Hit) -> int | None:
    """The start of the past arrival verb the participle h hangs on: the last of came_from_verbs within
    ARRIVAL_CHARS before it in its sentence, no clause mark nor quotation between; else None."""
    lo = max(art.sentences[i][0], h.start - ARRIVAL_CHARS)
    verbs = trigger_words("came_from_verbs")
    found = None
    for m in re.finditer(r"\S+", art.text[lo:h.start]):
        if fold_term(m.group().strip("\u060c,")) in verbs:
            found = lo + m.start()
    if found is None or any(ch in art.text[found:h.start] for ch in CLAUSE_MARKS):
        return None
    return found


def _trip_ended(art: Any, i: int, came: Any) -> bool:
    """A phrase ending a trip (triggers.yaml trip_end_phrases) within TRIP_END_CHARS after the place he came from, in its
    clause (commas aside): "قادما من القدس، عقب زيارته لمتحف الهولوكوست" (from Jerusalem, after his visit to the
    Holocaust museum)."""
    end = min(art.sentences[i][1], came.end + TRIP_END_CHARS)
    span = art.text[came.end:end]
    cut = min((span.index(ch) for ch in CLAUSE_MARKS if ch in span), default=len(span))
    words = [fold_term(w.strip("،,")) for w in span[:cut].split()]
    phrases = trigger_words("trip_end_phrases")
    return any(" ".join(words[k:k + n]).removeprefix("و") in phrases for k in range(len(words)) for n in (1, 2, 3))


def _summit_there(art: Any, i: int, came: Any) -> bool:
    """A summit noun (triggers.yaml summit_nouns) told within SUMMIT_CHARS after the place he came from, in its clause."""
    end = min(art.sentences[i][1], came.end + SUMMIT_CHARS)
    words = [fold_term(w.strip("\u060c,")) for w in art.text[came.end:end].split()]
    nouns = trigger_words("summit_nouns")
    return any(w in nouns or w[1:] in nouns for w in words)
