"""The phrase-matching engine: many folded phrases found in one Aho-Corasick pass,
with the Arabic clitics around them (:class:`PhraseMatcher`), or only over chosen
stretches of an article (:class:`RangeMatcher`); and the plain whole-word walk over an
automaton of names or calendar words (:func:`word_hits`: a word boundary after the
key, only proclitics before it), which the lexicon and the date finder share. Every
automaton scans :func:`boundary_text`, the text backwards with its signs as spaces, its
keys ending their word: the C scan yields no key that ends inside a longer word.

It knows nothing of visits, topics or quotes: those rule components build a matcher
from their lexicon groups and decide what the hits mean (spaCy's PhraseMatcher kept
apart from its EntityRuler).
"""
from __future__ import annotations

import bisect
import functools
import operator
import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Any, Iterable, Iterator

import ahocorasick
import numpy as np

from ziyarat.arabic import (CONJUNCTION_PREFIXES, ENCLITICS, NOUN_PROCLITICS, PRONOUN_ENCLITICS,
                            VERB_PROCLITICS, Folded, fold_term)

_MAX_PREFIX = max(len(p) for p in VERB_PROCLITICS | NOUN_PROCLITICS)
_MAX_SUFFIX = max(len(x) for x in ENCLITICS)
_NO_PREFIX = frozenset({""})
# A lexicon group: (terms, proclitics "verb" | "noun" | "none", enclitics allowed)
Groups = dict[str, tuple[Iterable[str], str, bool]]


# What joins a name's words as a space does: a hyphen (or en dash) between two letters,
# with or without spaces around it ("كيم جونغ - أون", "جونغ-أون", Kim Jong-un), and a
# run of spaces (a tatweel used as a dash folds away and leaves two). Only letters on
# both sides: "2 - 1" and "- بوتين" at a line's start are no joins.
_NAME_JOIN_RE = re.compile(r"(?<=[^\W\d_]) *[-\u2010\u2011\u2013] *(?=[^\W\d_])|(?<=\S) {2,}(?=\S)")
# Where such a join may start: a dash, or two spaces (found with str.find: a regex with the
# join's lookbehind tries every position of the text, 5x slower over whole articles)
_JOIN_STARTS = ("-", "\u2010", "\u2011", "\u2013", "  ")


def squeeze_joins(text: str) -> tuple[str, "JoinMap | None"]:
    """text with each name join (above) written as one space, and the map from the
    squeezed text's positions back to text's (None: nothing squeezed). A key of one
    space between its words then matches "مون جاي - إن" as "مون جاي إن"; a dash
    between clauses ("بوتين - الذي") only becomes a space, which glues no words."""
    parts: list[str] = []
    marks: list[int] = []  # squeezed position right after each join's space
    shifts: list[int] = []  # what to add from there on to get text's position
    last = removed = 0
    for m in _name_joins(text):
        parts.append(text[last:m.start()])
        parts.append(" ")
        removed += m.end() - m.start() - 1
        marks.append(m.end() - removed)
        shifts.append(removed)
        last = m.end()
    if not parts:
        return text, None
    parts.append(text[last:])
    return "".join(parts), JoinMap(marks, shifts)


def _name_joins(text: str) -> Iterator[re.Match]:
    """_NAME_JOIN_RE.finditer(text), trying the join only where one may start."""
    starts: list[int] = []  # where each start occurs, overlapping runs of spaces included
    for s in _JOIN_STARTS:
        p = text.find(s)
        while p >= 0:
            starts.append(p)
            p = text.find(s, p + 1)
    starts.sort()
    pos = 0
    for c in starts:
        if c < pos:
            continue
        q = c - 1 if text[c] != " " and c > pos and text[c - 1] == " " else c  # a dash's join starts at
        m = _NAME_JOIN_RE.match(text, q)  # the space before it (two spaces are a start of their own)
        if m is not None:
            yield m
            pos = m.end()


class JoinMap:
    """Squeezed positions back to the text's: a join's space is its first character; past
    it, every position moves by what the joins before it took out (a bisect per lookup,
    only for the hits, not an array over the whole text)."""

    def __init__(self, marks: list[int], shifts: list[int]):
        self.marks, self.shifts = marks, shifts

    def __getitem__(self, p: int) -> int:
        k = bisect.bisect_right(self.marks, p) - 1
        return p + (self.shifts[k] if k >= 0 else 0)


