"""Where a meeting is: the city after a locative near the trigger, the article's
dateline, the countries its places are in."""
from __future__ import annotations

import re
from collections import defaultdict
from functools import cache

from typing import Any

from tasks.extract.visits.actors import state_as_subject
from tasks.extract.visits.address import addressed, speech_place, where_antecedent
from tasks.extract.visits.begun import begun_from
from tasks.extract.visits.anaphora import definite_meeting, meeting_next
from tasks.extract.visits.antecedent import apposition_between, clause_closed, relative_after, second_relative_between
from tasks.extract.visits.article import Article, lead_sentence
from tasks.extract.visits.earlier_date import dated_before
from tasks.extract.visits.during import conjunct_place, earlier_clause_place, fronted_aside, since_place
from tasks.extract.visits.farcountry import past_new_clause
from tasks.extract.visits.leaders import pid
from tasks.extract.visits.listed import city_of, host_leg
from tasks.extract.visits.officials import someone_elses
from tasks.extract.visits.othertrip import others_goal, project_site, scheduled_event_place, travellers_goal
from tasks.extract.visits.topic_place import topic_place
from tasks.extract.visits.retold import retold
from tasks.extract.visits.return_leg import after_return, arrival_home, from_place, leg_places, returned_to
from tasks.extract.visits.departures import left_places
from tasks.extract.visits.seats import office_place, seat_place
from tasks.extract.visits.came_from import came_from, origin
from tasks.extract.visits.heading import heading
from tasks.extract.visits.landing import landing_votes
from tasks.extract.visits.witnessed import venue_subject
from tasks.extract.visits.triggers import trigger_spec
from ziyarat.arabic import BI, EDGE_PUNCT, LI, OPENING_QUOTES, WA, fold_term
from ziyarat.lexicon import LEXICON_DIR, grammar_words, load_yaml, trigger_words
from ziyarat.matching import Hit


CITY_WINDOW = 400  # characters either side of the trigger
OBJECT_REACH = 40  # characters between a visit verb's subject and the city that is its object
TENSE_REACH = 30  # characters between a meeting word and a cue that makes it earlier or planned
INVITATION_REACH = 120  # characters between an invitation and the visit it invites to (as roles.invitation)


VISIT_AFTER_PLACE_CHARS = 6  # "بتونس في زيارة": the place, "في", the visit noun


GOAL_CHARS = 6  # from a visit word to the country it goes to: "زيارته كينيا", "زيارته إلى كينيا", "زيارته لكينيا"
REGION_GOAL_CHARS = 40  # from a visit word to a region it goes to, past its genitive: "زيارة الرئيس الأمريكي أوباما للشرق الأوسط"


def _object_after_verb(art: Article, h: Hit, p: Any) -> bool:
    """The place follows the verb of a fronted subject, past "now" or "during it" at most: "يذكر أن الرئيس
    مرسي يزور حاليا باكستان" (President Morsi is now visiting Pakistan), "جولة زار خلالها السعودية"."""
    gap = art.folded_slice(art.word_end(h.end), p.start).split()
    return p.start >= h.end and all(w in grammar_words("now_adverbs") | grammar_words("during_it_adverbs") for w in gap)


GENITIVE_CHARS = 30  # from a visit noun to the traveller named as its genitive: "زيارة الرئيس الإيراني أحمدي نجاد"


def _genitive_subject(art: Article, h: Hit, subject: Any) -> bool:
    """The traveller is the visit noun's genitive, named right after it (his title at most between, no pronoun on
    the noun, no punctuation): then a bare place right after him is the noun's object, as a verb's would be:
    "رافضا زيارة الرئيس الإيراني أحمدي نجاد مصر" (rejecting the Iranian president Ahmadinejad's visiting Egypt)."""
    if subject is None or h.suffix or subject.start < h.end:
        return False
    gap = art.text[art.word_end(h.end):subject.start]
    return len(gap) <= GENITIVE_CHARS and not any(c in EDGE_PUNCT.replace(" ", "") for c in gap)


