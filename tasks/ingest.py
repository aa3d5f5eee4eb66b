"""Ingest: read every input under the input dir into one row per article-to-be.

Inputs (see ../shared/CONTRACT.md): ``*.txt`` (UTF-8, UTF-8/UTF-16/UTF-32 with a BOM,
or Windows-1256), ``*.html``/``*.htm`` (main text extracted with trafilatura),
``*.json`` (one object or an array) and ``*.jsonl`` records, ``*.zip`` archives of the
above, and an optional ``manifest.csv`` whose metadata wins over everything else.

Every file (and every record or zip member inside one) ends up as exactly one row of
``docs`` or of ``quarantine``, with a short reason code. Hidden files (``.gitkeep``,
``.DS_Store``) and the manifest itself are not inputs. Limits come from Settings:
``max_file_bytes`` for a single article (a txt/html file, a record, a zip member
holding one article), ``max_zip_bytes`` for collections (a zip, a JSON/JSONL file).
"""
from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import logging
import os
import stat
import re
import unicodedata
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Iterable
from urllib.parse import urlsplit

import polars as pl

from ziyarat import schemas
from ziyarat.arabic import arabic_ratio
from ziyarat.errors import InputError
from ziyarat.settings import Settings

log = logging.getLogger(__name__)

DOC_SCHEMA: dict[str, pl.DataType] = {
    "source_file": pl.Utf8, "raw_text": pl.Utf8, "title": pl.Utf8, "url": pl.Utf8,
    "source": pl.Utf8, "author": pl.Utf8, "published_at": pl.Utf8,
    "bytes_sha256": pl.Utf8, "n_bytes": pl.Int64, "input_format": pl.Utf8,
    "meta_origin": pl.Utf8,
    # extra: how the bytes were decoded ("utf-8", "utf-16", "cp1256", ...)
    "encoding": pl.Utf8,
}
TEXT_FORMATS = {".txt": "txt", ".html": "html", ".htm": "html"}
RECORD_FORMATS = {".json": "json", ".jsonl": "jsonl"}
META_FIELDS = ("title", "url", "source", "author", "published_at")
# Record keys that may hold the publication date, best first.
DATE_KEYS = ("published_at", "date", "date_extracted")
MANIFEST_NAME = "manifest.csv"
# A zip member is only judged by its compression ratio above this size: small text
# files of repeated characters compress very well and are no bomb.
ZIP_RATIO_FLOOR = 1024 * 1024
CHUNK = 1024 * 1024

