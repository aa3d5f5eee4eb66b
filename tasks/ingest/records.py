"""JSON and JSONL inputs: one article per record (``file.jsonl#i``)."""
from __future__ import annotations

import json
import re

from tasks.ingest.decode import Reject, blank, decode_text
from tasks.ingest.sink import Sink

# Record keys that may hold the publication date, best first.
DATE_KEYS = ("published_at", "date", "date_extracted")


def text_of(value) -> str | None:
    """A metadata value as stripped text (numbers too), None when empty or not scalar."""
    if type(value) is not str:
        if not isinstance(value, (int, float)) or isinstance(value, bool):
            return None
        value = str(value)
    return value.strip() or None


def _record_meta(record: dict) -> dict[str, str | None]:
    meta = {k: text_of(record.get(k)) for k in ("title", "url", "source", "author")}
    published = None
    for k in DATE_KEYS:
        published = text_of(record.get(k))
        if published:
            break
    meta["published_at"] = published
    return meta


def _read_record(sink: Sink, source_file: str, record, data: bytes, fmt: str, container: str) -> None:
    """One JSON object with `content` or `text`; `data` is its JSON text."""
    if not isinstance(record, dict):
        sink.reject(source_file, "parse_error", f"a record must be a JSON object, not {type(record).__name__}", data)
        return
    text = record.get("content")
    if text is None or (isinstance(text, str) and blank(text) and record.get("text") is not None):
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


def read_records(sink: Sink, source_file: str, data: bytes, fmt: str) -> None:
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
    except Reject as r:
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