def _noun_object(art: Article, genitive: Any, p: Any) -> bool:
    """The place follows the visit noun's genitive traveller with only a space or a date between: the noun's
    object, "زيارة الرئيس الإيراني أحمدي نجاد مصر"; not past a comma ("زيارة X، مصر تستعد" is a new clause)."""
    return genitive is not None and p.start > genitive.end and (
        not art.text[genitive.end:p.start].strip() or _date_between(art, genitive.end, p.start))


def _date_between(art: Article, lo: int, hi: int) -> bool:
    """Only a date stands between a visit verb's subject and its object place: "وزار أوباما
    يوم الجمعة الأردن" (Obama visited Jordan on Friday), as "زار أوباما الأردن" would."""
    cut = sorted((d.start, d.end) for ds in art.dates.values() for d in ds if lo <= d.start < d.end <= hi)
    if not cut:
        return False
    ends = [lo] + [e for _, e in cut]
    starts = [s for s, _ in cut] + [hi]
    return not "".join(art.text[e:s] for e, s in zip(ends, starts)).strip(" \u060c,")


def city_of_meeting(art: Article, i: int, h: Hit, subject: Any = None) -> tuple[str | None, str | None]:
    """City (and its country) where the meeting is: a place in the sentence after a
    locative ("في موسكو" fi, in; "إلى موسكو" ila, to; "بمنتجع سوتشي"), or right after
    the trigger ("محادثات موسكو", the Moscow talks); nearest after the trigger, else
    before. A venue gives its city (الكرملين -> Moscow); a country alone gives
    (None, country). A coming-from participle's is the place he came from (came_from.origin)."""
    if came_from(h):
        return (city_of(p), p.country) if (p := origin(art, i, h)) is not None else (None, None)
    # a place after another visit word belongs to that one: in "زار بوتين المنطقة
    # ورفض زيارة دمشق" (visited the region and refused to visit Damascus) Damascus is
    # the refused visit's
    # (the first of them is enough: a place after it is after one)
    first_other = art.first_after("triggers", i, h.end)
    # the object of a visit verb right after its subject: "وزار السيسي روسيا"; a city a
    # few words on when the verb takes a place as its object: "وسيزور X خلال جولته
    # بالهند مومباي" (X will visit Mumbai during his tour of India)
    reach = OBJECT_REACH if fold_term(h.term) in trigger_words("visit_object_verbs") else 2
    genitive = None
    if trigger_spec(h.group)["role"] == "visit":  # a noun: its traveller is its genitive, read by _noun_object
        subject, genitive = None, subject if _genitive_subject(art, h, subject) else None
    obj = (lambda p: subject is not None and subject.start >= h.end and (
        0 <= p.start - subject.end <= 2 or apposition_between(art, subject.end, p.start)  # "، رئيس الوزراء، العراق"
        or _date_between(art, subject.end, p.start))  # "زار أوباما يوم الجمعة الأردن"
           or (reach > 2 and subject is not None and subject.start >= h.end and city_of(p) is not None
               and 0 <= p.start - subject.end <= reach)
           or (reach > 2 and subject is not None and subject.end <= h.start and _object_after_verb(art, h, p)))
    # only places near the trigger: a run-on "sentence" (a crawled table, a list
    # with no full stop) names hundreds, and the meeting's city is never far away
    near = art.near("places", i, h.start - CITY_WINDOW, h.start + CITY_WINDOW)
    # a place after "ليعود إلى" (to go back to) or "قادما من" (coming from) is not the venue; past a heading
    # participle it is the goal: "غادر موسكو متوجها إلى القاهرة" (left Moscow heading for Cairo); past a visit
    # verb it is the verb's: "بعد عودته من جولة زار خلالها السعودية" (after his return from a tour in which he
    # visited); not past a bare noun: "في رحلة العودة من زيارة للمجر" (on the way back from a visit) is told as done
    origins = [c.end for c in art.cues(i, "c:origin_cues") if not (c.end <= h.start and heading(h))]
    verb = bool(trigger_spec(h.group).get("tense"))
    homes, legs = leg_places(art, i, h)  # told in a return's leg: not where he returned to, but where he came from
    places = [p for p in near if (_locative(art, h, p) or obj(p) or _noun_object(art, genitive, p) or venue_subject(art, h, p) or p in legs) and not topic_place(art, p)
              and not office_place(art, p) and not (first_other is not None and first_other < p.start) and p not in homes
              and (p in legs or not any(0 <= p.start - e <= 20 and not (verb and e <= h.start < p.start) for e in origins)) and not _in_travellers_relative(art, i, h, p)
              and not others_goal(art, i, h, p) and not project_site(art, p) and not scheduled_event_place(art, h, p) and not _next_leg(art, h, p)
              and not speech_place(art, i, h, p) and not earlier_clause_place(art, h, p) and not _title_country(art, p)
              and not conjunct_place(art, h, p)
              and not since_place(art, h, p) and not (p.start > h.end and second_relative_between(art, i, h, p.start))]  # "أول زعيم لكوريا الشمالية": a title's
    places = sorted({p.start: p for p in places + _left_city(art, i, h) + begun_from(art, i, h)}.values(), key=lambda p: p.start)
    cities = [p for p in places if city_of(p)]
    after = [p for p in cities if p.start >= h.end]
    countries = [p for p in places if p.start >= h.end and p.country and not past_new_clause(art, h, p)]
    if not after and countries and cities and cities[-1].country != countries[0].country \
            and trigger_spec(h.group)["role"] in ("arrive", "visit"):
        # an arrival's or a visit's goal is the country after it, not a city of an earlier
        # clause: "بعد زيارة إلى واشنطن الأسبوع الماضي، يصل بخاري اليوم إلى الكاميرون" (after
        # a visit to Washington last week, Buhari arrives in Cameroon today) is no trip to
        # Washington; "قبل الجولة المقررة في الخرطوم قال محلب خلال زيارته إلى غينيا
        # الاستوائية" (before the round due in Khartoum, Mahlab said during his visit to
        # Equatorial Guinea) is none to Khartoum
        return None, countries[0].country
    goal = countries[0] if countries and trigger_spec(h.group)["role"] in ("arrive", "visit") else None
    if goal is not None and after and city_of(goal) is None and goal.start - art.word_end(h.end) <= GOAL_CHARS \
            and after[0].country != goal.country:
        # the country right after the visit word is its goal, not the city of a later clause: "أعلن
        # أوباما خلال زيارته كينيا أن ...، قتل أمس ستة في هجوم على فندق في العاصمة الصومالية"
        return None, goal.country
    pick = after[0] if after else (cities[-1] if cities else None)
    if pick is not None:
        return city_of(pick), pick.country
    first = next((p for p in near if p.start >= h.end), None)
    if countries and first is not None and not first.country and not city_of(first) \
            and first.start - art.word_end(h.end) <= REGION_GOAL_CHARS:
        # the trip goes to a region first: "زيارة أوباما للشرق الأوسط وآخر التطورات في سوريا"
        # (Obama's visit to the Middle East and the latest in Syria) is no visit to Syria
        return None, None
    if countries:
        return None, countries[0].country
    # "حل الرئيس بتونس في زيارة دولة" (arrived in Tunisia on a state visit): the country
    # right before "في زيارة" is where the visit is; so is a country or region that hosted the meeting
    # word as its subject: "استضافت جزيرة كريت اليونانية أعمال القمة" (the Greek island of Crete hosted the summit)
    before = [p for p in places if p.country and p.end <= h.start and (venue_subject(art, h, p) or (
              trigger_spec(h.group)["role"] == "visit"
              and (h.start - p.end <= VISIT_AFTER_PLACE_CHARS or p in _left_city(art, i, h))))]  # "غادر كينيا في ختام زيارة"
    return (None, before[-1].country) if before else (None, None)


