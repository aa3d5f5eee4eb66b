"""Multilateral meetings: a meeting noun that is no meeting of the two leaders named around it
(an organisation's or a council's session, a summit of three or more sides by its adjective,
its plural of heads or counterparts, the leaders it gathers or has "beside him", or three or more leaders listed as its
subject; two leaders joined by "و" meeting a third, or talks a third hosts between two: three_sided;
a summit one attends) and
"قمة" as the peak of something. Moved out of vetoes.py, which candidates.py reads them beside."""
from __future__ import annotations

import re
from typing import Any

from tasks.extract.visits.announced import holding_governed
from tasks.extract.visits.article import Article
from tasks.extract.visits.during import fronted_comma
from tasks.extract.visits.leaders import coordinated, is_leader, pid
from tasks.extract.visits.meetings import with_object
from tasks.extract.visits.sides import of_three
from tasks.extract.visits.triggers import definite, trigger_spec
from tasks.extract.visits.vetoes import trigger_between
from ziyarat.arabic import CONJUNCTIONS, WA, fold_term
from ziyarat.lexicon import grammar_words, trigger_words
from ziyarat.matching import Hit


def peak_of(art: Article, h: Hit) -> bool:
    """"قمة" as the peak of something, not a summit: "علاقات البلدين في قمة الحميمية" (the
    relations are at the peak of warmth), "على قمة الجبل" (on the mountain top): its genitive
    is one of the peak_genitives."""
    if fold_term(h.term) not in trigger_words("summit_nouns") or h.suffix or definite(h):
        return False
    end, i = art.word_end(h.end), art.sent_of(h.start)
    nxt = art.folded_slice(end, min(art.sentences[i][1], end + 30)).split()[:1]
    return bool(nxt) and nxt[0].strip("،,.") in trigger_words("peak_genitives")


PLURAL_HEADS_CHARS = 80  # from a summit noun to the "رؤساء" (presidents) of its many sides


