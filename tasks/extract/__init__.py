"""Extract: entities, dates, visits, topics and quotes for a batch of articles.

One Python loop over the articles (each step inside is one Aho-Corasick pass or a
regex scan); the sentence-level visit and quote logic only runs on articles that
could hold them: visits need a leader and a second leader or a place, quotes need a
quotation mark.
"""
from __future__ import annotations

import bisect
import datetime as dt
import functools
import logging
from typing import Any, Callable, NamedTuple

import polars as pl

from tasks.extract import article_time as time_stage
from tasks.extract import dates as dates_stage
from tasks.extract import entities as entities_stage
from tasks.extract import home
from tasks.extract import quotes as quotes_stage
from tasks.extract import topics as topics_stage
from tasks.extract import visits as visits_stage
from tasks.extract.isolation import Failure, isolated, warn
from tasks.extract.visits.headline import headline_reader
from ziyarat import schemas
from ziyarat.arabic import QUOTE_MARKS, fold_with_map, sentence_spans
from ziyarat.settings import Settings

TABLES = ("mentions", "visit_mentions", "summit_mentions", "article_topics", "quotes")


MENTION_COLUMNS = ("article_id", "entity_id", "entity_type", "name_en", "name_ar", "surface", "start", "end",
                   "resolved_by", "sentence_start", "sentence_end")


def extract(articles: pl.DataFrame, failures: list[Failure] | None = None,
            strict: bool | None = None) -> dict[str, pl.DataFrame]:
    """mentions, visit_mentions (visit_id null), article_topics and quotes rows for
    every article (duplicates included: aggregate counts them once). An article whose
    extraction raises gets no row and its Failure goes to `failures` (isolation.py;
    logged here when the caller passes no list); `strict` (default
    Settings.strict_extract) raises instead."""
    if articles.height == 0:
        return {name: schemas.empty(name) for name in TABLES}
    strict = Settings().strict_extract if strict is None else strict
    failed: list[Failure] = [] if failures is None else failures
    out: dict[str, Any] = {name: [] for name in TABLES}
    # mentions are the big table (~6 per article): kept as tuples, not row dicts
    # the outlet (its bare titles' home) and the headline (a meeting's city the text lacks): both optional
    cols = ["article_id", "text"] + [c for c in ("published_date", "source", "title") if c in articles.columns]
    for row in articles.select(cols).iter_rows(named=True):
        isolated(row["article_id"], functools.partial(
            extract_article, row["article_id"], row["text"] or "", row.get("published_date"), out, row.get("source"),
            row.get("title")), out, failed, strict)
    if failures is None:
        warn(logging.getLogger(__name__), failed)
    mentions = out.pop("mentions")
    tables = {name: schemas.conform(name, rows or None) for name, rows in out.items()}
    tables["mentions"] = schemas.conform("mentions", pl.DataFrame(mentions, orient="row", schema={
        col: schemas.TABLES["mentions"][col] for col in MENTION_COLUMNS}) if mentions else None)
    return {name: tables[name] for name in TABLES}


class Reading(NamedTuple):
    """What every rule of an article reads: its folded text, sentences, time (publication
    day, else what its text tells), outlet's country, entities, and its dates (or a
    function that finds them, called only if a rule asks)."""

    folded: Any
    sents: list[tuple[int, int]]
    time: time_stage.ArticleTime
    published: dt.date | None
    home: str | None
    ents: list
    dates: list | Callable[[], list]


