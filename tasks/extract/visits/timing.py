"""When a meeting is, and whether it is the one reported: the date nearest the trigger,
a bare weekday resolved against the publication date, and the reported/referenced
decision (the pluperfect, a past-reference cue, a date far from publication, a plan)."""
from __future__ import annotations

import datetime as dt
import re
from typing import Any

from tasks.extract.calendar import this_week
from tasks.extract.tense import sa_future, verb_tense
from tasks.extract.visits.address import where_day
from tasks.extract.visits.afterward import after_meeting_day, coverage_day, known_meeting
from tasks.extract.visits.antecedent import relative_antecedent
from tasks.extract.visits.announced import announced_holding, announced_next
from tasks.extract.visits.ahead import (OWN_VERB_CHARS, ahead_clauses, ahead_of_arrival, leaving_tonight,
                                        next_leg, object_of_future, plans_own_verb, relative_future, sa_marked, subjunctive, named_chars,
                                        subject_of_future, today_between, when_ahead)
from tasks.extract.visits.article import Article, Candidate
from tasks.extract.visits.governed import bi_future, demanded_during, during_future, future_verb_before, in_future, joined_to_future, sequel_to_plan
from tasks.extract.visits.begun import moments_ago
from tasks.extract.visits.clauses import (after_comma_relative, ahead_relative, ahead_relatives_day, another_events_day, closes_since,
                                          date_follows, day_after, enclosed_relative, eve_of_another, hedge_before, in_relative_clause,
                                          issue_day, joined_clause_between, named_ahead, occasion_day, framed, past_span_nearest,
                                          persons_past_relative, recent_day_nearest, said_weekday, that_clause_between)
from tasks.extract.visits.relative_ahead import ahead_aside
from tasks.extract.visits.last_week import lead_news_last_week
from tasks.extract.visits.making import making_now
from tasks.extract.visits.month_parts import MONTH_PART_LAST_DAY, month_part, month_part_ahead
from tasks.extract.visits.preparation import preparation_day
from tasks.extract.visits.pluperfect import kana_comma_perfect, kana_perfect_before
from tasks.extract.visits.prospects import CUE_CHARS, past_relative, prospect_of
from tasks.extract.visits.retold import pluperfect_at, retold
from tasks.extract.visits.recalled import noted_days_ago, recalled, told_ago
from tasks.extract.visits.tenure import after_taking_office
from tasks.extract.visits.sayings import dated_by_own_clause, judged_meeting_day, said_clause_day
from tasks.extract.visits.span import closes_later, closing_day, concluded_days, day_phrase_in, lasting_today, visit_day_back, visit_day_before, visit_day_of
from tasks.extract.visits.triggers import definite, trigger_spec, verbal_noun
from tasks.extract.visits.vetoes import adjective_after, another_adjective, awaited_today, held_last
from tasks.extract.visits.noun_sides import talks_topic
from ziyarat.arabic import fold_term, resolve_weekday
from ziyarat.lexicon import grammar_words, trigger_words
from ziyarat.matching import Hit

STRONG_DATE_CHARS = 50
REPEAT_CHARS = 30  # from a meeting verb to the count of times after it ("مرتين", twice)
RECENT_DAY_KINDS = frozenset({"weekday", "relative"})  # undated, "الثلاثاء", "أمس" (or this_week) is still near the article
WINDOW_BEFORE, WINDOW_AFTER, WEEK_BEFORE = 21, 10, 6  # days around publication for a reported date; a day a week gone is recalled


def _date_value(dm: Any, tense: str | None, published: dt.date | None) -> dt.date:
    """A bare weekday ("الأربعاء") again, by the tense of the visit's own verb; with
    no tense at all the meeting is news, so past ("مساء الاثنين، جلسة مباحثات", Monday
    evening, talks: the Monday before publication, not the nearest Monday)."""
    if getattr(dm, "kind", None) == "weekday" and dm.date is not None and published is not None:
        return resolve_weekday(dm.date.weekday(), published, "future" if tense == "future" else "past")
    return dm.date


