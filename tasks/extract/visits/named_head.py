"""The visited country's host the article names: a visit whose host went unnamed ("زيارة الرئيس
إلى باكستان", the president's visit to Pakistan) took the country's head by office
(leaders.country_head: Pakistan's prime minister first, triggers.yaml host_office_by_country).
When the article names elsewhere the leader of that country the same traveller met on the trip
("أجرى محادثات مع نظيره الباكستاني زرداري", held talks with his Pakistani counterpart Zardari),
and never pairs the traveller with the head by office by name, the named one is the host: the
head by office was only the default. One stood at the airport or at the palace door
("كان في استقباله رئيس الوزراء", the prime minister received him) was named with the
traveller, and keeps his own row. The named one may also be told in a sentence of his own, with no
traveller named (so no row of his): a meeting noun whose "مع" (with) names him ("ويتوقع أن تنتهي
المباحثات مع الرئيس آصف علي زرداري", the talks with President Zardari are expected to end ...) or a
joint press conference he gave ("وقال أردوغان في مؤتمر صحفي مشترك", Erdogan said at a joint press
conference): `lone_partner`. Nor is the head by office the host of a trip whose sentence
names the leader of a third country the traveller came to meet (a summit on neutral ground), nor of a trip to the city
where another sentence reports his meeting with one such leader (`met_there`)."""
from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import replace
from typing import Any

from tasks.extract.visits.article import Article, Candidate
from tasks.extract.visits.greeted_trip import greeted
from tasks.extract.visits.leaders import pid
from tasks.extract.visits.trace import note
from tasks.extract.visits.triggers import trigger_spec
from ziyarat.arabic import WITH, fold_term

SAME_TRIP_DAYS = 3  # a named meeting this far from the unnamed visit's day is another trip


def _near(a: dt.date | None, b: dt.date | None) -> bool:
    return a is None or b is None or abs((a - b).days) <= SAME_TRIP_DAYS


def _ahead(c: Candidate, published: dt.date | None) -> bool:
    return c.date is not None and published is not None and c.date > published


def named_host(art: Article, cands: list[Candidate]) -> list[Candidate]:
    """The candidates, the unnamed host of a visit replaced by the one leader of its country the
    article names meeting the same traveller (not planned, on a day near the visit's; else the one
    `lone_partner` finds). A trip dated after
    publication keeps its head by office: the named meeting is no news of a day still ahead ("وسيلقي
    أوباما الخميس كلمة يتوجه فيها إلى الإسرائيليين", will give a speech on Thursday addressing the Israelis)."""
    out = []
    for c in cands:
        if c.host.start >= 0 or c.visitor.start < 0 or not c.host.country or _ahead(c, art.published):
            out.append(c)
            continue
        met = [o for o in cands if pid(o.visitor) == pid(c.visitor) and o.host.start >= 0
               and o.host.country == c.host.country and not o.planned and _near(o.date, c.date)]
        met = [o for o in met if not greeted(o)] or met  # the one at the door keeps his own row
        if not met and not c.planned and (lone := lone_partner(art, c)) is not None:
            out.append(replace(c, host=lone))
            continue
        ranked = Counter(pid(o.host) for o in met).most_common(2)
        if c.planned or not ranked or pid(c.host) in {pid(o.host) for o in met} \
                or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
            out.append(c)  # none named, the head by office met him by name too, or two named as often
            continue
        out.append(replace(c, host=next(o.host for o in met if pid(o.host) == ranked[0][0])))
    return out


WITH_WORDS = 4  # from a meeting noun to its partner's name: "المباحثات مع الرئيس آصف", "مع نظيره الباكستاني ممنون"
JOINT = "\u0645\u0634\u062a\u0631\u0643"  # مشترك (joint): "مؤتمر صحفي مشترك", "المؤتمر الصحفي المشترك"


def lone_partner(art: Article, c: Candidate) -> Any | None:
    """The one leader of c's visited country, other than its head by office, whom a sentence of the article
    names as the partner of a meeting noun while naming no other leader but c's traveller: after the noun's
    "مع" ("المباحثات مع الرئيس آصف علي زرداري") or as the one who gave a joint press conference ("وقال أردوغان
    في مؤتمر صحفي مشترك"), in a sentence telling no call (c:remote_contact), no earlier time (c:past_reference)
    and no day farther than SAME_TRIP_DAYS from the visit's; None when no such leader, or two."""
    found: dict[str, Any] = {}
    day = c.date or art.published
    for j, named in art.leaders.items():
        others = {pid(m): m for m in named if pid(m) != pid(c.visitor)}
        if len(others) != 1 or art.cues(j, "c:remote_contact") or art.cues(j, "c:past_reference") \
                or not all(_near(d.date, day) for d in art.dates.get(j, [])):
            continue
        m = next(iter(others.values()))
        if m.country != c.host.country or pid(m) == pid(c.host):
            continue
        for h in art.by_sent.get(j, ()):
            if h.group.startswith("t:") and trigger_spec(h.group)["role"] == "meet" \
                    and trigger_spec(h.group).get("proclitics") == "noun" and (_with_him(art, h, m) or _joint_by(h, m)):
                found[pid(m)] = m
    return next(iter(found.values())) if len(found) == 1 else None


