"""The publication day a news URL's path gives, for an article whose metadata has none.

Many sites' content systems file an article under its publication day and write that day
into its address: ``/ar/2018/03/06/<slug>.html`` (year, month, day as path segments),
``/ar/20180626-<slug>`` or ``/news/2018-06-26-<slug>`` (a segment opening with the day).
A scraped page, a WARC record (its ``WARC-Target-URI``) or a feed item keeps that address
when it has no date field. tasks.clean falls back to it after the text's dateline and
records ``published_date_origin = url``, so every such day says where it came from.
"""
from __future__ import annotations

import datetime as dt
import re
from urllib.parse import unquote, urlsplit

# year, month, day as three path segments: /2018/03/06/ (also the last segments: /2018/03/06)
_SEGMENTS_RE = re.compile(r"/((?:19|20)\d\d)/(\d{1,2})/(\d{1,2})(?=/|$)")
# a segment opening with the whole day, then its slug: /20180626-..., /2018-06-26-..., /2018_06_26.html
_OPENING_RE = re.compile(r"/((?:19|20)\d\d)([-_]?)(\d\d)\2(\d\d)(?=[-_./]|$)")
SCHEMES = ("http", "https")  # an address to a page; an urn: or a file path is an id, whose digits are no day


def url_date(url: str | None) -> dt.date | None:
    """The day a web address's path names, or None: a full, valid day in one of the two shapes
    above, in the path only (not the host, the query or an anchor), the first one when there
    are several. A month alone (``/2018/03/``), an article number (``/1165292-...``, 7 digits)
    or an 8-digit number that is no day (``/20181399-``) gives none."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:  # a malformed address ("http://[bad/...": an unclosed IPv6 bracket) names no day
        return None
    if parts.scheme.lower() not in SCHEMES:
        return None
    path = unquote(parts.path)
    for m in sorted([*_SEGMENTS_RE.finditer(path), *_OPENING_RE.finditer(path)], key=lambda m: m.start()):
        year, month, day = (int(g) for g in m.groups() if g not in ("", "-", "_"))
        try:
            return dt.date(year, month, day)
        except ValueError:
            continue
    return None


__all__ = ["url_date"]