def event_date(art: Article, i: int, h: Hit, tense: str | None):
    """The date of the event in sentence i: the nearest date mention to the trigger,
    skipping "منذ <date>" (a since-date belongs to an earlier meeting); not a "منذ" that governs the meeting word
    itself: in "ومنذ لقائه مع كيم في 12 يونيو" (since his meeting with Kim on 12 June) the day is the meeting's."""
    since = [c for c in art.cues(i, "c:since") if not 0 <= art.word_start(h.start) - c.end <= 1]
    # a date after an earlier visit word and before this one is that one's: in "زار
    # بوتين مصر في فبراير، وزار السيسي روسيا في مايو" February is Putin's visit
    # (a visit noun may point back, "في أول زيارة"; not one its past relative tells, "الزيارة التي قام بها", he made)
    prior = [t.end for t in art.by_sent.get(i, ()) if t.group.startswith("t:") and t.end <= h.start] \
        if (trigger_spec(h.group).get("tense") or past_relative(art, i, h)) and not _during_it(art, i, h) else []
    # ... and a date after a later meeting word that is planned is that plan's: in
    # "بعد لقائه آبي لمناقشة القمة القادمة مع كيم في 12 يونيو" (after meeting Abe to discuss the coming summit with Kim on 12 June) the day is the summit's
    # (a summit's own name too, taken off the meeting words: "للمشاركة بالقمة الإسلامية التي تعقد غدا")
    plans = [t.end for t in art.hits if t.group.startswith("t:") and t.start >= h.end and art.sent_of(t.start) == i
             and _planned_word(art, i, t)]
    # ... and so is one after the "حيث" (where) of a meeting ahead of the arrival: in "وصل
    # كيم إلى سنغافورة حيث تجمعه الثلاثاء قمة مع ترامب" Tuesday is the summit's, not the arrival's
    plans += [e for e in ahead_clauses(art, i) if e >= h.end]
    # a meeting "since" which something is told ("والأولى منذ القمة") is behind the sentence's event: a day before it is that event's
    after_since = any(0 <= h.start - c.end <= 2 for c in art.cues(i, "c:since"))  # (the one governing h too)
    ds = [d for d in art.dates.get(i, []) if (d.date is not None or art.published is None) and not issue_day(art, d)
          and not (after_since and d.end <= h.start)
          and not another_events_day(art, d) and not preparation_day(art, d) and not after_meeting_day(art, i, h, d) and not judged_meeting_day(art, d, h) and not said_clause_day(art, h, d)
          and not occasion_day(art, h, d) and not closing_day(art, d, h) and not coverage_day(art, i, h, d)
          and not after_comma_relative(art, h, d) and not dated_by_own_clause(art, i, h, d)
          and not enclosed_relative(art, h, d) and not ahead_relatives_day(art, i, h, d) and not ahead_aside(art, i, d.start, h)
          and not (tense == "future" and persons_past_relative(art, i, h, d) or tense == "past" and named_ahead(art, d))
          and not any(date_follows(c, d) or closes_since(art, i, c, d, h.end) for c in since)
          and not (d.end <= h.start and any(e <= d.start for e in prior) and not where_day(art, i, h, d))
          and not any(e <= d.start for e in plans)]
    # "أكد ... اليوم الخميس أن اجتماعا جرى أمس الأربعاء" (said on Thursday that a meeting took
    # place yesterday; "صرح الثلاثاء بأن نتانياهو اجتمع مع السيسي في مايو", in May): a date
    # before the "that" is the saying's when the clause has its own, a day, month or year
    if any(d.start >= h.end and d.precision in ("day", "month", "year") and not that_clause_between(art, h.end, d.start)
           for d in ds):
        ds = [d for d in ds if not (d.end <= h.start and that_clause_between(art, d.end, h.start))]
    if not ds:  # "منذ قليل" (moments ago, begun) is publication day's; a day of this week dating an act after the meeting (afterward): news, its day unknown
        return moments_ago(art, i, h, tense) or (None, None, None, None, tense != "future" and known_meeting(art, h) and any(d.kind in RECENT_DAY_KINDS and after_meeting_day(art, i, h, d) for d in art.dates.get(i, [])))
    dist = lambda d: max(d.start - h.end, h.start - d.end, 0)  # noqa: E731
    d = min(ds, key=dist)
    if d.date is None and not ((d.kind in RECENT_DAY_KINDS and d.precision == "day" or this_week(d.surface)) and dist(d) <= STRONG_DATE_CHARS):
        return None, None, None, None, False  # an undated article's yearless day or month: the meeting's, unknown
    if d.precision == "week" and d.date is not None:
        # "التقى ... الأسبوع الماضي" (met last week): seven days, none of them the meeting's;
        # the span says whether the meeting is behind or ahead (visit_kind), the row has no day
        return d.date, d.end_date, "week", d.surface, dist(d) <= STRONG_DATE_CHARS
    if tense is None and (_meeting_ahead(art, i, h, d) or demanded_during(art, i, h)
                          or d.start >= h.end and adjective_after(art, i, h, "c:future_after")
                          and verb_tense(art.text[h.end:d.start]) is None
                          and not art.near("triggers", i, h.end, d.start)):
        # "طالبت ... ميركل بحث مرسي خلال زيارته، الأربعاء" (demanded that Merkel urge Morsi
        # during his visit on Wednesday): the demanded act's visit is ahead, so is its weekday;
        # so is that of "قمته المرتقبة الإثنين" (his awaited summit on Monday)
        tense = "future"
    if tense is None:
        # a bare noun ("محادثات") takes the tense of the nearest dated verb trigger
        verbs = [t for t in art.by_sent[i] if t.group.startswith("t:") and not verbal_noun(art.text, t)
                 and ("س" in t.prefix or (trigger_spec(t.group).get("tense") and relative_antecedent(art, i, t) is None))]
        if verbs:
            t = min(verbs, key=lambda t: max(d.start - t.end, t.start - d.end, 0))
            tense = "future" if "س" in t.prefix else trigger_spec(t.group)["tense"]
        else:
            tense = _tense_before(art.text, d.start, art.sentences[i][0])
    if d.date is None:  # an undated weekday or "أمس" right by it: the meeting's, unknown; not told ahead
        # it is a day of the article's week all the same (merge: told as news), as _date_value resolves it dated;
        # "هذا الأسبوع" (this week) is the article's week whatever the tense, as dated (a sa-future: visit_kind)
        return None, None, None, None, tense != "future" or this_week(d.surface)
    if tense == "future" and d.end <= h.start and _complementizer_between(art, d.end, h.start):
        # "أعلن مصدر، اليوم الثلاثاء، أن ميدفيديف سيتوجه ..." (announced today that he will
        # go): the day is the announcement's, the trip is undated
        return None, None, None, None, False
    if tense == "future" and "س" not in h.prefix and d.end <= h.start and _past_verb_governs(art, i, d) \
            and not ahead_of_arrival(art, i, h):  # the arrival's past verb is not the meeting's
        tense = "past"
    value, end = (said_weekday(art, i, h, d, tense) or _date_value(d, tense, art.published)) \
        - dt.timedelta(days=day_after(art, h, d) + visit_day_back(art, h, d)), getattr(d, "end_date", None)
    if (days := concluded_days(art, i, h, d)) and value is not None:
        value, end = value - dt.timedelta(days=days - 1), value  # the day told is the visit's last
    return value, end, d.precision, d.surface, dist(d) <= STRONG_DATE_CHARS or in_relative_clause(art, i, h, d)


