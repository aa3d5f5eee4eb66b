"""Identify: the codes other event datasets join on, added to visits and visit_mentions.

Per row: the ISO 3166 alpha-3 code of the visitor's and the host's country (the
country of the office each held on the visit's date), their Wikidata ids, the
location's ISO alpha-3 and numeric codes (ACLED joins on the numeric one), GeoNames
id and coordinates, and the event codes
(ziyarat/lexicons/event_codes.yaml): `cameo_code` is the visitor's side of GDELT's
pair (042 make a visit; 044 meet at a third location for a third-country or summit
meeting; 036 express intent to meet for a planned visit; the host's 043 is written
by `ziyarat export --format gdelt`), `plover_event` CONSULT (AGREE when planned),
`plover_mode` visit | third-party | multilateral, `plover_context` diplomatic plus
the contexts of the topics on the meeting's agenda.

Pure frame -> frame functions; the lookups come from ziyarat.identifiers.
"""
from __future__ import annotations

import polars as pl

from ziyarat import schemas
from ziyarat.identifiers import Identifiers, get_identifiers

COLUMNS = ("visitor_country_iso3", "host_country_iso3", "visitor_wikidata_id", "host_wikidata_id",
           "country_iso3", "country_iso_numeric", "city_geonames_id", "lat", "lon", "cameo_code", "plover_event", "plover_mode",
           "plover_context")


def _actor_columns(df: pl.DataFrame, date_col: str, ids: Identifiers) -> pl.DataFrame:
    """visitor/host -> country ISO-3 and Wikidata id, looked up once per (name, day)."""
    key = lambda c: pl.concat_str([pl.col(c), pl.col(date_col).cast(pl.Utf8).fill_null("")], separator="|")  # noqa: E731
    pairs = pl.concat([df.select(pl.col(c).alias("n"), pl.col(date_col).alias("d")) for c in ("visitor", "host")]).unique()
    iso3, qid = {}, {}
    for name, day in pairs.iter_rows():
        actor = ids.actor(name, day)
        country = ids.country(actor.country) if actor else None
        k = f"{name}|{day.isoformat() if day else ''}"
        iso3[k] = country.iso3 if country else None
        qid[k] = actor.wikidata_id if actor else None
    return df.with_columns(
        key(side).replace_strict(table, default=None, return_dtype=pl.Utf8).alias(f"{side}_{suffix}")
        for side in ("visitor", "host") for suffix, table in (("country_iso3", iso3), ("wikidata_id", qid))
    )


def _place_columns(df: pl.DataFrame, ids: Identifiers) -> pl.DataFrame:
    """country / city -> ISO-3, ISO numeric, GeoNames id, lat, lon (the city's country
    when `country` is empty)."""
    country_iso3 = {n: c.iso3 for n, c in ids.countries.items() if c.iso3}
    country_numeric = {n: int(c.iso_numeric) for n, c in ids.countries.items() if c.iso_numeric}
    city_country = {n: c.country for n, c in ids.cities.items() if c.country}
    geo = {n: c for n, c in ids.cities.items() if c.geonames_id is not None}
    country = pl.coalesce(pl.col("country"), pl.col("city").replace_strict(city_country, default=None, return_dtype=pl.Utf8))
    return df.with_columns(
        country.replace_strict(country_iso3, default=None, return_dtype=pl.Utf8).alias("country_iso3"),
        country.replace_strict(country_numeric, default=None, return_dtype=pl.Int64).alias("country_iso_numeric"),
        pl.col("city").replace_strict({n: c.geonames_id for n, c in geo.items()}, default=None,
                                      return_dtype=pl.Int64).alias("city_geonames_id"),
        pl.col("city").replace_strict({n: c.lat for n, c in geo.items()}, default=None,
                                      return_dtype=pl.Float64).alias("lat"),
        pl.col("city").replace_strict({n: c.lon for n, c in geo.items()}, default=None,
                                      return_dtype=pl.Float64).alias("lon"),
    )


def _event_columns(df: pl.DataFrame, ids: Identifiers) -> pl.DataFrame:
    """setting (visit when absent) and planned (false when absent) -> CAMEO and PLOVER codes."""
    codes = ids.codes
    settings = codes["settings"]
    setting = pl.col("setting").fill_null(codes["default_setting"]) if "setting" in df.columns \
        else pl.lit(codes["default_setting"])
    planned = pl.col("planned").fill_null(False) if "planned" in df.columns else pl.lit(False)
    held_cameo = setting.replace_strict({s: v["cameo_visitor"] for s, v in settings.items()}, default=None,
                                        return_dtype=pl.Utf8)
    return df.with_columns(
        pl.when(planned).then(pl.lit(codes["planned"]["cameo_visitor"])).otherwise(held_cameo).alias("cameo_code"),
        pl.when(planned).then(pl.lit(codes["planned"]["plover_event"]))
        .otherwise(pl.lit(codes["held"]["plover_event"])).alias("plover_event"),
        setting.replace_strict({s: v["plover_mode"] for s, v in settings.items()}, default=None,
                               return_dtype=pl.Utf8).alias("plover_mode"),
    )


def plover_contexts(topic_ids: list[str] | None, ids: Identifiers | None = None) -> list[str]:
    """PLOVER contexts of a meeting: the ones every meeting has, then its agenda topics'."""
    contexts = (ids or get_identifiers()).codes["contexts"]
    out = list(contexts["always"])
    for topic in sorted(topic_ids or ()):
        out += [c for c in contexts["topics"].get(topic, ()) if c not in out]
    return out


def add_identifiers(tables: dict[str, pl.DataFrame]) -> dict[str, pl.DataFrame]:
    """`tables` with the identifier columns filled in visits and visit_mentions, both
    conformed to their schema (a visit mention takes its visit's PLOVER context; a visit counts as planned
    when every mention of it is planned)."""
    ids = get_identifiers()
    visits, vm = tables["visits"], tables["visit_mentions"]
    if "planned" in vm.columns and "planned" not in visits.columns:
        planned = vm.group_by("visit_id").agg(pl.col("planned").fill_null(False).all().alias("planned"))
        visits = visits.join(planned, on="visit_id", how="left")
    topics = "agenda_topics" if "agenda_topics" in visits.columns else "topics"
    contexts = {vid: plover_contexts(t, ids) for vid, t in visits.select("visit_id", topics).iter_rows()}
    visits = _event_columns(_place_columns(_actor_columns(visits, "start_date", ids), ids), ids).with_columns(
        pl.col("visit_id").replace_strict(contexts, default=None, return_dtype=pl.List(pl.Utf8)).alias("plover_context"))
    vm = _event_columns(_place_columns(_actor_columns(vm, "date", ids), ids), ids).with_columns(
        pl.col("visit_id").replace_strict(contexts, default=None, return_dtype=pl.List(pl.Utf8)).alias("plover_context"))
    return {**tables, "visits": schemas.conform("visits", visits), "visit_mentions": schemas.conform("visit_mentions", vm)}
