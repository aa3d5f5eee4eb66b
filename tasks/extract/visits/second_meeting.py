"""A second meeting of the leader whose trip the story tells, told after his first one.

Two ways the text tells it without naming him again:
- a past meeting verb with no subject of its own whose one leader is named right after it and
  nothing after him but adverbs ("ورغم التوتر، التقى الرئيس الفرنسي ماكرون على انفراد بعيد
  وصوله", despite the tension, he met the French president Macron privately after his arrival):
  the subject is carried from the sentences before (owners.prior_subject), who met that leader,
  wherever it was, a summit's third country too (`carried_meeter`, read by
  candidates._complete_pair);
- an undated meeting noun deep in the text ("في لقائه الثنائي مع الرئيس الإيراني", in his
  bilateral meeting with the Iranian president) of the traveller of a visit the article tells as
  news, held where that visit was (the other side leads its country, or the meeting is placed in
  its country or on the same summit's sidelines): the same trip's, news too (`same_trip`, read by
  merge); so is a reception or an act of hospitality done to him there by the visited country's other head
  ("وقام رئيس الوزراء X بتسليمه الشهادة", the prime minister handed him the diploma, after talks with the
  president). An earlier one says so by itself, and is referenced before this is asked ("في لقائهما السابق",
  "العام الماضي");
- a meeting of the next day or two with the visited country's other head, on a trip the article tells as
  under way ("وتبدأ ميركل الاحد زيارة رسمية الى تركيا ... الاثنين تلتقي ميركل الرئيس التركي ... ورئيس الوزراء
  ...", Merkel begins a visit to Turkey on Sunday ... on Monday she meets the president and the prime minister):
  that trip's too, news with it, not a plan of its own (`trip_meetings_ahead`, read by merge); so is an undated
  meeting of its programme told in the present on a trip begun today or yesterday ("وتتضمن الزيارة ... لقاءات مع
  المستشارة الألمانية ورئيس ألمانيا", the visit includes meetings with the chancellor and the president:
  `programme_today`)."""
from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

from tasks.extract.tense import sa_future
from tasks.extract.visits.article import Article, Candidate
from tasks.extract.visits.leaders import is_leader, pid
from tasks.extract.visits.owners import dual_verb, lone_object, prior_subject
from tasks.extract.visits.summits import Summits
from tasks.extract.visits.triggers import trigger_spec
from tasks.extract.visits.vetoes import adjective_after
from ziyarat.arabic import fold_term
from ziyarat.lexicon import grammar_words
from ziyarat.matching import Hit

ADVERB_WORDS = 1  # the word right after the one met: a preposition or an adverb, no object of his
TRIP_DIRECTED = 1.0  # the traveller of the trip told as news travelled to this meeting too: no guess


def carried_meeter(art: Article, i: int, h: Hit, known: Any) -> Any | None:
    """The leader who met `known` at a past meeting verb h of one subject (no dual, no plural, no verb of
    discussing, which phone calls share) that opens its clause and names no subject of its own (no person
    before it in its sentence), `known` its one leader right after it (owners.lone_object) followed by a
    preposition or an adverb, no "مع" (with) nor other person in the rest of the clause: the person the
    sentences before name last (owners.prior_subject), a leader of another country; None else. "التقى
    ماكرون وفدا" (Macron met a delegation), "التقى ماكرون مع ممثلي النقابات" (met with union leaders) or
    "ناقش ترامب، إمكانية" (Trump discussed the option) name his own object; "عن زوار التقوا الأسد"
    (from visitors who met Assad) its own subject: none."""
    spec = trigger_spec(h.group)
    if spec["role"] != "meet" or spec.get("tense") != "past" or spec.get("proclitics") != "verb" or h.suffix \
            or spec.get("said_of_calls") or dual_verb(h) or fold_term(h.term).endswith("\u0648\u0627"):  # -وا: they met
        return None
    if any(m.start < h.start for m in art.persons.get(i, [])) or lone_object(art, i, h) is not known:
        return None
    opening = art.folded_slice(art.sentences[i][0], art.word_start(h.start)).replace(",", "\u060c").split("\u060c")[-1]
    if opening.strip() not in ("", "\u0648", "\u0641"):
        return None  # a word of the clause before the verb may be its subject: "عن زوار التقوا الأسد"
    rest = art.folded_slice(known.end, art.sentences[i][1]).split()
    adverbs = grammar_words("object_stops") | grammar_words("frame_prepositions") | grammar_words("during_words")
    if not rest[:ADVERB_WORDS] or rest[0] not in adverbs:
        return None  # "ناقش ترامب، إمكانية" (Trump discussed, the option): his own object after a comma
    clause = " ".join(rest).split("\u060c")[0].split(",")[0].split()
    if any(w.removeprefix("و") == "مع" for w in clause) or any(m.start > known.end for m in art.persons.get(i, [])):
        return None
    last = prior_subject(art, i)
    if last is None or not is_leader(last) or last.country == known.country or pid(last) == pid(known):
        return None
    return last


