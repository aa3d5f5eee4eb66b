"""A meeting word's own partner slot, and leaders another trigger of the sentence has already paired.

When a sentence names several leaders, the nearest one is not always a meeting's side: in "ويلتقي كازنوف رئيس
الجمهورية السبسي، كما يجري سلسلة من اللقاءات مع رئيس البرلمان ورئيس الحكومة الشاهد" (Cazeneuve meets the president
Essebsi, and holds meetings with the speaker and the head of government Chahed) the meetings' partner is the one
their "مع" (with) list names, Chahed, not Essebsi, the object of the clause before. Read by meetings.meet_roles and
candidates._other_side_in_sentence.
"""
from __future__ import annotations

import re
from typing import Any, Callable

from tasks.extract.visits.article import Article
from tasks.extract.visits.leaders import is_leader, pid
from tasks.extract.visits.reach import trigger_between
from ziyarat.arabic import AL, BI, WA, WITH, fold_term
from ziyarat.lexicon import grammar_words
from ziyarat.matching import Hit


SLOT_OPEN_CHARS = 30  # from the meeting word's end to the "مع" opening its slot: "مباحثات رسمية اليوم مع"
SLOT_OPEN_WORDS = 2  # words between them: an adjective, a day
SLOT_CHARS = 90  # from the slot's opening to a listed leader: two or three titled items joined by "و"
GOAL_CHARS = 6  # from the other traveller's name to his trip's goal: "بوتين إلى أنقرة"
FIRST_ITEM_WORDS = 4  # from "مع" to the first leader's name: his title ("المستشارة الألمانية")
STOPS = "،,.:؛()\"«»"


def slot_opening(art: Article, h: Hit) -> int | None:
    """Where the partner slot of meeting word h opens: the "مع" (with) that follows it (past a word or
    two, "اللقاءات مع", "مباحثات رسمية مع") or its bi- ("اجتمع بالرئيس", met with the president); None."""
    lo = art.word_end(h.end)
    tail = art.text[lo:lo + SLOT_OPEN_CHARS + 4]
    for k, w in enumerate(re.finditer(r"\S+", tail)):
        word = fold_term(w.group())
        if any(ch in w.group() for ch in STOPS) and word.strip(STOPS) not in (WITH, WA + WITH):
            return None
        if word in (WITH, WA + WITH):
            return lo + w.end()
        if k == 0 and word[:1] == BI and (word[1:3] == AL and len(word) > 4 or word[1:] in grammar_words("masculine_titles")):
            return lo + w.start()  # "بالرئيس", "برئيس": the slot opens on the word itself
        if w.end() > SLOT_OPEN_CHARS or k + 1 > SLOT_OPEN_WORDS or word[:1] == BI:
            return None  # not past another object: "لقائه زوجة السجين بإثارة الموضوع مع أردوغان" (the matter with)
    return None


def slot_leaders(art: Article, i: int, h: Hit) -> list[Any]:
    """The leaders the meeting word h names in its own partner slot, in text order: the items of the list
    "مع" or bi- opens, joined by "و" (and), with no punctuation, clause break or other trigger between:
    "مع رئيس البرلمان ورئيس الحكومة يوسف الشاهد" (with the speaker and the head of government Chahed)
    gives Chahed though a title with no name comes first. Empty when h opens no slot."""
    at = slot_opening(art, h)
    if at is None:
        return []
    out = []
    for m in sorted((m for m in art.leaders.get(i, []) if m.start >= at), key=lambda m: m.start):
        gap = art.text[at:m.start]
        if m.start - at > SLOT_CHARS or any(ch in gap for ch in STOPS) or trigger_between(art, i, h, m) \
                or any(at <= c.start < m.start for c in art.cues(i, "c:clause_breaks")):
            break
        words = art.folded_slice(at, m.start).split()
        joined = any(w[:1] == WA and len(w) > 2 for w in words)
        if not (joined or not out and len(words) <= FIRST_ITEM_WORDS) or set(words) & grammar_words("talk_object_words"):
            break  # the first item's title, or an item joined by "و" ("مع رئيس البرلمان ورئيس الحكومة"), not a topic
        out.append(m)
        at = m.end
    return [m for m in out if is_leader(m)]