def body_summit(art: Article, h: Hit) -> bool:
    """A meeting noun whose genitive is an organisation ("قمة مجموعة السبع", the G7
    summit; "اجتماعات حلف الناتو", NATO meetings) or whose adjective says it is
    multilateral ("القمة الثلاثية", the trilateral summit), or a summit near a plural of
    heads ("رؤساء", "زعماء": presidents, leaders of three or more countries), or one of states
    ("قمة بين دول", a summit between the states of): not a meeting of the two leaders named
    around it; nor is a council's or a cabinet's session ("اجتماع مجلس الوزراء", the cabinet meeting),
    nor talks called high-level with no side after them (`high_level`)."""
    if trigger_spec(h.group)["role"] != "meet":
        return False
    end, i = art.word_end(h.end), art.sent_of(h.start)
    if listed_many(art, i, h) or heads_after_fronted(art, i, h):
        return True  # "عقد ماكرون وميركل وماي وكونتي ... اجتماعا" (the four held a meeting): no pair's
    nxt = [w.strip("،,.") for w in art.folded_slice(end, min(art.sentences[i][1], end + 30)).split()[:2]]
    if trigger_spec(h.group).get("beside") and nxt and (nxt[0] in trigger_words("gathered_heads")
                                                        or nxt[0] in trigger_words("plural_heads")):
        return True  # "وإلى جانبه قادة مجموعة السبع" (with the G7 leaders beside him): a group, no pair
    if high_level(art, i, h, end):
        return True  # "اتفقا على عقد مباحثات عالية المستوى" (agreed to hold high-level talks): their officials'
    if with_other_heads(art, i, h):
        return True  # "عقب اجتماعه مع ترامب وزعماء آخرين" (with Trump and other leaders): a group, no pair
    if trigger_spec(h.group).get("tense"):  # a verb and its meeting noun: "عقد لقاء ثلاثيا" (held a trilateral meeting)
        return len(h.term.split()) > 1 and _adjective_many(art, i, end)
    if nxt and nxt[0] in trigger_words("bilateral_after"):
        return False  # "لقاءات ثنائية مع نظرائه" (bilateral meetings with his counterparts): each a pair's
    bodies = trigger_words("body_meeting_genitives")
    # the genitive or its li- form: "اجتماع للقيادة الفلسطينية" (a meeting of the Palestinian leadership)
    of = [(w[2:] and "ال" + w[2:]) if w.startswith("لل") else w for w in nxt]
    if not h.suffix and nxt and (nxt[0] in bodies or " ".join(nxt) in bodies or of[0] in bodies or " ".join(of) in bodies):
        return True  # "خلال اجتماع مجلس الوزراء" (during the cabinet meeting)
    states = trigger_words("state_groups")
    if not h.suffix and nxt and (nxt[0] in states or nxt[0] == "بين" and nxt[1:] and nxt[1] in states):
        return True  # "قمة بين دول الاتحاد الأوروبي والبلقان" (between the EU states and the Balkans): many sides
    if fold_term(h.term) in trigger_words("summit_nouns") and _many(art, i, h.start - PLURAL_HEADS_CHARS,
                                                                  end + PLURAL_HEADS_CHARS):
        return True  # "قمة ... جمعت رؤساء إيران وروسيا وتركيا" (a summit that brought together the presidents of)
    before = [w.strip("،,") for w in art.words_before(art.word_start(h.start), 2)]
    if fold_term(h.term) in trigger_words("summit_nouns") and before[-1:] and before[-1] in trigger_words("level_words"):
        return True  # "على مستوى القمة" (at summit level): a session's level, no summit of anyone
    if fold_term(h.term) in trigger_words("summit_nouns") and not h.suffix and before[-1:] \
            and before[-1] in trigger_words("summit_chair_words"):
        return True  # "رئيس السنغال رئيس القمة" (the summit's chair), "تسلم رئاسة القمة": an office, no meeting
    attend = trigger_words("attend_words")
    # "للمشاركة في القمة" (to take part in the summit), "وحضر القمة" (and attended the summit): its
    # participants met nobody by it
    last = before[-1] if before else ""
    if fold_term(h.term) in trigger_words("summit_nouns") and (" ".join(before) in attend or last in attend
                                                                 or (last[:1] in CONJUNCTIONS and last[1:] in attend)):
        return True
    if fold_term(h.term) in trigger_words("summit_nouns") and of_three(art, i, h):
        return True  # "يستقبل أردوغان نظيريه بوتين وروحاني لعقد قمة" (to hold a summit): the three's
    first = next((m.start for m in art.distinct_leaders(i) if m.start >= end), None)
    if first is not None and first - end <= PLURAL_HEADS_CHARS and _many(art, i, end, first):
        return True  # "اجتماعا تزامنا مع اتفاق رؤساء إيران حسن روحاني وروسيا ..." (the presidents of): many sides
    if _gathers_many(art, i, end):
        return True  # "اجتماع جرى أمس جمع الرئيس مع نظيريه الإيراني والتركي" (with his two counterparts)
    return any(0 <= m.start - end <= 2 for m in art.orgs) or _adjective_many(art, i, end)


def high_level(art: Article, i: int, h: Hit, end: int) -> bool:
    """Talks called high-level (triggers.yaml officials_level_after: "مباحثات عالية المستوى", ending at `end`)
    whose holding is agreed on, announced or decided (announced.holding_governed), no "مع" (with) or "بين"
    (between) naming their sides right after: "كيم ومون اتفقا على عقد مباحثات عالية المستوى" (agreed to hold
    high-level talks) are their officials' talks. Not "عقد مرسي وسينغ مباحثات رفيعة المستوى" (held them
    himself), nor "اتفقا على عقد مباحثات رفيعة المستوى مع ..." (their sides named)."""
    nxt = [w.strip("،,.") for w in art.folded_slice(end, min(art.sentences[i][1], end + 40)).split()[:3]]
    return " ".join(nxt[:2]) in trigger_words("officials_level_after") \
        and nxt[2:3] not in ([fold_term("مع")], [fold_term("بين")]) and holding_governed(art, h)


