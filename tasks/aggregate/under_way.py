"""Under way: an open reference (tasks/extract/visits/open_reference.py) made reported when
its article was published during a visit that other articles report.

A state visit lasts days, and the articles published during it (the reactions, the
guest's programme, his press conference, the protests) name "زيارة الرئيس الإيراني
لمصر" (the Iranian president's visit to Egypt) with no arrival verb and no date. Alone,
such an article cannot tell the visit under way from an earlier or a planned one; the
batch can: when other articles report the same visitor's visit to the same host on
days that hold this article's publication day, the visit was under way when it was
written (GUIDE.md: reported = "being under way at publication").

The span of a visit: the day-precision reports of the same (visitor, host), in the
canonical spellings, from articles other than this one (a near-copy counting as its
original), swept into runs no more than WINDOW_DAYS apart, each from its first day to
the latest end date told, or, with none told, the first day plus DEFAULT_STAY_DAYS. Strict: the article must not itself report the pair, nor tell
it planned or dated outside the span, and only its first open mention of the pair is
made reported. The mention keeps its evidence; `corroborated_by` names the visit of
the other articles (filled once visits have ids: `name_corroborating`).

Pure functions on the prepared visit mentions (visits.prepare_mentions)."""
from __future__ import annotations

import datetime as dt
from collections import defaultdict

import polars as pl

WINDOW_DAYS = 3        # reports this close are one stay (as clusters.WINDOW_DAYS)
DEFAULT_STAY_DAYS = 1  # no end told: the first day and the next (an evening arrival, the talks next day)

_COLUMNS = ("_row", "article_id", "_orig", "_published", "kind", "planned", "open_reference", "_visitor", "_host",
            "country", "date", "end_date", "date_precision")


def visit_spans(reports: list[dict]) -> list[tuple[dt.date, dt.date, set[str], int]]:
    """(first day, last day, reporting originals, a report's _row) per stay, from the
    day-precision reports of one (visitor, host): from the first day reported to the
    latest end date told, or with none told to the first day + DEFAULT_STAY_DAYS. A later
    report's own day does not stretch it: a report dated days after the arrival is as
    often a misdated one (the day of a later article's saying) as the visit going on."""
    runs: list[list] = []
    for r in sorted(reports, key=lambda r: (r["date"], r["_row"])):
        if runs and r["date"] <= runs[-1][1] + dt.timedelta(days=WINDOW_DAYS):
            run = runs[-1]
            run[1] = max(run[1], r["date"])
            run[2].add(r["_orig"])
            run[4] = max([d for d in (run[4], r["end_date"]) if d is not None], default=None)
        else:
            runs.append([r["date"], r["date"], {r["_orig"]}, r["_row"], r["end_date"]])
    return [(lo, end if end is not None else lo + dt.timedelta(days=DEFAULT_STAY_DAYS), origs, row)
            for lo, _last, origs, row, end in runs]


def under_way(vm: pl.DataFrame) -> dict[int, int]:
    """{_row of an open reference made reported: _row of a report of the corroborating visit}."""
    if "open_reference" not in vm.columns or not vm["open_reference"].fill_null(False).any():
        return {}
    rows = vm.select(_COLUMNS).to_dicts()
    reports: dict[tuple, list[dict]] = defaultdict(list)
    told: dict[tuple, list[dict]] = defaultdict(list)   # every mention of the pair, per original article
    for r in rows:
        told[(r["_orig"], frozenset((r["_visitor"], r["_host"])))].append(r)
        if r["kind"] == "reported" and r["date"] is not None and (r["date_precision"] or "day") == "day":
            reports[(r["_visitor"], r["_host"])].append(r)
    out: dict[int, int] = {}
    done: set[tuple] = set()
    for r in sorted(rows, key=lambda r: r["_row"]):
        pub, pair = r["_published"], (r["_visitor"], r["_host"])
        if not r["open_reference"] or r["kind"] != "referenced" or pub is None or (r["_orig"], pair) in done:
            continue
        others = [x for x in reports.get(pair, []) if x["_orig"] != r["_orig"]
                  and (r["country"] is None or x["country"] is None or x["country"] == r["country"])]
        span = next((s for s in visit_spans(others) if s[0] <= pub <= s[1]), None)
        if span is None or not _left_open(told[(r["_orig"], frozenset(pair))], r, span):
            continue
        out[r["_row"]] = span[3]
        done.add((r["_orig"], pair))
    return out


def _left_open(own: list[dict], r: dict, span: tuple) -> bool:
    """The article tells the pair no other way: no report of its own, nothing planned,
    no date outside the span (an earlier or later meeting the open words may mean)."""
    for m in own:
        if m is r:
            continue
        if m["kind"] == "reported" or m["planned"]:
            return False
        if m["date"] is not None and not span[0] <= m["date"] <= span[1]:
            return False
    return True


def corroborate(vm: pl.DataFrame) -> pl.DataFrame:
    """The prepared visit mentions with the open references of a visit under way made
    reported (`_corroborating`: the _row of a report of that visit, else null)."""
    made = under_way(vm)
    marks = pl.DataFrame({"_row": list(made), "_corroborating": list(made.values())},
                         schema={"_row": vm.schema["_row"], "_corroborating": vm.schema["_row"]})
    out = vm.join(marks, on="_row", how="left").sort("_row")
    return out.with_columns(pl.when(pl.col("_corroborating").is_not_null()).then(pl.lit("reported"))
                            .otherwise(pl.col("kind")).alias("kind"))


def name_corroborating(vm: pl.DataFrame) -> pl.DataFrame:
    """`corroborated_by`: the visit_id of the report each promoted mention leans on
    (mentions with visit ids and `_corroborating`, as link_visits returns them)."""
    ids = vm.select(pl.col("_row").alias("_corroborating"), pl.col("visit_id").alias("_by"))
    return (vm.join(ids, on="_corroborating", how="left").sort("_row")
            .with_columns(pl.coalesce("_by", "corroborated_by").alias("corroborated_by"))
            .drop("_by", "_corroborating"))
