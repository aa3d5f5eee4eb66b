"""When a trigger is told as planned, not held: a plan cue near it and in its clause ("من المقرر
أن يزور", is scheduled to visit; "الشهر المقبل", next month), agreed on or consented to ("اتفق ...
على لقاء", "وافق على لقاء"), with plans for it ("لديه خطط"), counted down to ("قبل ساعات من انطلاق
القمة", hours before the summit opens), or a visit noun whose predicate is its aim ("زيارة ... تهدف
إلى"); a trigger that says by itself it lies ahead (planned_word, whose day timing.event_date keeps
off the meeting); and the "أن" (that) that ends a reporting clause (complementizer_between)."""
from __future__ import annotations

import re

from tasks.extract.tense import sa_future
from tasks.extract.visits.announced import announced_holding, announced_next
from tasks.extract.visits.ahead import (OWN_VERB_CHARS, ahead_of_arrival, leaving_tonight, named_chars, next_leg,
                                        object_of_future, plans_own_verb, relative_future, subject_of_future,
                                        subjunctive, today_between, when_ahead)
from tasks.extract.visits.antecedent import second_relative_between
from tasks.extract.visits.article import Article
from tasks.extract.visits.begun import begins_today_relative, eve_of_today, scheduled_today, talks_today, where_sequel_today
from tasks.extract.visits.clauses import ahead_relative, eve_of_another, framed, joined_clause_between
from tasks.extract.visits.governed import bi_future, during_future, future_verb_before, in_future, sequel_to_plan, sequel_today
from tasks.extract.visits.leaders import is_leader
from tasks.extract.visits.making import current_after_owner, own_day_relative, today_in_visit
from tasks.extract.visits.noun_sides import talks_topic
from tasks.extract.visits.prospects import CUE_CHARS, past_relative, prospect_of
from tasks.extract.visits.relative_ahead import ahead_aside
from tasks.extract.visits.span import begun_day_of, closing_cue, ended_ahead, lasting_today
from tasks.extract.visits.triggers import definite, trigger_spec
from tasks.extract.visits.vetoes import adjective_after, awaited_today
from ziyarat.arabic import fold_term
from ziyarat.lexicon import grammar_words, trigger_words
from ziyarat.matching import Hit

AGREED_CHARS = 40  # "اتفق ... على" right before the meeting word it agrees on
PLAN_CUE_BEFORE, PLAN_CUE_AFTER = 80, 150  # how far a plan cue ("من المقرر أن", "الشهر المقبل") stands from its trigger