ONWARD_CHARS = 32  # from "متوجها" (heading) to the place it heads to: "متوجها إلى العاصمة الألمانية برلين"


@cache
def _onward_words() -> frozenset[str]:
    return frozenset(fold_term(w) for w in load_yaml(LEXICON_DIR / "summits.yaml").get("onward", []))


def onward(folded: str) -> bool:
    """A word that sends the traveller on elsewhere (summits.yaml onward): "متوجها" (heading to)."""
    return bool(_onward_words() & set(_WORD.findall(folded)))


_WORD = re.compile(r"\w+")


LEFT_CHARS = 60  # ... in characters: "غادر الرئيس محمد مرسي والوفد المرافق له، برلين"
LEFT_WORDS = 10  # from "غادر" (left) over its subject to the city he left: "غادر الرئيس محمد مرسي نيودلهي"


def _left_city(art: Article, i: int, h: Hit) -> list[Any]:
    """The city (or country) a leader leaves (triggers.yaml departure_verbs) before his visit told as ending (grammar.yaml
    visit_end_frames): "غادر الرئيس نيودلهي في ختام زيارة دولة للهند" (left New Delhi at the end of a state visit
    to India), "غادر كينيا في ختام زيارة" (not his own) was where the visit was; "غادر القاهرة متوجها إلى برلين في زيارة" is not."""
    before = art.words_before(h.start, 2)
    if not any(" ".join(before[-n:]).removeprefix(WA) in grammar_words("visit_end_frames") for n in (1, 2)):
        return []
    return [p for p in art.places.get(i, []) if p.end <= h.start and not locative(art, p) and (city_of(p) or p.country and p.country not in
            {m.country for m in art.leaders.get(i, []) if m.end <= p.start}) and any(w.removeprefix(WA) in trigger_words("departure_verbs")
                    for w in art.folded_slice(max(0, p.start - LEFT_CHARS), p.start).split()[-LEFT_WORDS:])][-1:]


