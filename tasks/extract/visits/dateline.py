"""The dateline: the desk's city near the top ("موسكو - ..."), where a meeting the text places nowhere else
was, unless the lead sets the story elsewhere (moved from place.py unchanged)."""
from __future__ import annotations

from typing import Any

from tasks.extract.visits.article import Article
from tasks.extract.visits.desk import country_dateline, leaving_desk, other_story, tagged_dateline
from tasks.extract.visits.listed import city_of
from tasks.extract.visits.officials import someone_elses
from tasks.extract.visits.place import TENSE_REACH, city_of_meeting
from tasks.extract.visits.retold import retold
from tasks.extract.visits.return_leg import returned_to
from tasks.extract.visits.seats import seat_desk, seat_place
from tasks.extract.visits.speaker import third_party_place


DATELINE_SENTENCES = 4  # a dateline stands in the first lines
DATELINE_MARKS = ("-", "\u2013", "\u2014", ":", "(", "_")  # what follows a dateline's city: "برلين _أ ش أ" too


def dateline(art: Article, host: Any, pair: tuple[Any, ...] = ()) -> tuple[str | None, str | None]:
    """"موسكو - أعلن الكرملين ..." or a line holding only "موسكو" near the top; not a
    city the lead says a compatriot came back to ("القاهرة - عاد الرئيس إلى القاهرة قادما
    من الهند", Cairo - the president returned to Cairo from India): the desk is at home; nor
    where a third party spoke (speaker.third_party_place, given the meeting's `pair`), nor the desk
    of a lead that tells another story (desk.other_story) or names the city again only as a body's
    seat (seats.seat_desk). "الدوحة، قطر (CNN)" is one when Qatar is a side's (desk.country_dateline)."""
    home = returned_to(art)
    for j in range(min(DATELINE_SENTENCES, len(art.sentences))):
        s, e = art.sentences[j]
        for p in art.places.get(j, []):
            city = city_of(p)
            if not city or city in home or seat_place(art, p) or seat_desk(art, j, p) or _met_elsewhere(art, p.country):
                continue
            rest = art.text[p.end:min(e, p.end + 3)].strip()
            whole = (e - s) <= (p.end - p.start) + 2
            if rest[:1] in (":", "(") and third_party_place(art, j, p, pair) or other_story(art, j, p, whole, pair) \
                    or leaving_desk(art, p):
                continue  # a third party's place, or the desk of a story of something else (visits.desk)
            if whole or rest[:1] in DATELINE_MARKS or art.text[p.end:p.end + 3].startswith(" -") or tagged_dateline(art, p) \
                    or country_dateline(art, j, p, pair):
                if host is None or not host.country or p.country == host.country:
                    return city, p.country
    return None, None


def _met_elsewhere(art: Article, country: str | None) -> bool:
    """The first sentences place a leader's meeting, not told as earlier, retold or planned, in another
    country's city: "الخرطوم - أبرزت صحف الخرطوم اللقاءات التي جرت بأديس أبابا بين البشير وسلفاكير"
    (Khartoum - Khartoum's papers led with the meetings held in Addis Ababa): the desk is no scene."""
    for j in range(min(DATELINE_SENTENCES, len(art.sentences))):
        tense = [c.start for c in art.by_sent.get(j, ()) if c.group in ("c:past_reference", "c:future_plan")]
        if any(_elsewhere(city_of_meeting(art, j, h), country) for h in art.by_sent.get(j, ())
               if h.group.startswith("t:") and art.leaders.get(j) and not art.in_quote(h.start)
               and not any(abs(t - h.start) <= TENSE_REACH for t in tense) and not retold(art, j, h)
               and not someone_elses(art, j, h)):
            return True
    return False


def _elsewhere(place: tuple[str | None, str | None], country: str | None) -> bool:
    return place[0] is not None and place[1] not in (None, country)
