"""A visit told through its end, the leader's return home: "عاد الرئيس مرسي إلى القاهرة صباح اليوم قادما من برلين
بعد زيارة التقى خلالها ميركل" (President Morsi returned to Cairo this morning coming from Berlin after a visit during
which he met Merkel). A meeting word told in that return's leg (the visit it ends) was not held where he returned to:
the place he comes from ("قادما من", "عائدا من", "في طريق عودته من": an origin cue and "من") is the visit's.
place.city_of_meeting reads the leg's places, candidates and merge the return's day (returned_after), and
dateline.dateline and place_countries the home a lead returns to (returned_to)."""
from __future__ import annotations

import re
from typing import Any

from tasks.extract.visits.article import Article
from tasks.extract.visits.clauses import joined_clause_between
from tasks.extract.visits.listed import city_of
from tasks.extract.visits.triggers import trigger_spec
from ziyarat.arabic import fold_term
from ziyarat.lexicon import trigger_words
from ziyarat.matching import Hit

RETURN_REACH = 40  # characters from "عاد" (returned) to the city it names
RETURN_SENTENCES = 4  # a dateline's desk is told in the first lines
RELATIVE_CHARS = 40  # from a place's relative pronoun to the meeting word of its clause: "برلين التي التقى فيها"
FROM = "\u0645\u0646"  # من (min, from)


def returned_after(art: Article, h: Hit) -> bool:
    """The meeting word is told after a return home, in the visit that return ends: "عاد
    مرسي صباح الخميس بعد زيارة لألمانيا عقد خلالها مباحثات" (returned on Thursday morning
    after a visit to Germany during which he held talks). The sentence's day is the
    return's; the visit's is told only with its length (lead_day.lead_day)."""
    return _after_cue(art, h) is not None


def back_from(art: Article, h: Hit) -> bool:
    """The trip word is told in a return home: returned_after, or what "after his return from" names (_back_from).
    Either way the sentence's day is the return's (candidates), while only returned_after keeps a bare noun
    from anchoring a later act (anchored: "بعد عودته من قمة", after his return from a summit, dates the act)."""
    return returned_after(art, h) or _back_from(art, h)


BACK_FROM_CHARS = 30  # from "بعد عودته من" (after his return from) to the trip word it names: "جولة خليجية زار"


def _back_from(art: Article, h: Hit) -> bool:
    """The trip word is what "after his return from" names, in its clause: "بعد عودته من جولة زار خلالها السعودية"
    (after his return from a tour in which he visited Saudi Arabia), "عقب عودته من زيارة للجزائر": the
    sentence's day is the return's or a later one. Not past a comma or a full stop: "بعد عودته من باريس، التقى
    الرئيس" (after his return from Paris, he met the president) tells a meeting of that day."""
    lo = max(art.sentences[art.sent_of(h.start)][0], h.start - BACK_FROM_CHARS - 20)
    words = [(lo + m.end(), fold_term(m.group().strip("\u060c,"))) for m in re.finditer(r"\S+", art.text[lo:h.start])]
    for k in range(len(words) - 2):
        if words[k][1].removeprefix("\u0648") in trigger_words("after_leads") \
                and words[k + 1][1] in trigger_words("return_words") and words[k + 2][1] == FROM:
            gap = art.text[words[k + 2][0]:h.start]
            return len(gap) <= BACK_FROM_CHARS and not any(ch in gap for ch in "\u060c,.")
    return False


HOME_GOAL_CHARS = 3  # from "إلى" (to) over a space or a quotation mark to the home it names: "طهران", "الولايات المتحدة"
TO = "\u0627\u0644\u064a"  # إلى (to), folded; or a li- glued to the home: "لطهران"


def home_before(art: Article, i: int, h: Hit, sides: tuple[Any, Any], country: str | None) -> bool:
    """A return home of one of the pair is told before the trip word h of sentence i, the trip's place is not
    that home, and every day of the sentence stands before the return: in "وقال نجاد اليوم الجمعة بعد عودته إلى
    طهران إن زيارته لمصر جاءت في توقيت" (Ahmadinejad said today, Friday, after his return to Tehran, that his visit
    to Egypt came at a time) the visit is over and Friday is the saying's. The return is "after" (after_leads)
    and a return noun (returner_nouns) to a place of a side's country; in "قال مرسي بعد عودته إلى القاهرة إنه
    التقى أمير قطر في القاهرة" the meeting was at the home he came back to, and may be of the saying's day."""
    lo = art.sentences[i][0]
    words = [(lo + m.start(), lo + m.end(), fold_term(m.group().strip("\u060c,")))
             for m in re.finditer(r"\S+", art.text[lo:h.start])]
    countries = {getattr(side, "country", None) for side in sides} - {None}
    for k in range(len(words) - 2):
        (cue, _, after), (_, _, noun), (to_at, to_end, to) = words[k], words[k + 1], words[k + 2]
        if after.removeprefix("\u0648") not in trigger_words("after_leads") or noun not in trigger_words("returner_nouns"):
            continue
        home = next((p for p in art.places.get(i, []) if p.end <= h.start and p.country
                     and (0 < p.start - to_end <= HOME_GOAL_CHARS if to == TO else p.start == to_at + 1 and to[:1] == "\u0644")), None)
        if home is not None and home.country in countries and home.country != country and "." not in art.text[cue:h.start]:
            return not any(d.start >= cue for d in art.dates.get(i, []))
    return False


