"""A second host who received the traveller on a trip the article reports: "وكان الرئيس محمد مرسي قد وصل القصر
للقاء الرئيس الباكستاني زرداري، حيث كان في استقباله رئيس الوزراء الباكستاني أشرف" (Morsi had reached the palace
to meet President Zardari, where Prime Minister Ashraf received him). The pluperfect that tells the arrival as the
background of the day's talks makes the reception read as an earlier meeting, and the arrival merges into the trip
reported (merge._same_visit); the reception, another leader of the same country, would be lost. A reception with
the guest's pronoun ("في استقباله", receiving him: role reception) is the arrival's own greeting, so it is the
news the trip is: reported, when it is undated, not planned, and its sentence recalls no earlier meeting
("في زيارة سابقة", on an earlier visit: c:past_reference), and the article reports the same traveller's meeting
with another leader of that country."""
from __future__ import annotations

from tasks.extract.visits.article import Article, Candidate
from tasks.extract.visits.leaders import pid
from tasks.extract.visits.triggers import trigger_spec


def received_on_trip(art: Article, cands: list[Candidate]) -> None:
    """Each undated, unplanned reception of a traveller by a second leader of the country his reported trip
    visits becomes reported (in place)."""
    trips = [t for t in cands if t.kind == "reported" and not t.future and t.visitor is not None
             and t.host is not None and t.host.country]
    for c in cands:
        if not _greeting(c) or art.cues(c.sentence, "c:past_reference"):
            continue
        if any(pid(t.visitor) == pid(c.visitor) and t.host.country == c.host.country and pid(t.host) != pid(c.host)
               for t in trips):
            c.kind, c.planned, c.future = "reported", False, False


def _greeting(c: Candidate) -> bool:
    """c is a referenced, undated and unplanned reception told with its guest's pronoun, with both sides."""
    return c.kind == "referenced" and not c.planned and not c.future and c.date is None \
        and c.visitor is not None and c.host is not None and bool(c.host.country) \
        and c.host.country != c.visitor.country and greeted(c)


def greeted(c: Candidate) -> bool:
    """c is a reception told with its guest's pronoun ("كان في استقباله X", X was there to receive him): X met
    the traveller at the airport or the palace door, not in the talks (named_head.named_host reads it so)."""
    return bool(c.hit.suffix) and c.hit.group.startswith("t:") and trigger_spec(c.hit.group).get("role") == "reception"
