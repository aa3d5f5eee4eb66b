"""Web archives (WARC, plain or gzipped per record): one article per HTML or text
response, with the record's URL, date and charset (warcio)."""
from __future__ import annotations

import itertools
import re
from typing import BinaryIO

from tasks.ingest.sink import Sink, read_article

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_warc(sink: Sink, source_file: str, stream: BinaryIO) -> None:
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


def _read_warc_record(sink: Sink, name: str, record, container: str) -> None:
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
    except Exception as e:  # noqa: BLE001 - as in read_warc: a damaged record, whatever warcio raises
        sink.reject(name, "parse_error", f"unreadable record content: {type(e).__name__}: {e}")
        return
    if len(data) > s.max_file_bytes:
        sink.reject(name, "too_large", f"record content > max_file_bytes {s.max_file_bytes}")
        return
    m = re.search(r"charset\s*=\s*[\"']?([A-Za-z0-9_:.-]+)", ctype, re.I)
    known = {"url": record.rec_headers.get_header("WARC-Target-URI"),
             "published_at": record.rec_headers.get_header("WARC-Date")}
    read_article(sink, name, data, fmt, container, charset=m.group(1) if m else None, known=known)
