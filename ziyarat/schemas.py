"""The public tables, declared once. Every stage conforms its output here before
handing it on, so column names, order and Arrow types are the contract's
(docs/CONTRACT.md, which describes every column) everywhere: dates are date32, timestamps UTC, lists are
Arrow lists. Columns beyond the contract's minimum are marked "extra"."""
from __future__ import annotations

import polars as pl

Str, Int, Float, Bool, Date = pl.Utf8, pl.Int64, pl.Float64, pl.Boolean, pl.Date
StrList = pl.List(pl.Utf8)

# Extra columns of visits and visit_mentions: the identifiers other event datasets
# (GDELT, POLECAT, ACLED) join on, filled by tasks/identify.py.
IDENTIFIERS: dict[str, pl.DataType] = {
    "visitor_country_iso3": Str, "host_country_iso3": Str, "visitor_wikidata_id": Str, "host_wikidata_id": Str,
    "country_iso3": Str, "country_iso_numeric": Int, "city_geonames_id": Int, "lat": Float, "lon": Float,
    "cameo_code": Str, "plover_event": Str, "plover_mode": Str, "plover_context": StrList,
}

TABLES: dict[str, dict[str, pl.DataType]] = {
    "articles": {
        "article_id": Str, "source_file": Str, "source": Str, "url": Str, "title": Str,
        "language": Str, "published_date": Date, "published_date_origin": Str,
        "text": Str, "n_chars": Int, "duplicate_of": Str,
        # extra
        "author": Str, "bytes_sha256": Str, "input_format": Str,
    },
    "quarantine": {
        "source_file": Str, "reason": Str, "detail": Str, "bytes_sha256": Str,
        # extra
        "n_bytes": Int,
    },
    "mentions": {
        "article_id": Str, "entity_id": Str, "entity_type": Str, "name_en": Str,
        "name_ar": Str, "surface": Str, "start": Int, "end": Int,
        # extra: how it was resolved ("name" | "title"), the sentence span it sits in
        "resolved_by": Str, "sentence_start": Int, "sentence_end": Int,
    },
    "visit_mentions": {
        "article_id": Str, "kind": Str, "planned": Bool, "setting": Str, "summit_id": Str,
        "visitor": Str, "host": Str, "city": Str,
        "country": Str, "date": Date, "date_precision": Str, "visit_type": Str,
        "announced": Bool, "evidence": Str, "visit_id": Str,
        # extra
        "end_date": Date, "evidence_start": Int, "evidence_end": Int,
        "participants": StrList, "trigger": Str, "date_evidence": Str, "confidence": Float,
        # extra: an undated referenced mention its article leaves open (tasks/extract/visits/open_reference.py),
        # and the visit of other articles that made it reported (tasks/aggregate/under_way.py)
        "open_reference": Bool, "corroborated_by": Str,
        **IDENTIFIERS,
    },
    "article_topics": {
        "article_id": Str, "topic_id": Str, "role": Str, "score": Float, "evidence": Str,
        # extra
        "evidence_start": Int, "evidence_end": Int, "matched": StrList,
    },
    "quotes": {
        "article_id": Str, "speaker": Str, "quote": Str, "start": Int, "end": Int,
        # extra: canonical id of the speaker when resolved, the attribution verb
        "speaker_id": Str, "verb": Str,
    },
    "visits": {
        "visit_id": Str, "setting": Str, "visitor": Str, "host": Str, "city": Str, "country": Str,
        "start_date": Date, "end_date": Date, "date_precision": Str, "visit_type": Str,
        "announced": Bool, "n_articles": Int, "n_sources": Int, "article_ids": StrList,
        "participants": StrList, "topics": StrList, "first_reported": Date,
        "last_reported": Date, "conflicts": StrList,
        # extra
        "n_references": Int, "agenda_topics": StrList, "confidence": Float, "summit_id": Str,
        **IDENTIFIERS,
    },
    # a multilateral summit as one article names it (tasks/extract/visits/summits.py)
    "summit_mentions": {
        "article_id": Str, "summit_id": Str, "name": Str, "city": Str, "country": Str, "date": Date,
        "participants": StrList, "evidence": Str, "evidence_start": Int, "evidence_end": Int,
    },
    # one row per multilateral summit, merged across articles
    "summits": {
        "summit_id": Str, "name": Str, "city": Str, "country": Str, "start_date": Date, "end_date": Date,
        "participants": StrList, "article_ids": StrList, "evidence": Str,
        # extra: distinct reporting articles (a near-copy counts as its original)
        "n_articles": Int,
    },
    "topics": {"topic_id": Str, "label_en": Str, "label_ar": Str},
    "visit_topics": {
        "visit_id": Str, "topic_id": Str, "n_articles": Int, "score": Float,
        # extra: "agenda" when any article puts it on the meeting's agenda
        "role": Str, "n_agenda_articles": Int, "n_context_articles": Int,
    },
    "topic_summary": {
        "topic_id": Str, "n_visits": Int, "n_articles": Int, "first_date": Date,
        "last_date": Date, "visit_ids": StrList,
        # extra
        "label_en": Str, "n_agenda_visits": Int,
    },
}

