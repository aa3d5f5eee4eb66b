"""Follow-on meetings: a second reception or meeting told with "كما" (as well) or "ثم"
(then) and no subject of its own, and the guests listed one after another.

"استقبل الرئيس مرسي البشير، كما استقبل الرئيس التونسي" (President Morsi received
al-Bashir, and received as well the Tunisian president): Morsi, the subject carried over,
receives the Tunisian president; al-Bashir, named last before "كما", received nobody.
"استقبل مرسي الرئيس التركي، ورئيس جيبوتي" (received the Turkish president and the
president of Djibouti): both are guests, whatever their countries.
A time clause carries the subject too, into a visit made and the meeting "خلالها" (during it):
"بدأ الرئيس X زيارته بإسرائيل ...، قبل أن يجري زيارة إلى رام الله التقى خلالها عباس" (X began his
trip in Israel, before making a visit to Ramallah during which he met Abbas): X's, not the leader
named last; and a subject told after "إن" (that) is that clause's, not the speaker's.
"""
from __future__ import annotations

import re
from typing import Any

from tasks.extract.visits.article import Article
from tasks.extract.visits.leaders import pid
from tasks.extract.visits.prospects import title_word
from tasks.extract.visits.reach import Reach
from tasks.extract.visits.roles import definite_reception_guest
from tasks.extract.visits.triggers import definite, trigger_spec
from ziyarat.arabic import BI, fold_term
from ziyarat.lexicon import grammar_words, trigger_words
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
    openers, clauses = grammar_words("follow_on_openers"), grammar_words("follow_on_time_clauses")
    folded = [art.folded_slice(base + w.start(), base + w.end()).strip("،,.") for w in words]
    at = next((base + words[k].end() for k in range(len(words) - 1, -1, -1) if folded[k] in openers
               or folded[k].removeprefix("و") in clauses
               or (k and f"{folded[k - 1].removeprefix('و')} {folded[k]}" in clauses)), None)
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
    lo = _told_clause(art, j, hi) if j == i else art.sentences[j][0]
    people = sorted((m for m in art.persons.get(j, []) if lo <= m.start and m.end <= hi
                     and not art.in_quote(m.start)), key=lambda m: m.start)
    first = people[0] if people else None
    if first is None or first not in art.leaders.get(j, []):
        return None
    if lo > art.sentences[j][0]:  # "إن X التقى ..." (that X met): X, right after the "that" past a title
        return first if len(art.folded_slice(lo, first.start).split()) <= TOLD_SUBJECT_WORDS else None
    verb = next((t for t in art.by_sent.get(j, ()) if t.group.startswith("t:")), None)
    if verb is None or first.end <= verb.start or first.start - verb.end <= SUBJECT_AFTER_VERB_CHARS \
            or _title_between(art, j, verb, first):
        return first
    return None


TOLD_SUBJECT_WORDS = 3  # from a "that" to its clause's subject: "إن الرئيس اللبناني ميشال سليمان"
SUBJECT_TITLE_CHARS = 30  # from a clause's first meeting verb to its subject past his title: "استقبل رئيس الجمهورية محمد مرسي"


def _title_between(art: Article, j: int, verb: Hit, first: Any) -> bool:
    """Only a title stands between the sentence's first meeting verb and its first person: "استقبل رئيس
    الجمهورية محمد مرسي" (the President of the Republic Mohamed Morsi received): no punctuation, no
    preposition ("والتقى خلال زيارته الرئيس X", met during his visit President X: X is the object)."""
    gap = art.folded_slice(art.word_end(verb.end), first.start)
    stops = grammar_words("during_words") | grammar_words("object_stops") | grammar_words("locatives")
    return first.start - verb.end <= SUBJECT_TITLE_CHARS and not any(ch in gap for ch in "،,:؛.") \
        and not any(w.removeprefix("و") in stops for w in gap.split()) \
        and not any(t is not verb and t.start < first.start for t in art.near("triggers", j, verb.end, first.start))


def _told_clause(art: Article, i: int, at: int) -> int:
    """Where the clause a follow-on opener at `at` continues starts: past the last "أن" / "إن" (that)
    before it ("وقال X إن Y التقى Z، كما عقد ..." (X said that Y met Z, and held ...): Y's talks, told by
    X), else the sentence's start. "إنه" (that he) names no new subject: "وقال X إنه التقى Z، كما عقد" (X said
    he met Z, and held) carries X's."""
    s = art.sentences[i][0]
    comp, time = trigger_words("complementizers"), trigger_words("time_conjunctions")
    words = list(re.finditer(r"\S+", art.text[s:at]))
    for k in range(len(words) - 1, -1, -1):
        w = fold_term(words[k].group().strip("،,"))
        if w in comp and not (k and fold_term(words[k - 1].group()).removeprefix("و") in time):
            if w not in trigger_words("pronoun_subject"):
                return s + words[k].end()
    return s


