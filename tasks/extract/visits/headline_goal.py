"""The goal of a trip noun told with none, from the headline that names the same trip with its goal.

A story about something else around a visit (a protest, a comment, a reception, a raid "the day after")
often names the visit's goal only in its headline: under "متظاهرون يحتجون على زيارة الرئيس الإيراني
لمصر" (protesters object to the Iranian president's visit to Egypt) the text says "احتجاجا على زيارة
الرئيس الإيراني أحمدي نجاد لشيخ الأزهر" (against his visit to the Sheikh of al-Azhar), and under "نجاد
تبجح في زيارته لمصر" it says "إن زيارة الرئيس الإيراني أحمدي نجاد كانت بروتوكولية". The text's noun
is the headline's trip: its country (and the headline's one city of it) is the trip's. Read by
candidates._meeting_place only when the trip noun found no place of its own, so the visited country's
head by office hosts it (candidates._complete_pair) and the tense rules date it as any visit noun.
Only for a noun (no verb: "زار" names its own object) whose traveller is its genitive ("زيارة الرئيس
الإيراني أحمدي نجاد") or its pronoun ("زيارته"), not a leader named before a noun whose genitive is what he is to
see ("ألا تشمل الجولة السياحية للرئيس الإيراني، زيارة المساجد": a demand, whose plan would turn the day's
visit into one ahead in the merge), nor a noun in a sentence with a sa- future verb ("سيقوم بحضور القمة ...
خلال زيارته", a plan told during the trip: the same turn); the headline
must tell a visit now (headline.names_visit_now: no "الأخيرة", "المرتقبة", "نتائج"), name that
traveller and no other leader, and name one foreign country, the place right after its visit word
("زيارة ... لمصر", within PLACE_AFTER_CHARS); the text's sentence names no place of a third country
(its own goal may be that one)."""
from __future__ import annotations

from typing import Any

from tasks.extract.tense import sa_future
from tasks.extract.visits.article import Article
from tasks.extract.visits.leaders import pid
from tasks.extract.visits.headline import PLACE_AFTER_CHARS, names_owner, names_visit_now
from tasks.extract.visits.listed import city_of
from tasks.extract.visits.triggers import trigger_spec
from ziyarat.matching import Hit


def headline_goal(art: Article, i: int, h: Hit, visitor: Any) -> tuple[str | None, str] | None:
    """(city, country) the trip noun h of `visitor` (sentence i) went to, by the headline, or None."""
    spec = trigger_spec(h.group)
    if visitor is None or not visitor.country or spec.get("role") != "visit" or spec.get("tense") \
            or art.headline is None:
        return None
    owner = art.genitive_leader(i, h)
    if not (h.suffix or owner is not None and pid(owner) == pid(visitor)):
        return None  # "ألا تشمل الجولة السياحية للرئيس، زيارة المساجد": the noun's object is no trip's owner
    head = art.headline()
    if head is None or not names_visit_now(head) or not names_owner(art, head, visitor):
        return None
    # the sentence's readings once per article (art.memo), not once per trip noun of a long sentence
    if art.memo(("sa_future", i), lambda: any(sa_future(w) for w in art.folded_slice(*art.sentences[i]).split())):
        return None  # "سيقوم بحضور القمة خلال زيارته": a plan, whose mention would turn the day's visit into one ahead
    who = visitor.entity_id or visitor.name_en
    if any((m.entity_id or m.name_en) != who for ms in head.leaders.values() for m in ms):
        return None  # the headline is another leader's story too: "زيارة أوباما لإسرائيل ولقاؤه نتنياهو"
    goals = [p for j, hs in head.by_sent.items() for t in hs if t.group.startswith("t:")
             and trigger_spec(t.group).get("role") in ("visit", "arrive")
             for p in head.near("places", j, t.end, t.end + PLACE_AFTER_CHARS) if p.country and p.country != visitor.country]
    countries = {p.country for ps in head.places.values() for p in ps if p.country and p.country != visitor.country}
    if not goals or len(countries) != 1:
        return None
    country = goals[0].country
    if art.memo(("place_countries", i), lambda: {p.country for p in art.places.get(i, [])}) - {country, visitor.country}:
        return None  # "خلال زيارته ... على الحدود مع الجزائر": a third country's place may be the goal
    cities = {city_of(p) for ps in head.places.values() for p in ps if p.country == country and city_of(p)}
    return (next(iter(cities)) if len(cities) == 1 else None), country
