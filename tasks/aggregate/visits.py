"""Visits: one row per cluster of visit mentions (see `clusters`), with the values
most reporting articles give and every disagreement that survives the merge in
`visits.conflicts`, never dropped.

A visit's `setting` (visit | third_country | summit_sideline) and `summit_id` are the
ones most reporting articles give.

Counting: `n_articles` counts distinct reporting articles, a near-duplicate
(`duplicate_of` set) counting as its original; `article_ids` still lists every
reporting article, copies included, so each can be looked up. `n_sources` counts
distinct outlets: `articles.source`, or when that is null the first component of
`source_file` (the folder or archive the file came from; a loose top-level file
counts as its own outlet). `n_references` counts distinct articles referencing it.

visit_id = "v_" + sha1("visitor|host|city|anchor")[:12], the anchor being the
earliest day-precision start date (else "YYYY-MM" / "YYYY", else
"published:YYYY-MM-DD", else "undated"), so it is stable across runs and machines.
"""
from __future__ import annotations

import hashlib
from collections import Counter

import polars as pl

from tasks.aggregate.clusters import PRECISION_RANK, Cluster, canonical_spellings, cluster_mentions, interval
from tasks.aggregate.votes import conflict, plural, votes
from ziyarat import schemas


# what clustering and describe_cluster read of a prepared visit mention (a dict per
# row: the other columns, the identifiers and the evidence's context, would only be copied)
CLUSTER_COLUMNS = ("_row", "article_id", "kind", "setting", "summit_id", "visitor", "host", "city", "country", "date",
                   "end_date", "date_precision", "visit_type", "announced", "participants", "confidence", "evidence",
                   "evidence_start", "_published", "_orig", "_visitor", "_host", "_city")


VISIT_ORDER = ("start_date", "visitor", "host", "city", "visit_id")  # the visits table's row order


def _visit_id(visitor: str, host: str, city: str | None, anchor: str) -> str:
    return "v_" + hashlib.sha1(f"{visitor}|{host}|{city or ''}|{anchor}".encode()).hexdigest()[:12]


def _fmt_range(v) -> str:
    lo, hi = v
    return lo.isoformat() if lo == hi else f"{lo.isoformat()}..{hi.isoformat()}"


def describe_cluster(c: Cluster, spellings: dict[str, str]) -> dict:
    """The visits-table facts of one cluster: majority values plus every disagreement."""
    reported = [m for m in c.members if m["kind"] == "reported"]
    voters = reported or c.members  # references speak only when no article reports the visit
    conflicts: list[str] = []

    # who visited whom: reports decide, references (same meeting) break ties and
    # count as disagreement when they have the roles the other way round
    order_votes = votes([((m["_visitor"], m["_host"]), m["_orig"]) for m in c.members])
    reported_orders = dict(votes([((m["_visitor"], m["_host"]), m["_orig"]) for m in voters]))
    visitor, host = min((o for o, _ in order_votes), key=lambda o: (-reported_orders.get(o, 0), -dict(order_votes)[o], o))
    conflicts.append(conflict("roles", order_votes, lambda o: f"{o[0]} visiting {o[1]}"))

    city_votes = votes([(m["_city"], m["_orig"]) for m in voters]) or votes([(m["_city"], m["_orig"]) for m in c.members])
    city = city_votes[0][0] if city_votes else None
    conflicts.append(conflict("city", city_votes))

    country_votes = votes([(m["country"], m["_orig"]) for m in voters]) or votes([(m["country"], m["_orig"]) for m in c.members])
    country = country_votes[0][0] if country_votes else None
    conflicts.append(conflict("country", country_votes))

    # dates: the finest precision available, among reports when there are any
    dated = [m for m in voters if m["_lo"] is not None] or [m for m in c.members if m["_lo"] is not None]
    start = end = precision = None
    if dated:
        best = min(PRECISION_RANK.get(m["date_precision"] or "day", 0) for m in dated)
        precision = next(p for p, r in PRECISION_RANK.items() if r == best)
        finest = [m for m in dated if PRECISION_RANK.get(m["date_precision"] or "day", 0) == best]
        start, end = min(m["_lo"] for m in finest), max(m["_hi"] for m in finest)
        if precision == "day":
            conflicts.append(conflict("date", votes([((m["_lo"], m["_hi"]), m["_orig"]) for m in finest]), _fmt_range))
        else:
            fmt = (lambda v: v.strftime("%Y-%m")) if precision == "month" else (lambda v: str(v.year))
            conflicts.append(conflict("date", votes([(fmt(m["_lo"]), m["_orig"]) for m in finest])))

    setting_votes = votes([(m.get("setting"), m["_orig"]) for m in voters])
    conflicts.append(conflict("setting", setting_votes))
    summit_votes = votes([(m.get("summit_id"), m["_orig"]) for m in c.members])

    type_votes = votes([(m["visit_type"], m["_orig"]) for m in voters])
    conflicts.append(conflict("visit_type", type_votes))
    ann_votes = votes([(m["announced"], m["_orig"]) for m in voters])
    conflicts.append(conflict("announced", ann_votes, lambda b: "announced" if b else "unannounced"))

    # spelling variants folded onto a canonical name are reported, not hidden
    for raw_field, canon_field in (("visitor", "_visitor"), ("host", "_host"), ("city", "_city")):
        variants = votes([(m[raw_field], m["_orig"]) for m in c.members if m[raw_field] and m[raw_field] != m[canon_field]])
        for v, n in variants:
            conflicts.append(f"spelling: {v} ({plural(n, 'article')}) read as {spellings.get(v, v)}")

    if start is not None:
        anchor = start.isoformat() if precision == "day" else start.strftime("%Y-%m") if precision == "month" else str(start.year)
    else:
        anchor = c.undated_key or "undated"
    participants = {visitor, host}
    for m in c.members:
        participants.update(p for p in (m.get("participants") or []) if p)
    return {
        "setting": setting_votes[0][0] if setting_votes else None,
        "summit_id": summit_votes[0][0] if summit_votes else None,
        "visitor": visitor, "host": host, "city": city, "country": country,
        "start_date": start, "end_date": end, "date_precision": precision,
        "visit_type": type_votes[0][0] if type_votes else None,
        "announced": ann_votes[0][0] if ann_votes else None,
        "participants": sorted(participants),
        "conflicts": [x for x in conflicts if x],
        "confidence": round(max(m["_link"] * (m["confidence"] if m["confidence"] is not None else 1.0)
                                for m in c.members), 4),
        "_anchor": anchor,
    }



