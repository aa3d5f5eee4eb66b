"""Who "نظيره" (his counterpart) refers to when an official stands between: a minister's counterpart
is a minister, never a head of state (tasks.extract.entities reads these for a counterpart title)."""
from __future__ import annotations

import re
from functools import cache

from tasks.extract.homonyms import elected_words, official_words
from ziyarat.arabic import CONJUNCTIONS, PROCLITIC_LETTERS, SENTENCE_END_MARKS, fold_term
from ziyarat.lexicon import get_lexicon, triggers_lexicon

REFERENT_REACH = 260  # folded characters "نظيره" looks back for the person it refers to (within its sentence)
_SENTENCE_END = frozenset(SENTENCE_END_MARKS + "\n")
_WORD = re.compile(r"\w+")


def official_since(ft: str, lo: int, hi: int) -> bool:
    """An official's office noun ("وزير", minister) stands in ft[lo:hi], after the last
    person named and within the sentence: "نظيره" then refers to that official."""
    words, adjectives = official_words(), get_lexicon().adjectives
    seg = ft[lo:hi]
    cut = max((seg.rfind(c) for c in _SENTENCE_END), default=-1)
    found = _WORD.findall(seg[cut + 1:])
    for k, w in enumerate(found):
        if k and w in elected_words() and found[k - 1] in adjectives and found[k - 1].endswith("\u064a"):
            continue  # "الرئيس الصيني المنتخب" (the Chinese president-elect): elected, no team; not "العاصمة الجزائرية"
        if w in words or (len(w) > 3 and w[0] in PROCLITIC_LETTERS and w[1:] in words):
            return True
        if any(len(o) > 3 and x.startswith(o + "ال") for o in words for x in (w, w[1:])):
            return True  # the office glued to its genitive: "وبحث وزيرالخارجية الأمريكي مع نظيره"
    return False


_SUBJECT_AFTER_REACH = 60  # folded characters after "نظيره" where a fronted phrase's verb and subject stand


@cache
def _speech_verbs() -> frozenset[str]:
    """triggers.yaml speech_verbs, folded ("قال", said)."""
    return frozenset(fold_term(w) for w in triggers_lexicon().get("speech_verbs") or ())


def official_subject_after(ft: str, e: int) -> bool:
    """"نظيره" in a phrase put before its verb, whose subject is an official named after
    the verb: in "وفي مؤتمر صحفي مشترك مع نظيره الألماني قال وزير الخارجية التركي" (at a
    joint press conference with his German counterpart, the Turkish foreign minister said)
    "his" is the minister's, so the counterpart is a minister too, never a head of state."""
    seg = ft[e:e + _SUBJECT_AFTER_REACH]
    cut = min((k for k in (seg.find(c) for c in _SENTENCE_END) if k >= 0), default=len(seg))
    words = _WORD.findall(seg[:cut])
    verbs, officials = _speech_verbs(), official_words()
    return any((a in verbs or (a[:1] in CONJUNCTIONS and a[1:] in verbs)) and b in officials
               for a, b in zip(words, words[1:]))
