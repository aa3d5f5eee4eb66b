"""When a meeting is, and whether it is the one reported: the date nearest the trigger,
a bare weekday resolved against the publication date, and the reported/referenced
decision (the pluperfect, a past-reference cue, a date far from publication, a plan:
the plan cues themselves live in plans.py); a meeting under way now, one told after a
return home, and "the first since ..." (an earlier meeting of the same pair)."""
from __future__ import annotations

import datetime as dt
from typing import Any

from tasks.extract.calendar import this_week
from tasks.extract.dates import weekday_on
from tasks.extract.tense import outcome_end, outcome_told, verb_tense, yesterday_present
from tasks.extract.visits.address import where_day
from tasks.extract.visits.afterward import after_meeting_day, coverage_day, known_meeting
from tasks.extract.visits.antecedent import relative_antecedent
from tasks.extract.visits.ahead import ahead_clauses, ahead_of_arrival, sa_marked
from tasks.extract.visits.article import Article, Candidate
from tasks.extract.visits.came_from import came_from
from tasks.extract.visits.departures import later_arrival, later_start
from tasks.extract.visits.governed import demanded_during, joined_to_future, sequel_today
from tasks.extract.visits.begun import moments_ago, on_the_day
from tasks.extract.visits.clauses import (after_comma_relative, ahead_relatives_day, another_events_day, day_after,
                                          enclosed_relative, hedge_before, in_relative_clause, issue_day, named_ahead,
                                          occasion_day, persons_past_relative, said_weekday, that_clause_between)
from tasks.extract.visits.relative_ahead import ahead_aside
from tasks.extract.visits.since import closes_since, date_follows, own_ago
from tasks.extract.visits.last_week import lead_news_last_week
from tasks.extract.visits.making import guest_on_visit, making_now, still_going
from tasks.extract.visits.noun_sides import source_talks
from tasks.extract.visits.others_clause import others_clause_day
from tasks.extract.visits.othertrip import scheduled_event_day
from tasks.extract.visits.month_parts import MONTH_PART_LAST_DAY, month_part, month_part_ahead
from tasks.extract.visits.plans import complementizer_between, plan_cue, planned_word
from tasks.extract.visits.preparation import preparation_day
from tasks.extract.visits.pluperfect import kana_comma_perfect, kana_perfect_before, lead_background
from tasks.extract.visits.prospects import past_relative
from tasks.extract.visits.public_act import SPOKE_FROM, act_place
from tasks.extract.visits.retold import pluperfect_at, retold
from tasks.extract.visits.results import results_news
from tasks.extract.visits.return_leg import return_before, return_day
from tasks.extract.visits.recalled import noted_days_ago, recalled, told_ago
from tasks.extract.visits.tenure import after_taking_office
from tasks.extract.visits.sayings import dated_by_own_clause, judged_meeting_day, outlet_saying_day, said_clause_day
from tasks.extract.visits.span import closes_later, closing_cue, closing_day, concluded_days, day_phrase_in, ending_day, told_during, visit_day_back, visit_day_before, visit_day_of
from tasks.extract.visits.triggers import trigger_spec, verbal_noun
from tasks.extract.visits.undated_day import own_day_nearest, past_span_nearest, recent_day_nearest
from tasks.extract.visits.vetoes import adjective_after, another_adjective, held_last
from ziyarat.arabic import PRONOUN_ENCLITICS, WA, fold_term
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
        return weekday_on(dm, published, "future" if tense == "future" else "past")
    return dm.date


