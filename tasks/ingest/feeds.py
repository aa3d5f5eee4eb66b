"""RSS and Atom feeds: one article per item (feedparser), its full text when the feed
holds it."""
from __future__ import annotations

import datetime as dt
import email.utils

from tasks.ingest.decode import codec_name
from tasks.ingest.pages import lxml_text
from tasks.ingest.records import text_of
from tasks.ingest.sink import Sink

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
    return lxml_text(value) if "html" in (best.get("type") or "html") else value


def read_feed(sink: Sink, source_file: str, data: bytes) -> None:
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
    encoding = codec_name(parsed.get("encoding") or "utf-8") or "utf-8"
    for i, entry in enumerate(parsed.entries):
        name = f"{source_file}#{i}"
        text = _entry_text(entry)
        raw = text.encode("utf-8")
        if len(raw) > sink.settings.max_file_bytes:
            sink.reject(name, "too_large", f"item text of {len(raw)} bytes > max_file_bytes "
                                           f"{sink.settings.max_file_bytes}", raw)
            continue
        meta = {"title": text_of(entry.get("title")), "url": text_of(entry.get("link")), "source": site,
                "author": text_of(entry.get("author")), "published_at": _feed_date(entry)}
        sink.add(name, text, "feed", raw, encoding, own=meta, container=source_file)