# Word characters (str.isalnum) of the Basic Multilingual Plane, for boundary_text
_WORD16 = np.array([chr(c).isalnum() for c in range(0x10000)])
_NON_WORD_RE = re.compile(r"[\W_]")  # \w is str.isalnum and "_"


@functools.lru_cache(maxsize=8)
def boundary_text(text: str) -> str:
    """text backwards, every character that is no letter or digit written as a space, and
    a space at both ends: what the automata below scan (cached: the lexicon and the phrase
    matchers scan the same article). A key stored as " " + its enclitic and itself
    backwards then only matches where the word ends right after that enclitic, so the
    C scan rejects what used to be most of the raw hits (a key inside a longer word),
    and its fail links, all back to the root past the space, stay short. The hit ending
    at position L of this text starts at len(text) - L in text."""
    data = text.encode("utf-16-le", "surrogatepass")
    if len(data) == 2 * len(text):
        codes = np.frombuffer(data, dtype=np.uint16)[::-1]
        spaced = np.where(_WORD16[codes], codes, np.uint16(32)).tobytes().decode("utf-16-le", "surrogatepass")
    else:  # a character beyond the BMP (an emoji): the regex, 3x slower
        spaced = _NON_WORD_RE.sub(" ", text)[::-1]
    return " " + spaced + " "


def _boundary_key(key: str, enclitic: str = "") -> str:
    """A key as boundary_text writes it, ending its word (with `enclitic` after it)."""
    return " " + enclitic[::-1] + _NON_WORD_RE.sub(" ", key)[::-1]


def _automaton(alternatives: dict[str, list]) -> ahocorasick.Automaton:
    """An Aho-Corasick automaton of boundary keys, each key's alternatives as its value (built
    only when there is a key: an empty automaton cannot be made)."""
    automaton = ahocorasick.Automaton()
    for k, alts in alternatives.items():
        automaton.add_word(k, tuple(alts))
    if alternatives:
        automaton.make_automaton()
    return automaton


class WordAutomaton:
    """Keys (each with a value) found as whole words by :func:`word_hits`: one Aho-Corasick
    automaton over :func:`boundary_text`, the word's end written into each key."""

    def __init__(self, items: Iterable[tuple[str, Any]]):
        self._values = dict(items)
        alternatives: dict[str, list[tuple[int, Any, str | None]]] = defaultdict(list)
        for key, value in self._values.items():
            if not key:
                continue
            # (length, value, the key when a space or sign in it must be checked in the text)
            alternatives[_boundary_key(key)].append((len(key), value, None if key.isalnum() else key))
        self._automaton = _automaton(alternatives)
        self._empty = not alternatives

    def items(self):
        """(key, value) pairs, as given."""
        return self._values.items()

    def __len__(self) -> int:
        return len(self._values)


_END_THEN_START = operator.itemgetter(1, 0)


def word_hits(automaton: WordAutomaton, folded: str,
              prefixes: frozenset[str]) -> list[tuple[int, int, str, Any]]:
    """The automaton's keys found in folded text as whole words: no letter or digit
    right after the key, and before it, back to the start of its word, nothing or a
    proclitic chain listed in `prefixes` ("ول" in "ولبوتين", wa-li-Putin: and for
    Putin).

    Returns (start, end, prefix, value) per hit, end exclusive, by end, the longer key
    first. The scan only yields keys that end a word; the backward scan for the prefix
    stops one letter past the longest proclitic chain."""
    n = len(folded)
    longest = _longest(prefixes)
    out: list[tuple[int, int, str, Any]] = []
    if automaton._empty:
        return out
    for last, alternatives in automaton._automaton.iter(boundary_text(folded)):
        s = n - last
        for length, value, spelled in alternatives:
            e = s + length
            if spelled is not None and folded[s:e] != spelled:
                continue  # another sign, or spaces, where the key has one
            p, stop = s, s - longest
            while p > 0 and folded[p - 1].isalnum():
                p -= 1
                if p < stop:
                    break
            if p >= stop:
                prefix = folded[p:s]
                if prefix in prefixes:
                    out.append((s, e, prefix, value))
    out.sort(key=_END_THEN_START)
    return out


_LONGEST: dict[frozenset[str], int] = {}


def _longest(prefixes: frozenset[str]) -> int:
    """The longest chain of a proclitic set (cached: the sets are module constants)."""
    k = _LONGEST.get(prefixes)
    if k is None:
        k = _LONGEST[prefixes] = max(map(len, prefixes), default=0)
    return k


