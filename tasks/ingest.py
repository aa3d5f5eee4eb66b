"""Ingest: read every input under the input dir into one row per article-to-be.

Inputs (see ../shared/CONTRACT.md): ``*.txt`` (UTF-8, UTF-8/16/32 with a BOM, else the
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
"""
from __future__ import annotations

import bz2
import codecs
import csv
import datetime as dt
import email.utils
import gzip
import hashlib
import io
import itertools
import json
import logging
import lzma
import os
import re
import stat
import unicodedata
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import BinaryIO, Iterable, NamedTuple
from urllib.parse import urlsplit

import polars as pl
import regex

from ziyarat import schemas
from ziyarat.arabic import ARABIC_LETTER_RE
from ziyarat.errors import InputError
from ziyarat.settings import Settings

log = logging.getLogger(__name__)

DOC_SCHEMA: dict[str, pl.DataType] = {
    "source_file": pl.Utf8, "raw_text": pl.Utf8, "title": pl.Utf8, "url": pl.Utf8,
    "source": pl.Utf8, "author": pl.Utf8, "published_at": pl.Utf8,
    "bytes_sha256": pl.Utf8, "n_bytes": pl.Int64, "input_format": pl.Utf8,
    "meta_origin": pl.Utf8,
    # extra: how the bytes were decoded ("utf-8", "utf-16", "cp1256", "iso8859-6" ...)
    "encoding": pl.Utf8,
}
TEXT_FORMATS = {".txt": "txt", ".html": "html", ".htm": "html"}
RECORD_FORMATS = {".json": "json", ".jsonl": "jsonl"}
FEED_FORMATS = {".rss", ".atom", ".xml"}
ARCHIVES = {".zip", ".warc"}  # containers of inputs; one is never read inside another
COMPRESSIONS = {".gz": gzip.open, ".bz2": bz2.open, ".xz": lzma.open}
READABLE = set(TEXT_FORMATS) | set(RECORD_FORMATS) | FEED_FORMATS | ARCHIVES
META_FIELDS = ("title", "url", "source", "author", "published_at")
# Record keys that may hold the publication date, best first.
DATE_KEYS = ("published_at", "date", "date_extracted")
MANIFEST_NAME = "manifest.csv"
# A zip member (or compressed file) is only judged by its compression ratio above this
# size: small text files of repeated characters compress very well and are no bomb.
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
# Arabic code pages tried after charset-normalizer's guesses (its guess for a few
# dozen bytes can be a Thai or Cyrillic page that happens to decode).
ARABIC_CODECS = ("cp1256", "iso8859-6")
_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)""", re.I)


class AccountingError(RuntimeError):
    """An input is in neither docs nor quarantine, or in both, or twice: a bug in
    ingest, never the user's fault, so the run stops."""


class _Reject(Exception):
    """Internal: this input goes to quarantine with (reason, detail)."""

    def __init__(self, reason: str, detail: str):
        super().__init__(detail)
        self.reason, self.detail = reason, detail


# ---------------------------------------------------------------- names
# source_file joins a file's path, a zip member's path ("a.zip/b/c.txt"), the number of a
# repeated member ("a.zip/c.txt~2") and a record's index ("feed.jsonl#3"). The characters
# of that notation are escaped in real names, as are bytes that are not UTF-8 (kept as
# surrogates by os.fsdecode), so two inputs never share a name: a file named
# "feed.jsonl#0" is "feed.jsonl%230", a name with the byte 0xFF is "%FF.txt" beside a
# file literally named "\xff.txt". "/" needs no escape: a file and a folder (or a zip
# and a folder) of one name cannot sit in the same folder.
_ESCAPED_RE = re.compile("[%#~\udc80-\udcff]")


def escape_name(name: str) -> str:
    """A real path (os.fsdecode'd, or a zip member's) as it appears in source_file:
    '%', '#', '~' and undecodable bytes written as %XX."""
    return _ESCAPED_RE.sub(lambda m: f"%{ord(m[0]) & 0xFF:02X}", name)


def input_type(name: str) -> tuple[str, str | None]:
    """(type suffix, compression suffix) of a file name, lower case:
    'a.jsonl.gz' -> ('.jsonl', '.gz'), 'a.txt' -> ('.txt', None)."""
    path = PurePosixPath(name.lower())
    if path.suffix in COMPRESSIONS:
        return PurePosixPath(path.stem).suffix, path.suffix
    return path.suffix, None