def _during_it(art: Article, i: int, h: Hit) -> bool:
    """The trigger is told inside the trip named before it: "زيارة ... في فيفري الماضي والتقى
    خلالها المرزوقي" (a visit last February, during which he met Marzouki): the trip's date is
    the meeting's too."""
    end = art.word_end(h.end)
    return any(0 <= c.start - end <= 2 for c in art.cues(i, "c:during_visit"))


def _past_verb_governs(art: Article, i: int, d: Any) -> bool:
    """A past verb of the sentence stands before a day that precedes a bare present meeting verb, or right after
    it ("ومساء الثلاثاء أقام عباس مأدبة ... على شرف آبي، الذي يزور رام الله", on Tuesday evening Abbas gave a dinner
    for Abe, who is visiting): the day is the past verb's, "أصبح مادورو، السبت، أول زعيم يجتمع مع رئيس كوبا"
    (Maduro became on Saturday the first leader to meet Cuba's president)."""
    nxt = (art.folded_slice(d.end, art.sentences[i][1]).split() or [""])[0]
    return verb_tense(art.text[max(art.sentences[i][0], d.start - 80):d.start]) == "past" or verb_tense(nxt) == "past"


def _meeting_ahead(art: Article, i: int, h: Hit, d: Any) -> bool:
    """A meeting noun right after "قبل" (before), dated by the day after it with no verb
    between: "قبل اجتماعه الاثنين" (before his meeting on Monday) is later than the
    sentence's event, so its weekday is the next one ("قبيل لقاء جمع الأحد", before a
    meeting that brought together on Sunday, has its own past verb)."""
    if trigger_spec(h.group)["role"] != "meet":
        return False  # "قبيل وصول الرئيس الخميس" (shortly before the president's arrival on Thursday) is told after it
    words = [w.strip("،,") for w in art.words_before(art.word_start(h.start), 1)]
    if not (words and words[-1] in grammar_words("before_words")) or d.start < h.end:
        return False
    return verb_tense(art.text[h.end:d.start]) != "past" and \
        not any(trigger_spec(t.group).get("tense") for t in art.near("triggers", i, h.end, d.start))