def plan_cue(art: Article, i: int, h: Hit) -> bool:
    """A plan cue near the trigger and in its clause: "من المقرر أن يزور" (is scheduled to
    visit), "سيلتقي ... الشهر المقبل"; not one past "أن"/"إن" (that) after it, which opens
    another clause: in "عقب قمة جمعت الرئيسين، إن المنطقة المزمع إقامتها" (the zone
    planned to be built) the plan is the zone's."""
    if ended_ahead(art, h):
        return False  # "من المقرر أن ينهي ... زيارته" (is scheduled to end his visit): the plan is the end of one begun
    if begun_day_of(art, h) and not _dated_ahead(art, i):
        return False  # "من المقرر أن يبدأ ... اليوم الثاني من زيارته" (is due to begin his visit's second day): begun
    if today_in_visit(art, i, h):
        return False  # "من المقرر أن تجتمع ماي مع ترمب اليوم" (is due to meet Trump today), his visit under way
    if scheduled_today(art, i, h):
        return False  # "من المقرر أن يلتقي ترامب ترودو اليوم" (is scheduled to meet Trudeau today): the day's meeting
    if begins_today_relative(art, i, h):
        return False  # "الزيارة التي سيقوم بها ... والتي ستبدأ اليوم" (the visit he will make, which begins today): begun
    if when_ahead(art, h) or (next_leg(art, h) or subjunctive(art, h)) and not sequel_today(art, i, h) \
            or leaving_tonight(art, i, h) or sequel_to_plan(art, i, h):
        # "عندما يقوم بزيارة واشنطن" (when he makes a visit), "يتوجه بعدها" (heads after it),
        # "الليلة" (tonight), "أن يزور" (that he visit), "سيعلن ... قبل أن يتوجه" (will announce ..., before heading);
        # not "سيعلن اليوم ... قبل أن يتوجه" / "على أن يتوجه" (will announce today ..., before heading, and then
        # head): the same day's leg
        return True
    if any(0 <= h.start - c.end <= AGREED_CHARS for c in art.cues(i, "c:agreed_on")) and not framed(art, h):
        return True  # "اتفق مع بوتين على لقاء قريب" (agreed with Putin on a meeting)
    if announced_holding(art, h):
        return True  # "كشف الكرملين عن عقد قمة" (disclosed the holding of a summit), "تقرر عقد قمة"
    if not trigger_spec(h.group).get("tense") and not current_after_owner(art, h) and (future_verb_before(art, h) or _purpose_of(art, i, h)
                                                  or _counted_down(art, i, h) or _consented(art, i, h)
                                                  or during_future(art, i, h) or bi_future(art, i, h) or in_future(art, i, h)
                                                  or announced_next(art, h) or _comes_before(art, i, h)
                                                  or relative_future(art, i, h) or object_of_future(art, i, h)
                                                  or subject_of_future(art, i, h) or prospect_of(art, i, h)):
        return True
    if _has_plans(art, i, h):
        return True
    own_day = own_day_relative(art, i, h)  # "لزيارة الأمير ... الذي يصل القاهرة اليوم": the clause's own day
    for c in art.cues(i, "c:future_plan"):
        if own_day is not None and c.end <= own_day:
            continue  # "للإعداد لزيارة" (to prepare the visit) plans the main clause's act, not the arrival of the day
        if fold_term(c.term).startswith("قبل") and not (c.start <= h.start < c.end) \
                and any(c.start <= t.start < c.end for t in art.near("triggers", i, c.start, c.end)):
            continue  # "قبل قمة" (before a summit) plans that summit, not "لقاء" (a meeting) told before it
        if c.end <= h.start:
            if _resolve_before_occasion(art, c, h):
                continue  # "عزمهما على زيادة التنسيق في بيان صدر بمناسبة زيارة" (resolved ... on the occasion of the visit)
            if sa_future(c.term) and today_between(art, i, c.end, h.start) or ahead_aside(art, i, c.start, h):
                continue  # "سيجري الشاهد اليوم الأحد زيارة" (will make today a visit): under way; a leader's aside ahead
            if talks_today(art, i, c, h):
                continue  # "سيعقد مرسي قمة مع جول بعد ظهر اليوم" (will hold a summit with Gül this afternoon): the day's
            if eve_of_today(art, i, c, h):
                continue  # "عشية زيارته للقاهرة اليوم" (on the eve of his visit to Cairo today): the eve is the statement's
            if fresh_clause_between(art, c.end, h.start):
                continue  # "القمة التي كان من المفترض أن يعقدها ... غدا، كما أن اختصار زيارته": the summit's plan
            if h.start - c.end - named_chars(art, i, c.end, h.start) <= PLAN_CUE_BEFORE:  # names don't count
                return True
        elif c.start - h.end <= PLAN_CUE_AFTER and not complementizer_between(art, h.end, c.start) \
                and not where_sequel_today(art, i, h, c) \
                and not (c.start >= h.end and eve_of_another(art, i, c)) and not plans_own_verb(art, i, h, c) and not joined_clause_between(art, h.end, c.start) and not ahead_aside(art, i, c.start, h) \
                and not awaited_today(art, i, c) and not lasting_today(art, i, c) and not closing_cue(art, i, c) and not any(talks_topic(art, t) for t in art.near("triggers", i, h.end, c.start)) \
                and not second_relative_between(art, i, h, c.start) and not _arrival_ahead_of(art, i, h, c):
            # "استقباله مون ... لمناقشة القمة المقرر عقدها" (received Moon to discuss the
            # summit scheduled): the plan is the topic's
            return True
    return False


