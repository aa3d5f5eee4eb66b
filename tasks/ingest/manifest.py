"""The optional manifest.csv: metadata per input (file, published_at, source, url,
title) that wins over what the input says itself."""
from __future__ import annotations

import csv
import datetime as dt
import io
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from ziyarat.errors import InputError

META_FIELDS = ("title", "url", "source", "author", "published_at")
@dataclass
class Manifest:
    """manifest.csv rows keyed by the file path they describe (NFC, '/' separators)."""

    path: Path | None = None
    rows: dict[str, dict[str, str | None]] = field(default_factory=dict)
    used: set[str] = field(default_factory=set)

    def lookup(self, source_file: str) -> dict[str, str | None] | None:
        key = _path_key(source_file)
        row = self.rows.get(key)
        if row is not None:
            self.used.add(key)
        return row


def _path_key(path: str) -> str:
    path = unicodedata.normalize("NFC", path.strip().replace("\\", "/"))
    while path.startswith("./"):
        path = path[2:]
    return path


def parse_iso(value: str) -> dt.datetime | dt.date:
    """An ISO date or datetime ('2023-03-14', '2023-03-14T10:00:00Z', '2015-07-21 02:51:32')."""
    value = value.strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return dt.date.fromisoformat(value)
    return dt.datetime.fromisoformat(value.replace("Z", "+00:00").replace("z", "+00:00"))


def read_manifest(path: Path) -> Manifest:
    """Parse manifest.csv; any malformation raises InputError naming file and line."""
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise InputError(f"manifest {path}: cannot read ({e.strerror or e})") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise InputError(f"manifest {path}: not UTF-8 (byte {e.start})") from None
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = next(reader, None)
        if not header or not any(h.strip() for h in header):
            raise InputError(f"manifest {path}: empty, expected a header with a 'file' column")
        names = [h.strip().lower() for h in header]
        if "file" not in names:
            raise InputError(f"manifest {path}: no 'file' column (header is {','.join(header)!r})")
        if len(set(names)) != len(names):
            raise InputError(f"manifest {path}: repeated column in header {','.join(header)!r}")
        manifest = Manifest(path=path)
        for row in reader:
            line = reader.line_num
            if not row or not any(c.strip() for c in row):
                continue
            if len(row) != len(names):
                raise InputError(f"manifest {path}: line {line} has {len(row)} fields, the header has {len(names)}")
            record = {n: (v.strip() or None) for n, v in zip(names, row)}
            if not record["file"]:
                raise InputError(f"manifest {path}: line {line} has an empty 'file'")
            published = record.get("published_at")
            if published:
                try:
                    parse_iso(published)
                except ValueError:
                    raise InputError(f"manifest {path}: line {line}: published_at {published!r} "
                                     "is not an ISO date or datetime (YYYY-MM-DD[THH:MM:SS])") from None
            key = _path_key(record["file"])
            meta = {k: record.get(k) for k in META_FIELDS}
            if key in manifest.rows and manifest.rows[key] != meta:
                raise InputError(f"manifest {path}: line {line}: {record['file']!r} is listed twice with different values")
            manifest.rows[key] = meta
    except csv.Error as e:
        raise InputError(f"manifest {path}: line {reader.line_num}: {e}") from None
    return manifest
