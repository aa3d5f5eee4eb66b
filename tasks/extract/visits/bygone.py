"""Titles a meeting's own date puts outside their holder's term: an anecdote of long ago told with a bare title.

A title with no name ("الرئيس المصري", the Egyptian president) resolves to the holder at the article's time, and an
unnamed host to the visited country's leader then; in "زار الرئيس المصري القدس عام 1977" (the Egyptian president
visited Jerusalem in 1977) the year says the title is someone else (the lexicon's terms begin in 2005): such a
meeting is nobody's we can name, so its candidate goes. So does a later meeting verb of the same sentence, with no
date of its own, that shares the title ("... عام 1977 والتقى رئيس الوزراء الإسرائيلي", and met the Israeli prime
minister): it goes on the trip of that year. A named leader keeps his rows (his own name dates nothing away),
but an undated meeting verb joined by "و" to a past visit verb of the sentence dated long ago goes on that trip
too: "وزار نجاد القاهرة قبل خمسة أعوام والتقى مرسي" (visited Cairo five years ago and met Morsi) is no news."""
from __future__ import annotations

import datetime as dt
from typing import Any

from tasks.extract.visits.article import Article, Candidate
from tasks.extract.visits.leaders import leader_offices, pid
from tasks.extract.visits.triggers import trigger_spec
from tasks.extract.visits.timing import period_end
from ziyarat.lexicon import Period, get_lexicon

UNNAMED = ("title", "country")  # a bare title; the visited country's leader the sentence does not name
LONG_AGO = dt.timedelta(days=365)  # a trip dated a year or more before the article's day is history, not news


def out_of_term(art: Article, cands: list[Candidate]) -> list[Candidate]:
    """cands without those whose dated meeting an unnamed party did not lead then, and the later undated ones of
    their sentence that share that party's title, when the date is the earlier trip's own (_dates_trip)."""
    gone = [c for c in cands if any(_unheld(c, m) for m in (c.visitor, c.host))]
    if not gone:
        return cands
    titles = {(c.sentence, m.start): c for c in gone for m in (c.visitor, c.host)
              if getattr(m, "resolved_by", None) == "title" and _unheld(c, m)}
    return [c for c in cands if c not in gone and not (c.date is None and any(
        getattr(m, "resolved_by", None) == "title" and (c.sentence, m.start) in titles
        and _dates_trip(art, titles[(c.sentence, m.start)], c) for m in (c.visitor, c.host)))]


def _dates_trip(art: Article, old: Candidate, c: Candidate) -> bool:
    """old's date stands between old's trigger and c's, in old's clause (no comma before it): "زار ... إسرائيل عام
    1977 والتقى" (visited Israel in 1977 and met); not an aside between commas: "وصل رئيس الوزراء، المولود عام
    1949، إلى القاهرة والتقى" (the prime minister, born in 1949, arrived in Cairo and met) tells the day's trip."""
    if not old.date_evidence or old.hit.start >= c.hit.start:
        return False
    pos = art.text.find(old.date_evidence, old.hit.end, c.hit.start)
    return pos >= 0 and not any(ch in "\u060c,;:" for ch in art.text[old.hit.end:pos])


def _unheld(c: Candidate, m: Any) -> bool:
    """m stands for a holder by title or country, and held no leader's office on any day of c's stated date."""
    if c.date is None or c.precision not in ("day", "month", "year") or getattr(m, "resolved_by", "name") not in UNNAMED:
        return False
    p = get_lexicon().people.get(m.entity_id)
    when = Period(c.date if c.precision == "day" else _period_start(c.date, c.precision), period_end(c.date, c.precision))
    return p is not None and not any(o.office in leader_offices() for o in p.offices_on(when))


def _period_start(date: dt.date, precision: str) -> dt.date:
    return dt.date(date.year, 1, 1) if precision == "year" else date.replace(day=1)


def joined_to_old_trip(art: Article, cands: list[Candidate]) -> None:
    """Make referenced, with the trip's date, each reported undated meeting verb of a sentence that a "و" (and)
    joins to an earlier past visit verb of the same pair dated LONG_AGO before the article's day (_dates_trip)."""
    published = art.published
    if published is None:
        return
    for c in cands:
        if c.kind != "reported" or c.date is not None or c.future or "\u0648" not in c.hit.prefix \
                or not trigger_spec(c.hit.group).get("tense"):
            continue
        pair = {pid(c.visitor), pid(c.host)}
        old = next((o for o in cands if o.sentence == c.sentence and _dates_trip(art, o, c) and o.kind == "referenced"
                    and not o.planned and o.date is not None and trigger_spec(o.hit.group).get("tense") == "past"
                    and period_end(o.date, o.precision) < published - LONG_AGO
                    and {pid(o.visitor), pid(o.host)} == pair), None)
        if old is not None:
            c.kind, c.date, c.end_date, c.precision, c.date_evidence = \
                "referenced", old.date, old.end_date, old.precision, old.date_evidence
