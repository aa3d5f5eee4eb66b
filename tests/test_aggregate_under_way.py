"""The cross-article step (tasks/aggregate/under_way.py): an open reference (undated, not
planned, no cue placing it: extract's `open_reference`) becomes reported when its article
was published during a visit other articles report; `corroborated_by` names that visit.
Inline frames for the spans, and one batch of invented articles through extract + aggregate."""
import datetime as dt
from collections import defaultdict

import polars as pl

from tasks.aggregate import aggregate
from tasks.aggregate.under_way import visit_spans
from tasks.extract import extract_article
from ziyarat import schemas

D = dt.date
ERDOGAN, MERKEL = "Recep Tayyip Erdogan", "Angela Merkel"


def articles(*rows):
    """rows: (article_id, published_date)"""
    df = pl.DataFrame([(a, d, f"src_{a}", f"in/{a}.json", None) for a, d in rows],
                      schema=["article_id", "published_date", "source", "source_file", "duplicate_of"], orient="row")
    return schemas.conform("articles", df.with_columns(
        text=pl.lit("نص"), published_date_origin=pl.lit("metadata"), n_chars=pl.lit(2)))


def vm(article_id, date=None, *, kind="reported", end=None, open_=None, planned=False, city="Berlin"):
    return {"article_id": article_id, "kind": kind, "visitor": ERDOGAN, "host": MERKEL, "city": city,
            "country": "Germany", "date": date, "date_precision": "day" if date else None, "end_date": end,
            "evidence": f"جملة من {article_id}", "planned": planned, "open_reference": open_, "participants": []}


def run(arts, rows):
    out = aggregate(articles(*arts), None, schemas.conform("visit_mentions", pl.DataFrame(rows, infer_schema_length=None)),
                    None, None, None)
    return {r["article_id"]: (r["kind"], r["corroborated_by"], r["visit_id"])
            for r in out["visit_mentions"].to_dicts() if r["article_id"] != "a"}


def test_spans_run_from_the_first_day_to_the_end_told_or_the_next_day():
    rep = lambda row, d, end=None: {"_row": row, "_orig": f"x{row}", "date": d, "end_date": end}  # noqa: E731
    assert [s[:2] for s in visit_spans([rep(0, D(2018, 9, 27))])] == [(D(2018, 9, 27), D(2018, 9, 28))]
    # a later report's own day does not stretch the stay; an end told does
    assert [s[:2] for s in visit_spans([rep(0, D(2018, 9, 27)), rep(1, D(2018, 9, 30))])] == [(D(2018, 9, 27), D(2018, 9, 28))]
    assert [s[:2] for s in visit_spans([rep(0, D(2018, 9, 27)), rep(1, D(2018, 9, 28), D(2018, 9, 29))])] == [
        (D(2018, 9, 27), D(2018, 9, 29))]
    assert len(visit_spans([rep(0, D(2018, 1, 5)), rep(1, D(2018, 9, 27))])) == 2  # two stays


def test_an_open_reference_published_during_the_visit_is_reported_with_the_visit_as_its_evidence():
    got = run([("a", D(2018, 9, 27)), ("b", D(2018, 9, 28))], [vm("a", D(2018, 9, 27)), vm("b", kind="referenced", open_=True)])
    kind, by, vid = got["b"]
    assert kind == "reported" and by == vid and by is not None


def test_after_the_span_before_it_or_not_open_it_stays_referenced():
    arts = [("a", D(2018, 9, 27)), ("late", D(2018, 10, 5)), ("early", D(2018, 9, 20)), ("closed", D(2018, 9, 28)),
            ("plan", D(2018, 9, 28))]
    got = run(arts, [vm("a", D(2018, 9, 27)), vm("late", kind="referenced", open_=True),
                     vm("early", kind="referenced", open_=True), vm("closed", kind="referenced", open_=False),
                     vm("plan", kind="referenced", open_=False, planned=True)])
    assert {a: k for a, (k, _, _) in got.items()} == {a: "referenced" for a in ("late", "early", "closed", "plan")}
    assert all(by is None for _, by, _ in got.values())


def test_an_article_that_reports_or_dates_the_pair_itself_is_left_alone():
    arts = [("a", D(2018, 9, 27)), ("own", D(2018, 9, 28)), ("dated", D(2018, 9, 28))]
    rows = [vm("a", D(2018, 9, 27)), vm("own", D(2018, 9, 28)), vm("own", kind="referenced", open_=True),
            vm("dated", D(2016, 5, 1), kind="referenced"), vm("dated", kind="referenced", open_=True)]
    out = aggregate(articles(*arts), None, schemas.conform("visit_mentions", pl.DataFrame(rows, infer_schema_length=None)),
                    None, None, None)["visit_mentions"]
    assert out["kind"].to_list() == ["reported", "reported", "referenced", "referenced", "referenced"]
    assert out["corroborated_by"].null_count() == 5


def test_its_own_report_does_not_corroborate_an_article():
    got = run([("a", D(2018, 9, 27))], [vm("a", D(2018, 9, 27)), vm("a", kind="referenced", open_=True)])
    assert got == {}


# a batch of invented articles: Erdogan's state visit to Germany told on 27 September 2018; the open reference
# (an undated arrival a press review tells deep down, which extract's merge leaves referenced) is written as
# extract writes it, the others are extracted from their text
ARRIVAL = "وصل الرئيس التركي رجب طيب أردوغان إلى برلين اليوم الخميس في زيارة دولة إلى ألمانيا."
PREVIOUS = "وقالت الصحيفة إن أردوغان لدى وصوله إلى مطار تيغل في زيارته السابقة لألمانيا تحدث بالألمانية."
PLANNED = "ومن المقرر أن يزور الرئيس التركي رجب طيب أردوغان ألمانيا في وقت لاحق هذا الشهر."


def test_a_batch_of_invented_articles():
    batch = [("a", D(2018, 9, 27), ARRIVAL), ("previous", D(2018, 9, 28), PREVIOUS), ("planned", D(2018, 9, 3), PLANNED)]
    out = defaultdict(list)
    for aid, pub, text in batch:
        extract_article(aid, text, pub, out)
    told = [{**r, "visitor": ERDOGAN, "host": MERKEL} for r in out["visit_mentions"]]
    assert [(r["article_id"], r["kind"], r.get("open_reference")) for r in told] == [
        ("a", "reported", None), ("previous", "referenced", False), ("planned", "referenced", False)]
    opened = [{**vm(a, kind="referenced", open_=True, city="Berlin"), "trigger": "وصول"} for a in ("during", "after")]
    tables = aggregate(articles(*[(a, p) for a, p, _ in batch], ("during", D(2018, 9, 28)), ("after", D(2018, 10, 6))),
                       None, schemas.conform("visit_mentions", pl.DataFrame(told + opened, infer_schema_length=None)),
                       None, None, None)
    rows = {r["article_id"]: r for r in tables["visit_mentions"].to_dicts()}
    assert {a: r["kind"] for a, r in rows.items()} == {"a": "reported", "during": "reported", "after": "referenced",
                                                     "previous": "referenced", "planned": "referenced"}
    assert rows["during"]["corroborated_by"] == rows["a"]["visit_id"]
    assert [a for a, r in rows.items() if r["corroborated_by"]] == ["during"]