def _next_leg(art: Article, h: Hit, p: Any) -> bool:
    """The meeting is told as over ("بعد لقائه", after meeting him) and the place, before it, is
    where the traveller heads on to (summits.yaml onward): "غادر أوباما مدينة رام الله متوجها إلى
    القدس بعد لقائه عباس" (Obama left Ramallah heading to Jerusalem after meeting Abbas) met in
    Ramallah; "غادر القاهرة متوجها إلى برلين في زيارة" (heading to Berlin on a visit) keeps Berlin.
    A place after "من" (from) is where he comes back from, not on to: "عائدا من برلين بعد زيارة" (returning from
    Berlin after a visit) ends that visit there, as "قادما من برلين" does (return_leg.from_place)."""
    before = art.words_before(h.start, 1)
    if p.start >= h.start or not before or before[0].removeprefix(WA) not in grammar_words("after_words") \
            or from_place(art, p):
        return False
    return onward(art.folded_slice(max(art.word_start(p.start) - ONWARD_CHARS, 0), art.word_start(p.start)))


def _in_travellers_relative(art: Article, i: int, h: Hit, p: Any) -> bool:
    """The place after "في" (in) lies in the relative clause of the person a visit noun
    names, with no meeting word in it: "زيارة نجاد الذي تتلوث يداه بدماء ... في سوريا" (the
    visit of Najad, whose hands are stained with blood in Syria) says where the blood was,
    not where he went; "زيارة نجاد الذي وصل إلى دمشق" (who arrived in Damascus) keeps it.
    The clause (antecedent.relative_after) runs to the place, however far within CITY_WINDOW."""
    if trigger_spec(h.group).get("tense") or p.start < h.end:
        return False
    words = [w.strip("\u060c,").lstrip(WA) for w in art.words_before(p.start, 1)]
    if words != ["\u0641\u064a"]:  # في
        return False
    return any(h.end <= m.end <= p.start and not art.near("triggers", i, m.end, p.start)
               and relative_after(art, m.end, p.start) is not None and not clause_closed(art, m.end, p.start)
               for m in art.persons.get(i, []))