def _candidate_days(art: Article, i: int, h: Hit, tense: str | None) -> list:
    """The date mentions of sentence i that may date the meeting word h: not a since-date, an earlier or
    later meeting's day, a saying's, an issue's or a relative clause's (event_date picks the nearest)."""
    since = [c for c in art.cues(i, "c:since") if not 0 <= art.word_start(h.start) - c.end <= 1]
    # a date after an earlier visit word and before this one is that one's: in "زار
    # بوتين مصر في فبراير، وزار السيسي روسيا في مايو" February is Putin's visit
    # (a visit noun may point back, "في أول زيارة"; not one its past relative tells, "الزيارة التي قام بها", he made)
    prior = [t.end for t in art.by_sent.get(i, ()) if t.group.startswith("t:") and t.end <= h.start] \
        if (trigger_spec(h.group).get("tense") or past_relative(art, i, h)) and not told_during(art, i, h) else []
    # ... and a date after a later meeting word that is planned is that plan's: in
    # "بعد لقائه آبي لمناقشة القمة القادمة مع كيم في 12 يونيو" (after meeting Abe to discuss the coming summit with Kim on 12 June) the day is the summit's
    # (a summit's own name too, taken off the meeting words: "للمشاركة بالقمة الإسلامية التي تعقد غدا")
    plans = [t.end for t in art.hits if t.group.startswith("t:") and t.start >= h.end and art.sent_of(t.start) == i
             and planned_word(art, i, t)]
    # ... and so is one after the "حيث" (where) of a meeting ahead of the arrival: in "وصل
    # كيم إلى سنغافورة حيث تجمعه الثلاثاء قمة مع ترامب" Tuesday is the summit's, not the arrival's
    plans += [e for e in ahead_clauses(art, i) if e >= h.end]
    # a meeting "since" which something is told ("والأولى منذ القمة") is behind the sentence's event: a day before it is that event's
    after_since = any(0 <= h.start - c.end <= 2 for c in art.cues(i, "c:since"))  # (the one governing h too)
    return [d for d in art.dates.get(i, []) if (d.date is not None or art.published is None) and not issue_day(art, d)
          and not (after_since and d.end <= h.start)
          and not another_events_day(art, d) and not preparation_day(art, d) and not after_meeting_day(art, i, h, d) and not judged_meeting_day(art, d, h) and not said_clause_day(art, h, d)
          and not outlet_saying_day(art, i, h, d)
          and not occasion_day(art, h, d) and not scheduled_event_day(art, h, d) and not closing_day(art, d, h) and not ending_day(art, i, d) and not coverage_day(art, i, h, d)
          and not after_comma_relative(art, h, d) and not dated_by_own_clause(art, i, h, d) and not others_clause_day(art, i, h, d)
          and not enclosed_relative(art, h, d) and not ahead_relatives_day(art, i, h, d) and not ahead_aside(art, i, d.start, h)
          and not (tense == "future" and persons_past_relative(art, i, h, d) or tense == "past" and named_ahead(art, d))
          and not (any(date_follows(c, d) or closes_since(art, i, c, d, h.end) for c in since) and not own_ago(art, i, h, d))
          and not (d.end <= h.start and any(e <= d.start for e in prior) and not where_day(art, i, h, d))
          and not any(e <= d.start for e in plans) and not return_day(art, i, h, d)]