@dataclass(frozen=True)
class Hit:
    """One phrase match, in display offsets (``text[start:end]``)."""

    start: int
    end: int
    group: str
    term: str
    prefix: str  # the proclitics before it, folded ("وس" in "وسيلتقي")
    suffix: str  # the enclitic after it, folded ("ه" in "زيارته")


class PhraseMatcher:
    """Clitic-aware matching of many folded phrases in one Aho-Corasick pass.

    ``groups`` maps a group name to ``(terms, proclitics, suffixes)`` where
    proclitics is "verb" | "noun" | "none" and suffixes a bool."""

    def __init__(self, groups: Groups):
        self._automaton = ahocorasick.Automaton()
        table: dict[str, list[tuple]] = defaultdict(list)
        for group, (terms, proclitics, suffixes) in groups.items():
            allowed = {"verb": VERB_PROCLITICS, "noun": NOUN_PROCLITICS, "none": _NO_PREFIX}[proclitics]
            for term in terms:
                key = fold_term(str(term))
                if not key:
                    continue
                variants = [(key, allowed, False)]
                if proclitics == "noun" and key.startswith("ال") and len(key) > 3:
                    # lil- + al-word: "للانتخابات" (lil-intikhabat)
                    variants.append(("لل" + key[2:], CONJUNCTION_PREFIXES, False))
                if suffixes and key.endswith("ه"):
                    # teh marbuta turns to teh before a pronoun: "زيارته" (ziyaratuhu)
                    variants.append((key[:-1] + "ت", allowed, True))
                if suffixes and key.endswith("اء"):
                    # the final hamza sits on ya before a genitive pronoun: "لقائه" (liqa'ihi, his meeting)
                    variants.append((key[:-1] + "ئ", allowed, True))
                for k, pro, needs_suffix in variants:
                    table[k].append((group, str(term), pro, suffixes, needs_suffix))
        alternatives: dict[str, list[tuple]] = defaultdict(list)
        for k, payload in table.items():
            # (length, the key when a space or sign in it must be checked in the text, the
            # enclitic after it, the payloads that allow that, whether some takes a proclitic)
            spelled = None if k.isalnum() else k
            takes_prefix = any(p[2] != _NO_PREFIX for p in payload)
            bare = tuple(p for p in payload if not p[4])  # those that need no enclitic
            if bare:
                alternatives[_boundary_key(k)].append((len(k), spelled, "", bare, takes_prefix))
            suffixed = tuple(p for p in payload if p[3])
            for enclitic in sorted(ENCLITICS - {""}) if suffixed else ():
                alternatives[_boundary_key(k, enclitic)].append((len(k), spelled, enclitic, suffixed, takes_prefix))
        self._automaton = _automaton(alternatives)
        self._empty = not alternatives

    def find(self, folded: Folded, lo: int = 0, hi: int | None = None) -> list[Hit]:
        """Longest non-overlapping matches per group, in display offsets (only those
        inside folded[lo:hi], when given)."""
        if self._empty:
            return []
        ft = folded.text
        n = len(ft)
        hi = n if hi is None else hi
        raw: list[tuple[int, int, int, int, str, str, str, str]] = []  # (start, -length, order, end, ...)
        # the scan sees the word's end (the key's enclitic and the boundary after it) and
        # yields no key that starts before lo; a key past hi is dropped below
        for last, alternatives in self._automaton.iter(boundary_text(ft), max(0, n - hi - _MAX_SUFFIX - 1),
                                                       n - lo + 1):
            s = n - last
            for length, spelled, suffix, payload, takes_prefix in alternatives:
                e = s + length
                if e > hi or (spelled is not None and ft[s:e] != spelled):
                    continue
                # the proclitics before it (folded text holds none of arabic.DELETED: a
                # letter or digit is a word's character): a longer run than any chain
                # rules the hit out, so the scan stops one character past it
                ws, stop = s, (s - _MAX_PREFIX - 1 if s > _MAX_PREFIX else 0)
                if takes_prefix:
                    while ws > stop and ft[ws - 1].isalnum():
                        ws -= 1
                    if s - ws > _MAX_PREFIX:
                        continue
                elif s and ft[s - 1].isalnum():
                    continue
                prefix = ft[ws:s]
                for group, term, pro, _suffixes, _needs_suffix in payload:
                    if prefix not in pro:
                        continue
                    if suffix in PRONOUN_ENCLITICS and ("ال" in prefix or term.startswith("ال")):
                        continue  # al- takes no possessive: "الاجتماعي" is "social", not "my meeting"
                    raw.append((s, s - e, len(raw), e, group, term, prefix, suffix))
        raw.sort()  # by start, the longer first, then as found (a plain tuple sort: no key function)
        out: list[Hit] = []
        covered_until: dict[str, int] = {}
        mapped = folded.index is not None
        for s, _minus_length, _found, e, group, term, prefix, suffix in raw:
            if s < covered_until.get(group, -1):
                continue
            covered_until[group] = e
            if mapped:
                s, e = folded.span(s, e)
            out.append(Hit(s, e, group, term, prefix, suffix))
        return out


