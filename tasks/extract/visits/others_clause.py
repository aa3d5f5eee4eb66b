"""Another noun's past relative clause after the meeting: a date inside it is that clause's. In
"التقى الرئيس مع نظيره، وبحثا تنفيذ الاتفاقية التي وقعها البلدان في مارس 2010" (the president met his
counterpart, and they discussed carrying out the agreement the two countries signed in March 2010) March
2010 is the signing's, and "وتم الاتفاق على تفعيل اللجنة المشتركة والتي كان آخر انعقاد لها في عام 2006"
(and they agreed to activate the joint committee, whose last session was in 2006) dates the committee's
session: the meeting told as news keeps no day of it. The clause is another noun's when a verb of the
sentence stands between the meeting word and its pronoun (the meeting's own phrase has ended: "وبحثا
تنفيذ ...") and no meeting word, summit or person does (so "القمة التي عقدت الثلاثاء", "زيارته التي بدأها
أمس", "على هامش القمة التي", "نظيره الذي وصل أمس" still date the meeting: clauses.in_relative_clause,
antecedent.relative_after). The clause opens with a past verb that is no meeting word ("الذي وصل",
who arrived, tells the trip) and runs to the date with no comma. A meeting word inside the clause
("الاتفاقيات التي وقعت خلال زيارته لتونس في يوليو الماضي", signed during his visit to Tunis last July)
keeps the date as its own: only a meeting word before the pronoun loses it. A time noun's clause is the
meeting's time: "ستجري في موعدها الذي كان مقررا في 12 يونيو" (will take place on its date, set for 12 June)."""
from __future__ import annotations

import re
from typing import Any

from tasks.extract.tense import verb_tense
from tasks.extract.visits.antecedent import relative_after
from tasks.extract.visits.article import Article
from tasks.extract.visits.triggers import trigger_spec, verbal_noun
from ziyarat.arabic import WA, fold_term
from ziyarat.lexicon import grammar_words
from ziyarat.matching import Hit

CLAUSE_CHARS = 80  # from the relative pronoun to the date inside its clause
_WORD = re.compile(r"\S+")


def others_clause_day(art: Article, i: int, h: Hit, d: Any) -> bool:
    """The date d, after the meeting word h in sentence i, lies in the past relative clause of another
    noun than the meeting (module docstring)."""
    lo = art.word_end(h.end)
    if d.start < lo:
        return False
    pronouns = [m for m in _WORD.finditer(art.text, lo, d.start)
                if fold_term(m.group()).lstrip(WA) in grammar_words("relative_pronouns")]
    if not pronouns:
        return False
    rel = pronouns[-1].start()
    if d.start - rel > CLAUSE_CHARS or any(p in art.text[rel:d.start] for p in "\u060c,;:"):
        return False
    first = art.folded_slice(rel, d.start).split()[:2]
    if len(first) < 2 or verb_tense(" ".join(first)) != "past":
        return False
    if art.near("triggers", i, rel, pronouns[-1].end() + 1 + len(first[1])):
        return False  # the clause's verb is a meeting word: "الذي وصل أمس" (who arrived yesterday)
    if any(not trigger_spec(t.group).get("tense") or verbal_noun(art.text, t) for t in art.near("triggers", i, lo, rel)) \
            or any(lo <= p.end <= rel and relative_after(art, p.end, d.start, apposition=True) for p in art.persons.get(i, [])):
        return False  # a meeting noun the clause may be about, or a person's clause ("عباس الذي وصل أمس")
    if any(t in w for w in art.words_before(rel, 1) for t in grammar_words("prospect_times")):
        return False  # the meeting's own time: "في موعدها الذي كان مقررا في 12 يونيو" (on its date, set for 12 June)
    return bool(trigger_spec(h.group).get("tense")) and not verbal_noun(art.text, h) or verb_tense(art.text[lo:rel]) is not None