def follow_on_roles(art: Article, i: int, h: Hit, r: Reach) -> tuple[Any, Any, float] | None:
    """(visitor, host, directed) of a follow-on reception or meeting whose subject is carried
    over (see the module); None when h is not one, or names its own subject: "كما استقبل
    مرسي، الرئيس الموريتاني" (Morsi, then a comma and his guest), "كما التقى الرئيس اللبناني
    السفير القطري" (the Lebanese president met the Qatari ambassador)."""
    role = trigger_spec(h.group)["role"]
    if role == "visit" and not h.suffix:
        at = follow_on_at(art, i, h) if _made(art, i, h) else None
        subject = carried_leader(art, i, at) if at is not None else None
        return (subject, None, 2.0) if subject is not None else None  # "قبل أن يجري زيارة إلى": he makes it
    if role not in ("receive", "meet") or h.suffix or not r.after:
        return None
    if role == "receive" and definite(h) and definite_reception_guest(art, i, h, r) is not None:
        return None  # "الاستقبال الحار ... سواء X" (the warm reception, by X) takes no object: roles.receive_roles
    if role == "receive" and _list_head_between(art, h.end, r.after[0].start):
        # "ستستقبل، الثلاثاء، كل من A، وB" (will receive on Tuesday each of A and B): all are
        # guests; the host is the leader right before the verb, else unnamed (no pair of guests)
        host = r.before[-1] if r.before and h.start - r.before[-1].end <= SUBJECT_GAP_CHARS else None
        return (r.after[0], host, 2.0) if host is not None else (None, None, 0.0)
    at = follow_on_at(art, i, h) or _during_trip(art, i, h)
    if at is None:
        return later_leg_roles(art, i, h, r) if role == "meet" else None
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


def later_leg_roles(art: Article, i: int, h: Hit, r: Reach) -> tuple[Any, Any, float] | None:
    """(visitor, host, directed) of a meeting verb right after "حيث" (where) in a tour's later leg, when the
    leader named last before it is the one met at an earlier leg: in "ينتقل X إلى باريس حيث يلتقي ماكرون، ومنها
    إلى لندن حيث يجري محادثات مع ماي" (X moves on to Paris, where he meets Macron, and from there to London,
    where he holds talks with May) and "جولته التي بدأها من برلين للقاء ميركل، والتي ... تحمله إلى باريس حيث
    يلتقي ماكرون" (his tour, begun in Berlin to meet Merkel, which takes him to Paris, where he meets Macron)
    the one who meets is the traveller, the sentence's subject (carried_leader), not Macron nor Merkel; a tour
    with no leader for subject ("بقي الوزير في عمان للقاء الملك ثم انتقل إلى القدس حيث التقى نتنياهو", the
    minister stayed in Amman to meet the King, then moved to Jerusalem, where he met Netanyahu) is nobody's
    visit. None when h is no such meeting, or names its own subject ("حيث التقى X Y")."""
    if not trigger_spec(h.group).get("tense") or h.suffix or not r.before or not r.after or not after_where(art, h):
        return None
    met = _earlier_leg(art, i, r.before[-1], h)
    partner = r.after[0]
    gap = art.folded_slice(h.end, partner.start)
    if met is None or partner.start - h.end > SUBJECT_GAP_CHARS or any(ch in gap for ch in "\u060c,:؛.") \
            or any(h.end <= m.start < partner.start for m in art.persons.get(i, [])):
        return None
    nxt = next((m for m in r.after[1:] if pid(m) != pid(partner)), None)
    if nxt is not None and nxt.start - partner.end <= SUBJECT_GAP_CHARS and not list_joint(art, partner.end, nxt.start + 1):
        return None  # "حيث التقى X Y" (where X met Y): a subject of its own
    subject = carried_leader(art, i, art.word_start(met.start))
    if subject is None or pid(subject) in (pid(r.before[-1]), pid(partner)) or subject.country == partner.country:
        return None, None, 0.0
    return subject, partner, 0.0


