"""Days of a month told in words: "في السابع من فبراير" (on the seventh of February), "يوم الخامس
والعشرين من شهر" (on the 25th of), and a range of them, "من العشرين إلى الثاني والعشرين من آذار"
(from the twentieth to the twenty-second of March). Read backwards from the "من" (of) before the
month name that tasks.extract.dates found; the words are months.yaml's ordinal_days. Before a month
told relative to publication's, "في الرابع من الشهر الجاري" (on the fourth of this month), the day
may also be digits: "في 4 من الشهر الماضي", "في 23 الشهر الحالي", "يومي 6 و7 من الشهر الجاري"."""
from __future__ import annotations

import re
from functools import cache

from tasks.extract.calendar import MIN, Calendar, prev_word_span
from ziyarat.arabic import AL, NOUN_PROCLITICS, NUMBER_PROCLITICS, fold_term
from ziyarat.lexicon import get_lexicon

ORDINAL_WORDS = 2  # "الخامس والعشرين" (the twenty-fifth): a day ordinal of up to two words
WA = "\u0648"  # و "and": "بين العشرين والثاني والعشرين" (between the 20th and the 22nd)
DAY_PREFIXES = NUMBER_PROCLITICS | NOUN_PROCLITICS  # "و22", "الـ22", "بالـ22" before a day's digits
FIGURE_MARKS = ".,/\u060c\u066b-"  # a mark that makes digits part of a figure: "3.8", "1,5", "2013/2"


def ordinal_day(cal: Calendar, ft: str, s: int) -> tuple[int | None, int, int | None]:
    """(day, start, last day) for a month told with its day in words before s; (None, s, None)
    otherwise. Only after a word that leads a day ("في", "يوم") or as the end of a range opened by
    "من" / "بين" (from, between): "الأسبوع الأول من مارس" (the first week of March) and "ثورة الخامس
    والعشرين من يناير" (the 25 January revolution) name no day."""
    ws, before = prev_word_span(ft, s)
    if before != MIN or not cal.ordinal_days:
        return None, s, None
    words = _words_before(ft, ws, 2 * ORDINAL_WORDS + 2)
    for k in (1, 2):
        if len(words) <= k:
            break
        phrase, lead = " ".join(w for _, w in words[-k:]), words[-k - 1][1]
        joined = phrase not in cal.ordinal_days and phrase[:1] == WA and phrase[1:] in cal.ordinal_days
        if phrase not in cal.ordinal_days and not joined:
            continue
        last = cal.ordinal_days[phrase[1:] if joined else phrase]
        first = _range_start(cal, words[:-k], joined)
        if first is not None and first[0] < last:
            return first[0], first[1], last
        if not joined and (lead in cal.ordinal_leads or lead[1:] in cal.ordinal_leads):
            return last, words[-k][0], None
    return None, s, None


def month_day(cal: Calendar, ft: str, s: int) -> tuple[int | None, int, int | None]:
    """(day, start, last day) told before a month relative to publication's at s ("الشهر الجاري", this
    month; "الشهر الماضي", last month), in words as ordinal_day reads them or in digits: after "من"
    (of), "في 4 من الشهر الجاري" (on the 4th of this month), or with no "من" after a word that leads a
    day, "في 23 الشهر الماضي"; a range "يومي 6 و7 من الشهر" (on the 6th and 7th). (None, s, None)
    otherwise: "أكثر من 20 الشهر الماضي" (more than 20 last month) and "3.8 الشهر" name no day."""
    day, start, last = ordinal_day(cal, ft, s)
    if day is not None:
        return day, start, last
    ws, before = prev_word_span(ft, s)
    told_of = before == MIN
    words = _words_before(ft, ws if told_of else s, 4)
    k = len(words) - 1
    got = _day_digits(ft, words, k)
    if got is None:
        return None, s, None
    day, pre = got
    if not pre and k > 0 and words[k - 1][1] == AL:  # "الـ 22": the article a word of its own
        k -= 1
    first, start = day, words[k][0]
    if pre.startswith(WA) and (got := _day_digits(ft, words, k - 1)) and got[0] < day:
        k -= 1  # "6 و7" (the 6th and 7th)
    elif k > 1 and words[k - 1][1] in _range_links() and (got := _day_digits(ft, words, k - 2)) and got[0] < day:
        k -= 2  # "من 6 إلى 8" (from the 6th to the 8th)
    else:
        got = None
    if got is not None:
        first, start = got[0], words[k][0]
    lead = words[k - 1][1] if k > 0 else ""
    if told_of or lead in cal.ordinal_leads or lead[1:] in cal.ordinal_leads:
        return first, start, day if got is not None else None
    return None, s, None


def _day_digits(ft: str, words: list[tuple[int, str]], k: int) -> tuple[int, str] | None:
    """(day, proclitic) when word k is a month's day in digits, bare or after a proclitic or the
    article ("7", "و7", "الـ22"), and no part of a figure ("3.8", "1,5")."""
    if k < 0:
        return None
    pos, w = words[k]
    m = _PREFIXED_DIGITS.fullmatch(w)
    if m is None or (m["pre"] and m["pre"] not in DAY_PREFIXES) or not 1 <= int(m["d"]) <= 31:
        return None
    if pos > 0 and ft[pos - 1] in FIGURE_MARKS:
        return None
    return int(m["d"]), m["pre"]


_PREFIXED_DIGITS = re.compile(r"(?P<pre>[^\W\d_]*)(?P<d>\d{1,2})")


def _range_start(cal: Calendar, words: list[tuple[int, str]], joined: bool) -> tuple[int, int] | None:
    """(first day, start) of a range whose last day follows `words`: "من العشرين إلى" (from the
    twentieth to), "بين العشرين و" (between the twentieth and, the و glued to the last day)."""
    if not joined:
        if not words or words[-1][1] not in _range_links():
            return None
        words = words[:-1]
    for k in (1, 2):
        if len(words) <= k:
            break
        phrase, lead = " ".join(w for _, w in words[-k:]), words[-k - 1][1]
        if phrase in cal.ordinal_days and lead in _range_opens():
            return cal.ordinal_days[phrase], words[-k - 1][0]
    return None


def _words_before(ft: str, s: int, n: int) -> list[tuple[int, str]]:
    """The n words before s (fewer at the text's start), each with where it starts, in order."""
    out: list[tuple[int, str]] = []
    pos = s
    for _ in range(n):
        pos, w = prev_word_span(ft, pos)
        if not w:
            break
        out.insert(0, (pos, w))
    return out


@cache
def _range_opens() -> frozenset[str]:
    """"من" / "بين" (from, between): the words a range of days in words opens with."""
    return frozenset(fold_term(w) for w in get_lexicon().months.get("ordinal_range", {}).get("opens", []))


@cache
def _range_links() -> frozenset[str]:
    """"إلى" / "حتى" (to, until): the words between the two days of a range in words."""
    return frozenset(fold_term(w) for w in get_lexicon().months.get("ordinal_range", {}).get("links", []))
