"""Invitations: who invites and who is invited when an invitation precedes a visit word in its sentence
("وجه السيسي الدعوة لخادم الحرمين للقيام بزيارة", Sisi invited the King to visit); visits.candidates reads it
to give the visit its sides and to plan it. Moved out of owners.py, which reads a visit word's owner."""
from __future__ import annotations

from typing import Any

from tasks.extract.visits.article import Article
from tasks.extract.visits.framed import frame_words
from tasks.extract.visits.timing import under_way
from tasks.extract.visits.triggers import trigger_spec
from ziyarat.arabic import CONJUNCTIONS, fold_term
from ziyarat.lexicon import triggers_lexicon
from ziyarat.matching import Hit

FROM = "\u0645\u0646"  # من (from)
INVITATION_FROM_WORDS = 2  # "دعوة من", "دعوة رسمية من" (an official invitation from)


def invitation(art: Article, i: int, h: Hit) -> tuple[Any, Any] | None:
    """(inviter, invitee) when an invitation precedes the visit word in its sentence
    ("وجه السيسي الدعوة لخادم الحرمين للقيام بزيارة"); None otherwise, or when the
    visit answers it ("تلبية لدعوة", which is the visit itself), or when "خلال" (during), "عقب" (after) or
    "في ختام" (at the end of) makes the visit word the frame of the call (framed.frame_words): in "ودعا مرسي
    خلال لقائه مع ميركل إلى دعم الاقتصاد" (Morsi called, during his meeting with Merkel, for support) دعا is a
    call, made at the meeting; "دعا ... على إثر لقائه مع" (called, following his meeting with) one made after it.
    Nor a meeting a leader holds (triggers.yaml `invites_attendees`): "تلقى الحزب دعوة لحضور اللقاء الذي يعقده X"
    (the party was invited to the meeting X holds) invites those who attend it, not him. Nor a visit its own
    clause tells as going on now (timing.under_way): in "تلقى شيخ الأزهر الدعوة لزيارة إندونيسيا من الرئيس
    الإندونيسي الذي يزور مصر حاليا" (received the invitation to visit Indonesia from the Indonesian president,
    who is visiting Egypt now) the invitation is the first visit word's, and the visit under way no plan."""
    if art.cues(i, "c:invitation_answered") or frame_words(art, h) or trigger_spec(h.group).get("invites_attendees"):
        return None
    accepted = [c for c in art.cues(i, "c:invitation_accepted") if c.end <= h.start and h.start - c.end <= 60]
    cues = [c for c in art.cues(i, "c:invitation") if c.end <= h.start and h.start - c.end <= 120
            and not any(o.start <= c.start < o.end for o in art.orgs)]  # "الدعوة السلفية" (the Salafist Call) invites no one
    if not (accepted or cues) or under_way(art, h):  # under_way only past a cue: it reads the clause's words
        return None
    leaders = art.distinct_leaders(i)
    if accepted:
        c = accepted[-1]
        before = [m for m in leaders if m.end <= c.start and c.start - m.end <= 60]
        return None, (before[-1] if before else None)
    c = cues[-1]
    before = [m for m in leaders if m.end <= c.start and c.start - m.end <= 80]
    between = [m for m in leaders if c.end <= m.start < h.start]
    after = [m for m in leaders if m.start >= h.end and m.start - h.end <= 60]
    accept = {fold_term(p.split()[0]) for p in triggers_lexicon().get("invitation_accepted", [])}
    if before and any(w.lstrip(CONJUNCTIONS) in accept for w in art.words_before(before[-1].start, 1)):
        return None, before[-1]  # "قبل أردوغان دعوة لزيارة القاهرة" (accepted an invitation)
    if between and FROM in art.folded_slice(c.end, between[0].start).split()[:INVITATION_FROM_WORDS]:
        # "تلقى أردوغان دعوة رسمية من بوتين لزيارة موسكو" (received an official invitation from Putin):
        # the leader after "من" (from) invites, the one who received it, named before, is invited
        return between[0], (before[-1] if before else (between[1] if len(between) > 1 else None))
    if not before and len(between) >= 2:
        return between[0], between[1]  # verb first: "دعا السيسي خادم الحرمين لزيارة مصر"
    inviter = before[-1] if before else None
    invitee = between[0] if between else (after[0] if after else None)
    if inviter is not None and art.folded_slice(c.end, min(len(art.text), c.end + 8)).split()[:1] in (["اياه"], ["اياها"]):
        # "داعيا إياه إلى زيارة تونس" (inviting him to visit Tunisia): "إياه" (him) is the one named before
        return None, inviter
    if c.suffix and inviter is not None and invitee is None:
        # "دعوته لزيارة" (his invitation to visit): the one named before was invited
        return None, inviter
    return inviter, invitee
