"""A place that is a government's or a movement's seat, not where leaders meet: "حكومة غزة" (the
Gaza government), "حكومة حماس في غزة" (the Hamas government in Gaza), "رئيس الحكومة الفلسطينية
المقالة في غزة" (the head of the dismissed Palestinian government in Gaza)."""
from __future__ import annotations

from typing import Any

from tasks.extract.visits.article import Article
from ziyarat.arabic import BI, WA
from ziyarat.lexicon import get_lexicon, grammar_words

SEAT_WORDS = 2  # words between a seat noun and its place: "الحكومة الفلسطينية المقالة في غزة"
IN = "\u0641\u064a"  # في

_MARKS = "\u060c,\u00ab\u00bb\"'()"  # a comma, guillemets, quotes, brackets: "حكومة «حماس» بغزة"


def seat_place(art: Article, p: Any) -> bool:
    """The place ends a seat noun's phrase (grammar.yaml seat_nouns: حكومة government, سلطة
    authority, حركة movement ...): right after the noun ("حكومة غزة"), or after "في" / bi- with
    at most two words between them ("حكومة «حماس» بغزة", "الحكومة الفلسطينية المقالة في غزة"),
    no clause break, and no country adjective just before the place: "رئيس الحكومة الإسرائيلية
    في القدس" (the Israeli prime minister in Jerusalem) may be where he met someone; so is a place
    past a name, "رئيس السلطة الفلسطينية محمود عباس في رام الله"."""
    raw = art.words_before(p.start, SEAT_WORDS + 3)
    words = [w.strip(_MARKS) for w in raw]
    located = False
    if words and words[-1] in (BI, IN, WA + IN):  # "بغزة" (bi- glued, left as its own token), "في غزة"
        words, raw, located = words[:-1], raw[:-1], True
    nouns = grammar_words("seat_nouns")
    for k in range(len(words) - 1, max(len(words) - SEAT_WORDS - 2, -1), -1):
        if words[k].removeprefix(WA) in nouns:
            between = words[k + 1:]
            if not between and not located:
                return True  # idafa: "حكومة غزة"
            if not located or any(w[-1:] in "\u060c,." for w in raw[k:]):
                return False
            return not between or between[-1] not in get_lexicon().adjectives
    return False
