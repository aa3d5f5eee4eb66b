"""When an article was written, from its metadata or, failing that, from its text.

The article's time is what titles are resolved at (tasks.extract.entities) and, when it
is a known day, what weekdays and relative words (أمس, الثلاثاء) resolve against
(tasks.extract.dates); an office is never resolved at today's date.
"""
from __future__ import annotations

import bisect
import re
import datetime as dt
from dataclasses import dataclass, replace
from functools import cache

from tasks.extract.calendar import calendar_words, safe_date
from tasks.extract.dates import DateMention, find_dates
from tasks.extract.entities import titled_names
from tasks.extract.own_day import own_day
from tasks.extract.tense import verb_tense
from ziyarat.arabic import Folded, fold, fold_term, fold_with_map, sentence_spans
from ziyarat.leadership import real_offices
from ziyarat.lexicon import TITLE, Period, get_lexicon, grammar_words, tenure


@dataclass(frozen=True)
class ArticleTime:
    """When an article was written, as far as its metadata or its text tell.

    ``date`` with ``precision`` "day" is a known day (metadata, the day a day or two before
    it that the text calls today, or the latest full date in the text): weekdays and words
    like أمس (yesterday) resolve against it. Otherwise
    ``period`` bounds it (precision "span" with both ends, "since" with a lower bound
    only, "none" with nothing): titles resolve over the whole period, never at today's
    date. ``evidence`` is the text that fixed it."""

    date: dt.date | None
    precision: str  # day | span | since | none
    origin: str  # metadata | text | none
    period: Period
    evidence: str | None = None

    @property
    def day(self) -> dt.date | None:
        """The reference day for weekdays and relative words, when there is one."""
        return self.date if self.precision == "day" else None


