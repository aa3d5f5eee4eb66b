"""Ingest: read every input under the input dir into one row per article-to-be.

Inputs (see docs/CONTRACT.md): ``*.txt`` (UTF-8, UTF-8/16/32 with a BOM, else the
encoding charset-normalizer finds, e.g. Windows-1256, ISO-8859-6, UTF-16 without a
BOM), ``*.html``/``*.htm`` (main text extracted with trafilatura), ``*.json`` (one
object or an array) and ``*.jsonl`` records, ``*.rss``/``*.atom``/``*.xml`` feeds (one
article per item, feedparser), ``*.warc``/``*.warc.gz`` web archives (one article per
HTML response, warcio), ``*.zip`` archives of the above, any of them compressed as
``.gz``/``.bz2``/``.xz``, and an optional ``manifest.csv`` whose metadata wins over
everything else.

Every input (a file, a zip member) is a *unit*; each unit ends up as exactly one row
of ``docs`` or of ``quarantine`` (itself, or its records ``unit#i``), with a short
reason code, and :func:`combine` checks it (:func:`accounting`). Unit names cannot
collide (:func:`escape_name`). Hidden files (``.gitkeep``, ``.DS_Store``), the manifest
itself and the data dir when it lies inside the input dir are not inputs. Limits come
from Settings: ``max_file_bytes`` for a single article (a txt/html file, a record, a
zip member or web archive record holding one article), ``max_zip_bytes`` for
collections (a zip, a JSON/JSONL file, a feed, a compressed file); a web archive is
streamed, so only each of its pages is limited.

The modules, in the order an input meets them: ``walk`` (which files), ``archives``
(a file, a zip member, a compressed file: read as its type), ``sink`` (txt and html
articles, the rows), ``records`` / ``feeds`` / ``warc`` (collections of articles),
with ``names``, ``decode``, ``pages`` and ``manifest`` below them.
"""
from __future__ import annotations

import logging
import os
import re
from pathlib import Path, PurePosixPath
from typing import Iterable, NamedTuple

import polars as pl

from tasks.ingest.archives import read_bytes, read_file
from tasks.ingest.decode import Reject, decode_text, garble_reason, looks_binary, sha256
from tasks.ingest.manifest import META_FIELDS, Manifest, parse_iso, read_manifest
from tasks.ingest.names import MANIFEST_NAME, READABLE, escape_name, input_type
from tasks.ingest.pages import html_main_text
from tasks.ingest.sink import DOC_SCHEMA, Sink
from tasks.ingest.walk import Skipped, inside, list_inputs, plan, skipped_outputs
from ziyarat.errors import InputError
from ziyarat.settings import Settings

__all__ = ["DOC_SCHEMA", "META_FIELDS", "READABLE", "AccountingError", "InputError", "Manifest", "Part", "Reject",
           "Sink", "Skipped", "accounting", "check_part", "combine", "decode_text", "escape_name", "garble_reason", "groups",
           "html_main_text", "ingest", "input_type", "list_inputs", "looks_binary", "parse_iso", "plan",
           "read_bytes", "read_inputs", "read_manifest", "sha256", "skipped_outputs", "warn_unused"]

log = logging.getLogger(__name__)


class AccountingError(RuntimeError):
    """An input is in neither docs nor quarantine, or in both, or twice: a bug in
    ingest, never the user's fault, so the run stops."""


class Part(NamedTuple):
    """What read_inputs makes of some inputs: docs, quarantine, the manifest rows
    used and the units read (name, the unit it sits in) for accounting; `raw`: the
    docs' raw texts, in docs order, when they were asked for as Python strings."""

    docs: pl.DataFrame
    quarantine: pl.DataFrame
    manifest_used: set[str]
    units: list[tuple[str, str | None]]
    raw: list[str] | None = None


def read_inputs(inputs: list[tuple[str, Path]], settings: Settings, manifest: Manifest,
                raw_as_list: bool = False) -> Part:
    """Read some of a run's inputs. No input depends on another, so the flow reads
    groups of them in parallel. With `raw_as_list` the raw texts are `Part.raw` (the
    Python strings the readers made), not docs' raw_text column: a caller that cleans
    them in Python saves copying 100 MB of text to Arrow and back."""
    root_real = Path(settings.input_dir).resolve()
    manifest = Manifest(manifest.path, manifest.rows)  # its own record of rows used
    sink = Sink(settings, manifest)
    for rel, path in inputs:
        sink.units.append((rel, None))
        if path.is_symlink():
            if not path.exists():
                sink.reject(rel, "unreadable", f"broken symlink to {os.readlink(path)}")
                continue
            if not inside(path, root_real):
                sink.reject(rel, "symlink_outside", "symlink to a target outside the input dir (not followed)")
                continue
            if path.is_dir():
                sink.reject(rel, "symlink_dir", "symlinked directory inside the input dir (not followed; "
                                                "its target is read directly)")
                continue
        if PurePosixPath(rel).name.lower() == MANIFEST_NAME:
            sink.reject(rel, "not_text", "a manifest.csv other than the run's manifest is not read")
            continue
        read_file(sink, rel, path)
    raw = sink.docs["raw_text"] if raw_as_list else None
    return Part(*sink.frames(raw_text=not raw_as_list), manifest.used, sink.units, raw)