def _planned_word(art: Article, i: int, t: Hit) -> bool:
    """A trigger that says by itself it lies ahead: sa- ("سيلتقي", will meet) or a
    future adjective ("القمة القادمة", the coming summit); not a summit the meeting is
    held on the sidelines of ("لقاء على هامش قمة ... المقبلة": its date is the meeting's)."""
    if "هامش" in art.words_before(art.word_start(t.start), 2):
        return False
    return "س" in t.prefix or adjective_after(art, i, t, "c:future_after") or ahead_of_arrival(art, i, t) \
        or ahead_relative(art, i, t) \
        or bool(trigger_spec(t.group).get("tense")) and any(  # "ومن المقرر أن يلتقي" (and is scheduled to meet)
            0 <= t.start - c.end <= OWN_VERB_CHARS for c in art.near("c:future_plan", i, t.start - OWN_VERB_CHARS - CUE_CHARS, t.start))


NOW_CHARS = 60  # how far after its trigger "حاليا" (now) may stand: past the subject ("يزور الرئيس الروسي حاليا")


def under_way(art: Article, h: Hit) -> bool:
    """A meeting said to be going on now: "حاليا" (now) in the clause after a present
    verb ("ويزور الرئيس الروسي حاليا الصين", is visiting China now), or a visit noun
    with "الحالية" / "الجارية" (current, ongoing) as its adjective ("زيارته الحالية"), or its clause (making)."""
    if "س" in h.prefix:
        return False  # sa-, will: a plan whatever follows
    tense = trigger_spec(h.group).get("tense")
    if tense != "future" and (visit_day_before(art, h) or visit_day_of(art, h)):
        return True  # "وفي اليوم الأول من زيارة ... مؤتمر صحفي مع سينغ" (on the visit's first day)
    end = art.word_end(h.end)
    clause = art.folded_slice(end, min(art.sentences[art.sent_of(h.start)][1], end + NOW_CHARS)).split(".")[0]
    words = [w.strip("،,") for w in clause.split()]
    if tense == "past" and day_phrase_in([w.removeprefix("و") for w in words]):
        return True  # "وزار السيسي الصين في ثاني أيام جولته" (visited China on the second day of his tour)
    if words and words[0] in grammar_words("current_adjectives") and not trigger_spec(h.group).get("tense"):
        return True
    return any(w in grammar_words("now_adverbs") for w in words) or making_now(art, h)


AGREED_CHARS = 40  # "اتفق ... على" right before the meeting word it agrees on
PLAN_CUE_BEFORE, PLAN_CUE_AFTER = 80, 150  # how far a plan cue ("من المقرر أن", "الشهر المقبل") stands from its trigger