def _with_him(art: Article, h: Any, m: Any) -> bool:
    """The meeting noun h is followed by "مع" and, within WITH_WORDS words of it, by m's name."""
    words = art.folded_slice(art.word_end(h.end), m.start).split()
    return m.start >= h.end and 0 < len(words) <= WITH_WORDS and words[0] == WITH


def _joint_by(h: Any, m: Any) -> bool:
    """h is a joint press conference ("مؤتمر صحفي مشترك") told after m, its holder: the partner is the traveller."""
    return m.end <= h.start and fold_term(h.term).split()[-1].removeprefix("\u0627\u0644") == fold_term(JOINT)


def _pair(c: Candidate) -> frozenset[str]:
    return frozenset((pid(c.visitor), pid(c.host)))


def _third_party(art: Article, c: Candidate, o: Candidate) -> Any | None:
    """The leader another candidate of c's sentence pairs with c's traveller, there (no other place),
    when he is named in the sentence and is neither the traveller's countryman nor the visited country's."""
    if o is c or pid(c.visitor) not in _pair(o) or o.country not in (None, c.host.country):
        return None
    other = o.host if pid(o.visitor) == pid(c.visitor) else o.visitor
    named_here = other.start >= 0 and art.sent_of(other.start) == c.sentence
    return other if named_here and other.country not in (c.visitor.country, c.host.country) else None


def _after_trip(r: Candidate, c: Candidate, published: dt.date | None) -> bool:
    """r's meeting is dated on or after c's trip (undated, the publication day): a trip is not made for
    a meeting already held ("وقال ترامب السبت إن القمة ...", Saturday being the statement's day)."""
    start = c.date or published
    return r.date is not None and start is not None and r.date >= start


def _summit_trip(art: Article, c: Candidate, cands: list[Candidate]) -> bool:
    """c's trip is the one to a meeting with a third country's leader named beside it, who did not
    travel there with him (his own trip to the same unnamed head), and which another sentence reports
    on or after the trip's day: the purpose clause alone ("حيث تجمعه الثلاثاء قمة مع بوتين") leaves the arrival the news."""
    mates = [o for o in cands if o.sentence == c.sentence]
    for o in mates:
        other = _third_party(art, c, o)
        if other is None or any(pid(m.visitor) == pid(other) and pid(m.host) == pid(c.host) for m in mates):
            continue
        if any(r.kind == "reported" and not r.planned and r.sentence != c.sentence and _after_trip(r, c, art.published)
               and _pair(r) == frozenset((pid(c.visitor), pid(other))) for r in cands):
            return True
    return met_there(art, c, cands)


def met_there(art: Article, c: Candidate, cands: list[Candidate]) -> bool:
    """c's trip is the one to a meeting with a third country's leader that another sentence reports in the
    trip's own city, on or after the trip's day, though c's sentence names only the traveller: "وكان بوتين قد
    وصل، الاثنين، إلى هلسنكي" after "في مستهل قمتهما في هلسنكي، أعرب ترمب، الاثنين، ..." (Putin had arrived in
    Helsinki on Monday, after Trump spoke at the start of their summit in Helsinki on Monday). One such leader
    only (two or more met there: a gathering, whose host may well be the visited country's), and not one told
    arriving with him in c's sentence (leaders arriving together keep it: _summit_trip's mates)."""
    if not c.city or c.visitor.start < 0:
        return False
    partners: dict[str, Any] = {}
    for r in cands:
        if r.kind != "reported" or r.planned or r.sentence == c.sentence or r.city != c.city \
                or pid(c.visitor) not in _pair(r) or not _after_trip(r, c, art.published):
            continue
        other = r.host if pid(r.visitor) == pid(c.visitor) else r.visitor
        if other.start >= 0 and other.country and other.country not in (c.visitor.country, c.host.country):
            partners[pid(other)] = other
    return len(partners) == 1 and not any(
        pid(m.visitor) in partners and pid(m.host) == pid(c.host) and m.sentence == c.sentence for m in cands)


def trip_to_third_party(art: Article, cands: list[Candidate]) -> list[Candidate]:
    """The candidates, less a trip to the visited country's unnamed head (by office, and the
    article names him nowhere) whose sentence says whom the traveller came to meet, a leader of
    a third country, in a meeting another sentence reports ("وصل ترمب إلى هلسنكي عشية قمته مع بوتين",
    Trump reached Helsinki on the eve of his summit with Putin, held today): the trip is that
    meeting's, on neutral ground, and Finland's president received nobody the text tells of. While
    the meeting is still ahead, the arrival is the news and keeps its unnamed host."""
    out = []
    for c in cands:
        if c.host.start >= 0 or c.visitor.start < 0 or pid(c.host) in art.named or not _summit_trip(art, c, cands):
            out.append(c)
        else:
            note("third_party_trip", c.sentence, c.hit)
    return out
