"""Aggregate: merge visit mentions (one article's account of a meeting) into visits
(one real-world meeting), then summarise topics per visit and per topic.

The merge is deliberately forgiving, because outlets disagree: the arrival day vs the
talks day (Assad "arrived Tuesday" 2023-03-14, "talks on Wednesday" 2023-03-15), a
spelling variant that escaped canonicalisation, visitor and host swapped, a report
with no date at all. Every disagreement that survives the merge is written to
`visits.conflicts`, never dropped.

Clustering rules (all deterministic: rows are sorted on their content first, so the
result does not depend on input order):

1. Names and cities are canonicalised once more with rapidfuzz (a fallback; they
   normally arrive canonical): a rarer spelling maps onto a more frequent one when
   their folded forms are >= 88 similar.
2. Dated day-precision *reported* mentions, sorted by unordered pair then date, join
   an open cluster of the same pair when their date ranges are within +-3 days and
   the city is compatible (equal, or one is null), or when the ranges actually
   overlap (a leader is in one city a day: a differing city becomes a conflict).
3. Month/year-precision mentions and *referenced* mentions (day precision first,
   then month, then year) attach to a cluster whose date range falls in their
   month/year (day precision: +-3 days) with a compatible city, trying the same
   ordered pair first, then the swapped pair; preferring clusters with more
   reporting articles. Otherwise they start a cluster of their own, so references
   to a visit no article reports still form a timeline row (n_articles = 0).
4. Undated reported mentions attach to the cluster of a mention of the same pair in
   the same article or a near-copy of it (dated first; a copy of an undated,
   unpublished report joins its original), else to a cluster of that pair and city whose date
   range is within +-3 days of the article's published_date (confidence 0.7);
   otherwise they group by published_date into a visit without a start date.
   Undated references group into one undated row per (visitor, host, city).

A visit's `setting` (visit | third_country | summit_sideline) and `summit_id` are the
ones most reporting articles give. `summits` merges summit_mentions by summit_id
(series and year), with the leaders met on its sidelines among its participants.

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

import calendar
import datetime as dt
import hashlib
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

import polars as pl
from rapidfuzz import fuzz, process

from tasks.identify import add_identifiers
from ziyarat import schemas

# what aggregate reads of the articles: their small columns, never the text
ARTICLE_COLUMNS = ("article_id", "source_file", "source", "published_date", "duplicate_of")
WINDOW_DAYS = 3          # reported mentions this close (arrival vs talks) are one visit
PUBLISHED_WINDOW_DAYS = 3  # an undated report links to a visit this close to its publication
NAME_SIMILARITY = 88     # rapidfuzz ratio on folded names for the spelling fallback
PRECISION_RANK = {"day": 0, "month": 1, "year": 2}

# How sure we are that a mention belongs to its visit (multiplied into
# visit_mentions.confidence; the visit's confidence is the best of its mentions').
LINK_DATED = 1.0           # dated reported mention clustered by date
LINK_COARSE = 0.8          # month/year mention attached to a dated visit
LINK_SAME_ARTICLE = 0.8    # undated report, same article has a dated one
LINK_PUBLISHED = 0.7       # undated report linked by the article's published date
LINK_OWN_DATED = 0.6       # a reference/coarse report forming its own row
LINK_OWN_UNDATED = 0.3     # undated, forming its own row


# ---------------------------------------------------------------- helpers
def _fold_name(name: str) -> str:
    """Lower-case letters and digits only, without the article "al": "Bashar al-Assad" -> "basharassad"."""
    s = re.sub(r"\b(al|el)[-\s]", "", name.lower())
    return re.sub(r"[\W_]+", "", s)


def canonical_spellings(values: list[str | None], threshold: int = NAME_SIMILARITY) -> dict[str, str]:
    """Map every spelling to the most frequent spelling it fuzzily equals.

    Deterministic: spellings are visited by (frequency desc, spelling)."""
    counts = Counter(v for v in values if v)
    order = sorted(counts, key=lambda v: (-counts[v], v))
    canon: list[str] = []
    folded: list[str] = []
    out: dict[str, str] = {}
    for value in order:
        key = _fold_name(value)
        hit = process.extractOne(key, folded, scorer=fuzz.ratio, score_cutoff=threshold) if folded and key else None
        if hit is not None:
            out[value] = canon[hit[2]]
        else:
            canon.append(value)
            folded.append(key)
            out[value] = value
    return out


def _interval(date: dt.date | None, end: dt.date | None, precision: str | None) -> tuple[dt.date | None, dt.date | None]:
    """The days a mention's date can mean: a day (or range), a whole month, a whole year."""
    if date is None:
        return None, None
    if precision == "month":
        return date.replace(day=1), date.replace(day=calendar.monthrange(date.year, date.month)[1])
    if precision == "year":
        return dt.date(date.year, 1, 1), dt.date(date.year, 12, 31)
    return date, max(date, end) if end else date


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _votes(pairs: list[tuple[object, str]]) -> list[tuple[object, int]]:
    """(value, article) pairs -> [(value, n distinct articles)], most supported first."""
    by_value: dict[object, set[str]] = defaultdict(set)
    for value, article in pairs:
        if value is not None:
            by_value[value].add(article)
    return sorted(((v, len(a)) for v, a in by_value.items()), key=lambda x: (-x[1], str(x[0])))


