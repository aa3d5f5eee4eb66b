"""Text for the report: escaping (HTML and Markdown), bidirectional isolation and the
labels every part shares (when, who, where).

Article text is untrusted: every piece of it goes through `esc` (HTML) or
`escape_markdown` (Markdown), never into a URL or an attribute unescaped. Every field
that comes from the input (names, sources, titles, file names, URLs) sits in its own
`<bdi>` (or a block with its own `dir`), so a right-to-left override character in one
field (U+202E, RLO) cannot reorder the next one, and Arabic is marked dir="rtl" lang="ar"."""
from __future__ import annotations

import html
import re
from functools import lru_cache

_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
_MD_SPECIAL = re.compile(r"([\\`*_\[\]()|~&])")


def esc(value) -> str:
    """Any value as HTML text (quotes too, so it is also safe inside attributes)."""
    return "" if value is None else html.escape(str(value), quote=True)


def escape_markdown(value, cell: bool = False) -> str:
    """Untrusted text as literal Markdown: punctuation that could open a link,
    emphasis or code is backslash-escaped, `<` and `>` become entities (so no
    renderer, CommonMark or not, can see a tag); in a table cell, line breaks become
    spaces (the `|` is escaped anyway)."""
    if value is None:
        return ""
    text = _MD_SPECIAL.sub(r"\\\1", str(value)).replace("<", "&lt;").replace(">", "&gt;")
    return re.sub(r"\s*[\r\n]+\s*", " ", text) if cell else text.replace("\r", "")


def anchor(kind: str, ident) -> str:
    """A safe fragment id: letters, digits, dash and underscore only."""
    return f"{kind}-" + re.sub(r"[^A-Za-z0-9_-]", "_", str(ident))


def is_arabic(text: str | None) -> bool:
    return bool(text) and bool(_ARABIC.search(text))


def bidi(value, tag: str = "bdi", cls: str = "") -> str:
    """Untrusted text, escaped, in its own isolated element: inline runs in a `<bdi>`,
    blocks (tag="p", "blockquote") with their own `dir`. Arabic gets dir="rtl"
    lang="ar", anything else dir="auto", so mixed runs never reorder their neighbours."""
    if value is None or value == "":
        return ""
    return _isolated(str(value), tag, cls)


@lru_cache(maxsize=1 << 16)
def _isolated(value: str, tag: str, cls: str) -> str:
    """bidi of a string (a page repeats the same names, sources and ids: ~3 calls per distinct one)."""
    arabic = is_arabic(value)
    attrs = ' dir="rtl" lang="ar"' if arabic else ' dir="auto"'
    classes = " ".join(x for x in ("ar" if arabic else "", cls) if x)
    if classes:
        attrs += f' class="{esc(classes)}"'
    return f"<{tag}{attrs}>{esc(value)}</{tag}>"


def code(value) -> str:
    """A file name or URL as isolated, left-to-right monospace text (shown, never followed):
    a URL's Arabic path segments keep the URL's order."""
    return f'<code><bdi dir="ltr">{esc(value)}</bdi></code>' if value else ""


def is_reported(row: dict) -> bool:
    return (row.get("n_articles") or 0) > 0


def format_when(row: dict) -> str:
    """A visit's date as precise as known: 2023-03-14, 2023-03-14 → 2023-03-15, 2015-10, 2018, undated."""
    start, end, precision = row.get("start_date"), row.get("end_date"), row.get("date_precision")
    if start is None:
        return "undated"
    if precision == "year":
        return f"{start.year}"
    if precision == "month":
        return start.strftime("%Y-%m")
    if end is not None and end != start:
        return f"{start.isoformat()} → {end.isoformat()}"
    return start.isoformat()


def visit_title(row: dict) -> str:
    """Plain-text name of a visit by its pair and place: `Assad → Putin, Moscow`."""
    return f"{row['visitor']} → {row['host']}" + (f", {row['city']}" if row.get("city") else "")


def visit_label(row: dict) -> str:
    """Plain-text label naming a visit even when it has no date: `2023-03-14: Assad → Putin,
    Moscow`, or `Assad → Putin, Moscow (undated)`."""
    if row.get("start_date") is None:
        return f"{visit_title(row)} (undated)"
    return f"{format_when(row)}: {visit_title(row)}"


def visit_heading(row: dict) -> str:
    """The same label as HTML, every name isolated."""
    pair = f"{bidi(row['visitor'])} → {bidi(row['host'])}" + (f", {bidi(row['city'])}" if row.get("city") else "")
    if row.get("start_date") is None:
        return f'{pair} <span class="muted">(undated)</span>'
    return f"{esc(format_when(row))}: {pair}"


def plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"