def scene_city(art: Article, j: int, countries: set) -> tuple[str | None, str | None]:
    """The city after a locative in sentence j ("في منتجع مارالاغو", at the Mar-a-Lago
    resort), when it is in one of `countries` (the meeting's sides'): where a speaker
    named there stood."""
    for p in art.places.get(j, []):
        # not where he went back to: "عاد السيسي إلى القاهرة ... وأجرى خلالها مباحثات مع مودي"
        if city_of(p) and p.country in countries and locative(art, p) and not after_return(art, p):
            return city_of(p), p.country
    return None, None


def opened_scene(art: Article, i: int, h: Hit, visitor: Any, host: Any) -> tuple[int, Any] | None:
    """(the sentence before, its day) when sentence i goes on with the leader a round-up's
    paragraph opened with, "في <city>" and a day: "في باريس اعرب الرئيس الفرنسي هولاند الجمعة عن
    الاسف ... وقال الرئيس الفرنسي في مؤتمر صحافي مشترك مع الرئيس الاسرائيلي بيريز" (in Paris the
    French president on Friday regretted ...; he said at a joint press conference with Peres): the
    meeting is where and when the opener placed him (the city: scene_city)."""
    if i == 0 or visitor is None or host is None or trigger_spec(h.group)["role"] != "meet":
        return None
    j, lo = i - 1, art.sentences[i][0]
    speaker = next((m for m in art.leaders.get(i, []) if m.end <= h.start and pid(m) in (pid(visitor), pid(host))
                    and len(art.folded_slice(lo, m.start).split()) <= SPEAKER_WORDS), None)
    opening = art.folded_slice(art.sentences[j][0], art.sentences[j][1]).split()[:1]
    if speaker is None or not opening or opening[0].removeprefix(WA) != fold_term("في") \
            or not any(pid(m) == pid(speaker) for m in art.leaders.get(j, [])):
        return None
    day = next((d for d in art.dates.get(j, []) if d.precision == "day" and d.date is not None
                and art.published is not None and 0 <= (art.published - d.date).days <= 1), None)
    return (j, day) if day is not None and scene_city(art, j, {visitor.country, host.country})[0] else None


SPEAKER_WORDS = 3  # words before the speaker who goes on: "وقال الرئيس الفرنسي"


def _locative(art: Article, h: Hit, p: Any) -> bool:
    """The place is where the trigger happens: right after it, with bi-/li- glued on,
    or after a locative word (grammar.yaml) in the two words before it."""
    if 0 <= p.start - h.end <= 2 or h.end <= p.start and not art.text[art.word_end(h.end):p.start].strip(" " + OPENING_QUOTES):
        return True  # idafa: "محادثات موسكو", "زيارته «نجامينا»" (his visit to a quoted N'Djamena)
    if trigger_spec(h.group)["role"] == "arrive" and trigger_spec(h.group).get("tense") and h.end <= p.start \
            and _date_between(art, art.word_end(h.end), p.start):
        return True  # a travel verb's object past its day: "وكان أوباما وصل أمس الأربعاء إسرائيل" (had arrived in Israel yesterday)
    if where_antecedent(art, h, p):
        return True  # "من موسكو، حيث عقد عباس محادثات" (from Moscow, where Abbas held talks)
    if trigger_spec(h.group)["role"] == "meet" and p.start > 0 and art.text[p.start - 1] == LI \
            and not locative(art, p, glued=False):
        return False  # leaders meet in a place, not "to" it: "ولتركيا تجربة" (Turkey has an experience) is no venue
    if trigger_spec(h.group)["role"] == "meet" and [w.removeprefix(WA) for w in art.words_before(p.start, 2)] == [KULL, MIN]:
        return False  # one meeting is in one place: "القلق في كل من واشنطن وتل أبيب" (in both Washington and Tel Aviv)
    return locative(art, p)