def same_trip(art: Article, group: list[Candidate], news: list[list[Candidate]], summits: Summits) -> Any | None:
    """The traveller of a visit told as news (a group of `news`, told in an earlier sentence) when the pair's
    meeting word, undated and not told as news by itself (merge._told_as_news), is his second meeting: he is
    its one shared side, its other side is named, it is held where that visit was (its other side leads the
    visited country, its sentence names a place there, or that visit was told on a summit's sidelines and its
    sentence names no place elsewhere), and nothing calls it earlier (a past-reference cue or a "كان" in its
    sentence before it, an adjective "السابق" after it, a day of its own); None else. He travelled to this
    meeting too: each candidate is turned to have him for visitor. A trip word is no second meeting: "ووصل
    ترمب إلى هلسنكي لعقد قمة مع بوتين" is a trip to a third country's meeting, its head no host."""
    for c in group:
        if c.date is not None or c.date_strong or not c.hit.group.startswith("t:") \
                or not _meeting_or_reception(c) or called_earlier(art, c):
            continue
        for a in (a for g in news for a in g if a.sentence < c.sentence):
            there = a.country or a.host.country
            shared = {pid(a.visitor)} & {pid(c.visitor), pid(c.host)}
            if not shared or there is None or there == a.visitor.country or pid(a.host) in (pid(c.visitor), pid(c.host)):
                continue
            other = c.host if pid(c.visitor) in shared else c.visitor
            if other.start < 0:
                continue  # a head by office, named nowhere: no second meeting told
            places = _placing(art, c) | ({c.country} - {None})
            if other.country == there or there in places \
                    or not places and summits.sideline([a.sentence])[0]:
                for d in group:
                    if pid(d.host) == pid(a.visitor):
                        d.visitor, d.host = d.host, d.visitor
                    d.directed = max(d.directed, TRIP_DIRECTED)
                return a.visitor
    return None


def _placing(art: Article, c: Candidate) -> set[str]:
    """The countries of the places c's sentence names, but for a side's own country named as a country: the
    talks' subject, no venue ("بحث مع عباس العلاقات الثنائية بين العراق وفلسطين", discussed with Abbas the
    relations between Iraq and Palestine). A city of his country places the meeting ("في رام الله"), and
    so does a locative the candidate read (its country)."""
    sides = {c.visitor.country, c.host.country}
    return {p.country for p in art.places.get(c.sentence, []) if not (p.country in sides and p.name_en == p.country)}


TRIP_AHEAD_DAYS = 2  # a meeting on a trip under way: within the next two days (most state visits last two or three)
TRIP_BEGUN_DAYS = 3  # the trip told as news began on publication's day or the days just before
TRIP_TODAY_DAYS = 1  # an undated programme in the present is the day's on a trip begun today or yesterday


