"""What a run has to do: the inputs keyed by content, and the code fingerprint.

Each input file is keyed by its name under the input dir (``source_file``) and a
BLAKE2b hash of its whole bytes: an input edited in place is re-read even when its
size and mtime did not change (a copy with ``cp -p``, a clock step, a coarse file
system clock), and an input read before with the same content is never added twice.
The hash also covers the *context* of the read: the manifest's bytes and the
settings that change what ingest and clean produce; a new context re-reads every
input present.

The code fingerprint is one hash of every module that affects the tables (all
``.py`` under ``tasks/`` and ``ziyarat/`` but those that only read or present them)
plus the lexicons and the versions of the libraries that parse and fold the text.
It is computed by walking the folders, not from a list of files, so a module moved
or added is covered without anyone editing a list. When it changes, every stored
article is extracted again (the articles are data: they stay).
"""
from __future__ import annotations

import hashlib
import json
import os
import stat
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

import polars as pl

from ziyarat.settings import Settings

_ROOT = Path(__file__).resolve().parent.parent
CODE_DIRS = ("tasks", "ziyarat")
# Modules that only read or present the tables: editing them changes no table.
OUTPUT_NEUTRAL = frozenset({"cli.py", "report.py", "evaluate.py", "query.py", "progress.py"})
_SETTINGS = ("max_file_bytes", "max_zip_bytes", "max_zip_ratio", "min_arabic_ratio")
_PACKAGES = ("polars", "camel-tools", "trafilatura", "numpy", "pyahocorasick", "hijridate", "rapidfuzz")
HASH_CHUNK = 1 << 20
HASH_THREADS = 4  # hashlib releases the GIL on large buffers
INPUT_SCHEMA = {"source_file": pl.Utf8, "content_hash": pl.Utf8, "context": pl.Utf8, "n_bytes": pl.Int64}


def code_files(root: Path = _ROOT) -> list[Path]:
    """Every file the code fingerprint covers, sorted by path."""
    files = []
    for folder in CODE_DIRS:
        for path in (root / folder).rglob("*"):
            rel = path.relative_to(root)
            if "__pycache__" in rel.parts or not path.is_file():
                continue
            if path.suffix == ".py" and path.name not in OUTPUT_NEUTRAL and "report" not in rel.parts:
                files.append(path)
            elif "lexicons" in rel.parts:
                files.append(path)
    return sorted(files, key=lambda p: p.relative_to(root).as_posix())


def code_fingerprint(root: Path = _ROOT) -> str:
    """One hash of the code, lexicons and libraries the tables depend on (see the
    module docstring)."""
    h = hashlib.blake2b(digest_size=16)
    for path in code_files(root):
        h.update(path.relative_to(root).as_posix().encode() + b"\0")
        h.update(hashlib.blake2b(path.read_bytes(), digest_size=16).digest())
    for name in _PACKAGES:
        try:
            h.update(f"{name}={metadata.version(name)}\0".encode())
        except metadata.PackageNotFoundError:
            h.update(f"{name}=-\0".encode())
    return h.hexdigest()


def hash_file(path: Path) -> tuple[str, int | None]:
    """(BLAKE2b of the whole bytes, size) of one input. What is not a regular file
    is never opened (a named pipe would block): it is keyed by its kind and target,
    and ingest quarantines it."""
    try:
        st = os.stat(path, follow_symlinks=False)
    except OSError as exc:
        return f"unreadable:{exc.errno}", None
    if stat.S_ISLNK(st.st_mode):
        try:
            target = os.readlink(path)
        except OSError as exc:
            return f"unreadable:{exc.errno}", None
        inner, size = hash_file(Path(path).parent / target) if Path(path).exists() else ("missing", None)
        return f"symlink:{hashlib.blake2b((target + chr(0) + inner).encode(), digest_size=16).hexdigest()}", size
    if not stat.S_ISREG(st.st_mode):
        return f"special:{stat.S_IFMT(st.st_mode)}", None
    h = hashlib.blake2b(digest_size=16)
    try:
        with open(path, "rb") as fh:
            while chunk := fh.read(HASH_CHUNK):
                h.update(chunk)
    except OSError as exc:
        return f"unreadable:{exc.errno}", st.st_size
    return h.hexdigest(), st.st_size


def context_key(settings: Settings) -> str:
    """The hash of what else decides what ingest and clean make of an input: the
    manifest's bytes and the settings they read."""
    manifest = settings.manifest_path
    parts = {
        "manifest": hash_file(manifest)[0] if manifest is not None else None,
        "settings": [getattr(settings, name) for name in _SETTINGS],
    }
    return hashlib.blake2b(json.dumps(parts, sort_keys=True, default=str).encode(), digest_size=16).hexdigest()


def catalogue(inputs: list[tuple[str, Path]], context: str) -> pl.DataFrame:
    """One row per input: source_file, content_hash, context, n_bytes."""
    with ThreadPoolExecutor(max_workers=HASH_THREADS) as threads:
        hashed = list(threads.map(hash_file, [path for _rel, path in inputs]))
    return pl.DataFrame({
        "source_file": [rel for rel, _path in inputs],
        "content_hash": [h for h, _n in hashed],
        "context": [context] * len(inputs),
        "n_bytes": [n for _h, n in hashed],
    }, schema=INPUT_SCHEMA)


@dataclass(frozen=True)
class Plan:
    """What a run reads: the inputs new or changed since the data dir last saw them.

    ``catalogue`` is every input the database holds after the run (the earlier
    ones not under the input dir now are kept: the data dir accumulates)."""

    to_read: list[str]  # source_file of each input to read
    replaced: list[str]  # inputs read before whose rows this run replaces
    unchanged: int  # inputs under the input dir already held with this content
    catalogue: pl.DataFrame
    code_changed: bool

    @property
    def nothing_to_do(self) -> bool:
        return not self.to_read and not self.code_changed


def plan(present: pl.DataFrame, held: pl.DataFrame | None, code_changed: bool) -> Plan:
    """Compare the inputs under the input dir (`present`, see catalogue) with those
    the database holds (`held`): new or changed ones are read, the rest skipped."""
    held = held if held is not None else pl.DataFrame(schema=INPUT_SCHEMA)
    same = present.join(held.select("source_file", "content_hash", "context"),
                        on=["source_file", "content_hash", "context"], how="semi")
    to_read = present.join(same.select("source_file"), on="source_file", how="anti")
    replaced = held.join(to_read.select("source_file"), on="source_file", how="semi")
    kept = held.join(to_read.select("source_file"), on="source_file", how="anti")
    merged = pl.concat([kept.select(list(INPUT_SCHEMA)), to_read.select(list(INPUT_SCHEMA))]).sort("source_file")
    return Plan(to_read=to_read["source_file"].to_list(), replaced=replaced["source_file"].to_list(),
                unchanged=same.height, catalogue=merged, code_changed=code_changed)
