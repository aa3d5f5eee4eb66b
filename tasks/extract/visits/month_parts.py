"""A month named by its part ("أواخر هذا الشهر", late this month; "مطلع الشهر الجاري", early this month):
the days the part covers, and whether it lies ahead of the article's publication (timing reads it)."""
from __future__ import annotations

import datetime as dt

from tasks.extract.visits.article import Article
from ziyarat.arabic import fold_term
from ziyarat.lexicon import get_lexicon

MONTH_PART_FIRST_DAY = {"start": 1, "mid": 11, "end": 21}  # the days a part of the month ("أواخر", late) begins on
MONTH_PART_LAST_DAY = {"start": 10, "mid": 20}  # ... and ends on ("end" runs to the month's last day)


def month_part(art: Article, i: int, date: dt.date | None, precision: str | None) -> str | None:
    """The part of the month ("start", "mid", "end") the sentence names the meeting's month by:
    "أواخر هذا الشهر" (late this month) is "end"; None for a bare month or another date."""
    if date is None or art.published is None or precision != "month":
        return None
    months = get_lexicon().months
    parts = {fold_term(w): part for part, words in months["month_parts"].items() for w in words}
    phrases = {fold_term(w): part for part, words in months.get("month_part_phrases", {}).items() for w in words}
    until = {fold_term(w) for w in months["month_part_until"]}
    for d in art.dates.get(i, []):
        if d.date == date and d.precision == "month" and d.surface.split():
            # the part may stand right before a month's name the date's surface leaves it out of: "مطلع يونيو الجاري",
            # and so may a week's phrase: "الأسبوع الأول من تموز" (the first week of July)
            before = [fold_term(w).removeprefix("و") for w in art.words_before(d.start, 4)]
            part = parts.get(fold_term(d.surface.split()[0]).removeprefix("و")) \
                or _part_before(before, parts, 1, until) or _part_before(before, phrases, 3, until)
            if part:
                return part
    return None


def _part_before(before: list[str], parts: dict[str, str], n: int, until: set[str]) -> str | None:
    """The part the last n words before a month's name make, unless a word of a span's end precedes them ("حتى نهاية")."""
    if len(before) < n or (len(before) > n and before[-n - 1] in until):
        return None
    return parts.get(" ".join(before[-n:]))


def month_part_ahead(art: Article, i: int, date: dt.date | None, precision: str | None) -> bool:
    """The month of the meeting is named by a part of it that begins after publication:
    "عندما يقوم بزيارة موسكو أواخر هذا الشهر" (when he visits Moscow late this month) in an
    article of the 12th is a visit ahead, though the month is publication's; "منتصف الشهر
    الجاري" (mid this month) on the 12th has begun."""
    part = month_part(art, i, date, precision)
    return bool(part) and dt.date(date.year, date.month, MONTH_PART_FIRST_DAY[part]) > art.published