def article_time(text: str, folded: Folded | None = None, published: dt.date | None = None,
                 terms: list[Period] | tuple = (), dates: list[DateMention] | None = None,
                 named: list[Period] | tuple = (), held: list[tuple[Period, ...]] | tuple = ()) -> ArticleTime:
    """The article's time: the publication day when the metadata has one, or the day a day or two
    before it that the text calls its own today ("اليوم الإثنين" in a story dated Tuesday:
    tasks.extract.own_day); else from the text, by one rule:

    * an article is written on or after every date it gives as past: the latest explicit
      date (day, month or year with its year written, Gregorian or Hijri) is a lower
      bound; a date in a future-tense sentence ("سيزور ... في آذار 2019") or followed by
      المقبل "next" is a plan, not evidence, and so is a date after the upper bound below;
    * a leader named with his title ("الرئيس المصري محمد مرسي", `terms`: the tenures of
      such titled names, from tasks.extract.entities.titled_terms) bounds the article to
      that tenure; several bound it to their overlap (none when they do not overlap);
    * the latest date is the article's day when it is a full date in the headline or the
      lead (the first LEAD_SENTENCES sentences: a dateline, "القاهرة، 14 آذار 2023", or the
      lead's event) and no other date or tenure contradicts it; a full date further down
      is often history ("حرب 6 أكتوبر 1973") and only bounds the article from below;
    * the people the article names in full (`named`: their office spans, from
      named_spans) narrow that period to the time all of them were in office, when they
      agree with it and with each other: an undated story naming "تيريزا ماي" (Theresa
      May, in office 2016-2019) and دونالد ترامب is from 2017-2019, so "ملكة بريطانيا" is
      Elizabeth II, not Charles III; one naming جمال عبد الناصر (1954-1970) beside a
      year 2019 is history and narrows nothing; people never in office together bound it
      from below by the latest of them to take office, and from above by the end of the
      terms of those in office then;
    * a titled leader's terms with a gap between them (`held`: each titled name's separate
      terms, from titled_tenures) leave out the gap: "رئيس وزراء اليابان شينزو آبي" (prime
      minister 2006-2007 and 2012-2020) beside باراك أوباما (2009-2017) is from 2012-2017.

    `dates` are find_dates(text, folded, None) when the caller has them."""
    if isinstance(published, dt.datetime):
        published = published.date()
    if folded is None:
        folded = fold_with_map(text)
    if published is not None:
        if (own := own_day(text, folded, published)) is not None:
            return ArticleTime(own[0], "day", "text", Period(own[0], own[0]), own[1])
        return ArticleTime(published, "day", "metadata", Period(published, published))
    lo, hi = _in_office(*_overlap(terms), held)
    if dates is None:
        dates = find_dates(text, folded, None)
    sents = sentence_spans(text)
    past = [d for d in dates if d.kind in ("absolute", "hijri") and not _planned(text, d, sents)
            and (hi is None or d.date <= hi)]
    latest = max(past, key=lambda d: (d.date, _RANK[d.precision]), default=None)
    if latest is not None and (lo is None or latest.date >= lo):
        if latest.precision == "day" and latest.start < _lead_end(text, sents):
            return ArticleTime(latest.date, "day", "text", Period(latest.date, latest.date), latest.surface)
        lo = latest.date
    agreed = _overlap([Period(lo, hi), *named])
    if agreed != (None, None):
        lo, hi = agreed
    elif newest := _latest_in_office(named, lo, hi):
        # never all in office together: the article is from the latest one's time on, to the end
        # of the terms of those then in office ("هاني الملقي", prime minister to June 2018, beside
        # his successor "عمر الرزاز": al-Razzaz's time; "مرسي" beside مانموهان سينغ and a recalled
        # "السادات", 1970-1981: Morsi's year, not from 2012 to now), unless he alone makes that
        # time later: the others in office then all held office, with more, at the time most of
        # them did, and that time is the article's (Morsi's hosts in New Delhi, "براناب موخرجي"
        # and "مانموهان سينغ", beside "زعيمة المعارضة سوشما سواراج", foreign minister only from
        # 2014 as Mukherjee still was: Morsi's year; a war of 2003 told with Bush, Blair and
        # Saddam Hussein beside Morsi and his prime minister stays Morsi's time)
        most = most_in_office(named, lo, hi)
        then = _holding(named, newest[0])
        lo, hi = most if most and len(then - _holding(named, most[0])) == 1 < len(then) else newest
    if lo is None and hi is None:
        return ArticleTime(None, "none", "none", Period())
    if (lead := lead_weekday_day(text, sents, lo, hi)) is not None:
        return ArticleTime(lead[0], "day", "text", Period(lead[0], lead[0]), lead[1])
    return ArticleTime(lo, "span" if lo is not None and hi is not None else "since", "text", Period(lo, hi),
                       latest.surface if latest is not None and latest.date == lo else None)


_RANK = {"year": 0, "month": 1, "day": 2}


def lead_weekday_day(text: str, sents: list[tuple[int, int]], lo: dt.date | None,
                     hi: dt.date | None) -> tuple[dt.date, str] | None:
    """The article's day from a weekday and a day of a month with no year in its headline or lead
    ("وصل ... صباح الأربعاء 6 فبراير", arrived on Wednesday 6 February), when the period
    (lo, hi) the titles and names give holds only one such day: Goodluck Jonathan's term
    (2010-2015) has one Wednesday 6 February, in 2013. Only a day a past verb tells: a bare
    imperfect or no verb ("يصل ... الثلاثاء 5 فبراير", arrives on Tuesday) is as often a day
    ahead; nor a plan: "المقبل" by it, or the same day told as a plan elsewhere in the lead
    ("ستبدأ الزيارة في 20 مارس ... يصل الأربعاء 20 مارس"). Two such days in the period (2013
    and 2019 for a term of 2009-2019) leave the article undated, and so do lead days that disagree."""
    if lo is None or hi is None:
        return None
    weekdays = calendar_words().weekdays
    yearless = [d for d in find_dates(text[:_lead_end(text, sents)], None, ANY_DAY)
                if d.kind == "absolute" and d.precision == "day" and not _YEAR.search(d.surface)]
    planned = {(d.date.month, d.date.day) for d in yearless if _planned(text, d, sents)}
    days = set()
    for d in yearless:
        wd = next((weekdays[w] for w in fold(d.surface).split()[:2] if w in weekdays), None)
        if wd is None or _told_tense(text, d, sents) != "past":
            continue
        if (d.date.month, d.date.day) in planned:
            return None
        fits = [day for y in range(lo.year, hi.year + 1)
                if (day := safe_date(y, d.date.month, d.date.day)) and lo <= day <= hi and day.weekday() == wd]
        if len(fits) != 1:
            return None
        days.add((fits[0], d.surface))
    return min(days) if len({day for day, _ in days}) == 1 else None


