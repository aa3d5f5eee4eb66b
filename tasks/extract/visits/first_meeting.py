"""A pair's first meeting told beside the one reported: "أثناء لقائه الأول بالرئيس الروسي في الأول من
يونيو" (during his first meeting with the Russian president on 1 June), in a February story of their
talks, was last June. The first meeting came before the one reported, so its day with no year, which
the dates stage reads as the nearer 1 June (ahead), is the year before's, and the meeting is no plan.
visits.find_visits_and_summits runs it on the candidates before the merge. A first meeting right after an
after-word ("عقب أول لقاء بين", first_after_anchor) is what aside reads as another act's time."""
from __future__ import annotations

import datetime as dt
import re

from tasks.extract.visits.article import Article, Candidate
from tasks.extract.visits.leaders import pid
from tasks.extract.visits.triggers import trigger_spec
from ziyarat.arabic import WA
from ziyarat.lexicon import grammar_words

YEAR = re.compile(r"[0-9\u0660-\u0669]{4}")  # a year written in the date: "1 يونيو 2012", "١ يونيو ٢٠١٢"


def earlier_first_meeting(art: Article, cands: list[Candidate]) -> None:
    """Move to the year before the yearless day ahead of publication of a referenced meeting the
    text calls the pair's first ("لقائه الأول", "أول لقاء"), when the article reports a meeting of
    the same pair and the first one is told with no future verb and no plan."""
    if art.published is None:
        return
    reported = {frozenset((pid(c.visitor), pid(c.host))) for c in cands if c.kind == "reported"}
    for c in cands:
        if c.kind != "referenced" or c.date is None or c.date <= art.published or c.precision != "day" \
                or frozenset((pid(c.visitor), pid(c.host))) not in reported or YEAR.search(c.date_evidence or ""):
            continue
        if "\u0633" in c.hit.prefix or trigger_spec(c.hit.group).get("tense") == "future" \
                or art.cues(c.sentence, "c:future_plan") or not _first(art, c):
            continue
        c.date, c.end_date = _year_before(c.date), _year_before(c.end_date)
        c.future = c.planned = False


def first_after_anchor(art: Article, c: Candidate) -> bool:
    """The meeting noun is called the first (_first) and an after-word stands right before it, or before its
    "أول": "عقب أول لقاء بين" (after the first meeting between), "بعد لقائهما الأول" (after their first meeting)."""
    before = [w.removeprefix(WA) for w in art.words_before(art.word_start(c.hit.start), 2)]
    if before and before[-1] in grammar_words("first_ordinals"):
        before = before[:-1]
    return _first(art, c) and bool(before) and before[-1] in grammar_words("after_words")


def _first(art: Article, c: Candidate) -> bool:
    """An ordinal "first" right after the meeting noun ("لقائه الأول") or right before it ("أول لقاء")."""
    firsts = grammar_words("first_ordinals")
    after = art.folded_slice(art.word_end(c.hit.end), art.sentences[c.sentence][1]).split()[:1]
    return bool(set(after) & firsts or set(art.words_before(art.word_start(c.hit.start), 1)) & firsts)


def _year_before(d: dt.date | None) -> dt.date | None:
    if d is None:
        return None
    return d.replace(year=d.year - 1, day=min(d.day, 28 if d.month == 2 else d.day))