def event_date(art: Article, i: int, h: Hit, tense: str | None):
    """The date of the event in sentence i: the nearest date mention to the trigger,
    skipping "منذ <date>" (a since-date belongs to an earlier meeting); not a "منذ" that governs the meeting word
    itself: in "ومنذ لقائه مع كيم في 12 يونيو" (since his meeting with Kim on 12 June) the day is the meeting's;
    nor a count of units after منذ right after the meeting's clause ("التقى ... منذ يومين", since.own_ago)."""
    ds = _candidate_days(art, i, h, tense)
    if h.group == SPOKE_FROM:  # a statement told with where it was made is dated only by a day between its verb and
        # its place ("وأكد X، الأربعاء، من أستراليا"), not by another clause's: "ومع اقتراب الموعد الذي حدده ترامب في 12
        # مايو، قال ماكرون من سيدني" (as the deadline Trump set for 12 May nears, Macron said from Sydney)
        p = act_place(art, h, art.hits)
        ds = [d for d in ds if p is not None and h.end <= d.start and d.end <= p.start]
    if h.group == "t:public_act" or source_talks(art, h):  # what he said at his act abroad dates nothing of his
        # trip: "وقال X، متحدثا في براغ، إن بلاده بدأت المحادثات عام 1963" (said, speaking in Prague, that talks began
        # in 1963); nor does what sources familiar with the talks say: "نقلا عن مصادر مطلعة على المحادثات ... أن
        # بريطانيا تسعى إلى اتفاق ... نهاية 2014" (that Britain seeks an agreement ... by the end of 2014)
        ds = [d for d in ds if not (d.start >= h.end and that_clause_between(art, h.end, d.start))]
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
        # "هذا الأسبوع" (this week) is the article's week whatever the tense, as dated (a sa-future: visit_kind), and
        # "اليوم" (today) its day: "تصل ميركل اليوم إلى تونس" (Merkel arrives today in Tunis) is the day's news, as the
        # publication day would date it; not the day of a saying before "أن" ("أعلن اليوم أن ... سيتوجه", below)
        return None, None, None, None, tense != "future" or this_week(d.surface) or on_the_day(art, d) and not (
            d.end <= h.start and complementizer_between(art, d.end, h.start) and not sequel_today(art, i, h))
    if tense == "future" and d.end <= h.start and complementizer_between(art, d.end, h.start) \
            and not sequel_today(art, i, h):
        # "أعلن مصدر، اليوم الثلاثاء، أن ميدفيديف سيتوجه ..." (announced today that he will
        # go): the day is the announcement's, the trip is undated; not the "أن" of "قبل أن" after an act
        # of today (governed.sequel_today): "سيعلن اليوم ..، قبل أن يتوجه" heads off the same day
        return None, None, None, None, False
    outcome = _outcome_day(art, i, d)  # "نتائج زيارته ... الثلاثاء": the Tuesday before, whoever says it when
    if tense == "future" and ("س" not in h.prefix and d.end <= h.start and _past_verb_governs(art, i, d)
                              and not ahead_of_arrival(art, i, h) or outcome or _yesterday_news(art, i, h, d)):
        tense = "past"  # (the arrival's past verb is not the meeting's)
    value, end = ((not outcome and said_weekday(art, i, h, d, tense)) or _date_value(d, tense, art.published)) \
        - dt.timedelta(days=day_after(art, h, d) + visit_day_back(art, h, d)), getattr(d, "end_date", None)
    if (days := concluded_days(art, i, h, d)) and value is not None:
        value, end = value - dt.timedelta(days=days - 1), value  # the day told is the visit's last
    if (later := later_start(art, i, d, value) or later_arrival(art, i, d, value)) is not None:
        value, end = later, None  # "توجه ... مساء الثلاثاء ... حيث سيبدأ الأربعاء": the departure's day; the visit's is later
    return value, end, d.precision, d.surface, dist(d) <= STRONG_DATE_CHARS or in_relative_clause(art, i, h, d)


def _outcome_day(art: Article, i: int, d: Any) -> bool:
    """A weekday told a few words past the results of a visit: "عن نتائج زيارته لباريس يوم الخميس"
    (with the results of his visit to Paris on Thursday) is a visit held (tense.outcome_told)."""
    return d.kind == "weekday" and outcome_told(art.text[art.sentences[i][0]:d.start])