def _conflict(label: str, votes: list[tuple[object, int]], fmt=str) -> str | None:
    """"date: 2023-03-14 (2 articles) vs 2023-03-15 (1 article)" when the votes differ."""
    if len(votes) < 2:
        return None
    return f"{label}: " + " vs ".join(f"{fmt(v)} ({_plural(n, 'article')})" for v, n in votes)


def _visit_id(visitor: str, host: str, city: str | None, anchor: str) -> str:
    return "v_" + hashlib.sha1(f"{visitor}|{host}|{city or ''}|{anchor}".encode()).hexdigest()[:12]


# ---------------------------------------------------------------- clustering
@dataclass
class _Cluster:
    pair: tuple[str, str]                 # unordered pair key (sorted)
    members: list[dict] = field(default_factory=list)
    lo: dt.date | None = None
    hi: dt.date | None = None
    cities: set[str] = field(default_factory=set)
    undated_key: str | None = None        # for clusters without any date
    reported: set[str] = field(default_factory=set)          # original ids of reporting articles
    order_set: set[tuple[str, str]] = field(default_factory=set)  # (visitor, host) as stated

    def add(self, row: dict, link: float) -> None:
        row["_link"] = link
        self.members.append(row)
        self.order_set.add((row["_visitor"], row["_host"]))
        if row["kind"] == "reported":
            self.reported.add(row["_orig"])
        if row["_lo"] is not None:
            self.lo = row["_lo"] if self.lo is None else min(self.lo, row["_lo"])
            self.hi = row["_hi"] if self.hi is None else max(self.hi, row["_hi"])
        if row["_city"]:
            self.cities.add(row["_city"])

    @property
    def n_reported(self) -> int:
        return len(self.reported)

    def orders(self) -> set[tuple[str, str]]:
        return self.order_set

    def city_ok(self, city: str | None) -> bool:
        return city is None or not self.cities or city in self.cities


def _sort_key(row: dict) -> tuple:
    """Content-only ordering, so clustering never depends on input row order."""
    far = dt.date.max
    return (row["_pair"], row["_lo"] or far, row["_hi"] or far, PRECISION_RANK.get(row["date_precision"] or "day", 0),
            row["_city"] or "", row["_visitor"], row["_host"], row["article_id"],
            row.get("evidence_start") if row.get("evidence_start") is not None else -1, row["evidence"] or "")


def _attach_dated(row: dict, clusters: list[_Cluster], tolerance: int) -> _Cluster | None:
    """The best cluster for a dated reference / coarse mention, or None."""
    tol = dt.timedelta(days=tolerance)
    order = (row["_visitor"], row["_host"])
    candidates = [
        c for c in clusters
        if c.pair == row["_pair"] and c.lo is not None and c.city_ok(row["_city"])
        and c.lo <= row["_hi"] + tol and c.hi >= row["_lo"] - tol
    ]
    if not candidates:
        return None
    # same ordered pair first, then swapped; then more reporting articles, then
    # the nearest start, then the earliest.
    return min(candidates, key=lambda c: (order not in c.orders(), -c.n_reported,
                                          abs((c.lo - row["_lo"]).days), c.lo, bool(c.cities - {row["_city"]})))


def cluster_mentions(rows: list[dict]) -> list[_Cluster]:
    """Group prepared visit-mention rows into clusters (one per real-world visit).

    Mentions of different (unordered) pairs never share a visit, so each pair is
    clustered on its own: the loops below stay small however large the corpus."""
    by_pair: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for row in rows:
        by_pair[row["_pair"]].append(row)
    return [c for pair in sorted(by_pair) for c in _cluster_pair(by_pair[pair])]