def read_article(text: str, published: dt.date | None, source: str | None = None) -> Reading:
    """One article's reading, as extract_article and `ziyarat explain` both need it."""
    if isinstance(published, dt.datetime):
        published = published.date()
    folded = fold_with_map(text)
    sents = sentence_spans(text)
    # the article's time: its publication day, else what its dates and titled names tell
    # (titles resolve over that period; weekdays and أمس only against a known day)
    explicit_dates = dates_stage.find_dates(text, folded, None) if published is None else None
    time = time_stage.article_time(text, folded, published,
                                   entities_stage.titled_terms(folded) if published is None else (), explicit_dates,
                                   time_stage.named_spans(text, entities_stage.find_mentions(text, folded, None))
                                   if published is None else (),
                                   time_stage.titled_tenures(folded) if published is None else ())
    published = time.day
    home_country = home.outlet_country(source) or home.dateline_home(text)
    ents = entities_stage.find_mentions(text, folded, time.period, home_country)
    if published is None:
        time_stage.offices_by_title(folded, ents, time.period)
        time_stage.offices_of_former(text, ents)
    # the dates are found only if a rule asks for one (~7% of the articles that may hold a visit);
    # undated, the weekdays and yearless days are there with no value (article_time.unresolved_dates)
    dates = sorted(explicit_dates + time_stage.unresolved_dates(text, folded, explicit_dates), key=lambda d: d.start) \
        if published is None and explicit_dates is not None \
        else functools.partial(dates_stage.find_dates, text, folded, published)
    return Reading(folded, sents, time, published, home_country, ents, dates)


def extract_article(article_id: str, text: str, published: dt.date | None, out: dict[str, Any],
                    source: str | None = None, title: str | None = None) -> None:
    """Append one article's rows to ``out`` (row lists per table: dicts, but
    tuples in MENTION_COLUMNS order for mentions); `source` is the outlet, `title`
    its headline (read only for a reported meeting the text gives no city)."""
    if not text:
        return
    r = read_article(text, published, source)
    folded, sents, ents, published = r.folded, r.sents, r.ents, r.published
    starts = [s for s, _ in sents]
    for m in ents:
        s, e = _sentence_of(sents, starts, m.start)
        out["mentions"].append((article_id, m.entity_id, m.entity_type, m.name_en, m.name_ar,
                                m.surface, m.start, m.end, m.resolved_by, s, e))
    visits: list[dict] = []
    if visits_stage.may_hold_visit(ents):
        head = title_mentions(title, r)
        visits, summits = visits_stage.find_visits_and_summits(text, sents, ents, r.dates, published, r.time.period,
                                                               r.home, headline_of(title, r, head))
        title_cities(visits, title, r, head)
        out["visit_mentions"].extend({"article_id": article_id, **v} for v in visits)
        out["summit_mentions"].extend({"article_id": article_id, **s} for s in summits)
    out["article_topics"].extend(
        {"article_id": article_id, **t} for t in topics_stage.find_topics(text, folded, sents, visits, ents))
    if any(c in text for c in QUOTE_MARKS):
        out["quotes"].extend({"article_id": article_id, **q} for q in quotes_stage.find_quotes(text, sents, ents))


def title_mentions(title: str | None, r: Reading) -> Callable[[], list]:
    """The headline's entities, found the first time a step asks and then kept: the visit rules
    (visits.headline) and title_cities share them."""
    return functools.cache(lambda: entities_stage.find_mentions(title, fold_with_map(title), r.time.period, r.home))


def headline_of(title: str | None, r: Reading, mentions: Callable[[], list] | None = None) -> Callable[[], Any]:
    """The headline read as the text is (its entities found only when a rule asks: visits.headline)."""
    mentions = mentions or title_mentions(title, r)
    return headline_reader(title, lambda _t: mentions(), r.published, r.time.period, r.home)


def title_cities(visits: list[dict], title: str | None, r: Reading, mentions: Callable[[], list] | None = None) -> None:
    """A reported meeting the text gives no city takes the one its headline gives
    (visits.title_city); the headline's entities are found only then (once, with `mentions`
    shared with headline_of). The run and `ziyarat explain` both call this."""
    if title and any(v["kind"] == "reported" and v["city"] is None for v in visits):
        title_ents = (mentions or title_mentions(title, r))()
        visits_stage.title_cities(visits, title, title_ents, r.published, r.time.period, r.home)


def _sentence_of(sents: list[tuple[int, int]], starts: list[int], pos: int) -> tuple[int | None, int | None]:
    i = bisect.bisect_right(starts, pos) - 1
    if i < 0:
        return None, None
    return sents[i]
