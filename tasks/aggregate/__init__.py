"""Aggregate: merge visit mentions (one article's account of a meeting) into visits
(one real-world meeting), then summarise topics per visit and per topic, and merge
summit mentions into summits. Pure functions on polars frames, one module per concern:

- ``clusters``: which mentions are one visit (spelling fallback, date windows, rules);
- ``visits``: one row per cluster (majority values, conflicts, counts, visit_id);
- ``topics``: ``visit_topics`` and ``topic_summary``;
- ``summits``: one row per summit;
- ``votes``: counting by articles, a near-copy counting as its original.
"""
from __future__ import annotations

import polars as pl

from tasks.aggregate.clusters import canonical_spellings, cluster_mentions
from tasks.aggregate.summits import summits_table
from tasks.aggregate.topics import topic_summary_table, visit_topics_table
from tasks.aggregate.visits import assign_visits, describe_cluster, summarise_visits
from tasks.identify import add_identifiers
from ziyarat import schemas

__all__ = ["ARTICLE_COLUMNS", "TOPIC_COLUMNS", "aggregate", "assign_visits", "canonical_spellings", "cited_articles", "cluster_mentions",
           "describe_cluster", "summarise_visits", "summits_table", "topic_summary_table", "visit_topics_table"]

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
              summit_mentions: pl.DataFrame | None = None) -> dict[str, pl.DataFrame]:
    """Visit mentions -> visits (merged across articles), plus visit_topics,
    topic_summary and summits (from summit_mentions). `mentions` and `quotes` are
    accepted for the stage interface; visits draw participants from the visit
    mentions themselves."""
    visit_mentions = schemas.conform("visit_mentions", visit_mentions)
    article_topics = schemas.conform("article_topics", article_topics, TOPIC_COLUMNS)
    topics = schemas.conform("topics", topics)
    summit_mentions = schemas.conform("summit_mentions", summit_mentions)
    articles = cited_articles(articles, visit_mentions, summit_mentions)

    vm, facts = assign_visits(articles, visit_mentions)
    visits = summarise_visits(facts, vm, articles, article_topics)
    vt = visit_topics_table(vm, articles, article_topics)
    summary = topic_summary_table(vt, visits, vm, articles, article_topics, topics)
    return add_identifiers({
        "visits": schemas.conform("visits", visits),
        "visit_mentions": schemas.conform("visit_mentions", vm),
        "visit_topics": schemas.conform("visit_topics", vt),
        "topic_summary": schemas.conform("topic_summary", summary),
        "topics": topics,
        "summits": summits_table(summit_mentions, vm, articles),
    })