# Signatures of binary formats that could start a file without a NUL byte early on
# (image, PDF, archive, office, executable); short ones like "BM" or "MZ" are left
# out because text can start with them ("BMW ..."): NUL bytes catch those files.
BINARY_MAGIC = (
    b"\x89PNG", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"%PDF", b"PK\x03\x04",
    b"\x1f\x8b\x08", b"II*\x00", b"MM\x00*", b"\x7fELF", b"Rar!\x1a", b"7z\xbc\xaf",
    b"\xd0\xcf\x11\xe0", b"OggS\x00", b"RIFF",
)
BOMS = (  # UTF-32 before UTF-16: the UTF-32-LE BOM starts with the UTF-16-LE one
    (b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"),
)
# A UTF-8 multi-byte sequence: lead byte C2..F4 then continuation bytes 80..BF.
_UTF8_SEQ_RE = re.compile(rb"[\xc2-\xf4][\x80-\xbf]+")
_HIGH_BYTE_RE = re.compile(rb"[\x80-\xff]")
_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)""", re.I)


class _Reject(Exception):
    """Internal: this input goes to quarantine with (reason, detail)."""

    def __init__(self, reason: str, detail: str):
        super().__init__(detail)
        self.reason, self.detail = reason, detail


# ---------------------------------------------------------------- decoding
def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def looks_binary(data: bytes) -> str | None:
    """Why these bytes are not text (a file signature or NUL bytes), or None.
    UTF-16/32 text has NUL bytes too, so a BOM is checked first by the caller."""
    head = data[:16]
    for magic in BINARY_MAGIC:
        if head.startswith(magic):
            return f"binary content (starts with {magic[:4]!r})"
    if b"\x00" in data[:8192]:
        return "binary content (NUL bytes)"
    return None


def decode_text(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Decode article bytes: a BOM, then strict UTF-8, then a declared charset (HTML
    meta), then Windows-1256 only when the result is mostly Arabic letters and the
    bytes do not look like damaged UTF-8. Returns (text, encoding) or raises _Reject."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding).lstrip("\ufeff"), encoding.replace("-sig", "")
            except UnicodeDecodeError as e:
                raise _Reject("bad_encoding", f"invalid {encoding} after its BOM at byte {e.start}") from None
    binary = looks_binary(data)
    if binary:
        raise _Reject("not_text", binary)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as e:
        utf8_error = e
    if declared and declared.lower().replace("_", "-") not in ("utf-8", "utf8"):
        try:
            return data.decode(declared), declared.lower()
        except (LookupError, UnicodeDecodeError):
            pass
    # Arabic in UTF-8 is pairs of bytes D8..DB + 80..BF; in Windows-1256 letters are
    # single bytes C1..FE. Mostly-valid UTF-8 pairs means damaged UTF-8, not cp1256.
    high = len(_HIGH_BYTE_RE.findall(data))
    in_seqs = sum(len(m) for m in _UTF8_SEQ_RE.findall(data))
    if high and in_seqs / high < 0.5:
        text = data.decode("cp1256", errors="replace")
        if "\ufffd" not in text and arabic_ratio(text) >= 0.5:
            return text, "cp1256"
    where = "at the end (truncated?)" if utf8_error.end >= len(data) - 3 else f"at byte {utf8_error.start}"
    raise _Reject("bad_encoding", f"not UTF-8 ({utf8_error.reason} {where}) nor Arabic Windows-1256")


# ---------------------------------------------------------------- HTML
# Page furniture that is never the article (trafilatura's recall mode keeps menus).
CHROME_XPATH = ["//nav", "//footer", "//aside", "//form", "//*[@role='navigation']", "//*[@role='banner']"]

def html_main_text(html: str) -> tuple[str, dict[str, str | None]]:
    """Main text of a page (trafilatura, favouring recall, without comments; lxml's
    visible text as a fallback) and the page's own title/date/author/url metadata."""
    import trafilatura

    meta: dict[str, str | None] = {}
    doc = trafilatura.bare_extraction(
        html, favor_recall=True, include_comments=False, include_tables=True,
        with_metadata=True, date_extraction_params={"extensive_search": False, "original_date": True},
        prune_xpath=CHROME_XPATH,
    )
    text = None
    if doc is not None:
        text = doc.text if not isinstance(doc, dict) else doc.get("text")
        get = (lambda k: doc.get(k)) if isinstance(doc, dict) else (lambda k: getattr(doc, k, None))
        meta = {"title": get("title"), "published_at": get("date"), "author": get("author"),
                "url": get("url"), "source": get("sitename")}
    if not text or not text.strip():
        text = _lxml_text(html)
    return text or "", meta


def _lxml_text(html: str) -> str:
    """Visible text without scripts, styles, navigation, headers and footers."""
    import lxml.html

    try:
        tree = lxml.html.fromstring(html)
    except Exception:  # noqa: BLE001 - lxml raises several types on junk
        return ""
    for bad in tree.xpath("|".join(CHROME_XPATH + ["//script", "//style", "//noscript", "//template", "//iframe"])):
        bad.drop_tree()
    body = tree.find("body")
    node = body if body is not None else tree
    lines = (" ".join(t.split()) for t in node.itertext())
    return "\n".join(line for line in lines if line)


# ---------------------------------------------------------------- manifest
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


