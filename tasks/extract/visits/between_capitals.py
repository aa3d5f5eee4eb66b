"""The goal of a trip told with none, from the two places its sentence sets "بين" (between): "زيارة
الرئيس المصري محمد مرسي التي استمرت ثلاثة أيام، واختتمت أمس، تمثل ... الانخراط بين نيودلهي والقاهرة"
(Morsi's visit, which lasted three days and ended yesterday, marks ... the engagement between New
Delhi and Cairo). One of the two is the traveller's own country, so the other is where he went: its
country is the trip's, with no city (a capital standing for its government is no venue). Read by
candidates._meeting_place only when the trip word found no place of its own; not with any other
place in the sentence (a third country's may be the goal), nor when the two are of one country, and
only for a trip noun whose owner is its genitive right after it: "استهل ماكرون يومه بزيارة قصر فولتير ...
على الحدود بين فرنسا وسويسرا" (began his day visiting Voltaire's palace on the France-Switzerland border)
visits a place, with no trip abroad."""
from __future__ import annotations

import re
from typing import Any

from tasks.extract.visits.article import Article
from tasks.extract.visits.triggers import trigger_spec
from ziyarat.arabic import WA, fold_term
from ziyarat.lexicon import trigger_words
from ziyarat.matching import Hit

BETWEEN_CHARS = 200  # from the trip word to "بين": past its relative clause and its predicate
JOIN_CHARS = 4  # between the two places: " و" / " و "
OWNER_CHARS = 30  # from the trip noun to its owner named as its genitive, past his title: "زيارة الرئيس المصري محمد مرسي"


def between_goal(art: Article, i: int, h: Hit, visitor: Any) -> str | None:
    """The country the trip word h of `visitor` went to, by the "بين A و B" after it in sentence i
    with A or B of his own country, or None."""
    if visitor is None or not visitor.country or trigger_spec(h.group).get("role") != "visit" \
            or not 0 < visitor.start - art.word_end(h.end) <= OWNER_CHARS:
        return None  # the noun's owner right after it: "بزيارة قصر فولتير ... على الحدود بين فرنسا وسويسرا" has an object
    places = sorted(art.places.get(i, []), key=lambda p: p.start)
    if len(places) != 2 or places[0].start < h.end or places[0].country == places[1].country:
        return None
    first, second = places
    before = art.text[max(h.end, first.start - 12):first.start].split()
    gap = art.text[first.end:second.start]
    joined = re.fullmatch(rf"\s*{WA}\s*", gap) or (not gap.strip() and art.text[second.start:second.start + 1] == WA)
    if not before or fold_term(before[-1]) not in trigger_words("between_words") or len(gap) > JOIN_CHARS or not joined \
            or first.start - h.end > BETWEEN_CHARS:
        return None
    countries = [first.country, second.country]
    if visitor.country not in countries:
        return None
    return next(c for c in countries if c != visitor.country)
