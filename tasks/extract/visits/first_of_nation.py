"""The first of his nation to travel: "وبات كيم أول زعيم كوري شمالي يعبر الخط الفاصل" (Kim became the
first North Korean leader to cross the dividing line), "أول رئيس أمريكي يزور كوبا منذ 1928" (the first US
president to visit Cuba since 1928). "أول" (the first), a leader's head noun (triggers.yaml
unresolved_heads, told indefinite: "زعيم", "رئيس وزراء"), a country's adjective told indefinite ("كوري
شمالي") and a trip verb (grammar.yaml first_of_nation_trips) say that the leader of that country is the one
who travelled, wherever to: "تطأ قدماه أرض الجنوب" (set foot on the soil of the South) names no country the
gazetteer knows. visits.direction reads it for a meeting no word orients ("قمة تاريخية جمعتهما", a historic
summit brought them together)."""
from __future__ import annotations

import re
from functools import cache

from tasks.extract.visits.article import Article
from ziyarat.arabic import AL, fold_term
from ziyarat.lexicon import get_lexicon, grammar_words, trigger_words

HEAD_WORDS = 2  # "رئيس وزراء": the head noun and its second word
TRIP_AFTER_WORDS = 2  # from the adjective to the trip verb: "أول رئيس أمريكي يزور", "... تطأ قدماه"


@cache
def _indefinite_adjectives() -> dict[tuple[str, ...], str]:
    """Folded indefinite country adjectives ("كوري شمالي", "روسي", "روسية") -> the country: the
    lexicon's definite ones with "ال" taken off each word."""
    out: dict[tuple[str, ...], str] = {}
    for adj, country in get_lexicon().adjectives.items():
        words = adj.split()
        if all(w.startswith(AL) and len(w) > 3 for w in words):
            out[tuple(w[2:] for w in words)] = country
    return out


def _heads() -> frozenset[str]:
    return frozenset(fold_term(w) for w in trigger_words("unresolved_heads") if " " not in w and not w.startswith(AL))


def first_travellers(art: Article) -> set[str]:
    """The countries whose leader the article calls the first of his nation to travel, outside quotes."""
    out: set[str] = set()
    heads = _heads()
    seconds, trips = grammar_words("first_of_nation_heads"), grammar_words("first_of_nation_trips")
    adjectives = _indefinite_adjectives()
    firsts = grammar_words("first_words")
    for m in re.finditer(r"\S+", art.text):
        if fold_term(m.group()) not in firsts or art.in_quote(m.start()):
            continue
        words = [fold_term(w.strip("\u060c,.:;«»\"()")) for w in art.text[m.end():m.end() + 80].split()[:HEAD_WORDS + 2 + TRIP_AFTER_WORDS]]
        if not words or words[0] not in heads:
            continue
        k = 2 if len(words) > 1 and words[1] in seconds else 1
        for n in (2, 1):
            country = adjectives.get(tuple(words[k:k + n]))
            if country is not None:
                if any(w in trips for w in words[k + n:k + n + TRIP_AFTER_WORDS]):
                    out.add(country)
                break
    return out
