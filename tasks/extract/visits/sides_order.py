"""The order of the two sides of a meeting with no host (a third country's, a summit's sidelines): the order
the text names them in (`text_order`, moved unchanged from merge.py), but for a meeting noun with a possessive
pronoun, whose owner comes first: in "وفيما يتعلق بلقائه مع أمير دولة الكويت على هامش القمة، قال المالكي"
(as for his meeting with the Emir of Kuwait on the summit's sidelines, Maliki said) the meeting is Maliki's
with the Emir, though the sentence names the Emir first (`owner_first`). Read by merge._reported_row."""
from __future__ import annotations

from typing import Any

from tasks.extract.visits.article import Article, Candidate
from tasks.extract.visits.leaders import pid
from tasks.extract.visits.triggers import trigger_spec

OWNER_SUFFIXES = ("\u0647", "\u0647\u0627")  # -ه, -ها: his, her (not -هما, their: both own it)


def sides_order(art: Article, group: list[Candidate], visitor: Any, host: Any) -> tuple[Any, Any]:
    """(first, second): the owner first (owner_first) when the first meeting sentence tells the pair's meeting by a
    possessed noun, else the text's order (text_order)."""
    return owner_first(group, visitor, host) or text_order(art, meeting_first(group), visitor, host)


def owner_first(group: list[Candidate], visitor: Any, host: Any) -> tuple[Any, Any] | None:
    """(owner, other) when the pair's candidate in its first meeting sentence (meeting_first) is a meeting noun with
    a singular possessive pronoun ("لقائه مع", his meeting with) of one side, the other named after it: the
    candidate's visitor is the pronoun's owner; None else."""
    sents = meeting_first(group)
    first = [c for c in group if sents and c.sentence == sents[0]]
    for c in first:
        if c.hit.group == "t:meet_noun" and c.hit.suffix in OWNER_SUFFIXES and c.host.start > c.hit.start:
            return (visitor, host) if pid(visitor) == pid(c.visitor) else (host, visitor)
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
