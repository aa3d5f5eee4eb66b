"""Tours: a trip over several countries told in one sentence. "يبدأ مرسي اليوم جولة تشمل
باكستان والهند، ويجري محادثات مع رئيس الوزراء الهندي" (yabda'u ... jawlatan tashmalu, Morsi
begins today a tour that includes Pakistan and India, and holds talks with India's prime
minister): the tour's countries are listed in their order, and talks with a leader of a later
one are a leg ahead, planned, while the first one's may be the day's news. A trip the article
tells only as ahead ("زيارة أوباما المرتقبة", Obama's awaited visit) makes its traveller's
other undated legs ahead too (trip_ahead). visits.__init__ calls both after the candidates
are read."""
from __future__ import annotations

import re

from tasks.extract.visits.article import Article, Candidate
from tasks.extract.visits.leaders import pid
from tasks.extract.visits.timing import under_way
from tasks.extract.visits.triggers import trigger_spec
from tasks.extract.visits.vetoes import adjective_after
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


def trip_ahead(art: Article, cands: list[Candidate]) -> None:
    """A traveller whose trip the article tells as ahead (a planned reading of his, or his
    visit noun with a future adjective: "تمهيدا لزيارة الرئيس أوباما المقررة نهاية الأسبوع",
    ahead of President Obama's visit set for the weekend) and never as held (no past verb,
    no day by publication, not "now"): his undated trip words with no past verb to a country
    that plan goes to (any, when it names none) are that trip: "خلال زيارته لإسرائيل" (during
    his visit to Israel). A leg planned for tomorrow ("يزور رام الله غدا") says nothing of the
    one under way in Israel."""
    def held(c: Candidate) -> bool:
        return c.past or under_way(art, c.hit) or (
            c.date is not None and art.published is not None and c.date <= art.published and c.precision == "day")
    plans: dict[str, list[set]] = {}
    for c in cands:
        if c.kind == "referenced" and c.planned and c.future and _trip_word(c.hit) \
                and (c.date is None or art.published is None or c.date >= art.published):
            plans.setdefault(pid(c.visitor), []).append(_goes_to(art, c.sentence, c.hit) | {c.host.country})
    for i, hits in art.by_sent.items():
        for h in hits:
            if _trip_word(h, noun=True) and (m := art.genitive_leader(i, h)) is not None \
                    and adjective_after(art, i, h, "c:future_after"):
                plans.setdefault(pid(m), []).append(_goes_to(art, i, h))
    for c in cands:
        if c.kind == "reported" and held(c):
            plans.pop(pid(c.visitor), None)
    for c in cands:
        if c.kind == "reported" and c.date is None and _trip_word(c.hit, noun=True) and not held(c) \
                and any(not to or c.host.country in to for to in plans.get(pid(c.visitor), [])):
            c.kind, c.planned, c.future = "referenced", True, True


DESTINATIONS_CHARS = 60  # from a trip word to the countries it goes to: "المرتقبة إلى إسرائيل والأراضي الفلسطينية"


def _goes_to(art: Article, i: int, h) -> set:
    """The countries of the places named right after a trip word, in its sentence."""
    return {p.country for p in art.places.get(i, []) if p.country and 0 <= p.start - h.end <= DESTINATIONS_CHARS}


def _trip_word(h, noun: bool = False) -> bool:
    """A visit or arrival word (a trip, not one meeting in it); with `noun`, no verb (a verb's
    own tense says when)."""
    spec = trigger_spec(h.group) if h.group.startswith("t:") else {}
    return spec.get("role") in ("visit", "arrive") and not (noun and spec.get("tense"))
