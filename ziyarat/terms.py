"""People's offices and terms: a Period of days, an Office held over one, a Person holding offices, a tenure's
span. The lexicon (ziyarat.lexicon) builds them from people.yaml; extract reads who held what when."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class Period:
    """The days an article may be from, both ends inclusive; None is an open end
    (start: no lower bound known, end: up to now). Period(d, d) is one known day."""

    start: dt.date | None = None
    end: dt.date | None = None


@dataclass(frozen=True)
class Office:
    office: str
    country: str
    start: dt.date | None
    end: dt.date | None  # the first day out of office (None: still in office)

    def active(self, when: dt.date | Period | None) -> bool:
        """Held on the day `when`; for a Period, held on some day of it; None (no time
        known at all): ever held."""
        if when is None:
            return True
        if isinstance(when, Period):
            return (self.start is None or when.end is None or self.start <= when.end) \
                and (self.end is None or when.start is None or when.start < self.end)
        return (self.start is None or self.start <= when) and (self.end is None or when < self.end)

    def covers(self, period: Period) -> bool:
        """Held on every day of the period (an open end is covered only by an open term)."""
        return (self.start is None or (period.start is not None and self.start <= period.start)) \
            and (self.end is None or (period.end is not None and period.end < self.end))


@dataclass(frozen=True)
class Person:
    id: str
    name_en: str
    name_ar: str
    country: str | None
    offices: tuple[Office, ...]
    # every word of every spelling, folded: "حامد" and "كرزاي" for Hamid Karzai, so a
    # given name before his bare surname can be told from a relative's ("جمال مبارك")
    name_words: frozenset[str] = frozenset()
    female: bool = False  # people.yaml "female: true": what a feminine title may name

    def offices_on(self, when: dt.date | Period | None) -> list[Office]:
        """Offices held on a day, at some time in a period, or ever (None)."""
        return [o for o in self.offices if o.active(when)]


def tenure(offices) -> Period:
    """First day of the first office to the last day of the last (None: open): the span
    of a person's terms, or of his terms in one office."""
    first = None if any(o.start is None for o in offices) else min(o.start for o in offices)
    last = None if any(o.end is None for o in offices) else max(o.end for o in offices) - dt.timedelta(days=1)
    return Period(first, last)