# Two non-word characters in a row (". ", "، "): no phrase lies across them. The
# second form finds the last such pair of a stretch.
_BREAK_RE = re.compile(r"[\W_](?=[\W_])")
_LAST_BREAK_RE = re.compile(r"(?s:.*)[\W_](?=[\W_])")
# Stretches closer than this (display characters) are searched as one: a search
# call costs about as much as matching a few hundred characters.
_GAP = 256


class RangeMatcher:
    """A :class:`PhraseMatcher` searched over chosen stretches of an article only: cue
    words (topic cues here, speech verbs around quotes) count in a few places, while
    most of their hits (قال "said" ...) are elsewhere.

    Each stretch is widened to *cuts* where no phrase can lie across: next to two
    non-word characters in a row (". ", "، "), since a phrase starts and ends with a
    letter or digit and has single separators inside (checked on the lexicon, else the
    whole text is searched; the clitic forms PhraseMatcher adds keep this). Each
    group's longest-match bookkeeping starts afresh at a cut, so the hits found are
    exactly the whole-text hits that start in the stretch."""

    def __init__(self, groups: Groups):
        groups = {g: (list(terms), pro, suf) for g, (terms, pro, suf) in groups.items()}
        self.matcher = PhraseMatcher(groups)
        self.cuttable = all(_cuttable(fold_term(str(t))) for terms, _, _ in groups.values() for t in terms)

    def find(self, folded: Folded, ranges: list[tuple[int, int]]) -> list[Hit]:
        """The hits that start in the display ranges (start, end), and maybe some just
        around them; in text order."""
        ft, n = folded.text, len(folded.text)
        if not self.cuttable:
            return self.matcher.find(folded)
        merged: list[list[int]] = []
        for lo, hi in sorted(ranges):
            if lo >= hi:
                continue
            if merged and lo <= merged[-1][1] + _GAP:
                merged[-1][1] = max(merged[-1][1], hi)
            else:
                merged.append([lo, hi])
        bounds = [p for r in merged for p in r]
        if folded.index is not None:  # display -> folded offsets
            bounds = np.searchsorted(folded.index, bounds).tolist()
        cuts: list[list[int]] = []
        for k in range(0, len(bounds), 2):
            lo, hi = _cut_before(ft, bounds[k]), _cut_after(ft, bounds[k + 1])
            if cuts and lo <= cuts[-1][1]:
                cuts[-1][1] = max(cuts[-1][1], hi)
            else:
                cuts.append([lo, hi])
        if cuts == [[0, n]]:
            return self.matcher.find(folded)
        hits: list[Hit] = []
        for lo, hi in cuts:
            hits.extend(self.matcher.find(folded, lo, hi))
        return hits


def _cuttable(key: str) -> bool:
    """A folded phrase that starts and ends with a letter or digit and never has two
    non-word characters in a row."""
    return not key or (key[0].isalnum() and key[-1].isalnum()
                       and all(a.isalnum() or b.isalnum() for a, b in zip(key, key[1:])))


def _cut_before(ft: str, p: int) -> int:
    """The last cut at or before folded position p (0 at the latest)."""
    if p <= 0 or p >= len(ft):
        return max(0, min(p, len(ft)))
    # the last pair (j, j + 1) with j + 1 <= p, 256 characters at a time; cuts lie
    # between the two (j + 1) and right after them (j + 2)
    end = p + 1
    while end > 1:
        start = max(0, end - 256)
        m = _LAST_BREAK_RE.match(ft, start, end)
        if m:
            return min(m.end() + 1, p)
        end = start + 1
    return 0


def _cut_after(ft: str, p: int) -> int:
    """The first cut at or after folded position p (the text's end at the latest)."""
    if p <= 0 or p >= len(ft):
        return max(0, min(p, len(ft)))
    m = _BREAK_RE.search(ft, p - 2)  # the first pair (j, j + 1) with j + 2 >= p
    return max(p, m.start() + 1) if m else len(ft)