def with_other_heads(art: Article, i: int, h: Hit) -> bool:
    """A leader named after the meeting word h, within PLURAL_HEADS_CHARS in its clause (no other visit word,
    no punctuation, no clause break between), followed by "and other leaders" (`_others_tail`): "عقب اجتماعه مع
    ترامب وزعماء آخرين في مجموعة السبع" (after his meeting with Trump and other leaders in the G7) is a meeting
    of many sides, no meeting of the two. Not "مع ترامب وزعماء الدول الأعضاء" (and the member states' leaders:
    no "other")."""
    start = art.word_end(h.end)
    for m in art.near("leaders", i, start, start + PLURAL_HEADS_CHARS):
        between = art.folded_slice(start, m.start)
        if any(p in between for p in "،,.:؛") or trigger_between(art, i, start, m.start) \
                or art.near("c:clause_breaks", i, start, m.start):
            return False
        if _others_tail(art.folded_slice(m.end, min(art.sentences[i][1], m.end + 40)).split()):
            return True
    return False


def _others_tail(words: list[str]) -> bool:
    """The words after a leader's name say "and other leaders": "و" + a plural of heads (plural_heads or
    gathered_heads, "ال" or not: "وزعماء", "والقادة"), one of others_heads_genitives or not ("دول", of states),
    then one of others_after ("آخرين", other): "وزعماء آخرين", "وقادة دول أخرى", "والزعماء الآخرين"."""
    words = [w.strip("،,.") for w in words]
    words = [w for w in words if w][:4]
    heads = trigger_words("plural_heads") | trigger_words("gathered_heads")
    if not words or not any(words[0] == WA + al + head for al in ("", "ال") for head in heads):
        return False
    rest = words[1:]
    if rest and rest[0] in trigger_words("others_heads_genitives"):
        rest = rest[1:]
    return bool(rest) and rest[0] in trigger_words("others_after")


def _gathers_many(art: Article, i: int, end: int) -> bool:
    """A meeting noun that brings together a plural of counterparts ("مع نظيريه", with his two
    counterparts: after a meeting_links word) or of heads ("ضم قادة", included the leaders of: after
    a gather_links word) named within PLURAL_HEADS_CHARS after it, in its clause: three or more sides."""
    hi = end + PLURAL_HEADS_CHARS
    for group, links in (("c:counterparts_many", "meeting_links"), ("c:plural_heads", "gather_links"),
                         ("c:gathered_heads", "gather_links")):
        plural = next(iter(art.near(group, i, end, hi)), None)
        if plural is None or trigger_between(art, i, end, plural.start) \
                or art.near("c:clause_breaks", i, end, plural.start):
            continue  # "... قبل أن يلتقي نظيريه" (before meeting his two counterparts): another meeting
        words = [w.strip("،,") for w in art.folded_slice(end, plural.start).split()]
        if any(w in trigger_words(links) or (w[:1] in CONJUNCTIONS and w[1:] in trigger_words(links)) for w in words):
            return True
    return False


def _many(art: Article, i: int, lo: int, hi: int) -> bool:
    """A plural of heads ("رؤساء", presidents) or of counterparts ("نظيريه") in [lo, hi] of sentence i."""
    return bool(art.near("c:plural_heads", i, lo, hi) or art.near("c:counterparts_many", i, lo, hi))


def _adjective_many(art: Article, i: int, end: int) -> bool:
    """A multilateral or numbered adjective right after a meeting noun ending at end: "القمة
    الإقليمية" (the regional summit), "اجتماعا رباعيا" (a quadrilateral meeting)."""
    return any(0 <= c.start - end <= 2 for g in ("c:multilateral_after", "c:sided_after") for c in art.cues(i, g))


LISTED_GAP_CHARS = 40  # from one listed leader to the next: "والمستشارة الألمانية " (and the German chancellor)
LISTED_TO_TRIGGER_CHARS = 60  # from the list, its subject, to the meeting word in its clause
LISTED_AFTER_WORDS = 2  # words from a meeting verb to the first of the leaders it lists


