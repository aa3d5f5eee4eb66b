"""A held meeting told of the two leaders the sentence before names, by a dual subject and no name of its
own: "أعرب الرئيس الفرنسي ماكرون والرئيس النيجيري بخاري عن ارتياحهما للتعاون. والتقى الاثنان الخميس في قصر
الإليزيه" (Macron and Buhari voiced their satisfaction. The two met on Thursday at the Elysee), "والتقى
الرئيسان" (the two presidents met), "واجتمع رئيسا البلدين" (the two countries' presidents met), or the dual
verb alone, "والتقيا" (and they two met). Only a past meeting verb opening its sentence (after و / ف) with
such a subject (grammar.yaml dual_leader_subjects) or in the dual, only when the sentence before names
exactly two leaders, of two countries, outside quotations, and neither sentence tells a phone call ("أجرى
اتصالا هاتفيا ... . كما بحث الزعيمان", the two discussed, on the call: nothing). Read by visits.__init__ (a
sentence naming no leader is read only then, or for speaker.spoken_trip) and visits.candidates (the pair, in text order).
A meeting noun of theirs tells it too, the two its genitive or its relative clause's subject or object ("اجتماع
الزعيمين يوم الثلاثاء", the two leaders' meeting on Tuesday; "المحادثات التي عقدها الزعيمان الجمعة", the talks
the two leaders held on Friday), anywhere in a sentence naming no leader: its day dates their meeting; or a meeting
noun with the dual pronoun after such a subject of the sentence ("أطلع رئيسا وزراء البلدين الرئيس على نتائج
مباحثاتهما اليوم", the two countries' prime ministers briefed the president on their talks today). A subject that
names an office (grammar.yaml dual_office_subjects: "رئيسا وزراء البلدين", the prime ministers) picks its two
among more leaders of the sentence before, the two holding that office (the guest's prime minister and the
host's, beside the president who received him). Or a past verb of holding opening the sentence, the dual subject
right after it and the meeting noun it held a few words on ("وعقد الرئيسان محادثات، الأحد", and the two presidents
held talks on Sunday; grammar.yaml dual_held_verbs): not "مع" others after the noun, nor after a sentence opening
with "كان" (the past behind the news)."""
from __future__ import annotations

import re
from functools import cache
from typing import Any

from tasks.extract.visits.article import Article
from tasks.extract.visits.leaders import pid
from tasks.extract.visits.owners import dual_verb
from tasks.extract.visits.triggers import trigger_spec
from ziyarat.arabic import PRONOUN_ENCLITICS, WITH, fold_term
from ziyarat.lexicon import grammar_lexicon, grammar_words
from ziyarat.matching import Hit

OPENING_CHARS = 2  # the verb opens its sentence: at most "و" / "ف" before it


def _dual_meeting(art: Article, i: int) -> Hit | None:
    """The past meeting verb opening sentence i with a dual subject after it, or itself dual; else a meeting
    noun of the two (_dual_noun)."""
    start = art.sentences[i][0]
    lead = art.text[start:start + OPENING_CHARS + 1].lstrip()
    off = start + (len(art.text[start:]) - len(art.text[start:].lstrip()))
    for h in art.by_sent.get(i, []):
        if h.group != "t:meet_past" or h.suffix or art.in_speech_at(h.start) or " " in h.term.strip():
            continue
        if h.start - off > OPENING_CHARS or (h.start > off and lead[:1] not in "وف"):
            continue
        if dual_verb(h):
            return h
        after = art.text[h.end:h.end + 40].split()
        for n in (3, 2, 1):
            if len(after) >= n and fold_term(" ".join(after[:n]).strip("،,.")) in _subjects():
                return h
    return _dual_noun(art, i) or _dual_owned(art, i) or _dual_held(art, i)


HELD_WORDS = 4  # from the dual subject to the meeting noun it held: "وأجرى الرئيسان، الثلاثاء، مشاورات"


