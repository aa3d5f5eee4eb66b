"""Places listed with "و" (and) after a trip's first destination ("زيارته لإسرائيل والضفة الغربية", his
visit to Israel and the West Bank: listed_places), the city a place mention names (city_of), and the
listed place of the host's own country, which is where he received the traveller (host_leg): in
"الزيارة التي بدأها مرسي إلى إسلام آباد ونيودلهي" (the visit Morsi began to Islamabad and New Delhi) the
Indian host met him in New Delhi, not in Islamabad; and the places listed after any mention of a country, before the
trip's word too (tour_list: "بجولة تشمل كلا من باكستان والهند ...، يبدؤها بزيارة إلى إسلام أباد"). Read by place.py, tour.py and ahead.py."""
from __future__ import annotations

from typing import Any

from tasks.extract.visits.article import Article
from ziyarat.arabic import BI, LI, WA
from ziyarat.lexicon import get_lexicon, grammar_words
from ziyarat.matching import Hit

DESTINATION_LIST_CHARS = 4  # between two destinations listed with "و": "لإسرائيل والضفة الغربية"


def listed_places(art: Article, i: int, after: int, country: str | None) -> list[Any]:
    """The places listed with "و" (and) right after the first place of `country` past
    `after` in sentence i: "زيارته لإسرائيل والضفة الغربية" (his visit to Israel and the West
    Bank) -> [the West Bank]; or with "ثم" (then), "وأخيرا" (and finally): "بزيارة النيجر ثم بوركينافاسو وأخيرا
    مالي"; [] when no place of `country` stands there."""
    places = sorted((p for p in art.places.get(i, []) if p.start >= after), key=lambda p: p.start)
    first = next((k for k, p in enumerate(places) if p.country == country), None)
    if first is None:
        return []
    out, last = [], places[first]
    for p in places[first + 1:]:
        if not _listed_next(art, last, p):
            break
        out.append(p)
        last = p
    return out


def tour_list(art: Article, i: int, country: str | None) -> list[Any]:
    """The places of sentence i listed with "و" (or "ثم") after any place of `country`, the trigger's side or not:
    in "يقوم مرسي بجولة تشمل كلا من باكستان والهند ...، يبدؤها بزيارة إلى إسلام أباد" (Morsi makes a tour of
    Pakistan and India, which he begins with a visit to Islamabad) the legs after Pakistan's, India's, are the tour's
    too. A place listed before it is not: "بدأ شي جولة تشمل تنزانيا وجنوب افريقيا" (Xi began a tour of Tanzania and
    South Africa) with South Africa ahead has the Tanzanian leg under way."""
    places = sorted(art.places.get(i, []), key=lambda p: p.start)
    out: list[Any] = []
    for k in (k for k, p in enumerate(places) if country and p.country == country):
        while k + 1 < len(places) and _listed_next(art, places[k], places[k + 1]):
            k += 1
            out.append(places[k])
    return out


def _listed_next(art: Article, last: Any, p: Any) -> bool:
    """Place p follows place `last` in one list: "و" (and) right before it, or a word carrying the list on."""
    gap = art.text[last.end:p.start]
    joined = gap.strip().startswith(WA) or gap.strip() == "" and art.text[p.start:p.start + 1] == WA
    return len(gap) <= DESTINATION_LIST_CHARS and joined or _sequence_link(art, last.end, p.start)


SEQUENCE_LINK_CHARS = 12  # "ثم" (then) or "وأخيرا" (and finally) between two destinations: "النيجر ثم بوركينافاسو"


def _sequence_link(art: Article, lo: int, hi: int) -> bool:
    """Only a word carrying the list on (grammar.yaml sequence_links) stands between two destinations, the
    preposition of the first repeated or not: "لباكستان ثم للهند" (to Pakistan, then to India: li- is left
    before the mention "لهند"), "إلى باريس ثم إلى برلين" (grammar.yaml goal_prepositions)."""
    words = [w.strip("،,") for w in art.folded_slice(lo, hi).split()]
    if len(words) == 2 and (words[1] in (BI, LI) or words[1] in grammar_words("goal_prepositions")):
        words = words[:1]
    return hi - lo <= SEQUENCE_LINK_CHARS and len(words) == 1 and words[0] in grammar_words("sequence_links")


def city_of(m: Any) -> str | None:
    """The city a place mention names or sits in: a city, a venue's city, a city-state;
    None for a country or a region ("الشرق الأوسط", the Middle East, is no city)."""
    if getattr(m, "entity_type", None) != "place":
        return None
    if getattr(m, "city", None):
        return m.city
    place = get_lexicon().places.get(m.entity_id)
    if place is not None:
        return place.name_en if place.kind == "city" else None
    return m.name_en if m.name_en and m.name_en != getattr(m, "country", None) else None


def host_leg(art: Article, i: int, h: Hit, host: Any, found: tuple[str | None, str | None]) -> tuple[str | None, str | None]:
    """The meeting's (city, country) for `host`: `found` (the place city_of_meeting gives trigger h), or,
    when that is in another country than the host's, a city of the host's country listed with "و" right
    after it ("إلى إسلام آباد ونيودلهي", "زيارته للقدس ورام الله"): that trip's leg is the host's."""
    city, country = found
    if city is None or host is None or not getattr(host, "country", None) or country == host.country:
        return found
    leg = next((p for p in listed_places(art, i, h.end, country) if p.country == host.country and city_of(p)), None)
    return (city_of(leg), leg.country) if leg is not None else found
