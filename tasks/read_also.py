"""Headlines under a "read also" heading in the middle of a page: some outlets break the body with
"اقرأ أيضًا" (read also) and the titles of two or three other stories, one a line, then go on with the
body. The heading is a tail marker (boilerplate.yaml tail_markers) that clean._tail_start does not cut at,
since body text follows; the titles under it are other stories' news ("مرسي يستقبل رئيس وزراء ليبيا" under
a report of Friday prayers) and go with it. A title is a short line that does not end as a sentence does
(arabic.SENTENCE_END_MARKS): the first line that does, or a long one, is the body again."""
from __future__ import annotations

from ziyarat.arabic import SENTENCE_END_MARKS

HEADLINE_MAX_CHARS = 160  # a title under the heading; a longer line is a paragraph of the body
BODY_CHARS, SENTENCE_CHARS = 250, 80  # a body paragraph before the heading: a long line, or a sentence of 80 or more


def under_read_also(lines: list[str], kinds: list[str | None]) -> list[str | None]:
    """kinds with the titles under each "tail" heading marked "drop", once a body paragraph stands before
    the heading: at the top of a page ("اخر الاخبار" in the menu) the line under it is the page's own title."""
    out, under, body = list(kinds), False, False
    for i, line in enumerate(lines):
        ends = line.rstrip().endswith(tuple(SENTENCE_END_MARKS))
        if kinds[i] == "tail":
            under = body
        elif under and kinds[i] is None and len(line) <= HEADLINE_MAX_CHARS and not ends:
            out[i] = "drop"
        elif kinds[i] is None:
            under, body = False, body or len(line) > BODY_CHARS or (ends and len(line) >= SENTENCE_CHARS)
    return out