def _member_name(info: zipfile.ZipInfo) -> str:
    """A member's name as written in the zip: UTF-8 (flagged or not: legacy tools
    store UTF-8 without the flag), other bytes kept as surrogates for escape_name."""
    if info.flag_bits & 0x800:
        return info.filename
    return info.filename.encode("cp437").decode("utf-8", "surrogateescape")


def _unsafe_member(name: str) -> bool:
    """An absolute member path or one climbing out with '..' (a zip-slip attempt):
    never extracted here, but refused so that no tool ever does."""
    parts = re.split(r"[/\\]", name)
    return name.startswith(("/", "\\")) or bool(re.match(r"[A-Za-z]:", name)) or ".." in parts


def _hidden_member(name: str) -> bool:
    """.DS_Store, __MACOSX/...: not inputs, as hidden files in folders are not."""
    return any(p.startswith(".") and p not in (".", "..") or p == "__MACOSX" for p in re.split(r"[/\\]", name))


# ---------------------------------------------------------------- decoding
def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def looks_binary(data: bytes) -> str | None:
    """Why these bytes are not text (a file signature or NUL bytes), or None.
    UTF-16/32 text has NUL bytes too, so the caller tries those first."""
    head = data[:16]
    for magic in BINARY_MAGIC:
        if head.startswith(magic):
            return f"binary content (starts with {magic[:4]!r})"
    if b"\x00" in data[:8192]:
        return "binary content (NUL bytes)"
    return None


def _mojibake_pairs(*codecs_: str) -> re.Pattern:
    """UTF-8 Arabic read as one of `codecs_`: a lead byte D8..DB then a continuation
    byte 80..BF, each shown as that codec's character (cp1256: 'ط§ظ„' for 'ال')."""
    lead = "".join(bytes(range(0xD8, 0xDC)).decode(c, "ignore") for c in codecs_)
    cont = "".join(bytes(range(0x80, 0xC0)).decode(c, "ignore") for c in codecs_)
    return re.compile(f"[{re.escape(lead)}][{re.escape(cont)}]")


_MOJIBAKE = {"cp1256": _mojibake_pairs("cp1256"), "latin-1": _mojibake_pairs("cp1252", "latin-1")}
_AR_LETTER = "\u0621-\u063a\u0641-\u064a"
_LATIN1_LETTER = "\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff"
_LATIN1_RE = re.compile(f"[{_LATIN1_LETTER}]")
_LATIN1_ANY = regex.compile("[\u00c0-\u00ff]")  # one range in `regex`: 7x quicker than `re` to find none
_GLUED_LATIN1_RE = re.compile(f"[{_AR_LETTER}][{_LATIN1_LETTER}]|[{_LATIN1_LETTER}][{_AR_LETTER}]")
_GLUED_ASCII_RE = re.compile(f"[{_AR_LETTER}][A-Za-z]|[A-Za-z][{_AR_LETTER}]")
_LETTER_RE = re.compile(r"[^\W\d_]")
_NON_ASCII_LETTER_RE = re.compile(r"[^\W\d_a-zA-Z]")
# How much of a text each sign must cover to call it garbled; real text shows none of
# them (0 of the 95k articles of SaudiNewsNet, Tunisia 2016, ANT 2018 and a sample of
# Egypt 2013 trip any).
REPLACEMENT_SHARE = 0.001  # U+FFFD per character
MOJIBAKE_SHARE = 0.2  # characters inside mojibake pairs, per non-space character
GLUED_SHARE = 0.01  # places where an Arabic letter touches a Latin one, per word


def _glued(pattern: re.Pattern, text: str) -> int:
    """How many places an Arabic letter touches a Latin one inside a word, when they
    are more than a stray 'الـFIFA' (0 otherwise)."""
    glued = len(pattern.findall(text))
    return glued if glued >= 2 and glued >= GLUED_SHARE * (text.count(" ") + 1) else 0


