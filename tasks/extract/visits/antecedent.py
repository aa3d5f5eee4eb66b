"""Antecedents: a visit verb opening a relative clause has for subject the person the clause
follows, not the leader named after it. In "قال الرئيس الفلسطيني محمود عباس، الذي يزور موسكو،
اليوم الخميس للرئيس الروسي فلاديمير بوتين إنه ..." (Abbas, who is visiting Moscow, told
Putin today ...) Abbas travels; Putin, named past the clause, is whom he spoke to. The
antecedent may carry an apposition between commas ("عباس، رئيس السلطة الفلسطينية، الذي
يزور"); a person who is no leader is a subject all the same: "ظريف، الذي يزور تونس" (Zarif,
who is visiting Tunis) is no leader's trip, whoever the sentence names after.

relative_after is the one home of "a person's relative clause" (a name, then الذي/التي ...): the
antecedent of such a verb here, a place in a traveller's clause (visits.place), a date in a
person's past clause (visits.clauses) all ask it where the clause opens and what it says. second_relative is the
home of a noun's second relative clause ("التي ...، والتي", which ..., and which): what it tells is the noun's,
not a meeting word's of the first."""
from __future__ import annotations

import re
from typing import Any, Callable

from tasks.extract.tense import verb_tense
from tasks.extract.visits.article import Article
from tasks.extract.visits.heading import heading, traveller
from tasks.extract.visits.leaders import is_leader
from tasks.extract.visits.triggers import trigger_spec
from ziyarat.arabic import WA, fold_term
from ziyarat.lexicon import grammar_words
from ziyarat.matching import Hit

Roles = tuple[Any, Any, float]

RELATIVE_AFTER_NAME_CHARS = 3  # from a person's name to his clause's pronoun: "نجاد، الذي", "نابوليتانو الذي"
NAME_GAP = " \t\n\u060c,"  # what may stand between a name and its relative pronoun: spaces, commas
APPOSITION_WORDS = 6  # "، رئيس السلطة الوطنية الفلسطينية،": a title between commas, no name in it
ANTECEDENT_CHARS = 80  # from the antecedent's end to its relative pronoun, past an apposition


def relative_antecedent(art: Article, i: int, h: Hit) -> Any | None:
    """The person whose relative clause the imperfect visit verb h opens ("X، الذي يزور", X, who
    is visiting; "والذي يقوم بزيارة"), or None: h is no imperfect verb, no relative pronoun stands
    right before it, or no person stands right before the pronoun."""
    spec = trigger_spec(h.group)
    if not _imperfect(h, spec) or spec["role"] not in ("arrive", "visit") or h.suffix or "س" in h.prefix \
            or fold_term(h.term).startswith("س"):
        # a noun ("الزيارة التي"), a verb with an object pronoun, a perfect ("بوتين الذي زار إسطنبول يوم
        # الثلاثاء", Putin, who visited Istanbul on Tuesday: an earlier trip, the sentence another meeting), a
        # future ("الذي سيزور") or a meeting verb ("ترامب، الذي يلتقي كيم الثلاثاء": who meets Kim, ahead)
        return None
    start = art.word_start(h.start)
    words = art.words_before(start, 1)
    if not words or words[0].removeprefix("و") not in grammar_words("relative_pronouns"):
        return None
    rel = start
    while rel > 0 and art.text[rel - 1].isspace():
        rel -= 1
    rel = art.word_start(rel)
    persons = [m for m in art.persons.get(i, []) if rel - ANTECEDENT_CHARS <= m.end <= rel]
    if not persons:
        return None
    m = max(persons, key=lambda p: p.end)
    clause = relative_after(art, m.end, start, lead=ANTECEDENT_CHARS, apposition=True)
    return m if clause is not None and len(clause[1]) == 1 else None  # the pronoun right before h is his


