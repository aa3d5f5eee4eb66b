"""Aggregating again only where the inputs changed. Visit mentions are clustered
pair of leaders by pair (``clusters.cluster_mentions``), and a pair's visits depend
only on its own mentions: their columns and canonical spellings, their articles'
date, original and outlet, and those articles' topics. Each pair's inputs are
digested (one 64-bit hash of its rows, in their canonical order); a pair whose
digest is the one the data dir holds (``_visit_pairs``) keeps its held rows of
visits, visit_mentions and visit_topics, the other pairs are clustered again.
topic_summary and summits, small and across pairs, are rebuilt from the result.

A day's addition touches a few pairs; the tables are those of aggregating
everything (tests/test_aggregate_incremental.py; ``bench/scale.py --daily
--compare`` over 240k articles). Pure functions on polars frames; the flow reads the
held tables and passes them in (only when the code that made them is this code).
"""
from __future__ import annotations

from dataclasses import dataclass

import polars as pl

from tasks.aggregate.visits import source_key

PAIRS = "_visit_pairs"  # the data dir's table of pair digests: (pair, digest)
PAIR_SCHEMA = {"pair": pl.Utf8, "digest": pl.UInt64}
HELD_TABLES = ("visits", "visit_mentions", "visit_topics")


@dataclass(frozen=True)
class Held:
    """What the last run aggregated: its visits, visit_mentions and visit_topics
    tables and its pair digests."""

    visits: pl.DataFrame
    visit_mentions: pl.DataFrame
    visit_topics: pl.DataFrame
    pairs: pl.DataFrame


def pair_of(visitor: str | pl.Expr, host: str | pl.Expr) -> pl.Expr:
    """The unordered pair of leaders as one string (a cluster's `pair`, sorted)."""
    visitor = pl.col(visitor) if isinstance(visitor, str) else visitor
    host = pl.col(host) if isinstance(host, str) else host
    return (pl.when(visitor <= host).then(pl.concat_str([visitor, host], separator="\x1f"))
            .otherwise(pl.concat_str([host, visitor], separator="\x1f")))


def pair_digests(vm: pl.DataFrame, spellings: dict[str, str], articles: pl.DataFrame,
                 article_topics: pl.DataFrame) -> pl.DataFrame:
    """Per pair of leaders (`pair`), the digest of everything its visits are made
    from: the prepared mentions (visits.prepare_mentions) in their order, the
    spelling each raw name or city maps to, and per article its outlet and its
    topics (any order)."""
    topics = (article_topics.select("article_id", pl.struct("topic_id", "role", "score").hash().alias("_t"))
              .group_by("article_id").agg(pl.col("_t").sort()))
    looked_up = [pl.col(c).replace_strict(spellings, default=pl.col(c), return_dtype=pl.Utf8).alias(f"_spelt_{c}")
                 for c in ("visitor", "host", "city")]
    rows = (vm.with_columns(*looked_up, pair_of("_visitor", "_host").alias("_pair"))
            .join(source_key(articles), on="article_id", how="left", maintain_order="left")
            .join(topics, on="article_id", how="left", maintain_order="left")
            .sort("_row"))
    hashed = rows.select("_pair", rows.drop("_row", "_pair").hash_rows().alias("_h"))
    per_pair = hashed.group_by("_pair", maintain_order=True).agg("_h")
    return pl.DataFrame({"pair": per_pair["_pair"], "digest": per_pair.select("_h").hash_rows()}, schema=PAIR_SCHEMA)


def unchanged_pairs(pairs: pl.DataFrame, held: Held | None) -> pl.Series:
    """The pairs whose digest is the held one (none without held tables)."""
    if held is None:
        return pl.Series("pair", [], dtype=pl.Utf8)
    return pairs.join(held.pairs, on=["pair", "digest"], how="semi")["pair"]


def held_mentions(held: Held, vm: pl.DataFrame, keep: pl.Series) -> pl.DataFrame:
    """The held visit_mentions rows of the pairs kept, each with the `_row` of the
    prepared mention it was made from: a kept pair's mentions are the held ones in
    the same order (their digest says so), matched by their rank within the pair."""
    rank = pl.int_range(pl.len()).over("_pair").alias("_rank")
    pair_of_visit = held.visits.select("visit_id", pair_of("visitor", "host").alias("_pair"))
    rows = (held.visit_mentions.join(pair_of_visit, on="visit_id", how="left", maintain_order="left")
            .filter(pl.col("_pair").is_in(keep.implode())).with_columns(rank))
    now = (vm.select("_row", pair_of("_visitor", "_host").alias("_pair"))
           .filter(pl.col("_pair").is_in(keep.implode())).sort("_row").with_columns(rank))
    return rows.join(now, on=["_pair", "_rank"], how="inner").drop("_pair", "_rank")


def held_visits(held: Held, keep: pl.Series) -> tuple[pl.DataFrame, pl.DataFrame]:
    """The held visits and visit_topics rows of the pairs kept."""
    visits = held.visits.filter(pair_of("visitor", "host").is_in(keep.implode()))
    return visits, held.visit_topics.filter(pl.col("visit_id").is_in(visits["visit_id"].implode()))


def mentions_to_cluster(vm: pl.DataFrame, keep: pl.Series) -> pl.DataFrame:
    """The prepared mentions of the pairs not kept."""
    return vm.filter(~pair_of("_visitor", "_host").is_in(keep.implode()))
