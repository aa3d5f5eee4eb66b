"""Summits: summit_mentions merged by summit_id (series and year), with the leaders
met on its sidelines among its participants."""
from __future__ import annotations

from collections import defaultdict

import polars as pl

from tasks.aggregate.votes import original_ids, votes
from ziyarat import schemas


def summits_table(summit_mentions: pl.DataFrame, vm: pl.DataFrame, articles: pl.DataFrame) -> pl.DataFrame:
    """One row per summit (summit_id: its series and year): the name, city and
    country most articles give, the dates they give, every leader named as attending
    or meeting on its sidelines, the articles (a near-copy counting once in
    n_articles) and the first article's evidence."""
    if summit_mentions.height == 0:
        return schemas.empty("summits")
    orig = original_ids(articles)
    sm = summit_mentions.join(orig, on="article_id", how="left").with_columns(pl.col("_orig").fill_null(pl.col("article_id")))
    sideline = vm.filter(pl.col("summit_id").is_not_null() & (pl.col("kind") == "reported"))
    met: dict[str, list[str]] = defaultdict(list)
    for r in sideline.select("summit_id", "visitor", "host").sort("summit_id", "visitor", "host").iter_rows():
        met[r[0]] += [r[1], r[2]]
    rows = []
    for (sid,), g in sorted(sm.group_by(["summit_id"]), key=lambda kv: kv[0][0]):
        g = g.sort("article_id", "evidence_start")
        ms = g.to_dicts()
        vote = lambda col: next(iter(votes([(m[col], m["_orig"]) for m in ms])), (None, 0))[0]
        dates = [d for d in g["date"].to_list() if d is not None]
        people = [p for m in ms for p in (m["participants"] or [])] + met.get(sid, [])
        rows.append({"summit_id": sid, "name": vote("name"), "city": vote("city"), "country": vote("country"),
                     "start_date": min(dates) if dates else None, "end_date": max(dates) if dates else None,
                     "participants": sorted(set(people)), "article_ids": sorted(set(g["article_id"].to_list())),
                     "evidence": ms[0]["evidence"], "n_articles": g["_orig"].n_unique()})
    return schemas.conform("summits", rows)