def planned_on_trip(art: Article, group: list[Candidate], news: list[list[Candidate]]) -> bool:
    """The pair's meeting words, each dated by a day of the next TRIP_AHEAD_DAYS (merge._days_ahead) and not
    called earlier, are meetings of a trip told as news (a visit or an arrival in `news`, begun by publication
    and at most TRIP_BEGUN_DAYS before) with a named leader of the visited country other than that trip's
    host: the traveller meets the visited country's other head on the trip under way. So are the undated
    present ones of its programme (`programme_today`) after a trip told in an earlier sentence, begun at most
    TRIP_TODAY_DAYS before, dated that day; such a meeting of the day may also be the next country's leader in
    his own country (`leg_today`). Each candidate is turned to have the traveller for visitor. A meeting of the
    next days in another country than the trip's, a trip dated ahead or long gone, a host named only by office,
    or a meeting told as earlier, is none."""
    if art.published is None:
        return False
    today = all(programme_today(art, c) for c in group)  # then the trip began today or yesterday
    if not today and not all(_met_soon(art, c) for c in group):
        return False
    for a in (a for g in news for a in g if trigger_spec(a.hit.group)["role"] in ("visit", "arrive")):
        there = a.country or a.host.country
        if there is None or there == a.visitor.country or a.date is None or a.sentence >= group[0].sentence and today \
                or not 0 <= (art.published - a.date).days <= (TRIP_TODAY_DAYS if today else TRIP_BEGUN_DAYS):
            continue
        c = group[0]
        if pid(a.visitor) not in (pid(c.visitor), pid(c.host)) or pid(a.host) in (pid(c.visitor), pid(c.host)):
            continue
        other = c.host if pid(c.visitor) == pid(a.visitor) else c.visitor
        if other.start < 0 or not (other.country == there and all(d.country in (None, there) for d in group)
                                   or today and leg_today(group, other, a.visitor)):
            continue
        for d in group:
            if pid(d.host) == pid(a.visitor):
                d.visitor, d.host = d.host, d.visitor
            d.directed = max(d.directed, TRIP_DIRECTED)
            if today and d.date is None:
                d.date, d.precision = art.published, "day"  # the programme's undated meeting is the day's
        return True
    return False


def trip_meetings_ahead(cands: list[Candidate], reported: dict[frozenset, list[Candidate]],
                        ahead: dict[frozenset, list[Candidate]], news: list[list[Candidate]], art: Article) -> None:
    """The pairs met in the next days (`ahead`, dated so: merge._days_ahead; or read as planned by a future
    verb) that are meetings of a trip under way with the visited country's other head (`planned_on_trip`) are
    reported with it: "وتبدأ ميركل الاحد زيارة الى تركيا ... الاثنين تلتقي ميركل الرئيس التركي ... ورئيس
    الوزراء ..."; the others are planned."""
    soon: dict[frozenset, list[Candidate]] = defaultdict(list)
    for c in cands:
        pair = frozenset((pid(c.visitor), pid(c.host)))
        if c.kind == "referenced" and c.future and pair not in reported and pair not in ahead:
            soon[pair].append(c)
    for pair, group in [*ahead.items(), *soon.items()]:
        if planned_on_trip(art, group, news):
            for c in group:
                c.kind = "reported"
            reported[pair] = group  # the visited country's other head, met on the trip under way
        else:
            for c in group:
                c.kind = "referenced"