def _dual_held(art: Article, i: int) -> Hit | None:
    """The meeting noun a past verb of holding opening sentence i (after و / ف) takes, its dual subject right
    after the verb (grammar.yaml dual_held_verbs, dual_leader_subjects) and the noun within HELD_WORDS words of
    the subject: "وعقد الرئيسان محادثات، الأحد" (and the two presidents held talks on Sunday). Not after a sentence
    told as the past behind the news, opening with "كان" (grammar.yaml kana_forms: "وكان ترامب قد رفض في وقت سابق
    اقتراحا من بوتين. وعقد الزعيمان قمة في هلسنكي"): its two leaders' meeting is that earlier time's; nor in a
    sentence telling a plan (triggers.yaml future_plan: "وعقد الزعيمان محادثات الخميس، ومن المتوقع أن يلتقيا مجددا",
    whose plan cue the held talks would take)."""
    before = art.text[art.sentences[i - 1][0]:art.sentences[i - 1][1]].split()[:1]
    if before and fold_term(before[0]) in {fold_term(w) for w in grammar_words("kana_forms")} \
            or art.cues(i, "c:future_plan"):
        return None
    start, end = art.sentences[i]
    spans = [(start + m.start(), start + m.end()) for m in re.finditer(r"\S+", art.text[start:end])]
    words = [art.text[a:b] for a, b in spans]
    if not words or _held_verb(words[0]) is None:
        return None
    n = next((n for n in (3, 2, 1) if fold_term(" ".join(words[1:1 + n]).strip("،,.")) in _subjects()), None)
    if n is None or len(spans) <= n:
        return None
    after = spans[n][1]  # the subject's end
    for h in art.by_sent.get(i, []):
        if h.group == "t:meet_noun" and h.suffix not in PRONOUN_ENCLITICS and h.start >= after and not art.in_speech_at(h.start) \
                and len(art.text[after:h.start].split()) <= HELD_WORDS:
            # "وعقد الرئيسان اجتماعات مع وزرائهما" (held meetings with their ministers): not with each other
            return None if art.folded_slice(art.word_end(h.end), end).split()[:1] == [WITH] else h
    return None


def _held_verb(word: str) -> str | None:
    """The word (folded, bare of one و / ف) when it is a past verb of holding (grammar.yaml dual_held_verbs)."""
    w = fold_term(word.strip("،,."))
    verbs = {fold_term(v) for v in grammar_words("dual_held_verbs")}
    return w if w in verbs else w[1:] if w[:1] in "وف" and w[1:] in verbs else None


def _dual_owned(art: Article, i: int) -> Hit | None:
    """A meeting noun of sentence i with the dual pronoun ("مباحثاتهما", their two's talks) after a dual subject
    of the two leaders in the same sentence ("أطلع رئيسا وزراء البلدين الرئيس على نتائج مباحثاتهما")."""
    start = art.sentences[i][0]
    for h in art.by_sent.get(i, []):
        if h.group != "t:meet_noun" or h.suffix != "هما" or art.in_speech_at(h.start):
            continue
        if _dual_subject(art.text[start:h.start]) is not None:
            return h
    return None


def _dual_subject(span: str) -> str | None:
    """The longest dual subject of two leaders among span's words (folded), bare of و / ف; else None."""
    words = [fold_term(w.strip("،,.")) for w in span.split()]
    for n in (3, 2, 1):
        for k in range(len(words) - n + 1):
            phrase = " ".join(words[k:k + n])
            for p in (phrase, phrase[1:] if phrase[:1] in "وف" else phrase):
                if p in _subjects():
                    return p
    return None


@cache
def _office_of_subject() -> dict[str, str]:
    """A folded dual subject -> the office it names (grammar.yaml dual_office_subjects)."""
    return {fold_term(w): office for office, words in grammar_lexicon()["dual_office_subjects"].items() for w in words}


def _holders(art: Article, i: int, prev: list[Any]) -> list[Any]:
    """prev, the leaders of the sentence before sentence i; when more than two, those holding the office sentence
    i's dual subject names (dual_office_subjects), if it names one."""
    if len(prev) <= 2:
        return prev
    office = _office_of_subject().get(_dual_subject(art.text[art.sentences[i][0]:art.sentences[i][1]]) or "")
    return [m for m in prev if office in (m.offices or ())] if office else prev