def garble_reason(text: str) -> str | None:
    """Why decoded text is mojibake rather than clean text, or None. Signs, each far
    from what real Arabic (or English, French) text shows: replacement characters;
    UTF-8 Arabic read as Windows-1256 ('ط§ظ„ط±' for 'الر') or as Latin-1 ('Ø§Ù„');
    Arabic letters glued to accented Latin ones inside words (ISO-8859-6 read as
    Windows-1256: 'انتâé' for 'التقى'); text that is mostly accented Latin letters
    (Windows-1256 read as Latin-1: 'ÇáÑÆíÓ' for 'الرئيس'). Cheap when clean: a few
    str.count and one search for a Latin-1 letter."""
    n = len(text)
    if not n:
        return None
    bad = text.count("\ufffd")
    if bad and bad >= REPLACEMENT_SHARE * n:
        return f"{bad} replacement characters (U+FFFD)"
    chars = n - text.count(" ") - text.count("\n")
    # UTF-8 Arabic letters start with bytes D8/D9, which Windows-1256 shows as ta/za
    # (1-2% of real text, half of this mojibake)
    if (text.count("\u0637") + text.count("\u0638")) > MOJIBAKE_SHARE / 2 * chars:
        pairs = len(_MOJIBAKE["cp1256"].findall(text))
        if pairs >= 2 and 2 * pairs >= MOJIBAKE_SHARE * chars:
            return "UTF-8 Arabic read as Windows-1256 (like 'ط§ظ„' for 'ال')"
    if not _LATIN1_ANY.search(text):
        return None
    pairs = len(_MOJIBAKE["latin-1"].findall(text))
    if pairs >= 2 and 2 * pairs >= MOJIBAKE_SHARE * chars:
        return "UTF-8 Arabic read as Latin-1 (like 'Ø§Ù„' for 'ال')"
    glued = _glued(_GLUED_LATIN1_RE, text)
    if glued:
        return f"Arabic letters glued to Latin ones in {glued} places (like 'انتâé')"
    latin1 = len(_LATIN1_RE.findall(text))
    if latin1 >= 10 and 2 * latin1 >= len(_LETTER_RE.findall(text)):
        return "mostly accented Latin letters (like 'ÇáÑÆíÓ' for 'الرئيس')"
    return None


def _clean_arabic(text: str) -> str | None:
    """Why text decoded by a guessed code page is not clean Arabic, or None: its
    letters beyond ASCII (markup and Latin words decode alike in every Arabic code
    page) must be mostly Arabic, not glued inside Latin words (French read as
    ISO-8859-6: 'prىsident'), and not mojibake."""
    beyond_ascii = len(_NON_ASCII_LETTER_RE.findall(text))
    if not beyond_ascii or len(ARABIC_LETTER_RE.findall(text)) < 0.8 * beyond_ascii:
        return "not Arabic"
    if _glued(_GLUED_ASCII_RE, text):
        return "Arabic letters inside Latin words"
    return garble_reason(text)


