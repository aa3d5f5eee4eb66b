"""queries/*.sql: each named query runs against a small data dir and answers its
question with the right values.

`data_dir` is built here from inline frames shaped like the seeds (Assad's trips to
Putin: Sochi 2018, Moscow 2021, 2023 and 2024, plus an October 2015 trip only
referenced), passed through the real aggregate stage and written with the real
store; an end-to-end fixture can replace it later."""
import datetime as dt
from pathlib import Path

import polars as pl
import pytest

from tasks.aggregate import aggregate
from ziyarat import schemas, store
from ziyarat import query

QUERIES = Path(__file__).resolve().parent.parent / "queries"
D = dt.date
ASSAD, PUTIN = "Bashar al-Assad", "Vladimir Putin"
TURKEY = "turkey_syria_normalisation"


def _vm(article_id, date, precision="day", kind="reported", city="Moscow", visit_type=None, announced=None,
        participants=()):
    return {"article_id": article_id, "kind": kind, "visitor": ASSAD, "host": PUTIN, "city": city,
            "country": "Russia", "date": date, "date_precision": precision, "visit_type": visit_type,
            "announced": announced, "evidence": "وصل الأسد إلى موسكو", "participants": list(participants),
            "confidence": 1.0}


def sample_tables() -> dict[str, pl.DataFrame]:
    articles = pl.DataFrame([
        ("s0", "000.txt", None, D(2023, 3, 14), None),
        ("s1", "001.txt", "Al-Modon", D(2023, 3, 14), None),
        ("s2", "002.txt", "Enab Baladi", D(2021, 9, 14), None),
        ("s3", "003.txt", None, D(2024, 7, 25), None),
        ("s4", "004.txt", "Enab Baladi", D(2018, 5, 17), None),
        ("s5", "mirror/000.txt", None, D(2023, 3, 15), "s0"),
    ], schema=["article_id", "source_file", "source", "published_date", "duplicate_of"], orient="row",
    ).with_columns(text=pl.lit("نص المقال"), published_date_origin=pl.lit("metadata"), n_chars=pl.lit(9))
    visit_mentions = pl.DataFrame([
        _vm("s0", D(2023, 3, 15), visit_type="official", announced=True,
            participants=["Mikhail Bogdanov", "Alexander Yefimov"]),
        _vm("s0", D(2021, 9, 1), precision="month", kind="referenced"),
        _vm("s1", D(2023, 3, 14), visit_type="official", announced=True),
        _vm("s5", D(2023, 3, 15), visit_type="official", announced=True),
        _vm("s2", D(2021, 9, 13), visit_type="working", announced=False,
            participants=["Faisal Mekdad", "Sergei Shoigu"]),
        _vm("s2", D(2018, 1, 1), precision="year", kind="referenced", city="Sochi"),
        _vm("s3", D(2024, 7, 24)),
        _vm("s3", D(2015, 10, 1), precision="month", kind="referenced"),
        _vm("s4", D(2018, 5, 17), city="Sochi", visit_type="working"),
    ], infer_schema_length=None)
    article_topics = pl.DataFrame([
        ("s0", TURKEY, "agenda", 0.9), ("s1", TURKEY, "agenda", 0.8), ("s5", TURKEY, "agenda", 0.9),
        ("s1", "economic_cooperation", "agenda", 0.6),
        ("s2", "reconstruction", "agenda", 0.7), ("s2", "economic_cooperation", "agenda", 0.5),
        ("s3", "gaza_war", "agenda", 0.8), ("s3", TURKEY, "context", 0.4),
        ("s3", "political_settlement", "agenda", 0.5),
        ("s4", "military_cooperation", "agenda", 0.9), ("s4", "political_settlement", "agenda", 0.6),
    ], schema=["article_id", "topic_id", "role", "score"], orient="row").with_columns(evidence=pl.lit("دليل"))
    topics = pl.DataFrame({
        "topic_id": [TURKEY, "economic_cooperation", "reconstruction", "gaza_war", "political_settlement",
                     "military_cooperation"],
        "label_en": ["Turkey-Syria normalisation", "Economic cooperation", "Reconstruction", "War in Gaza",
                     "Political settlement", "Military cooperation"],
        "label_ar": ["تطبيع العلاقات مع تركيا", "التعاون الاقتصادي", "إعادة الإعمار", "الحرب في غزة",
                     "التسوية السياسية", "التعاون العسكري"],
    })
    mentions = pl.DataFrame([
        ("s0", "turkey", "place", "Turkey", "تركيا", "تركيا", 10, 15),
        ("s2", "turkey", "place", "Turkey", "تركيا", "تركية", 40, 45),
        ("s3", "recep_tayyip_erdogan", "person", "Recep Tayyip Erdogan", "رجب طيب أردوغان", "أردوغان", 30, 37),
        ("s4", "vladimir_putin", "person", PUTIN, "فلاديمير بوتين", "بوتين", 0, 5),
    ], schema=["article_id", "entity_id", "entity_type", "name_en", "name_ar", "surface", "start", "end"],
        orient="row")
    quotes = pl.DataFrame({"article_id": ["s2"], "speaker": [PUTIN], "quote": ["بجهودنا المشتركة"],
                           "start": [0], "end": [16]})
    arts = schemas.conform("articles", articles)
    extracted = {
        "mentions": schemas.conform("mentions", mentions),
        "visit_mentions": schemas.conform("visit_mentions", visit_mentions),
        "article_topics": schemas.conform("article_topics", article_topics),
        "quotes": schemas.conform("quotes", quotes),
    }
    tables = aggregate(arts, extracted["mentions"], extracted["visit_mentions"], extracted["article_topics"],
                       extracted["quotes"], topics)
    return {**extracted, **tables, "articles": arts}


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory):
    path = tmp_path_factory.mktemp("query_data")
    store.write_tables(path, sample_tables())
    return path


