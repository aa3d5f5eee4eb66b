"""Identifiers: the committed country / city / person tables (built by
tools/build_identifiers.py), the leader-on-a-day lookup, and tasks/identify.py's
columns on small inline frames."""
from __future__ import annotations

import datetime as dt
import importlib.util

import polars as pl
import pytest

from tasks.identify import add_identifiers, plover_contexts
from tests.conftest import ROOT
from ziyarat import schemas
from ziyarat.identifiers import get_identifiers
from ziyarat.lexicon import get_lexicon

D = dt.date
# Lexicon cities GeoNames' 15,000+ list does not have (palaces' towns, new or small places, an island standing as its city).
KNOWN_CITY_GAPS = {"AlUla", "Baabda", "Camp David", "Chequers", "Crete", "Davos", "Dead Sea", "Deauville", "Diriyah", "El Alamein", "El Gouna", "La Malbaie", "Lusail", "Meseberg", "Neom", "New Administrative Capital", "Palm Beach", "Panmunjom",
                   "Pristina", "Taormina", "Vatican City"}


@pytest.fixture(scope="module")
def ids():
    return get_identifiers()


def test_country_codes_iso_and_fips(ids):
    russia = ids.country("Russia")
    assert (russia.iso2, russia.iso3, russia.iso_numeric, russia.fips) == ("RU", "RUS", "643", "RS")
    syria = ids.country("Syria")
    assert (syria.iso3, syria.iso_numeric, syria.fips) == ("SYR", "760", "SY")
    # FIPS 10-4 differs from ISO where GDELT users trip over it
    assert (ids.country("United Kingdom").fips, ids.country("Germany").fips, ids.country("Lebanon").fips) == ("UK", "GM", "LE")
    assert ids.country("Soviet Union").iso3 == "SUN"
    assert (ids.country("United Nations").plover_code, ids.country("NATO").plover_code) == ("UNO", "IGO")


def test_city_geonames(ids):
    moscow = ids.city("Moscow")
    assert (moscow.geonames_id, moscow.country_iso2) == (524901, "RU")
    assert moscow.lat == pytest.approx(55.75, abs=0.01) and moscow.lon == pytest.approx(37.62, abs=0.01)
    assert ids.city("Washington").geonames_id == 4140963  # the US capital, not Washington in England
    assert ids.city("Qamishli").geonames_id == 173377    # GeoNames spells it Al Qāmishlī
    assert ids.city("Neom").geonames_id is None


def test_people_wikidata_only_where_verified(ids):
    assert ids.wikidata["vladimir_putin"] == "Q7747"
    assert ids.wikidata["bashar_al_assad"] == "Q44329"
    assert ids.wikidata["salman_bin_abdulaziz"] == "Q367825"
    assert "walid_muallem" not in ids.wikidata  # a foreign minister: not in the heads list, left blank


def test_every_lexicon_country_city_and_person_has_a_row(ids):
    lex = get_lexicon()
    countries = {p.name_en for p in lex.places.values() if p.kind == "country"}
    countries |= {p.country for p in lex.places.values() if p.country}
    countries |= {p.country for p in lex.people.values() if p.country}
    countries |= {o.country for p in lex.people.values() for o in p.offices}
    assert countries <= set(ids.countries)
    assert all(ids.countries[c].plover_code for c in countries)
    cities = {p.city for p in lex.places.values() if p.kind in ("city", "venue") and p.city}
    assert cities <= set(ids.cities)
    assert {c for c in cities if ids.cities[c].geonames_id is None} == KNOWN_CITY_GAPS
    import csv

    with open(ROOT / "ziyarat" / "lexicons" / "people_ids.csv", encoding="utf-8") as fh:
        assert {r["person_id"] for r in csv.DictReader(fh)} == set(lex.people)


def test_actor_country_is_the_office_held_that_day(ids):
    rutte_2023, rutte_2025 = ids.actor("Mark Rutte", D(2023, 5, 1)), ids.actor("Mark Rutte", D(2025, 6, 1))
    assert (rutte_2023.country, rutte_2023.office) == ("Netherlands", "head_of_government")
    assert (rutte_2025.country, rutte_2025.office) == ("NATO", "secretary_general")
    assert ids.actor("Nobody Known", D(2025, 6, 1)) is None