def _codec(name: str) -> str | None:
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode_text(data: bytes, *declared: str | None) -> tuple[str, str]:
    """Decode article bytes: a BOM, then strict UTF-8, then the declared charsets (an
    HTTP header, an HTML meta), charset-normalizer's guesses and the Arabic code pages,
    keeping the first that gives clean Arabic (see garble_reason). Returns
    (text, encoding) or raises _Reject: `not_text` for binary, `bad_encoding` otherwise."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding).lstrip("\ufeff"), encoding.replace("-sig", "")
            except UnicodeDecodeError as e:
                raise _Reject("bad_encoding", f"invalid {encoding} after its BOM at byte {e.start}") from None
    binary = looks_binary(data)
    if binary and "NUL" not in binary:
        raise _Reject("not_text", binary)
    utf8_error = None
    if not binary:
        try:
            return data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError as e:
            utf8_error = e
    for encoding, is_declared in _candidates(data, declared):
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        # a declared charset needs only to give no mojibake (an English page in
        # Latin-1 is read, and left to clean's no_arabic); a guess must give Arabic
        if (garble_reason(text) if is_declared else _clean_arabic(text)) is None:
            return text, encoding
    if binary:  # NUL bytes that no UTF-16 reading turns into Arabic
        raise _Reject("not_text", binary)
    where = "at the end (truncated?)" if utf8_error.end >= len(data) - 3 else f"at byte {utf8_error.start}"
    raise _Reject("bad_encoding", f"not UTF-8 ({utf8_error.reason} {where}), and no other encoding "
                                  "gives clean Arabic text")


def _candidates(data: bytes, declared: Iterable[str | None]) -> list[tuple[str, bool]]:
    """(codec, declared?) to try, best first, each codec once; UTF-8 was tried already."""
    from charset_normalizer import from_bytes

    names = [(d, True) for d in declared if d]
    names += [(match.encoding, False) for match in from_bytes(data)]
    names += [(name, False) for name in ARABIC_CODECS]
    out: list[tuple[str, bool]] = []
    for name, is_declared in names:
        codec = _codec(name)
        if codec and codec != "utf-8" and all(codec != c for c, _ in out):
            out.append((codec, is_declared))
    return out


# ---------------------------------------------------------------- HTML
# Page furniture that is never the article (trafilatura's recall mode keeps menus).
CHROME_XPATH = ["//nav", "//footer", "//aside", "//form", "//*[@role='navigation']", "//*[@role='banner']"]
# Metadata that names the site itself. trafilatura's own `sitename` falls back on parts
# of the <title>, which on a page without these is often the headline.
SITE_NAME_XPATH = ("//meta[@property='og:site_name' or @name='og:site_name' "
                   "or @name='application-name']/@content")


def html_main_text(html: str, url: str | None = None) -> tuple[str, dict[str, str | None]]:
    """Main text of a page (trafilatura, favouring recall, without comments; lxml's
    visible text as a fallback) and the page's own title/date/author/url metadata;
    `source` only from metadata naming the site (else the ingest takes the URL's host)."""
    import trafilatura

    meta: dict[str, str | None] = {}
    tree = trafilatura.load_html(html)
    doc = None
    if tree is not None:
        doc = trafilatura.bare_extraction(
            tree, url=url, favor_recall=True, include_comments=False, include_tables=True,
            with_metadata=True, date_extraction_params={"extensive_search": False, "original_date": True},
            prune_xpath=CHROME_XPATH,
        )
    text = None
    if doc is not None:
        text = doc.text if not isinstance(doc, dict) else doc.get("text")
        get = (lambda k: doc.get(k)) if isinstance(doc, dict) else (lambda k: getattr(doc, k, None))
        site = next((s.strip() for s in tree.xpath(SITE_NAME_XPATH) if s.strip()), None)
        meta = {"title": get("title"), "published_at": get("date"), "author": get("author"),
                "url": get("url"), "source": site}
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
    """Collects docs (column lists, cheaper than row dicts), quarantine rows and the
    units read (name -> the unit it sits in, for accounting)."""

    settings: Settings
    manifest: Manifest
    docs: dict[str, list] = field(default_factory=lambda: {c: [] for c in DOC_SCHEMA})
    quarantine: list[dict] = field(default_factory=list)
    units: list[tuple[str, str | None]] = field(default_factory=list)

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
        garbled = garble_reason(text)
        if garbled:
            self.reject(source_file, "bad_encoding", f"garbled text: {garbled} (decoded as {encoding})", data)
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


# ---------------------------------------------------------------- txt and html
def _read_article(sink: _Sink, source_file: str, data: bytes, fmt: str, container: str | None = None,
                  charset: str | None = None, known: dict[str, str | None] | None = None) -> None:
    """A txt or html article (a file, a zip member, a web archive record). `charset`
    is one declared outside the bytes (HTTP); `known` is metadata from outside the
    page (a web archive record's URL and date)."""
    known = known or {}
    try:
        if fmt == "html":
            m = _CHARSET_RE.search(data[:4096])
            html, encoding = decode_text(data, charset, m.group(1).decode("ascii", "replace") if m else None)
            if not html.strip():
                raise _Reject("empty", "empty page")
            text, own = html_main_text(html, url=known.get("url"))
            if not text.strip():
                raise _Reject("no_main_text", "no main text (only scripts, menus or markup)")
        else:
            text, encoding = decode_text(data, charset)
            own = None
    except _Reject as r:
        sink.reject(source_file, r.reason, r.detail, data)
        return
    if known:
        # the archive's URL is where the page was fetched; its date (the capture's)
        # only stands in when the page gives none
        own = dict(own) if own else dict.fromkeys(META_FIELDS)
        own["url"] = known.get("url") or own.get("url")
        own["published_at"] = own.get("published_at") or known.get("published_at")
    sink.add(source_file, text, fmt, data, encoding, own=own, container=container)


# ---------------------------------------------------------------- JSON records
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


# ---------------------------------------------------------------- feeds
def _feed_date(entry) -> str | None:
    """An item's date as ISO text in its own time zone (RSS writes RFC 822 dates,
    Atom ISO 8601); feedparser's UTC struct only when neither parses."""
    for key in ("published", "updated"):
        value = (entry.get(key) or "").strip()
        if not value:
            continue
        try:
            return dt.datetime.fromisoformat(value.replace("Z", "+00:00")).isoformat()
        except ValueError:
            pass
        try:
            return email.utils.parsedate_to_datetime(value).isoformat()
        except (TypeError, ValueError, IndexError):
            pass
        parsed = entry.get(f"{key}_parsed")
        if parsed:
            return dt.datetime(*parsed[:6], tzinfo=dt.timezone.utc).isoformat()
    return None


def _entry_text(entry) -> str:
    """An item's full text (Atom content, RSS content:encoded) when present, else its
    summary/description; HTML reduced to its visible text."""
    parts = [c for c in entry.get("content") or [] if (c.get("value") or "").strip()]
    best = max(parts, key=lambda c: len(c["value"])) if parts else entry.get("summary_detail")
    if not best or not (best.get("value") or "").strip():
        return ""
    value = best["value"]
    return _lxml_text(value) if "html" in (best.get("type") or "html") else value


def _read_feed(sink: _Sink, source_file: str, data: bytes) -> None:
    """An RSS or Atom feed: one input per item, `feed.xml#i`."""
    import feedparser

    parsed = feedparser.parse(data)  # bytes: parsed in memory, nothing is fetched
    if not parsed.get("version") and not parsed.entries:
        why = parsed.get("bozo_exception")
        sink.reject(source_file, "parse_error", "not an RSS or Atom feed" + (f": {why}" if why else ""), data)
        return
    if not parsed.entries:
        sink.reject(source_file, "empty", "feed without items", data)
        return
    site = (parsed.feed.get("title") or "").strip() or None
    encoding = _codec(parsed.get("encoding") or "utf-8") or "utf-8"
    for i, entry in enumerate(parsed.entries):
        name = f"{source_file}#{i}"
        text = _entry_text(entry)
        raw = text.encode("utf-8")
        if len(raw) > sink.settings.max_file_bytes:
            sink.reject(name, "too_large", f"item text of {len(raw)} bytes > max_file_bytes "
                                           f"{sink.settings.max_file_bytes}", raw)
            continue
        meta = {"title": _text_of(entry.get("title")), "url": _text_of(entry.get("link")), "source": site,
                "author": _text_of(entry.get("author")), "published_at": _feed_date(entry)}
        sink.add(name, text, "feed", raw, encoding, own=meta, container=source_file)


# ---------------------------------------------------------------- web archives
_HTML_TYPES = ("text/html", "application/xhtml+xml")


def _read_warc(sink: _Sink, source_file: str, stream: BinaryIO) -> None:
    """A WARC file (plain or gzipped per record): one input per response or resource
    record, `file.warc.gz#i` with i the record's place in the file; request, metadata
    and warcinfo records describe the crawl and are not inputs."""
    from warcio.archiveiterator import ArchiveIterator

    records = iter(ArchiveIterator(stream))
    n_inputs = 0
    for i in itertools.count():
        try:
            record = next(records, None)
            if record is not None and record.format != "warc":  # warcio reads old ARC files too:
                raise ValueError(f"record {i} is not a WARC record")  # any 5 words pass for one
        except Exception as e:  # noqa: BLE001 - warcio raises many types (even AttributeError) on bad archives
            if n_inputs:  # the records before stand; the rest of the file is one bad input
                sink.reject(f"{source_file}#{i}", "parse_error", f"web archive unreadable from record {i}: "
                                                                 f"{type(e).__name__}: {e}")
            else:
                sink.reject(source_file, "parse_error", f"not a readable web archive (WARC): {type(e).__name__}: {e}")
            return
        if record is None:
            break
        if record.rec_type in ("response", "resource"):
            n_inputs += 1
            _read_warc_record(sink, f"{source_file}#{i}", record, source_file)
    if not n_inputs:
        sink.reject(source_file, "empty", "web archive without response records")


def _read_warc_record(sink: _Sink, name: str, record, container: str) -> None:
    s = sink.settings
    headers = record.http_headers if record.rec_type == "response" else None
    status = headers.get_statuscode() if headers is not None else None
    ctype = (headers.get_header("Content-Type") if headers is not None
             else record.rec_headers.get_header("Content-Type")) or ""
    if status and not status.startswith("2"):
        sink.reject(name, "empty", f"HTTP {status} response: no page")
        return
    mime = ctype.split(";")[0].strip().lower()
    fmt = "html" if mime in _HTML_TYPES or not mime else "txt" if mime == "text/plain" else None
    if fmt is None:
        sink.reject(name, "not_text", f"content type {mime!r} is not read")
        return
    try:
        data = record.content_stream().read(s.max_file_bytes + 1)
    except Exception as e:  # noqa: BLE001 - as in _read_warc: a damaged record, whatever warcio raises
        sink.reject(name, "parse_error", f"unreadable record content: {type(e).__name__}: {e}")
        return
    if len(data) > s.max_file_bytes:
        sink.reject(name, "too_large", f"record content > max_file_bytes {s.max_file_bytes}")
        return
    m = re.search(r"charset\s*=\s*[\"']?([A-Za-z0-9_:.-]+)", ctype, re.I)
    known = {"url": record.rec_headers.get_header("WARC-Target-URI"),
             "published_at": record.rec_headers.get_header("WARC-Date")}
    _read_article(sink, name, data, fmt, container, charset=m.group(1) if m else None, known=known)


# ---------------------------------------------------------------- compressed files and zips
def _decompress(data: bytes, compression: str, cap: int, ratio: int) -> bytes:
    """A .gz/.bz2/.xz file's content, read in chunks and stopped past `cap` bytes or
    the ratio limit (a bomb is never expanded in full)."""
    out = bytearray()
    try:
        with COMPRESSIONS[compression](io.BytesIO(data)) as fh:
            while chunk := fh.read(CHUNK):
                out += chunk
                if len(out) > cap:
                    raise _Reject("too_large", f"decompresses past {cap} bytes")
                if len(out) > ZIP_RATIO_FLOOR and len(out) > ratio * max(len(data), 1):
                    raise _Reject("zip_bomb", f"expands more than {ratio}x while decompressing")
    except (OSError, EOFError, zlib.error, lzma.LZMAError, ValueError) as e:
        raise _Reject("parse_error", f"not a readable {compression} file: {e}") from None
    return bytes(out)


def _limit(settings: Settings, ext: str, compressed: bool = False) -> tuple[int, str]:
    """The size limit of an input of type `ext`: that of one article (txt, html), or
    of a collection (any other type, and any compressed file: its size is not its text's)."""
    if ext in TEXT_FORMATS and not compressed:
        return settings.max_file_bytes, "max_file_bytes"
    return settings.max_zip_bytes, "max_zip_bytes"


def _read_bytes(sink: _Sink, source_file: str, data: bytes, ext: str, container: str | None = None) -> None:
    """The (decompressed) bytes of one input of type `ext`."""
    if ext in TEXT_FORMATS:
        _read_article(sink, source_file, data, TEXT_FORMATS[ext], container)
    elif ext in RECORD_FORMATS:
        _read_records(sink, source_file, data, RECORD_FORMATS[ext])
    elif ext in FEED_FORMATS:
        _read_feed(sink, source_file, data)
    elif ext == ".warc":
        _read_warc(sink, source_file, io.BytesIO(data))
    elif ext == ".zip":
        _read_zip(sink, source_file, data)
    else:
        sink.reject(source_file, "not_text", f"unsupported file type {ext or '(no extension)'!r}", data)


def _read_compressed(sink: _Sink, source_file: str, data: bytes, ext: str, compression: str,
                     container: str | None = None) -> None:
    """A compressed file: its content read as a file of the inner type."""
    cap, _ = _limit(sink.settings, ext)
    try:
        inner = _decompress(data, compression, cap, sink.settings.max_zip_ratio)
    except _Reject as r:
        sink.reject(source_file, r.reason, r.detail, data)
        return
    _read_bytes(sink, source_file, inner, ext, container)


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


def _zip_members(source_file: str, infos: list[zipfile.ZipInfo]) -> list[tuple[str, str, zipfile.ZipInfo]]:
    """(source_file, raw name, info) of the members that are inputs, in zip order:
    hidden ones (.DS_Store, __MACOSX/) are not; a name the zip holds twice is numbered
    ('a.txt', 'a.txt~2', ...: '~' of real names is escaped, so no collision)."""
    out = []
    seen: dict[str, int] = {}
    for info in infos:
        raw = _member_name(info)
        if _hidden_member(raw) and not _unsafe_member(raw):
            continue
        name = f"{source_file}/{escape_name(raw)}"
        seen[name] = seen.get(name, 0) + 1
        out.append((name if seen[name] == 1 else f"{name}~{seen[name]}", raw, info))
    return out


def _read_zip(sink: _Sink, source_file: str, source: Path | bytes) -> None:
    """Members are read as files of their type (compressed ones too, archives not);
    a zip bomb is refused by the declared sizes first, then by capped chunked reads."""
    s = sink.settings
    whole = source if isinstance(source, bytes) else None
    size = len(whole) if whole is not None else source.stat().st_size
    try:
        zf = zipfile.ZipFile(io.BytesIO(source) if whole is not None else source)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError, UnicodeDecodeError) as e:
        sink.reject(source_file, "parse_error", f"not a readable zip archive: {e}",
                    whole if whole is not None else source.read_bytes())
        return
    with zf:
        members = _zip_members(source_file, [i for i in zf.infolist() if not i.is_dir()])
        declared = sum(info.file_size for _, _, info in members)
        if declared > s.max_zip_bytes:
            sink.reject(source_file, "zip_bomb", f"members declare {declared} bytes uncompressed "
                                                 f"> max_zip_bytes {s.max_zip_bytes}", n_bytes=size)
            return
        if not members:
            sink.reject(source_file, "empty", "zip archive without files",
                        whole if whole is not None else source.read_bytes())
            return
        sink.units.extend((name, source_file) for name, _, _ in members)
        budget = s.max_zip_bytes
        for name, raw, info in members:
            ext, compression = input_type(raw)
            if _unsafe_member(raw):
                sink.reject(name, "unsafe_path", "absolute member path or one climbing out with '..': not read",
                            n_bytes=info.file_size)
                continue
            if ext in ARCHIVES or ext not in READABLE:
                sink.reject(name, "not_text", f"unsupported member type {ext or '(none)'!r}"
                            + (" (archives inside archives are not read)" if ext in ARCHIVES else ""),
                            n_bytes=info.file_size)
                continue
            if info.file_size > ZIP_RATIO_FLOOR and info.file_size > s.max_zip_ratio * max(info.compress_size, 1):
                sink.reject(name, "zip_bomb", f"compression ratio {info.file_size // max(info.compress_size, 1)} "
                                              f"> max_zip_ratio {s.max_zip_ratio}", n_bytes=info.file_size)
                continue
            limit, limit_name = _limit(s, ext, compressed=compression is not None)
            if info.file_size > limit:
                sink.reject(name, "too_large", f"{info.file_size} bytes > {limit_name} {limit}",
                            n_bytes=info.file_size)
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
            if compression:
                _read_compressed(sink, name, data, ext, compression, container=source_file)
            else:
                _read_bytes(sink, name, data, ext, container=source_file)


