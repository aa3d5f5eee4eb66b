"""A meeting told deep in the story of a summit under way, held at that summit: "وذكرت متحدثة باسم رئيس
الوزراء ... إنه التقى مع هولاند في اجتماع منفصل في بداية القمة" (a spokeswoman said he met Hollande in a
separate meeting at the start of the summit), "وعقد الرئيس الفرنسي ورئيس الوزراء البريطاني ... لقاء على
انفراد قبل بدء القمة رسميا" (held a private meeting before the summit formally began).

Undated and far from the lead, such a meeting word is read by the merge as background (a "said he met" is
most often an old meeting); its frame names the summit the article tells, dated by publication's day or the
day or two before (a summit lasts days), so it is that summit's meeting, news too (`at_summit_now`, read by
merge). Not one its sentence calls earlier (a past-reference cue, "كان", "السابق", a year or a month: "قال إنه
التقى ... مرات عدة"), not an earlier edition ("في القمة الماضية"), not one ahead (a future verb). A meeting such a frame holds at a
summit is held in that summit's city (`framed_place`), as one on its sidelines is."""
from __future__ import annotations

import datetime as dt
import re
from functools import cache
from typing import Any

from tasks.extract.visits.address import told_earlier
from tasks.extract.visits.article import Article, Candidate
from tasks.extract.visits.second_meeting import called_earlier
from tasks.extract.visits.summits import Summits, summits_lexicon
from tasks.extract.visits.triggers import trigger_spec
from ziyarat.arabic import fold_term

FRAME_CHARS = 60  # from the meeting word to its frame: "التقى مع هولاند في اجتماع منفصل في بداية القمة"
SUMMIT_DAYS = 2  # a summit dated this many days before publication, or fewer, is under way (they last days)
EDITION_WORDS = 3  # words after the summit's word an earlier edition's adjective may stand in
WORKS = "\u0627\u0639\u0645\u0627\u0644"  # "أعمال" folded: "على هامش أعمال القمة" (the summit's proceedings)
_WORD = re.compile(r"\w+")


@cache
def _frames() -> tuple[tuple[str, ...], ...]:
    """summits.yaml held_at, folded, each as its words."""
    return tuple(tuple(fold_term(f).split()) for f in summits_lexicon().get("held_at", []))


@cache
def _past_editions() -> frozenset[str]:
    return frozenset(fold_term(w) for w in summits_lexicon().get("past_edition_after", []))


def at_summit_now(art: Article, group: list[Candidate], summits: Summits) -> bool:
    """A meeting word of the pair's, undated, no future, not called earlier, framed after it by a summit's frame
    (summits.yaml held_at: "في بداية القمة", "قبل بدء القمة", "على هامش القمة") whose summit the article dates
    within SUMMIT_DAYS up to publication: held at the summit under way, news."""
    pub = art.published
    if pub is None:
        return False
    for c in group:
        if c.date is not None or c.date_strong or c.future or not c.hit.group.startswith("t:") \
                or trigger_spec(c.hit.group)["role"] != "meet" or called_earlier(art, c) \
                or told_earlier(art, c.sentence):
            continue
        row = _framing_summit(art, c, summits)
        if row is not None and row["date"] is not None and \
                pub - dt.timedelta(days=SUMMIT_DAYS) <= row["date"] <= pub:
            return True
    return False


def framed_place(art: Article, group: list[Candidate], summits: Summits) -> tuple[str | None, str | None]:
    """(city, country) of the summit a frame right after one of the pair's meeting words holds it at (summits.yaml
    held_at: "التقى مع هولاند في اجتماع منفصل في بداية القمة", he met Hollande at the start of the summit): the
    summit's own city, as "على هامش القمة" gives it; (None, None) with no such frame, or a summit of no city."""
    for c in group:
        if not c.hit.group.startswith("t:") or trigger_spec(c.hit.group)["role"] != "meet":
            continue
        row, at = _framing_summit(art, c, summits, with_start=True) or (None, None)
        # not past another meeting word of its own owner (a pronoun on it), whose frame it is: "لقاءه مع بوتين كان
        # أفضل من لقاءاته خلال قمة الناتو" (his meeting with Putin was better than his meetings during the NATO
        # summit) was no NATO meeting; "التقى مع هولاند في اجتماع منفصل في بداية القمة" names the one meeting again
        if row is not None and row["city"] and not any(h.group.startswith("t:") and h.suffix and c.hit.end <= h.start < at
                                                       for h in art.by_sent.get(c.sentence, ())):
            return row["city"], row["country"]
    return None, None


def _framing_summit(art: Article, c: Candidate, summits: Summits, with_start: bool = False) -> Any:
    """The summit row a frame right after the meeting word holds it at: the frame's words (starting within
    FRAME_CHARS), "أعمال" maybe, then the summit's name or the bare "القمة" of the one summit named; no earlier
    edition ("القمة الماضية", "القمة الأوروبية السابقة": EDITION_WORDS after it). With `with_start`, (the row, where
    its frame starts)."""
    words = [(m.start(), fold_term(m.group())) for m in
             _WORD.finditer(art.text, art.word_end(c.hit.end), art.sentences[c.sentence][1])]
    folded = [w for _, w in words]
    for k, (pos, _) in enumerate(words):
        if pos > c.hit.end + FRAME_CHARS:
            break
        for frame in (f for f in _frames() if tuple(folded[k:k + len(f)]) == f):
            j = k + len(frame) + (folded[k + len(frame):k + len(frame) + 1] == [WORKS])
            row = summits.row_at(words[j][0]) if j < len(words) else None
            if row is not None and not set(folded[j + 1:j + 1 + EDITION_WORDS]) & _past_editions():
                return (row, pos) if with_start else row
    return None
