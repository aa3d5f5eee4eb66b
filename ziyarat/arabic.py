"""The one Arabic normalisation module: every other module folds, tokenises and
splits Arabic through these functions, never by hand.

Two forms of a text exist in ziyarat:

* the *display* form (``articles.text``): Unicode-normalised with camel-tools
  (presentation forms such as the lam-alef ligature U+FEFB become ``لا``) and
  whitespace tidied, but with the original letters (``أ`` stays ``أ``);
* the *folded* form, used only for matching: diacritics, tatweel and zero-width
  marks removed, alef variants (``أ إ آ ٱ``) -> ``ا``, alef maksura ``ى`` -> ``ي``,
  teh marbuta ``ة`` -> ``ه``, Persian/Urdu look-alikes (``ڤ`` -> ``ف``, ``ک`` -> ``ك``,
  ``ی`` -> ``ي``) folded, Arabic-Indic digits -> ASCII, Latin lower-cased.
  So ``الأسد`` (al-Asad) and ``الاسد`` fold alike, and ``ڤنوكوڤا`` matches ``فنوكوفا``.

Folding only maps one character to one character or deletes it, so a
:class:`Folded` keeps a map back to the display form: a match found at
``folded[s:e]`` is ``text[f.span(s, e)]`` in the original.

The fast path (``fold``) is one ``str.translate``; ``fold_reference`` is the
straightforward camel-tools pipeline and a test checks they agree.
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import polars as pl

# camel-tools is imported where it is used (the reference paths, the rare ligature
# fix): importing camel_tools.utils.charsets builds Unicode-wide character sets
# (0.43 s), which every process pool worker would otherwise pay before its first task.
# camel-tools' AR_DIAC_CHARSET (tanwin, short vowels, shadda, sukun, dagger alef);
# tests/test_arabic.py checks it is still camel-tools' set.
AR_DIACRITICS = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670"

TATWEEL = "\u0640"
# Zero-width and bidi marks that crawls leave inside words (ZWNJ, ZWJ, LRM, RLM,
# ALM, word joiner, BOM).
INVISIBLE = "\u200b\u200c\u200d\u200e\u200f\u061c\u2060\ufeff"
DELETED = frozenset(AR_DIACRITICS) | frozenset(TATWEEL + INVISIBLE)

ARABIC_INDIC_DIGITS = "\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669"
PERSIAN_DIGITS = "\u06f0\u06f1\u06f2\u06f3\u06f4\u06f5\u06f6\u06f7\u06f8\u06f9"

# Letters other than the camel-tools alef/ya/teh folds that outlets use for the same
# sound: veh (U+06A4, in ڤنوكوڤو "Vnukovo") -> feh, keheh -> kaf, Farsi yeh -> yeh,
# gaf -> kaf, heh goal / teh marbuta goal -> heh.
LOOKALIKES = {
    "\u06a4": "\u0641",  # ڤ -> ف
    "\u06a9": "\u0643",  # ک -> ك
    "\u06af": "\u0643",  # گ -> ك
    "\u06cc": "\u064a",  # ی -> ي
    "\u06c1": "\u0647",  # ہ -> ه
    "\u06c3": "\u0647",  # ۃ -> ه
}
# Clitics, folded: the one home of every proclitic and enclitic set. Proclitic letters:
# wa- "and", fa- "so" (conjunctions); bi- "with/in", li- "for", ka- "as"
# (prepositions); sa- (future, on verbs); al- "the". A word like "الزيارة" after li-
# loses its alef: "للزيارة" (lil-ziyara), so matchers give terms starting with ال an
# "لل" form too, allowed after a conjunction only.
WA, FA, BI, LI, KA = "\u0648", "\u0641", "\u0628", "\u0644", "\u0643"
AL = "\u0627\u0644"  # ال (al-, the): the definite article
FI = "\u0641\u064a"  # في (in), folded: "فى" folds to it
WITH = "\u0645\u0639"  # مع (ma'a, with): the preposition naming a meeting's other side
CONJUNCTIONS = WA + FA
PROCLITIC_LETTERS = CONJUNCTIONS + BI + LI + KA
CONJUNCTION_PREFIXES = frozenset({"", WA, FA})
# before a name: [و|ف] [ب|ل|ك] ("وبوتين", "لبوتين"); a lam prefix before a ل-key
NAME_PROCLITICS = frozenset(a + b for a in ("", WA, FA) for b in ("", BI, LI, KA))
LAM_PREFIXES = frozenset({LI, WA + LI, FA + LI})
# before a number ("و15 آذار", and on the 15th) and before a calendar word ("وفي
# آذار" is matched as "في" + month: the word "في" written joined, a crawl artefact)
NUMBER_PROCLITICS = frozenset(WA + BI + LI + FA)
CALENDAR_PROCLITICS = frozenset({"", WA, BI, LI, FA, WA + BI, WA + LI, FA + "\u064a"})
VERB_PROCLITICS = frozenset({"", "و", "ف", "ل", "س", "وس", "فس", "ول", "فل", "ولس"})
NOUN_PROCLITICS = frozenset({"", "و", "ف", "ب", "ل", "ك", "وب", "فب", "ول", "فل", "وك",
                             "ال", "وال", "فال", "بال", "كال", "وبال", "فبال", "لل", "ولل", "فلل"})
# Enclitic pronouns and number endings: -hu "his", -ha "her", -huma "their (two)",
# -hum, -na "our", -i "my", dual -an/-ayn, plural -at/-un/-in.
ENCLITICS = frozenset({"", "ه", "ها", "هما", "هم", "هن", "ي", "نا", "ك", "كم", "ان", "ين", "ات", "ون", "ا"})
PRONOUN_ENCLITICS = frozenset({"ه", "ها", "هما", "هم", "هن", "ي", "نا", "ك", "كم"})

# Quotation marks: the common “ ” " « », and the low/reversed „ ‟ some sites use;
# « and “ (and ") open, » and ” (and ") close.
COMMON_QUOTE_MARKS = "\u201c\u201d\"\u00ab\u00bb"
QUOTE_MARKS = COMMON_QUOTE_MARKS + "\u201e\u201f"
OPENING_QUOTES = "\u00ab\"\u201c"
CLOSING_QUOTES = "\u00bb\"\u201d"
# Sentence-final marks: . ! ? and the Arabic question mark ؟ (U+061F); the splitter
# below also ends a sentence at … and at a newline.
SENTENCE_END_MARKS = ".!?\u061f"
# Pairing straight quotes (ziyarat.quotation): the mark itself, what may stand right
# before an opening mark (قال:"..."، ("...")) and right after a closing one ("...".
# "..."، "...")؛ ...) besides a space.
STRAIGHT_QUOTE = '"'
BEFORE_OPENING_QUOTE = ":(["
AFTER_CLOSING_QUOTE = SENTENCE_END_MARKS + "\u2026\u060c,\u061b;:)]"
# Punctuation stripped from the edges of a word or line before comparing them
# ("البدلات،" and "البدلات," are one word): Arabic and Latin commas, stops, dashes, quotes.
EDGE_PUNCT = " .:：،,;؛!?؟…-–—|*•·»«\"'()[]{}<>“”‘’"

# Hashtags join a name's words with an underscore (#دونالد_ترامب, "#Donald_Trump"):
# matching reads it as a space, so the name is found; the display text keeps it.
WORD_JOINERS = "_"

_SPACES = "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t\r\x0b\x0c"
_SPACES_TO_SPACE = {ord(c): " " for c in _SPACES}  # the display form's spaces (tab included)


def _fold_table() -> dict[int, str | None]:
    table: dict[int, str | None] = {ord(c): None for c in DELETED}
    for c in "\u0623\u0625\u0622\u0671":  # أ إ آ ٱ
        table[ord(c)] = "\u0627"
    table[ord("\u0649")] = "\u064a"  # ى -> ي
    table[ord("\u0629")] = "\u0647"  # ة -> ه
    for i, (a, p) in enumerate(zip(ARABIC_INDIC_DIGITS, PERSIAN_DIGITS)):
        table[ord(a)] = str(i)
        table[ord(p)] = str(i)
    for k, v in LOOKALIKES.items():
        table[ord(k)] = v
    for c in _SPACES + WORD_JOINERS:
        table[ord(c)] = " "
    for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ":
        table[ord(c)] = c.lower()
    return table


FOLD_TABLE = _fold_table()


def fold(text: str) -> str:
    """Fold text for matching (see module docstring); one C-level translate."""
    return text.translate(FOLD_TABLE)


def fold_reference(text: str) -> str:
    """The same folding written as the plain camel-tools pipeline (the peer path)."""
    from camel_tools.utils.dediac import dediac_ar
    from camel_tools.utils.normalize import normalize_alef_ar, normalize_alef_maksura_ar, normalize_teh_marbuta_ar

    out = dediac_ar(text)
    out = normalize_alef_ar(out)
    out = normalize_alef_maksura_ar(out)
    out = normalize_teh_marbuta_ar(out)
    for c in TATWEEL + INVISIBLE:
        out = out.replace(c, "")
    for i, (a, p) in enumerate(zip(ARABIC_INDIC_DIGITS, PERSIAN_DIGITS)):
        out = out.replace(a, str(i)).replace(p, str(i))
    for k, v in LOOKALIKES.items():
        out = out.replace(k, v)
    for c in _SPACES + WORD_JOINERS:
        out = out.replace(c, " ")
    return "".join(c.lower() if "A" <= c <= "Z" else c for c in out)


@dataclass(frozen=True)
class Folded:
    """A folded text and the map from its positions back to the display text."""

    text: str
    original_length: int
    index: np.ndarray | None  # folded position -> display position; None = identity

    def to_original(self, i: int) -> int:
        if self.index is None:
            return i
        if i >= len(self.index):
            return self.original_length
        return int(self.index[i])

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Display-text span of folded[start:end] (end exclusive)."""
        if self.index is None or start >= end:
            return self.to_original(start), self.to_original(start) if start >= end else end
        return int(self.index[start]), int(self.index[end - 1]) + 1