def _read_file(sink: _Sink, source_file: str, path: Path) -> None:
    ext, compression = input_type(path.name)
    try:
        st = path.stat()
        size = st.st_size
        if not stat.S_ISREG(st.st_mode):
            # a named pipe, socket or device would block or never end on read
            sink.reject(source_file, "not_text", "not a regular file (pipe, socket or device): not read",
                        n_bytes=0)
            return
        if ext not in READABLE:
            data = path.read_bytes() if size <= sink.settings.max_file_bytes else None
            what = f"{ext}{compression}" if compression else ext or "(no extension)"
            sink.reject(source_file, "not_text", f"unsupported file type {what!r}", data, size)
            return
        if ext == ".warc" and compression in (None, ".gz"):
            # streamed record by record (warcio reads gzip records itself): a 1 GB
            # Common Crawl file needs no more memory than its largest page
            with path.open("rb") as fh:
                _read_warc(sink, source_file, fh)
            return
        limit, limit_name = _limit(sink.settings, ext, compressed=compression is not None)
        if size > limit:
            sink.reject(source_file, "too_large", f"{size} bytes > {limit_name} {limit}", n_bytes=size)
            return
        if ext == ".zip" and compression is None:
            _read_zip(sink, source_file, path)
            return
        data = path.read_bytes()
    except OSError as e:
        sink.reject(source_file, "unreadable", f"cannot read: {e.strerror or e}")
        return
    if compression:
        _read_compressed(sink, source_file, data, ext, compression)
    else:
        _read_bytes(sink, source_file, data, ext)


