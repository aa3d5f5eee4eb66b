"""Tests for ziyarat.evaluate: the scorer on tiny inline frames, and the gold files themselves."""
from __future__ import annotations

import json
import re
import zipfile
from datetime import date
from pathlib import Path

import polars as pl
import pytest

from ziyarat.evaluate import (
    CORPUS_JSONL, DEFAULT_CORPUS_DIR, DEFAULT_GOLD_DIR, DEFAULT_SEEDS_DIR, load_gold,
    map_articles, match_visits, materialise_corpus_gold, score_collection,
)

GOLD = {
    "a.txt": {
        "kind_of_case": "visit",
        "visits": [
            {"visitor": "Bashar al-Assad", "host": "Vladimir Putin", "city": "Moscow", "country": "Russia",
             "date": "2021-09-13", "end_date": None, "visit_type": None, "announced": False},
            {"visitor": "Abdrabbuh Mansur Hadi", "host": "Abdel Fattah el-Sisi", "city": "Cairo",
             "country": "Egypt", "date": "2015-08-05", "end_date": None, "visit_type": "official",
             "announced": None},
        ],
        "referenced": [{"visitor": "Bashar al-Assad", "host": "Vladimir Putin", "city": "Sochi",
                        "date": "2018", "precision": "year"}],
        "topics": [{"topic_id": "military_cooperation", "role": "agenda"},
                   {"topic_id": "refugees_returns", "role": "context"}],
        "quotes": [{"speaker": "Vladimir Putin", "quote_prefix": "بجهودنا المشتركة وجهنا ضربة"}],
    },
    "b.txt": {"kind_of_case": "negative", "visits": [], "referenced": [], "topics": []},
}


def _tables(visit_rows: list[dict]) -> dict[str, pl.DataFrame]:
    articles = pl.DataFrame({"article_id": ["A", "B"], "source_file": ["a.txt", "b.txt"], "url": [None, None]})
    vm = pl.DataFrame(visit_rows, schema={
        "article_id": pl.Utf8, "kind": pl.Utf8, "visitor": pl.Utf8, "host": pl.Utf8, "city": pl.Utf8,
        "country": pl.Utf8, "date": pl.Date, "end_date": pl.Date, "visit_type": pl.Utf8, "announced": pl.Boolean})
    topics = pl.DataFrame({"article_id": ["A", "A"], "topic_id": ["military_cooperation", "refugees_returns"],
                           "role": ["agenda", "context"]})
    quotes = pl.DataFrame({"article_id": ["A"], "speaker": ["Vladimir Putin"],
                           "quote": ["«بجهودنا المشتركة وجهنا ضربة قاصمة للإرهابيين»"]})
    return {"articles": articles, "visit_mentions": vm, "article_topics": topics, "quotes": quotes}


def _row(kind, visitor, host, city, country, d, vt=None, ann=None):
    return {"article_id": "A", "kind": kind, "visitor": visitor, "host": host, "city": city,
            "country": country, "date": d, "end_date": None, "visit_type": vt, "announced": ann}


PERFECT = [
    _row("reported", "Bashar al-Assad", "Vladimir Putin", "Moscow", "Russia", date(2021, 9, 13), ann=False),
    _row("reported", "Abdrabbuh Mansur Hadi", "Abdel Fattah el-Sisi", "Cairo", "Egypt", date(2015, 8, 5), vt="official"),
    _row("referenced", "Bashar al-Assad", "Vladimir Putin", "Sochi", "Russia", date(2018, 5, 17)),
]


def test_perfect_prediction_scores_one_everywhere():
    res = score_collection(_tables(PERFECT), GOLD, "seeds")
    assert res["n_matched_articles"] == 2
    for block in ("visits", "referenced", "topics", "topics_role"):
        assert (res[block]["precision"], res[block]["recall"], res[block]["f1"]) == (1.0, 1.0, 1.0), block
    for field, m in res["fields"].items():
        assert m["f1"] in (1.0, None) and m["accuracy"] in (1.0, None), field
    assert res["fields"]["end_date"]["f1"] is None  # no gold end dates: nothing to score
    assert res["quotes"] == {"n_gold": 1, "n_found": 1, "recall": 1.0, "speaker_accuracy": 1.0}
    assert res["negatives"] == {"n_articles": 1, "with_spurious_reported_visit": 0}


