"""An undated article's own day word in a candidate's sentence: a weekday or a relative day with no
value (the article gives none to count from), not one told ahead. Read by visits.aside and visits.remarks:
such a day makes the visit dated news, as a dated article's day would. And the date word nearest a meeting
word with no value, behind the news or on its day (past_span_nearest, recent_day_nearest, own_day_nearest), read by
timing."""
from __future__ import annotations

from typing import Any

from tasks.extract.article_time import ANY_DAY
from tasks.extract.calendar import calendar_words
from tasks.extract.dates import find_dates
from tasks.extract.tense import future_marked, verb_tense
from tasks.extract.visits.article import Article, Candidate
from tasks.extract.visits.begun import on_the_day
from tasks.extract.visits.clauses import another_events_day, issue_day
from tasks.extract.visits.plans import complementizer_between
from tasks.extract.visits.since import closes_since, date_follows
from tasks.extract.visits.triggers import trigger_spec
from ziyarat.arabic import fold_term, fold_with_map
from ziyarat.lexicon import grammar_words, trigger_words
from ziyarat.matching import Hit


def sentence_day(art: Article, c: Candidate) -> bool:
    """An undated article's weekday or relative day ("أمس") with no value anywhere in the
    candidate's sentence: the day a dated article would give its visit (there the reporting
    verb's day is the visit's, timing.event_date), so the visit is dated news, not an aside
    or a remark's retelling: "أعلنت الحكومتان، الثلاثاء، أن الملك ... اتفق مع الرئيس ...
    خلال زيارته إلى القاهرة" (announced on Tuesday that ... during his visit to Cairo)."""
    return art.published is None and any(d.date is None and d.precision == "day" and d.kind in ("weekday", "relative")
                                         and not _day_ahead(art, d) for d in art.dates.get(c.sentence, []))


def _day_ahead(art: Article, d: Any) -> bool:
    """A day word told ahead: "غدا" (tomorrow), "الخميس المقبل" (next Thursday)."""
    nxt = art.folded_slice(d.end, d.end + 16).split()[:1]
    if nxt and nxt[0].strip("،,.:;") in calendar_words().future_words:
        return True
    return d.kind == "relative" and any(x.date is not None and x.date > ANY_DAY
                                        for x in find_dates(d.surface, fold_with_map(d.surface), ANY_DAY))


def past_span_nearest(art: Article, i: int, h: Hit) -> bool:
    """An undated article's meeting behind the news by a date word with no value: _past_span_nearest, weekday_behind."""
    return _past_span_nearest(art, i, h) or weekday_behind(art, i, h)


def _past_span_nearest(art: Article, i: int, h: Hit) -> bool:
    """An undated article's date word nearest the meeting is a past week or month, or a yearless day
    of one ("بعد لقائه كيم الأسبوع الماضي", after meeting Kim last week; "في أبريل الماضي", "في 30 أبريل
    الماضي"; not "الثلاثاء الماضي", this week's Tuesday): no value, but the meeting is behind the news,
    as in a dated article (timing.visit_kind). So is a month named alone ("قمتهما في سنغافورة في يونيو"):
    news dates its meeting by the day, a month alone is an earlier one or a plan."""
    # "منذ توليه منصبه في مارس الماضي" (since taking office last March); not a منذ that governs the meeting
    # word, whose day it is: "منذ قمة الثاني عشر من يونيو" (since the summit of 12 June), as timing reads it
    since = [c for c in art.cues(i, "c:since") if not 0 <= art.word_start(h.start) - c.end <= 1]
    ds = [d for d in art.dates.get(i, []) if not issue_day(art, d) and not another_events_day(art, d)
          and not any(date_follows(c, d) or closes_since(art, i, c, d) for c in since)]
    if art.published is not None or not ds:
        return False
    # a date past a clause break is another clause's ("وبدأت الثلاثاء، حيث أطلع كيم شي على قمته مع ترامب الأسبوع الماضي")
    own = [d for d in ds if not art.near("c:clause_breaks", i, min(d.end, h.end), max(d.start, h.start))]
    d = min(own or ds, key=lambda d: max(d.start - h.end, h.start - d.end, 0))
    words = [w.strip("،,.:;") for w in art.folded_slice(d.start, d.end + 16).split()[:len(d.surface.split()) + 1]]
    # ... unless a verb told ahead stands between them: the month is that act's ("قال خلال اجتماعه
    # مع مون إنه سيغلق الموقع في مايو", said at his meeting that he will close the site in May)
    past = bool(set(words) & calendar_words().past_words)
    return d.date is None and (d.precision in ("week", "month") and (
        past or d.precision == "month" and d.kind == "absolute"
        and not (d.start >= h.end and verb_tense(art.text[h.end:d.start]) == "future"))
        or d.precision == "day" and d.kind == "absolute" and (past or _named_by_day(art, i, h, d)))