def plan_cue(art: Article, i: int, h: Hit) -> bool:
    """A plan cue near the trigger and in its clause: "من المقرر أن يزور" (is scheduled to
    visit), "سيلتقي ... الشهر المقبل"; not one past "أن"/"إن" (that) after it, which opens
    another clause: in "عقب قمة جمعت الرئيسين، إن المنطقة المزمع إقامتها" (the zone
    planned to be built) the plan is the zone's."""
    if when_ahead(art, h) or next_leg(art, h) or leaving_tonight(art, i, h) or subjunctive(art, h) or sequel_to_plan(art, i, h):
        # "عندما يقوم بزيارة واشنطن" (when he makes a visit), "يتوجه بعدها" (heads after it),
        # "الليلة" (tonight), "أن يزور" (that he visit), "سيعلن ... قبل أن يتوجه" (will announce ..., before heading)
        return True
    if any(0 <= h.start - c.end <= AGREED_CHARS for c in art.cues(i, "c:agreed_on")) and not framed(art, h):
        return True  # "اتفق مع بوتين على لقاء قريب" (agreed with Putin on a meeting)
    if announced_holding(art, h):
        return True  # "كشف الكرملين عن عقد قمة" (disclosed the holding of a summit), "تقرر عقد قمة"
    if not trigger_spec(h.group).get("tense") and (future_verb_before(art, h) or _purpose_of(art, i, h)
                                                  or _counted_down(art, i, h) or _consented(art, i, h)
                                                  or during_future(art, i, h) or bi_future(art, i, h) or in_future(art, i, h)
                                                  or announced_next(art, h)
                                                  or relative_future(art, i, h) or object_of_future(art, i, h)
                                                  or subject_of_future(art, i, h) or prospect_of(art, i, h)):
        return True
    if _has_plans(art, i, h):
        return True
    for c in art.cues(i, "c:future_plan"):
        if fold_term(c.term).startswith("قبل") and not (c.start <= h.start < c.end) \
                and any(c.start <= t.start < c.end for t in art.near("triggers", i, c.start, c.end)):
            continue  # "قبل قمة" (before a summit) plans that summit, not "لقاء" (a meeting) told before it
        if c.end <= h.start:
            if sa_future(c.term) and today_between(art, i, c.end, h.start) or ahead_aside(art, i, c.start, h):
                continue  # "سيجري الشاهد اليوم الأحد زيارة" (will make today a visit): under way; a leader's aside ahead
            if h.start - c.end - named_chars(art, i, c.end, h.start) <= PLAN_CUE_BEFORE:  # names don't count
                return True
        elif c.start - h.end <= PLAN_CUE_AFTER and not _complementizer_between(art, h.end, c.start) \
                and not (c.start >= h.end and eve_of_another(art, i, c)) and not plans_own_verb(art, i, h, c) and not joined_clause_between(art, h.end, c.start) and not ahead_aside(art, i, c.start, h) \
                and not awaited_today(art, i, c) and not lasting_today(art, i, c) and not any(talks_topic(art, t) for t in art.near("triggers", i, h.end, c.start)):
            # "استقباله مون ... لمناقشة القمة المقرر عقدها" (received Moon to discuss the
            # summit scheduled): the plan is the topic's
            return True
    return False


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
    ... في زيارة تهدف إلى" (arrived on a visit that aims to) has its past verb."""
    end = art.word_end(h.end)
    if not _definite(art, i, h, end):
        return False  # "في قمة تاريخية تهدف إلى" (at a historic summit that aims): a relative clause
    lim = min(art.sentences[i][1], end + PURPOSE_CHARS)
    aim = next((end + w.start() for w in re.finditer(r"\S+", art.text[end:lim])
                if fold_term(w.group().strip("،,")) in grammar_words("purpose_verbs")), None)
    if aim is None or art.near("triggers", i, end, aim) or art.near("c:clause_breaks", i, end, aim):
        return False
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
    # "قبل ساعات من وصوله اليوم" (hours before his arrival today): under way at publication; a day told
    # before the count is its sentence's own event, counted from: "أجلت القرار المتوقع الخميس، قبل أقل من
    # أسبوعين على زيارة" (put off the decision due on Thursday, less than two weeks before the visit)
    start = art.word_start(h.start)
    lead_at = art.text.rfind(words[lead], art.sentences[i][0], start)
    if art.published is not None and any(d.date == art.published and d.end > lead_at for d in art.dates.get(i, [])):
        return False
    return not any(trigger_spec(t.group).get("tense") == "past" and "س" not in t.prefix
                   for t in art.near("triggers", i, art.sentences[i][0], art.sentences[i][1]))