def _arrival_ahead_of(art: Article, i: int, h: Hit, c: Hit) -> bool:
    """An arrival noun's plan cue after it is another meeting's when the cue holds a meeting word or stands right
    after one: "تغطية وصول ترامب إلى سنغافورة تمهيدا للقمة المرتقبة" (covering Trump's arrival in Singapore ahead
    of the awaited summit) tells the arrival, the summit planned. "وصوله المرتقب" (his awaited arrival) stays one."""
    spec = trigger_spec(h.group)
    if spec["role"] != "arrive" or spec.get("tense"):
        return False
    return any(trigger_spec(t.group)["role"] == "meet" and (c.start <= t.start < c.end or 0 <= c.start - t.end <= 1)
               for t in art.near("triggers", i, h.end, c.end) if t.start >= h.end)


def _dated_ahead(art: Article, i: int) -> bool:
    """Sentence i names a day after publication (or the article has no publication day): a visit-day phrase
    there may belong to a visit still ahead ("من المقرر أن يزور في اليوم الثاني من زيارته، الخميس، ...")."""
    return art.published is None or any(d.date is not None and d.date > art.published for d in art.dates.get(i, []))


def _resolve_before_occasion(art: Article, c: Hit, h: Hit) -> bool:
    """A resolve noun ("عزمه", "اعتزامها") before an occasion word that stands right before the
    visit noun: "أكد البلدان عزمهما على زيادة التنسيق في بيان صدر بمناسبة زيارة الرئيس" (the two
    countries stressed their resolve to increase coordination in a statement issued on the occasion
    of the president's visit): the resolve has its own object; the visit is the statement's occasion."""
    if fold_term(c.term) not in {fold_term(w) for w in grammar_words("resolve_nouns")}:
        return False
    words = [w.strip("،,") for w in art.words_before(art.word_start(h.start), 1)]
    return bool(words) and words[0] in grammar_words("occasion_words")


def _has_plans(art: Article, i: int, h: Hit) -> bool:
    """"لديه خطط" / "لديه نية" (has plans, has the intention) before the trigger in its
    sentence: what follows is intended, not done ("ليس لديه خطط بعد للتحدث مع ترامب بعد
    قمته", he has no plans yet to speak with Trump after his summit)."""
    lo = max(art.sentences[i][0], h.start - PLAN_CUE_BEFORE)
    words = [w.strip("،,") for w in art.folded_slice(lo, h.start).split()]
    return any(a in grammar_words("having_words") and b in grammar_words("intent_nouns")
               for a, b in zip(words, words[1:]))


def _consented(art: Article, i: int, h: Hit) -> bool:
    """A meeting noun after a word of consent in its clause, with no other trigger
    between: "وافق ترامب على لقاء كيم" (Trump agreed to meet Kim), "أعطى موافقته على عقد
    قمة" (gave his consent to holding a summit): agreed to, not held; not a meeting after a
    preposition, which frames the consent ("وافق خلال القمة", agreed during the summit)."""
    words = [w.strip("،,") for w in art.words_before(art.word_start(h.start), 1)]
    if words and words[0] in grammar_words("frame_prepositions"):
        return False  # "وافق خلال القمة على ..." (agreed during the summit): the summit is the frame
    return any(0 <= h.start - c.end <= PLAN_CUE_BEFORE and not art.near("triggers", i, c.end, h.start - 1)
               and not art.near("c:clause_breaks", i, c.end, h.start)
               for c in art.cues(i, "c:consent"))


PURPOSE_CHARS = 80  # from a visit noun to the verb that gives its aim ("زيارة ... إلى إسرائيل، تهدف إلى")


def _purpose_of(art: Article, i: int, h: Hit) -> bool:
    """A visit noun whose predicate is what it aims at, in a sentence that tells no
    held meeting and no day up to publication: "زيارة الرئيس إلى البرازيل تهدف إلى
    تعزيز العلاقات" (the visit aims to strengthen ties) speaks of a visit ahead; "وصل
    ... في زيارة تهدف إلى" (arrived on a visit that aims to) has its past verb; nor "زيارته للهند التي تهدف
    إلى" (his visit to India, which aims at), whose aim a relative clause tells, not a predicate."""
    end = art.word_end(h.end)
    if not _definite(art, i, h, end):
        return False  # "في قمة تاريخية تهدف إلى" (at a historic summit that aims): a relative clause
    lim = min(art.sentences[i][1], end + PURPOSE_CHARS)
    aim = next((end + w.start() for w in re.finditer(r"\S+", art.text[end:lim])
                if fold_term(w.group().strip("،,")) in grammar_words("purpose_verbs")), None)
    if aim is None or art.near("triggers", i, end, aim) or art.near("c:clause_breaks", i, end, aim):
        return False
    if art.words_before(aim, 1) and art.words_before(aim, 1)[0].strip("،,") in grammar_words("relative_pronouns"):
        return False  # "زيارته للهند التي تهدف إلى" (his visit to India, which aims at): a relative clause, no predicate
    if any(trigger_spec(t.group).get("tense") == "past" and "س" not in t.prefix for t in art.near("triggers", i, 0, lim)):
        return False
    pub = art.published
    return not any(d.date is not None and (pub is None or d.date <= pub) for d in art.dates.get(i, []))