def _imperfect(h: Hit, spec: dict) -> bool:
    """The trigger's verb is an imperfect: a future-tense entry ("يزور", visits), or an entry the lexicon tells
    as held whose verb is imperfect all the same ("يقوم بزيارة", is making a visit: under way, triggers.yaml
    arrive_past); not "قام بزيارة" (made a visit), a perfect."""
    return spec.get("tense") == "future" or (spec.get("tense") == "past" and " " in h.term
                                             and verb_tense(fold_term(h.term).split()[0]) == "future")


def relative_after(art: Article, end: int, hi: int, *, lead: int = RELATIVE_AFTER_NAME_CHARS, wa: bool = True,
                   apposition: bool = False) -> tuple[int, list[str]] | None:
    """The relative clause a name ending at `end` opens, up to hi: (where its pronoun starts, the
    clause's folded words from the pronoun on), or None when no relative pronoun follows the name.
    Between name and pronoun stand at most `lead` spaces and commas ("نجاد، الذي", "نابوليتانو
    الذي"): the place and date rules keep the default, the name right before its pronoun; with
    `apposition` also a title between commas ("عباس، رئيس السلطة الفلسطينية، الذي",
    bare_or_apposition), as relative_antecedent allows over ANTECEDENT_CHARS. With `wa` the pronoun
    may carry "و" (and: "، والذي"); without, "والذي" opens no clause here (persons_past_relative).
    The caller bounds the clause's extent and reads what it says (its verb, a comma in it)."""
    raw = art.text[end:hi]
    at = end + len(raw) - len(raw.lstrip(NAME_GAP))
    words = art.folded_slice(end, hi).lstrip(NAME_GAP).split()
    if apposition and not _opens(words, wa):
        inner = _APPOSITION.match(raw)
        if inner is None or not bare_or_apposition(art.folded_slice(end, end + inner.end())):
            return None
        at = end + inner.end()
        words = art.folded_slice(at, hi).split()
    return (at, words) if at - end <= lead and _opens(words, wa) else None


KAMA = "\u0643\u0645\u0627"  # كما (kama: also, as)


def clause_closed(art: Article, lo: int, hi: int) -> bool:
    """The person's relative clause opened at lo ends before hi: a comma, then "كما" (also) and a past verb
    open the sentence's next clause: "أبي الذي كان في انتظاره بالمطار، كما احتشد آلاف في أديس أبابا" (Abiy,
    who waited for him at the airport, and thousands lined up in Addis Ababa); not a comparison (grammar.yaml
    comparison_frames: "، كما حدث في سوريا", as happened in Syria, is the clause's)."""
    frames = grammar_words("comparison_frames")
    for k, ch in enumerate(art.text[lo:hi]):
        if ch not in "\u060c,":
            continue
        words = art.folded_slice(lo + k + 1, hi).split()[:4]
        if len(words) > 1 and words[0] == KAMA and verb_tense(words[1]) == "past" \
                and not any(" ".join(words[:len(f.split())]) == f for f in frames):
            return True
    return False


_APPOSITION = re.compile(r"\s*[\u060c,]\s*[^\u060c,]+?\s*[\u060c,]\s*")  # "، رئيس الوزراء، " (as bare_or_apposition)


def _opens(words: list[str], wa: bool) -> bool:
    """The first word is a relative pronoun ("والذي" too when wa)."""
    return bool(words) and (words[0].lstrip(WA) if wa else words[0]) in grammar_words("relative_pronouns")


def apposition_between(art: Article, lo: int, hi: int) -> bool:
    """Only a title between commas (or a comma) stands between lo and hi: "زار قنديل، رئيس
    مجلس الوزراء، العراق" (Qandil, the prime minister, visited Iraq) has Iraq for the verb's object."""
    return 0 <= hi - lo <= ANTECEDENT_CHARS and bare_or_apposition(art.folded_slice(lo, hi))


def bare_or_apposition(gap: str) -> bool:
    """The text between a name and its relative pronoun: nothing but a comma, or a title between
    two commas ("، رئيس الوزراء،") that does not open with "و" (and: "، والوفد المرافق له، الذي"
    is the delegation's clause)."""
    if not gap.strip(" ،,"):
        return True
    inner = re.fullmatch(r"\s*[،,]\s*([^،,]+?)\s*[،,]\s*", gap)
    if inner is None:
        return False
    words = re.findall(r"\w+", inner.group(1))
    return 0 < len(words) <= APPOSITION_WORDS and not words[0].startswith("و") \
        and not any(w.isdigit() for w in words)


