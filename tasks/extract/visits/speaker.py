"""A place that says where a third party spoke, not where the meeting's leaders were: "وقال هنية،
في خطبة صلاة الجمعة في غزة: «إن زيارة أوباما ...»" (Haniyeh said, in the Friday sermon in Gaza:
Obama's visit ...) is no dateline of Obama's meeting with Abbas; "قال أوباما في مؤتمر صحفي في عمان:"
(Obama said at a press conference in Amman:) is where one of the pair stood, and "غزة: قال ..." (a
bare name opening the line) stays the desk's."""
from __future__ import annotations

from typing import Any

from tasks.extract.visits.article import Article
from tasks.extract.visits.leaders import pid
from ziyarat.arabic import BI, LI, WA, fold_term
from ziyarat.lexicon import grammar_words

FROM = fold_term("\u0645\u0646")  # من (min, from)
PREPOSITION_WORDS = 2  # words before the place that may hold its preposition: "في مدينة غزة"


def _after_preposition(art: Article, p: Any) -> bool:
    """A preposition or a locative noun (grammar.yaml locatives, and "من" from) stands in the two
    words before the place, or bi-/li- is glued on: not a bare name."""
    if p.start > 0 and art.text[p.start - 1] in BI + LI:
        return True
    words = [w.strip("\u060c,").removeprefix(WA) for w in art.words_before(p.start, PREPOSITION_WORDS)]
    return any(w in grammar_words("locatives") or w == FROM for w in words)


def third_party_place(art: Article, j: int, p: Any, pair: tuple[Any, ...]) -> bool:
    """The place of sentence j stands after a preposition in the clause of a speaker who is neither
    of the meeting's `pair`: no one of the pair is named before the place, and someone else is ("وقال
    هنية، في خطبة الجمعة في غزة:"), or an official's noun is ("وقال مسؤول في حماس في غزة:", an
    official said in Gaza). False with no pair given, or when one of the pair is named before it ("قال
    أوباما في مؤتمر صحفي في عمان:"; "بعد لقائه بيريز، قال أوباما في القدس:" too, whoever comes first)."""
    ids = {pid(m) for m in pair if m is not None}
    if not ids or not _after_preposition(art, p):
        return False
    lo = art.sentences[j][0]
    before = [m for m in art.persons.get(j, []) if m.end <= p.start]
    if any(pid(m) in ids for m in before):
        return False
    return bool(before) or any(lo <= c.start and c.end <= p.start for c in art.cues(j, "c:official_nouns"))
