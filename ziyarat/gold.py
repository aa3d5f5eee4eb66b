"""Gold sets in the shared GUIDE format: the shared dev gold with its records, and the
project's own gold (eval/gold/*.yaml: seed files by name, SaudiNewsNet records by zip +
index) converted to the same shape on load, so one scorer (ziyarat.evaluate) reads both."""
from __future__ import annotations

import json
import unicodedata
import zipfile
from dataclasses import dataclass
from pathlib import Path

import polars as pl

from ziyarat.lexicon import load_yaml

REPO_ROOT = Path(__file__).resolve().parents[1]
OWN_GOLD_DIR = REPO_ROOT / "eval" / "gold"
SEEDS_DIR = REPO_ROOT / "seeds"


@dataclass
class GoldSet:
    """GUIDE entries keyed by (collection, id) and the records they annotate, in run order."""

    name: str
    entries: dict[tuple[str, str], dict]
    records: list[dict]
    path: str = ""


def load_guide(path: Path) -> dict[tuple[str, str], dict]:
    """A GUIDE-format gold file as {(collection, id): entry}."""
    doc = load_yaml(path) or {}
    return {(a["collection"], str(a["id"])): a for a in doc.get("articles") or []}


def read_records(path: Path, entries: dict[tuple[str, str], dict]) -> list[dict]:
    """The JSONL records that have a gold entry, in file order (score.py's order)."""
    out = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                r = json.loads(line)
                if (r["collection"], str(r["id"])) in entries:
                    out.append(r)
    return out


def guide_set(gold_path: Path, records_path: Path | None = None) -> GoldSet:
    """A GUIDE gold file with its records: --records, else X_articles.jsonl beside X.yaml."""
    gold_path = Path(gold_path)
    entries = load_guide(gold_path)
    rp = Path(records_path) if records_path else gold_path.with_name(f"{gold_path.stem}_articles.jsonl")
    if not rp.is_file():
        raise FileNotFoundError(f"no records for {gold_path}: {rp} does not exist; pass --records RECORDS.jsonl")
    return GoldSet(gold_path.stem, entries, read_records(rp, entries), str(gold_path))


def key_of(name: str | None) -> str | None:
    """A GUIDE key for a canonical English name: its lowercase form, plus the form
    without accents when it differs ("françois hollande|francois hollande")."""
    if not name:
        return None
    low = name.lower()
    plain = "".join(c for c in unicodedata.normalize("NFKD", low) if not unicodedata.combining(c))
    return low if plain == low else f"{low}|{plain}"


def guide_visit(v: dict, *, keep_host_key: bool = True) -> dict:
    """One visit of the project's own gold in the GUIDE's shape (keys from the names)."""
    cities = [c for c in [v.get("city"), *(v.get("city_also_ok") or [])] if c]
    host_named = v.get("host_named") is not False and keep_host_key
    return {
        "visitor": v.get("visitor"), "visitor_key": key_of(v.get("visitor")),
        "host": v.get("host"), "host_key": key_of(v.get("host")) if host_named else None,
        "city": v.get("city"), "city_key": "|".join(c.lower() for c in cities) or None,
        "country": v.get("country"), "date": v.get("date"), "end_date": v.get("end_date"),
        "date_also_ok": v.get("date_also_ok") or [], "visit_type": v.get("visit_type"),
        "announced": v.get("announced"), "evidence": v.get("evidence"),
    }


def guide_entry(collection: str, aid: str, own: dict) -> dict:
    """An own-gold article in the GUIDE's shape."""
    return {
        "collection": collection, "id": aid, "published": own.get("published"),
        "kind_of_case": own.get("kind_of_case"),
        "visits": [guide_visit(v) for v in own.get("visits") or []],
        "referenced": [{**guide_visit(v), "planned": v.get("planned")} for v in own.get("referenced") or []],
        "other_meetings": [], "summit": None, "note": own.get("note"),
        # annotated for the seeds and some SaudiNewsNet articles only; scored by score_extras
        "topics": own.get("topics"), "quotes": own.get("quotes") or [],
    }


def _seed_manifest(seeds_dir: Path) -> dict[str, dict]:
    path = Path(seeds_dir) / "manifest.csv"
    if not path.is_file():
        return {}
    return {r["file"]: r for r in pl.read_csv(path, infer_schema_length=0).to_dicts()}


def own_gold_set(path: Path, seeds_dir: Path = SEEDS_DIR, corpora_dir: Path | None = None) -> GoldSet | None:
    """The project's own gold file (eval/gold/*.yaml) converted to a GoldSet: seeds are
    read from seeds/, SaudiNewsNet records from their zips (zip + index). None when the
    corpus it points into is not on this machine."""
    doc = load_yaml(path)
    coll, arts = doc["collection"], doc["articles"]
    entries, records = {}, []
    if coll == "seeds":
        manifest = _seed_manifest(seeds_dir)
        for name, own in arts.items():
            meta = manifest.get(name, {})
            entries[(coll, name)] = guide_entry(coll, name, own)
            records.append({"collection": coll, "id": name, "outlet": meta.get("source") or None,
                            "url": meta.get("url") or None, "date": meta.get("published_at") or own.get("published"),
                            "title": meta.get("title") or None,
                            "text": (Path(seeds_dir) / name).read_text(encoding="utf-8")})
        return GoldSet(coll, entries, records, str(path))
    corpus = Path(corpora_dir or REPO_ROOT.parent / "shared" / "corpora") / coll
    if not corpus.is_dir():
        return None
    cache: dict[str, list] = {}
    for own in arts:
        zname = own["zip"]
        if zname not in cache:
            with zipfile.ZipFile(corpus / zname) as zf:
                member = next(n for n in zf.namelist() if n.endswith(".json"))
                cache[zname] = json.loads(zf.read(member))
        rec = cache[zname][int(own["index"])]
        aid = f"{zname}:{own['index']}"
        entries[(coll, aid)] = guide_entry(coll, aid, own)
        records.append({"collection": coll, "id": aid, "outlet": rec.get("source"), "url": rec.get("url"),
                        "date": own.get("published"), "title": rec.get("title"), "text": rec.get("content") or ""})
    return GoldSet(coll, entries, records, str(path))


def default_gold_sets(gold_dir: Path, own_dir: Path = OWN_GOLD_DIR, corpora_dir: Path | None = None) -> list[GoldSet]:
    """The shared dev gold (every GUIDE file in gold_dir with its records) and the
    project's own gold (eval/gold/*.yaml, converted)."""
    sets = [guide_set(p) for p in sorted(Path(gold_dir).glob("*.yaml"))
            if p.with_name(f"{p.stem}_articles.jsonl").is_file()]
    for p in sorted(Path(own_dir).glob("*.yaml")):
        gs = own_gold_set(p, corpora_dir=corpora_dir)
        if gs is not None:
            sets.append(gs)
    return sets


def gold_set_from_file(path: Path, records: Path | None = None, corpora_dir: Path | None = None) -> GoldSet:
    """A gold file in either format: GUIDE (a list of articles with collection + id) or
    the project's own (a top-level `collection`)."""
    doc = load_yaml(path) or {}
    if "collection" in doc:
        gs = own_gold_set(path, corpora_dir=corpora_dir)
        if gs is None:
            raise FileNotFoundError(f"{path} points into a corpus that is not on this machine")
        return gs
    return guide_set(path, records)


# --------------------------------------------------------------------------- running