def listed_many(art: Article, i: int, h: Hit) -> bool:
    """A meeting word whose subject is a list of leaders of three or more countries joined by "و"
    (and), with only their titles between: before it in its clause ("عقد ماكرون وميركل وماي
    وكونتي قبيل بدء القمة اجتماعا", the four held a meeting) or right after its verb ("التقى ماكرون
    وميركل وماي", met): the gathering of many sides, no meeting of two of them."""
    for chain, lo, hi in _listed_chains(art, i):
        if len({m.country for m in chain}) < 3:
            continue
        between = art.text[hi:h.start]
        if hi <= h.start and h.start - hi <= LISTED_TO_TRIGGER_CHARS and not any(p in between for p in ".:؛") \
                and (not any(p in between for p in "،,") or _held_by(art, lo)):
            return True
        gap = art.folded_slice(h.end, lo)
        if lo >= h.end and len(gap.split()) <= LISTED_AFTER_WORDS and not any(p in gap for p in "،,.:؛") \
                and trigger_spec(h.group).get("tense"):
            return True
    return False


FRONTED_SUBJECT_WORDS = 5  # from the fronted clause's comma to the main clause's plural subject: "ليلة الخميس، أصدر قادة"


def heads_after_fronted(art: Article, i: int, h: Hit) -> bool:
    """A meeting noun with no owner of its own in a fronted time clause whose main clause's subject is a
    plural of heads, no person named before it: "وبعد اللقاء مع ماي، ليلة الخميس، أصدر قادة الاتحاد
    الأوروبي بيانا" (after the meeting with May, on Thursday night, the EU leaders issued a statement):
    the meeting is theirs, many sides, not the article's speaker's."""
    if trigger_spec(h.group).get("tense") or h.suffix:
        return False
    comma = fronted_comma(art, h)
    if comma is None or h.start > comma:
        return False
    heads = trigger_words("gathered_heads") | trigger_words("plural_heads")
    hi = art.sentences[i][1]
    words = [(w.group(), comma + 1 + w.start()) for w in re.finditer(r"\S+", art.text[comma + 1:hi])][:FRONTED_SUBJECT_WORDS]
    at = next((pos for w, pos in words if fold_term(w.strip("،,")) in heads), None)
    return at is not None and not any(comma < m.start < at for m in art.persons.get(i, []))


def _held_by(art: Article, lo: int) -> bool:
    """The list starting at lo is the subject of "عقد" (held) right before it: "وعقد ماكرون وميركل
    وماي، قبيل القمة، اجتماعا" (held, before the summit, a meeting): a comma may set off what stands between."""
    holding = grammar_words("holding_nouns")
    before = [w.strip("،,") for w in art.words_before(art.word_start(lo), 2)]
    return any(w in holding or (w[:1] in CONJUNCTIONS and w[1:] in holding) for w in before)


def _listed_chains(art: Article, i: int) -> list[tuple[list, int, int]]:
    """The runs of leaders in sentence i each joined to the one before by a "و" (and) word opening
    the gap, no comma and no other person between (a title and its name, one person, stay one),
    with the run's start and end."""
    chains: list[tuple[list, int, int]] = []
    for m in sorted(art.persons.get(i, []), key=lambda m: m.start):
        last = chains[-1][0][-1] if chains else None
        if last is not None and is_leader(m) and is_leader(last) and pid(m) == pid(last):
            chains[-1] = (chains[-1][0], chains[-1][1], max(chains[-1][2], m.end))
            continue
        gap = art.folded_slice(chains[-1][2], m.start).split() if chains else []
        if last is not None and is_leader(m) and is_leader(last) and gap and gap[0][:1] == "\u0648" \
                and m.start - chains[-1][2] <= LISTED_GAP_CHARS and not any(p in " ".join(gap) for p in "،,.:؛"):
            chains[-1] = (chains[-1][0] + [m], chains[-1][1], m.end)
        else:
            chains.append(([m], m.start, m.end))
    return [c for c in chains if all(is_leader(m) for m in c[0])]