NAMED_DAY_CHARS = 50  # from a meeting noun to the day of a month it is named by: "خلال قمة 12 يونيو"


def _named_by_day(art: Article, i: int, h: Hit, d: Any) -> bool:
    """A bare meeting noun (no tense of its own) framed as a time gone by, during, after or since it
    (grammar.yaml during_words, after_words; a since cue), named by a day of a month with no year and no weekday
    right by it, in a sentence told in no marked future: "خلال قمة 12 يونيو بين ترامب وكيم" (at the 12 June
    summit between Trump and Kim), "ومنذ لقائه مع كيم في 12 يونيو" (since his meeting with Kim on 12 June).
    News tells its own day by a weekday ("الثلاثاء 12 يونيو") or "اليوم"; a meeting told as the time of
    something else by its day of the month alone is an earlier one, as a dated article finds it weeks back.
    Not "عقد ... قمة في 12 يونيو" (held a summit on 12 June: no frame), "قبيل قمة 12 يونيو" (before it: maybe
    ahead), "ستعقد القمة في 12 يونيو" (will be held), nor a weekday with the day."""
    if trigger_spec(h.group).get("tense") or not (max(d.start - h.end, h.start - d.end, 0) <= NAMED_DAY_CHARS or _names_between(art, h, d)):
        return False
    start, at = art.sentences[i][0], art.word_start(h.start)
    before = [w.strip("،,.:;") for w in art.folded_slice(max(start, d.start - 12), d.start).split()[-1:]]
    if any(w.strip("،,.:;") in calendar_words().weekdays for w in fold_term(d.surface).split() + before):
        return False
    prev = [w.removeprefix("و") for w in art.folded_slice(max(start, at - 16), at).split()[-1:]]
    framed = bool(set(prev) & (grammar_words("during_words") | grammar_words("after_words"))) \
        or any(0 <= at - c.end <= 1 for c in art.cues(i, "c:since"))
    return framed and not future_marked(art.text[start:max(d.start, h.start)])


NAMES_DAY_CHARS = 150  # over the sides' names and titles: "لقاء الرئيس الأمريكي دونالد ترامب والزعيم الكوري ... في 12 يونيو"


def _names_between(art: Article, h: Hit, d: Any) -> bool:
    """The day follows the meeting noun over its sides' names only: no comma, no verb, within NAMES_DAY_CHARS."""
    between = art.text[art.word_end(h.end):d.start]
    return 0 <= d.start - h.end <= NAMES_DAY_CHARS and not any(p in between for p in "\u060c,") \
        and verb_tense(between) is None


RECENT_DAY_CHARS = 50  # from the meeting word to its "اليوم" (today), as timing's strong date


def recent_day_nearest(art: Article, i: int, h: Hit) -> bool:
    """An undated article's date word nearest the meeting, right by it, is today, yesterday or
    the day before ("اليوم", "أمس", "أول أمس"): no value, but the publication's day or one or two
    before it, as a dated article's recent day is (timing.visit_kind: the pluperfect of a news
    report's background, "كان قد عقد اجتماعا مغلقا مع ... صباح اليوم الأربعاء", had held a closed
    meeting with ... this Wednesday morning, is the day's news)."""
    ds = art.dates.get(i, [])
    if art.published is not None or not ds:
        return False
    dist = lambda d: max(d.start - h.end, h.start - d.end, 0)  # noqa: E731
    d = min(ds, key=dist)
    folded = f" {fold_term(d.surface)} "
    return d.date is None and d.precision == "day" and dist(d) <= RECENT_DAY_CHARS and any(
        unit == "day" and -2 <= offset <= 0 and f" {phrase} " in folded for phrase, (unit, offset) in calendar_words().relative.items())


def own_day_nearest(art: Article, i: int, h: Hit) -> bool:
    """An undated article's date word nearest the meeting, right by it, is its own day ("اليوم", today, or "اليوم
    الجمعة": begun.on_the_day): "سيصل ماكرون إلى برلين اليوم" (will arrive in Berlin today) is the day's arrival, as
    publication's day would date it in a dated article (timing.visit_kind), not a plan; not a day before "أن" that
    dates the saying ("أعلن اليوم أن ماكرون سيصل", announced today that Macron will arrive), nor a bare weekday."""
    ds = art.dates.get(i, [])
    if art.published is not None or not ds:
        return False
    dist = lambda d: max(d.start - h.end, h.start - d.end, 0)  # noqa: E731
    d = min(ds, key=dist)
    return dist(d) <= RECENT_DAY_CHARS and on_the_day(art, d) \
        and not (d.end <= h.start and complementizer_between(art, d.end, h.start))


