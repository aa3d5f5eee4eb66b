"""`ziyarat export`: PLOVER records and GDELT rows from small crafted tables, checked
field by field against the PLOVER manual's field list and GDELT 2.0's columns, and
the command on a data dir written by the store."""
from __future__ import annotations

import datetime as dt
import io
import json

import polars as pl
import pytest
from typer.testing import CliRunner

from tasks.aggregate import aggregate
from ziyarat import export, schemas

D = dt.date
ASSAD, PUTIN, ERDOGAN = "Bashar al-Assad", "Vladimir Putin", "Recep Tayyip Erdogan"

# PLOVER manual, chapter "Data Fields", table "PLOVER JSON" (name: required?).
PLOVER_MANUAL_FIELDS = {
    "id": True, "has_event": False, "date": True, "time": False, "enddate": False, "endtime": False,
    "actor": True, "recipient": False, "event": True, "event_loc": False, "event_text": False,
    "quad_code": False, "event_scale": False, "mode": False, "context": False, "link": False, "text": False,
    "text_info": False, "cite_info": False, "coder": False, "coded_date": False, "coded_time": False,
    "comment": False,
}
# ... table "Information object for entities", "Location object", "Information object for
# text", "Information object for citations".
PLOVER_MANUAL_ENTITY = {"code", "sector", "entity_text", "identifier_id", "identifier_text", "religion",
                        "ethnicity", "office", "gender", "age"}
PLOVER_MANUAL_LOCATION = {"extracted_place", "resolved_place", "geonameid", "lat", "lon", "city", "district",
                          "province", "country", "country_code", "feature_class", "feature_code", "resolution"}
PLOVER_MANUAL_TEXT = {"sequence", "start", "end", "text_story"}
PLOVER_MANUAL_CITE = {"corpus", "citation", "url", "title", "language", "publication", "license", "copyright",
                      "coder", "codebook", "version"}
# GDELT 2.0 event table, in codebook order.
GDELT_2_COLUMNS = """GLOBALEVENTID SQLDATE MonthYear Year FractionDate Actor1Code Actor1Name Actor1CountryCode
Actor1KnownGroupCode Actor1EthnicCode Actor1Religion1Code Actor1Religion2Code Actor1Type1Code Actor1Type2Code
Actor1Type3Code Actor2Code Actor2Name Actor2CountryCode Actor2KnownGroupCode Actor2EthnicCode Actor2Religion1Code
Actor2Religion2Code Actor2Type1Code Actor2Type2Code Actor2Type3Code IsRootEvent EventCode EventBaseCode
EventRootCode QuadClass GoldsteinScale NumMentions NumSources NumArticles AvgTone Actor1Geo_Type
Actor1Geo_FullName Actor1Geo_CountryCode Actor1Geo_ADM1Code Actor1Geo_ADM2Code Actor1Geo_Lat Actor1Geo_Long
Actor1Geo_FeatureID Actor2Geo_Type Actor2Geo_FullName Actor2Geo_CountryCode Actor2Geo_ADM1Code Actor2Geo_ADM2Code
Actor2Geo_Lat Actor2Geo_Long Actor2Geo_FeatureID ActionGeo_Type ActionGeo_FullName ActionGeo_CountryCode
ActionGeo_ADM1Code ActionGeo_ADM2Code ActionGeo_Lat ActionGeo_Long ActionGeo_FeatureID DATEADDED SOURCEURL""".split()

EVIDENCE_1 = "وصل الرئيس بشار الأسد إلى موسكو في زيارة رسمية."
EVIDENCE_2 = "استقبل بوتين الأسد في الكرملين."


def _articles() -> pl.DataFrame:
    rows = [("a1", D(2023, 3, 14), "SANA", "https://example.org/a1", "الأسد في موسكو"),
            ("a2", D(2023, 3, 15), "RT Arabic", "https://example.org/a2", "بوتين يستقبل الأسد"),
            ("a3", D(2023, 5, 1), "SANA", None, "زيارة مرتقبة")]
    df = pl.DataFrame(rows, schema=["article_id", "published_date", "source", "url", "title"], orient="row")
    return schemas.conform("articles", df.with_columns(
        source_file=pl.col("article_id") + ".txt", language=pl.lit("ar"), text=pl.lit("نص"),
        published_date_origin=pl.lit("metadata"), n_chars=pl.lit(2)))


def _vm(article_id, evidence, start, *, date=D(2023, 3, 15), visitor=ASSAD, host=PUTIN, city="Moscow",
        country="Russia", kind="reported"):
    return {"article_id": article_id, "kind": kind, "visitor": visitor, "host": host, "city": city,
            "country": country, "date": date, "date_precision": "day" if date else None, "evidence": evidence,
            "evidence_start": start, "evidence_end": start + len(evidence)}