def locative(art: Article, p: Any, glued: bool = True) -> bool:
    """A locative stands before the place: bi-/li- glued on ("بموسكو"), or "في" (in),
    "إلى" (to), "العاصمة" (the capital), "قصر" (palace) ... (grammar.yaml) among the two
    words before."""
    if glued and p.start > 0 and art.text[p.start - 1] in BI + LI:  # bi-/li- glued on: "بموسكو"
        return True
    before = art.folded_slice(max(0, p.start - 60), p.start)
    locatives = grammar_words("locatives")
    if before.rstrip().endswith("("):
        # a venue in brackets names the place told before it: "بالقصر الرئاسي الروسي
        # (الكرملين)" (at the Russian presidential palace, the Kremlin); "الرئاسة الروسية
        # (الكرملين)" (the Russian presidency) is no place
        words = before.rstrip()[:-1].split()[-4:]
        return any(w.lstrip(WA) in locatives or _definite_locative(w.lstrip(WA), locatives) for w in words)
    words = before.split()[-3:]
    if _complement_object(words, locatives):
        return False
    if len(words) > 1 and words[-1] == MIN and _each(words[-2]):
        # "زيارة لكل من باكستان والهند" (a visit to each of Pakistan and India), "إلى كل من"
        return words[-2].lstrip(WA)[:1] in BI + LI or len(words) > 2 and words[-3].lstrip(WA) in locatives
    return any(w in locatives or w.lstrip(WA) in locatives for w in words[-2:]) or _trip_locative(art, p)


def _complement_object(words: list[str], locatives: frozenset[str]) -> bool:
    """The place is the object of a verbal noun (grammar.yaml complement_heads) right before it, or before a place
    noun before it: "سيسعى إلى تجنب لندن" (will seek to avoid London), "إلى تجنب العاصمة لندن"; its "إلى" is the verb's."""
    heads = grammar_words("complement_heads")
    last = [w.lstrip(WA) for w in words[-2:]]
    return bool(last) and (last[-1] in heads or len(last) == 2 and last[-1] in locatives and last[0] in heads)


TRIP_CAPITAL_CHARS = 20  # from a trip word to its "للعاصمة": "زيارته الرسمية الأولى للعاصمة برلين", adjectives between


def _trip_locative(art: Article, p: Any) -> bool:
    """"للعاصمة" (to the capital) is the word right before the place and a visit or arrival word of its
    sentence ends a few characters before it (grammar.yaml trip_locatives): "خلال زيارته الحالية للعاصمة
    برلين" (during his current visit to the capital Berlin); not "المتاخمة للعاصمة دمشق" (bordering it)."""
    start = art.word_start(p.start)
    prev = art.text.rfind(" ", 0, max(0, start - 1)) + 1
    if art.folded_slice(prev, start).strip().lstrip(WA) not in grammar_words("trip_locatives"):
        return False
    return any(h.group.startswith("t:") and trigger_spec(h.group)["role"] in ("visit", "arrive")
               and 0 <= prev - art.word_end(h.end) <= TRIP_CAPITAL_CHARS for h in art.by_sent.get(art.sent_of(p.start), ()))


MIN, KULL = "\u0645\u0646", "\u0643\u0644"  # من (min, of), كل (kull, each)


def _each(w: str) -> bool:
    """"كل" (each), with wa- and bi-/li- glued on: "لكل" (li-kull, to each)."""
    w = w.lstrip(WA)
    return w == KULL or w[:1] in BI + LI and w[1:] == KULL


def _definite_locative(w: str, locatives: frozenset[str]) -> bool:
    """bi-/fi- with al- on a locative noun: "بالقصر" (at the palace), "بالمقر"."""
    return w[:3] in (BI + "\u0627\u0644", "\u0641\u064a\u0627\u0644") and w[3:] in locatives


