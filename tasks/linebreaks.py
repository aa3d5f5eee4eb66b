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

A paragraph its source hard-wrapped leaves no space at its breaks ("أن القمة⏎الثلاثية التي عقدت"),
but another trace: its closing period pushed onto a line of its own ("لهذه الأزمة⏎.⏎"). So the
breaks of a run of lines closed by a line holding only a sentence mark are soft too, when each
line of the run goes on (ends in a letter, a digit or a comma), none is longer than a wrapped line
(WRAP_MAX_CHARS: a paragraph written on one line after a list of headings is) and each but its last
is as long as one (WRAP_MIN_CHARS: a heading or a list item before the paragraph is shorter and
stays its own line). A lone mark after a single line (a paragraph whose period alone was pushed down) is
left as it was: dropped by clean as a line with no letter, the newline before it a sentence end
all the same.

A soft break joins the two lines with one space (none before a comma or a lone mark). Headings that
end in a letter and carry a trailing space are joined to the paragraph after them: a few words more
in its first sentence, which names no one new.
"""
from __future__ import annotations

# what a line may start with and still go on the sentence before it: a comma or a semicolon
GOES_ON = "\u060c,\u061b;"
# a line holding only one of these closes a hard-wrapped paragraph: its period pushed down ("." "?" "!" "؟")
LONE_MARKS = ".?!\u061f"
WRAP_MIN_CHARS = 40  # a hard-wrapped line but the paragraph's last is at least this long
WRAP_MAX_CHARS = 130  # and none is longer (a whole paragraph on one line, after a list of headings, is)


def display_lines(text: str) -> tuple[list[str], list[bool]]:
    """The non-empty lines of a display text, stripped and whitespace-collapsed, and for each
    whether it goes on the line before it (a soft break, see the module doc)."""
    lines: list[str] = []
    soft: list[bool] = []
    opens: list[bool] = []  # the line opens a block (the first, or after a blank line)
    before = None  # the raw line before, None after a blank line
    for raw in text.split("\n"):
        line = raw.strip()
        if not line:
            before = None
            continue
        soft.append(before is not None and _soft(before, raw, line))
        opens.append(before is None)
        lines.append(" ".join(line.split()) if "  " in line else line)
        before = raw
    _hard_wrapped(lines, soft, opens)
    return lines, soft


def _hard_wrapped(lines: list[str], soft: list[bool], opens: list[bool]) -> None:
    """Marks soft (in place) the breaks of each hard-wrapped paragraph: a run of two lines or more,
    each going on, none longer than WRAP_MAX_CHARS and each but the last WRAP_MIN_CHARS long, closed
    by a lone sentence mark."""
    for k, line in enumerate(lines):
        if len(line) != 1 or line not in LONE_MARKS or opens[k] or not _goes_on(lines[k - 1]) \
                or len(lines[k - 1]) > WRAP_MAX_CHARS:
            continue
        j = k - 1  # the run's first line
        while not opens[j] and _goes_on(lines[j - 1]) and WRAP_MIN_CHARS <= len(lines[j - 1]) <= WRAP_MAX_CHARS:
            j -= 1
        if j < k - 1:
            soft[j + 1:k + 1] = [True] * (k - j)


def _goes_on(line: str) -> bool:
    """The line ends where a sentence goes on: a letter, a digit or a comma."""
    last = line.rstrip()[-1:]
    return bool(last) and (last.isalnum() or last in GOES_ON)


def _soft(before: str, raw: str, line: str) -> bool:
    """The newline between the raw lines `before` and `raw` (`line` stripped) is soft."""
    if line[0] in GOES_ON:
        return True
    if not (before[-1:].isspace() or raw[:1].isspace()):
        return False
    return _goes_on(before)


def join_line(text: str, line: str) -> str:
    """`line` put after `text` across a soft break."""
    return text + line if line[0] in GOES_ON or (len(line) == 1 and line in LONE_MARKS) else text + " " + line