# FOLD_TABLE over the Basic Multilingual Plane (every key is in it): code point -> folded
# one, or _GONE (16 bits: U+FFFF, a noncharacter) for a deleted one.
_GONE = np.uint32(0xFFFFFFFF)
_FOLD_ARRAY = np.arange(0x10000, dtype=np.uint32)
for _k, _v in FOLD_TABLE.items():
    _FOLD_ARRAY[_k] = _GONE if not _v else ord(_v)
_GONE16 = 0xFFFF
_FOLD_ARRAY16 = np.where(_FOLD_ARRAY == _GONE, _GONE16, _FOLD_ARRAY).astype(np.uint16)


@lru_cache(maxsize=8)
def fold_with_map(text: str) -> Folded:
    """Fold and keep the position map (only built when something was deleted).

    The same FOLD_TABLE as ``fold``, applied with numpy to the code points (5x quicker
    than ``str.translate`` on an article, and the positions that survive are the map);
    cached for the last few texts, since the entity, topic and quote finders each ask
    for the same article's folding. A text of the BMP only goes through UTF-16."""
    data = text.encode("utf-16-le", "surrogatepass")
    if len(data) == 2 * len(text) and "\uffff" not in text:
        mapped = _FOLD_ARRAY16[np.frombuffer(data, dtype=np.uint16)]
        kept = mapped != _GONE16
        index = None if kept.all() else np.flatnonzero(kept)
        out = (mapped if index is None else mapped[index]).tobytes().decode("utf-16-le", "surrogatepass")
        # a lone high and low surrogate brought together would decode as one character
        if len(out) == (len(text) if index is None else index.size):
            return Folded(out, len(text), index)
    return _fold_with_map32(text)


