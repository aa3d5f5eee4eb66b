"""A handshake between two leaders (triggers.yaml handshake_past "صافح", handshake_noun "مصافحة") as a meeting in
person, only when its own sentence frames it on the day: by a summit or its session ("صافح الرئيس X نظيره Y قبيل
افتتاح القمة", shook hands shortly before the summit's opening; "تصافح الزعيمان قبل بدء الجلسة") or by an arrival
("لدى وصوله", on his arrival). A handshake told bare is most often recalled weeks later (a column on an old state
visit, a refused handshake explained after the fact), so it is no trigger hit. Not one told as past background (a
past-reference cue such as "كان قد" or "آنذاك", a year), nor one refused, avoided or wished for (a refusal word right
before it, "رفض مصافحة"; the noun with li-, "مستعد لمصافحة", ready to shake hands). Read over the article's raw hits,
before its indexes are built from the hits this filters (honours.honour_told)."""
from __future__ import annotations

import re
from functools import cache
from typing import Any

from tasks.extract.calendar import YEAR_NUMBER
from tasks.extract.visits.triggers import trigger_spec
from ziyarat.arabic import CONJUNCTIONS, LI, fold_term
from ziyarat.lexicon import triggers_lexicon
from ziyarat.matching import Hit

SESSION_WORDS = 2  # words from a frame to its summit's or session's word: "قبيل افتتاح أعمال القمة"
REFUSAL_WORDS = 2  # words before the handshake a refusal or wish may stand in: "رفض الرئيس مصافحة", "رغبته في مصافحة"
_WORD = re.compile(r"\w+")


@cache
def _phrases(name: str) -> tuple[tuple[str, ...], ...]:
    """A triggers.yaml list, folded, each phrase as its words."""
    return tuple(tuple(fold_term(p).split()) for p in triggers_lexicon().get(name, []))


def handshake_told(art: Any, h: Hit, hits: list[Hit]) -> bool:
    """h is no handshake trigger, or its sentence frames it on the day (_framed), tells it as no past background
    (a past-reference cue, a year) and refuses or wishes for it nowhere right before it (_refused)."""
    spec = trigger_spec(h.group) if h.group.startswith("t:") else {}
    if not spec.get("handshake"):
        return True
    i = art.sent_of(h.start)
    lo, hi = art.sentences[i]
    if YEAR_NUMBER.search(art.text, lo, hi) or any(c.group == "c:past_reference" and lo <= c.start < hi for c in hits):
        return False
    words = [fold_term(m.group()) for m in _WORD.finditer(art.text, lo, hi)]
    before = [fold_term(m.group()) for m in _WORD.finditer(art.text, lo, art.word_start(h.start))]
    return _framed(words) and not _refused(before, h)


def _framed(words: list[str]) -> bool:
    """The sentence's folded words hold an arrival frame ("لدى وصوله") or a summit frame followed within
    SESSION_WORDS by a summit's or a session's word ("قبل بدء الجلسة", "على هامش القمة")."""
    sessions = {p[0] for p in _phrases("handshake_sessions")}
    for k in range(len(words)):
        if any(_opens(words, k, f) for f in _phrases("handshake_arrivals")):
            return True
        for f in (f for f in _phrases("handshake_frames") if _opens(words, k, f)):
            if sessions & set(words[k + len(f):k + len(f) + SESSION_WORDS]):
                return True
    return False


def _opens(words: list[str], k: int, phrase: tuple[str, ...]) -> bool:
    """The words from k are the phrase, its first word maybe with wa- or fa- glued ("وقبل بدء", and before the start)."""
    first = words[k] if k < len(words) else ""
    return tuple(words[k + 1:k + len(phrase)]) == phrase[1:] and \
        (first == phrase[0] or (first[:1] in CONJUNCTIONS and first[1:] == phrase[0]))  # wa-/fa- glued


def _refused(before: list[str], h: Hit) -> bool:
    """A refusal, avoidance or wish within REFUSAL_WORDS before the handshake ("رفض مصافحة", "عدم مصافحة", "رغبته في
    مصافحة"), or the noun with li- ("مستعد لمصافحة", ready to shake hands; "سعى لمصافحة", sought to): none was held."""
    refusals = {p[0] for p in _phrases("handshake_unheld")}
    return bool(refusals & set(before[-REFUSAL_WORDS:])) or LI in (h.prefix or "")