# ---------------------------------------------------------------- collecting rows
@dataclass
class _Sink:
    """Collects docs (column lists, cheaper than row dicts) and quarantine rows."""

    settings: Settings
    manifest: Manifest
    docs: dict[str, list] = field(default_factory=lambda: {c: [] for c in DOC_SCHEMA})
    quarantine: list[dict] = field(default_factory=list)

    def reject(self, source_file: str, reason: str, detail: str, data: bytes | None = None,
               n_bytes: int | None = None) -> None:
        self.quarantine.append({
            "source_file": source_file, "reason": reason, "detail": detail,
            "bytes_sha256": sha256(data) if data is not None else None,
            "n_bytes": len(data) if data is not None else n_bytes,
        })

    def add(self, source_file: str, text: str, fmt: str, data: bytes, encoding: str,
            own: dict[str, str | None] | None = None, container: str | None = None) -> None:
        """One accepted input; metadata: manifest row of this exact input > the
        record's/page's own fields > manifest row of the containing file."""
        if not text.strip():
            self.reject(source_file, "empty", "no text" if not text else "only whitespace", data)
            return
        meta: dict[str, str | None] = dict(own) if own else dict.fromkeys(META_FIELDS)
        if self.manifest.rows:
            outer = self.manifest.lookup(container) if container else None
            exact = self.manifest.lookup(source_file)
            for k in META_FIELDS:
                if exact and exact.get(k):
                    meta[k] = exact[k]
                elif not meta.get(k) and outer and outer.get(k):
                    meta[k] = outer[k]
        if not meta["source"] and meta["url"]:
            host = urlsplit(meta["url"]).hostname or ""
            meta["source"] = host.removeprefix("www.") or None
        cols = self.docs
        cols["source_file"].append(source_file)
        cols["raw_text"].append(text)
        for k in META_FIELDS:
            cols[k].append(meta[k])
        cols["bytes_sha256"].append(sha256(data))
        cols["n_bytes"].append(len(data))
        cols["input_format"].append(fmt)
        cols["meta_origin"].append("metadata" if meta["published_at"] else None)
        cols["encoding"].append(encoding)

    def frames(self) -> tuple[pl.DataFrame, pl.DataFrame]:
        return pl.DataFrame(self.docs, schema=DOC_SCHEMA), schemas.conform("quarantine", self.quarantine)


# ---------------------------------------------------------------- formats
def _read_article(sink: _Sink, source_file: str, data: bytes, fmt: str, container: str | None = None) -> None:
    """A txt or html article (a file or a zip member)."""
    try:
        if fmt == "html":
            m = _CHARSET_RE.search(data[:4096])
            html, encoding = decode_text(data, m.group(1).decode("ascii", "replace") if m else None)
            if not html.strip():
                raise _Reject("empty", "empty page")
            text, own = html_main_text(html)
            if not text.strip():
                raise _Reject("no_main_text", "no main text (only scripts, menus or markup)")
        else:
            text, encoding = decode_text(data)
            own = None
    except _Reject as r:
        sink.reject(source_file, r.reason, r.detail, data)
        return
    sink.add(source_file, text, fmt, data, encoding, own=own, container=container)


def _text_of(value) -> str | None:
    """A metadata value as stripped text (numbers too), None when empty or not scalar."""
    if type(value) is not str:
        if not isinstance(value, (int, float)) or isinstance(value, bool):
            return None
        value = str(value)
    return value.strip() or None


def _record_meta(record: dict) -> dict[str, str | None]:
    meta = {k: _text_of(record.get(k)) for k in ("title", "url", "source", "author")}
    published = None
    for k in DATE_KEYS:
        published = _text_of(record.get(k))
        if published:
            break
    meta["published_at"] = published
    return meta


def _read_record(sink: _Sink, source_file: str, record, data: bytes, fmt: str, container: str) -> None:
    """One JSON object with `content` or `text`; `data` is its JSON text."""
    if not isinstance(record, dict):
        sink.reject(source_file, "parse_error", f"a record must be a JSON object, not {type(record).__name__}", data)
        return
    text = record.get("content")
    if text is None or (isinstance(text, str) and not text.strip() and record.get("text") is not None):
        text = record.get("text")
    if text is None:
        sink.reject(source_file, "parse_error", "record has no 'content' or 'text' field", data)
        return
    if not isinstance(text, str):
        sink.reject(source_file, "parse_error", f"'content'/'text' is a {type(text).__name__}, not a string", data)
        return
    if len(text) > sink.settings.max_file_bytes:
        sink.reject(source_file, "too_large", f"text of {len(text)} characters > max_file_bytes "
                                              f"{sink.settings.max_file_bytes}", data)
        return
    sink.add(source_file, text, fmt, data, "utf-8", own=_record_meta(record), container=container)


class _Array(list):
    """A top-level JSON array as (element, its JSON text) pairs."""


_WS_RE = re.compile(r"[ \t\n\r]*")
_DECODER = json.JSONDecoder()


def _parse_json(text: str):
    """json.loads, except that a top-level array keeps each element's own JSON text
    (its bytes_sha256 is the hash of the record as written in the file)."""
    i = _WS_RE.match(text, 0).end()
    if not text.startswith("[", i):
        return json.loads(text)
    out = _Array()
    i = _WS_RE.match(text, i + 1).end()
    if text.startswith("]", i):
        i += 1
    else:
        while True:
            obj, end = _DECODER.raw_decode(text, i)
            out.append((obj, text[i:end]))
            i = _WS_RE.match(text, end).end()
            if text.startswith(",", i):
                i = _WS_RE.match(text, i + 1).end()
            elif text.startswith("]", i):
                i += 1
                break
            else:
                raise json.JSONDecodeError("Expecting ',' delimiter", text, i)
    if _WS_RE.match(text, i).end() != len(text):
        raise json.JSONDecodeError("Extra data", text, i)
    return out