def _yesterday_news(art: Article, i: int, h: Hit, d: Any) -> bool:
    """A bare present meeting verb (or a noun after one) with the weekday before publication, the news present
    of a wire's lead written that day (tense.yesterday_present): "يلتقي كيري الثلاثاء لافروف" (Kerry meets Lavrov on
    Tuesday) published on Wednesday is the Tuesday before."""
    return "\u0633" not in h.prefix and d.kind == "weekday" and getattr(d, "said", None) is None and \
        yesterday_present(art.text[art.sentences[i][0]:d.start], d.date.weekday(), art.published)


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
        or (date is None and (bool(art.cues(i, "c:recent_past")) or recent_day_nearest(art, i, h) or closes_later(art, i)
                                          or still_going(art, i, h) or lead_background(art, i)))
    if not recent and (pluperfect_at(art, i, h) or kana_comma_perfect(art, i, h)
                       or (date is not None and kana_perfect_before(art, i, h))):
        return "referenced"
    # a visit its own clause tells as being made ("يقوم الآن بزيارة", is now making a visit) is no earlier one,
    # whatever "آخر" (last, or another: "إلى وقت آخر", to another time) stands before it; nor is the leg a leader came
    # from, which the phrase ending it after it tells ("قادما من القدس، عقب زيارته لمتحف": ended with the arrival)
    for c in [] if making_now(art, h) or came_from(h) else art.cues(i, "c:past_reference"):
        if recent and (fold_term(c.term) in trigger_words("pluperfect") | trigger_words("after_own_visit") or held_last(art, c, h)):
            continue
        if _after_something_else(art, c, h) or own_outcome(art, i, c, h) or guest_on_visit(art, i, c):
            continue  # "مع آبي، الذي كان في زيارة لواشنطن" (with Abe, who was on a visit): the meeting's visit
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
    if tense != "past" and (plan_cue(art, i, h) or adjective_after(art, i, h, "c:future_after") and not all(
            closing_cue(art, i, c) for c in art.cues(i, "c:future_after"))):  # "حتى الجمعة المقبل" ends a visit begun
        return "referenced"
    if (date is None or not trigger_spec(h.group).get("tense") or not _dated_near(art, i, h)) \
            and (retold(art, i, h) and not results_news(art, i, h) or after_taking_office(art, i, h)) or recalled(art, i, h) or told_ago(art, i, h) or noted_days_ago(art, i, h, date, precision):
        # a bare noun has no day of its own: in "وصف نجاد، اليوم الأحد، زيارته إلى مصر مؤخرا"
        # (Ahmadinejad described on Sunday his visit to Egypt lately) Sunday is the describing;
        # nor has a trigger the statement's day far from it; but a results article's visit is its news (results.py)
        return "referenced"
    if tense == "future" and not (date is not None and pub is not None and date <= pub) and ahead_of_arrival(art, i, h):
        return "referenced"  # "وصل ... حيث تجمعه الثلاثاء قمة" (where a summit brings him ... on Tuesday)
    if (date is None and not own_day_nearest(art, i, h) or date is not None and precision != "day") and (sa_marked(art, h) or fold_term(h.term).startswith(("سي", "ست"))
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


def own_outcome(art: Article, i: int, c: Hit, h: Hit) -> bool:
    """The past-reference cue c is a clause of what came out of a visit (grammar visit_outcome_clauses) whose subject,
    right after it, is a meeting word with its owner's pronoun, h or one h is joined to by "و" (and): "لعرض ما أسفرت عنه
    زيارته للعراق ومباحثاته مع نظيره" (to present what his visit to Iraq and his talks with his counterpart resulted
    in) tells his own visit's results as the news, as "نتائج زيارته" (the results of his visit) does; "بما أسفرت عنه
    زيارة المالكي" (what al-Maliki's visit resulted in), no pronoun, is an earlier visit."""
    first = outcome_subject(art, i, c)
    if first is None:
        return False
    return h is first or (h.start > first.end and h.prefix.startswith(WA) and not any(
        ch in art.text[first.end:h.start] for ch in ".\u060c,") and not art.near("triggers", i, first.end + 1, h.start - 1))


def outcome_subject(art: Article, i: int, c: Hit) -> Hit | None:
    """The meeting word with its owner's pronoun right after the outcome clause c ("ما أسفرت عنه زيارته", what his
    visit resulted in), or None when c is no such clause: the visit whose results the sentence tells."""
    words = art.folded_slice(c.start, c.end).split()
    first = next((t for t in art.by_sent.get(i, ()) if t.group.startswith("t:") and 0 <= art.word_start(t.start) - c.end <= 2), None)
    if first is None or not first.suffix.endswith(tuple(PRONOUN_ENCLITICS)) or outcome_end(words) != len(words) - 1:
        return None
    return first


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
    if return_before(art, c, h):
        return True  # "عاد قنديل إلى القاهرة بعد زيارة لجوبا" (returned after a visit): the visit just ended
    if h.start < c.end:
        return False
    between = art.text[c.end:h.start]
    return any(p in between for p in "\u060c,") or complementizer_between(art, c.end, h.start)


def hedge_settled(art: Article, i: int, h: Hit) -> bool:
    """Every hedging cue of the sentence ("التكهنات", speculation) is the event of an
    "after ..." phrase that dates another event before the meeting word: "بعد أيام من
    التكهنات، تم تأكيد أن كيم قد زار الصين" (after days of speculation, it was confirmed
    that Kim visited China): the speculation is over, the visit told as held; so after it (clauses.hedge_before)."""
    hedges = art.cues(i, "c:unconfirmed")
    afters = [c for c in art.cues(i, "c:past_reference") if _after_something_else(art, c, h)]
    return bool(hedges) and all(any(0 <= u.start - a.end <= 2 for a in afters) or hedge_before(art, h, u) for u in hedges)


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
