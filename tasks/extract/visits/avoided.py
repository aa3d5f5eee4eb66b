"""Avoided: a visit or meeting noun that a leader ignored, avoided or held back from, the visit
he did not make: "تجاهل الرئيس الأمريكي أوباما زيارة مصر" (tajahala, Obama ignored visiting Egypt),
"تجنب بوتين زيارة دمشق" (tajannaba, avoided visiting), "إحجام الملك عن زيارة القاهرة" (ihjam,
the king's holding back from visiting). Not a visit the avoidance word's subject only passed over,
someone else's that was made: "متجاهلا زيارة قنديل" (ignoring Qandil's visit)."""
from __future__ import annotations

import re

from tasks.extract.visits.article import Article
from tasks.extract.visits.triggers import trigger_spec
from ziyarat.arabic import CONJUNCTIONS, fold_term
from ziyarat.lexicon import trigger_words
from ziyarat.matching import Hit

AVOIDED_WORDS = 7  # words from the avoidance word to the noun: "تجاهل الرئيس الأمريكي باراك أوباما، زيارة"
AVOIDED_CHARS = 90  # the same reach in characters, within the noun's sentence
TITLE_WORDS = 3  # title words between the avoidance word and the noun that no mention covers ("الرئيس الأمريكي")


def avoided(art: Article, h: Hit) -> bool:
    """The visit or meeting noun h is the object of an avoidance word (triggers.yaml avoidance) whose
    subject is a leader named between them, or unnamed: "وتجنب بوتين زيارة دمشق" (Putin avoided visiting
    Damascus), "بعدما تجاهل زيارة تل أبيب" (after he ignored visiting Tel Aviv), "امتنع أردوغان عن لقاء
    السيسي" (Erdogan refrained from meeting Sisi: "عن" as with an absence). Only a bare noun in construct
    with its object (no "ال", no pronoun: "تجاهلت الصحف زيارته" is his visit passed over by the papers),
    nor one with a leader as its genitive owner ("تجاهلت المعارضة زيارة أردوغان", the opposition ignored
    Erdogan's visit, which was made)."""
    spec = trigger_spec(h.group)
    if spec.get("tense") or h.suffix or "ال" in h.prefix:
        return False
    i = art.sent_of(h.start)
    start = art.word_start(h.start)
    lo = max(art.starts[i], start - AVOIDED_CHARS)
    words = [(lo + w.start(), lo + w.end(), fold_term(w.group()).strip("\u060c,"))
             for w in re.finditer(r"\S+", art.text[lo:start])][-AVOIDED_WORDS:]
    avoid = trigger_words("avoidance")
    at = next((k for k in range(len(words) - 1, -1, -1) if _avoidance(words[k][2], avoid)), None)
    if at is None or any(c in art.text[words[at][1]:start] for c in ".:\u061b"):
        return False
    names = [m for m in art.near("persons", i, words[at][1], start) if m.end <= start]
    gap = [w for s, e, w in words[at + 1:] if not any(m.start <= s and e <= m.end + 1 for m in names)]
    if gap and gap[-1] in trigger_words("absence_prepositions"):
        gap = gap[:-1]  # "امتنع عن زيارة" (refrained from visiting)
    if any(not w.startswith("ال") for w in gap) or len(gap) > TITLE_WORDS:
        return False  # another word between: "تجنب بوتين الحديث عن سوريا خلال زيارة"
    subject = art.near("leaders", i, words[at][1], start)
    if (names or gap) and not subject:
        return False  # a subject named, but no leader: "تجاهلت الصحف زيارة موسكو"
    # a meeting noun's genitive is the one met ("تجنب بوتين لقاء الأسد", avoided meeting al-Assad); a visit
    # noun's is its traveller, unless the subject is: "تجاهل مرسي زيارة أوباما" (Obama's visit, made)
    return bool(subject) and spec.get("role") != "visit" or art.genitive_leader(i, h) is None


def _avoidance(word: str, avoid: frozenset[str]) -> bool:
    return word in avoid or (len(word) > 1 and word[0] in CONJUNCTIONS and word[1:] in avoid)
