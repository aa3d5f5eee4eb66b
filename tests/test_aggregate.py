"""Aggregate: visit mentions -> visits, visit_topics, topic_summary (tiny inline frames)."""
import datetime as dt
import hashlib
import re

import polars as pl
import pytest

from tasks.aggregate import PAIRS, TOPIC_COLUMNS, aggregate, canonical_spellings, cited_articles
from ziyarat import schemas

D = dt.date
ASSAD, PUTIN = "Bashar al-Assad", "Vladimir Putin"
TAXONOMY = pl.DataFrame({
    "topic_id": ["turkey_syria_normalisation", "reconstruction", "gaza_war"],
    "label_en": ["Turkey-Syria normalisation", "Reconstruction", "War in Gaza"],
    "label_ar": ["تطبيع العلاقات التركية السورية", "إعادة الإعمار", "الحرب في غزة"],
})


def articles(*rows):
    """rows: (article_id, published_date, source, source_file, duplicate_of)"""
    df = pl.DataFrame(list(rows), schema=["article_id", "published_date", "source", "source_file", "duplicate_of"],
                      orient="row")
    return schemas.conform("articles", df.with_columns(
        text=pl.lit("نص"), published_date_origin=pl.lit("metadata"), n_chars=pl.lit(2)))


def vm(article_id, date=None, *, kind="reported", visitor=ASSAD, host=PUTIN, city="Moscow", precision="day",
       visit_type=None, announced=None, participants=(), end=None, confidence=1.0):
    return {"article_id": article_id, "kind": kind, "visitor": visitor, "host": host, "city": city,
            "country": "Russia" if city else None, "date": date, "date_precision": precision if date else None,
            "visit_type": visit_type, "announced": announced, "evidence": f"جملة من {article_id}",
            "end_date": end, "participants": list(participants), "confidence": confidence}


def mentions(*rows):
    return schemas.conform("visit_mentions", pl.DataFrame(list(rows), infer_schema_length=None))


def topics_of(*rows):
    """rows: (article_id, topic_id, role, score)"""
    df = pl.DataFrame(list(rows), schema=["article_id", "topic_id", "role", "score"], orient="row")
    return schemas.conform("article_topics", df.with_columns(evidence=pl.lit("دليل")))


def run(arts, vms, ats=None):
    return aggregate(arts, None, vms, ats if ats is not None else schemas.empty("article_topics"), None, TAXONOMY)


# The 2023-03 Moscow trip as two outlets told it: arrival Tuesday vs talks Wednesday.
ARTS_2023 = articles(
    ("a1", D(2023, 3, 14), None, "000.txt", None),
    ("a2", D(2023, 3, 14), None, "001.txt", None),
    ("a3", D(2023, 3, 15), None, "mirror/000.txt", "a1"),  # a near-duplicate of a1
)
VMS_2023 = mentions(
    vm("a1", D(2023, 3, 15), visit_type="official", announced=True, participants=["Mikhail Bogdanov"]),
    vm("a2", D(2023, 3, 14), visitor="Bashar Assad", visit_type="official", announced=True),
    vm("a3", D(2023, 3, 15), visit_type="official", announced=True),
)


def test_one_visit_across_outlets_dates_and_spellings():
    out = run(ARTS_2023, VMS_2023)
    visits = out["visits"]
    assert visits.height == 1
    v = visits.row(0, named=True)
    assert (v["visitor"], v["host"], v["city"], v["country"]) == (ASSAD, PUTIN, "Moscow", "Russia")
    assert (v["start_date"], v["end_date"], v["date_precision"]) == (D(2023, 3, 14), D(2023, 3, 15), "day")
    assert (v["visit_type"], v["announced"]) == ("official", True)
    # a3 is a copy of a1: listed, but counted once
    assert v["article_ids"] == ["a1", "a2", "a3"]
    assert v["n_articles"] == 2
    assert v["n_sources"] == 3  # no `source`: 000.txt, 001.txt and the mirror/ folder
    assert v["participants"] == [ASSAD, "Mikhail Bogdanov", PUTIN]
    assert (v["first_reported"], v["last_reported"]) == (D(2023, 3, 14), D(2023, 3, 15))
    assert "date: 2023-03-14 (1 article) vs 2023-03-15 (1 article)" in v["conflicts"]
    assert "spelling: Bashar Assad (1 article) read as Bashar al-Assad" in v["conflicts"]
    assert out["visit_mentions"]["visit_id"].to_list() == [v["visit_id"]] * 3