def _cluster_pair(rows: list[dict]) -> list[_Cluster]:
    """Rules 2-4 of the module docstring for the mentions of one pair of leaders."""
    rows = sorted(rows, key=_sort_key)
    clusters: list[_Cluster] = []
    tol = dt.timedelta(days=WINDOW_DAYS)

    # 1. dated, day-precision reports: a sweep by pair then date
    day_reported = [r for r in rows if r["kind"] == "reported" and r["_lo"] is not None
                    and (r["date_precision"] or "day") == "day"]
    for row in day_reported:
        order = (row["_visitor"], row["_host"])
        open_ = [c for c in clusters if c.pair == row["_pair"] and c.hi + tol >= row["_lo"]]
        fits = [c for c in open_
                if c.city_ok(row["_city"]) or (row["_lo"] <= c.hi and row["_hi"] >= c.lo)]
        if fits:
            best = min(fits, key=lambda c: (not c.city_ok(row["_city"]), order not in c.orders(), -c.hi.toordinal()))
            best.add(row, LINK_DATED)
        else:
            c = _Cluster(pair=row["_pair"])
            c.add(row, LINK_DATED)
            clusters.append(c)

    # 2. coarse reports and dated references: finest precision first
    taken = {id(r) for r in day_reported}
    coarse = [r for r in rows if r["_lo"] is not None and id(r) not in taken]
    coarse.sort(key=lambda r: (PRECISION_RANK.get(r["date_precision"] or "day", 0), r["kind"] != "reported", _sort_key(r)))
    for row in coarse:
        day = (row["date_precision"] or "day") == "day"
        best = _attach_dated(row, clusters, WINDOW_DAYS if day else 0)
        if best is not None:
            best.add(row, LINK_COARSE if best.n_reported else LINK_OWN_DATED)
        else:
            c = _Cluster(pair=row["_pair"])
            c.add(row, LINK_OWN_DATED)
            clusters.append(c)

    # 3. undated reports: same article, then the published date, then their own row
    undated = [r for r in rows if r["_lo"] is None]
    for row in (r for r in undated if r["kind"] == "reported"):
        # the same article, or a near-copy of it (duplicate_of: the same _orig), even
        # when neither is dated nor published: a copy never makes a second visit
        same_article = [c for c in clusters if c.pair == row["_pair"] and c.city_ok(row["_city"])
                        and any(m["_orig"] == row["_orig"] and m["kind"] == "reported" for m in c.members)]
        if same_article:
            best = min(same_article, key=lambda c: (c.lo is None, c.lo or dt.date.max, c.hi or dt.date.max))
            best.add(row, LINK_SAME_ARTICLE if best.lo is not None else LINK_OWN_UNDATED)
            continue
        pub = row["_published"]
        near = [] if pub is None else [
            c for c in clusters if c.pair == row["_pair"] and c.lo is not None and c.n_reported
            and c.city_ok(row["_city"]) and c.lo - tol <= pub <= c.hi + tol]
        if near:
            min(near, key=lambda c: (min(abs((c.lo - pub).days), abs((c.hi - pub).days)), c.lo)).add(row, LINK_PUBLISHED)
            continue
        # group undated reports of the same pair/city by publication date
        key_pub = pub.isoformat() if pub else None
        own = [c for c in clusters if c.pair == row["_pair"] and c.lo is None and c.undated_key is not None
               and c.undated_key.startswith("published:") and c.city_ok(row["_city"]) and pub is not None
               and abs((dt.date.fromisoformat(c.undated_key.split(":", 1)[1]) - pub).days) <= PUBLISHED_WINDOW_DAYS]
        if own:
            own[0].add(row, LINK_OWN_UNDATED)
        else:
            c = _Cluster(pair=row["_pair"], undated_key=f"published:{key_pub}" if key_pub else "undated")
            c.add(row, LINK_OWN_UNDATED)
            clusters.append(c)
    # 4. undated references: one row per (visitor, host, city)
    for row in (r for r in undated if r["kind"] != "reported"):
        own = [c for c in clusters if c.lo is None and c.undated_key == "undated" and c.n_reported == 0
               and (row["_visitor"], row["_host"]) in c.orders() and c.cities == ({row["_city"]} - {None})]
        if own:
            own[0].add(row, LINK_OWN_UNDATED)
        else:
            c = _Cluster(pair=row["_pair"], undated_key="undated")
            c.add(row, LINK_OWN_UNDATED)
            clusters.append(c)
    return clusters


# ---------------------------------------------------------------- one visit
def _fmt_range(v) -> str:
    lo, hi = v
    return lo.isoformat() if lo == hi else f"{lo.isoformat()}..{hi.isoformat()}"


