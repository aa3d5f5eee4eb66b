"""A part of the day that names no day: "بعد الظهر" (ba'd al-zuhr, in the afternoon), "هذا المساء" (this
evening), months.yaml bare_day_parts. tasks.extract.dates reads it as the publication day, as "اليوم" (today)
is, and keeps it only in a sentence that names no other day or week: "يجتمع بنظيره في فترة بعد الظهر"
(meets his counterpart in the afternoon) is today's meeting, "يجتمع الأربعاء عند الثالثة بعد الظهر" (meets
on Wednesday at three in the afternoon) Wednesday's, and there the part is no date of its own."""
from __future__ import annotations

import bisect
from typing import Any

from ziyarat.arabic import SENTENCE_END_MARKS, fold_term


def bare_parts_alone(parts: frozenset[str], text: str, dates: list[Any]) -> list[Any]:
    """The date mentions of text (tasks.extract.dates.DateMention) less each bare part of the day (folded
    `parts`) whose sentence names another date of a day or a week."""
    bare = {id(d) for d in dates if d.kind == "relative" and fold_term(d.surface) in parts}
    if not bare:
        return dates
    ends = [k for k, ch in enumerate(text) if ch in SENTENCE_END_MARKS or ch == "\n"]
    named = {bisect.bisect_left(ends, d.start) for d in dates if id(d) not in bare and d.precision in ("day", "week")}
    return [d for d in dates if id(d) not in bare or bisect.bisect_left(ends, d.start) not in named]
