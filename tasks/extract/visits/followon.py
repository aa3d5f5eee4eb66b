"""Follow-on meetings: a second reception or meeting told with "كما" (as well) or "ثم"
(then) and no subject of its own, and the guests listed one after another.

"استقبل الرئيس مرسي البشير، كما استقبل الرئيس التونسي" (President Morsi received
al-Bashir, and received as well the Tunisian president): Morsi, the subject carried over,
receives the Tunisian president; al-Bashir, named last before "كما", received nobody.
"استقبل مرسي الرئيس التركي، ورئيس جيبوتي" (received the Turkish president and the
president of Djibouti): both are guests, whatever their countries.
"""
from __future__ import annotations

import re
from typing import Any

from tasks.extract.visits.article import Article
from tasks.extract.visits.leaders import pid
from tasks.extract.visits.reach import Reach
from tasks.extract.visits.triggers import trigger_spec
from ziyarat.lexicon import grammar_words
from ziyarat.matching import Hit

OPENER_WORDS = 3  # words from the opener to the trigger: "كما أجرى مباحثات منفصلة مع"
SUBJECT_GAP_CHARS = 40  # between a verb's subject and its object: "كما استقبل مرسي، مساء اليوم، الرئيس"
CO_LISTED_CHARS = 25  # between two items of one list: "الرئيس الصومالي شيخ حسن محمود، والجيبوتي"
OBJECT_CUE_CHARS = 25  # from a leader to a non-leader object after him: "كما التقى الرئيس اللبناني السفير"
PRIOR_CHARS = 600  # how far back a sentence-opening "كما" looks (names broken over lines split sentences)
SUBJECT_AFTER_VERB_CHARS = 12  # from a clause's first meeting verb to its subject: "استقبل الرئيس"


def follow_on_at(art: Article, i: int, h: Hit) -> int | None:
    """Where the opener of h's clause ends, when h is a follow-on meeting word: "كما" or
    "ثم" among the few words before it, with no person named between; "واستقبل أيضا"
    (and received also) opens one too. None otherwise."""
    lo = art.word_start(h.start)
    words = list(re.finditer(r"\S+", art.text[max(art.sentences[i][0], lo - 60):lo]))[-OPENER_WORDS:]
    base = max(art.sentences[i][0], lo - 60)
    openers = grammar_words("follow_on_openers")
    at = next((base + w.end() for w in reversed(words) if art.folded_slice(base + w.start(), base + w.end())
               .strip("،,.") in openers), None)
    if at is None and "و" in h.prefix and trigger_spec(h.group).get("tense"):
        nxt = art.folded_slice(art.word_end(h.end), art.word_end(h.end) + 8).split()[:1]
        at = lo if nxt and nxt[0].strip("،,") in grammar_words("also_words") else None
    if at is None or any(at <= m.start < h.start for m in art.persons.get(i, [])):
        return None
    return at


def carried_leader(art: Article, i: int, at: int) -> Any | None:
    """The subject a follow-on clause takes over: the first person of its sentence, named
    before the opener; for a sentence that opens with it, the first person of the nearest
    sentence before that has a meeting word. Only a leader who is that clause's subject
    will do: named before its first meeting word or right after it ("أجرى الرئيس مرسي ...
    مباحثات", "استقبل الرئيس مرسي ..."), not its object ("والتقى خلال زيارته الرئيس X")."""
    lead = grammar_words("follow_on_lead")
    if any(w not in lead for w in art.folded_slice(art.sentences[i][0], at).split()[:-1]):
        j, hi = i, at
    else:
        lo = art.sentences[i][0] - PRIOR_CHARS
        j = next((j for j in range(i - 1, -1, -1) if art.sentences[j][0] >= lo and art.persons.get(j)
                  and any(t.group.startswith("t:") for t in art.by_sent.get(j, ()))), None)
        if j is None:
            return None
        hi = art.sentences[j][1]
    people = sorted((m for m in art.persons.get(j, []) if m.end <= hi and not art.in_quote(m.start)),
                    key=lambda m: m.start)
    first = people[0] if people else None
    if first is None or first not in art.leaders.get(j, []):
        return None
    verb = next((t for t in art.by_sent.get(j, ()) if t.group.startswith("t:")), None)
    if verb is None or first.end <= verb.start or first.start - verb.end <= SUBJECT_AFTER_VERB_CHARS:
        return first
    return None