def _dual_noun(art: Article, i: int) -> Hit | None:
    """A meeting noun of sentence i whose genitive is a dual of the two leaders ("اجتماع الزعيمين يوم
    الثلاثاء", the two leaders' meeting on Tuesday), or whose relative clause has them as its subject or object
    ("المحادثات التي عقدها الزعيمان الجمعة", the talks the two leaders held on Friday; "اللقاء الذي جمع
    الرئيسين", the meeting that brought the two presidents together): grammar.yaml dual_held_links."""
    for h in art.by_sent.get(i, []):
        if h.group != "t:meet_noun" or h.suffix or art.in_speech_at(h.start):
            continue
        after = [w.strip("،,.") for w in art.text[art.word_end(h.end):art.word_end(h.end) + 60].split()[:5]]
        for k in [0] + [len(link.split()) for link in grammar_words("dual_held_links")
                        if fold_term(" ".join(after[:len(link.split())])) == fold_term(link)]:
            if any(fold_term(" ".join(after[k:k + n])) in _subjects() | _genitives() for n in (2, 1)):
                return h
    return None


def _genitives() -> frozenset[str]:
    return frozenset(fold_term(w) for w in grammar_words("dual_leader_genitives"))


def _opens_dual(art: Article, i: int) -> bool:
    """Sentence i opens (after و / ف) with a one-word past meeting verb in the dual or before a dual subject: read
    on its words alone, before any trigger is walked."""
    words = [w.strip("،,.") for w in art.text[art.sentences[i][0]:art.sentences[i][1]].split()[:4]]
    if not words:
        return False
    first = fold_term(words[0])
    verbs = {fold_term(t) for t in trigger_spec("t:meet_past")["terms"] if " " not in t}
    verb = first if first in verbs else first[1:] if first[:1] in "وف" and first[1:] in verbs else None
    if verb is None:
        return _held_verb(words[0]) is not None and any(fold_term(" ".join(words[1:1 + n])) in _subjects() for n in (1, 2, 3))
    return (verb.endswith("ا") and not verb.endswith("ها")) or any(
        fold_term(" ".join(words[1:1 + n])) in _subjects() for n in (1, 2, 3))


def told_back(art: Article) -> bool:
    """Whether some sentence right after one naming two leaders is a dual back-reference (back_pair): the
    article is read then though Article.leader_triggered found no trigger in a sentence naming a leader."""
    return any(len(ms) > 1 and i + 1 < len(art.sentences) and not art.leaders.get(i + 1)
               and (_opens_dual(art, i + 1) or _names_dual(art, i + 1))
               and back_pair(art, i + 1) is not None for i, ms in list(art.leaders.items()))


def _names_dual(art: Article, i: int) -> bool:
    """Sentence i holds a dual of two leaders in a noun's genitive or a relative's object ("الزعيمين"), read on
    its words alone: it may tell their meeting by a noun (_dual_noun)."""
    words = {fold_term(w.strip("،,.")) for w in art.text[art.sentences[i][0]:art.sentences[i][1]].split()}
    return bool(words & (_genitives() | _subjects())) or _dual_subject(
        art.text[art.sentences[i][0]:art.sentences[i][1]]) is not None


def _subjects() -> frozenset[str]:
    return frozenset(fold_term(w) for w in grammar_words("dual_leader_subjects"))


def back_pair(art: Article, i: int) -> tuple[Hit, Any, Any] | None:
    """(the meeting verb, the first leader, the second) when sentence i names no leader and tells a held
    meeting by a dual subject of the two leaders of the sentence before (see the module); else None."""
    if i == 0 or art.leaders.get(i) or (h := _dual_meeting(art, i)) is None:
        return None
    prev = _holders(art, i, [m for m in art.distinct_leaders(i - 1) if not art.in_quote(m.start)])
    if len(prev) != 2 or pid(prev[0]) == pid(prev[1]) or not prev[0].country or prev[0].country == prev[1].country:
        return None
    if art.cues(i - 1, "c:remote_contact") or art.cues(i, "c:remote_contact"):
        return None
    return h, prev[0], prev[1]


def dual_back_roles(art: Article, i: int, h: Hit) -> tuple[Any, Any, float] | None:
    """(first, second, 0.0) of the meeting verb h when it is sentence i's dual back-reference; else None."""
    pair = back_pair(art, i)
    if pair is None or pair[0] is not h:
        return None
    return pair[1], pair[2], 0.0