def article_city(art: Article, sents: list[int], pair: tuple[Any, Any],
                 own: frozenset[int] = frozenset()) -> tuple[str | None, str | None]:
    """The meeting's city from the whole article: every sentence about this meeting
    votes (the meeting's own sentences, and any other with a visit or meeting word
    that names the two leaders, or one and "نظيره" / "الرئيسين" / "الاجتماع", and no
    other leader; not a city an official's trip there goes to), the headline too; the
    city most sentences give wins, the earliest on a tie. In "قمة السيسي وبوتين" +
    "عقب قمة جمعت الرئيسين في موسكو" + "عودة الرحلات إلى القاهرة" (flights back to
    Cairo) Moscow is the meeting's, named first. In a sentence of the pair that names
    another leader too, only the pair's own triggers (starting at `own`) vote: in "التقى
    بوتين السيسي في القاهرة، وتوجه إلى دمشق حيث التقى الأسد" Cairo is Sisi's meeting's."""
    ids = {getattr(m, "entity_id", None) for m in pair} - {None}
    about: set[int] = set(sents)
    # sentences naming the traveller alone count only for a city in the host's country:
    # "وسيزور X خلال جولته بالهند مومباي" (X will visit Mumbai on his Indian tour)
    trip_only: set[int] = set()
    by_the_meeting: set[int] = set()  # one of them and "the meeting" (الاجتماع) only
    visitor, host = pair
    for i, ls in art.leaders.items():
        named = {m.entity_id for m in ls}
        # both leaders, or one and his counterpart ("نظيره", "الرئيسين" the two presidents)
        # or the meeting already told ("الاجتماع", the meeting), nobody else: a sentence
        # naming one of them alone may be about his other trips ("قمة في إسطنبول")
        if named and named <= ids and (named == ids or art.cues(i, "c:counterpart") or definite_meeting(art, i)):
            about.add(i)
            if named != ids and not art.cues(i, "c:counterpart"):
                by_the_meeting.add(i)
        elif named == {getattr(visitor, "entity_id", None)} and host.country and host.country != visitor.country:
            trip_only.add(i)
    about |= (nxt := meeting_next(art, sents) - about)  # "وعقد الاجتماع في أنقرة" right after the meeting's sentence
    by_the_meeting |= nxt
    votes: dict[str, list] = {}
    lead = lead_sentence(art)  # past a credit line ("أ ف ب", "ترجمة - ..."): where the lead puts them
    for i in sorted(about | trip_only):
        hits = art.by_sent.get(i, ())
        # not an earlier or a planned meeting: "آخر لقاء جمعهما في سوتشي" (their last meeting, in Sochi),
        # "خلال زيارته الأخيرة إلى موسكو" (during his last visit to Moscow)
        tense = [c for c in hits if c.group in ("c:past_reference", "c:future_plan", "c:first_since")]
        # nor a visit someone was invited to ("تلقى دعوة من بوتين لزيارة موسكو"), even in the
        # meeting's own sentence ("قبل ساعات من وصول أوباما ... تلقى دعوة ... لزيارة موسكو")
        invites = [c.end for c in hits if c.group == "c:invitation"]
        # in the meeting's own sentence too, another meeting word told as earlier or planned ("خلال لقائهما السابق في
        # دافوس", their earlier meeting in Davos); elsewhere one dated weeks back or last month ("في برلين الشهر الماضي")
        triggers = [h for h in hits if h.group.startswith("t:") and not art.in_speech_at(h.start)
                    and (h.start in own or not any(abs(c.start - h.start) <= TENSE_REACH for c in tense))
                    and (i in sents or not retold(art, i, h) and not dated_before(art, i, h.end)) and not fronted_aside(art, i, h, own)
                    and not any(0 <= h.start - e <= INVITATION_REACH for e in invites) and not arrival_home(art, i, h)]
        if i in sents and _own_words_speak(art, i, triggers, own, ids):
            triggers = [h for h in triggers if h.start in own]
        if i in by_the_meeting and i not in sents:
            # only "the meeting" speaks for it: in "الاجتماع الثاني ... بنجاح قمة سنغافورة" (the second
            # meeting ... the success of the Singapore summit) the Singapore summit is another meeting
            triggers = [h for h in triggers if not h.prefix and h.term.startswith("\u0627\u0644")]
        # the traveller named alone is the subject of his visit verb ("وسيزور X ... مومباي")
        subject = next(iter(art.leaders[i]), None) if i in trip_only and i not in about else None
        # in text order (not a set's, which moves with the hash seed): a tie goes to the first
        found = list(dict.fromkeys(host_leg(art, i, h, host, city_of_meeting(art, i, h, subject)) for h in triggers))
        if i in (0, lead) and not triggers:
            found = list(dict.fromkeys((city_of(p), p.country) for p in art.places.get(i, [])
                                       if city_of(p) and locative(art, p) and not seat_place(art, p)))
        if not any(city and c == host.country for city, c in found):  # no city of the host's country: where the traveller
            # spoke ("وألقى أوباما خطابا في القدس") in a sentence of his alone, or the city he left ("غادر أوباما عمان")
            spoke = addressed(art, i, visitor, host) if i in trip_only and i not in about else []
            left = left_places(art, i, visitor, host) if i in trip_only or i in sents else []
            found += [(city_of(p), p.country) for p in spoke if city_of(p) and locative(art, p)] \
                + [(city_of(p), p.country) for p in left if city_of(p)]
        if i not in sents:
            # nor a city an official's trip in it goes to: "أكد وزير الخارجية خلال زيارة إلى
            # سيول، بعد يومين من القمة" (the minister, visiting Seoul two days after the summit)
            claimed = {city_of_meeting(art, i, h)[0] for h in hits if h.group.startswith("t:")
                       and not art.in_quote(h.start) and someone_elses(art, i, h)} - {None}
            found = [f for f in found if f[0] not in claimed]
        for city, country in found:
            if city and (i in about or country == host.country):
                votes.setdefault(city, [0, i, country])[0] += 1
    landing_votes(art, sents, pair, host.country, votes)  # "وهبطت الطائرة الرئاسية في ..."
    if not votes:
        return None, None
    city, (_, _, country) = min(votes.items(), key=lambda kv: (-kv[1][0], kv[1][1]))
    return city, country


