"""Clean: from ingested docs to articles. Strips site chrome line by line (patterns
in ziyarat/lexicons/boilerplate.yaml), puts the text in display form
(arabic.normalize_display), keeps Arabic articles, dates them, gives each a stable
id and marks exact and near duplicates.

Speed matters (the SaudiNewsNet corpus is 31k articles): per-character work is done
over the whole batch by polars (folding, shingles) or numpy (Arabic share); Python
only walks lines, and only the short ones (<= max_line_chars) are ever folded and
tested for chrome.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Callable

import numpy as np
import polars as pl

from tasks.extract.dates import find_dates
from ziyarat import schemas
from ziyarat.arabic import (
    ARABIC_LETTER_RE,
    CLOSING_QUOTES,
    EDGE_PUNCT,
    FOLD_TABLE,
    SENTENCE_END_MARKS,
    arabic_ratio,
    arabic_ratios,
    fold,
    fold_series,
    fold_term,
    fold_with_map,
    normalize_display,
    to_ascii_digits,
)
from ziyarat.lexicon import LEXICON_DIR, get_lexicon, load_yaml
from ziyarat.literals import LiteralGate
from ziyarat.settings import Settings
from tasks.linebreaks import display_lines, join_line
from tasks.url_date import url_date
from tasks.duplicates import NUM_PERM, band_matrix, find_duplicates, linked, minhash_signatures, signatures_by_row

BOILERPLATE_FILE = LEXICON_DIR / "boilerplate.yaml"

TITLE_MAX_WORDS = 25
HEADER_LINES = 3

# ---------------------------------------------------------------- boilerplate
@dataclass(frozen=True)
class Boilerplate:
    """The compiled chrome patterns of boilerplate.yaml. One regex, `line_re`, holds
    them all; its named group says what a matching line is (see `kind`)."""

    max_line_chars: int
    latin_max_chars: int
    repeat_max_chars: int
    lines: frozenset[str]
    line_re: re.Pattern
    prefix_re: re.Pattern | None
    gate: LiteralGate | None = None  # None: line_re is tried on every key

    def kind(self, key: str | None, may_match: bool | None = None) -> str | None:
        """'comment' / 'tail' (a heading of the page tail), 'embed', 'drop' or None. 4 lines in 5 hold none of
        the literals a pattern needs: no regex for them (may_match: the gate's answer, when clean_texts knows it)."""
        if key is None:
            return None
        if may_match is None:
            may_match = self.gate is None or self.gate.may_match(key)
        m = self.line_re.fullmatch(key) if may_match else None
        if m is not None:
            return m.lastgroup
        return "drop" if key in self.lines else None


_UNFOLDED = {chr(k) for k, v in FOLD_TABLE.items() if k > 127 and v != chr(k)}
_GROUPS = (("comment", "comment_markers"), ("tail", "tail_markers"), ("embed", "embeds"), ("drop", "patterns"))


def _check_folded(patterns: list[str], where: str) -> None:
    for p in patterns:
        bad = sorted(set(p) & _UNFOLDED)
        if bad:
            raise ValueError(f"boilerplate.yaml {where}: {p!r} has unfolded letters {bad}; write them folded "
                             "(ا not أ/إ/آ, ي not ى, ه not ة, no diacritics)")


def _line_key(line: str) -> str:
    """A line folded, whitespace-collapsed and stripped of edge punctuation."""
    return _folded_key(fold(line))


def _folded_key(fline: str) -> str:
    """The key of a line from its folding: ``_line_key(line) == _folded_key(fold(line))``."""
    return " ".join(fline.split()).strip(EDGE_PUNCT)


@lru_cache(maxsize=4)
def load_boilerplate(path: Path = BOILERPLATE_FILE) -> Boilerplate:
    """Load and compile boilerplate.yaml once."""
    data = load_yaml(Path(path))
    groups, every = [], []
    for name, section in _GROUPS:
        patterns = data.get(section) or []
        _check_folded(patterns, section)
        every += patterns
        if patterns:
            groups.append(f"(?P<{name}>" + "|".join(f"(?:{p})" for p in patterns) + ")")
    # Punctuation around a line never matters: "اضف تعليقك:" is "اضف تعليقك".
    line_re = re.compile(r"\W*?(?:" + "|".join(groups) + r")\W*", re.IGNORECASE)
    prefixes = data.get("prefixes") or []
    _check_folded(prefixes, "prefixes")
    return Boilerplate(
        max_line_chars=int(data.get("max_line_chars", 300)),
        latin_max_chars=int(data.get("latin_chrome_max_chars", 100)),
        repeat_max_chars=int(data.get("repeated_line_max_chars", 200)),
        lines=frozenset(fold_term(x).strip(EDGE_PUNCT) for x in data.get("lines") or []),
        line_re=line_re,
        prefix_re=re.compile("(?:" + "|".join(prefixes) + ")", re.IGNORECASE) if prefixes else None,
        gate=LiteralGate.build(every, re.IGNORECASE),
    )


_LATIN_RE = re.compile(r"[A-Za-z]")
_ALNUM_RE = re.compile(r"\w")
_ELLIPSIS = ("…", "...")


# a sentence mark, a closing quote or bracket, or the Arabic semicolon ؛
_SENTENCE_END = tuple(SENTENCE_END_MARKS + CLOSING_QUOTES + ")\u061b")


def _is_paragraph(line: str) -> bool:
    """A body paragraph, not a teaser: a full sentence (80+ characters ending like a
    sentence, not cut off with an ellipsis) or a long run of text."""
    if line.endswith(_ELLIPSIS):
        return False
    return len(line) > 250 or (len(line) >= 80 and line.endswith(_SENTENCE_END))


def _tail_start(lines: list[str], kinds: list[str | None]) -> int | None:
    """Index of the first heading after which the page is only tail, or None.
    A related-articles heading counts when the text after it is not body-like
    (less than half of it in paragraphs, see _is_paragraph) and it is not at the
    top; a comments heading also counts when at least as much text comes before it
    as after it."""
    if "tail" not in kinds and "comment" not in kinds:  # most texts: no heading, no sizes to add up
        return None
    sizes = [len(line) for line in lines]
    total = sum(sizes)
    before = 0
    for i, kind in enumerate(kinds):
        if kind == "tail" or kind == "comment":
            after = total - before - sizes[i]
            body = sum(len(x) for x in lines[i + 1:] if _is_paragraph(x))
            body_like = after > 0 and body / after >= 0.5
            if not body_like and (before >= after or before >= 300):
                return i
            if kind == "comment" and before >= after:
                return i
        before += sizes[i]
    return None


def strip_chrome(text: str, bp: Boilerplate | None = None) -> str:
    """Remove site chrome from display text, line by line; body lines are untouched
    except for collapsed whitespace. Paragraphs are joined by one newline."""
    bp = bp or load_boilerplate()
    lines, soft = display_lines(text)
    return _strip_lines(lines, [_line_key(line) if len(line) <= bp.max_line_chars else None for line in lines], bp, soft)


def _strip_lines(lines: list[str], keys: list[str | None], bp: Boilerplate, soft: list[bool],
                 gated: list[bool | None] | None = None) -> str:
    """strip_chrome of a text's `display_lines` (lines, soft), given their keys (``_line_key``;
    None for the lines longer than max_line_chars, never chrome). A line kept after a soft
    break from the line kept before it goes on that line (tasks.linebreaks), even if its
    words were seen before (a link's text: "مرسي" twice is no repeated chrome line)."""
    if not lines:
        return ""
    kinds = [None if k is None else bp.kind(k) for k in keys] if gated is None \
        else [None if k is None else bp.kind(k, g) for k, g in zip(keys, gated)]  # a long line (no key): never chrome
    cut = _tail_start(lines, kinds)
    if cut is not None:
        lines, keys, kinds = lines[:cut], keys[:cut], kinds[:cut]
    kept: list[str] = []
    seen: set[str] = set()
    last = -2  # index of the line kept last
    for i, (line, key, kind) in enumerate(zip(lines, keys, kinds)):
        if soft[i] and last == i - 1 and kind is None:
            kept[-1] = join_line(kept[-1], line)
            last = i
            continue
        if key is None:
            kept.append(line)
            last = i
            continue
        if kind == "embed":
            if kept and kept[-1].endswith(_ELLIPSIS):
                kept.pop()  # the embedded post's own (cut-off) text
            continue
        if kind is not None:
            continue
        if bp.prefix_re is not None and bp.prefix_re.match(key):
            line, key = _strip_prefix(line, bp)
            if not line or bp.kind(key) is not None:
                continue
        if (len(line) <= bp.latin_max_chars and ARABIC_LETTER_RE.search(line) is None
                and (_LATIN_RE.search(line) or not _ALNUM_RE.search(line))):
            continue
        if len(line) <= bp.repeat_max_chars:
            if key in seen:
                continue
            seen.add(key)
        kept.append(line)
        last = i
    return "\n".join(kept)


def _strip_prefix(line: str, bp: Boilerplate) -> tuple[str, str]:
    """Drop a chrome prefix ("Next Previous ") from a display line; (line, key)."""
    f = fold_with_map(line)
    m = bp.prefix_re.match(f.text)
    if not m or not m.end():
        return line, _line_key(line)
    line = line[f.to_original(m.end()):].strip()
    return line, _line_key(line)


# ---------------------------------------------------------------- titles and dates
_DATEISH_RE = re.compile(r"\d{1,4}[/.\-]\d{1,2}[/.\-]\d{1,4}|\d{1,2}:\d{2}")


def guess_title(text: str) -> str | None:
    """The first of the first lines that looks like a headline: 3-25 words, not a
    date line, not ending like a sentence (". :")."""
    for line in text.split("\n", HEADER_LINES)[:HEADER_LINES]:
        words = line.split(maxsplit=TITLE_MAX_WORDS)  # a body paragraph is not split whole: > TITLE_MAX_WORDS items
        if 3 <= len(words) <= TITLE_MAX_WORDS and not line.endswith((".", ":", "،", "؛")) \
                and not _DATEISH_RE.search(line):
            return line
    return None


_ISO_DATE_RE = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")
_DMY_RE = re.compile(r"(?<!\d)(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?!\d)")


def _valid_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        date = dt.date(y, m, d)
    except ValueError:
        return None
    return date if 1900 <= y <= 2100 else None


@lru_cache(maxsize=65536)
def parse_published(value: str | None) -> dt.date | None:
    """A metadata date: ISO date or datetime ('2015-07-21', '2015-07-21 02:51:32',
    '2023-03-14T10:00:00+03:00' -> its own calendar day), also '2015/07/21',
    '21-07-2015' and Arabic-Indic digits. None when there is no date in it."""
    if not value:
        return None
    value = value.strip()
    if not value.isascii():
        value = to_ascii_digits(value)
    try:
        return dt.datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    m = _ISO_DATE_RE.match(value)
    if m:
        return _valid_date(int(m[1]), int(m[2]), int(m[3]))
    m = _DMY_RE.search(value)
    if m:
        return _valid_date(int(m[3]), int(m[2]), int(m[1]))
    return None


DATELINE_LEAD_WORDS = 4  # words a dateline may put before its date ("القاهرة - الثلاثاء")
DATELINE_MAX_WORDS = 10  # a line this short is a date line whatever the date's position


@lru_cache(maxsize=1)
def _banner_cues() -> tuple[str, ...]:
    """months.yaml banner_cues, folded: site chrome whose date is not the article's."""
    return tuple(fold(c) for c in get_lexicon().months.get("banner_cues") or ())


def header_date(text: str) -> dt.date | None:
    """The article's dateline: a full date (day, month and year; Gregorian or Hijri) in
    one of the first lines, at the head of its line ("القاهرة - 14 آذار 2023 -",
    "الثلاثاء 2023/03/14") or on a short line. Not a date inside the lead sentence
    (an event's), nor one on a line of site chrome: a "today is" banner ("اليوم هو"),
    the site's clock or a copyright line (months.yaml banner_cues)."""
    for line in text.split("\n", HEADER_LINES)[:HEADER_LINES]:
        folded = fold_with_map(line)
        if any(c in folded.text for c in _banner_cues()):
            continue
        short = len(line.split()) <= DATELINE_MAX_WORDS
        for d in find_dates(line, folded, None):
            if d.precision == "day" and d.kind in ("absolute", "hijri") \
                    and (short or len(line[:d.start].split()) <= DATELINE_LEAD_WORDS):
                return d.date
    return None


def sha16(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


# ---------------------------------------------------------------- the stage
def clean_text(raw: str) -> str:
    """Display form of one raw text with its chrome removed."""
    return strip_chrome(normalize_display(raw))


def clean_texts(raw: list[str]) -> list[str]:
    """clean_text over many texts, folding the lines that can be chrome (those up to
    max_line_chars) of all texts at once in polars. The same keys as strip_chrome's:
    fold maps a whitespace character to whitespace and any other to a non-space or
    nothing, so folding a line after collapsing its whitespace changes no key."""
    bp = load_boilerplate()
    limit = bp.max_line_chars
    split = [display_lines(normalize_display(r)) for r in raw]
    short = pl.Series([line for text, _soft in split for line in text if len(line) <= limit], dtype=pl.Utf8)
    key_series = _line_keys(short)  # and the chrome regex's gate over the batch (Rust: 2x quicker than line by line)
    gated = key_series.str.contains_any(bp.gate.keys).to_list() if bp.gate is not None and len(short) else [None] * len(short)
    pairs = iter(zip(key_series.to_list(), gated))
    per_text = [[next(pairs) if len(line) <= limit else (None, None) for line in text] for text, _soft in split]
    return [_strip_lines(text, [k for k, _ in kg], bp, soft, [g for _, g in kg]) for (text, soft), kg in zip(split, per_text)]


# str.split()'s whitespace as a polars (Rust regex) class: Unicode White_Space and the
# separators \x1c-\x1f that Python adds (tests/test_clean.py checks every code point)
SPLIT_WHITESPACE = r"[\s\x1c-\x1f]"
# what " ".join(s.split()) changes inside a line: runs of 2+ and the other whitespace
# characters alone (matching every single space is 3x slower)
_WHITESPACE_RUN = rf"{SPLIT_WHITESPACE}{{2,}}|[{SPLIT_WHITESPACE[1:-1]}--[ ]]"


def _line_keys(lines: pl.Series) -> pl.Series:
    """``_line_key`` of every line, in polars: folded, whitespace runs made one space
    (``" ".join(f.split())``: the edge runs left as a space go with the edge strip,
    EDGE_PUNCT holding the space) and stripped of edge punctuation."""
    return fold_series(lines).str.replace_all(_WHITESPACE_RUN, " ").str.strip_chars(EDGE_PUNCT)


def clean(docs: pl.DataFrame, settings: Settings) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Ingested docs -> (articles, quarantine); see the module docstring."""
    return finish(prepare(docs, settings))


def prepare(docs: pl.DataFrame, settings: Settings, raw: list[str] | None = None) -> pl.DataFrame:
    """The per-document part of clean, one row per doc: display text without chrome,
    title, length, the quarantine reason when there is one (``_reason``, ``_detail``),
    publication date, the id candidates (``_id``; ``_id_copy`` for an exact copy),
    ``_key`` (SHA-256 of the folded text: equal keys are exact copies) and the MinHash
    signature (``_sig``, ``_has_sig``). No row looks at another, so the flow runs this
    over chunks of docs in parallel; :func:`finish` then de-duplicates across all.
    `raw`: the docs' raw_text as Python strings, when the caller has them so
    (tasks.units.read_unit, from ingest's readers: never through Arrow)."""
    n = docs.height
    raw = docs["raw_text"].to_list() if raw is None else raw
    titles = [normalize_display(" ".join(t.split())) if t else None for t in docs["title"].to_list()]
    texts = clean_texts(raw)
    frame = docs.select("source_file", "source", "url", "author", "bytes_sha256", "n_bytes",
                        "input_format", "published_at").with_columns(
        pl.Series("text", texts, dtype=pl.Utf8), pl.Series("title", titles, dtype=pl.Utf8))
    ratios = arabic_ratios(texts)
    frame = frame.with_columns(pl.Series("_ratio", ratios, dtype=pl.Float64),
                               pl.col("text").str.len_chars().alias("n_chars"))

    # quarantine: nothing left, or not Arabic
    ratio = ratios.tolist()
    reasons: list[tuple[str, str] | None] = []
    for i in range(n):
        if not texts[i]:
            if arabic_ratio(raw[i]) < settings.min_arabic_ratio:
                reasons.append(("no_arabic", "no Arabic text"))
            else:
                reasons.append(("empty", "nothing left after removing site chrome"))
        elif ratio[i] < settings.min_arabic_ratio:
            reasons.append(("no_arabic", f"Arabic letters are {ratio[i]:.0%} of letters "
                                         f"(< min_arabic_ratio {settings.min_arabic_ratio:.0%})"))
        else:
            reasons.append(None)
    del raw

    # title and published date (of the docs that stay)
    title, published, origin = [], [], []
    for t, text, value, url, reason in zip(titles, texts, frame["published_at"].to_list(), frame["url"].to_list(), reasons):
        if reason is not None:
            title.append(t)
            published.append(None)
            origin.append(None)
            continue
        title.append(t or guess_title(text))
        date, how = parse_published(value), "metadata"
        if date is None:  # no metadata date: the text's dateline, else the day the page's address files it under
            date, how = header_date(text), "text"
        if date is None:
            date, how = url_date(url), "url"
        published.append(date)
        origin.append(how if date else "none")

    # ids and what de-duplication needs
    folded = fold_series(frame["text"])
    keys, ids, copy_ids = [], [], []
    for f, source_file in zip(folded.cast(pl.Binary).to_list(), frame["source_file"].to_list()):
        h = hashlib.sha256(f)
        digest = h.hexdigest()
        keys.append(digest)
        ids.append(digest[:16])
        h.update(b"\0" + source_file.encode("utf-8"))  # = sha16(folded + "\0" + source_file)
        copy_ids.append(h.hexdigest()[:16])
    sigs, has_sig = minhash_signatures(folded)
    return frame.with_columns(
        pl.Series("title", title, dtype=pl.Utf8),
        pl.Series("published_date", published, dtype=pl.Date),
        pl.Series("published_date_origin", origin, dtype=pl.Utf8),
        pl.lit("ar").alias("language"),
        pl.Series("_reason", [r[0] if r else None for r in reasons], dtype=pl.Utf8),
        pl.Series("_detail", [r[1] if r else None for r in reasons], dtype=pl.Utf8),
        pl.Series("_key", keys, dtype=pl.Utf8),
        pl.Series("_id", ids, dtype=pl.Utf8),
        pl.Series("_id_copy", copy_ids, dtype=pl.Utf8),
        pl.Series("_sig", sigs.reshape(n, NUM_PERM), dtype=pl.Array(pl.UInt64, NUM_PERM)),
        pl.Series("_has_sig", has_sig, dtype=pl.Boolean),
    )


def finish(prepared: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Prepared rows (of all docs, in input order) -> (articles, quarantine): the
    quarantined rows out, exact and near duplicates marked, ids given."""
    accepted, quarantine = split_rejected(prepared)
    articles = schemas.conform("articles", assign_ids(accepted).sort("source_file"))
    return articles, quarantine


def split_rejected(prepared: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Prepared rows -> (the accepted ones, as prepared; the quarantine table)."""
    bad = prepared["_reason"].is_not_null()
    quarantine = prepared.filter(bad).select(
        "source_file", pl.col("_reason").alias("reason"), pl.col("_detail").alias("detail"),
        "bytes_sha256", "n_bytes",
    ) if bad.any() else None
    return prepared.filter(~bad), schemas.conform("quarantine", quarantine)


def assign_ids(frame: pl.DataFrame, dropped: pl.DataFrame | None = None,
               signatures_of: Callable[[pl.Series], pl.DataFrame] | None = None) -> pl.DataFrame:
    """`frame` with article_id and duplicate_of, from its small columns only
    (source_file, published_date, _key, _id, _id_copy, _has_sig and _sig or its band
    keys `_bands`): exact and near duplicates found across all its rows, "earlier" =
    by published_date, then source_file. The result does not depend on the row order.

    Rows may carry `_bands` (tasks.duplicates.with_bands) instead of `_sig`: the
    signatures of the few rows the LSH walk needs are then read with
    `signatures_of(source_files)` (a frame of source_file, _sig), the others' never.
    Rows that already have an article_id were decided by an earlier run over them
    and the `dropped` rows (held rows whose input was read again): only the rows
    linked to a new or dropped one by shared keys or LSH bands are decided again
    (tasks.duplicates.linked), which gives what deciding over all of them would."""
    decided = (frame["article_id"].is_not_null().to_numpy() if "article_id" in frame.columns
               else np.zeros(frame.height, dtype=bool))
    if not decided.any():
        return _decide_ids(frame, signatures_of)
    dropped = dropped if dropped is not None else frame.head(0)
    keys = pl.concat([frame["_key"], dropped["_key"]])
    bands = np.concatenate([band_matrix(frame), band_matrix(dropped)])
    has_sig = np.concatenate([frame["_has_sig"].to_numpy(), dropped["_has_sig"].to_numpy()]).astype(bool)
    seeds = np.concatenate([~decided, np.ones(dropped.height, dtype=bool)])
    redo = np.flatnonzero(linked(seeds, keys, bands, has_sig)[:frame.height])
    again = _decide_ids(frame[redo], signatures_of)
    return frame.with_columns(frame[c].cast(pl.Utf8).clone().scatter(redo, again[c]) for c in ("article_id", "duplicate_of"))


def _decide_ids(frame: pl.DataFrame, signatures_of: Callable[[pl.Series], pl.DataFrame] | None = None) -> pl.DataFrame:
    """assign_ids over every row of `frame`, none decided before."""
    if frame.height == 0:
        return frame.with_columns(pl.lit(None, dtype=pl.Utf8).alias("article_id"),
                                  pl.lit(None, dtype=pl.Utf8).alias("duplicate_of"))
    order = (frame.select("published_date", "source_file").with_row_index("_i")  # not the signatures
             .sort(["published_date", "source_file"], nulls_last=True)["_i"].to_numpy())
    has_sig = frame["_has_sig"].to_numpy().astype(bool, copy=False)
    dup_of, exact = find_duplicates(frame["_key"], order, band_matrix(frame), has_sig,
                                    signatures_by_row(frame, signatures_of))
    # columns, not Python lists of every id: an exact copy takes its copy id
    ids = frame["_id_copy"].zip_with(pl.Series(exact, dtype=pl.Boolean), frame["_id"]).cast(pl.Utf8)
    return frame.with_columns(ids.alias("article_id"),
                              ids.gather(pl.Series(dup_of, dtype=pl.Int64)).alias("duplicate_of"))