def relative_subject(rule: Callable[..., Roles]) -> Callable[..., Roles]:
    """A trip rule (arrive, visit) whose traveller is the antecedent of the relative clause its
    verb opens, when there is one: a leader travels, with the host left to the sentence and the
    place; a person who is no leader makes it no leaders' trip."""
    def checked(art: Article, i: int, h: Hit, r: Any) -> Roles:
        m = relative_antecedent(art, i, h)
        if m is None:
            return rule(art, i, h, r)
        return (m, None, 2.0) if is_leader(m) else (None, None, 0.0)
    checked.__doc__ = rule.__doc__
    return checked


def participle_subject(rule: Callable[..., Roles]) -> Callable[..., Roles]:
    """A trip rule whose trigger is a heading participle ("غادر X كينشاسا متوجها إلى أوغندا", X left
    Kinshasa heading for Uganda): its traveller is the departure verb's subject (heading.traveller),
    never a leader right after it ("متوجها إلى الرئيس" would be turning to him)."""
    def checked(art: Article, i: int, h: Hit, r: Any) -> Roles:
        if not heading(h):
            return rule(art, i, h, r)
        m = traveller(art, i, h, r.before) if r.near_after is None else None
        return (m, None, 2.0) if m is not None else (None, None, 0.0)
    checked.__doc__ = rule.__doc__
    return checked



FIRST_RELATIVE_CHARS = 160  # from the first relative pronoun to the trigger in its clause: "التي بدأها ... للقاء"


def second_relative(art: Article, i: int, h: Hit, hi: int) -> int | None:
    """Where a second relative clause on the same noun, "، والتي" (wa-allati, and which, after a comma), opens
    between the trigger h and hi, when h stands in a first one with the same pronoun ("التي" ... "، والتي";
    grammar.yaml relative_pronouns, the last at most FIRST_RELATIVE_CHARS before h); else None. What follows is told of that noun, not of h. In "جولته
    التي بدأها الاثنين من برلين للقاء ميركل، والتي من المقرر أن تحمله إلى باريس حيث يلتقي ماكرون" (his tour,
    which he began on Monday from Berlin to meet Merkel, and which is scheduled to take him to Paris, where he
    meets Macron) the schedule, Paris and Macron are the tour's later leg, not the Berlin meeting's (visits.plans,
    visits.place, visits.reach); in "زيارته التي بدأها اليوم، والتي من المقرر أن تستمر يومين" (his visit, which
    he began today and which is scheduled to last two days) the visit is the noun itself and keeps them."""
    rel = grammar_words("relative_pronouns")
    lo = max(art.sentences[i][0], h.start - FIRST_RELATIVE_CHARS)
    first = [w for w in (w.strip("\u060c,") for w in art.folded_slice(lo, art.word_start(h.start)).split()) if w in rel][-1:]
    if not first:
        return None
    hi = min(hi, art.sentences[i][1])
    # the same pronoun, so the same noun: in "الفرصة التي يتم تقديمها من خلال اجتماع ...، والذي سيعقد" (the chance
    # offered through a meeting ..., which will be held) "الذي" is the meeting's own; "المصنع، الذي افتتحه ... خلال
    # زيارتهما ...، شركة شاومي، والتي" (the factory, which they opened during their visit ..., Xiaomi, which) is Xiaomi's
    return next((h.end + m.start() for m in re.finditer(r"[\u060c,]\s*(\S+)", art.text[h.end:hi])
                 if fold_term(m.group(1)) == WA + first[0]), None)


def second_relative_between(art: Article, i: int, h: Hit, hi: int) -> bool:
    """A second relative clause on h's noun opens between h and hi (second_relative)."""
    return second_relative(art, i, h, hi) is not None