_YEAR = re.compile(r"\d{4}")
LEAD_SENTENCES = 2  # headline (or dateline) and first sentence


def _lead_end(text: str, sents: list[tuple[int, int]]) -> int:
    """Where the article's first LEAD_SENTENCES sentences end."""
    return sents[LEAD_SENTENCES - 1][1] if len(sents) >= LEAD_SENTENCES else len(text)


@cache
def _months_words(name: str) -> frozenset[str]:
    """A months.yaml word list, folded: future_words (المقبل "next" after a date makes it
    a plan), target_words (بحلول "by", رؤية "vision" before a year make it a target)."""
    return frozenset(fold_term(w) for w in get_lexicon().months.get(name) or ())


def _planned(text: str, d: DateMention, sents: list[tuple[int, int]]) -> bool:
    """A date of something to come: "المقبل" (next) right after it, a target word before
    it ("بحلول عام 2024", by 2024; "رؤية 2030"), or a future verb before it in its
    sentence ("سيزور ... في آذار 2019")."""
    after = fold(text[d.end:d.end + 30]).split()
    if after and after[0] in _months_words("future_words"):
        return True
    before = [w for w in fold(text[max(0, d.start - 30):d.start]).split() if w not in calendar_words().year_words]
    if before and before[-1] in _months_words("target_words"):
        return True
    return _told_tense(text, d, sents) == "future"


def _told_tense(text: str, d: DateMention, sents: list[tuple[int, int]]) -> str | None:
    """The tense of the verb before a date in its sentence (tense.verb_tense)."""
    i = bisect.bisect_right([s for s, _ in sents], d.start) - 1
    return verb_tense(text[sents[i][0] if i >= 0 else 0:d.start])


def named_spans(text: str, mentions) -> list[Period]:
    """The office spans (first day of any office to the last) of the people named in
    full in the article (person mentions resolved by name, tasks.extract.entities), or
    by a title of an office they held (the span of that office), or by a name opening with a monarch's rank
    (grammar.yaml monarch_ranks: "الملك تشارلز", the span of his reign), but not as former:
    "الرئيس الراحل جمال عبد الناصر" (the late president) or "مبارك المخلوع" (the ousted
    Mubarak) say nothing of when the article was written."""
    lex, out, seen = get_lexicon(), [], set()
    for m in mentions:
        if m.entity_type != "person" or (m.entity_id, m.resolved_by) in seen:
            continue
        offices = lex.people[m.entity_id].offices
        if m.resolved_by == "title":
            # a title standing for someone the article names ("ولي عهد أبوظبي" for محمد بن
            # زايد, crown prince until 2022): the span of his tenure in that office
            offices = [o for o in offices if (o.office, o.country) in _titles_in(m.surface)]
        elif fold_term(m.surface.split()[0]) in grammar_words("monarch_ranks"):
            # "الملك تشارلز" (King Charles): his reign, not the heir's years before it ("الأمير تشارلز")
            offices = [o for o in offices if o.office == "head_of_state"] or offices
        if offices and not marked_former(text, m, lex.block_after):
            seen.add((m.entity_id, m.resolved_by))
            out.append(tenure(offices))
    return out


