"""The leader who invited is no host the text tells of when it names another leader of his country
who met the traveller. "وصل سلال إلى الدوحة في زيارة رسمية بدعوة من رئيس مجلس الوزراء ... الشيخ حمد بن
جاسم" (Sellal reached Doha on an official visit at the invitation of the prime minister, Sheikh Hamad bin
Jassim) beside "وكان أمير قطر ... قد التقى سلال" (the emir met Sellal): the text reports the visit's meeting
with the emir; the prime minister's only part in it is the invitation (triggers.yaml invitation_answered:
"بدعوة من", "تلبية لدعوة", "بناء على دعوة"), a letter sent before the trip, and he gets no row of his own.
Named alone ("وصل مرسي إلى برلين تلبية لدعوة من ميركل", at Merkel's invitation, no one else of Germany met),
the inviter stays the host: the invitation is then the one thing the text says of who received him."""
from __future__ import annotations

import datetime as dt
from typing import Any

from tasks.extract.visits.article import Article, Candidate
from tasks.extract.visits.leaders import pid
from tasks.extract.visits.trace import note

INVITER_WORDS = 10  # from the cue to the inviter's name: "بدعوة من رئيس مجلس الوزراء ووزير الشؤون الخارجية القطري الشيخ حمد"
SAME_TRIP_DAYS = 3  # the meeting named is the same trip's (named_head.SAME_TRIP_DAYS)


def _near(a: dt.date | None, b: dt.date | None) -> bool:
    return a is None or b is None or abs((a - b).days) <= SAME_TRIP_DAYS


def invited_by(art: Article, m: Any) -> bool:
    """m is named as the one who invited: an invitation_answered cue of m's sentence ends at most
    INVITER_WORDS words before m, and no other person is named between them ("بناءً على دعوة تلقتها من
    رئيس الوزراء التركي رجب طيب أردوغان", at the invitation she received from the Turkish prime minister)."""
    if m.start < 0:
        return False
    i = art.sent_of(m.start)
    for cue in art.cues(i, "c:invitation_answered"):
        if cue.end > m.start:
            continue
        between = art.folded_slice(cue.end, m.start).split()
        if len(between) <= INVITER_WORDS and not any(
                cue.end <= o.start < m.start for o in art.persons.get(i, ()) if o.entity_id != m.entity_id):
            return True
    return False


def _only_inviting(art: Article, who: str) -> bool:
    """Every mention of `who` in the article names him as the one who invited ("ثم يستعرض حرس الشرف برفقة
    أردوغان", then reviews the guard of honour beside Erdogan, tells him receiving the guest)."""
    named = [m for ms in art.persons.values() for m in ms if pid(m) == who]
    return bool(named) and all(invited_by(art, m) for m in named)


def _side(c: Candidate, who: str) -> Any:
    return c.host if pid(c.host) == who else c.visitor


def inviter_not_host(art: Article, cands: list[Candidate]) -> list[Candidate]:
    """The candidates, less the ones pairing a traveller with a leader the article names only as the one who
    invited him (every mention of him, and so every candidate of the pair, `invited_by`) when another
    candidate, held or under way (not planned), pairs the same traveller with another leader of that country
    by name, not by invitation, on a day near it: that one received him. Traced as invited_only."""
    out = []
    for c in cands:
        if c.host.start < 0 or c.visitor.start < 0 or not _only_inviting(art, pid(c.host)):
            out.append(c)
            continue
        who, pair = pid(c.host), frozenset((pid(c.visitor), pid(c.host)))
        if any(not invited_by(art, _side(o, who)) for o in cands
               if frozenset((pid(o.visitor), pid(o.host))) == pair):
            out.append(c)  # the pair is also told apart from the invitation: "وعقد أردوغان محادثات مع ميركل"
            continue
        met = [o for o in cands if pid(o.visitor) == pid(c.visitor) and o.host.start >= 0 and pid(o.host) != who
               and o.host.country == c.host.country and not o.planned and not invited_by(art, o.host)
               and _near(o.date, c.date)]
        if met:
            note("invited_only", c.sentence, c.hit)
        else:
            out.append(c)
    return out