def _read_records(sink: _Sink, source_file: str, data: bytes, fmt: str) -> None:
    """A JSON file (one object or an array) or a JSONL file (one object per line)."""
    if fmt == "jsonl":
        lines = data.split(b"\n")
        seen = 0
        for i, line in enumerate(lines):
            line = line.rstrip(b"\r")
            if i == 0 and line.startswith(b"\xef\xbb\xbf"):
                line = line[3:]
            if not line.strip():
                continue
            seen += 1
            name = f"{source_file}#{i}"
            try:
                record = json.loads(line.decode("utf-8"))
            except UnicodeDecodeError as e:
                sink.reject(name, "bad_encoding", f"line {i + 1} is not UTF-8 (byte {e.start})", line)
                continue
            except json.JSONDecodeError as e:
                sink.reject(name, "parse_error", f"line {i + 1}: {e.msg} at column {e.colno}", line)
                continue
            _read_record(sink, name, record, line, fmt, source_file)
        if not seen:
            sink.reject(source_file, "empty", "no JSON lines", data)
        return
    try:
        text, _ = decode_text(data)
        parsed = _parse_json(text)
    except _Reject as r:
        sink.reject(source_file, r.reason, r.detail, data)
        return
    except json.JSONDecodeError as e:
        sink.reject(source_file, "parse_error", f"invalid JSON: {e.msg} at line {e.lineno} column {e.colno}", data)
        return
    if isinstance(parsed, dict):
        _read_record(sink, source_file, parsed, data, fmt, source_file)
    elif isinstance(parsed, _Array):
        if not parsed:
            sink.reject(source_file, "empty", "empty JSON array", data)
        for i, (record, raw) in enumerate(parsed):
            _read_record(sink, f"{source_file}#{i}", record, raw.encode("utf-8"), fmt, source_file)
    else:
        sink.reject(source_file, "parse_error", f"top-level JSON is a {type(parsed).__name__}, "
                                                "expected an object or an array of objects", data)


def _read_bytes(sink: _Sink, source_file: str, data: bytes, ext: str, container: str | None = None) -> None:
    if ext in TEXT_FORMATS:
        _read_article(sink, source_file, data, TEXT_FORMATS[ext], container)
    else:
        _read_records(sink, source_file, data, RECORD_FORMATS[ext])


def _member_name(info: zipfile.ZipInfo) -> str:
    """Member name; legacy zips store UTF-8 names without the UTF-8 flag (read as cp437)."""
    name = info.filename
    if not info.flag_bits & 0x800:
        try:
            name = name.encode("cp437").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            pass
    return name


def _read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, cap: int, ratio: int) -> bytes:
    """Read a member in chunks, stopping past `cap` bytes or the ratio limit (the
    declared sizes may lie)."""
    out = bytearray()
    with zf.open(info) as fh:
        while True:
            chunk = fh.read(CHUNK)
            if not chunk:
                break
            out += chunk
            if len(out) > cap:
                raise _Reject("too_large", f"member grew past {cap} bytes while reading")
            if len(out) > ZIP_RATIO_FLOOR and len(out) > ratio * max(info.compress_size, 1):
                raise _Reject("zip_bomb", f"member expands more than {ratio}x while reading")
    return bytes(out)


