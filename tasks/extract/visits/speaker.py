"""A place that says where a third party spoke, not where the meeting's leaders were: "وقال هنية،
في خطبة صلاة الجمعة في غزة: «إن زيارة أوباما ...»" (Haniyeh said, in the Friday sermon in Gaza:
Obama's visit ...) is no dateline of Obama's meeting with Abbas; "قال أوباما في مؤتمر صحفي في عمان:"
(Obama said at a press conference in Amman:) is where one of the pair stood, and "غزة: قال ..." (a
bare name opening the line) stays the desk's. And the speaker a speech word names right after it,
one the lexicon does not know (unknown_speaker), owns the meeting noun "لقائه" (his meeting) that
follows: "وقال الكتاتني للصحفيين عقب لقائه مع البشير" is no leader's meeting told before."""
from __future__ import annotations

import re
from typing import Any

from tasks.extract.visits.article import Article
from tasks.extract.visits.leaders import pid
from ziyarat.arabic import BI, LI, WA, fold_term
from ziyarat.lexicon import generic_titles, grammar_words, quotes_lexicon, trigger_words

FROM = fold_term("\u0645\u0646")  # من (min, from)
PREPOSITION_WORDS = 2  # words before the place that may hold its preposition: "في مدينة غزة"


def _after_preposition(art: Article, p: Any) -> bool:
    """A preposition or a locative noun (grammar.yaml locatives, and "من" from) stands in the two
    words before the place, or bi-/li- is glued on: not a bare name."""
    if p.start > 0 and art.text[p.start - 1] in BI + LI:
        return True
    words = [w.strip("\u060c,").removeprefix(WA) for w in art.words_before(p.start, PREPOSITION_WORDS)]
    return any(w in grammar_words("locatives") or w == FROM for w in words)


def third_party_place(art: Article, j: int, p: Any, pair: tuple[Any, ...]) -> bool:
    """The place of sentence j stands after a preposition in the clause of a speaker who is neither
    of the meeting's `pair`: no one of the pair is named before the place, and someone else is ("وقال
    هنية، في خطبة الجمعة في غزة:"), or an official's noun is ("وقال مسؤول في حماس في غزة:", an
    official said in Gaza). False with no pair given, or when one of the pair is named before it ("قال
    أوباما في مؤتمر صحفي في عمان:"; "بعد لقائه بيريز، قال أوباما في القدس:" too, whoever comes first)."""
    ids = {pid(m) for m in pair if m is not None}
    if not ids or not _after_preposition(art, p):
        return False
    lo = art.sentences[j][0]
    before = [m for m in art.persons.get(j, []) if m.end <= p.start]
    if any(pid(m) in ids for m in before):
        return False
    return bool(before) or any(lo <= c.start and c.end <= p.start for c in art.cues(j, "c:official_nouns"))


DEFINITE = fold_term("\u0627\u0644")  # ال (al-, the)


def _named_word(art: Article, i: int, s: int, word: str) -> bool:
    """The word at s is a name or an official's noun: a common given name ("سامي"), or a definite
    word that is no title of a leader ("الرئيس"), no date ("اليوم", "الخميس"), no anaphoric
    source ("البيان", the statement), and no person the lexicon knows (those are read already)."""
    w = fold_term(word.strip("\u060c,:.\"'()\u00ab\u00bb"))
    if any(m.start <= s < m.end for m in art.persons.get(i, [])) or any(d.start <= s < d.end for d in art.dates.get(i, [])):
        return False
    if w in grammar_words("given_names"):
        return True
    anaphora = {fold_term(a) for a in quotes_lexicon().get("anaphora", [])}
    return w.startswith(DEFINITE) and len(w) > 3 and w not in generic_titles() and w not in anaphora


def unknown_speaker(art: Article, i: int, h: Any) -> bool:
    """Before the meeting noun h of sentence i, a speech verb or remarks noun ("قال", "تصريحات") is
    followed right away by a name the lexicon does not know ("جاء ذلك في تصريحات الكتاتني للصحفيين
    عقب لقائه مع الرئيس البشير", in remarks of Katatni after his meeting with Bashir; "وقال سامي
    ... عقب لقائه"): the pronoun of "لقائه" is his, not a leader's named in the sentences before.
    Not "وقال للصحفيين" (no subject) nor "وقال الرئيس" (a leader's bare title)."""
    lo = art.sentences[i][0]
    words = [(lo + w.start(), w.group()) for w in re.finditer(r"\S+", art.text[lo:h.start])]
    speech = trigger_words("speech_verbs") | trigger_words("own_act_heads")
    for (_, w), (s, nxt) in zip(words, words[1:]):
        f = fold_term(w.strip("\u060c,"))
        if (f in speech or (f[:1] in (WA, BI) and f[1:] in speech)) and _named_word(art, i, s, nxt):
            return True
    return False
