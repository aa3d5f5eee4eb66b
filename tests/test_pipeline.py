"""End to end: the real flow on the five seed articles."""
import datetime as dt
import json

import duckdb
import polars as pl

from tests.conftest import SEEDS

ASSAD, PUTIN = "Bashar al-Assad", "Vladimir Putin"


def _read(data, name):
    from ziyarat import store

    return store.read_table(data, name)


def test_every_seed_is_accounted_for(seed_data):
    articles, quarantine = _read(seed_data, "articles"), _read(seed_data, "quarantine")
    seeds = sorted(p.name for p in SEEDS.glob("*.txt"))
    assert sorted(articles["source_file"].to_list()) == seeds
    assert quarantine.height == 0
    published = dict(zip(articles["source_file"], articles["published_date"]))
    assert published["002_8a3e7e0daba9592b.txt"] == dt.date(2021, 9, 14)
    assert published["004_4a8ecf2fbf830e32.txt"] == dt.date(2018, 5, 17)
    assert set(articles["published_date_origin"]) == {"metadata"}


def test_four_reported_visits(seed_data):
    visits = _read(seed_data, "visits").filter(pl.col("n_articles") >= 1).sort("start_date")
    articles = _read(seed_data, "articles")
    by_file = dict(zip(articles["article_id"], articles["source_file"]))
    got = [
        (v["visitor"], v["host"], v["city"], v["start_date"], v["end_date"], v["visit_type"], v["announced"],
         sorted(by_file[a][:3] for a in v["article_ids"]))
        for v in visits.iter_rows(named=True)
    ]
    assert got == [
        (ASSAD, PUTIN, "Sochi", dt.date(2018, 5, 17), dt.date(2018, 5, 17), "working", False, ["004"]),
        (ASSAD, PUTIN, "Moscow", dt.date(2021, 9, 13), dt.date(2021, 9, 13), None, False, ["002"]),
        (ASSAD, PUTIN, "Moscow", dt.date(2023, 3, 14), dt.date(2023, 3, 15), "official", None, ["000", "001"]),
        (ASSAD, PUTIN, "Moscow", dt.date(2024, 7, 24), dt.date(2024, 7, 24), None, None, ["003"]),
    ]
    assert set(visits["country"]) == {"Russia"}


def test_referenced_visits_link_to_the_reported_ones(seed_data):
    vm = _read(seed_data, "visit_mentions")
    visits = _read(seed_data, "visits")
    ids = {(v["city"], v["start_date"].year, v["start_date"].month): v["visit_id"]
           for v in visits.filter(pl.col("n_articles") >= 1).iter_rows(named=True)}
    refs = vm.filter(pl.col("kind") == "referenced")
    linked = set(refs["visit_id"].to_list())
    assert ids[("Moscow", 2021, 9)] in linked  # "the last meeting in Moscow was in September 2021"
    assert ids[("Sochi", 2018, 5)] in linked   # "the last one in 2018 in Sochi"
    assert ids[("Moscow", 2023, 3)] in linked  # "the first since March 2023"
    assert vm["visit_id"].null_count() == 0
    assert set(vm.filter(pl.col("kind") == "reported")["visit_id"]) == set(ids.values())


def test_topics_per_visit_and_summary(seed_data):
    visits = _read(seed_data, "visits").filter(pl.col("n_articles") >= 1)
    topics_of = {v["start_date"].year: set(v["topics"]) for v in visits.iter_rows(named=True)}
    assert {"bilateral_cooperation", "earthquake_relief", "turkey_syria_normalisation"} <= topics_of[2023]
    assert {"gaza_war", "ukraine_war"} <= topics_of[2024]
    assert {"covid_vaccines", "counter_terrorism"} <= topics_of[2021]
    assert "arms_deals" in topics_of[2018]
    summary = _read(seed_data, "topic_summary")
    turkey = summary.filter(pl.col("topic_id") == "turkey_syria_normalisation").row(0, named=True)
    assert turkey["n_visits"] >= 2 and turkey["first_date"] <= dt.date(2023, 3, 14)
    vt = _read(seed_data, "visit_topics")
    assert set(vt["role"]) <= {"agenda", "context"} and vt.height >= 10


def test_evidence_offsets_point_into_the_text(seed_data):
    texts = dict(_read(seed_data, "articles").select("article_id", "text").iter_rows())
    for row in _read(seed_data, "mentions").iter_rows(named=True):
        assert texts[row["article_id"]][row["start"]:row["end"]] == row["surface"]
    for row in _read(seed_data, "quotes").iter_rows(named=True):
        assert texts[row["article_id"]][row["start"]:row["end"]] == row["quote"]
    for row in _read(seed_data, "visit_mentions").iter_rows(named=True):
        assert row["evidence"] in texts[row["article_id"]]


def test_duckdb_views_and_state(seed_data):
    # the views name their files relative to the data dir: a client resolves them from there
    con = duckdb.connect(str(seed_data / "ziyarat.duckdb"), read_only=True,
                         config={"file_search_path": str(seed_data)})
    n = con.execute("select count(*) from visits where n_articles >= 1").fetchone()[0]
    con.close()
    assert n == 4
    state = json.loads((seed_data / "_state.json").read_text())
    assert state["tables"]["articles"] == 5
    assert (seed_data / "report.html").exists()


def test_named_queries_on_the_seed_output(seed_data):
    """Every queries/*.sql runs against the seeds' real tables and answers its question."""
    from pathlib import Path

    from ziyarat.query import run as query

    folder = Path(__file__).resolve().parent.parent / "queries"
    run = {f.stem: query(seed_data, f.read_text(encoding="utf-8")) for f in sorted(folder.glob("*.sql"))}
    assert len(run) >= 7
    timeline = run["timeline"].filter(pl.col("n_articles") > 0)
    assert timeline.select("start_date", "city").rows() == [
        (dt.date(2018, 5, 17), "Sochi"), (dt.date(2021, 9, 13), "Moscow"),
        (dt.date(2023, 3, 14), "Moscow"), (dt.date(2024, 7, 24), "Moscow")]
    last = run["last_assad_moscow"].row(0, named=True)
    assert (last["start_date"], last["host"]) == (dt.date(2024, 7, 24), PUTIN)
    turkey = set(run["which_visits_discussed_turkey"]["start_date"])
    assert {dt.date(2023, 3, 14), dt.date(2024, 7, 24)} <= turkey
    attended = run["who_attended"].filter(pl.col("start_date") == dt.date(2021, 9, 13))["participant"].to_list()
    assert {ASSAD, PUTIN, "Faisal Mekdad", "Sergei Shoigu"} <= set(attended)
    changes = dict(run["agenda_changes"].select("topic_id", "change").iter_rows())
    assert changes["gaza_war"] == "appeared"
    assert run["articles_per_outlet"]["n_articles"].sum() == 5
    topics_2024 = run["topics_by_visit"].filter(pl.col("start_date") == dt.date(2024, 7, 24))
    assert "gaza_war" in topics_2024["topic_id"].to_list()