def describe_cluster(c: _Cluster, spellings: dict[str, str]) -> dict:
    """The visits-table facts of one cluster: majority values plus every disagreement."""
    reported = [m for m in c.members if m["kind"] == "reported"]
    voters = reported or c.members  # references speak only when no article reports the visit
    conflicts: list[str] = []

    # who visited whom: reports decide, references (same meeting) break ties and
    # count as disagreement when they have the roles the other way round
    order_votes = _votes([((m["_visitor"], m["_host"]), m["_orig"]) for m in c.members])
    reported_orders = dict(_votes([((m["_visitor"], m["_host"]), m["_orig"]) for m in voters]))
    visitor, host = min((o for o, _ in order_votes), key=lambda o: (-reported_orders.get(o, 0), -dict(order_votes)[o], o))
    conflicts.append(_conflict("roles", order_votes, lambda o: f"{o[0]} visiting {o[1]}"))

    city_votes = _votes([(m["_city"], m["_orig"]) for m in voters]) or _votes([(m["_city"], m["_orig"]) for m in c.members])
    city = city_votes[0][0] if city_votes else None
    conflicts.append(_conflict("city", city_votes))

    country_votes = _votes([(m["country"], m["_orig"]) for m in voters]) or _votes([(m["country"], m["_orig"]) for m in c.members])
    country = country_votes[0][0] if country_votes else None
    conflicts.append(_conflict("country", country_votes))

    # dates: the finest precision available, among reports when there are any
    dated = [m for m in voters if m["_lo"] is not None] or [m for m in c.members if m["_lo"] is not None]
    start = end = precision = None
    if dated:
        best = min(PRECISION_RANK.get(m["date_precision"] or "day", 0) for m in dated)
        precision = next(p for p, r in PRECISION_RANK.items() if r == best)
        finest = [m for m in dated if PRECISION_RANK.get(m["date_precision"] or "day", 0) == best]
        start, end = min(m["_lo"] for m in finest), max(m["_hi"] for m in finest)
        if precision == "day":
            conflicts.append(_conflict("date", _votes([((m["_lo"], m["_hi"]), m["_orig"]) for m in finest]), _fmt_range))
        else:
            fmt = (lambda v: v.strftime("%Y-%m")) if precision == "month" else (lambda v: str(v.year))
            conflicts.append(_conflict("date", _votes([(fmt(m["_lo"]), m["_orig"]) for m in finest])))

    setting_votes = _votes([(m.get("setting"), m["_orig"]) for m in voters])
    conflicts.append(_conflict("setting", setting_votes))
    summit_votes = _votes([(m.get("summit_id"), m["_orig"]) for m in c.members])

    type_votes = _votes([(m["visit_type"], m["_orig"]) for m in voters])
    conflicts.append(_conflict("visit_type", type_votes))
    ann_votes = _votes([(m["announced"], m["_orig"]) for m in voters])
    conflicts.append(_conflict("announced", ann_votes, lambda b: "announced" if b else "unannounced"))

    # spelling variants folded onto a canonical name are reported, not hidden
    for raw_field, canon_field in (("visitor", "_visitor"), ("host", "_host"), ("city", "_city")):
        variants = _votes([(m[raw_field], m["_orig"]) for m in c.members if m[raw_field] and m[raw_field] != m[canon_field]])
        for v, n in variants:
            conflicts.append(f"spelling: {v} ({_plural(n, 'article')}) read as {spellings.get(v, v)}")

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


# ---------------------------------------------------------------- the stage
def _prepare(articles: pl.DataFrame, visit_mentions: pl.DataFrame) -> tuple[pl.DataFrame, dict[str, str]]:
    """visit mentions + their article's published date/original id, canonical spellings and date interval."""
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
    vm, spellings = _prepare(articles, visit_mentions)
    rows = vm.to_dicts()
    for r in rows:
        r["_pair"] = tuple(sorted((r["_visitor"], r["_host"])))
        r["_lo"], r["_hi"] = _interval(r["date"], r["end_date"], r["date_precision"])
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


def _source_key(articles: pl.DataFrame) -> pl.DataFrame:
    """An outlet key per article: `source`, else the first component of source_file
    (the folder or archive it came from; a loose file at the top counts as its own)."""
    root = pl.col("source_file").str.split("#").list.first().str.split("/").list.first()
    return articles.select("article_id", pl.coalesce(pl.col("source"), root).alias("_source_key"))


def summarise_visits(visits: pl.DataFrame, vm: pl.DataFrame, articles: pl.DataFrame,
                     article_topics: pl.DataFrame) -> pl.DataFrame:
    """Counts, article lists, reporting dates and topics per visit (vectorised)."""
    arts = articles.select("article_id", "published_date", pl.coalesce("duplicate_of", "article_id").alias("_orig")) \
        .join(_source_key(articles), on="article_id").unique("article_id", keep="first")
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
        .sort([pl.col("start_date"), "visitor", "host", "city", "visit_id"], nulls_last=True)
    )


