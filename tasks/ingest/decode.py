"""Bytes to text: strict UTF-8 (or a BOM), then charset-normalizer's guesses and the
Arabic code pages; text that still is not clean Arabic (mojibake, replacement
characters) is refused with a reason, never accepted garbled."""
from __future__ import annotations

import codecs
import hashlib
import re
from typing import Iterable

import regex

from ziyarat.arabic import ARABIC_LETTER_RE

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


class Reject(Exception):
    """This input goes to quarantine with (reason, detail)."""

    def __init__(self, reason: str, detail: str):
        super().__init__(detail)
        self.reason, self.detail = reason, detail


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def blank(text: str) -> bool:
    """Empty or only whitespace: ``not text.strip()`` without copying an article
    (strip and isspace use the same whitespace)."""
    return not text or text.isspace()


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


def codec_name(name: str) -> str | None:
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode_text(data: bytes, *declared: str | None) -> tuple[str, str]:
    """Decode article bytes: a BOM, then strict UTF-8, then the declared charsets (an
    HTTP header, an HTML meta), charset-normalizer's guesses and the Arabic code pages,
    keeping the first that gives clean Arabic (see garble_reason). Returns
    (text, encoding) or raises Reject: `not_text` for binary, `bad_encoding` otherwise."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding).lstrip("\ufeff"), encoding.replace("-sig", "")
            except UnicodeDecodeError as e:
                raise Reject("bad_encoding", f"invalid {encoding} after its BOM at byte {e.start}") from None
    binary = looks_binary(data)
    if binary and "NUL" not in binary:
        raise Reject("not_text", binary)
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
        raise Reject("not_text", binary)
    where = "at the end (truncated?)" if utf8_error.end >= len(data) - 3 else f"at byte {utf8_error.start}"
    raise Reject("bad_encoding", f"not UTF-8 ({utf8_error.reason} {where}), and no other encoding "
                                  "gives clean Arabic text")


def _candidates(data: bytes, declared: Iterable[str | None]) -> list[tuple[str, bool]]:
    """(codec, declared?) to try, best first, each codec once; UTF-8 was tried already."""
    from charset_normalizer import from_bytes

    names = [(d, True) for d in declared if d]
    names += [(match.encoding, False) for match in from_bytes(data)]
    names += [(name, False) for name in ARABIC_CODECS]
    out: list[tuple[str, bool]] = []
    for name, is_declared in names:
        codec = codec_name(name)
        if codec and codec != "utf-8" and all(codec != c for c, _ in out):
            out.append((codec, is_declared))
    return out