def marked_former(text: str, m, words: frozenset[str] | None = None) -> bool:
    """A word right before or after the name (not past a comma: "برنامج إيران السابق، ترامب")
    says he no longer holds his office: grammar.yaml former_after ("الرئيس السابق حسني مبارك", the
    former president; "مبارك المخلوع", the ousted), or `words` (titles.yaml block_after, which
    also has "المنتخب", elect, and "آنذاك", then)."""
    before = text[max(0, m.start - 20):m.start].split()[-1:]
    near = [fold_term(w) for w in before if w[-1:] not in "،,.:;"] + \
        [fold_term(w.strip("،,.:")) for w in text[m.end:m.end + 20].split()[:1]]
    return any(w in (words if words is not None else grammar_words("former_after")) for w in near)


def offices_of_former(text: str, mentions) -> None:
    """An undated article's person it calls former ("الرئيس السابق حسني مبارك"; marked_former)
    holds no office at its time, as a dated article's would not on its day: "في إشارة إلى
    الرئيس السابق حسني مبارك ومعمر القذافي" (alluding to former president Mubarak and Gaddafi)
    is no meeting of two leaders. Empties each such person's mentions' offices in place."""
    former = {m.entity_id for m in mentions if m.entity_type == "person" and marked_former(text, m)}
    for m in mentions:
        if m.entity_type == "person" and m.entity_id in former:
            m.offices = []


ANY_DAY = dt.date(2000, 1, 3)  # a reference day for finding where date words are, never their value
DATE_GAP = 2  # a month name this close to a dated one is its other name: "فبراير شباط 2017" (February, Shubat 2017)


def unresolved_dates(text: str, folded: Folded, dates: list[DateMention]) -> list[DateMention]:
    """The date words an undated article names but cannot resolve, with no date: weekdays,
    "أمس" (yesterday), "12 يونيو" with no year (every date find_dates gives against some
    day that overlaps or touches none of `dates`, those it gives with no day). The meeting's date is
    the nearest date word to it even when unknown: in "عبرا الثلاثاء خلال قمتهما ... الاتفاق
    الموقع عام 2015" (said on Tuesday during their summit ... the 2015 agreement) the summit
    is Tuesday's, not 2015's."""
    spans = [(d.start - DATE_GAP, d.end + DATE_GAP) for d in dates]
    return [replace(d, date=None, end_date=None) for d in find_dates(text, folded, ANY_DAY)
            if not any(s < d.end and d.start < e for s, e in spans)]


def _titles_in(surface: str) -> set[tuple[str, str]]:
    """The (office, country) of the titles a mention's surface holds (a "leader" title's: either head's)."""
    return {(o, t.country) for _s, _e, _k, pls in get_lexicon().match(fold(surface))
            for kind, t, _w, _l in pls if kind == TITLE for o in real_offices(t.office)}


def offices_by_title(folded: Folded, mentions, period: Period) -> None:
    """An undated article's person holds, at its time, the offices its titles give him
    and those he held over the whole period, once it titles him at all: over an open
    period from 2017 "ولي العهد السعودي محمد بن سلمان" (the Saudi crown prince) is not
    the prime minister he became in 2022, nor "وزير الخارجية القطري" (Qatar's foreign
    minister) its later prime minister; a name with no title keeps every office of the
    period. Sets each such person mention's offices in place."""
    lex, titled = get_lexicon(), {}
    for t, pids in titled_names(folded):
        for pid in pids:
            titled.setdefault(pid, set()).update((o, t.country) for o in real_offices(t.office))
    for m in mentions:
        if m.entity_type == "person" and m.resolved_by == "title":
            titled.setdefault(m.entity_id, set()).update(_titles_in(m.surface))
    for m in mentions:
        if m.entity_type == "person" and titled.get(m.entity_id):
            kept = [o for o in lex.people[m.entity_id].offices_on(period)
                    if (o.office, o.country) in titled[m.entity_id] or o.covers(period)]
            m.offices = list(dict.fromkeys(o.office for o in kept))