def _definite(art: Article, i: int, h: Hit, end: int) -> bool:
    """The noun can be a subject: "الزيارة", "زيارته" or a genitive after it ("زيارة
    الرئيس", "زيارة أوباما"); an indefinite noun with a verb after it has a relative
    clause, not a predicate."""
    if h.suffix or definite(h):
        return True
    nxt = art.folded_slice(end, min(art.sentences[i][1], end + 30)).split()[:1]
    return bool(nxt and nxt[0].startswith("ال")) or bool(art.near("persons", i, end, end + 2))


def _complementizer_between(art: Article, lo: int, hi: int) -> bool:
    """"أن" / "إن" / "بأن" (that) stands between lo and hi: a reporting clause ends there."""
    comp = trigger_words("complementizers")
    return any(w.strip("،,") in comp for w in art.folded_slice(lo, hi).split())


def _tense_before(text: str, pos: int, start: int = 0) -> str | None:
    """The tense of the last verb in the 80 characters before pos, from `start` (its
    sentence's start) on: the previous sentence's "لن يسمح" (will not allow) does not make
    "وفي مؤتمر صحفي مشترك يوم الأربعاء" (at a joint press conference on Wednesday) future."""
    return verb_tense(text[max(start, pos - 80):pos])


def visit_kind(art: Article, i: int, h: Hit, date, precision, tense, end_date=None) -> str:
    """reported unless the sentence marks an earlier meeting or the date lies well
    before / after the publication date (a planned visit); a stated span is as recent as its last day."""
    pub = art.published
    date = end_date if end_date is not None and date is not None and precision == "day" and end_date <= (pub or end_date) \
        else date
    # "وكان قد وصل ... اليوم" (had arrived today): the pluperfect of a news report's
    # background, not an earlier visit, when the day is the publication's or the one before
    recent = (date is not None and pub is not None and precision == "day" and 0 <= (pub - date).days <= 2) \
        or (date is None and (bool(art.cues(i, "c:recent_past")) or recent_day_nearest(art, i, h) or closes_later(art, i)))
    if not recent and (pluperfect_at(art, i, h) or kana_comma_perfect(art, i, h)
                       or (date is not None and kana_perfect_before(art, i, h))):
        return "referenced"
    for c in art.cues(i, "c:past_reference"):
        if recent and (fold_term(c.term) in trigger_words("pluperfect") | trigger_words("after_own_visit") or held_last(art, c, h)):
            continue
        if _after_something_else(art, c, h):
            continue
        count = fold_term(c.term) in trigger_words("repeat_counts")
        after = REPEAT_CHARS if count else 10  # "التقيا وجها لوجه مرتين"
        # a count of times counts the verb before it: "سافر ... مرات عدة، وقالت الوكالة إن كيم وصل"
        # (travelled several times; the agency said Kim arrived) leaves the arrival news
        if (0 <= h.start - c.end <= 60 and not count) or 0 <= c.start - h.end <= after or c.start <= h.start < c.end:
            return "referenced"
    if date is not None and pub is not None and precision in ("month", "week") and (date > pub or period_end(
            date, precision) < pub and not lead_news_last_week(art, i, h, date, precision)):
        # "منتصف مارس المقبل" (mid-March next) in a February article: a plan; "في يوليو الماضي" (last July) in an August
        # article, "التقى ترامب وكيم الأسبوع الماضي" (met last week): recalled, unless the lead's news (last_week.py)
        return "referenced"
    if month_part_ahead(art, i, date, precision):
        return "referenced"  # "أواخر هذا الشهر" (late this month) in an article of the 12th: a plan
    if month_part_behind(art, i, h, date, precision, tense):
        return "referenced"  # "مطلع الشهر الجاري" (early this month) in an article of the 12th: retold
    if date is not None and pub is not None:
        last = period_end(date, precision)
        if last < pub - dt.timedelta(days=WEEK_BEFORE if precision == "day" and tense != "future" else WINDOW_BEFORE):
            return "referenced"  # a day a week gone, like "الأسبوع الماضي": "قمة ... يوم 12 يونيو" on the 26th
        if date > pub + dt.timedelta(days=WINDOW_AFTER):
            return "referenced"
    # an undated article is from its period (tasks.extract.article_time): a date ending well before the period starts is an
    # earlier meeting; a year alone, any ("زار سيول في 2017"), and a month of a year by a meeting noun ("خلال زيارة ... في مايو 2017")
    since, noun_month = getattr(art.period, "start", None) if pub is None else None, precision == "month" and not trigger_spec(h.group).get("tense")
    before = dt.timedelta(days=0 if precision in ("month", "week", "year") else WINDOW_BEFORE)
    if date is not None and since is not None and period_end(date, precision) < since - before \
            or date is None and past_span_nearest(art, i, h) or pub is None and date is not None and (precision == "year" or noun_month):
        return "referenced"  # "الأسبوع الماضي" (last week) with no value
    if tense != "past" and (plan_cue(art, i, h) or adjective_after(art, i, h, "c:future_after")):
        return "referenced"
    if (date is None or not trigger_spec(h.group).get("tense") or not _dated_near(art, i, h)) \
            and (retold(art, i, h) or after_taking_office(art, i, h)) or recalled(art, i, h) or told_ago(art, i, h) or noted_days_ago(art, i, h, date, precision):
        # a bare noun has no day of its own: in "وصف نجاد، اليوم الأحد، زيارته إلى مصر مؤخرا"
        # (Ahmadinejad described on Sunday his visit to Egypt lately) Sunday is the describing;
        # nor has a trigger the statement's day far from it
        return "referenced"
    if tense == "future" and not (date is not None and pub is not None and date <= pub) and ahead_of_arrival(art, i, h):
        return "referenced"  # "وصل ... حيث تجمعه الثلاثاء قمة" (where a summit brings him ... on Tuesday)
    if (date is None or precision != "day") and (sa_marked(art, h) or fold_term(h.term).startswith(("سي", "ست"))
                                                 or joined_to_future(art, i, h)) \
            or precision == "month" and tense == "future" and not under_way(art, h):
        # "سيزور روسيا" (sa-yazur, will visit) with no day, or only a month ("سيلتقي ...
        # في يناير"): a plan, not this visit; "سيلتقي اليوم" (today) is the visit under
        # way; a bare present "يلتقي" is the headline's narrative present and stays, unless only
        # a month dates it: "يزور الهند في مارس" (visits India in March) in a March article is ahead
        return "referenced"
    return "reported"


