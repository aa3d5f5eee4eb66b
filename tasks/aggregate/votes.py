"""Counting by articles: each article votes once for a value, a near-copy
(`duplicate_of` set) voting as its original, and every disagreement is spelled out
for `visits.conflicts` instead of being dropped."""
from __future__ import annotations

from collections import defaultdict

import polars as pl


def original_ids(articles: pl.DataFrame) -> pl.DataFrame:
    """article_id -> `_orig`, the article it is a near-copy of (else itself)."""
    return articles.select("article_id", pl.coalesce("duplicate_of", "article_id").alias("_orig")).unique("article_id")


def plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def votes(pairs: list[tuple[object, str]]) -> list[tuple[object, int]]:
    """(value, article) pairs -> [(value, n distinct articles)], most supported first."""
    by_value: dict[object, set[str]] = defaultdict(set)
    for value, article in pairs:
        if value is not None:
            by_value[value].add(article)
    return sorted(((v, len(a)) for v, a in by_value.items()), key=lambda x: (-x[1], str(x[0])))


def conflict(label: str, votes: list[tuple[object, int]], fmt=str) -> str | None:
    """"date: 2023-03-14 (2 articles) vs 2023-03-15 (1 article)" when the votes differ."""
    if len(votes) < 2:
        return None
    return f"{label}: " + " vs ".join(f"{fmt(v)} ({plural(n, 'article')})" for v, n in votes)
