"""A place where a visit is protested, not where it is: "تظاهر العشرات في قطاع غزة ضد زيارة أوباما"
(dozens demonstrated in the Gaza Strip against Obama's visit), "احتجاجات على زيارة أوباما في غزة"."""
from __future__ import annotations

from typing import Any

from tasks.extract.visits.article import Article
from ziyarat.arabic import LI, WA
from ziyarat.lexicon import grammar_words
from ziyarat.matching import Hit

ON = "\u0639\u0644\u064a"  # على (folded)
IN = "\u0641\u064a"  # في


def protested(art: Article, h: Hit) -> bool:
    """The visit word is the object of a protest (grammar.yaml protest_words): "ضد زيارة" (against the
    visit), "احتجاجا على زيارة" (in protest at the visit), "احتجاجات غاضبة على زيارة" (angry protests at the visit), "رفضا
    لزيارة" (rejecting the visit)."""
    words = [w.strip("\u060c,").removeprefix(WA) for w in art.words_before(art.word_start(h.start), 3)]
    protest = grammar_words("protest_words")
    if words and words[-1] in grammar_words("against_words"):
        return True
    if LI in h.prefix:
        return bool(words) and words[-1] in protest
    return len(words) > 1 and words[-1] == ON and any(w in protest for w in words[:-1])  # "احتجاجات غاضبة على"


def protest_place(art: Article, h: Hit, p: Any) -> bool:
    """The place is the protest's, not the visit's: the visit word is protested and the place
    stands before it ("تظاهر العشرات في قطاع غزة ضد زيارة أوباما") or after it past "في"
    ("احتجاجات على زيارة أوباما في قطاع غزة"); "احتجاجا على زيارة أوباما إلى رام الله" (to
    Ramallah) still names where the visit goes."""
    if not protested(art, h):
        return False
    return p.end <= h.start or art.words_before(p.start, 1) == [IN]