def month_part_behind(art: Article, i: int, h: Hit, date: dt.date | None, precision: str | None,
                      tense: str | None) -> bool:
    """The month of the meeting is named by a part of it over before publication, told with no
    present or future verb: "خلال الزيارة التي أدتها ميركل مطلع الشهر الجاري" (during the visit
    Merkel made early this month) in an article of the 12th is an earlier visit, though the month
    is publication's; on the 8th early this month is still running, and "يقوم بزيارة ... مطلع
    الشهر الجاري" (makes a visit early this month) is the narrative present of the news."""
    part = month_part(art, i, date, precision)
    told = verb_tense(art.text[max(art.sentences[i][0], h.start - STRONG_DATE_CHARS):art.word_end(h.start)])
    if part not in MONTH_PART_LAST_DAY or tense == "future" or told == "future":
        return False
    return dt.date(date.year, date.month, MONTH_PART_LAST_DAY[part]) < art.published


def _dated_near(art: Article, i: int, h: Hit) -> bool:
    """A date of the sentence stands close to the trigger (it is the meeting's, not the
    statement's: in "زيارته الأخيرة لباكستان ... في تصريحات اليوم" today is the statement's)."""
    return any(max(d.start - h.end, h.start - d.end, 0) <= STRONG_DATE_CHARS for d in art.dates.get(i, []))