def test_missing_visit_halves_visit_recall():
    res = score_collection(_tables([PERFECT[0], PERFECT[2]]), GOLD, "seeds")
    assert res["visits"]["tp"] == 1 and res["visits"]["fn"] == 1 and res["visits"]["fp"] == 0
    assert res["visits"]["recall"] == 0.5 and res["visits"]["precision"] == 1.0
    # the missed visit's fields are false negatives too: visit_type only existed on it
    assert res["fields"]["visitor"]["recall"] == 0.5
    assert res["fields"]["visit_type"]["recall"] == 0.0


def test_wrong_date_is_a_date_error_but_month_still_right():
    rows = [dict(PERFECT[0], date=date(2021, 9, 14)), PERFECT[1], PERFECT[2]]
    res = score_collection(_tables(rows), GOLD, "seeds")
    assert res["visits"]["f1"] == 1.0
    assert res["fields"]["date"]["tp"] == 1 and res["fields"]["date"]["fp"] == 1
    assert res["fields"]["date"]["accuracy"] == 0.5
    assert res["fields"]["date_month"]["accuracy"] == 1.0


def test_swapped_roles_match_the_pair_but_fail_visitor_and_host():
    rows = [dict(PERFECT[0], visitor="Vladimir Putin", host="Bashar al-Assad"), PERFECT[1], PERFECT[2]]
    res = score_collection(_tables(rows), GOLD, "seeds")
    assert res["visits"]["f1"] == 1.0
    assert res["fields"]["visitor"]["accuracy"] == 0.5 and res["fields"]["host"]["accuracy"] == 0.5


def test_spurious_visit_in_negative_article_is_counted():
    rows = PERFECT + [dict(PERFECT[0], article_id="B")]
    res = score_collection(_tables(rows), GOLD, "seeds")
    assert res["visits"]["fp"] == 1 and res["negatives"]["with_spurious_reported_visit"] == 1


def test_unnamed_host_matches_on_visitor():
    gold = [{"visitor": "François Hollande", "host": "Abdel Fattah el-Sisi", "host_named": False,
             "city": "Cairo", "country": "Egypt", "date": "2015-08-06"}]
    pred = [{"visitor": "Francois Hollande", "host": None, "city": "Cairo"}]
    matches, missed, extra = match_visits(gold, pred)
    assert len(matches) == 1 and not missed and not extra


def test_corpus_articles_map_by_line_or_url():
    gold = {"z.zip:3": {"url": "http://x/1"}, "z.zip:9": {"url": "http://x/2"}}
    arts = pl.DataFrame({"article_id": ["P", "Q"], "source_file": [f"{CORPUS_JSONL}#0", f"{CORPUS_JSONL}#1"],
                         "url": ["http://x/1", None]})
    cmap = [{"line": 0, "key": "z.zip:3"}, {"line": 1, "key": "z.zip:9"}]
    assert map_articles(arts, "saudinewsnet", gold, cmap) == {"z.zip:3": "P", "z.zip:9": "Q"}


# --------------------------------------------------------------------------- the gold files

GOLD_FILES = load_gold(DEFAULT_GOLD_DIR)
TOPIC_IDS = {
    "bilateral_cooperation", "military_cooperation", "counter_terrorism", "political_settlement",
    "economy_trade", "energy_wheat", "humanitarian_aid", "earthquake_relief", "turkey_syria_normalisation",
    "arab_normalisation", "refugees_returns", "israel_iran", "ukraine_war", "gaza_war", "elections",
    "arms_deals", "foreign_forces_sovereignty", "un_security_council", "reconstruction", "kurdish_forces",
    "covid_vaccines",
}


