"""Topics per visit (`visit_topics`) and per topic (`topic_summary`), counted by
reporting articles, a near-copy counting as its original."""
from __future__ import annotations

import polars as pl

from tasks.aggregate.votes import original_ids
from tasks.extract.topics import SCORE_DECIMALS

SCORE_SCALE = 10 ** SCORE_DECIMALS  # an article_topics.score in these units is an integer


def visit_topics_table(vm: pl.DataFrame, articles: pl.DataFrame, article_topics: pl.DataFrame) -> pl.DataFrame:
    """One row per (visit, topic): distinct reporting articles, mean article score, role.

    An article's topic counts once (its best score; agenda if any of its rows says
    agenda); near-duplicate articles count as their original."""
    orig = original_ids(articles)
    reporting = vm.filter(pl.col("kind") == "reported").select("visit_id", "article_id").unique() \
        .join(orig, on="article_id", how="left").with_columns(pl.col("_orig").fill_null(pl.col("article_id")))
    per_article = (
        reporting.join(article_topics.select("article_id", "topic_id", "role", "score"), on="article_id")
        .group_by("visit_id", "_orig", "topic_id")
        .agg(pl.col("score").max(), (pl.col("role") == "agenda").any().alias("_agenda"))
    )
    return (
        per_article.group_by("visit_id", "topic_id").agg(
            pl.len().cast(pl.Int64).alias("n_articles"),
            # in units of the article scores' last decimal: an exact integer sum, so
            # the same rows give the same mean whichever order (or run) brought them
            ((pl.col("score") * SCORE_SCALE).round().cast(pl.Int64).sum() / (pl.len() * SCORE_SCALE))
            .round(4).alias("score"),
            pl.col("_agenda").sum().cast(pl.Int64).alias("n_agenda_articles"),
            (~pl.col("_agenda")).sum().cast(pl.Int64).alias("n_context_articles"),
        )
        .with_columns(pl.when(pl.col("n_agenda_articles") > 0).then(pl.lit("agenda")).otherwise(pl.lit("context")).alias("role"))
        .sort("visit_id", "topic_id")
    )


def topic_summary_table(visit_topics: pl.DataFrame, visits: pl.DataFrame, vm: pl.DataFrame,
                        articles: pl.DataFrame, article_topics: pl.DataFrame, topics: pl.DataFrame) -> pl.DataFrame:
    """Per topic that appears at some visit: how many visits and articles, when first/last."""
    orig = original_ids(articles)
    art_counts = (
        vm.filter(pl.col("kind") == "reported").select("article_id").unique()
        .join(article_topics.select("article_id", "topic_id"), on="article_id")
        .join(orig, on="article_id", how="left").with_columns(pl.col("_orig").fill_null(pl.col("article_id")))
        .group_by("topic_id").agg(pl.col("_orig").n_unique().cast(pl.Int64).alias("n_articles"))
    )
    return (
        visit_topics.join(visits.select("visit_id", "start_date"), on="visit_id", how="left")
        .group_by("topic_id").agg(
            pl.col("visit_id").n_unique().cast(pl.Int64).alias("n_visits"),
            pl.col("start_date").min().alias("first_date"),
            pl.col("start_date").max().alias("last_date"),
            pl.col("visit_id").unique().sort().alias("visit_ids"),
            (pl.col("role") == "agenda").sum().cast(pl.Int64).alias("n_agenda_visits"),
        )
        .join(art_counts, on="topic_id", how="left")
        .join(topics.select("topic_id", "label_en"), on="topic_id", how="left")
        .with_columns(pl.col("n_articles").fill_null(0))
        .sort("topic_id")
    )
