"""The order of the two sides of a meeting with no host (a third country's, a summit's sidelines): the order
the text names them in (`text_order`, moved unchanged from merge.py), but for a meeting noun with a possessive
pronoun, whose owner comes first: in "وفيما يتعلق بلقائه مع أمير دولة الكويت على هامش القمة، قال المالكي"
(as for his meeting with the Emir of Kuwait on the summit's sidelines, Maliki said) the meeting is Maliki's
with the Emir, though the sentence names the Emir first (`owner_first`); else the order of a meeting noun that names
the two after "بين" (between: "القمة بين ترامب وكيم", `between_order`), not a clause's that names them otherwise.
Read by merge._reported_row."""
from __future__ import annotations

from typing import Any

from tasks.extract.visits.article import Article, Candidate
from tasks.extract.visits.leaders import pid
from tasks.extract.visits.sides import between_sides
from tasks.extract.visits.triggers import trigger_spec
from ziyarat.arabic import WITH

OWNER_SUFFIXES = ("\u0647", "\u0647\u0627")  # -ه, -ها: his, her (not -هما, their: both own it)
OTHER_CHARS = 60  # from "مع" to the other side's name, past his title: "مع نظيره الروسي، فلاديمير بوتين"


def sides_order(art: Article, group: list[Candidate], visitor: Any, host: Any) -> tuple[Any, Any]:
    """(first, second): the owner first (owner_first) when the first meeting sentence tells the pair's meeting by a
    possessed noun, else the order a meeting noun names them in after "بين" (between_order), else the text's order
    (text_order)."""
    return owner_first(art, group, visitor, host) or between_order(art, visitor, host) \
        or text_order(art, meeting_first(group), visitor, host)


def between_order(art: Article, visitor: Any, host: Any) -> tuple[Any, Any] | None:
    """(first, second) as the article's first meeting noun that names the two as its sides after "بين" (between)
    gives them ("القمة التاريخية بين ترامب وكيم في سنغافورة", the historic summit between Trump and Kim): the
    meeting's own order, not the order some other clause names them in ("قبل كيم الدعوة التي وجهها له ترامب",
    Kim accepted the invitation Trump gave him); None when no such noun names the pair."""
    sides = {pid(visitor): visitor, pid(host): host}
    for i, hits in sorted(art.by_sent.items()):
        for h in hits:
            if h.group != "t:meet_noun" or art.in_quote(h.start) or (found := between_sides(art, i, h)) is None:
                continue
            if {pid(found[0]), pid(found[1])} == set(sides):
                return sides[pid(found[0])], sides[pid(found[1])]
    return None


def owner_first(art: Article, group: list[Candidate], visitor: Any, host: Any) -> tuple[Any, Any] | None:
    """(owner, other) when the pair's candidate in its first meeting sentence (meeting_first) is a meeting noun with
    a singular possessive pronoun and "مع" (with) right after it ("بلقائه مع", "قبيل قمته مع نظيره"), the first leader
    named after it within OTHER_CHARS one side: the other side owns the noun; None else. The owner is read off the
    text, not the candidate, whose sides may have been turned by a guess."""
    sents = meeting_first(group)
    sides = {pid(visitor): visitor, pid(host): host}
    for c in (c for c in group if sents and c.sentence == sents[0]):
        end = art.word_end(c.hit.end)
        if c.hit.group != "t:meet_noun" or c.hit.suffix not in OWNER_SUFFIXES \
                or art.folded_slice(end, end + OTHER_CHARS).split()[:1] != [WITH]:
            continue
        after = sorted((m for m in art.leaders.get(c.sentence, []) if end <= m.start <= end + OTHER_CHARS),
                       key=lambda m: m.start)
        if after and pid(after[0]) in sides:
            other = sides.pop(pid(after[0]))
            return next(iter(sides.values())), other
    return None


def text_order(art: Article, sents: list[int], a: Any, b: Any) -> tuple[Any, Any]:
    """The two leaders in the order the text names them, in the first sentence that
    names both (a meeting in a third country has no host: Trump and Kim stay in the
    order "التقى ترامب وكيم" gives); `sents` in the order to try them (meeting_first)."""
    for i in sents:
        first = {}
        for m in sorted(art.leaders.get(i, []), key=lambda m: m.start):
            first.setdefault(pid(m), m.start)
        if pid(a) in first and pid(b) in first:
            return (a, b) if first[pid(a)] <= first[pid(b)] else (b, a)
    return a, b


def meeting_first(group: list[Candidate]) -> list[int]:
    """The group's sentences, those whose trigger is a meeting word ("ويلتقي ترمب وميركل على هامش القمة")
    first: an arrival at the summit may name the other leader apart from any meeting ("وقالت ميركل عند
    وصولها إلى القمة ... بدون الإشارة إلى ترمب", without referring to Trump), not the text's order of the two."""
    meet = sorted({c.sentence for c in group if c.hit.group.startswith("t:")
                   and trigger_spec(c.hit.group)["role"] == "meet"})
    return meet + sorted({c.sentence for c in group} - set(meet))