def _fold_with_map32(text: str) -> Folded:
    """fold_with_map through UTF-32, for any text (astral characters never fold)."""
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    if codes.size and codes.max() > 0xFFFF:  # astral characters (emoji) never fold
        mapped = np.where(codes > 0xFFFF, codes, _FOLD_ARRAY[np.minimum(codes, 0xFFFF)])
    else:
        mapped = _FOLD_ARRAY[codes]
    kept = mapped != _GONE
    if kept.all():
        return Folded(mapped.tobytes().decode("utf-32-le", "surrogatepass"), len(text), None)
    index = np.flatnonzero(kept)
    return Folded(mapped[index].tobytes().decode("utf-32-le", "surrogatepass"), len(text), index)


def normalize_display_reference(text: str) -> str:
    """Display form, the straightforward way: camel-tools Unicode normalisation
    (ligatures, presentation forms), unified line ends and spaces, control
    characters dropped; letters, digits and diacritics untouched."""
    from camel_tools.utils.normalize import normalize_unicode

    return _display_form(text, normalize_unicode)


def _display_form(text: str, normalize_unicode) -> str:
    """normalize_display_reference's steps with the given Unicode normaliser
    (camel-tools' own, or ``_normalize_unicode``, which gives the same result)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = normalize_unicode(text)
    text = text.translate(_SPACES_TO_SPACE)
    text = "".join(ch for ch in text if ch == "\n" or unicodedata.category(ch) != "Cc")
    return text


# Characters normalize_display_reference changes although the text is already NFKC:
# control characters other than "\n" (tab, CR ...) and U+FDFC/U+FDFD (ligatures that
# camel-tools expands).
_DISPLAY_SUSPECT_RE = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\ufdfc\ufdfd]")


def _display_ready(text: str) -> bool:
    return _DISPLAY_SUSPECT_RE.search(text) is None and unicodedata.is_normalized("NFKC", text)


def normalize_display(text: str) -> str:
    """Exactly ``normalize_display_reference(text)``, but fast: camel-tools'
    pure-Python pass only sees the words it would change (a no-break space, a
    presentation-form letter ...), not whole articles (10x quicker on SaudiNewsNet).
    Splitting is safe: without a CR every step is per line, and NFKC never composes
    across an ASCII space."""
    if _DISPLAY_SUSPECT_RE.search(text) is None:  # _display_ready(text), its costlier half done once
        if unicodedata.is_normalized("NFKC", text):
            return text
        if "\u00a0" in text:
            # The usual reason a crawled article is not ready: no-break spaces. NFKC maps U+00A0 to
            # U+0020 and composes nothing across a space: the text with plain spaces, if ready, is the result.
            spaced = text.replace("\u00a0", " ")
            if unicodedata.is_normalized("NFKC", spaced):
                return spaced
    if "\r" in text:
        return _display_form(text, _normalize_unicode)
    return "\n".join(line if _display_ready(line) else _display_line(line) for line in text.split("\n"))


def _display_line(line: str) -> str:
    return " ".join(w if _display_ready(w) else _display_form(w, _normalize_unicode) for w in line.split(" "))


_FOLD_KEYS = [chr(k) for k in FOLD_TABLE]
_FOLD_VALUES = [v or "" for v in FOLD_TABLE.values()]


def fold_series(texts: pl.Series) -> pl.Series:
    """``fold`` over a whole column at once: the same FOLD_TABLE (one char -> one
    char or nothing) applied by polars' Aho-Corasick replace_many in Rust."""
    return texts.str.replace_many(_FOLD_KEYS, _FOLD_VALUES)