def prepare_mentions(articles: pl.DataFrame, visit_mentions: pl.DataFrame) -> tuple[pl.DataFrame, dict[str, str]]:
    """Visit mentions numbered (`_row`) with their article's published date and original
    id and their canonical spellings (`_visitor`, `_host`, `_city`), and the spelling map
    (over every mention: a spelling maps onto the most frequent one it resembles)."""
    arts = articles.select(
        "article_id",
        pl.col("published_date").alias("_published"),
        pl.coalesce("duplicate_of", "article_id").alias("_orig"),
    ).unique("article_id", keep="first")
    vm = visit_mentions.with_row_index("_row").join(arts, on="article_id", how="left").with_columns(
        pl.col("_orig").fill_null(pl.col("article_id"))
    ).sort("_row")
    names = canonical_spellings(vm["visitor"].to_list() + vm["host"].to_list())
    cities = canonical_spellings(vm["city"].to_list())
    vm = vm.with_columns(
        pl.col("visitor").replace_strict(names, default=pl.col("visitor")).alias("_visitor"),
        pl.col("host").replace_strict(names, default=pl.col("host")).alias("_host"),
        pl.col("city").replace_strict(cities, default=pl.col("city"), return_dtype=pl.Utf8).alias("_city"),
    )
    return vm, {**names, **cities}


