"""A meeting told only as what came after it: every mention of the pair is a bare meeting noun right after an
after-word ("بعد قمة", "عقب لقائه", "في أعقاب قمة": after the summit, after his meeting), past the lead, undated,
in a sentence naming no day of publication or the day before: "وتابع الرئيس الذي كان يتحدث بعد قمة جمعته مع
نظيره الروسي" (the president, who spoke after a summit with his Russian counterpart, went on) in a story whose
news is something else. The summit is its background, told after it ended (visits.merge reads it). A meeting
the lead tells, or one dated by a verb or a day of its own, is not touched."""
from __future__ import annotations

import datetime as dt

from tasks.extract.visits.article import Article, Candidate, lead_sentence
from tasks.extract.visits.making import cut_short
from tasks.extract.visits.timing import under_way
from tasks.extract.visits.triggers import trigger_spec
from ziyarat.arabic import WA, fold_term
from ziyarat.lexicon import grammar_words

FRESH_DAYS = 1  # a day in the sentence this close to publication dates the act after the meeting as the day's news


def after_only(art: Article, group: list[Candidate]) -> bool:
    """Every mention of the pair is an undated meeting noun framed by an after-word past the lead (module doc)."""
    lead = lead_sentence(art)
    return lead is not None and all(
        c.sentence > lead and c.date is None and not c.date_strong and not c.past and not c.future
        and not trigger_spec(c.hit.group).get("tense") and trigger_spec(c.hit.group)["role"] in ("meet", "visit")
        and _after_framed(art, c) and not under_way(art, c.hit) and not cut_short(art, c) and not _fresh_day(art, c)
        for c in group)


def _after_framed(art: Article, c: Candidate) -> bool:
    """An after-word right before the meeting noun: "بعد قمة", "عقب لقائه", "في أعقاب قمة"."""
    words = [fold_term(w.strip("\u060c,")) for w in art.words_before(art.word_start(c.hit.start), 2)]
    return bool(words) and (words[-1].removeprefix(WA) in {fold_term(w) for w in grammar_words("after_words")}
                            or " ".join(words[-2:]).removeprefix(WA) in {fold_term(w) for w in grammar_words("after_phrases")})


def _fresh_day(art: Article, c: Candidate) -> bool:
    """The sentence names a day: of publication or the day before (a dated article), any (an undated one)."""
    days = [d for d in art.dates.get(c.sentence, []) if d.precision == "day"]
    if art.published is None:
        return bool(days)
    return any(d.date is not None and dt.timedelta(0) <= art.published - d.date <= dt.timedelta(days=FRESH_DAYS)
               for d in days)