def _after_cue(art: Article, h: Hit) -> Hit | None:
    """The "after ..." past-reference cue ("بعد زيارة") at or before h that an origin cue precedes, or None."""
    i = art.sent_of(h.start)
    return next((c for c in art.cues(i, "c:past_reference")
                 if fold_term(c.term).startswith(tuple(trigger_words("after_leads"))) and c.start <= h.start
                 and any(o.end <= c.start for o in art.cues(i, "c:origin_cues"))), None)


def return_before(art: Article, c: Hit, h: Hit) -> bool:
    """The "after" cue c holds or stands right before the visit word h, or h is told during that visit
    ("خلالها", during it, by h, in c's clause: "بعد زيارة لألمانيا استغرقت يومين التقى خلالها ميركل"), past a return
    home (an origin cue: "عاد", "غادر ... عائدا")."""
    i = art.sent_of(h.start)
    return (c.start <= h.start < c.end or 0 <= h.start - c.end <= 2 or _during_it(art, i, c, h)) and any(
        o.end <= c.start for o in art.cues(i, "c:origin_cues"))


DURING_CHARS = 12  # from a meeting word to the "خلالها" (during it) after it, or from that before it


def _during_it(art: Article, i: int, c: Hit, h: Hit) -> bool:
    """h, after the "after" cue c in its clause (no full stop, no comma and a past verb between), is told
    during the visit: a during-visit cue ("خلالها") stands right by it."""
    if h.start < c.end or "." in art.text[c.end:h.start] or joined_clause_between(art, c.end, h.start):
        return False
    end = art.word_end(h.end)
    return any(0 <= d.start - end <= DURING_CHARS or 0 <= h.start - d.end <= 2 for d in art.cues(i, "c:during_visit"))


def return_day(art: Article, i: int, h: Hit, d: Any) -> bool:
    """The date d is the day of a return home a meeting word is told after, in the clause of the place the
    traveller comes from: in "عاد مرسي إلى القاهرة صباح اليوم عائدا من برلين التي التقى فيها ميركل" (returned to
    Cairo this morning from Berlin, where he met Merkel) this morning is the return's, not the meeting's."""
    return any(d.end <= q.start and q.end <= h.start and _opens_clause(art, q, h)
               for q in _froms(art, i))


ARRIVAL_GOAL_CHARS = 80  # from an arrival word over its subject to the place it reaches: "وصل الرئيس محمد مرسي إلى القاهرة"
FROM_AFTER_GOAL_CHARS = 60  # from that place over a time to where he comes from: "صباح اليوم قادما من برلين"


def arrival_home(art: Article, i: int, h: Hit) -> bool:
    """An arrival word whose goal is its traveller's own country, told as coming back from another: "وصل الرئيس
    مرسي إلى القاهرة صباح اليوم قادما من برلين بعد زيارة" (President Morsi arrived in Cairo this morning coming from
    Berlin after a visit) is his return home, no visit of his to the leader of the place he left. The traveller
    is named by the verb (after it, before the place, or just before it), of the goal's country; "وصلت ميركل
    إلى القاهرة قادمة من برلين" (Merkel arrived in Cairo from Berlin) is hers to Egypt."""
    if trigger_spec(h.group)["role"] != "arrive":
        return False
    goal = next((p for p in art.places.get(i, []) if 0 <= p.start - h.end <= ARRIVAL_GOAL_CHARS and p.country), None)
    if goal is None or from_place(art, goal):
        return False
    back = any(0 <= q.start - goal.end <= FROM_AFTER_GOAL_CHARS and q.country and q.country != goal.country
               and "." not in art.text[goal.end:q.start] and not joined_clause_between(art, goal.end, q.start)
               for q in _froms(art, i)) or _trip_end_after(art, goal)
    lo = max(art.sentences[i][0], h.start - RETURN_REACH)
    return back and any(m.country == goal.country and (h.end <= m.start < goal.start or lo <= m.start < h.start)
                        for m in art.leaders.get(i, []))


def _trip_end_after(art: Article, goal: Any) -> bool:
    """A phrase ending a trip (triggers.yaml trip_end_phrases: "بعد مشاركته", "في ختام زيارة") follows the arrival's
    goal in its clause: "وصل ... إلى طهران، اليوم الجمعة، بعد مشاركته في قمة" (arrived in Tehran on Friday after
    taking part in a summit) comes back from it. Not past a full stop or a joined clause ("، والتقى")."""
    end = min(art.sentences[art.sent_of(goal.start)][1], goal.end + FROM_AFTER_GOAL_CHARS)
    words = [(goal.end + m.start(), fold_term(m.group().strip("\u060c,")))
             for m in re.finditer(r"\S+", art.text[goal.end:end])]
    phrases = trigger_words("trip_end_phrases")
    for k, (at, _) in enumerate(words):
        if "." in art.text[goal.end:at] or joined_clause_between(art, goal.end, at):
            return False
        if any(" ".join(w for _, w in words[k:k + n]).removeprefix("\u0648") in phrases for n in (1, 2, 3)):
            return True
    return False