def test_visit_id_is_stable_and_order_independent():
    first = run(ARTS_2023, VMS_2023)["visits"]["visit_id"][0]
    assert re.fullmatch(r"v_[0-9a-f]{12}", first)
    shuffled = run(ARTS_2023.reverse(), VMS_2023.reverse())["visits"]["visit_id"][0]
    # another, later article about the same trip does not move the anchor (2023-03-14)
    more_arts = pl.concat([ARTS_2023, articles(("a9", D(2023, 3, 16), "RT", "rt.txt", None))])
    more = run(more_arts, pl.concat([VMS_2023, mentions(vm("a9", D(2023, 3, 15)))]))["visits"]
    assert first == shuffled == more["visit_id"][0]
    assert more["n_sources"][0] == 4
    assert first == "v_" + hashlib.sha1(f"{ASSAD}|{PUTIN}|Moscow|2023-03-14".encode()).hexdigest()[:12]


def test_majority_values_and_disagreements_are_kept():
    arts = articles(*[(f"a{i}", D(2021, 9, 14), f"outlet{i}", f"{i}.txt", None) for i in range(3)])
    vms = mentions(
        vm("a0", D(2021, 9, 13), visit_type="working", announced=False),
        vm("a1", D(2021, 9, 13), visit_type="working", announced=False),
        vm("a2", D(2021, 9, 13), visit_type="official", announced=True),
    )
    v = run(arts, vms)["visits"].row(0, named=True)
    assert (v["visit_type"], v["announced"]) == ("working", False)
    assert "visit_type: working (2 articles) vs official (1 article)" in v["conflicts"]
    assert "announced: unannounced (2 articles) vs announced (1 article)" in v["conflicts"]
    assert not any(c.startswith("date") for c in v["conflicts"])


def test_swapped_roles_merge_with_a_conflict():
    arts = articles(("a1", D(2021, 9, 14), "x", "1.txt", None), ("a2", D(2021, 9, 14), "y", "2.txt", None),
                    ("a3", D(2021, 9, 14), "z", "3.txt", None))
    vms = mentions(vm("a1", D(2021, 9, 13)), vm("a2", D(2021, 9, 13)),
                   vm("a3", D(2021, 9, 13), visitor=PUTIN, host=ASSAD))
    visits = run(arts, vms)["visits"]
    assert visits.height == 1
    v = visits.row(0, named=True)
    assert (v["visitor"], v["host"], v["n_articles"]) == (ASSAD, PUTIN, 3)
    assert ("roles: Bashar al-Assad visiting Vladimir Putin (2 articles) vs "
            "Vladimir Putin visiting Bashar al-Assad (1 article)") in v["conflicts"]


def test_separate_visits_by_date_and_city():
    arts = articles(*[(f"a{i}", D(2020, 1, 1), f"s{i}", f"{i}.txt", None) for i in range(5)])
    vms = mentions(
        vm("a0", D(2020, 1, 10)),                 # Moscow
        vm("a1", D(2020, 1, 20)),                 # ten days later: another visit
        vm("a2", D(2020, 1, 12), city="Sochi"),   # two days after, elsewhere: another visit
        vm("a3", D(2020, 1, 20), city="Kazan"),   # the very same day as a1: same meeting, city disputed
        vm("a4", D(2020, 1, 21)),
    )
    visits = run(arts, vms)["visits"]
    assert visits.select("start_date", "end_date", "city", "n_articles").rows() == [
        (D(2020, 1, 10), D(2020, 1, 10), "Moscow", 1),
        (D(2020, 1, 12), D(2020, 1, 12), "Sochi", 1),
        (D(2020, 1, 20), D(2020, 1, 21), "Moscow", 3),
    ]
    last = visits.row(2, named=True)
    assert last["article_ids"] == ["a1", "a3", "a4"]
    assert "city: Moscow (2 articles) vs Kazan (1 article)" in last["conflicts"]
    assert "date: 2020-01-20 (2 articles) vs 2020-01-21 (1 article)" in last["conflicts"]