def _own_words_speak(art: Article, i: int, triggers: list[Hit], own: frozenset[int], ids: set) -> bool:
    """In the meeting's own sentence i only the pair's own words (`own`) vote for its city: when it names
    another leader too (his meeting's place is his), or when one of them names a city, a word that gave the
    pair nothing being someone else's act (the minister's "وصل القاهرة" beside "المباحثات التي أجراها قنديل في
    بغداد" places no meeting)."""
    if not any(h.start in own for h in triggers):
        return False
    return bool({m.entity_id for m in art.leaders[i]} - ids) \
        or any(h.start in own and city_of_meeting(art, i, h)[0] for h in triggers)


def place_countries(art: Article) -> dict[str, int]:
    """How often each country's places (its name, its cities, its venues) are named
    outside quotes in the article; a home the lead says someone returned to is not counted,
    nor a state acting ("وتعهدت بيونغيانغ", Pyongyang pledged: actors), nor a country a leader's
    or an ambassador's title names ("زعيم كوريا الشمالية", the leader of North Korea, is a person, not where he is),
    nor where others or things go ("جذب الاستثمارات الهندية إلى مصر")."""
    counts: dict[str, int] = defaultdict(int)
    home = returned_to(art)
    for i, ps in art.places.items():
        for p in ps:
            if p.country and not (home and city_of(p) in home) and not _title_country(art, p) \
                    and not travellers_goal(art, i, art.sentences[i][0], p) and not state_as_subject(art, p):
                counts[p.country] += 1
    return counts


def _title_country(art: Article, p: Any) -> bool:
    """The place is the genitive of a leader's title: "زعيم كوريا الشمالية", "رئيس وزراء اليونان"."""
    before = " ".join(w.strip("\u060c,") for w in art.words_before(art.word_start(p.start), 2)).split()
    heads = trigger_words("country_title_heads")
    return any(" ".join(before[-n:]) in heads or " ".join(before[-n:]).removeprefix(WA) in heads
               for n in (1, 2) if len(before) >= n)
