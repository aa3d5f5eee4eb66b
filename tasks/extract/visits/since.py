"""The since-clause: "منذ" (mundhu, since) opens a clause or a noun phrase whose date is the start of a
period, not the meeting's: "أول زيارة رئاسية منذ بدأت العلاقات ... عام 1957" (the first presidential visit
since relations began in 1957), "التقى مون كيم في المنطقة التي تفصل البلدين منذ وقف إطلاق النار بينهما سنة
1953" (met in the zone that has divided the two since their ceasefire in 1953). Read by timing.event_date and
clauses.past_span_nearest."""
from __future__ import annotations

from typing import Any

from tasks.extract.tense import verb_tense
from tasks.extract.visits.article import Article
from ziyarat.matching import Hit


SINCE_CLAUSE_CHARS = 70  # how far a since-clause may run to its date
SINCE_PHRASE_CHARS = 40  # ... and a noun phrase after منذ to a count of units ago


def date_follows(cue: Hit, d: Any, gap: int = 20) -> bool:
    """The date comes right after the cue (or the cue is inside the date's surface)."""
    return cue.start <= d.start + 5 and d.start - cue.end <= gap


def closes_since(art: Article, i: int, cue: Hit, d: Any, after: int | None = None) -> bool:
    """The date ends a verb clause opened by منذ, with no comma and no meeting word
    between: "أول زيارة رئاسية منذ بدأت العلاقات الدبلوماسية بين البلدين عام 1957" (the
    first presidential visit since relations began in 1957) dates the relations; so does
    a count of units ago ending its noun phrase: "منذ نهاية الحرب الكورية قبل 65 عاما"
    (since the end of the Korean war 65 years ago). Another noun phrase after منذ ("منذ
    دخول قواتها إلى سوريا عام 2015", since its forces entered Syria in 2015) may set the
    time a later "آنذاك" (then) points back to: not this rule's, unless the منذ trails the meeting word (its end
    `after`): "التقى مون كيم في المنطقة التي تفصل البلدين منذ وقف إطلاق النار بينهما سنة 1953" dates the
    ceasefire."""
    if not 0 <= d.start - cue.end <= SINCE_CLAUSE_CHARS:
        return False
    gap = art.text[cue.end:d.start]
    if any(ch in gap for ch in "،,.:؛") or art.near("triggers", i, cue.end, d.start):
        return False
    return verb_tense(" ".join(gap.split()[:2])) is not None or (d.kind == "ago" and d.start - cue.end <= SINCE_PHRASE_CHARS) \
        or after is not None and cue.start >= after