def _read_zip(sink: _Sink, source_file: str, path: Path) -> None:
    """Members are read as files of their extension; a zip bomb is refused by the
    declared sizes first, then by capped chunked reads."""
    s = sink.settings
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError) as e:
        sink.reject(source_file, "parse_error", f"not a readable zip archive: {e}", path.read_bytes())
        return
    with zf:
        infos = [i for i in zf.infolist() if not i.is_dir()
                 and not any(part.startswith(".") or part == "__MACOSX" for part in PurePosixPath(i.filename).parts)]
        declared = sum(i.file_size for i in infos)
        if declared > s.max_zip_bytes:
            sink.reject(source_file, "zip_bomb", f"members declare {declared} bytes uncompressed "
                                                 f"> max_zip_bytes {s.max_zip_bytes}", n_bytes=path.stat().st_size)
            return
        if not infos:
            sink.reject(source_file, "empty", "zip archive without files", path.read_bytes())
            return
        budget = s.max_zip_bytes
        seen: dict[str, int] = {}
        for info in infos:
            name = f"{source_file}/{_member_name(info)}"
            # a zip may hold two members of one name: the later ones get "~2", "~3" ...
            # so every member stays its own input
            seen[name] = seen.get(name, 0) + 1
            if seen[name] > 1:
                name = f"{name}~{seen[name]}"
            ext = PurePosixPath(info.filename).suffix.lower()
            single = ext in TEXT_FORMATS
            if ext not in TEXT_FORMATS and ext not in RECORD_FORMATS:
                sink.reject(name, "not_text", f"unsupported member type {ext or '(none)'!r}"
                            + (" (nested archives are not read)" if ext == ".zip" else ""), n_bytes=info.file_size)
                continue
            if info.file_size > ZIP_RATIO_FLOOR and info.file_size > s.max_zip_ratio * max(info.compress_size, 1):
                sink.reject(name, "zip_bomb", f"compression ratio {info.file_size // max(info.compress_size, 1)} "
                                              f"> max_zip_ratio {s.max_zip_ratio}", n_bytes=info.file_size)
                continue
            limit = s.max_file_bytes if single else budget
            if info.file_size > limit:
                sink.reject(name, "too_large", f"{info.file_size} bytes > {'max_file_bytes' if single else 'the zip budget'} "
                                               f"{limit}", n_bytes=info.file_size)
                continue
            try:
                data = _read_member(zf, info, min(limit, budget), s.max_zip_ratio)
            except _Reject as r:
                sink.reject(name, r.reason, r.detail, n_bytes=info.file_size)
                continue
            except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, RuntimeError, NotImplementedError,
                    EOFError, OSError, ValueError) as e:
                sink.reject(name, "parse_error", f"unreadable zip member: {e}", n_bytes=info.file_size)
                continue
            budget -= len(data)
            _read_bytes(sink, name, data, ext, container=source_file)


def _read_file(sink: _Sink, source_file: str, path: Path) -> None:
    s = sink.settings
    ext = path.suffix.lower()
    try:
        st = path.stat()
        size = st.st_size
        if not stat.S_ISREG(st.st_mode):
            # a named pipe, socket or device would block or never end on read
            sink.reject(source_file, "not_text", "not a regular file (pipe, socket or device): not read",
                        n_bytes=0)
            return
        if ext not in TEXT_FORMATS and ext not in RECORD_FORMATS and ext != ".zip":
            data = path.read_bytes() if size <= s.max_file_bytes else None
            sink.reject(source_file, "not_text", f"unsupported file type {ext or '(no extension)'!r}", data, size)
            return
        if ext == ".zip" or ext in RECORD_FORMATS:
            if size > s.max_zip_bytes:
                sink.reject(source_file, "too_large", f"{size} bytes > max_zip_bytes {s.max_zip_bytes}", n_bytes=size)
            elif ext == ".zip":
                _read_zip(sink, source_file, path)
            else:
                _read_bytes(sink, source_file, path.read_bytes(), ext)
            return
        if size > s.max_file_bytes:
            sink.reject(source_file, "too_large", f"{size} bytes > max_file_bytes {s.max_file_bytes}", n_bytes=size)
            return
        data = path.read_bytes()
    except OSError as e:
        sink.reject(source_file, "unreadable", f"cannot read: {e.strerror or e}")
        return
    _read_bytes(sink, source_file, data, ext)


# ---------------------------------------------------------------- the walk
def _safe_name(rel: str) -> str:
    """A path as valid UTF-8 text (undecodable bytes in names become \\xNN)."""
    try:
        rel.encode("utf-8")
        return rel
    except UnicodeEncodeError:
        return rel.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _inside(path: Path, root: Path) -> bool:
    try:
        path.resolve().relative_to(root)
        return True
    except (ValueError, OSError, RuntimeError):
        return False


