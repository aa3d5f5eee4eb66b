"""`ziyarat export`: the visits in the shapes other event datasets use.

- `plover`: PLOVER JSON records (the POLECAT data format), one per dated visit. The
  fields follow the PLOVER manual's "Data Fields" chapter (PLOVER_FIELDS below):
  actor / recipient are lists of entity objects (code: the PLOVER country code, ISO
  alpha-3 or UNO / EUR / IGO; sector GOV; identifier_id: the Wikidata QID;
  identifier_text; office), event / mode / context are lists, event_loc is the
  GeoNames location object, and each reporting article gives one entry, index for
  index, of event_text (the sentence the visit comes from), text_info (its character
  offsets in articles.text) and cite_info (url, title, publication, article id).
- `gdelt`: a GDELT 2.0 event table (GDELT_COLUMNS, tab-separated with a header), two
  dyad rows per dated visit: visitor -> host with the visitor's code (042 make a
  visit) and host -> visitor with the host's (043 host a visit); both 044 for a
  meeting in a third country, 036 for a planned visit. Country codes are ISO alpha-3
  for actors and FIPS 10-4 for the location, as in GDELT. ActionGeo_FeatureID is
  GDELT's GNS/GNIS feature id space, so a city's GeoNames id goes to the extra last
  column ActionGeo_GeoNamesID (with ZiyaratVisitID, the way back to `visits`);
  the country-level FeatureID is the FIPS code, as GDELT writes it.
- `csv` / `parquet`: the visits table itself, identifier columns included.

Undated visits have no place in PLOVER (date is required) or GDELT (SQLDATE), so
those two formats leave them out. Everything here is a pure function of the tables;
reading them and writing the file are the CLI's.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
from pathlib import Path

import polars as pl

from tasks.identify import COLUMNS as IDENTIFIER_COLUMNS
from tasks.identify import add_identifiers
from ziyarat.identifiers import Identifiers, get_identifiers

FORMATS = ("plover", "gdelt", "csv", "parquet")
CODER = "ziyarat"

# PLOVER manual, "Data Fields": the record, entity, location, text and citation objects
# (the fields ziyarat fills; the manual lets providers add others, see PLOVER_EXTRA).
PLOVER_FIELDS = ("id", "date", "enddate", "actor", "recipient", "event", "event_loc", "event_text",
                 "quad_code", "mode", "context", "text_info", "cite_info", "coder", "comment")
PLOVER_ENTITY_FIELDS = ("code", "sector", "identifier_id", "identifier_text", "office")
PLOVER_LOCATION_FIELDS = ("extracted_place", "resolved_place", "geonameid", "lat", "lon", "city", "country",
                          "country_code", "feature_class", "resolution")
PLOVER_TEXT_FIELDS = ("start", "end")
PLOVER_CITE_FIELDS = ("corpus", "citation", "url", "title", "language", "publication", "coder", "codebook")
PLOVER_EXTRA = ("date_precision", "n_articles", "n_sources", "confidence", "conflicts", "article_ids")

# The 61 columns of a GDELT 2.0 event record, in order, then ziyarat's two.
GDELT_COLUMNS = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(f"Actor{i}{f}" for i in (1, 2) for f in (
        "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
        "Type1Code", "Type2Code", "Type3Code")),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"{g}Geo_{f}" for g in ("Actor1", "Actor2", "Action") for f in (
        "Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")),
    "DATEADDED", "SOURCEURL",
)
GDELT_EXTRA = ("ActionGeo_GeoNamesID", "ZiyaratVisitID")
# GDELT geographic resolution (ActionGeo_Type): 1 country, 3 US city, 4 world city.
GEO_COUNTRY, GEO_US_CITY, GEO_WORLD_CITY = 1, 3, 4


# ---------------------------------------------------------------- shared
def with_identifiers(visits: pl.DataFrame, visit_mentions: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """The two tables with their identifier columns (filled now for a data dir
    written before they existed)."""
    if all(c in visits.columns for c in IDENTIFIER_COLUMNS) and all(c in visit_mentions.columns for c in IDENTIFIER_COLUMNS):
        return visits, visit_mentions
    out = add_identifiers({"visits": visits, "visit_mentions": visit_mentions})
    return out["visits"], out["visit_mentions"]


def _evidence(visit_mentions: pl.DataFrame, articles: pl.DataFrame) -> dict[str, list[dict]]:
    """visit_id -> one entry per article that reports it (or, for a visit no article
    reports, that references it): the evidence sentence, its offsets and the article."""
    arts = articles.select("article_id", "url", "title", "source", "language", "published_date")
    vm = visit_mentions.filter(pl.col("visit_id").is_not_null()).join(arts, on="article_id", how="left")
    reported = vm.group_by("visit_id").agg((pl.col("kind") == "reported").any().alias("_any_reported"))
    vm = (vm.join(reported, on="visit_id").filter((pl.col("kind") == "reported") | ~pl.col("_any_reported"))
          .sort("visit_id", "published_date", "article_id", "evidence_start", nulls_last=True)
          .unique(["visit_id", "article_id"], keep="first", maintain_order=True))
    out: dict[str, list[dict]] = {}
    for row in vm.iter_rows(named=True):
        out.setdefault(row["visit_id"], []).append(row)
    return out


def _codes(visit: dict, ids: Identifiers) -> dict:
    """event_codes.yaml's codes for a visit: the planned ones, else its setting's
    (cameo_visitor, cameo_host, quad_class ...)."""
    codes = ids.codes
    if visit["plover_event"] == codes["planned"]["plover_event"]:
        return codes["planned"]
    return {**codes["held"], **codes["settings"][visit.get("setting") or codes["default_setting"]]}


def _dated(visits: pl.DataFrame) -> pl.DataFrame:
    return visits.filter(pl.col("start_date").is_not_null()).sort("start_date", "visit_id")


# ---------------------------------------------------------------- PLOVER
def _entity(name: str, when: dt.date | None, ids: Identifiers) -> dict:
    actor = ids.actor(name, when)
    country = ids.country(actor.country) if actor else None
    qid = actor.wikidata_id if actor else None
    return {"code": country.plover_code if country else None, "sector": "GOV", "identifier_id": qid,
            "identifier_text": name, "office": actor.office if actor else None}


def _location(visit: dict, ids: Identifiers) -> dict | None:
    """PLOVER's location object: the city when GeoNames has it (resolution 4), else
    the country (resolution 1, the country's GeoNames id, no coordinates)."""
    if visit["city"] is None and visit["country"] is None:
        return None
    city, country = ids.city(visit["city"]), ids.country(visit["country"])
    at_city = city is not None and city.geonames_id is not None
    return {
        "extracted_place": visit["city"] or visit["country"],
        "resolved_place": city.geonames_name if at_city else visit["country"],
        "geonameid": city.geonames_id if at_city else (country.geonames_id if country else None),
        "lat": city.lat if at_city else None, "lon": city.lon if at_city else None,
        "city": visit["city"], "country": visit["country"], "country_code": visit["country_iso3"],
        "feature_class": "P" if at_city else "A",
        "resolution": 4 if at_city else 1,
    }


def plover_records(visits: pl.DataFrame, visit_mentions: pl.DataFrame, articles: pl.DataFrame) -> list[dict]:
    """One PLOVER record per dated visit (see the module docstring)."""
    ids = get_identifiers()
    visits, visit_mentions = with_identifiers(visits, visit_mentions)
    evidence = _evidence(visit_mentions, articles)
    records = []
    for v in _dated(visits).iter_rows(named=True):
        cites = evidence.get(v["visit_id"], [])
        records.append({
            "id": v["visit_id"],
            "date": v["start_date"].isoformat(),
            "enddate": v["end_date"].isoformat() if v["end_date"] and v["end_date"] != v["start_date"] else None,
            "actor": [_entity(v["visitor"], v["start_date"], ids)],
            "recipient": [_entity(v["host"], v["start_date"], ids)],
            "event": [v["plover_event"]],
            "event_loc": _location(v, ids),
            "event_text": [c["evidence"] for c in cites],
            "quad_code": _codes(v, ids)["quad_class"],
            "mode": [v["plover_mode"]] if v["plover_mode"] else [],
            "context": list(v["plover_context"] or []),
            "text_info": [{"article_id": c["article_id"], "start": c["evidence_start"], "end": c["evidence_end"]}
                          for c in cites],
            "cite_info": [{"corpus": CODER, "citation": c["article_id"], "url": c["url"], "title": c["title"],
                           "language": c["language"], "publication": c["source"], "coder": CODER,
                           "codebook": "plover"} for c in cites],
            "coder": CODER,
            "comment": "; ".join(v["conflicts"] or []) or None,
            "date_precision": v["date_precision"], "n_articles": v["n_articles"], "n_sources": v["n_sources"],
            "confidence": v["confidence"], "conflicts": list(v["conflicts"] or []),
            "article_ids": list(v["article_ids"] or []),
        })
    return records


def plover_jsonl(records: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n" for r in records)


# ---------------------------------------------------------------- GDELT
def _event_id(visit_id: str, side: str) -> int:
    """A stable integer id per (visit, side): GDELT's GLOBALEVENTID is a number."""
    return int(hashlib.sha1(f"{visit_id}|{side}".encode()).hexdigest()[:15], 16)


def _fraction_date(day: dt.date) -> float:
    """GDELT's YYYY.FFFF: the year plus the share of it gone by."""
    return round(day.year + day.timetuple().tm_yday / (366 if day.year % 4 == 0 else 365), 4)


def _actor_cols(i: int, name: str, iso3: str | None) -> dict:
    return {f"Actor{i}Code": f"{iso3}GOV" if iso3 else None, f"Actor{i}Name": name.upper(),
            f"Actor{i}CountryCode": iso3, f"Actor{i}Type1Code": "GOV"}


def gdelt_frame(visits: pl.DataFrame, visit_mentions: pl.DataFrame, articles: pl.DataFrame) -> pl.DataFrame:
    """Two GDELT dyad rows per dated visit (see the module docstring)."""
    ids = get_identifiers()
    visits, visit_mentions = with_identifiers(visits, visit_mentions)
    evidence = _evidence(visit_mentions, articles)
    n_mentions = dict(visit_mentions.group_by("visit_id").len().iter_rows())
    rows = []
    for v in _dated(visits).iter_rows(named=True):
        day, first = v["start_date"], v["first_reported"] or v["start_date"]
        city, country = ids.city(v["city"]), ids.country(v["country"])
        resolved = city is not None and city.geonames_id is not None
        fips = country.fips if country else None
        geo = {
            "ActionGeo_Type": (GEO_US_CITY if v["country_iso3"] == "USA" else GEO_WORLD_CITY) if resolved
            else GEO_COUNTRY if country else None,
            "ActionGeo_FullName": ", ".join(x for x in (v["city"] if resolved else None, v["country"]) if x) or None,
            "ActionGeo_CountryCode": fips, "ActionGeo_Lat": v["lat"], "ActionGeo_Long": v["lon"],
            "ActionGeo_FeatureID": None if resolved else fips,
            "ActionGeo_GeoNamesID": v["city_geonames_id"],
        }
        codes = _codes(v, ids)
        code_of = {"visitor": codes["cameo_visitor"], "host": codes["cameo_host"]}
        cites = evidence.get(v["visit_id"], [])
        url = next((c["url"] for c in cites if c["url"]), None)
        for side, (a, a_iso), (b, b_iso) in (
            ("visitor", (v["visitor"], v["visitor_country_iso3"]), (v["host"], v["host_country_iso3"])),
            ("host", (v["host"], v["host_country_iso3"]), (v["visitor"], v["visitor_country_iso3"])),
        ):
            code = code_of[side]
            rows.append({
                "GLOBALEVENTID": _event_id(v["visit_id"], side),
                "SQLDATE": int(day.strftime("%Y%m%d")), "MonthYear": int(day.strftime("%Y%m")), "Year": day.year,
                "FractionDate": _fraction_date(day),
                **_actor_cols(1, a, a_iso), **_actor_cols(2, b, b_iso),
                "IsRootEvent": 1, "EventCode": code, "EventBaseCode": code, "EventRootCode": code[:2] if code else None,
                "QuadClass": codes["quad_class"],
                "NumMentions": n_mentions.get(v["visit_id"], 0), "NumSources": v["n_sources"],
                "NumArticles": v["n_articles"],
                **geo,
                "DATEADDED": int(first.strftime("%Y%m%d")) * 1_000_000,
                "SOURCEURL": url, "ZiyaratVisitID": v["visit_id"],
            })
    schema = {c: pl.Utf8 for c in (*GDELT_COLUMNS, *GDELT_EXTRA)}
    schema.update({c: pl.Int64 for c in ("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "IsRootEvent",
                                         "QuadClass", "NumMentions", "NumSources", "NumArticles", "DATEADDED",
                                         "ActionGeo_Type", "ActionGeo_GeoNamesID")})
    schema.update({c: pl.Float64 for c in ("FractionDate", "GoldsteinScale", "AvgTone", "ActionGeo_Lat",
                                           "ActionGeo_Long", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor2Geo_Lat",
                                           "Actor2Geo_Long")})
    schema.update({f"{g}Geo_Type": pl.Int64 for g in ("Actor1", "Actor2")})
    return pl.DataFrame(rows, schema=schema, orient="row") if rows else pl.DataFrame(schema=schema)


# ---------------------------------------------------------------- CSV / Parquet
def visits_frame(visits: pl.DataFrame, visit_mentions: pl.DataFrame) -> pl.DataFrame:
    """The visits table with its identifier columns."""
    return with_identifiers(visits, visit_mentions)[0]


def flat_csv(df: pl.DataFrame) -> str:
    """CSV text; list cells (article_ids, participants ...) as JSON arrays."""
    nested = [c for c, t in df.schema.items() if isinstance(t, (pl.List, pl.Array))]
    df = df.with_columns(pl.col(c).map_elements(lambda v: json.dumps(list(v), ensure_ascii=False),
                                                return_dtype=pl.Utf8) for c in nested)
    return df.write_csv()


def render(fmt: str, visits: pl.DataFrame, visit_mentions: pl.DataFrame, articles: pl.DataFrame) -> bytes:
    """The export in format `fmt`, as the bytes of the file."""
    if fmt == "plover":
        return plover_jsonl(plover_records(visits, visit_mentions, articles)).encode()
    if fmt == "gdelt":
        return gdelt_frame(visits, visit_mentions, articles).write_csv(separator="\t").encode()
    frame = visits_frame(visits, visit_mentions)
    if fmt == "csv":
        return flat_csv(frame).encode()
    if fmt == "parquet":
        buf = io.BytesIO()
        frame.write_parquet(buf)
        return buf.getvalue()
    raise ValueError(f"unknown export format {fmt!r}: one of {', '.join(FORMATS)}")


ARTICLE_COLUMNS = "article_id, url, title, source, language, published_date"


def read_for_export(data_dir: Path) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    """visits, visit_mentions and the articles' citation columns, through the data
    dir's read-only views (whatever the Parquet layout under it)."""
    from ziyarat.query import run as query

    return (query(data_dir, "select * from visits"), query(data_dir, "select * from visit_mentions"),
            query(data_dir, f"select {ARTICLE_COLUMNS} from articles"))
