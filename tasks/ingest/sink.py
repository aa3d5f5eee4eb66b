"""Collecting rows: the sink every reader writes accepted docs and quarantined inputs
to, and the reader of one txt or html article."""
from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlsplit

import polars as pl

from tasks.ingest.decode import Reject, blank, decode_text, garble_reason, sha256
from tasks.ingest.manifest import META_FIELDS, Manifest
from tasks.ingest.pages import CHARSET_RE, html_main_text
from ziyarat import schemas
from ziyarat.settings import Settings

DOC_SCHEMA: dict[str, pl.DataType] = {
    "source_file": pl.Utf8, "raw_text": pl.Utf8, "title": pl.Utf8, "url": pl.Utf8,
    "source": pl.Utf8, "author": pl.Utf8, "published_at": pl.Utf8,
    "bytes_sha256": pl.Utf8, "n_bytes": pl.Int64, "input_format": pl.Utf8,
    "meta_origin": pl.Utf8,
    # extra: how the bytes were decoded ("utf-8", "utf-16", "cp1256", "iso8859-6" ...)
    "encoding": pl.Utf8,
}


@dataclass
class Sink:
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
        if blank(text):
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

    def frames(self, raw_text: bool = True) -> tuple[pl.DataFrame, pl.DataFrame]:
        """(docs, quarantine); docs without its raw_text column when `raw_text` is
        False (the caller takes the texts as Python strings from ``docs["raw_text"]``)."""
        columns = self.docs if raw_text else {c: v for c, v in self.docs.items() if c != "raw_text"}
        schema = {c: DOC_SCHEMA[c] for c in columns}
        return pl.DataFrame(columns, schema=schema), schemas.conform("quarantine", self.quarantine)


def read_article(sink: Sink, source_file: str, data: bytes, fmt: str, container: str | None = None,
                  charset: str | None = None, known: dict[str, str | None] | None = None) -> None:
    """A txt or html article (a file, a zip member, a web archive record). `charset`
    is one declared outside the bytes (HTTP); `known` is metadata from outside the
    page (a web archive record's URL and date)."""
    known = known or {}
    try:
        if fmt == "html":
            m = CHARSET_RE.search(data[:4096])
            html, encoding = decode_text(data, charset, m.group(1).decode("ascii", "replace") if m else None)
            if not html.strip():
                raise Reject("empty", "empty page")
            text, own = html_main_text(html, url=known.get("url"))
            if not text.strip():
                raise Reject("no_main_text", "no main text (only scripts, menus or markup)")
        else:
            text, encoding = decode_text(data, charset)
            own = None
    except Reject as r:
        sink.reject(source_file, r.reason, r.detail, data)
        return
    if known:
        # the archive's URL is where the page was fetched; its date (the capture's)
        # only stands in when the page gives none
        own = dict(own) if own else dict.fromkeys(META_FIELDS)
        own["url"] = known.get("url") or own.get("url")
        own["published_at"] = own.get("published_at") or known.get("published_at")
    sink.add(source_file, text, fmt, data, encoding, own=own, container=container)