def programme_today(art: Article, c: Candidate) -> bool:
    """A meeting of a visit's programme told in the present with no day of its own ("وتتضمن الزيارة لقاءات مع
    المستشارة ورئيس الجمهورية", the visit includes meetings with the chancellor and the president; "ويلتقي خلال
    الزيارة"): on a trip begun today or yesterday it is the day's. Not one its sentence tells ahead: a sa- verb
    before it ("وسيحضر مأدبة عشاء يقيمها الرئيس", will attend a dinner the president gives: planned, dev gold),
    a plan cue ("من المنتظر", "غدا", "المقبلة"), a day after publication or an unresolved one; nor one called earlier.
    A cue of the day's next step ("يستعد", is preparing to; "من المفترض أن", is supposed to: grammar imminent_cues)
    with no day is the day's too: "وبينما يستعد الرئيس للتوجه إلى رام الله لإجراء مباحثات مع عباس"."""
    spec = trigger_spec(c.hit.group)
    if spec["role"] not in ("meet", "receive", "visit") or c.date is not None or c.date_strong or called_earlier(art, c):
        return False
    i = c.sentence
    imminent = grammar_words("imminent_cues")  # "يستعد للتوجه" (is preparing to head): the day's next step
    if any(fold_term(p.term) not in imminent for p in art.cues(i, "c:future_plan")) or art.cues(i, "c:future_after") \
            or any(d.date is None or d.date > art.published for d in art.dates.get(i, [])):
        return False
    return not any(sa_future(w) for w in art.folded_slice(art.sentences[i][0], c.hit.end).split())


def leg_today(group: list[Candidate], other: Any, traveller: Any) -> bool:
    """The day's meeting (programme_today) takes the traveller on to another country's leader, in that leader's
    country (every candidate placed there: "يستعد للتوجه إلى رام الله لإجراء مباحثات مع الرئيس الفلسطيني" on a
    visit to Israel): the next leg of the trip under way, told for today. A leader of the traveller's own
    country, a meeting placed nowhere, or a trip word ("في زيارة رسمية لسوريا", on an official visit to Syria:
    a leg not begun, test_visit_status) is none."""
    return other.country not in (None, traveller.country) and all(
        d.country == other.country and trigger_spec(d.hit.group)["role"] in ("meet", "receive") for d in group)


def _met_soon(art: Article, c: Candidate) -> bool:
    """A meeting word (or a reception) dated by a day of the next TRIP_AHEAD_DAYS, not called earlier."""
    spec = trigger_spec(c.hit.group)
    return spec["role"] in ("meet", "receive") and c.date is not None and c.precision == "day" \
        and 0 < (c.date - art.published).days <= TRIP_AHEAD_DAYS and not called_earlier(art, c)


def _meeting_or_reception(c: Candidate) -> bool:
    """A meeting word, or a reception or act of hospitality already done: the visited country's other head
    receiving the traveller ("واستقبل رئيس الوزراء X الرئيس Y", "وقام رئيس الوزراء X بتسليمه الشهادة") deep in a
    story of his visit to its president is a second host of the same trip. Not a planned one ("سيستقبل", will
    receive), nor a greeting at the airport (the reception role: "كان في استقباله")."""
    spec = trigger_spec(c.hit.group)
    return spec["role"] == "meet" or spec["role"] == "receive" and spec.get("tense") != "future" and not c.future


def called_earlier(art: Article, c: Candidate) -> bool:
    """Its sentence calls the meeting an earlier one: a past-reference cue anywhere in it, "كان" (had)
    before it, "السابق" (previous) right after it. A "كان" opening a relative clause a comma closes before
    the meeting word is that clause's, a thing's past: "إلى القصر الذي كان مقر نائب الملك، حيث التقى نظيره"
    (to the palace that was the viceroy's seat, where he met his counterpart)."""
    if art.cues(c.sentence, "c:past_reference") or adjective_after(art, c.sentence, c.hit, "c:previous_after"):
        return True
    before = re.sub("[\u060c,]", " , ", art.folded_slice(art.sentences[c.sentence][0], c.hit.start)).split()
    return any(w in grammar_words("kana_forms") and not _closed_relative_kana(before, k) for k, w in enumerate(before))


def _closed_relative_kana(words: list[str], k: int) -> bool:
    """The "كان" at words[k] follows a relative pronoun ("الذي كان", which was) and a comma follows it
    before the end of `words`: the relative clause is over before the meeting word."""
    return k > 0 and words[k - 1].removeprefix("\u0648") in grammar_words("relative_pronouns") and "," in words[k + 1:]