COUNTDOWN_WORDS = 7  # "بفاصل يوم واحد فقط على القمة": the lead word within this many words before the meeting


def _counted_down(art: Article, i: int, h: Hit) -> bool:
    """A count of time before the meeting word, in a sentence with no held meeting:
    "بفاصل يوم واحد فقط على القمة، تلتفت الأنظار" (one day before the summit, eyes
    turn to ...), "قبل ساعات من انطلاق القمة" (hours before the summit opens)."""
    words = [w.strip("،,") for w in art.words_before(art.word_start(h.start), COUNTDOWN_WORDS)]
    lead = next((k for k, w in enumerate(words) if w in grammar_words("countdown_leads")), None)
    # "قبل أقل من أسبوعين على زيارة" (less than two weeks before the visit): "أقل من" may stand between
    if lead is None or not any(w in grammar_words("time_units") for w in words[lead + 1:lead + 4]) \
            or past_relative(art, i, h):  # "قبل أسابيع من القمة التي جمعت" (before the summit that brought together)
        return False
    if _own_meeting_hours_ahead(art, i, h, words[lead:]):
        return False  # "غرد الرئيس قبيل ساعات من قمته مع نظيره" (tweeted hours before his summit): the day's talks
    # "قبل ساعات من وصوله اليوم" (hours before his arrival today): under way at publication; a day told
    # before the count is its sentence's own event, counted from: "أجلت القرار المتوقع الخميس، قبل أقل من
    # أسبوعين على زيارة" (put off the decision due on Thursday, less than two weeks before the visit)
    start = art.word_start(h.start)
    lead_at = art.text.rfind(words[lead], art.sentences[i][0], start)
    if art.published is not None and any(d.date == art.published and d.end > lead_at for d in art.dates.get(i, [])):
        return False
    return not any(trigger_spec(t.group).get("tense") == "past" and "س" not in t.prefix
                   for t in art.near("triggers", i, art.sentences[i][0], art.sentences[i][1]))


def _own_meeting_hours_ahead(art: Article, i: int, h: Hit, count: list[str]) -> bool:
    """A count in hours or minutes (grammar hour_units) right before the leader's own meeting: the noun carries
    his pronoun or "له" after it, only an opening word or "أول" between the count's link and it, and the
    nearest person before the count is a leader, the clause's subject. "غرد الرئيس الأمريكي قبيل ساعات من
    قمته مع نظيره" (tweeted hours before his summit with his counterpart), "أدلى الرئيس بتصريحات قبل ساعات من
    أول قمة له مع نظيره" (made remarks hours before his first summit with his counterpart): he is where the
    talks are held that day, the guide's "talks today", not a plan. Not a count to a bare or another's meeting
    ("قبل ساعات من انطلاق القمة بين الرئيسين", "رفعت أنقرة حالة التأهب قبيل ساعات من زيارته": others act),
    nor one in days ("قبل يومين من قمته")."""
    count = [w for w in count if w not in grammar_words("after_span_adverbs")]  # "قبل ساعات فقط من" (only hours before)
    if len(count) < 3 or count[1] not in grammar_words("hour_units") or count[2] not in grammar_words("countdown_links"):
        return False
    skip = grammar_words("countdown_openings") | grammar_words("first_ordinals")
    if any(w not in skip for w in count[3:]):
        return False  # "قبل ساعات من زيارة بوتين إلى تركيا ولقائه": the count is the visit's, not the meeting's
    after = art.folded_slice(art.word_end(h.end), art.sentences[i][1]).split()[:1]
    if not (h.suffix or after and after[0].strip("\u060c,") in grammar_words("li_pronouns")):
        return False
    start = art.word_start(h.start)
    lead_at = art.text.rfind(count[0].removeprefix("\u0648"), art.sentences[i][0], start)
    before = [m for m in art.persons.get(i, []) if m.end <= lead_at]
    return bool(before) and is_leader(max(before, key=lambda m: m.end))


