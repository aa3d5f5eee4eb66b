"""Tours: a trip over several countries told in one sentence. "يبدأ مرسي اليوم جولة تشمل
باكستان والهند، ويجري محادثات مع رئيس الوزراء الهندي" (yabda'u ... jawlatan tashmalu, Morsi
begins today a tour that includes Pakistan and India, and holds talks with India's prime
minister): the tour's countries are listed in their order, and talks with a leader of a later
one are a leg ahead, planned, while the first one's may be the day's news. visits.__init__
calls later_legs after the candidates are read."""
from __future__ import annotations

import re

from tasks.extract.visits.article import Article, Candidate
from ziyarat.arabic import fold_term
from ziyarat.lexicon import grammar_words

TOUR_VERB_WORDS = 3  # from the tour noun to its "includes": "جولة آسيوية، تشمل"
LEGS_CHARS = 60  # the countries listed right after "includes": "تشمل كلاً من باكستان والهند"


def tour_legs(art: Article, i: int, before: int) -> list[str]:
    """The countries of a tour told in sentence i before position `before`, in the order
    listed after the tour noun's "includes" ("جولة ... تشمل كلا من باكستان والهند" ->
    Pakistan, India); [] without such a list."""
    lo = art.sentences[i][0]
    words = list(re.finditer(r"\S+", art.text[lo:before]))
    folded = [fold_term(w.group().strip("،,")) for w in words]
    for k, word in enumerate(folded):
        if word.removeprefix("و") not in grammar_words("tour_nouns"):
            continue
        for j in range(k + 1, min(len(folded), k + 1 + TOUR_VERB_WORDS)):
            if folded[j] in grammar_words("itinerary_verbs"):
                start = lo + words[j].end()
                legs: list[str] = []
                for m in sorted(art.places.get(i, []), key=lambda m: m.start):
                    if start <= m.start <= min(before, start + LEGS_CHARS) and m.country and m.country not in legs:
                        legs.append(m.country)
                return legs
    return []


def later_legs(art: Article, cands: list[Candidate]) -> None:
    """A meeting with no past verb, told after a tour's list of countries, with a leader of
    a country listed after the first, is that later leg ahead: planned. "ويجري محادثات مع
    رئيس الوزراء الهندي" after "جولة تشمل باكستان والهند" (India the second leg)."""
    for c in cands:
        if c.kind != "reported" or c.past:
            continue
        legs = tour_legs(art, c.sentence, c.hit.start)
        if len(legs) < 2:
            continue
        sides = (c.visitor.country, c.host.country)
        if any(a in legs[1:] and b not in legs for a, b in (sides, sides[::-1])):  # either way round
            c.kind, c.planned, c.future = "referenced", True, True