def titled_tenures(folded: Folded) -> list[tuple[Period, ...]]:
    """The separate terms (first to last day) in the office of its title of each name the
    article titles (tasks.extract.entities.titled_names): the days it may be written on."""
    lex = get_lexicon()
    return [tuple(Period(o.start, o.end and o.end - dt.timedelta(days=1)) for pid in pids for o in lex.people[pid].offices
                  if o.office == t.office and o.country == t.country) for t, pids in titled_names(folded)]


def _in_office(lo: dt.date | None, hi: dt.date | None, held) -> tuple[dt.date | None, dt.date | None]:
    """(lo, hi) cut to the first and last day on which every one of `held` (a person's separate
    terms) was in office; unchanged when there is no such day or no (lo, hi) to cut."""
    if lo is None and hi is None:
        return lo, hi
    spans = [(lo or dt.date.min, hi or dt.date.max)]
    for terms in held:
        spans = [(max(a, t.start or a), min(b, t.end or b)) for a, b in spans for t in terms]
        spans = [(a, b) for a, b in spans if a <= b]
    if not spans:
        return lo, hi
    first, last = min(a for a, _ in spans), max(b for _, b in spans)
    return (None if first == dt.date.min else first), (None if last == dt.date.max else last)


def _latest_in_office(named, lo: dt.date | None, hi: dt.date | None) -> tuple[dt.date | None, dt.date | None] | None:
    """From the latest start of `named` (office spans) within (lo, hi) to the first end of those
    in office then; None when none starts by hi."""
    starts = [p.start for p in named if p.start is not None and (hi is None or p.start <= hi)]
    if not starts:
        return None
    lo = max(starts) if lo is None else max(lo, *starts)
    if ends := [p.end for p in named if p.end is not None and p.end >= lo and (p.start is None or p.start <= lo)]:
        hi = min(ends) if hi is None else min(hi, *ends)
    return lo, hi


def _holding(named, day: dt.date) -> set:
    """The distinct spans of `named` that cover `day`."""
    return {p for p in named if (p.start is None or p.start <= day) and (p.end is None or day <= p.end)}


def most_in_office(named, lo: dt.date | None, hi: dt.date | None) -> tuple[dt.date | None, dt.date | None] | None:
    """The days within (lo, hi) on which the most of `named` (office spans) cover, as (first,
    last): the latest such run of days on a tie; None when no span reaches into (lo, hi). A span
    given twice (a person named by name and by the title of his only office) counts once."""
    first, last = lo or dt.date.min, hi or dt.date.max
    spans = [(max(first, p.start or first), min(last, p.end or last)) for p in dict.fromkeys(named)]
    spans = [(a, b) for a, b in spans if a <= b]
    if not spans:
        return None
    edges = sorted({a for a, _ in spans} | {b + dt.timedelta(days=1) for _, b in spans if b < dt.date.max})
    best, run, held = 0, None, frozenset()
    for i, a in enumerate(edges):
        b = edges[i + 1] - dt.timedelta(days=1) if i + 1 < len(edges) else last
        if a > b:
            continue
        now = frozenset(j for j, (s, e) in enumerate(spans) if s <= a and b <= e)
        if now and len(now) >= best:
            # a run goes on while the same people hold office; a new maximum (or a later tie) starts one anew
            run = (run[0], b) if now == held and run is not None and run[1] + dt.timedelta(days=1) == a else (a, b)
            best, held = len(now), now
    lo_, hi_ = run
    return (None if lo_ == dt.date.min else lo_), (None if hi_ == dt.date.max else hi_)


def _overlap(terms) -> tuple[dt.date | None, dt.date | None]:
    """The days every term covers, as (first, last); (None, None) when none or disjoint."""
    lo = max((t.start for t in terms if t.start is not None), default=None)
    hi = min((t.end for t in terms if t.end is not None), default=None)
    if lo is not None and hi is not None and lo > hi:
        return None, None
    return lo, hi


__all__ = ["ArticleTime", "article_time", "marked_former", "most_in_office", "named_spans", "offices_by_title", "offices_of_former", "titled_tenures", "unresolved_dates"]
