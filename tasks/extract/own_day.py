"""The day an article's text calls its own "today", when the text says it: a relative day word with a
weekday, "اليوم الإثنين" (al-yawm al-ithnayn, today, Monday), "مساء أمس الأحد" (yesterday evening, Sunday:
so today is Monday), "غدا الثلاثاء" (tomorrow, Tuesday), or a dateline's day, "الدوحة - الإثنين" (Doha -
Monday). Outlets publish after midnight or a day late: a story that says "اليوم الإثنين" may be dated
Tuesday, and then its every other اليوم, أمس, غدا counts from Monday too; a record stamped in UTC may be
dated a day before its text's today ("القاهرة - الثلاثاء:" dated Monday), and counts from Tuesday. tasks.extract.article_time
reads the day here once and makes it the article's reference day."""
from __future__ import annotations

import datetime as dt
import re
from functools import cache

from tasks.extract.calendar import calendar_words
from tasks.extract.dates import SET_OFF, WEEKDAY_OVERRIDES_DAYS
from tasks.extract.tense import verb_tense
from ziyarat.arabic import CALENDAR_PROCLITICS, Folded, fold_term, resolve_weekday
from ziyarat.matching import word_hits
from ziyarat.quotation import quote_spans

# what may stand between the day word and its weekday: the marks of SET_OFF in tasks.extract.dates, and
# the dashes Egyptian outlets set a weekday off with ("صباح اليوم – الاثنين –", this morning - Monday -)
_BETWEEN_CHARS = frozenset(SET_OFF + "-\u2013\u2014")  # and white space (str.isspace, as the class's \s)
_BETWEEN = re.escape("".join(sorted(_BETWEEN_CHARS))) + "\\s"  # the same, inside a regex class
_DASHES = "\\-\u2013\u2014"
DATELINE_WORDS = 3  # a dateline's place: "الدوحة", "شرم الشيخ", "أديس أبابا"


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@cache
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    """(a relative day word right before a weekday; a dateline's place, agency and weekday at the text's
    start), on the folded text."""
    cal = calendar_words()
    days = [p for p, (unit, _offset) in cal.relative.items() if unit == "day"]
    wd = _alt(cal.weekdays)
    eleven = fold_term("عشر")  # "الأحد عشر" (eleven), not Sunday
    stated = re.compile(rf"(?<!\w)(?:{_alt(CALENDAR_PROCLITICS - {''})})?(?P<rel>{_alt(days)})[{_BETWEEN}]*"
                        rf"(?P<wd>{wd})(?!\w)(?!\s+{eleven}(?!\w))")
    dateline = re.compile(rf"\s*(?P<place>[^\W\d]+(?:\s+[^\W\d]+){{0,{DATELINE_WORDS - 1}}})\s*(?:\([^()\n]{{1,25}}\)\s*)?"
                          rf"(?:[{_DASHES}]\s*\(?\s*(?P<wd>{wd})\s*\)?|\(\s*(?P<wd2>{wd})\s*\))\s*[{_DASHES}:\u060c,]")
    return stated, dateline


@cache
def _rel_reach() -> int:
    """The most characters a relative day word with its proclitic takes before the weekday's set-off."""
    days = [p for p, (unit, _offset) in calendar_words().relative.items() if unit == "day"]
    return max(map(len, days)) + max(map(len, CALENDAR_PROCLITICS)) + 1


def _weekday_starts(ft: str) -> list[int]:
    """Where a weekday word starts in ft, in order: one plain search per weekday."""
    return sorted({k for w in _weekday_roots() for k in _occurrences(ft, w)})


@cache
def _weekday_roots() -> tuple[str, ...]:
    """The weekday words that begin with no other one: "الثلاثاء" starts wherever its short form "الثلاثا"
    does, so searching for the latter finds both."""
    days = list(calendar_words().weekdays)
    return tuple(w for w in days if not any(v != w and w.startswith(v) for v in days))