def slot_first(art: Article, i: int, h: Hit) -> Callable[[Any], tuple[bool, int]]:
    """The sort key of the leaders that could be h's other side: those its own slot lists first, then by nearness."""
    slot = {pid(m) for m in slot_leaders(art, i, h)}
    return lambda m: (pid(m) not in slot, max(m.start - h.end, h.start - m.end, 0))


def claimed_elsewhere(art: Article, i: int, h: Hit, m: Any) -> bool:
    """m is another trigger's side: its object before h (partnered_before) or its genitive after h
    (owned_by_other_trigger)."""
    return partnered_before(art, i, h, m) or owned_by_other_trigger(art, i, h, m)


def slot_sides(art: Article, i: int, h: Hit, by_dist: list, first: Any, second: Any) -> tuple[Any, Any]:
    """The meeting's sides once its own partner slot is read: when the sides found by nearness leave out every
    leader the slot names, the slot's first leader is one side and the other is the nearest leader before h of
    another country that no other trigger of the sentence has paired (partnered_before); else (first, second)."""
    slot = slot_leaders(art, i, h)
    if not slot or any(x is not None and pid(x) == pid(m) for x in (first, second) for m in slot):
        return first, second
    partner = slot[0]
    subjects = [m for m in by_dist if m.end <= h.start and m.country and m.country != partner.country
                and pid(m) != pid(partner) and not partnered_before(art, i, h, m)]
    return (subjects[0], partner) if subjects else (first, second)


def partnered_before(art: Article, i: int, h: Hit, m: Any) -> bool:
    """m, named before the trigger h, is the object of another trigger t of the sentence that names its own
    subject: "استقبل أردوغان ... روحاني، كما أجرى مباحثات مع ..." (Erdogan received Rouhani, and held talks
    with ...), "عدم استقبال الرئيس أردوغان لرئيس السنغال، وذهابه ... لاستقبال ..." (Erdogan's not receiving
    the Senegalese president, and his going ... to receive ...): another leader of another country stands
    between t and m (verb, subject, object), with no other trigger between; m is then t's partner, not h's."""
    if m.end > h.start:
        return False
    for t in art.by_sent.get(i, ()):
        if not t.group.startswith("t:") or t is h or t.end > m.start or trigger_between(art, i, t, m):
            continue
        if any(t.end <= s.start and s.end <= m.start and s.country and s.country != m.country
               and not any(ch in art.text[s.end:m.start] for ch in ".؛") for s in art.leaders.get(i, [])):
            return True
    return False


def owned_by_other_trigger(art: Article, i: int, h: Hit, m: Any) -> bool:
    """m, named after the trigger h, is the traveller of another trip word between them that goes elsewhere at the
    same time: in "وتأتي زيارة روحاني تزامنا مع زيارة الرئيس الروسي بوتين" (Rouhani's visit coincides with the
    Russian president Putin's visit) Putin is another guest, not Rouhani's host. The trips are tied by a word of
    simultaneity (grammar.yaml simultaneous_trips) or the other names its goal, not the first traveller's country
    ("زيارة بوتين إلى أنقرة"); a trip returned ("ردا على زيارة الرئيس مرسي") leaves its traveller the host."""
    if m.start < h.end:
        return False
    for t in art.by_sent.get(i, ()):
        if not t.group.startswith("t:") or t is h or t.start < h.end or t.end > m.start \
                or not _starts_at(art.genitive_leader(i, t), m.start):
            continue
        words = {w.strip("،,") for w in art.folded_slice(h.end, t.start).split()}
        goal = next((p for p in art.places.get(i, []) if 0 <= p.start - art.word_end(m.end) <= GOAL_CHARS), None)
        traveller = art.genitive_leader(i, h)
        if words & grammar_words("simultaneous_trips") or goal is not None and goal.country \
                and (traveller is None or goal.country != traveller.country):
            return True
    return False


def _starts_at(owner: Any, start: int) -> bool:
    return owner is not None and owner.start == start
