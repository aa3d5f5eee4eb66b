"""Days told respectively: "العبادي وتميم، اللذان زارا تركيا الثلاثاء والأربعاء" (Abadi and Tamim, who visited
Turkey on Tuesday and Wednesday) gives each visitor the day of his rank in the list, Abadi the Tuesday, Tamim the
Wednesday, not the first day to both (timing.event_date takes the nearest)."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

from tasks.extract.visits.article import Article, Candidate
from tasks.extract.visits.leaders import pid
from tasks.extract.visits.triggers import trigger_spec
from ziyarat.arabic import WA
from ziyarat.lexicon import grammar_words, trigger_words
from ziyarat.matching import Hit

DAY_LIST_CHARS = 40  # from the trip word over its goal to the first day of the list: "زارا تركيا الثلاثاء"


def respective_day(art: Article, i: int, c: Candidate) -> Candidate:
    """Candidate c, its date matched in order to its visitor's rank: the n persons named before its trip word (an
    arrival or visit word), joined by "و" (and) with no trip word between, are its subject, and n days joined by
    "و" follow it, the first of them the date event_date gave (c.date_evidence): the visitor of rank k has the k-th
    day. Not a day list after a span noun ("يومي الثلاثاء والأربعاء", on the two days: grammar.yaml
    day_span_nouns), nor one of another length than the list: "زار أردوغان سلوفاكيا الثلاثاء والأربعاء" (Erdogan
    visited Slovakia on Tuesday and Wednesday) is one two-day visit, its first day the date."""
    h = c.hit
    if c.date is None or c.precision != "day" or trigger_spec(h.group)["role"] not in ("arrive", "visit"):
        return c
    days = _day_list(art, i, h)
    if len(days) < 2 or days[0].surface != c.date_evidence or any(d.date is None for d in days):
        return c
    visitors = _visitor_list(art, i, h)
    if len(visitors) != len(days) or pid(c.visitor) not in visitors:
        return c
    own = days[visitors.index(pid(c.visitor))]
    gap = own.date - days[0].date
    if own.kind == "weekday":  # each weekday resolved alone may fall a week off: the list runs forward
        gap = dt.timedelta(days=(own.date.weekday() - days[0].date.weekday()) % 7)
    return replace(c, date=c.date + gap, date_evidence=own.surface)


def _day_list(art: Article, i: int, h: Hit) -> list:
    """The day dates right after trip word h, each after the one before and "و" (and) alone: "الثلاثاء والأربعاء"."""
    after = [d for d in art.dates.get(i, []) if d.start >= h.end and d.precision == "day"]
    if not after or after[0].start - h.end > DAY_LIST_CHARS:
        return []
    before = art.folded_slice(max(art.sentences[i][0], after[0].start - 12), after[0].start).split()
    if before and before[-1].removeprefix(WA) in grammar_words("day_span_nouns"):
        return []  # "يومي الثلاثاء والأربعاء" (on Tuesday and Wednesday both): one span
    days = [after[0]]
    for d in after[1:]:
        if art.folded_slice(days[-1].end, d.start).strip() != WA:
            break
        days.append(d)
    return days


def _visitor_list(art: Article, i: int, h: Hit) -> list[str]:
    """The distinct persons (pids, in order; a leader or not: each takes his day) named before trip word h in sentence i, joined by "و" (and), with no
    other trip word nor a full stop between the first of them and h."""
    named = [m for m in art.persons.get(i, []) if m.end <= h.start]
    if not named or any(t.group.startswith("t:") and named[0].start <= t.start < h.start for t in art.by_sent.get(i, ())):
        return []
    out: list[str] = []
    for m in named:
        if pid(m) in out:
            continue
        if out and not _joined(art, prev_end, m):
            return []  # a second leader not joined by "و": no list
        out.append(pid(m))
        prev_end = m.end
    return out


def _joined(art: Article, lo: int, m: Any) -> bool:
    """Leader mention m is joined by "و" (and) to the one ending at lo: glued to his name ("وتميم") or to a title
    before it ("وأمير دولة قطر", "والرئيس", "ونظيره"; grammar.yaml masculine_titles, with a feminine -a folded off)."""
    if art.folded_slice(m.start, m.end).startswith(WA) or art.folded_slice(max(lo, m.start - 1), m.start) == WA:
        return True
    titles = grammar_words("masculine_titles") | trigger_words("counterpart")
    return any(w.startswith(WA) and (w[1:] in titles or w[1:].removesuffix("\u0647") in titles)
               for w in art.folded_slice(lo, m.start).split())