@pytest.fixture(scope="module")
def tables():
    arts = _articles()
    vms = schemas.conform("visit_mentions", pl.DataFrame([
        _vm("a1", EVIDENCE_1, 10),
        _vm("a2", EVIDENCE_2, 0, date=D(2023, 3, 14)),
        _vm("a3", "لقاء بين أردوغان والأسد لم يحدد موعده.", 5, date=None, host=ERDOGAN, city=None, country=None),
    ], infer_schema_length=None))
    out = aggregate(arts, None, vms, schemas.empty("article_topics"), None, None)
    return out["visits"], out["visit_mentions"], arts


def test_plover_record_follows_the_manual_field_by_field(tables):
    records = export.plover_records(*tables)
    assert len(records) == 1  # the undated Erdogan meeting has no PLOVER date: left out
    r = records[0]
    own = set(r) - set(export.PLOVER_EXTRA)
    assert own <= set(PLOVER_MANUAL_FIELDS)
    assert {f for f, required in PLOVER_MANUAL_FIELDS.items() if required} <= own
    assert r["id"] == tables[0].filter(pl.col("host") == PUTIN)["visit_id"].item()
    assert (r["date"], r["enddate"]) == ("2023-03-14", "2023-03-15")
    assert r["actor"] == [{"code": "SYR", "sector": "GOV", "identifier_id": "Q44329",
                           "identifier_text": ASSAD, "office": "head_of_state"}]
    assert r["recipient"] == [{"code": "RUS", "sector": "GOV", "identifier_id": "Q7747",
                               "identifier_text": PUTIN, "office": "head_of_state"}]
    assert set(r["actor"][0]) <= PLOVER_MANUAL_ENTITY
    assert (r["event"], r["mode"], r["context"], r["quad_code"]) == (["CONSULT"], ["visit"], ["diplomatic"], 1)
    loc = r["event_loc"]
    assert set(loc) <= PLOVER_MANUAL_LOCATION
    assert (loc["geonameid"], loc["country_code"], loc["city"], loc["resolution"]) == (524901, "RUS", "Moscow", 4)
    assert loc["lat"] == pytest.approx(55.752, abs=0.001)
    # one entry per reporting article, aligned by index: the sentence, its offsets, its citation
    assert r["event_text"] == [EVIDENCE_1, EVIDENCE_2]
    assert [t["article_id"] for t in r["text_info"]] == ["a1", "a2"]
    assert (r["text_info"][0]["start"], r["text_info"][0]["end"]) == (10, 10 + len(EVIDENCE_1))
    assert all(set(t) - {"article_id"} <= PLOVER_MANUAL_TEXT for t in r["text_info"])
    assert [(c["citation"], c["url"], c["publication"]) for c in r["cite_info"]] == [
        ("a1", "https://example.org/a1", "SANA"), ("a2", "https://example.org/a2", "RT Arabic")]
    assert all(set(c) <= PLOVER_MANUAL_CITE for c in r["cite_info"])
    assert r["comment"].startswith("date: ")  # the two outlets disagree on the day
    assert (r["n_articles"], r["n_sources"]) == (2, 2)


def test_plover_jsonl_is_one_json_object_per_line(tables):
    text = export.plover_jsonl(export.plover_records(*tables))
    lines = text.splitlines()
    assert len(lines) == 1 and json.loads(lines[0])["event"] == ["CONSULT"]
    assert "الأسد" in lines[0]  # Arabic evidence written as is, not \u-escaped


def test_gdelt_two_dyad_rows_per_visit(tables):
    df = export.gdelt_frame(*tables)
    assert df.columns == GDELT_2_COLUMNS + ["ActionGeo_GeoNamesID", "ZiyaratVisitID"]
    assert df.height == 2
    visit, host = df.row(0, named=True), df.row(1, named=True)
    assert (visit["Actor1CountryCode"], visit["Actor2CountryCode"], visit["EventCode"]) == ("SYR", "RUS", "042")
    assert (host["Actor1CountryCode"], host["Actor2CountryCode"], host["EventCode"]) == ("RUS", "SYR", "043")
    assert (visit["Actor1Code"], visit["Actor1Name"], visit["Actor1Type1Code"]) == ("SYRGOV", "BASHAR AL-ASSAD", "GOV")
    assert (visit["SQLDATE"], visit["MonthYear"], visit["Year"]) == (20230314, 202303, 2023)
    assert visit["FractionDate"] == pytest.approx(2023.200, abs=0.001)
    assert (visit["EventRootCode"], visit["QuadClass"], visit["NumArticles"], visit["NumSources"]) == ("04", 1, 2, 2)
    assert (visit["ActionGeo_Type"], visit["ActionGeo_FullName"], visit["ActionGeo_CountryCode"]) == (
        4, "Moscow, Russia", "RS")
    assert (visit["ActionGeo_Lat"], visit["ActionGeo_GeoNamesID"]) == (pytest.approx(55.752, abs=0.001), 524901)
    assert visit["SOURCEURL"] == "https://example.org/a1"
    assert visit["ZiyaratVisitID"] == host["ZiyaratVisitID"]
    assert visit["GLOBALEVENTID"] != host["GLOBALEVENTID"]