REPORT_WEEKDAY_WORDS = 6  # from the lead's verb of saying over its subject to its weekday: "ذكرت وكالة يونهاب الكورية الجنوبية، الاثنين"
REPORT_SENTENCES = 2  # the sentences (headline, lead) whose verb of saying dates the report
BEHIND_DAYS = 2  # a meeting this many days before the report's day, or more, is behind the news (as timing's dated rule)
WEEKDAY_CHARS = 60  # from the meeting word to its own weekday
LATEST_BEHIND = 5  # six days before the report's weekday is the day after it, ahead, unless the weekday says "الماضي"


def _weekday_of(d: Any) -> int | None:
    """The weekday (0 Monday) a weekday mention with no value names."""
    found = find_dates(d.surface, fold_with_map(d.surface), ANY_DAY)
    return found[0].date.weekday() if found and found[0].kind == "weekday" and found[0].date is not None else None


def report_weekday(art: Article) -> tuple[Any, int] | None:
    """An undated article's own day, as a weekday: the first weekday of its lead right after a verb of saying or
    reporting (triggers.yaml speech_verbs, grammar.yaml announce_words) and its subject: "ذكرت وكالة يونهاب،
    الاثنين، أن" (Yonhap reported on Monday that), "وقال راي، الأربعاء،" (Ray said on Wednesday). The mention and its
    weekday."""
    for i in range(min(REPORT_SENTENCES, len(art.sentences))):
        for d in art.dates.get(i, []):
            if d.date is not None or d.kind != "weekday" or _day_ahead(art, d):
                continue
            if _saying_day(art, i, d) and (wd := _weekday_of(d)) is not None:
                return d, wd
    return None


def _saying_day(art: Article, i: int, d: Any) -> bool:
    """The weekday dates a verb of saying or reporting right before it, over its subject: "وقال ترامب، يوم الاثنين،"."""
    verbs = {fold_term(w) for w in trigger_words("speech_verbs") | grammar_words("announce_words")}
    words = [w.strip("،,\"«»") for w in art.folded_slice(art.sentences[i][0], d.start).split()][-REPORT_WEEKDAY_WORDS:]
    return any(w in verbs or w[:1] == "و" and w[1:] in verbs for w in words)


def weekday_behind(art: Article, i: int, h: Hit) -> bool:
    """An undated article's meeting named by a weekday of its own, two or more days before the report's
    (report_weekday), is behind the news, as a dated article finds it (timing.visit_kind): "وقال راي، الأربعاء، ردا
    على سؤال بشأن ... خلال قمة هلسنكي، الاثنين" (Ray said on Wednesday ... at the Helsinki summit on Monday). Its
    weekday is the most recent such day on or before the report's; not one told ahead ("الاثنين المقبل", "التي تعقد
    الثلاثاء": its verb a future or a bare imperfect), not the report's weekday mention itself nor another saying's
    ("وقال ترامب، يوم الاثنين، خلال القمة": a later update's day), not past a clause break, not a verb's day."""
    if art.published is not None or (report := report_weekday(art)) is None:
        return False
    rep, rep_wd = report
    start = art.sentences[i][0]
    dist = lambda d: max(d.start - h.end, h.start - d.end, 0)  # noqa: E731
    ds = [d for d in art.dates.get(i, []) if d.date is None and d.kind == "weekday" and d.start != rep.start
          and dist(d) <= WEEKDAY_CHARS and not issue_day(art, d) and not _saying_day(art, i, d)
          and not art.near("c:clause_breaks", i, min(d.end, h.end), max(d.start, h.start))]
    if not ds:
        return False
    d = min(ds, key=dist)
    if _day_ahead(art, d) or getattr(d, "said", None) == "future" or (wd := _weekday_of(d)) is None:
        return False
    # a bare noun, no future between it and its day ("التي تعقد الثلاثاء"); a verb's day ("التقى ... الثلاثاء") is
    # the news a week back in a dated article too (timing.visit_kind's WEEK_BEFORE)
    if trigger_spec(h.group).get("tense") or d.start >= h.end and verb_tense(art.text[art.word_end(h.end):d.start]) == "future" \
            or future_marked(art.text[start:max(d.end, h.end)]):
        return False
    # the day after the report is a plan ("يقوم ... بزيارة الى مالي السبت، حسبما اعلن مكتبه الجمعة"), not six days gone;
    # a week gone only when the weekday says so ("الاثنين الماضي")
    gap = (rep_wd - wd) % 7
    return BEHIND_DAYS <= gap <= LATEST_BEHIND or getattr(d, "said", None) == "past" and gap in (0, 6)