def run(data_dir, name: str) -> pl.DataFrame:
    return query.run(data_dir, (QUERIES / f"{name}.sql").read_text(encoding="utf-8"))


def test_every_query_file_says_its_question_and_runs(data_dir):
    files = sorted(QUERIES.glob("*.sql"))
    assert {f.stem for f in files} >= {"timeline", "topics_by_visit", "which_visits_discussed_turkey",
                                       "last_assad_moscow", "who_attended", "agenda_changes", "articles_per_outlet"}
    for f in files:
        text = f.read_text(encoding="utf-8")
        assert text.startswith("--") and "Question:" in text.split("SELECT")[0].split("WITH")[0], f.name
        assert run(data_dir, f.stem).height > 0, f.name


def test_timeline_lists_every_known_meeting_in_date_order(data_dir):
    df = run(data_dir, "timeline")
    assert df.select("start_date", "city", "date_precision", "n_articles", "evidence").rows() == [
        (D(2015, 10, 1), "Moscow", "month", 0, "referenced only"),
        (D(2018, 5, 17), "Sochi", "day", 1, "reported"),
        (D(2021, 9, 13), "Moscow", "day", 1, "reported"),
        (D(2023, 3, 14), "Moscow", "day", 2, "reported"),   # s5 is a copy of s0: counted once
        (D(2024, 7, 24), "Moscow", "day", 1, "reported"),
    ]
    row_2023 = df.row(3, named=True)
    assert (row_2023["end_date"], row_2023["visit_type"], row_2023["n_conflicts"]) == (D(2023, 3, 15), "official", 1)
    assert df["n_references"].to_list() == [1, 1, 1, 0, 0]


def test_topics_by_visit_puts_agenda_first(data_dir):
    df = run(data_dir, "topics_by_visit")
    v2024 = df.filter(pl.col("start_date") == D(2024, 7, 24))
    assert v2024.select("topic_id", "role").rows() == [
        ("gaza_war", "agenda"), ("political_settlement", "agenda"), (TURKEY, "context")]
    assert v2024["label_en"][0] == "War in Gaza"
    v2023 = df.filter(pl.col("start_date") == D(2023, 3, 14)).row(0, named=True)
    assert (v2023["topic_id"], v2023["n_articles"], v2023["score"]) == (TURKEY, 2, 0.85)


def test_which_visits_discussed_turkey(data_dir):
    df = run(data_dir, "which_visits_discussed_turkey")
    assert df.select("start_date", "why").rows() == [
        (D(2021, 9, 13), "mentions"),
        (D(2023, 3, 14), "agenda and mentions"),
        (D(2024, 7, 24), "mentions"),
    ]
    assert df["turkey_mentions"].to_list()[2] == ["Recep Tayyip Erdogan"]


def test_last_assad_moscow(data_dir):
    df = run(data_dir, "last_assad_moscow")
    assert df.height == 1
    row = df.row(0, named=True)
    assert (row["start_date"], row["date_precision"], row["article_ids"]) == (D(2024, 7, 24), "day", ["s3"])


def test_who_attended_unnests_participants(data_dir):
    df = run(data_dir, "who_attended")
    v2021 = df.filter(pl.col("start_date") == D(2021, 9, 13))
    assert v2021.select("participant", "role").rows() == [
        (ASSAD, "visitor"), (PUTIN, "host"), ("Faisal Mekdad", "participant"), ("Sergei Shoigu", "participant")]
    assert df.filter(pl.col("start_date") == D(2023, 3, 14))["participant"].to_list() == [
        ASSAD, PUTIN, "Alexander Yefimov", "Mikhail Bogdanov"]


def test_agenda_changes_between_first_and_last_year(data_dir):
    df = run(data_dir, "agenda_changes")
    change = dict(df.select("topic_id", "change").rows())
    assert change == {
        "gaza_war": "appeared", "political_settlement": "kept", "military_cooperation": "disappeared",
        "economic_cooperation": "came and went", "reconstruction": "came and went", TURKEY: "came and went",
    }
    assert (df["first_year"][0], df["last_year"][0]) == (2018, 2024)
    years = dict(df.select("topic_id", "years").rows())
    assert years["economic_cooperation"] == [2021, 2023]
    assert years["political_settlement"] == [2018, 2024]


def test_articles_per_outlet(data_dir):
    df = run(data_dir, "articles_per_outlet")
    rows = {r["outlet"]: r for r in df.to_dicts()}
    enab = rows["Enab Baladi"]
    assert (enab["n_articles"], enab["n_duplicates"], enab["n_visits_reported"], enab["outlet_from"]) == (2, 0, 2, "source")
    assert (enab["first_published"], enab["last_published"]) == (D(2018, 5, 17), D(2021, 9, 14))
    assert rows["mirror"]["n_duplicates"] == 1 and rows["mirror"]["outlet_from"] == "file"
    assert df["outlet"][0] == "Enab Baladi"
    assert df["n_articles"].sum() == 6
