"""The ingest/clean cache: a re-run with no new input skips both stages, and a re-run
with neither new input nor new code skips everything.

The key is the list of ``(path, size, mtime_ns)`` of every input file (and of the
manifest), the settings that change what ingest and clean produce, and a hash of the
code and lexicons they run. The write stage stores the key in the data dir's
``_state.json``, in the same all-or-nothing commit as the tables. When a later run
computes the same key, that run's ``articles`` and ``quarantine`` tables are exactly
what ingest + clean would produce again (the flow writes clean's frames unchanged),
so they are read back instead of re-reading and re-cleaning ~100 MB of text.

Stat-ing files is enough for a cache of this kind (``make`` does the same): an edit
changes the mtime, a new file or a removed one changes the list.

The *output key* adds every module and template of the package to the input key: when
it matches the last run's and that run's tables are all in place, the tables would be
written again byte for byte, so the run has nothing to do (:func:`unchanged_run`).
"""
from __future__ import annotations

import hashlib
import json
from importlib import metadata
from pathlib import Path

import polars as pl
import pyarrow.parquet as pq

from ziyarat import schemas, store
from ziyarat.settings import Settings

STATE_KEY = "ingest_clean_key"
OUTPUT_KEY = "output_key"
_ROOT = Path(__file__).resolve().parent.parent
# Everything ingest and clean run: the stage modules, the Arabic and lexicon code they
# import (clean dates headers with tasks.dates), the schemas, every lexicon.
_CODE = ("tasks/ingest.py", "tasks/clean.py", "tasks/dates.py", "ziyarat/arabic.py",
         "ziyarat/lexicon.py", "ziyarat/schemas.py", "ziyarat/settings.py", "ziyarat/cache.py")
_SETTINGS = ("max_file_bytes", "max_zip_bytes", "max_zip_ratio", "min_arabic_ratio")
_PACKAGES = ("polars", "camel-tools", "trafilatura", "numpy")


def _code_fingerprint() -> str:
    h = hashlib.sha256()
    for rel in _CODE:
        path = _ROOT / rel
        h.update(rel.encode())
        h.update(path.read_bytes() if path.exists() else b"-")
    for path in sorted((_ROOT / "ziyarat" / "lexicons").glob("*")):
        if path.is_file():
            h.update(path.name.encode())
            h.update(path.read_bytes())
    for name in _PACKAGES:
        try:
            h.update(f"{name}={metadata.version(name)}".encode())
        except metadata.PackageNotFoundError:
            h.update(f"{name}=-".encode())
    return h.hexdigest()


def _stat(path: Path) -> list:
    try:
        st = path.stat()
        return [st.st_size, st.st_mtime_ns, path.is_symlink()]
    except OSError:
        return [None, None, path.is_symlink()]


def input_key(settings: Settings) -> str:
    """The cache key of this run's inputs (see the module docstring)."""
    from tasks.ingest import list_inputs

    root = Path(settings.input_dir)
    manifest = settings.manifest_path
    parts = {
        "input_dir": str(root.resolve()),
        "files": [[rel, *_stat(path)] for rel, path in list_inputs(settings)],
        "manifest": [str(manifest.resolve()), *_stat(manifest)] if manifest is not None else None,
        "settings": [getattr(settings, name) for name in _SETTINGS],
        "code": _code_fingerprint(),
    }
    return hashlib.sha256(json.dumps(parts, sort_keys=True, default=str).encode()).hexdigest()


def load(data_dir: Path, key: str) -> tuple[pl.DataFrame, pl.DataFrame] | None:
    """(articles, quarantine) of the last run when it had this key, else None."""
    state = store.read_state(data_dir)
    if not key or state.get(STATE_KEY) != key:
        return None
    counts = state.get("tables") or {}
    out = []
    for name in ("articles", "quarantine"):
        try:
            df = store.read_table(data_dir, name)
        except (OSError, pl.exceptions.PolarsError):
            return None
        if df is None or df.height != counts.get(name):
            return None
        try:
            out.append(schemas.conform(name, df))
        except schemas.SchemaError:
            return None
    return out[0], out[1]



def output_key(input_key: str) -> str:
    """The key of everything the tables depend on: the inputs (``input_key``) and all
    the package's code, lexicons and report templates."""
    h = hashlib.sha256(input_key.encode())
    paths = [p for d in ("tasks", "flows", "ziyarat") for p in sorted((_ROOT / d).rglob("*"))
             if p.is_file() and p.suffix in (".py", ".yaml", ".csv", ".html", ".css", ".j2", ".json")]
    for path in paths:
        h.update(path.relative_to(_ROOT).as_posix().encode())
        h.update(path.read_bytes())
    return h.hexdigest()


def unchanged_run(data_dir: Path, key: str) -> dict | None:
    """The last run's summary when it had this output key and left every table in
    place (each Parquet file with the row count its state recorded), else None."""
    state = store.read_state(data_dir)
    if not key or state.get(OUTPUT_KEY) != key or not isinstance(state.get("summary"), dict):
        return None
    counts = state.get("tables") or {}
    for name in schemas.TABLES:
        try:
            rows = pq.read_metadata(Path(data_dir) / f"{name}.parquet").num_rows
        except (OSError, ValueError):
            return None
        if rows != counts.get(name):
            return None
    if not all((Path(data_dir) / name).exists() for name in (store.DB_NAME, "report.html")):
        return None
    return state["summary"]


def record_unchanged_run(data_dir: Path, summary: dict) -> None:
    """Note in the state file that a run found nothing to do (its summary), the
    tables and everything else in the state left as they are."""
    state = store.read_state(data_dir)
    state["summary"] = summary
    store.atomic_write_bytes(Path(data_dir) / store.STATE_NAME,
                             json.dumps(state, indent=1, sort_keys=True, default=str).encode())
