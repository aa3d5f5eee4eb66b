"""A place that is the subject of a verb of witnessing or hosting, with the meeting word as its
object right after it, is the meeting's venue: "شهدت باريس الثلاثاء لقاء بين ..." (Paris
witnessed on Tuesday a meeting between ...), "احتضنت العاصمة الفرنسية محادثات ..." (the French
capital hosted talks). The verbs are grammar.yaml `venue_verbs`; only with the trigger close
after the place ("شهدت دمشق اشتباكات بينما التقى ..." names where the clashes were)."""
from __future__ import annotations

from typing import Any

from tasks.extract.visits.article import Article
from ziyarat.arabic import WA
from ziyarat.lexicon import grammar_words
from ziyarat.matching import Hit


VENUE_OBJECT_CHARS = 30  # from the place to the meeting word: "باريس الثلاثاء الماضي لقاء"


def venue_subject(art: Article, h: Hit, p: Any) -> bool:
    """The place right after a venue verb, the trigger a few words after it."""
    if not 0 <= h.start - p.end <= VENUE_OBJECT_CHARS:
        return False
    words = [w.strip("،,") for w in art.words_before(p.start, 2)]
    if not words:
        return False
    w = words[-1]
    verbs = grammar_words("venue_verbs")
    return w in verbs or (w[:1] == WA and w[1:] in verbs)