def list_inputs(settings: Settings) -> list[tuple[str, Path]]:
    """Every input file under the input dir as (source_file, path), sorted; hidden
    files/dirs and the manifest are left out, symlinked dirs are listed (not followed)."""
    root = Path(settings.input_dir)
    if not root.exists():
        raise InputError(f"input directory not found: {root}")
    if not root.is_dir():
        raise InputError(f"input is not a directory: {root}")
    manifest = settings.manifest_path
    manifest_real = manifest.resolve() if manifest is not None and manifest.exists() else None
    out: list[tuple[str, Path]] = []
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        here = Path(dirpath)
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for d in list(dirnames):
            if (here / d).is_symlink():
                dirnames.remove(d)
                filenames.append(d)  # accounted for as a file: quarantined below
        for name in sorted(filenames):
            if name.startswith("."):
                continue
            path = here / name
            if manifest_real is not None and not path.is_symlink() and path.resolve() == manifest_real:
                continue
            rel = _safe_name(path.relative_to(root).as_posix())
            out.append((rel, path))
    return sorted(out, key=lambda item: item[0])


def plan(settings: Settings) -> tuple[list[tuple[str, Path]], Manifest]:
    """The inputs of a run, sorted (see list_inputs), and its manifest."""
    inputs = list_inputs(settings)
    manifest_path = settings.manifest_path
    if settings.manifest is not None and not settings.manifest.exists():
        raise InputError(f"manifest not found: {settings.manifest}")
    manifest = read_manifest(manifest_path) if manifest_path is not None else Manifest()
    return inputs, manifest


def read_inputs(inputs: list[tuple[str, Path]], settings: Settings,
                manifest: Manifest) -> tuple[pl.DataFrame, pl.DataFrame, set[str]]:
    """Read some of a run's inputs into (docs, quarantine, manifest keys used). No
    input depends on another, so the flow reads groups of them in parallel."""
    root_real = Path(settings.input_dir).resolve()
    manifest = Manifest(manifest.path, manifest.rows)  # its own record of rows used
    sink = _Sink(settings, manifest)
    for rel, path in inputs:
        if path.is_symlink():
            if not path.exists():
                sink.reject(rel, "unreadable", f"broken symlink to {os.readlink(path)}")
                continue
            if not _inside(path, root_real):
                sink.reject(rel, "symlink_outside", "symlink to a target outside the input dir (not followed)")
                continue
            if path.is_dir():
                sink.reject(rel, "symlink_dir", "symlinked directory inside the input dir (not followed; "
                                                "its target is read directly)")
                continue
        if PurePosixPath(rel).name.lower() == MANIFEST_NAME:
            sink.reject(rel, "not_text", "a manifest.csv other than the run's manifest is not read")
            continue
        _read_file(sink, rel, path)
    return (*sink.frames(), manifest.used)


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


def combine(parts: list[tuple[pl.DataFrame, pl.DataFrame, set[str]]],
            manifest: Manifest) -> tuple[pl.DataFrame, pl.DataFrame]:
    """The parts of read_inputs, in input order, as one (docs, quarantine); warns
    about manifest rows that named no input."""
    docs = pl.concat([p[0] for p in parts], how="vertical")
    quarantine = pl.concat([p[1] for p in parts], how="vertical")
    used = set().union(*(p[2] for p in parts))
    unused = set(manifest.rows) - used
    if unused:
        log.warning("manifest %s: %d row(s) name no input, e.g. %s", manifest.path, len(unused), sorted(unused)[0])
    return docs, quarantine


def ingest(settings: Settings) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Read every input under settings.input_dir into (docs, quarantine)."""
    inputs, manifest = plan(settings)
    return combine([read_inputs(inputs, settings, manifest)], manifest)


def accounting(docs: pl.DataFrame, quarantine: pl.DataFrame, expected: Iterable[str]) -> dict:
    """Check that every expected input file is in docs or quarantine (itself, or as
    records/members `file#i`, `file/member`) and that no input is in both or twice.
    Returns counts and the problems found (empty lists when all is well)."""
    expected = list(expected)
    in_docs = docs["source_file"].to_list()
    in_quarantine = quarantine["source_file"].to_list()
    seen = in_docs + in_quarantine
    covered: set[str] = set()
    for s in seen:  # "a.zip/x/m.json#3" covers a.zip/x/m.json, a.zip/x and a.zip
        path = re.sub(r"#\d+$", "", s)
        covered.add(path)
        while "/" in path:
            path = path.rsplit("/", 1)[0]
            covered.add(path)
    missing = [name for name in expected if name not in covered]
    counts: dict[str, int] = {}
    for s in seen:
        counts[s] = counts.get(s, 0) + 1
    return {
        "files": len(expected),
        "docs": len(in_docs), "quarantined": len(in_quarantine),
        "missing": missing,
        "overlap": sorted(set(in_docs) & set(in_quarantine)),
        "duplicated": sorted(s for s, n in counts.items() if n > 1),
    }