# ---------------------------------------------------------------- the walk
class Skipped(NamedTuple):
    """The data dir found inside the input dir: not read (its tables and report are
    outputs), and how many files and folders it held."""

    path: str
    n_paths: int


def _inside(path: Path, root: Path) -> bool:
    try:
        path.resolve().relative_to(root)
        return True
    except (ValueError, OSError, RuntimeError):
        return False


def _output_dir(settings: Settings) -> Path | None:
    """The data dir, resolved, when it lies inside the input dir (else None)."""
    root = Path(settings.input_dir).resolve()
    data = Path(settings.data_dir).resolve()
    if data == root:
        raise InputError(f"the data dir {settings.data_dir} is the input dir: pass --data a folder "
                         "outside --input (or a subfolder of it)")
    return data if data.is_relative_to(root) else None


def list_inputs(settings: Settings) -> list[tuple[str, Path]]:
    """Every input file under the input dir as (source_file, path), sorted; hidden
    files/dirs, the manifest and the data dir are left out, symlinked dirs are listed
    (not followed)."""
    root = Path(settings.input_dir)
    if not root.exists():
        raise InputError(f"input directory not found: {root}")
    if not root.is_dir():
        raise InputError(f"input is not a directory: {root}")
    output = _output_dir(settings)
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
            elif output is not None and (here / d).resolve() == output:
                dirnames.remove(d)  # the run's own outputs: never read (see skipped_outputs)
        for name in sorted(filenames):
            if name.startswith("."):
                continue
            path = here / name
            if manifest_real is not None and not path.is_symlink() and path.resolve() == manifest_real:
                continue
            out.append((escape_name(path.relative_to(root).as_posix()), path))
    return sorted(out, key=lambda item: item[0])