def assign_visits(articles: pl.DataFrame, visit_mentions: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """(visit_mentions with visit_id and link-weighted confidence, one-row-per-visit facts)."""
    return link_visits(*prepare_mentions(articles, visit_mentions))


def link_visits(vm: pl.DataFrame, spellings: dict[str, str]) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Prepared visit mentions (prepare_mentions; all of them, or every mention of
    some pairs of leaders) -> (the mentions with visit_id and link-weighted
    confidence, one row of facts per visit)."""
    rows = vm.select(CLUSTER_COLUMNS).to_dicts()
    for r in rows:
        r["_pair"] = tuple(sorted((r["_visitor"], r["_host"])))
        r["_lo"], r["_hi"] = interval(r["date"], r["end_date"], r["date_precision"])
    clusters = cluster_mentions(rows)

    facts, link = [], {}
    used: Counter = Counter()
    described = sorted(((describe_cluster(c, spellings), c) for c in clusters),
                       key=lambda dc: (dc[0]["_anchor"], dc[0]["visitor"], dc[0]["host"], dc[0]["city"] or "",
                                       sorted(m["article_id"] for m in dc[1].members)))
    for d, c in described:
        vid = _visit_id(d["visitor"], d["host"], d["city"], d["_anchor"])
        used[vid] += 1
        if used[vid] > 1:  # two distinct visits sharing an anchor (rare): suffix in content order
            vid = _visit_id(d["visitor"], d["host"], d["city"], f"{d['_anchor']}#{used[vid]}")
        d.pop("_anchor")
        facts.append({"visit_id": vid, **d})
        for m in c.members:
            link[m["_row"]] = (vid, m["_link"])
    ids = pl.DataFrame(
        {"_row": list(link), "visit_id": [v for v, _ in link.values()], "_link": [x for _, x in link.values()]},
        schema={"_row": pl.UInt32, "visit_id": pl.Utf8, "_link": pl.Float64},
    )
    out = (
        vm.drop("visit_id").join(ids, on="_row", how="left").sort("_row")
        .with_columns((pl.col("confidence").fill_null(1.0) * pl.col("_link")).round(4).alias("confidence"))
    )
    visits = pl.DataFrame(facts, schema_overrides={
        "start_date": pl.Date, "end_date": pl.Date, "announced": pl.Boolean, "visit_type": pl.Utf8,
        "date_precision": pl.Utf8, "city": pl.Utf8, "country": pl.Utf8, "setting": pl.Utf8, "summit_id": pl.Utf8,
        "participants": pl.List(pl.Utf8), "conflicts": pl.List(pl.Utf8), "confidence": pl.Float64,
    }, infer_schema_length=None) if facts else schemas.empty("visits").select(
        "visit_id", "setting", "summit_id", "visitor", "host", "city", "country", "start_date", "end_date",
        "date_precision", "visit_type", "announced", "participants", "conflicts", "confidence")
    return out, visits


def source_key(articles: pl.DataFrame) -> pl.DataFrame:
    """An outlet key per article: `source`, else the first component of source_file
    (the folder or archive it came from; a loose file at the top counts as its own)."""
    root = pl.col("source_file").str.split("#").list.first().str.split("/").list.first()
    return articles.select("article_id", pl.coalesce(pl.col("source"), root).alias("_source_key"))


def summarise_visits(visits: pl.DataFrame, vm: pl.DataFrame, articles: pl.DataFrame,
                     article_topics: pl.DataFrame) -> pl.DataFrame:
    """Counts, article lists, reporting dates and topics per visit (vectorised)."""
    arts = articles.select("article_id", "published_date", pl.coalesce("duplicate_of", "article_id").alias("_orig")) \
        .join(source_key(articles), on="article_id").unique("article_id", keep="first")
    reporting = vm.filter(pl.col("kind") == "reported").select("visit_id", "article_id").unique() \
        .join(arts, on="article_id", how="left").with_columns(pl.col("_orig").fill_null(pl.col("article_id")))
    per_visit = reporting.group_by("visit_id").agg(
        pl.col("_orig").n_unique().alias("n_articles"),
        pl.col("_source_key").drop_nulls().n_unique().alias("n_sources"),
        pl.col("article_id").unique().sort().alias("article_ids"),
        pl.col("published_date").min().alias("first_reported"),
        pl.col("published_date").max().alias("last_reported"),
    )
    refs = vm.filter(pl.col("kind") == "referenced").group_by("visit_id").agg(
        pl.col("article_id").n_unique().alias("n_references"))
    topic_rows = reporting.select("visit_id", "article_id").join(
        article_topics.select("article_id", "topic_id", "role"), on="article_id")
    topics = topic_rows.group_by("visit_id").agg(
        pl.col("topic_id").unique().sort().alias("topics"),
        pl.col("topic_id").filter(pl.col("role") == "agenda").unique().sort().alias("agenda_topics"),
    )
    empty_list = pl.lit([], dtype=pl.List(pl.Utf8))
    return (
        visits.join(per_visit, on="visit_id", how="left")
        .join(refs, on="visit_id", how="left")
        .join(topics, on="visit_id", how="left")
        .with_columns(
            pl.col("n_articles", "n_sources", "n_references").fill_null(0).cast(pl.Int64),
            pl.col("article_ids").fill_null(empty_list),
            pl.col("topics").fill_null(empty_list),
            pl.col("agenda_topics").fill_null(empty_list),
        )
        .sort(VISIT_ORDER, nulls_last=True)
    )
