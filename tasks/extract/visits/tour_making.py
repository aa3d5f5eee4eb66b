"""A tour told in the present (triggers.yaml tour_making: "جولة يجريها لكل من", "جولة أفريقية تشمل"), read as a visit
under way to the countries listed right after it, unless (`tours_under_way`) it only frames another trip its sentence
tells first: in "وصل أوباما إلى رام الله في إطار جولته التي تشمل إسرائيل وفلسطين والأردن" (Obama arrived in Ramallah
as part of his tour that includes Israel, Palestine and Jordan) the arrival is the news and the tour's countries are
its other legs, done or ahead, on no day the sentence gives; or it lies ahead: a sa- verb right before it ("سيقوم
بجولة تشمل", will make a tour that includes) or a day of its sentence after publication's ("يقوم الرئيس بجولة تشمل
كلاً من باكستان والهند في الفترة من 18 إلى 20 مارس", told on the 15th)."""
from __future__ import annotations

from typing import Any

from tasks.extract.tense import sa_future
from tasks.extract.visits.triggers import trigger_spec
from ziyarat.matching import Hit

TOUR_MAKING = "t:tour_making"


def tours_under_way(art: Any, hits: list[Hit]) -> list[Hit]:
    """The hits less the present tours not under way (read by article.Article.hits, so no other rule reads them
    either: a reception "يستقبل" after a tour ahead is no reception abroad)."""
    return [h for h in hits if h.group != TOUR_MAKING or not _not_under_way(art, h, hits)]


def _not_under_way(art: Any, h: Hit, hits: list[Hit]) -> bool:
    """h frames a trip told before it in its sentence, or lies ahead (a sa- verb right before it, a later day)."""
    i = art.sent_of(h.start)
    framing = any(t.end <= h.start and t.group.startswith("t:") and t.group != TOUR_MAKING and art.sent_of(t.start) == i
                  and trigger_spec(t.group)["role"] in ("arrive", "visit") for t in hits)
    later = art.published is not None and any(d.date > art.published for d in art.dates.get(i, ()))
    before = [w.strip("\u060c,") for w in art.words_before(art.word_start(h.start), 1)]
    return framing or later or bool(before and sa_future(before[0]))
