"""Aggregate: merge visit mentions (one article's account of a meeting) into visits
(one real-world meeting), then summarise topics per visit and per topic, and merge
summit mentions into summits. Pure functions on polars frames, one module per concern:

- ``clusters``: which mentions are one visit (spelling fallback, date windows, rules);
- ``visits``: one row per cluster (majority values, conflicts, counts, visit_id);
- ``topics``: ``visit_topics`` and ``topic_summary``;
- ``summits``: one row per summit;
- ``under_way``: an undated mention its article leaves open made reported when other
  articles report the visit under way on its publication day;
- ``votes``: counting by articles, a near-copy counting as its original;
- ``incremental``: which pairs of leaders a run has to cluster again (the others keep
  the rows the data dir holds).
"""
from __future__ import annotations

import polars as pl

from tasks.aggregate.clusters import canonical_spellings, cluster_mentions
from tasks.aggregate.summits import summits_table
from tasks.aggregate.under_way import corroborate, name_corroborating
from tasks.aggregate.topics import topic_summary_table, visit_topics_table
from tasks.aggregate.incremental import (HELD_TABLES, PAIRS, Held, held_mentions, held_visits, mentions_to_cluster,
                                         pair_digests, unchanged_pairs)
from tasks.aggregate.visits import (VISIT_ORDER, assign_visits, describe_cluster, link_visits, prepare_mentions,
                                    summarise_visits)
from tasks.identify import add_identifiers
from ziyarat import schemas

__all__ = ["ARTICLE_COLUMNS", "HELD_TABLES", "PAIRS", "TOPIC_COLUMNS", "Held", "aggregate", "assign_visits",
           "canonical_spellings", "cited_articles", "cluster_mentions", "describe_cluster", "summarise_visits",
           "summits_table", "topic_summary_table", "visit_topics_table"]

# what aggregate reads of the articles: their small columns, never the text
ARTICLE_COLUMNS = ("article_id", "source_file", "source", "published_date", "duplicate_of")
# what it reads of article_topics (not the evidence), and only the rows of articles
# with a visit mention: every summary joins the topics to the visit mentions
TOPIC_COLUMNS = ("article_id", "topic_id", "role", "score")


def cited_articles(articles: pl.DataFrame, visit_mentions: pl.DataFrame, summit_mentions: pl.DataFrame) -> pl.DataFrame:
    """The small columns (never the text) of the articles a visit or summit mention
    comes from: every table aggregate makes joins the articles to those mentions, so
    the others (most of a large database) would only be carried through its joins."""
    cited = pl.concat([visit_mentions["article_id"], summit_mentions["article_id"]]).unique()
    return (articles.select(ARTICLE_COLUMNS).filter(pl.col("article_id").is_in(cited.implode()))
            .select(pl.col(c).cast(schemas.TABLES["articles"][c]) for c in ARTICLE_COLUMNS))


def aggregate(articles: pl.DataFrame, mentions: pl.DataFrame, visit_mentions: pl.DataFrame,
              article_topics: pl.DataFrame, quotes: pl.DataFrame, topics: pl.DataFrame | None,
              summit_mentions: pl.DataFrame | None = None, held: Held | None = None) -> dict[str, pl.DataFrame]:
    """Visit mentions -> visits (merged across articles), plus visit_topics,
    topic_summary and summits (from summit_mentions), and the digest of each pair of
    leaders' inputs (PAIRS). With `held` (the tables the last run made, by this code)
    the pairs whose inputs did not change keep their held rows and only the others are
    clustered again: the tables are the same (see `incremental`). `mentions` and
    `quotes` are accepted for the stage interface; visits draw participants from the
    visit mentions themselves."""
    visit_mentions = schemas.conform("visit_mentions", visit_mentions)
    article_topics = schemas.conform("article_topics", article_topics, TOPIC_COLUMNS)
    topics = schemas.conform("topics", topics)
    summit_mentions = schemas.conform("summit_mentions", summit_mentions)
    articles = cited_articles(articles, visit_mentions, summit_mentions)

    prepared, spellings = prepare_mentions(articles, visit_mentions)
    pairs = pair_digests(prepared, spellings, articles, article_topics)
    # open references of a visit other articles report under way (a pair's own rows: its digest covers them)
    prepared = corroborate(prepared)
    keep = unchanged_pairs(pairs, held)
    vm, facts = link_visits(mentions_to_cluster(prepared, keep), spellings)
    vm = name_corroborating(vm)
    made = add_identifiers({"visits": schemas.conform("visits", summarise_visits(facts, vm, articles, article_topics)),
                            "visit_mentions": schemas.conform("visit_mentions", vm)})
    kept_visits, kept_topics = held_visits(held, keep) if held is not None else (None, None)
    kept_mentions = held_mentions(held, prepared, keep) if held is not None else None
    visits = _stack("visits", kept_visits, made["visits"]).sort(VISIT_ORDER, nulls_last=True)
    vm = pl.concat([*([kept_mentions] if kept_mentions is not None else []),
                    made["visit_mentions"].with_columns(vm["_row"])]).sort("_row").drop("_row")
    vt = _stack("visit_topics", kept_topics, visit_topics_table(made["visit_mentions"], articles, article_topics)
                ).sort("visit_id", "topic_id")
    return {
        "visits": visits,
        "visit_mentions": vm,
        "visit_topics": vt,
        "topic_summary": schemas.conform("topic_summary",
                                         topic_summary_table(vt, visits, vm, articles, article_topics, topics)),
        "topics": topics,
        "summits": summits_table(summit_mentions, vm, articles),
        PAIRS: pairs,
    }


def _stack(name: str, held: pl.DataFrame | None, made: pl.DataFrame) -> pl.DataFrame:
    """Held rows (when any) and rows made now, as one table."""
    made = schemas.conform(name, made)
    return pl.concat([schemas.conform(name, held), made]) if held is not None else made
