"""Where quoted speech is: the spans between quotation marks.

The marks themselves are Arabic text's punctuation and stay with the other characters
in ``ziyarat.arabic`` (``QUOTE_MARKS``, ``STRAIGHT_QUOTE`` and what may stand beside a
closing or an opening mark); this module only pairs them. It is apart because pairing
is a reading of the text (which mark opens, which closes, what an unpaired mark does),
not a normalisation, and the extract steps that ask "is this inside a quote?" (the
visit rules, the quotes table) all read it from here.

How Arabic news quotes: a quote opens and closes inside its paragraph; it may run over
several sentences and hold a quote of its own ('وقال: "... ردوا: "كلمة"، ثم ..."'), but a
mark left open at a paragraph's end was a slip, and it opens nothing. « always opens and
» always closes. Curly marks come either way round (“...” and the reversed ”...“ that
Arabic sites produce), so they pair in order. The straight mark " is the one that goes
wrong: a writer drops one mark of a pair, and pairing in order then shifts by one, so
that the closing mark of one quote opens a "quote" that runs over the narrative to the
next quote's opening mark ('..التحتية". وأكد الوزراء ... ثم قال "..'). A paragraph with
an even number of straight marks pairs them in order (a quote inside a quote comes out
as pieces that still cover it all); in one with an odd number a mark is missing, and
each mark's side is read off its neighbours: space, a colon, a bracket or a tatweel
("لـ") before and a word after opens; a word or a stop before and space or a stop
after closes; glued or loose on both sides ('و"كلمة', ' " ') it goes either way. There
a closing mark with nothing open opens nothing (unless closing marks follow it in a run
of even length: the space was on the wrong side, 'وأضافت" ... حسنة".'), and an opening
mark while a straight quote that already holds a sentence end is open starts a new
quote: the old one was left unclosed. It held all up to the new mark if a stop comes
right before it ('"... مختارة. "ويشمل ..."': the speech goes on), its first sentence if
a colon opened it ('وقال: "...'), else nothing that is sure to be speech.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from ziyarat.arabic import (AFTER_CLOSING_QUOTE, BEFORE_OPENING_QUOTE, QUOTE_MARKS, SENTENCE_END_MARKS,
                            STRAIGHT_QUOTE, TATWEEL)

MAX_QUOTE_LENGTH = 2000  # a longer "quote" is a stray mark, not speech
_GUILLEMET_OPEN, _GUILLEMET_CLOSE = QUOTE_MARKS[3], QUOTE_MARKS[4]  # « »
_OPENS, _CLOSES, _EITHER = 1, -1, 0
_STOPS = SENTENCE_END_MARKS + "\u2026"
_SENTENCE_END_RE = re.compile(f"[{re.escape(SENTENCE_END_MARKS)}\u2026]\\s")


def straight_side(text: str, pos: int) -> int:
    """Which side of a quote the straight mark at pos stands on, from its neighbours:
    _OPENS (space or "(" / ":" before, a word after), _CLOSES (a word or a stop before,
    space, a stop or the end after), else _EITHER."""
    before = text[pos - 1] if pos > 0 else " "
    after = text[pos + 1] if pos + 1 < len(text) else " "
    loose_before = before.isspace() or before in BEFORE_OPENING_QUOTE or before == TATWEEL
    loose_after = after.isspace() or after in AFTER_CLOSING_QUOTE
    if loose_before and not loose_after:
        return _OPENS
    if loose_after and not loose_before:
        return _CLOSES
    return _EITHER


@lru_cache(maxsize=8)
def quote_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the text inside each pair of quotation marks (module docstring); cached for the last
    few texts, as fold_with_map is: an article's own day, its visit rules and its quotes each ask (a list
    built once: do not change it)."""
    marks: list[int] = []
    for c in QUOTE_MARKS:  # a C-level find per kind of mark: twice as quick as a regex class
        pos = text.find(c)
        while pos >= 0:
            marks.append(pos)
            pos = text.find(c, pos + 1)
    marks.sort()
    odd = _odd_paragraph_marks(text, marks)
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    for k, pos in enumerate(marks):
        ch = text[pos]
        side = straight_side(text, pos) if ch == STRAIGHT_QUOTE and pos in odd else _EITHER
        if open_at is not None and text.find("\n", open_at, pos) >= 0:
            open_at = None  # an unclosed mark does not run across paragraphs
        if open_at is None:
            if ch != _GUILLEMET_CLOSE and (side != _CLOSES or _next_closes_too(text, marks, k)):
                open_at = pos + 1
        elif ch == _GUILLEMET_OPEN:
            open_at = pos + 1
        elif (side == _OPENS and text[open_at - 1] == STRAIGHT_QUOTE
              and (stop := _SENTENCE_END_RE.search(text, open_at, pos))):
            # the open quote was left unclosed: this mark starts the next quote. The old
            # one held all up to here if a stop comes right before this mark ('"...
            # مختارة. "ويشمل ..."': the speech goes on), its first sentence if a colon
            # opened it ('وقال: "...'), else nothing sure (a name's mark: 'لإذاعة "...')
            end = (pos if text[open_at:pos].rstrip()[-1:] in _STOPS
                   else stop.start() + 1 if text[:open_at - 1].rstrip()[-1:] == ":" else open_at)
            if 0 < end - open_at <= MAX_QUOTE_LENGTH:
                spans.append((open_at, end))
            open_at = pos + 1
        else:
            if 0 < pos - open_at <= MAX_QUOTE_LENGTH:
                spans.append((open_at, pos))
            open_at = None
    return spans


def _next_closes_too(text: str, marks: list[int], k: int) -> bool:
    """marks[k], on the closing side with nothing open, opened after all, its space on
    the wrong side ('وأضافت" دعما ... حسنة".'): the closing-side straight marks that
    follow one another in its paragraph from it on are an even number, so that the last
    closes and they pair back from it."""
    run = 1
    while (k + run < len(marks) and text[marks[k + run]] == STRAIGHT_QUOTE
           and text.find("\n", marks[k], marks[k + run]) < 0 and straight_side(text, marks[k + run]) == _CLOSES):
        run += 1
    return run % 2 == 0


def _odd_paragraph_marks(text: str, marks: list[int]) -> set[int]:
    """The straight marks of the paragraphs that hold an odd number of them."""
    straight = [p for p in marks if text[p] == STRAIGHT_QUOTE]
    if not straight:
        return set()
    breaks, pos = [], text.find("\n")
    while pos >= 0:
        breaks.append(pos)
        pos = text.find("\n", pos + 1)
    by_paragraph: dict[int, list[int]] = {}
    for p in straight:
        by_paragraph.setdefault(bisect.bisect_left(breaks, p), []).append(p)
    return {p for group in by_paragraph.values() if len(group) % 2 for p in group}