def follow_on_roles(art: Article, i: int, h: Hit, r: Reach) -> tuple[Any, Any, float] | None:
    """(visitor, host, directed) of a follow-on reception or meeting whose subject is carried
    over (see the module); None when h is not one, or names its own subject: "كما استقبل
    مرسي، الرئيس الموريتاني" (Morsi, then a comma and his guest), "كما التقى الرئيس اللبناني
    السفير القطري" (the Lebanese president met the Qatari ambassador)."""
    role = trigger_spec(h.group)["role"]
    if role not in ("receive", "meet") or h.suffix or not r.after:
        return None
    if role == "receive" and _list_head_between(art, h.end, r.after[0].start):
        # "ستستقبل، الثلاثاء، كل من A، وB" (will receive on Tuesday each of A and B): all are
        # guests; the host is the leader right before the verb, else unnamed (no pair of guests)
        host = r.before[-1] if r.before and h.start - r.before[-1].end <= SUBJECT_GAP_CHARS else None
        return (r.after[0], host, 2.0) if host is not None else (None, None, 0.0)
    at = follow_on_at(art, i, h)
    if at is None:
        return None
    first = r.after[0]
    subject = carried_leader(art, i, at)
    nxt = next((m for m in r.after[1:] if pid(m) != pid(first)), None)
    if subject is None and role == "receive" and nxt is not None and nxt.start - first.end <= CO_LISTED_CHARS \
            and list_joint(art, first.end, nxt.start + 1):
        return None, None, 0.0  # "كما استقبل أيضا X، وY" with the receiver untold: guests, no host among them
    if subject is None or pid(subject) == pid(first) or subject.country == first.country:
        return None
    if nxt is not None and nxt.start - first.end <= SUBJECT_GAP_CHARS and not list_joint(art, first.end, nxt.start + 1):
        return None  # a subject and his object, both named
    if any(0 <= c.start - first.end <= OBJECT_CUE_CHARS and not any(m.start <= c.start < m.end for m in r.leaders)
           for g in ("c:nonleader_slot", "c:official_nouns") for c in art.cues(i, g)):
        return None  # the leader is the subject of an official's meeting
    return (first, subject, 2.0) if role == "receive" else (subject, first, 0.0)


def listed_guests(art: Article, h: Hit, subject: Any, side: Any) -> bool:
    """The leaders listed after the later side of a reception or of a meeting verb whose
    subject is named before that side are further guests, of any country: "استقبل مرسي
    الرئيس التركي ...، ورئيس جيبوتي ..." (received the Turkish president and the president
    of Djibouti), "التقى مرسي البشير والمرزوقي" (met al-Bashir and al-Marzouki)."""
    spec = trigger_spec(h.group)
    if side.start < h.end or subject.start > side.start:
        return False
    if subject.start >= h.end and side.start - subject.end <= CO_LISTED_CHARS and list_joint(art, subject.end, side.start + 1):
        return False  # "استقبل أيضا الرئيس الصومالي ...، والجيبوتي ..." lists guests: the first is no host
    return spec["role"] == "receive" or (spec["role"] == "meet" and (
        bool(spec.get("tense")) or "مع" in art.folded_slice(h.end, side.start).split()))


def _list_head_between(art: Article, lo: int, hi: int) -> bool:
    """"كل من" / "كلا من" (each of) opens a list between lo and hi."""
    words = art.folded_slice(lo, hi).split()
    return any(" ".join(words[k:k + 2]) in grammar_words("list_heads") for k in range(len(words) - 1))


COMMA_ITEM_WORDS = 3  # words between a bare comma and the next listed name ("، الرئيس اللبناني ميشال")


def list_joint(art: Article, lo: int, hi: int, comma: bool = False) -> bool:
    """The text from lo to hi (the next item's first letter included) joins two listed
    items: "و" (and) starting a word, or standing alone ("و الرئيس", a slip), or a connector
    such as "بالإضافة إلى" (in addition to); with comma (a list already joined by "و"), also a
    bare comma before at most a country or a title: "وفلسطين محمود عباس، لبنان ميشال سليمان"
    (and Palestine Mahmoud Abbas, Lebanon Michel Suleiman), the "و" left out."""
    gap = art.folded_slice(lo, hi)
    if re.search(r"(^|\s)و", gap) or any(c in gap for c in grammar_words("list_connectors")):
        return True
    return comma and gap.lstrip().startswith(("\u060c", ",")) and len(gap.split()) <= COMMA_ITEM_WORDS + 1