def _stated_matches(ft: str, stated: re.Pattern, starts: list[int], reach: int) -> list[re.Match]:
    """The matches stated.finditer(ft) gives, found only around the weekdays (starts: _weekday_starts): each
    match ends with one, its relative word ending where the run of set-off marks before that weekday begins.
    Scanning the whole text with the pattern's long alternation cost about 40 µs per article; a weekday is
    found by plain search."""
    found, last_end = [], -1
    for k in starts:
        q = k
        while q > 0 and (ft[q - 1] in _BETWEEN_CHARS or ft[q - 1].isspace()):
            q -= 1
        r = ft.find(" ", k)  # the weekday's end and the spaces after it, for the "عشر" look-ahead
        r = len(ft) if r < 0 else r
        while r < len(ft) and ft[r].isspace():
            r += 1
        for m in stated.finditer(ft, max(0, q - reach), min(len(ft), r + 5)):
            if m.start() >= last_end and m.start("wd") == k:
                found.append(m)
                last_end = m.end()
    return found


def _occurrences(text: str, word: str):
    k = text.find(word)
    while k >= 0:
        yield k
        k = text.find(word, k + 1)


def stated_days(text: str, folded: Folded, published: dt.date) -> list[tuple[dt.date, int, int]]:
    """(the day the text calls today, display start, end) of each place that says it: a relative day word
    with its weekday outside quotes ("اليوم الإثنين"; "أمس الأحد" says today is the day after Sunday), and
    a dateline's weekday at the text's start ("الدوحة - الإثنين:", "الدوحة (الإثنين) -"), its place words
    no verb nor date word. Each weekday is the one nearest its word's day from publication."""
    cal = calendar_words()
    stated, dateline = _patterns()
    ft, out = folded.text, []
    starts = _weekday_starts(ft)
    if not starts:
        return out  # most articles name no weekday: plain searches spare them the patterns
    quotes = None
    for m in _stated_matches(ft, stated, starts, _rel_reach()):
        before = ft[max(0, m.start() - 12):m.start()].split()[-1:]
        if before and before[0] in cal.same_words:
            continue  # "في ذلك اليوم الإثنين" (on that day, Monday): another event's day
        s, e = folded.span(m.start("rel"), m.end())
        quotes = quote_spans(text) if quotes is None else quotes
        if any(qs <= s < qe for qs, qe in quotes):
            continue  # a speaker's own today
        offset = cal.relative[m["rel"]][1]
        day = resolve_weekday(cal.weekdays[m["wd"]], published + dt.timedelta(days=offset), None)
        out.append((day - dt.timedelta(days=offset), s, e))
    m = dateline.match(ft)
    if m and verb_tense(m["place"]) is None and not word_hits(cal.words, m["place"], CALENDAR_PROCLITICS):
        s, e = folded.span(m.start("place"), m.end("wd") if m["wd"] else m.end("wd2"))
        out.append((resolve_weekday(cal.weekdays[m["wd"] or m["wd2"]], published, None), s, e))
    return sorted(out, key=lambda x: x[1])


# a record may be stamped a day before its text's today: stamps are often UTC (or the desk's day), and a
# story filed after midnight in Cairo (UTC+2) carries the day before, "القاهرة - الثلاثاء:" stamped Monday;
# never more than one day, which a clock's offset cannot make
DAYS_AHEAD = 1


def own_day(text: str, folded: Folded, published: dt.date) -> tuple[dt.date, str] | None:
    """(the article's own today, the words that say it) when every place of stated_days names one and
    the same day, one to WEEKDAY_OVERRIDES_DAYS days before publication or DAYS_AHEAD after it; None when
    none says it, when two disagree ("اليوم الإثنين" beside "اليوم الثلاثاء": a round-up of two days) or
    when the day is the publication's own."""
    days = stated_days(text, folded, published)
    if not days or len({d for d, _s, _e in days}) > 1:
        return None
    day, s, e = days[0]
    return (day, text[s:e]) if -DAYS_AHEAD <= (published - day).days <= WEEKDAY_OVERRIDES_DAYS \
        and day != published else None


__all__ = ["DAYS_AHEAD", "own_day", "stated_days"]