def test_references_link_to_known_visits_or_form_their_own_rows():
    arts = articles(("a1", D(2023, 3, 14), None, "000.txt", None), ("a2", D(2021, 9, 14), None, "002.txt", None),
                    ("a3", D(2024, 7, 25), None, "003.txt", None))
    vms = mentions(
        vm("a1", D(2023, 3, 15)),
        vm("a1", D(2021, 9, 1), kind="referenced", precision="month"),     # "in September 2021"
        vm("a2", D(2021, 9, 13)),
        vm("a2", D(2018, 1, 1), kind="referenced", precision="year", city="Sochi"),  # "last in 2018, in Sochi"
        vm("a3", D(2015, 10, 1), kind="referenced", precision="month"),    # no article reports it
        vm("a1", D(2015, 10, 1), kind="referenced", precision="month"),
    )
    out = run(arts, vms)
    visits = out["visits"]
    assert visits.select("start_date", "city", "date_precision", "n_articles", "n_references").rows() == [
        (D(2015, 10, 1), "Moscow", "month", 0, 2),
        (D(2018, 1, 1), "Sochi", "year", 0, 1),
        (D(2021, 9, 13), "Moscow", "day", 1, 1),
        (D(2023, 3, 15), "Moscow", "day", 1, 0),
    ]
    ref_2015 = visits.row(0, named=True)
    assert ref_2015["article_ids"] == [] and ref_2015["first_reported"] is None
    vmo = out["visit_mentions"]
    assert vmo["visit_id"].null_count() == 0
    sept = vmo.filter((pl.col("article_id") == "a1") & (pl.col("kind") == "referenced") & (pl.col("date") == D(2021, 9, 1)))
    assert sept["visit_id"][0] == visits["visit_id"][2]


def test_year_reference_links_to_the_visit_in_that_year():
    arts = articles(("a1", D(2018, 5, 17), None, "004.txt", None), ("a2", D(2021, 9, 14), None, "002.txt", None))
    vms = mentions(vm("a1", D(2018, 5, 17), city="Sochi"), vm("a2", D(2021, 9, 13)),
                   vm("a2", D(2018, 1, 1), kind="referenced", precision="year", city="Sochi"))
    visits = run(arts, vms)["visits"]
    assert visits.height == 2
    assert visits.row(0, named=True)["n_references"] == 1
    assert visits.row(0, named=True)["date_precision"] == "day"


def test_undated_report_links_by_published_date_with_lower_confidence():
    arts = articles(("a1", D(2024, 7, 24), "SANA", "1.txt", None), ("a2", D(2024, 7, 25), "RT", "2.txt", None),
                    ("a3", D(2024, 12, 1), "X", "3.txt", None))
    vms = mentions(vm("a1", D(2024, 7, 24), confidence=0.9), vm("a2", None, city=None),
                   vm("a3", None))  # months later: not the same visit
    out = run(arts, vms)
    visits = out["visits"]
    assert visits.height == 2
    v = visits.row(0, named=True)
    assert (v["start_date"], v["n_articles"], v["n_sources"], v["confidence"]) == (D(2024, 7, 24), 2, 2, 0.9)
    undated = visits.row(1, named=True)
    assert undated["start_date"] is None and undated["article_ids"] == ["a3"]
    conf = dict(out["visit_mentions"].select("article_id", "confidence").rows())
    assert conf == {"a1": 0.9, "a2": 0.7, "a3": 0.3}


def test_visit_topics_and_topic_summary():
    arts = pl.concat([ARTS_2023, articles(("b1", D(2021, 9, 14), "Enab", "002.txt", None))])
    vms = pl.concat([VMS_2023, mentions(vm("b1", D(2021, 9, 13)))])
    ats = topics_of(
        ("a1", "turkey_syria_normalisation", "agenda", 0.9),
        ("a2", "turkey_syria_normalisation", "context", 0.5),
        ("a3", "turkey_syria_normalisation", "agenda", 0.9),   # the copy of a1: counted once
        ("b1", "reconstruction", "agenda", 0.6),
        ("b1", "turkey_syria_normalisation", "context", 0.3),
    )
    out = run(arts, vms, ats)
    visits = out["visits"]
    v2021, v2023 = visits["visit_id"].to_list()
    assert visits["topics"].to_list() == [["reconstruction", "turkey_syria_normalisation"], ["turkey_syria_normalisation"]]
    assert visits["agenda_topics"].to_list() == [["reconstruction"], ["turkey_syria_normalisation"]]
    vt = out["visit_topics"].filter(pl.col("visit_id") == v2023).row(0, named=True)
    assert (vt["topic_id"], vt["n_articles"], vt["score"], vt["role"]) == ("turkey_syria_normalisation", 2, 0.7, "agenda")
    assert (vt["n_agenda_articles"], vt["n_context_articles"]) == (1, 1)
    ts = out["topic_summary"].filter(pl.col("topic_id") == "turkey_syria_normalisation").row(0, named=True)
    assert (ts["n_visits"], ts["n_articles"], ts["n_agenda_visits"]) == (2, 3, 1)
    assert (ts["first_date"], ts["last_date"]) == (D(2021, 9, 13), D(2023, 3, 14))
    assert ts["visit_ids"] == sorted([v2021, v2023])
    assert ts["label_en"] == "Turkey-Syria normalisation"
    assert out["topic_summary"]["topic_id"].to_list() == ["reconstruction", "turkey_syria_normalisation"]
    assert out["topics"].height == 3


