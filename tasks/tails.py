"""Tails of a page (tasks/clean.py): the related-articles and comments sections a page
lists after (or inside) its body. `tail_start` finds the heading from which the rest is
tail; `teasers_after` the headlines a related-articles heading lists inside the body
("اقرأ أيضًا", read also, then a few headlines, then the article goes on)."""
from __future__ import annotations

from ziyarat.arabic import CLOSING_QUOTES, SENTENCE_END_MARKS

ELLIPSIS = ("…", "...")
# a sentence mark, a closing quote or bracket, or the Arabic semicolon ؛
_SENTENCE_END = tuple(SENTENCE_END_MARKS + CLOSING_QUOTES + ")\u061b")
MAX_TEASERS = 6  # headlines a related-articles heading lists inside a body
TEASER_MAX_CHARS = 200  # a headline is one short line ...
_TEASER_NOT_END = tuple(SENTENCE_END_MARKS + ":\u061b")  # ... that does not end like a sentence


def is_paragraph(line: str) -> bool:
    """A body paragraph, not a teaser: a full sentence (80+ characters ending like a
    sentence, not cut off with an ellipsis) or a long run of text."""
    if line.endswith(ELLIPSIS):
        return False
    return len(line) > 250 or (len(line) >= 80 and line.endswith(_SENTENCE_END))


def tail_start(lines: list[str], kinds: list[str | None]) -> int | None:
    """Index of the first heading after which the page is only tail, or None.
    A related-articles heading counts when the text after it is not body-like
    (less than half of it in paragraphs, see is_paragraph) and it is not at the
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
            body = sum(len(x) for x in lines[i + 1:] if is_paragraph(x))
            body_like = after > 0 and body / after >= 0.5
            if not body_like and (before >= after or before >= 300):
                return i
            if kind == "comment" and before >= after:
                return i
        before += sizes[i]
    return None


def teasers_after(lines: list[str], kinds: list[str | None]) -> list[int]:
    """Indexes of the headlines right after each related-articles heading left inside the
    body, after a paragraph of it: up to MAX_TEASERS short lines (TEASER_MAX_CHARS) that do
    not end like a sentence ("اقرأ أيضًا" / "«الرئيس» يبحث مع نظيره التونسي التعاون في الطاقة"
    / ... and then the article's next paragraph, ending with a period). They are other
    articles' titles: a meeting one of them names is not this article's."""
    out: list[int] = []
    body_before = False  # a heading at the top (a site menu's "آخر الأخبار") lists no teasers: the title follows it
    for i, kind in enumerate(kinds):
        if kind != "tail":
            body_before = body_before or is_paragraph(lines[i])
            continue
        if not body_before:
            continue
        for j in range(i + 1, min(i + 1 + MAX_TEASERS, len(lines))):
            line = lines[j]
            if kinds[j] is not None or len(line) > TEASER_MAX_CHARS or line.endswith(_TEASER_NOT_END):
                break
            out.append(j)
    return out
