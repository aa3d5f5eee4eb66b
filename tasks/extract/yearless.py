"""The year of a day or a month the text gives without one ("في 30 أبريل", "في يونيو"), chosen against
the publication date: by the tense of the verb governing it, or a word after it (المقبل "next",
الماضي "last"), else the occurrence nearer publication; and after a weekday, the year in which
that day is that weekday."""
from __future__ import annotations

import datetime as dt
import re

from tasks.extract.calendar import safe_date


def month_year(month: int, day: int | None, published: dt.date | None, direction: str | None) -> int | None:
    """Year of a month (and day) given without one: the most recent occurrence not
    after publication for a past verb; the next one for future/"next"; the same year
    for "current"; with no tense, the nearer occurrence (see :func:`_nearer_year`).
    A verb's tense yields to an occurrence right by publication (see :func:`_near_other`); a
    word after the date ("المقبل" next, "الماضي" last) never does, nor a future marked as one
    ("future_marked": "سيزور", will visit; "من المقرر", scheduled), only a bare imperfect, the
    news present of what may be just gone."""
    if published is None:
        return None
    y = published.year
    key, pkey = (month, day or 1), (published.month, published.day if day else 1)
    if direction == "current":
        return y
    if direction == "future_strict":
        return y if key > pkey else y + 1
    if direction == "past_strict":
        return y if key < pkey else y - 1
    if direction in ("future", "future_marked"):
        ahead = y if key >= pkey else y + 1
        return ahead - 1 if direction == "future" and _near_other(month, day, published, ahead - 1) else ahead
    last = y if key <= pkey else y - 1
    if direction == "past":
        return last + 1 if _near_other(month, day, published, last + 1) else last
    return _nearer_year(month, day, published, last)


NEAR_DAYS = 31  # how far from publication a day against its verb's tense still lies in publication's year


def _near_other(month: int, day: int | None, published: dt.date, year: int) -> bool:
    """The day in `year`, against the verb's tense, lies within NEAR_DAYS of publication, so the tense's
    own, a year off, is not meant: "يزور ماكرون أستراليا ... في 1 مايو" (Macron visits Australia on 1 May)
    in a story of 2 May is the day before, not next year's; "وهددت بإلغاء قمة في 12 يونيو" (threatened to
    call off a summit on 12 June) in a story of 22 May is three weeks ahead, not a year back. A month
    alone keeps the tense's year: "سيزور موسكو في فبراير" (will visit Moscow in February) in March is
    next February's."""
    if day is None:
        return False
    d = safe_date(year, month, day) or dt.date(year, month, 1)
    return abs((d - published).days) <= NEAR_DAYS


def _nearer_year(month: int, day: int | None, published: dt.date, last: int) -> int:
    """A day or month with no year and no tense is the occurrence nearer to publication,
    the past one unless the next is less than half as far: "قمة 12 يونيو" (the 12 June
    summit) in an article of 7 June is five days ahead, not a year back; "في 15 مارس"
    in August is the March just gone."""
    past = safe_date(last, month, day or 1) or dt.date(last, month, 1)
    ahead = safe_date(last + 1, month, day or 1) or dt.date(last + 1, month, 1)
    if day is None:  # a month counts from its first day to publication's month's first day
        published = published.replace(day=1)
    return last + 1 if 2 * (ahead - published).days < (published - past).days else last


def weekday_year(surface: str, weekday: int, date: dt.date, end_date: dt.date | None,
                 published: dt.date | None = None):
    """A day and month with no year after a weekday take the year, next to the one the
    tense chose, in which that day is that weekday: "الثلاثاء 12 يونيو" (Tuesday 12 June)
    after a past verb in a story of 11 June 2018 is 2018-06-12 (a Tuesday), not
    2017-06-12 (a Monday). A written year stays as written; so does the tense's year when the
    other is farther from publication: a weekday a day off ("يبدأ الأربعاء 14 مارس", begins
    Wednesday 14 March, in a story of Wednesday 13 March 2013) is a slip, not 2012."""
    if date.weekday() == weekday or _YEAR_DIGITS.search(surface):
        return date, end_date
    for shift in (1, -1):
        other = safe_date(date.year + shift, date.month, date.day)
        if other and other.weekday() == weekday:
            if published is not None and abs((other - published).days) > abs((date - published).days):
                return date, end_date
            return other, end_date and safe_date(end_date.year + shift, end_date.month, end_date.day)
    return date, end_date


_YEAR_DIGITS = re.compile(r"\d{4}")