COMES_AHEAD_WORDS = 6  # from a present "comes" (يأتي) over its subject to the "before" right before the meeting word


def _comes_before(art: Article, i: int, h: Hit) -> bool:
    """A meeting noun right after "قبل" / "قبيل" (before) that a present "comes" governs a few words
    earlier, in one clause: "وتأتي تصريحات روحاني قبيل مباحثات بين ترامب وماكرون" (Rouhani's remarks come
    shortly before talks between Trump and Macron) tells the talks as after the news, not yet held; the
    noun that "comes" ("ويأتي اللقاء قبيل ..."), before the "before", keeps its own reading."""
    start = art.word_start(h.start)
    lo = max(art.sentences[i][0], start - 80)
    words = art.folded_slice(lo, start).split()[-(COMES_AHEAD_WORDS + 1):]
    if not words or words[-1] not in grammar_words("before_words"):
        return False
    verbs = [k for k, w in enumerate(words[:-1]) if w in grammar_words("comes_ahead_verbs")]
    return bool(verbs) and not re.search(r"[\u060c,.:;\u061b]", " ".join(words[verbs[-1]:]))


def _definite(art: Article, i: int, h: Hit, end: int) -> bool:
    """The noun can be a subject: "الزيارة", "زيارته" or a genitive after it ("زيارة
    الرئيس", "زيارة أوباما"); an indefinite noun with a verb after it has a relative
    clause, not a predicate."""
    if h.suffix or definite(h):
        return True
    nxt = art.folded_slice(end, min(art.sentences[i][1], end + 30)).split()[:1]
    return bool(nxt and nxt[0].startswith("ال")) or bool(art.near("persons", i, end, end + 2))


def planned_word(art: Article, i: int, t: Hit) -> bool:
    """A trigger that says by itself it lies ahead: sa- ("سيلتقي", will meet) or a
    future adjective ("القمة القادمة", the coming summit); not a summit the meeting is
    held on the sidelines of ("لقاء على هامش قمة ... المقبلة": its date is the meeting's)."""
    if "هامش" in art.words_before(art.word_start(t.start), 2):
        return False
    return "س" in t.prefix or adjective_after(art, i, t, "c:future_after") or ahead_of_arrival(art, i, t) \
        or ahead_relative(art, i, t) \
        or bool(trigger_spec(t.group).get("tense")) and any(  # "ومن المقرر أن يلتقي" (and is scheduled to meet)
            0 <= t.start - c.end <= OWN_VERB_CHARS for c in art.near("c:future_plan", i, t.start - OWN_VERB_CHARS - CUE_CHARS, t.start))


def fresh_clause_between(art: Article, lo: int, hi: int) -> bool:
    """A follow-on opener then "that" (grammar.yaml follow_on_openers, triggers.yaml complementizers) between lo
    and hi: "كما أن" (kama anna, moreover), "ذلك أن" (that is because) open a nominal clause with a subject and
    tense of its own. In "إلغاء القمة التي كان من المفترض أن يعقدها مرسي مع أولاند غدا، كما أن اختصار مدة زيارته
    إلى برلين ..." (the cancelling of the summit Morsi was to hold with Hollande tomorrow, and moreover the cutting
    short of his visit to Berlin) the plan and the morrow are the summit's, not the visit's."""
    words = [w.strip("،,") for w in art.folded_slice(lo, hi).split()]
    comp = trigger_words("complementizers")
    return any(a.removeprefix("و") in grammar_words("follow_on_openers") and b in comp for a, b in zip(words, words[1:]))


def complementizer_between(art: Article, lo: int, hi: int) -> bool:
    """"أن" / "إن" / "بأن" (that) stands between lo and hi: a reporting clause ends there."""
    comp = trigger_words("complementizers")
    return any(w.strip("،,") in comp for w in art.folded_slice(lo, hi).split())