def groups(inputs: list[tuple[str, Path]], n: int) -> list[list[tuple[str, Path]]]:
    """The inputs cut into at most n runs of neighbours with about equal bytes (the
    work units of a parallel ingest; concatenated in order they are the inputs)."""
    if n <= 1 or len(inputs) <= 1:
        return [inputs]
    sizes = []
    for _rel, path in inputs:
        try:
            sizes.append(max(1, path.lstat().st_size))
        except OSError:
            sizes.append(1)
    share = sum(sizes) / n
    out: list[list[tuple[str, Path]]] = [[]]
    filled = 0
    for item, size in zip(inputs, sizes):
        if out[-1] and filled + size / 2 > share * len(out) and len(out) < n:
            out.append([])
        out[-1].append(item)
        filled += size
    return out


def combine(parts: list[Part], manifest: Manifest) -> tuple[pl.DataFrame, pl.DataFrame]:
    """The parts of read_inputs, in input order, as one (docs, quarantine), checked:
    every unit is in exactly one of them (AccountingError otherwise). Warns about
    manifest rows that named no input."""
    docs = pl.concat([p.docs for p in parts], how="vertical")
    quarantine = pl.concat([p.quarantine for p in parts], how="vertical")
    check_part(Part(docs, quarantine, set(), [u for p in parts for u in p.units]))
    warn_unused(manifest, set().union(*(p.manifest_used for p in parts)))
    return docs, quarantine


def check_part(part: Part) -> None:
    """Every unit read is in exactly one of the part's docs or quarantine
    (AccountingError otherwise). Inputs never share units, so a part read from some
    inputs is checked on its own."""
    report = accounting(part.units, part.docs["source_file"].to_list(), part.quarantine["source_file"].to_list())
    problems = [f"{len(v)} {k}, e.g. {v[0]!r}" for k, v in report.items() if isinstance(v, list) and v]
    if problems:
        raise AccountingError("ingest accounting failed: " + "; ".join(problems))


def warn_unused(manifest: Manifest, used: set[str]) -> None:
    """Warn about the manifest rows that named no input read (`used`: those that did)."""
    unused = set(manifest.rows) - used
    if unused:
        log.warning("manifest %s: %d row(s) name no input, e.g. %s", manifest.path, len(unused), sorted(unused)[0])


def ingest(settings: Settings) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Read every input under settings.input_dir into (docs, quarantine)."""
    inputs, manifest = plan(settings)
    return combine([read_inputs(inputs, settings, manifest)], manifest)


_RECORD_RE = re.compile(r"#\d+$")


def accounting(units: Iterable[tuple[str, str | None]], in_docs: list[str], in_quarantine: list[str]) -> dict:
    """Check that every unit (a file, a zip member: (name, the unit holding it)) is in
    docs or quarantine, itself or as its records `name#i`, or holds units that are;
    that no row is twice or in both; that every row belongs to a unit and no two
    units share a name. Returns counts and the problems found (empty lists when all is well)."""
    units = list(units)
    names = [name for name, _ in units]
    known = set(names)
    containers = {holder for _, holder in units if holder is not None}
    rows = in_docs + in_quarantine
    counts: dict[str, int] = {}
    for row in rows:
        counts[row] = counts.get(row, 0) + 1
    owners = {_RECORD_RE.sub("", row) for row in rows}
    return {
        "units": len(names), "docs": len(in_docs), "quarantined": len(in_quarantine),
        "missing": [n for n in names if n not in owners and n not in containers],
        "stray": sorted(row for row in set(rows) if _RECORD_RE.sub("", row) not in known),
        "shared_names": sorted(n for n in known if names.count(n) > 1) if len(known) < len(names) else [],
        "overlap": sorted(set(in_docs) & set(in_quarantine)),
        "duplicated": sorted(row for row, n in counts.items() if n > 1),
    }