def visit_topics_table(vm: pl.DataFrame, articles: pl.DataFrame, article_topics: pl.DataFrame) -> pl.DataFrame:
    """One row per (visit, topic): distinct reporting articles, mean article score, role.

    An article's topic counts once (its best score; agenda if any of its rows says
    agenda); near-duplicate articles count as their original."""
    orig = articles.select("article_id", pl.coalesce("duplicate_of", "article_id").alias("_orig")).unique("article_id")
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
            pl.col("score").mean().round(4).alias("score"),
            pl.col("_agenda").sum().cast(pl.Int64).alias("n_agenda_articles"),
            (~pl.col("_agenda")).sum().cast(pl.Int64).alias("n_context_articles"),
        )
        .with_columns(pl.when(pl.col("n_agenda_articles") > 0).then(pl.lit("agenda")).otherwise(pl.lit("context")).alias("role"))
        .sort("visit_id", "topic_id")
    )


def topic_summary_table(visit_topics: pl.DataFrame, visits: pl.DataFrame, vm: pl.DataFrame,
                        articles: pl.DataFrame, article_topics: pl.DataFrame, topics: pl.DataFrame) -> pl.DataFrame:
    """Per topic that appears at some visit: how many visits and articles, when first/last."""
    orig = articles.select("article_id", pl.coalesce("duplicate_of", "article_id").alias("_orig")).unique("article_id")
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


def summits_table(summit_mentions: pl.DataFrame, vm: pl.DataFrame, articles: pl.DataFrame) -> pl.DataFrame:
    """One row per summit (summit_id: its series and year): the name, city and
    country most articles give, the dates they give, every leader named as attending
    or meeting on its sidelines, the articles (a near-copy counting once in
    n_articles) and the first article's evidence."""
    if summit_mentions.height == 0:
        return schemas.empty("summits")
    orig = articles.select("article_id", pl.coalesce("duplicate_of", "article_id").alias("_orig")).unique("article_id")
    sm = summit_mentions.join(orig, on="article_id", how="left").with_columns(pl.col("_orig").fill_null(pl.col("article_id")))
    sideline = vm.filter(pl.col("summit_id").is_not_null() & (pl.col("kind") == "reported"))
    met: dict[str, list[str]] = defaultdict(list)
    for r in sideline.select("summit_id", "visitor", "host").sort("summit_id", "visitor", "host").iter_rows():
        met[r[0]] += [r[1], r[2]]
    rows = []
    for (sid,), g in sorted(sm.group_by(["summit_id"]), key=lambda kv: kv[0][0]):
        g = g.sort("article_id", "evidence_start")
        ms = g.to_dicts()
        vote = lambda col: next(iter(_votes([(m[col], m["_orig"]) for m in ms])), (None, 0))[0]
        dates = [d for d in g["date"].to_list() if d is not None]
        people = [p for m in ms for p in (m["participants"] or [])] + met.get(sid, [])
        rows.append({"summit_id": sid, "name": vote("name"), "city": vote("city"), "country": vote("country"),
                     "start_date": min(dates) if dates else None, "end_date": max(dates) if dates else None,
                     "participants": sorted(set(people)), "article_ids": sorted(set(g["article_id"].to_list())),
                     "evidence": ms[0]["evidence"], "n_articles": g["_orig"].n_unique()})
    return schemas.conform("summits", rows)


def aggregate(articles: pl.DataFrame, mentions: pl.DataFrame, visit_mentions: pl.DataFrame,
              article_topics: pl.DataFrame, quotes: pl.DataFrame, topics: pl.DataFrame | None,
              summit_mentions: pl.DataFrame | None = None) -> dict[str, pl.DataFrame]:
    """Visit mentions -> visits (merged across articles), plus visit_topics,
    topic_summary and summits (from summit_mentions). `mentions` and `quotes` are
    accepted for the stage interface; visits draw participants from the visit
    mentions themselves."""
    # only the articles' small columns are read (never their text)
    articles = articles.select(pl.col(c).cast(schemas.TABLES["articles"][c]) for c in ARTICLE_COLUMNS)
    visit_mentions = schemas.conform("visit_mentions", visit_mentions)
    article_topics = schemas.conform("article_topics", article_topics)
    topics = schemas.conform("topics", topics)
    summit_mentions = schemas.conform("summit_mentions", summit_mentions)

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
