"""A trip or place the date right after it puts before the news: weeks before publication, or in a
month (or year) wholly past. Read by tour (a trip word's or venue's country says nothing of who travels
now) and place.article_city (another sentence's meeting dated so is another meeting, its city not this one's)."""
from __future__ import annotations

import datetime as dt

from tasks.extract.visits.article import Article
from tasks.extract.visits.timing import period_end

EARLIER_TRIP_DAYS, EARLIER_TRIP_CHARS = 20, 60  # a trip dated this long before publication, by a date this near
WHOLE_PERIODS = ("month", "year")  # a date of this precision wholly before publication is an earlier trip's


def dated_before(art: Article, i: int, end: int) -> bool:
    """The first date of sentence i within EARLIER_TRIP_CHARS after `end` puts what ends there weeks before
    publication: in "وتأتي زيارة ميدفيديف بعد زيارة قامت بها روسيف إلى موسكو في ديسمبر" (Medvedev's visit
    comes after the one Rousseff made to Moscow in December) Rousseff's trip says nothing of who travels now.
    So does a month (or year) wholly past, even when its last day is only days back: "وكان الشاهد الذي
    التقى ميركل في برلين منتصف الشهر الماضي" (Chahed, who met Merkel in Berlin in the middle of last month)."""
    after = [d for d in art.dates.get(i, []) if d.date is not None and 0 <= d.start - end <= EARLIER_TRIP_CHARS]
    if art.published is None or not after or any(end <= c.start < after[0].start for c in art.cues(i, "c:since")):
        return False  # "في زيارته الأولى لإسرائيل منذ توليه الرئاسة عام 2009": the year counts "since", not the trip
    last = period_end(after[0].date, after[0].precision)
    return last <= art.published - dt.timedelta(days=EARLIER_TRIP_DAYS) \
        or (after[0].precision in WHOLE_PERIODS and last < art.published)