def to_ascii_digits(text: str) -> str:
    """Arabic-Indic and Persian digits -> ASCII (٢٠٢١ -> 2021)."""
    return text.translate({ord(a): str(i) for i, a in enumerate(ARABIC_INDIC_DIGITS)}
                          | {ord(p): str(i) for i, p in enumerate(PERSIAN_DIGITS)})


ARABIC_LETTER_RE = re.compile("[\u0621-\u064a\u066e-\u06d3\u06fa-\u06ff]")
WORD_RE = re.compile(r"[\w\u0621-\u064a\u066e-\u06d3\u0640\u064b-\u065f\u0670]+")


def arabic_ratio(text: str) -> float:
    """Share of letters that are Arabic (0 when there are no letters)."""
    letters = sum(1 for c in text if c.isalpha())
    if not letters:
        return 0.0
    return len(ARABIC_LETTER_RE.findall(text)) / letters


_ARABIC_CLASS = ARABIC_LETTER_RE.pattern[1:-1]  # the ranges inside "[...]"


def arabic_ratio_expr(col: str) -> pl.Expr:
    """``arabic_ratio`` as a polars expression: Arabic letters / all letters.
    Counted the cheap way round (a regex count costs per match, and most characters
    are Arabic letters): letters = length - non-letters; Arabic = letters - letters
    outside ARABIC_LETTER_RE + the few non-letters inside it (U+0670, superscript alef)."""
    text = pl.col(col)
    letters = text.str.len_chars() - text.str.count_matches(r"\P{L}")
    outside = text.str.count_matches(rf"[\p{{L}}--[{_ARABIC_CLASS}]]")
    marks = text.str.count_matches(rf"[[{_ARABIC_CLASS}]--\p{{L}}]")
    return pl.when(letters > 0).then((letters - outside + marks) / letters).otherwise(0.0)


