"""A tour told in the present (triggers.yaml tour_making: "جولة يجريها لكل من", "جولة أفريقية تشمل"), read as a visit
under way to the countries listed right after it, unless it only frames another trip its sentence tells first: in "وصل
أوباما إلى رام الله في إطار جولته التي تشمل إسرائيل وفلسطين والأردن" (Obama arrived in Ramallah as part of his tour
that includes Israel, Palestine and Jordan) the arrival is the news and the tour's countries are its other legs, done
or ahead, on no day the sentence gives (tour.listed_destinations reads them from the arrival)."""
from __future__ import annotations

from tasks.extract.visits.article import Article
from tasks.extract.visits.triggers import trigger_spec
from ziyarat.matching import Hit

TOUR_MAKING = "t:tour_making"


def framing_tour(art: Article, i: int, h: Hit) -> bool:
    """h is a present tour's trigger after an arrival or a visit word of its sentence: the frame of that trip."""
    return h.group == TOUR_MAKING and any(
        t.end <= h.start and t.group.startswith("t:") and t.group != TOUR_MAKING
        and trigger_spec(t.group)["role"] in ("arrive", "visit") for t in art.by_sent.get(i, ()))
