"""An undated article's own day word in a candidate's sentence: a weekday or a relative day with no
value (the article gives none to count from), not one told ahead. Read by visits.aside and visits.remarks:
such a day makes the visit dated news, as a dated article's day would."""
from __future__ import annotations

from typing import Any

from tasks.extract.article_time import ANY_DAY
from tasks.extract.calendar import calendar_words
from tasks.extract.dates import find_dates
from tasks.extract.visits.article import Article, Candidate
from ziyarat.arabic import fold_with_map


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