def _build_script():
    spec = importlib.util.spec_from_file_location("build_identifiers", ROOT / "tools" / "build_identifiers.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_wikidata_name_check_of_the_build_script():
    names_match = _build_script().names_match
    assert names_match("Mohammed bin Salman", "Mohammad bin Salman", "Saudi Arabia")
    assert names_match("Salman bin Abdulaziz", "Salman of Saudi Arabia", "Saudi Arabia")
    assert names_match("Recep Tayyip Erdogan", "Recep Tayyip Erdoğan", "Turkey")
    assert not names_match("Mohammed bin Salman", "Mohammed bin Zayed Al Nahyan", "Saudi Arabia")
    assert not names_match("Hassan Diab", "Hassan Rouhani", "Lebanon")


def _tables(visit_rows: list[dict], vm_rows: list[dict]) -> dict[str, pl.DataFrame]:
    return {"visits": schemas.conform("visits", pl.DataFrame(visit_rows, infer_schema_length=None)),
            "visit_mentions": pl.DataFrame(vm_rows, infer_schema_length=None)}


BASE_VISIT = {"visit_id": "v1", "visitor": "Bashar al-Assad", "host": "Vladimir Putin", "city": "Moscow",
              "country": "Russia", "start_date": D(2023, 3, 15), "agenda_topics": ["economy_trade", "arms_deals"]}
BASE_VM = {"article_id": "a1", "kind": "reported", "visitor": "Bashar al-Assad", "host": "Vladimir Putin",
           "city": "Moscow", "country": "Russia", "date": D(2023, 3, 15), "evidence": "جملة", "visit_id": "v1"}


def test_add_identifiers_fills_both_tables():
    out = add_identifiers(_tables([BASE_VISIT], [BASE_VM]))
    for name in ("visits", "visit_mentions"):
        row = out[name].row(0, named=True)
        assert (row["visitor_country_iso3"], row["host_country_iso3"]) == ("SYR", "RUS")
        assert (row["visitor_wikidata_id"], row["host_wikidata_id"]) == ("Q44329", "Q7747")
        assert (row["country_iso3"], row["country_iso_numeric"], row["city_geonames_id"]) == ("RUS", 643, 524901)
        assert row["lat"] == pytest.approx(55.752, abs=0.001)
        assert (row["cameo_code"], row["plover_event"], row["plover_mode"]) == ("042", "CONSULT", "visit")
        assert row["plover_context"] == ["diplomatic", "military", "economic"]  # arms_deals, economy_trade
    assert out["visit_mentions"].columns == list(schemas.TABLES["visit_mentions"])


def test_setting_and_planned_pick_the_codes():
    visits = [BASE_VISIT, {**BASE_VISIT, "visit_id": "v2", "city": "Astana", "country": "Kazakhstan"},
              {**BASE_VISIT, "visit_id": "v3"}]
    vms = [{**BASE_VM, "setting": "visit", "planned": False},
           {**BASE_VM, "visit_id": "v2", "city": "Astana", "country": "Kazakhstan", "setting": "summit_sideline",
            "planned": False},
           {**BASE_VM, "visit_id": "v3", "setting": "visit", "planned": True}]
    out = add_identifiers(_tables(visits, vms))
    got = out["visit_mentions"].select("cameo_code", "plover_event", "plover_mode").rows()
    assert got == [("042", "CONSULT", "visit"), ("044", "CONSULT", "multilateral"), ("036", "AGREE", "visit")]
    # a visit every mention of which is planned is itself planned
    assert out["visits"].sort("visit_id")["plover_event"].to_list() == ["CONSULT", "CONSULT", "AGREE"]


def test_unknown_place_and_person_stay_null_and_country_comes_from_the_city():
    vm = {**BASE_VM, "visitor": "Someone Unlisted", "city": "Damascus", "country": None}
    row = add_identifiers(_tables([{**BASE_VISIT, "city": "Neom", "country": "Saudi Arabia"}], [vm]))
    v, m = row["visits"].row(0, named=True), row["visit_mentions"].row(0, named=True)
    assert (v["country_iso3"], v["city_geonames_id"], v["lat"]) == ("SAU", None, None)
    assert (m["visitor_country_iso3"], m["visitor_wikidata_id"], m["country_iso3"]) == (None, None, "SYR")
    assert m["city_geonames_id"] == 170654  # Damascus


def test_plover_contexts_are_diplomatic_plus_the_agenda():
    assert plover_contexts([]) == ["diplomatic"]
    assert plover_contexts(["refugees_returns", "gaza_war", "energy_wheat"]) == \
        ["diplomatic", "economic", "natural_resource", "migration"]
