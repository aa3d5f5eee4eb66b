"""A meeting told deep in the story of a summit under way, held at that summit: "وذكرت متحدثة باسم رئيس
الوزراء ... إنه التقى مع هولاند في اجتماع منفصل في بداية القمة" (a spokeswoman said he met Hollande in a
separate meeting at the start of the summit), "وعقد الرئيس الفرنسي ورئيس الوزراء البريطاني ... لقاء على
انفراد قبل بدء القمة رسميا" (held a private meeting before the summit formally began).

Undated and far from the lead, such a meeting word is read by the merge as background (a "said he met" is
most often an old meeting); its frame names the summit the article tells, dated by publication's day or the
day or two before (a summit lasts days), so it is that summit's meeting, news too (`at_summit_now`, read by
merge). Not one its sentence calls earlier (a past-reference cue, "كان", "السابق", a year or a month: "قال إنه
التقى ... مرات عدة"), not an earlier edition ("في القمة الماضية"), not one ahead (a future verb)."""
from __future__ import annotations

import datetime as dt
import re
from functools import cache

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


def _framing_summit(art: Article, c: Candidate, summits: Summits) -> dict | None:
    """The summit row a frame right after the meeting word holds it at: the frame's words (starting within
    FRAME_CHARS), "أعمال" maybe, then the summit's name or the bare "القمة" of the one summit named; no earlier
    edition ("القمة الماضية", "القمة الأوروبية السابقة": EDITION_WORDS after it)."""
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
                return row
    return None