MET_OBJECT_WORDS = 5  # from an earlier leg's meeting word to the one met there: "يلتقي الثلاثاء الرئيس إيمانويل ماكرون"


def _earlier_leg(art: Article, i: int, m: Any, h: Hit) -> Hit | None:
    """The meeting word of an earlier leg whose object is m, named before h: a li- meeting noun ("للقاء ميركل",
    to meet Merkel) or a meeting verb right after "حيث" ("حيث يلتقي الثلاثاء الرئيس ماكرون"), m at most
    MET_OBJECT_WORDS words after it, no punctuation nor other person between."""
    for t in art.by_sent.get(i, ()):
        spec = trigger_spec(t.group) if t.group.startswith("t:") else {}
        if not spec or spec["role"] != "meet" or t.suffix or not (t.end <= m.start and m.end <= h.start):
            continue
        if not ("ل" in t.prefix and not spec.get("tense") or spec.get("tense") and after_where(art, t)):
            continue
        words = art.folded_slice(art.word_end(t.end), m.start).split()
        if len(words) <= MET_OBJECT_WORDS and not any(ch in " ".join(words) for ch in "\u060c,:؛.") \
                and not any(t.end <= p.start < m.start for p in art.persons.get(i, [])):
            return t
    return None


def after_where(art: Article, h: Hit) -> bool:
    """The word right before h is "حيث" (where; triggers.yaml where_after_arrival), "وحيث" too."""
    before = art.folded_slice(max(0, art.word_start(h.start) - 12), art.word_start(h.start)).split()[-1:]
    return bool(before) and before[0].removeprefix("و") in trigger_words("where_after_arrival")


MADE_WORDS = 2  # words from a light verb to its visit noun: "يجري زيارة", "قام بزيارة", "يجري جولة قصيرة"


def _made(art: Article, i: int, h: Hit) -> bool:
    """The visit noun h is the object of a light verb right before it, no person between: "يجري زيارة"
    (makes a visit), "قام بزيارة" (made a visit), "عقد" (held); a follow-on visit noun needs one, so "كما أن
    زيارة X" (moreover, X's visit) is none."""
    lo = art.word_start(h.start)
    words = art.folded_slice(max(art.sentences[i][0], lo - 40), lo).split()[-MADE_WORDS:]
    light = grammar_words("holding_verbs") | grammar_words("making_verbs_present") | grammar_words("making_verbs_past")
    return any(w.strip("،,").removeprefix("و") in light for w in words) \
        and not art.near("persons", i, lo - len(" ".join(words)) - 1, h.start)


DURING_CHARS = 3  # from a meeting verb's end to the "خلالها" (during it) right after it


def _during_trip(art: Article, i: int, h: Hit) -> int | None:
    """The follow-on opener of the visit a meeting verb is told "during" right after: in "قبل أن يجري زيارة
    إلى رام الله التقى خلالها عباس" (before making a visit to Ramallah, during which he met Abbas) the
    meeting's subject is the visit's, carried over from "قبل أن"; None else."""
    if not trigger_spec(h.group).get("tense") or not any(
            0 <= c.start - art.word_end(h.end) <= DURING_CHARS for c in art.cues(i, "c:during_visit")):
        return None
    trips = [t for t in art.by_sent.get(i, ()) if t.group.startswith("t:") and t.end <= h.start]
    trip = trips[-1] if trips else None
    if trip is None or trigger_spec(trip.group)["role"] != "visit" or trip.suffix or not _made(art, i, trip):
        return None
    return follow_on_at(art, i, trip)


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
    words = art.folded_slice(h.end, side.start).split()
    return spec["role"] == "receive" or (spec["role"] == "meet" and (
        bool(spec.get("tense")) or "مع" in words or _brought_with_bi(words)))


def _brought_with_bi(words: list[str]) -> bool:
    """A meeting noun's clause "جمع X بـ" (brought X together with) before the side: its bi- is
    the "مع" (with) of the meeting, the side and the leaders listed with him its further guests:
    "لقاء جمع رئيس الحكومة بالوزراء الأول لدول ...، وهم ميشال وروت" (a meeting that brought the head
    of government together with the prime ministers of ..., namely Michel and Rutte)."""
    at = next((k for k, w in enumerate(words) if w in trigger_words("together_links")), None)
    return at is not None and any(w[:1] == BI and len(w) > 2 and (w[1:3] == "ال" or title_word(w[1:]))
                                  for w in words[at + 1:])


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