def leg_places(art: Article, i: int, h: Hit) -> tuple[list[Any], list[Any]]:
    """(homes, origins): when the meeting word h of sentence i is told in the visit a return ends, the places
    the traveller returns or arrives to, which are no venue of it ("عاد ... إلى القاهرة", returned to Cairo:
    those before the last origin cue before the visit, or after a return word), and the places he comes from,
    which are ("قادما من برلين"). The visit is told as ended ("بعد زيارة التقى خلالها", after a visit during
    which he met: returned_after) or the place he comes from opens the meeting's clause ("عائدا من برلين التي
    التقى فيها", "حيث التقى"). ([], []) when h is told in no return's leg."""
    froms = _froms(art, i)
    c = _after_cue(art, h)
    if c is None or not return_before(art, c, h):
        tied = [q for q in froms if q.end <= h.start and _opens_clause(art, q, h)]
        return ([], tied)
    o = max((o for o in art.cues(i, "c:origin_cues") if o.end <= c.start), key=lambda o: o.start)
    origins = [q for q in froms if o.start <= q.start and q.end <= c.start]
    homes = [p for p in art.places.get(i, []) if p.end <= c.start and p not in origins
             and (p.end <= o.start or after_return(art, p))]
    # a return: a return word ("عاد", "عائدا") or a home of the country of a leader named before ("وصل مرسي إلى
    # القاهرة قادما من"); "وصل أوباما إلى بيت لحم قادما من القدس عقب زيارته لمتحف" (arrived in Bethlehem from
    # Jerusalem after his visit to a museum) is a trip on, its visit no meeting's
    compatriots = {m.country for m in art.leaders.get(i, []) if m.start < o.start}
    returning = any(w in trigger_words("return_words") for x in art.cues(i, "c:origin_cues") if x.end <= c.start
                    for w in fold_term(x.term).split()) or any(p.country in compatriots for p in homes)
    # ... of a leader named before: "عاد ... الوزير قادما من نيودلهي بعد زيارة ... ضمن وفد الرئيس مرسي" is the minister's
    return (homes, origins) if returning and compatriots else ([], [])


def _froms(art: Article, i: int) -> list[Any]:
    """The places of sentence i after an origin cue's "من" (from_place), read once per sentence."""
    return art.memo(("from_places", i), lambda: [q for q in art.places.get(i, []) if from_place(art, q)])


def from_place(art: Article, q: Any) -> bool:
    """The place follows "من" (from) after an origin cue: "قادما من برلين" (coming from Berlin), "عائدا من",
    "في طريق عودته من" (on his way back from)."""
    words = art.words_before(art.word_start(q.start), 2)
    if not words or words[-1] != FROM:
        return False
    cues = trigger_words("origin_cues")
    return (len(words) == 2 and words[0].removeprefix("\u0648") in cues) or f"{words[0]} {FROM}" in cues


def _opens_clause(art: Article, q: Any, h: Hit) -> bool:
    """The place the traveller comes from opens h's clause: "حيث" (where) or a relative pronoun right after it,
    no comma between them and h: "عائدا من برلين التي التقى فيها ميركل" (back from Berlin, where he met Merkel)."""
    gap = art.folded_slice(q.end, h.start)
    words = [w.strip("\u060c,") for w in gap.split()]
    words = [w for w in words if w]
    if not words or h.start - q.end > RELATIVE_CHARS or any(ch in gap.lstrip(" \u060c,") for ch in "\u060c,."):
        return False
    return words[0].removeprefix("\u0648") in trigger_words("where_after_arrival") | trigger_words("relative_pronouns")


def after_return(art: Article, p: Any) -> bool:
    """A return word ("عاد", "عائدا") stands before the place in its clause."""
    before = art.folded_slice(max(0, p.start - RETURN_REACH), p.start)
    cut = max(before.rfind(c) for c in "\u060c,.:")
    return any(w in trigger_words("return_words") for w in before[cut + 1:].split())


def returned_to(art: Article) -> set[str]:
    """Cities of the first sentences a compatriot returns to ("عاد الرئيس محمد مرسي إلى
    القاهرة", President Morsi returned to Cairo): his home, not where he met anyone. A
    foreigner "returning" to a city ("يعود كيري إلى القدس") is only coming back."""
    out = set()
    for j in range(min(RETURN_SENTENCES, len(art.sentences))):
        for p in art.places.get(j, []):
            if city_of(p) and after_return(art, p) and any(
                    m.country == p.country and m.start < p.start for m in art.persons.get(j, [])):
                out.add(city_of(p))
    return out