def test_gdelt_third_country_meeting_is_044_both_ways():
    arts = _articles()
    vm = {**_vm("a1", EVIDENCE_1, 10, city="Astana", country="Kazakhstan"), "setting": "third_country"}
    vms = pl.DataFrame([vm], infer_schema_length=None)
    out = aggregate(arts, None, schemas.conform("visit_mentions", vms), schemas.empty("article_topics"), None, None)
    visits = out["visits"].with_columns(setting=pl.lit("third_country"))
    df = export.gdelt_frame(visits, out["visit_mentions"].with_columns(setting=pl.lit("third_country")), arts)
    assert df["EventCode"].to_list() == ["044", "044"]
    assert df["ActionGeo_CountryCode"].to_list() == ["KZ", "KZ"]


def test_csv_and_parquet_carry_the_identifier_columns(tables):
    visits, vm, arts = tables
    text = export.render("csv", visits, vm, arts).decode()
    frame = pl.read_csv(io.StringIO(text))
    assert frame.height == 2
    row = frame.filter(pl.col("host") == PUTIN).row(0, named=True)
    assert (row["visitor_country_iso3"], row["city_geonames_id"], row["cameo_code"]) == ("SYR", 524901, 42)
    assert json.loads(row["plover_context"]) == ["diplomatic"]
    back = pl.read_parquet(io.BytesIO(export.render("parquet", visits, vm, arts)))
    assert back.schema["plover_context"] == pl.List(pl.Utf8)
    assert sorted(back["host_wikidata_id"].to_list(), key=str) == ["Q39259", "Q7747"]


def test_export_command_reads_the_data_dir(tables, tmp_path):
    from ziyarat.cli import app
    from ziyarat.store import write_tables

    visits, vm, arts = tables
    write_tables(tmp_path / "data", {"articles": arts, "visits": visits, "visit_mentions": vm})
    runner = CliRunner()
    res = runner.invoke(app, ["export", "--format", "plover", "--data", str(tmp_path / "data")])
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout.splitlines()[0])["actor"][0]["identifier_id"] == "Q44329"
    out = tmp_path / "events.tsv"
    res = runner.invoke(app, ["export", "-f", "gdelt", "-d", str(tmp_path / "data"), "-o", str(out)])
    assert res.exit_code == 0, res.output
    assert pl.read_csv(out, separator="\t")["EventCode"].to_list() == [42, 43]
    res = runner.invoke(app, ["export", "-f", "parquet", "-d", str(tmp_path / "data")])
    assert res.exit_code == 2 and "--output" in res.output


def test_tables_written_before_the_identifier_columns_still_export(tables):
    visits, vm, arts = tables
    old_visits = visits.drop(*schemas.IDENTIFIERS)
    old_vm = vm.drop(*schemas.IDENTIFIERS)
    records = export.plover_records(old_visits, old_vm, arts)
    assert records[0]["event_loc"]["geonameid"] == 524901
    assert records[0]["recipient"][0]["identifier_id"] == "Q7747"
    assert export.gdelt_frame(old_visits, old_vm, arts)["EventCode"].to_list() == ["042", "043"]


def test_a_planned_visit_is_agree_and_036(tables):
    from tasks.identify import add_identifiers

    visits, vm, arts = tables
    planned = add_identifiers({"visits": visits.drop(*schemas.IDENTIFIERS),
                               "visit_mentions": vm.drop(*schemas.IDENTIFIERS).with_columns(planned=pl.lit(True))})
    record = export.plover_records(planned["visits"], planned["visit_mentions"], arts)[0]
    assert (record["event"], record["quad_code"]) == (["AGREE"], 1)
    gdelt = export.gdelt_frame(planned["visits"], planned["visit_mentions"], arts)
    assert gdelt.select("EventCode", "EventRootCode").rows() == [("036", "03"), ("036", "03")]