# arabic_ratios' per-character weight: 1 for a letter (\p{L}) + 1 << 32 for a
# character of ARABIC_LETTER_RE, so one sum per text holds both counts.
_RATIO_LETTER = r"\p{L}"
_RATIO_ARABIC = f"[{_ARABIC_CLASS}]"
_RATIO_CHUNK_CHARS = 1 << 18  # code points per numpy pass (stays in cache: 3x quicker than 1 << 24)


def _ratio_weights(codes: np.ndarray) -> np.ndarray:
    """arabic_ratios' weights of the given code points, decided by the very regexes
    arabic_ratio_expr counts with (polars' Unicode tables, not Python's)."""
    chars = pl.Series([chr(c) for c in codes.tolist()], dtype=pl.Utf8)
    letter = chars.str.contains(_RATIO_LETTER).to_numpy().astype(np.int64)
    arabic = chars.str.contains(_RATIO_ARABIC).to_numpy().astype(np.int64)
    return letter | (arabic << 32)


@lru_cache(maxsize=1)
def _ratio_table() -> np.ndarray:
    """_ratio_weights over the Basic Multilingual Plane (surrogates weigh 0)."""
    table = np.zeros(0x10000, dtype=np.int64)
    codes = np.r_[0:0xD800, 0xE000:0x10000]
    table[codes] = _ratio_weights(codes)
    return table