def _after_something_else(art: Article, c: Hit, h: Hit) -> bool:
    """An "after ..." cue whose clause ends before the trigger names the earlier event ("بعد أيام من التكهنات،
    تم تأكيد أن كيم قد زار الصين", after days of speculation, it was confirmed that Kim visited China); after a
    return home ("عاد ... بعد زيارة") the visit is the one just ended. "وفي شأن آخر،" (on another matter), "في سياق آخر،" (in another context) is no cue."""
    if another_adjective(art, c):
        return True
    if not fold_term(c.term).startswith(tuple(trigger_words("after_leads"))):
        return False
    if _return_before(art, c, h):
        return True  # "عاد قنديل إلى القاهرة بعد زيارة لجوبا" (returned after a visit): the visit just ended
    if h.start < c.end:
        return False
    between = art.text[c.end:h.start]
    return any(p in between for p in "\u060c,") or _complementizer_between(art, c.end, h.start)


def hedge_settled(art: Article, i: int, h: Hit) -> bool:
    """Every hedging cue of the sentence ("التكهنات", speculation) is the event of an
    "after ..." phrase that dates another event before the meeting word: "بعد أيام من
    التكهنات، تم تأكيد أن كيم قد زار الصين" (after days of speculation, it was confirmed
    that Kim visited China): the speculation is over, the visit told as held; so after it (clauses.hedge_before)."""
    hedges = art.cues(i, "c:unconfirmed")
    afters = [c for c in art.cues(i, "c:past_reference") if _after_something_else(art, c, h)]
    return bool(hedges) and all(any(0 <= u.start - a.end <= 2 for a in afters) or hedge_before(art, h, u) for u in hedges)


def _return_before(art: Article, c: Hit, h: Hit) -> bool:
    """The "after" cue c holds or stands right before the visit word h, past a return
    home (an origin cue: "عاد", "غادر ... عائدا")."""
    return (c.start <= h.start < c.end or 0 <= h.start - c.end <= 2) and any(
        o.end <= c.start for o in art.cues(art.sent_of(h.start), "c:origin_cues"))


def returned_after(art: Article, h: Hit) -> bool:
    """The meeting word is told after a return home, in the visit that return ends: "عاد
    مرسي صباح الخميس بعد زيارة لألمانيا عقد خلالها مباحثات" (returned on Thursday morning
    after a visit to Germany during which he held talks). The sentence's day is the
    return's; the visit's is told only with its length (lead_day.lead_day)."""
    i = art.sent_of(h.start)
    return any(fold_term(c.term).startswith(tuple(trigger_words("after_leads"))) and c.start <= h.start
               and any(o.end <= c.start for o in art.cues(i, "c:origin_cues"))
               for c in art.cues(i, "c:past_reference"))


def period_end(date: dt.date, precision: str | None) -> dt.date:
    if precision == "year":
        return dt.date(date.year, 12, 31)
    if precision == "month":
        nxt = dt.date(date.year + (date.month == 12), date.month % 12 + 1, 1)
        return nxt - dt.timedelta(days=1)
    if precision == "week":
        return date + dt.timedelta(days=6)
    return date


def first_since(art: Article, i: int, cands: list[Candidate]) -> list[Candidate]:
    """"هي الأولى منذ أيلول 2021" (the first since September 2021): an earlier
    meeting of the same pair at the date after منذ."""
    out = []
    cues = art.cues(i, "c:first_since")
    if not cues or not cands:
        return out
    base = max(cands, key=lambda c: c.confidence)
    for c in cues:
        # the date right after منذ: "الأولى منذ أيلول 2021", not "منذ انتخابه في 2008"
        ds = [d for d in art.dates.get(i, []) if d.date is not None and d.precision != "week" and date_follows(c, d, 8)]
        if not ds:
            continue
        d = ds[0]
        out.append(Candidate("referenced", base.visitor, base.host, base.directed, i, c, None, None,
                              d.date, getattr(d, "end_date", None), d.precision, d.surface, 0.7, True))
    return out
