"""Whether an international body named in a trip's sentence is the trip's: "أحرق شبان فلسطينيون صورا لأوباما أمام مكتب
الأمم المتحدة بغزة، تزامنا مع زيارة أوباما إلى إسرائيل" (Palestinian youths burnt Obama's pictures before the UN office
in Gaza, as Obama visits Israel) names the UN only as the scene of another clause, before the trip word and a comma,
so the trip is his visit to Israel; "وصل X إلى نيويورك للمشاركة في اجتماعات الأمم المتحدة" (arrived in New York to take
part in UN meetings) names it in the trip's own clause, a trip to the body. Read by candidates._meets_a_body for a
trip word (role visit or arrive)."""
from __future__ import annotations

import re

from tasks.extract.visits.article import Article
from tasks.extract.visits.officials import international_body
from tasks.extract.visits.seats import body_seat
from ziyarat.lexicon import get_lexicon, triggers_lexicon
from ziyarat.matching import Hit

_CLAUSE_BREAK = re.compile(r"[\u060c,;\u061b:\"«»]")  # a comma, a semicolon, a colon or a quote closes the body's clause


def trip_body(art: Article, i: int, h: Hit) -> bool:
    """The sentence names an international body (officials.international_body) that belongs to the trip word h's
    clause: named after h, or before it with no clause break between; or one of its officers is named (a person of
    the body: "بان كي مون"), or the trip goes to its seat (seats.body_seat): each still the body's, as before. A body
    named only before h, a comma or other clause break between its last mention and h, is another clause's scene."""
    if not international_body(art, i):
        return False
    if body_seat(art, i) or _officer_named(art, i):
        return True
    lo, hi = art.sentences[i]
    bodies = set(triggers_lexicon().get("international_bodies", []))
    named = [m for m in art.orgs if m.entity_id in bodies and lo <= m.start < hi]
    return not named or any(m.start >= h.start or not _CLAUSE_BREAK.search(art.text[m.end:h.start]) for m in named)


def _officer_named(art: Article, i: int) -> bool:
    """A person of sentence i holds a body's office: his country is the body's English name (titles.yaml)."""
    bodies = set(triggers_lexicon().get("international_bodies", []))
    names = {o.name_en for k, o in get_lexicon().orgs.items() if k in bodies}
    return any(m.country in names for m in art.persons.get(i, []))
