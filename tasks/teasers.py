"""Teasers under a related-articles heading in the middle of a page: "اقرأ أيضًا" (read also) followed
by a few other articles' headlines, and then the article going on. tasks.clean drops the heading (it is
no page tail: body paragraphs follow); the headlines under it are other news and go with it, so that
"«قنديل» يبحث مع نظيره الليبي الخميس ..." (Qandil discusses with his Libyan counterpart on Thursday),
another article's title, gives no meeting to the article it sits in. A teaser is a short line that does
not end like a sentence; the first line that does (or a long one) is the body again. Only under a heading
with body before it: "آخر الأخبار" (latest news) atop a page comes before the article's own title."""
from __future__ import annotations

from ziyarat.arabic import SENTENCE_END_MARKS

TEASER_MAX_CHARS = 150  # a headline's length; a body paragraph runs longer or ends with a stop
BODY_MIN_CHARS = 80  # a line of body before the heading: this long, and no teaser
_ENDS = tuple(SENTENCE_END_MARKS + ":\u061b")  # a stop, a colon (a lead-in), the Arabic semicolon


def _teaser(line: str) -> bool:
    s = line.strip()
    return bool(s) and len(s) <= TEASER_MAX_CHARS and not s.endswith(_ENDS)


def teasers_dropped(lines: list[str], kinds: list[str | None]) -> list[str | None]:
    """kinds, with the run of teasers right after each related-articles heading ("tail") marked "drop"."""
    out = list(kinds)
    for i, kind in enumerate(kinds):
        if kind != "tail" or not any(len(x) >= BODY_MIN_CHARS and not _teaser(x) for x in lines[:i]):
            continue
        j = i + 1
        while j < len(lines) and out[j] is None and _teaser(lines[j]):
            out[j] = "drop"
            j += 1
    return out