def test_topics_of_articles_without_a_visit_mention_and_their_evidence_change_nothing():
    """What the flow reads of article_topics (aggregate.TOPIC_COLUMNS, only the rows of
    articles with a visit mention) gives the tables every row and column gives."""
    arts = pl.concat([ARTS_2023, articles(("z9", D(2023, 3, 15), "Enab", "009.txt", None))])
    ats = topics_of(("a1", "turkey_syria_normalisation", "agenda", 0.9), ("a2", "reconstruction", "context", 0.5),
                    ("z9", "reconstruction", "agenda", 0.8))  # z9 reports no visit
    everything = run(arts, VMS_2023, ats)
    projected = ats.filter(pl.col("article_id").is_in(VMS_2023["article_id"].implode())).select(TOPIC_COLUMNS)
    assert "evidence" not in projected.columns and "z9" not in projected["article_id"].to_list()
    read = run(arts, VMS_2023, projected)
    for name, df in everything.items():
        assert read[name].equals(df), name
    assert everything["topic_summary"].filter(pl.col("topic_id") == "reconstruction")["n_articles"].to_list() == [1]


def test_only_the_articles_a_visit_or_summit_mention_cites_are_carried_and_the_rest_change_nothing():
    """aggregate joins the articles to the mentions only: of a large database it keeps
    the few cited rows (small columns, no text), and the tables are those of the cited alone."""
    arts = pl.concat([ARTS_2023, articles(("z9", D(2023, 3, 15), "Enab", "009.txt", None),
                                          ("g1", D(2023, 3, 16), "Sana", "010.txt", "z9"))])
    sm = schemas.conform("summit_mentions", [{"article_id": "g1", "summit_id": "s_x", "name": "قمة", "evidence": "قمة"}])
    cited = cited_articles(arts, VMS_2023, sm)
    assert cited.sort("article_id").rows() == [
        ("a1", "000.txt", None, D(2023, 3, 14), None), ("a2", "001.txt", None, D(2023, 3, 14), None),
        ("a3", "mirror/000.txt", None, D(2023, 3, 15), "a1"), ("g1", "010.txt", "Sana", D(2023, 3, 16), "z9")]
    everything, alone = run(arts, VMS_2023), run(ARTS_2023, VMS_2023)
    for name, df in alone.items():
        assert everything[name].equals(df), name
    assert everything["visits"]["n_articles"].to_list() == [2]


def test_conform_to_some_columns_checks_only_those():
    ats = topics_of(("a1", "reconstruction", "agenda", 0.9)).select(TOPIC_COLUMNS)
    assert schemas.conform("article_topics", ats, TOPIC_COLUMNS).columns == list(TOPIC_COLUMNS)
    with pytest.raises(schemas.SchemaError):
        schemas.conform("article_topics", ats)  # the whole table: evidence is missing, and may not be null


def test_outputs_conform_and_empty_input_gives_empty_tables():
    out = run(schemas.empty("articles"), schemas.empty("visit_mentions"))
    for name in ("visits", "visit_mentions", "visit_topics", "topic_summary"):
        assert out[name].height == 0
        assert out[name].schema == pl.Schema(schemas.TABLES[name])
    full = run(ARTS_2023, VMS_2023)
    assert [name for name in full if name not in schemas.TABLES] == [PAIRS]  # the only internal table
    for name, df in full.items():
        if name in schemas.TABLES:
            schemas.check(name, df)


@pytest.mark.parametrize("variants, expected", [
    (["Vladimir Putin", "Vladimir Putin", "Vladimir Poutine"], "Vladimir Putin"),
    (["Bashar al-Assad", "Bashar al-Assad", "Bashar Assad"], "Bashar al-Assad"),
])
def test_canonical_spellings_folds_rare_variants(variants, expected):
    mapping = canonical_spellings(variants)
    assert set(mapping.values()) == {expected}
    assert canonical_spellings(["Bashar al-Assad", "Hafez al-Assad"]) == {
        "Bashar al-Assad": "Bashar al-Assad", "Hafez al-Assad": "Hafez al-Assad"}