ACCEPTED = {
    ("articles", "published_date_origin"): {"metadata", "text", "url", "none"},
    ("mentions", "entity_type"): {"person", "place", "organization"},
    ("visit_mentions", "kind"): {"reported", "referenced"},
    ("visit_mentions", "date_precision"): {"day", "month", "year", None},
    **{(t, "setting"): {"visit", "third_country", "summit_sideline", None} for t in ("visits", "visit_mentions")},
    ("visit_mentions", "visit_type"): {"official", "working", "state", None},
    ("visits", "date_precision"): {"day", "month", "year", None},
    ("visits", "visit_type"): {"official", "working", "state", None},
    ("article_topics", "role"): {"agenda", "context"},
    **{(t, "plover_event"): {"CONSULT", "AGREE", None} for t in ("visits", "visit_mentions")},
    **{(t, "plover_mode"): {"visit", "third-party", "multilateral", None} for t in ("visits", "visit_mentions")},
    **{(t, "cameo_code"): {"042", "044", "036", None} for t in ("visits", "visit_mentions")},
    ("visit_topics", "role"): {"agenda", "context"},
}
NOT_NULL = {
    "articles": ["article_id", "source_file", "text", "published_date_origin"],
    "quarantine": ["source_file", "reason"],
    "mentions": ["article_id", "entity_id", "surface", "start", "end"],
    "visit_mentions": ["article_id", "kind", "visitor", "host", "evidence"],
    "article_topics": ["article_id", "topic_id", "role", "evidence"],
    "quotes": ["article_id", "speaker", "quote", "start", "end"],
    "visits": ["visit_id", "visitor", "host"],
    "summit_mentions": ["article_id", "summit_id", "name", "evidence"],
    "summits": ["summit_id", "name"],
    "topics": ["topic_id", "label_en"],
    "visit_topics": ["visit_id", "topic_id"],
    "topic_summary": ["topic_id"],
}
UNIQUE = {
    "articles": ["article_id"],
    "visits": ["visit_id"],
    "summits": ["summit_id"],
    "topics": ["topic_id"],
    "visit_topics": ["visit_id", "topic_id"],
    "topic_summary": ["topic_id"],
}


class SchemaError(ValueError):
    """A table broke its declared schema where two stages meet."""


def empty(name: str) -> pl.DataFrame:
    """An empty frame with the table's columns and types."""
    return pl.DataFrame(schema=TABLES[name])


def conform(name: str, df: pl.DataFrame | list[dict] | None, columns: tuple[str, ...] | None = None) -> pl.DataFrame:
    """Select the declared columns in order, add missing extras as nulls, cast
    to the declared types, then check (see :func:`check`). With `columns`, only
    those (a projection, as a reader that needs no more takes it)."""
    schema = TABLES[name] if columns is None else {c: TABLES[name][c] for c in columns}
    if df is None:
        return empty(name).select(list(schema))
    if isinstance(df, list):
        df = pl.DataFrame(df, schema_overrides={k: v for k, v in schema.items()}, infer_schema_length=None) if df else empty(name)
    cols = []
    for col, dtype in schema.items():
        if col in df.columns:
            cols.append(pl.col(col).cast(dtype, strict=True))
        else:
            cols.append(pl.lit(None, dtype=dtype).alias(col))
    out = df.select(cols)
    check(name, out, schema)
    return out


def check(name: str, df: pl.DataFrame, schema: dict | None = None) -> None:
    """Data checks next to the schema (or the part of it given): types, not-null,
    accepted values, unique keys."""
    schema = TABLES[name] if schema is None else schema
    for col, dtype in schema.items():
        if col not in df.columns:
            raise SchemaError(f"{name}: missing column {col}")
        if df.schema[col] != dtype:
            raise SchemaError(f"{name}.{col}: type {df.schema[col]} is not {dtype}")
    for col in NOT_NULL.get(name, []):
        if col not in schema:
            continue
        n = df[col].null_count()
        if n:
            raise SchemaError(f"{name}.{col}: {n} null value(s)")
    for (table, col), allowed in ACCEPTED.items():
        if table == name and col in schema and df.height:
            bad = set(df[col].unique().to_list()) - allowed
            if bad:
                raise SchemaError(f"{name}.{col}: unexpected value(s) {sorted(map(str, bad))}")
    key = UNIQUE.get(name)
    if key and all(k in schema for k in key) and df.height and df.select(key).is_duplicated().any():
        raise SchemaError(f"{name}: duplicate key {key}")


def to_arrow(name: str, df: pl.DataFrame):
    """Arrow table for writing; timestamps are UTC."""
    return conform(name, df).to_arrow()