def skipped_outputs(settings: Settings) -> Skipped | None:
    """The data dir when it lies inside the input dir (list_inputs leaves it out),
    with the number of paths under it, for the run's summary; else None."""
    output = _output_dir(settings)
    if output is None or not output.is_dir():
        return None
    n = sum(len(dirs) + len(files) for _, dirs, files in os.walk(output))
    return Skipped(output.relative_to(Path(settings.input_dir).resolve()).as_posix(), n)


def plan(settings: Settings) -> tuple[list[tuple[str, Path]], Manifest]:
    """The inputs of a run, sorted (see list_inputs), and its manifest."""
    inputs = list_inputs(settings)
    manifest_path = settings.manifest_path
    if settings.manifest is not None and not settings.manifest.exists():
        raise InputError(f"manifest not found: {settings.manifest}")
    manifest = read_manifest(manifest_path) if manifest_path is not None else Manifest()
    return inputs, manifest


# ---------------------------------------------------------------- reading, combining, accounting
class Part(NamedTuple):
    """What read_inputs makes of some inputs: docs, quarantine, the manifest rows
    used and the units read (name, the unit it sits in) for accounting."""

    docs: pl.DataFrame
    quarantine: pl.DataFrame
    manifest_used: set[str]
    units: list[tuple[str, str | None]]


def read_inputs(inputs: list[tuple[str, Path]], settings: Settings, manifest: Manifest) -> Part:
    """Read some of a run's inputs. No input depends on another, so the flow reads
    groups of them in parallel."""
    root_real = Path(settings.input_dir).resolve()
    manifest = Manifest(manifest.path, manifest.rows)  # its own record of rows used
    sink = _Sink(settings, manifest)
    for rel, path in inputs:
        sink.units.append((rel, None))
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
    return Part(*sink.frames(), manifest.used, sink.units)


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
    report = accounting([u for p in parts for u in p.units], docs["source_file"].to_list(),
                        quarantine["source_file"].to_list())
    problems = [f"{len(v)} {k}, e.g. {v[0]!r}" for k, v in report.items() if isinstance(v, list) and v]
    if problems:
        raise AccountingError("ingest accounting failed: " + "; ".join(problems))
    used = set().union(*(p.manifest_used for p in parts))
    unused = set(manifest.rows) - used
    if unused:
        log.warning("manifest %s: %d row(s) name no input, e.g. %s", manifest.path, len(unused), sorted(unused)[0])
    return docs, quarantine


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