def arabic_ratios(texts: list[str]) -> np.ndarray:
    """``arabic_ratio_expr`` over a list of texts, bit for bit (float64[len(texts)]),
    without its three regex passes: the texts' UTF-32 code points look up a weight
    table (see _ratio_weights) and np.add.reduceat sums them per text, a chunk of
    texts at a time (8x quicker on SaudiNewsNet). Astral code points (emoji,
    mathematical letters) are weighed one distinct code point at a time."""
    table = _ratio_table()
    n = len(texts)
    lengths = np.fromiter(map(len, texts), dtype=np.int64, count=n)
    sums = np.zeros(n, dtype=np.int64)
    i = 0
    while i < n:
        j, size = i + 1, lengths[i]
        while j < n and size < _RATIO_CHUNK_CHARS:
            size += lengths[j]
            j += 1
        codes = np.frombuffer("".join(texts[i:j]).encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        weights = table[np.minimum(codes, 0xFFFF)]
        astral = np.flatnonzero(codes > 0xFFFF)
        if astral.size:
            distinct, where = np.unique(codes[astral], return_inverse=True)
            weights[astral] = _ratio_weights(distinct)[where]
        nonempty = np.flatnonzero(lengths[i:j])
        if nonempty.size:  # reduceat sums from each start to the next: empty texts left out
            starts = (np.cumsum(lengths[i:j]) - lengths[i:j])[nonempty]
            sums[i + nonempty] = np.add.reduceat(weights, starts)
        i = j
    letters, arabic = sums & 0xFFFFFFFF, sums >> 32
    out = np.zeros(n, dtype=np.float64)
    np.divide(arabic, letters, out=out, where=letters > 0)
    return out


def word_prefix(folded: str, start: int, max_len: int) -> str | None:
    """The letters of the word before `start` (the candidate proclitics of a match,
    e.g. "وب" in "وبوتين" wa-bi-Putin), or None when the word begins more than
    `max_len` characters before it (the match is inside a longer word)."""
    p = start
    while p > 0 and folded[p - 1].isalnum():
        if start - p >= max_len:
            return None
        p -= 1
    return folded[p:start]


def word_start(text: str, pos: int) -> int:
    """Where the word (letters and digits) that ends at pos starts: pos back over
    every letter or digit before it ("وبوتين" from the end of "بوتين" -> its و)."""
    while pos > 0 and text[pos - 1].isalnum():
        pos -= 1
    return pos


def word_end(text: str, pos: int) -> int:
    """Where the word that starts at pos ends: pos on over every letter or digit."""
    n = len(text)
    while pos < n and text[pos].isalnum():
        pos += 1
    return pos


def is_word_char(c: str) -> bool:
    """True for letters and digits of any script, and Arabic marks (a word goes on)."""
    return c.isalnum() or c in DELETED


# Sentence ends: newline, or . ! ? ؟ … followed by space/quote/end (or glued to the next
# Arabic word after two letters: "الأخيرة.وكان", a lost space), but not a decimal point (3.5)
# nor the initial for doctor, a lone د ("د.محمد", "د. محمد": Dr. Mohamed). That is
# \n+ | (?<!\d)[.!?؟…]+(?=[\s"'”»)\]]|$|glued) | (?<=\d)[.!?؟](?=\s|$), written to start with one
# character class so that `re` jumps from one candidate character to the next instead of trying
# three branches at every position (3x quicker); the look-behinds move past that first character.
_END, _AR = SENTENCE_END_MARKS + "\u2026", "\u0621-\u064a"
_GLUED = f"(?:(?<=[{_AR}]{{2}}\\.)|(?<=[{_AR}]{{2}}\\.\\.))[{_AR}]"
_SENT_END_RE = re.compile(
    f"[\\n{_END}]" r"(?:(?<=\n)\n*"
    f"|(?<=[{_END}])(?<!\\d[{_END}])(?<![\\s\u00ab\"(]\u062f\\.)(?<!^\u062f\\.)[{_END}]*" r"(?=[\s\"'\u201d\u00bb)\]]|$" f"|{_GLUED})"
    f"|(?<=\\d[{SENTENCE_END_MARKS}])" r"(?=\s|$))")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentence spans (start, end) over text, stripped of surrounding spaces."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in _SENT_END_RE.finditer(text):
        end = m.end() if m.group(0)[0] != "\n" else m.start()
        _add_span(text, pos, end, spans)
        pos = m.end()
    _add_span(text, pos, len(text), spans)
    return spans


def _add_span(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


def _normalize_unicode(text: str) -> str:
    """Exactly camel-tools' ``normalize_unicode`` (its U+FDFC/U+FDFD fix, then NFKC),
    without its per-character Python pass when neither ligature is there."""
    if "\ufdfc" in text or "\ufdfd" in text:
        from camel_tools.utils.normalize import normalize_unicode

        return normalize_unicode(text)
    return unicodedata.normalize("NFKC", text)


@lru_cache(maxsize=4096)
def fold_term(term: str) -> str:
    """Fold a lexicon term (cached: lexicons fold the same strings many times)."""
    return " ".join(fold(_normalize_unicode(term)).split())


# ------------------------------------------------------------------ weekdays
def resolve_weekday(weekday_index: int, published: dt.date, tense: str | None, strict: bool = False) -> dt.date:
    """The date of a weekday (0 = Monday) mentioned in an article published on
    `published`. past: the most recent such day on or before publication (strictly
    before with strict, for الماضي "last"); future: the next one on or after it
    (strictly after with strict, for المقبل "next"); None: the nearest within three
    days, preferring the past."""
    back = (published.weekday() - weekday_index) % 7
    fwd = (weekday_index - published.weekday()) % 7
    if tense == "past":
        return published - dt.timedelta(days=back or (7 if strict else 0))
    if tense == "future":
        return published + dt.timedelta(days=fwd or (7 if strict else 0))
    if back <= 3:
        return published - dt.timedelta(days=back)
    return published + dt.timedelta(days=fwd)


def nisba(word: str) -> bool:
    """A definite nisba adjective, folded: "الامريكي" (the American), "الرئاسيه" (presidential);
    not the relatives "الذي" / "التي" (which)."""
    return word.startswith("ال") and word.endswith(("ي", "يه")) and len(word) > 4
