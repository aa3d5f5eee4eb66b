"""Clustering: which visit mentions (one article's account of a meeting) are one
visit (one real-world meeting).

The merge is deliberately forgiving, because outlets disagree: the arrival day vs the
talks day (Assad "arrived Tuesday" 2023-03-14, "talks on Wednesday" 2023-03-15), a
spelling variant that escaped canonicalisation, visitor and host swapped, a report
with no date at all.

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
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

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


def interval(date: dt.date | None, end: dt.date | None, precision: str | None) -> tuple[dt.date | None, dt.date | None]:
    """The days a mention's date can mean: a day (or range), a whole month, a whole year."""
    if date is None:
        return None, None
    if precision == "month":
        return date.replace(day=1), date.replace(day=calendar.monthrange(date.year, date.month)[1])
    if precision == "year":
        return dt.date(date.year, 1, 1), dt.date(date.year, 12, 31)
    return date, max(date, end) if end else date


# ---------------------------------------------------------------- clustering
@dataclass
class Cluster:
    """Mentions of one pair of leaders taken to be one visit, with their joint date range and cities."""
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


def _attach_dated(row: dict, clusters: list[Cluster], tolerance: int) -> Cluster | None:
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


def cluster_mentions(rows: list[dict]) -> list[Cluster]:
    """Group prepared visit-mention rows into clusters (one per real-world visit).

    Mentions of different (unordered) pairs never share a visit, so each pair is
    clustered on its own: the loops below stay small however large the corpus."""
    by_pair: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for row in rows:
        by_pair[row["_pair"]].append(row)
    return [c for pair in sorted(by_pair) for c in _cluster_pair(by_pair[pair])]


def _cluster_pair(rows: list[dict]) -> list[Cluster]:
    """Rules 2-4 of the module docstring for the mentions of one pair of leaders."""
    rows = sorted(rows, key=_sort_key)
    clusters: list[Cluster] = []
    # rule 2: dated, day-precision reports, a sweep by date
    day_reported = [r for r in rows if r["kind"] == "reported" and r["_lo"] is not None
                    and (r["date_precision"] or "day") == "day"]
    for row in day_reported:
        _sweep_day_report(row, clusters)
    # rule 3: coarse reports and dated references, finest precision first
    taken = {id(r) for r in day_reported}
    coarse = [r for r in rows if r["_lo"] is not None and id(r) not in taken]
    coarse.sort(key=lambda r: (PRECISION_RANK.get(r["date_precision"] or "day", 0), r["kind"] != "reported", _sort_key(r)))
    for row in coarse:
        _attach_coarse(row, clusters)
    # rule 4: undated reports, then undated references
    undated = [r for r in rows if r["_lo"] is None]
    for row in (r for r in undated if r["kind"] == "reported"):
        _attach_undated_report(row, clusters)
    for row in (r for r in undated if r["kind"] != "reported"):
        _attach_undated_reference(row, clusters)
    return clusters


def _start_cluster(row: dict, link: float, clusters: list[Cluster], undated_key: str | None = None) -> None:
    c = Cluster(pair=row["_pair"], undated_key=undated_key)
    c.add(row, link)
    clusters.append(c)


def _sweep_day_report(row: dict, clusters: list[Cluster]) -> None:
    """A day-precision report joins the open cluster it fits (city compatible, or
    dates overlapping), else opens one."""
    tol = dt.timedelta(days=WINDOW_DAYS)
    order = (row["_visitor"], row["_host"])
    open_ = [c for c in clusters if c.pair == row["_pair"] and c.hi + tol >= row["_lo"]]
    fits = [c for c in open_
            if c.city_ok(row["_city"]) or (row["_lo"] <= c.hi and row["_hi"] >= c.lo)]
    if fits:
        best = min(fits, key=lambda c: (not c.city_ok(row["_city"]), order not in c.orders(), -c.hi.toordinal()))
        best.add(row, LINK_DATED)
    else:
        _start_cluster(row, LINK_DATED, clusters)


def _attach_coarse(row: dict, clusters: list[Cluster]) -> None:
    """A month/year report or a dated reference joins the dated cluster it falls in, else its own."""
    day = (row["date_precision"] or "day") == "day"
    best = _attach_dated(row, clusters, WINDOW_DAYS if day else 0)
    if best is not None:
        best.add(row, LINK_COARSE if best.n_reported else LINK_OWN_DATED)
    else:
        _start_cluster(row, LINK_OWN_DATED, clusters)


def _attach_undated_report(row: dict, clusters: list[Cluster]) -> None:
    """An undated report: the same article, then the published date, then its own row."""
    # the same article, or a near-copy of it (duplicate_of: the same _orig), even
    # when neither is dated nor published: a copy never makes a second visit
    same_article = [c for c in clusters if c.pair == row["_pair"] and c.city_ok(row["_city"])
                    and any(m["_orig"] == row["_orig"] and m["kind"] == "reported" for m in c.members)]
    if same_article:
        best = min(same_article, key=lambda c: (c.lo is None, c.lo or dt.date.max, c.hi or dt.date.max))
        best.add(row, LINK_SAME_ARTICLE if best.lo is not None else LINK_OWN_UNDATED)
        return
    pub = row["_published"]
    tol = dt.timedelta(days=WINDOW_DAYS)
    near = [] if pub is None else [
        c for c in clusters if c.pair == row["_pair"] and c.lo is not None and c.n_reported
        and c.city_ok(row["_city"]) and c.lo - tol <= pub <= c.hi + tol]
    if near:
        min(near, key=lambda c: (min(abs((c.lo - pub).days), abs((c.hi - pub).days)), c.lo)).add(row, LINK_PUBLISHED)
        return
    # group undated reports of the same pair/city by publication date
    key_pub = pub.isoformat() if pub else None
    own = [c for c in clusters if c.pair == row["_pair"] and c.lo is None and c.undated_key is not None
           and c.undated_key.startswith("published:") and c.city_ok(row["_city"]) and pub is not None
           and abs((dt.date.fromisoformat(c.undated_key.split(":", 1)[1]) - pub).days) <= PUBLISHED_WINDOW_DAYS]
    if own:
        own[0].add(row, LINK_OWN_UNDATED)
    else:
        _start_cluster(row, LINK_OWN_UNDATED, clusters, f"published:{key_pub}" if key_pub else "undated")


def _attach_undated_reference(row: dict, clusters: list[Cluster]) -> None:
    """Undated references: one row per (visitor, host, city) that no article reports."""
    own = [c for c in clusters if c.lo is None and c.undated_key == "undated" and c.n_reported == 0
           and (row["_visitor"], row["_host"]) in c.orders() and c.cities == ({row["_city"]} - {None})]
    if own:
        own[0].add(row, LINK_OWN_UNDATED)
    else:
        _start_cluster(row, LINK_OWN_UNDATED, clusters, "undated")