# ---------------------------------------------------------------- settings, summits, copies
def test_an_undated_unpublished_near_copy_counts_once_in_visits():
    # neither article has a date or a publication day: the copy still joins its original
    arts = articles(("u1", None, "agency", "u1.txt", None), ("u2", None, "mirror", "u2.txt", "u1"))
    out = run(arts, mentions(vm("u1"), vm("u2")))
    [v] = out["visits"].to_dicts()
    assert (v["n_articles"], v["n_sources"], v["article_ids"]) == (1, 2, ["u1", "u2"])


def test_a_visit_takes_the_setting_and_summit_most_articles_give():
    arts = articles(("s1", D(2019, 6, 29), "a", "s1.txt", None), ("s2", D(2019, 6, 29), "b", "s2.txt", None))
    rows = [{**vm(a, D(2019, 6, 29), visitor="Xi Jinping", city="Osaka"), "setting": "summit_sideline",
             "summit_id": "s_g20"} for a in ("s1", "s2")]
    [v] = run(arts, mentions(*rows))["visits"].to_dicts()
    assert (v["setting"], v["summit_id"], v["conflicts"]) == ("summit_sideline", "s_g20", [])


def test_summits_merge_across_articles_with_the_leaders_met_on_their_sidelines():
    arts = articles(("g1", D(2019, 6, 28), "a", "g1.txt", None), ("g2", D(2019, 6, 29), "b", "g2.txt", None),
                    ("g3", D(2019, 6, 29), "c", "g3.txt", "g2"))
    sm = schemas.conform("summit_mentions", [
        {"article_id": "g1", "summit_id": "s_g20", "name": "G20 summit", "city": "Osaka", "country": "Japan",
         "date": D(2019, 6, 28), "participants": ["Shinzo Abe"], "evidence": "افتتحت قمة العشرين في أوساكا"},
        {"article_id": "g2", "summit_id": "s_g20", "name": "G20 summit", "city": None, "country": None,
         "date": D(2019, 6, 29), "participants": ["Donald Trump"], "evidence": "اختتمت قمة العشرين"},
        {"article_id": "g3", "summit_id": "s_g20", "name": "G20 summit", "city": None, "country": None,
         "date": D(2019, 6, 29), "participants": [], "evidence": "اختتمت قمة العشرين"},
    ])
    side = {**vm("g2", D(2019, 6, 29), visitor="Xi Jinping", city="Osaka"), "setting": "summit_sideline",
            "summit_id": "s_g20"}
    out = aggregate(arts, None, mentions(side), schemas.empty("article_topics"), None, TAXONOMY, summit_mentions=sm)
    [s] = out["summits"].to_dicts()
    assert (s["name"], s["city"], s["country"], s["start_date"], s["end_date"], s["n_articles"]) == (
        "G20 summit", "Osaka", "Japan", D(2019, 6, 28), D(2019, 6, 29), 2)
    assert s["participants"] == ["Donald Trump", "Shinzo Abe", PUTIN, "Xi Jinping"]
    assert s["article_ids"] == ["g1", "g2", "g3"] and s["evidence"] == "افتتحت قمة العشرين في أوساكا"


def test_visit_topic_scores_do_not_depend_on_the_order_rows_arrive_in():
    """A floating-point sum taken in another order can round differently at the 4th
    decimal (these eight scores: 0.7243 in one order, 0.7242 reversed, as a database
    built over several runs differed from one run's): the mean is an exact integer sum
    of the three-decimal article scores, so any order of the same rows gives one table."""
    from tasks.aggregate.topics import visit_topics_table

    scores = [0.472, 0.176, 0.848, 0.889, 0.891, 0.998, 0.799, 0.721]  # mean 0.72425 exactly
    ids = [f"a{i}" for i in range(len(scores))]
    arts = articles(*[(a, D(2023, 3, 15), "sana", f"{a}.txt", None) for a in ids])
    vms = pl.DataFrame({"visit_id": ["v1"] * len(ids), "article_id": ids, "kind": ["reported"] * len(ids)})
    topics = pl.DataFrame({"article_id": ids, "topic_id": ["reconstruction"] * len(ids),
                           "role": ["agenda"] * len(ids), "score": scores})
    orders = [topics, topics.reverse(), *(topics.sample(fraction=1.0, shuffle=True, seed=s) for s in range(20))]
    tables = [visit_topics_table(vms, arts, t) for t in orders]
    assert {t["score"][0] for t in tables} == {round(5794 / 8000, 4)}
    assert all(t.equals(tables[0]) for t in tables)