def _all_entries():
    for coll in GOLD_FILES.values():
        yield from coll["articles"].items()


def test_every_seed_is_annotated():
    seeds = {p.name for p in DEFAULT_SEEDS_DIR.glob("*.txt")}
    assert seeds and seeds == set(GOLD_FILES["seeds"]["articles"])


def test_gold_entries_are_well_formed():
    date_re = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
    for key, e in _all_entries():
        assert e["kind_of_case"] in ("visit", "negative", "reference_only"), key
        assert bool(e["visits"]) == (e["kind_of_case"] == "visit"), key
        for v in e["visits"]:
            assert v["visitor"] and (v["host"] or v.get("host_named") is False), key
            assert v["visit_type"] in (None, "official", "working", "state"), key
            assert v["announced"] in (None, True, False), key
            for d in [v["date"], v["end_date"], *(v.get("date_also_ok") or [])]:
                assert d is None or re.match(r"^\d{4}-\d{2}-\d{2}$", d), (key, d)
        for r in e["referenced"]:
            assert r["visitor"] and (r["date"] is None or date_re.match(r["date"])), key
            assert r["precision"] in (None, "day", "month", "year"), key
        for t in e.get("topics") or []:
            assert t["topic_id"] in TOPIC_IDS and t["role"] in ("agenda", "context"), (key, t)
        assert len(str(e.get("title", "")).split()) <= 12, key  # licence: title snippet only
        for v in e["visits"] + e["referenced"]:  # licence: evidence snippets stay short
            assert len(v.get("evidence", "").split()) <= 15, key


def test_corpus_gold_has_enough_cases():
    kinds = [e["kind_of_case"] for e in GOLD_FILES["saudinewsnet"]["articles"].values()]
    assert len(kinds) >= 30 and kinds.count("visit") >= 12 and kinds.count("negative") >= 12
    assert kinds.count("reference_only") >= 3


@pytest.mark.skipif(not DEFAULT_CORPUS_DIR.exists(), reason="SaudiNewsNet corpus not available")
def test_every_corpus_pointer_resolves():
    cache: dict[str, list] = {}
    for key, e in GOLD_FILES["saudinewsnet"]["articles"].items():
        path = DEFAULT_CORPUS_DIR / e["zip"]
        assert path.exists(), key
        if e["zip"] not in cache:
            with zipfile.ZipFile(path) as zf:
                cache[e["zip"]] = json.loads(zf.read(next(n for n in zf.namelist() if n.endswith(".json"))))
        records = cache[e["zip"]]
        assert 0 <= e["index"] < len(records), key
        assert records[e["index"]]["url"] == e["url"], key
        assert records[e["index"]]["date_extracted"][:10] == e["published"], key


@pytest.mark.skipif(not DEFAULT_CORPUS_DIR.exists(), reason="SaudiNewsNet corpus not available")
def test_materialise_writes_one_line_per_gold_article(tmp_path):
    out = materialise_corpus_gold(DEFAULT_GOLD_DIR, DEFAULT_CORPUS_DIR, tmp_path)
    lines = out.read_text(encoding="utf-8").splitlines()
    gold = GOLD_FILES["saudinewsnet"]["articles"]
    assert len(lines) == len(gold)
    first_key, first = next(iter(gold.items()))
    rec = json.loads(lines[0])
    assert rec["url"] == first["url"] and set(rec) == {"source", "url", "date_extracted", "title", "content"}
    cmap = json.loads((tmp_path / "saudinewsnet_gold_map.json").read_text(encoding="utf-8"))
    assert cmap[0]["key"] == first_key and cmap[-1]["line"] == len(gold) - 1


def test_materialise_refuses_the_repository():
    with pytest.raises(ValueError):
        materialise_corpus_gold(DEFAULT_GOLD_DIR, DEFAULT_CORPUS_DIR, Path(__file__).resolve().parents[1] / "x")
