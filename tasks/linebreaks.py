"""Soft line breaks: newlines a page's markup put inside a sentence, not between paragraphs.

Some outlets' texts break the line around every link or bold word: CNN Arabic writes "أعلن
رئيس الائتلاف الوطني، ⏎معاذ الخطيب،⏎ استقالته" (⏎ a newline), and older Egyptian sites wrap
long lines with an indent ("في فاعليات⏎            المؤتمر"). A newline is a sentence end
for the extractor (ziyarat.arabic.sentence_spans), so such a break cuts a reception sentence
or a list of leaders into pieces. The markup leaves a trace a paragraph break lacks: a space
kept on one side of the newline. So a single newline (no blank line) is soft when

* the next line starts with punctuation that goes on a sentence (a comma: "عمر ⏎البشير⏎،
  والتونسي"), or
* a space stands right before or right after it and the line before ends with a letter, a
  digit or a comma, not with a sentence mark, a colon, a quote or a bracket (a headline or a
  list item ends so; a sentence goes on after a word or a comma).

A soft break joins the two lines with one space (none before a comma). Headings that end in a
letter and carry a trailing space are joined to the paragraph after them: a few words more in
its first sentence, which names no one new.
"""
from __future__ import annotations

# what a line may start with and still go on the sentence before it: a comma or a semicolon
GOES_ON = "\u060c,\u061b;"


def display_lines(text: str) -> tuple[list[str], list[bool]]:
    """The non-empty lines of a display text, stripped and whitespace-collapsed, and for each
    whether it goes on the line before it (a soft break, see the module doc)."""
    lines: list[str] = []
    soft: list[bool] = []
    before = None  # the raw line before, None after a blank line
    for raw in text.split("\n"):
        line = raw.strip()
        if not line:
            before = None
            continue
        soft.append(before is not None and _soft(before, raw, line))
        lines.append(" ".join(line.split()) if "  " in line else line)
        before = raw
    return lines, soft


def _soft(before: str, raw: str, line: str) -> bool:
    """The newline between the raw lines `before` and `raw` (`line` stripped) is soft."""
    if line[0] in GOES_ON:
        return True
    if not (before[-1:].isspace() or raw[:1].isspace()):
        return False
    last = before.rstrip()[-1:]
    return bool(last) and (last.isalnum() or last in GOES_ON)


def join_line(text: str, line: str) -> str:
    """`line` put after `text` across a soft break."""
    return text + line if line[0] in GOES_ON else text + " " + line