HOSTED_TALKS_WORDS = 8  # from a verb of hosting to the talks it hosts: its subject, a day ("يستضيف رئيس الوزراء X الاثنين محادثات")


def three_sided(art: Article, i: int, h: Hit) -> bool:
    """The meeting word h has two leaders joined by "و" (and) on one side and a leader of a third
    country on the other (three_sides), or it is a host's and the talks he hosts between two others:
    "يستضيف كاميرون محادثات بين كرزاي وزرداري" (Cameron hosts talks between Karzai and Zardari): the
    hosted talks are each guest's visit to the host, which small_summit.hosted_sides gives before this
    veto. A trilateral summit (GUIDE: summit), no pair's; small_summit.summit_sides gives each guest
    with the lone side when the talks are in his country."""
    return three_sides(art, i, h) is not None or _hosted_talks(art, i, h, art.distinct_leaders(i))


def three_sides(art: Article, i: int, h: Hit) -> tuple[Any, list[Any]] | None:
    """(the lone side, the two others) of a meeting word h with two leaders joined by "و" (and) on
    one side and a leader of a third country on the other, its "مع" (with): "يعقد كرزاي ونظيره
    زرداري محادثات مع كاميرون" (Karzai and his counterpart Zardari hold talks with Cameron), "في مؤتمر
    صحفي مشترك مع زرداري وكرزاي" (at a joint press conference with Zardari and Karzai), or None.
    Not "التقى X مع A وB" (met with A and B, with_coobjects): talks with each of two guests may be two
    bilateral ones; a press conference is one."""
    leaders = art.distinct_leaders(i)
    if len({m.country for m in leaders}) < 3:
        return None
    before = [m for m in leaders if m.end <= h.start]
    after = [m for m in leaders if m.start >= h.end]
    three = lambda a, b, c: len({a.country, b.country, c.country}) == 3
    if trigger_spec(h.group)["role"] == "meet" and after and with_object(art, h, after[0], lone=True):
        # ... not a noun with a genitive of its own: in "قيم كيم وشي لقاء كيم مع ترامب" (Kim and Xi
        # assessed Kim's meeting with Trump) the two are another verb's subject
        if len(before) >= 2 and (trigger_spec(h.group).get("tense") or art.genitive_leader(i, h) is None) and coordinated(art, before[-2], before[-1]) and three(before[-2], before[-1], after[0]):
            return after[0], before[-2:]  # "كرزاي ونظيره زرداري ... مع كاميرون"
        if h.group == "t:press_conference" and before and len(after) >= 2 and coordinated(art, after[0], after[1]) \
                and three(before[-1], after[0], after[1]):
            return before[-1], after[:2]  # "قال كاميرون في مؤتمر صحفي مشترك مع زرداري وكرزاي"
    return None


def _hosted_talks(art: Article, i: int, h: Hit, leaders: list) -> bool:
    """h is a verb of hosting or receiving whose object is a meeting noun naming its two sides after
    "بين" (between), its subject a leader of a third country, or that meeting noun itself."""
    triggers = sorted(art.near("triggers", i, *art.sentences[i]), key=lambda t: t.start)
    for t, n in zip(triggers, triggers[1:]):
        if trigger_spec(t.group)["role"] != "receive" or not trigger_spec(t.group).get("tense") \
                or n.group != "t:meet_noun" or h not in (t, n):
            continue
        if len(art.folded_slice(t.end, n.start).split()) > HOSTED_TALKS_WORDS:
            continue
        host = [m for m in leaders if t.end <= m.start < n.start] or [m for m in leaders if m.end <= t.start][-1:]
        nxt = art.folded_slice(art.word_end(n.end), art.sentences[i][1]).split()[:1]
        sides = [m for m in leaders if m.start >= n.end]
        if len(host) == 1 and nxt == ["بين"] and len(sides) >= 2 and coordinated(art, sides[0], sides[1]) \
                and len({host[0].country, sides[0].country, sides[1].country}) == 3:
            return True
    return False
