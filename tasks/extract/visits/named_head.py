"""The visited country's host the article names: a visit whose host went unnamed ("زيارة الرئيس
إلى باكستان", the president's visit to Pakistan) took the country's head by office
(leaders.country_head: Pakistan's prime minister first, triggers.yaml host_office_by_country).
When the article names elsewhere the leader of that country the same traveller met on the trip
("أجرى محادثات مع نظيره الباكستاني زرداري", held talks with his Pakistani counterpart Zardari),
and never pairs the traveller with the head by office by name, the named one is the host: the
head by office was only the default. One stood at the airport or at the palace door
("كان في استقباله رئيس الوزراء", the prime minister received him) was named with the
traveller, and keeps his own row."""
from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import replace

from tasks.extract.visits.article import Candidate
from tasks.extract.visits.leaders import pid

SAME_TRIP_DAYS = 3  # a named meeting this far from the unnamed visit's day is another trip


def _near(a: dt.date | None, b: dt.date | None) -> bool:
    return a is None or b is None or abs((a - b).days) <= SAME_TRIP_DAYS


def _ahead(c: Candidate, published: dt.date | None) -> bool:
    return c.date is not None and published is not None and c.date > published


def named_host(cands: list[Candidate], published: dt.date | None = None) -> list[Candidate]:
    """The candidates, the unnamed host of a visit replaced by the one leader of its country the
    article names meeting the same traveller (not planned, on a day near the visit's). A trip dated after
    publication keeps its head by office: the named meeting is no news of a day still ahead ("وسيلقي
    أوباما الخميس كلمة يتوجه فيها إلى الإسرائيليين", will give a speech on Thursday addressing the Israelis)."""
    out = []
    for c in cands:
        if c.host.start >= 0 or c.visitor.start < 0 or not c.host.country or _ahead(c, published):
            out.append(c)
            continue
        met = [o for o in cands if pid(o.visitor) == pid(c.visitor) and o.host.start >= 0
               and o.host.country == c.host.country and not o.planned and _near(o.date, c.date)]
        ranked = Counter(pid(o.host) for o in met).most_common(2)
        if c.planned or not ranked or pid(c.host) in {pid(o.host) for o in met} \
                or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
            out.append(c)  # none named, the head by office met him by name too, or two named as often
            continue
        out.append(replace(c, host=next(o.host for o in met if pid(o.host) == ranked[0][0])))
    return out
