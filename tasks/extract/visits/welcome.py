"""A leader's welcome of a visit: "رحب X بزيارة Y" (X welcomed Y's visit), "أعرب X عن ترحيبه بالزيارة
التاريخية للرئيس Y" (X expressed his welcome of President Y's historic visit). The visit noun with bi- right
after the welcome word, or after its subject, names its traveller after it (its genitive, or li- on a definite
noun); the leader before is the one who welcomes, the host when the visit comes to his country, never the
traveller, however long his titles ("ولي عهد ...", a co-welcomer's office, may stand between). Whether the
visit is under way or ahead is the tense rules' ("بالزيارة المرتقبة", the awaited visit, stays a plan)."""
from __future__ import annotations

from typing import Any

from tasks.extract.visits.article import Article
from tasks.extract.visits.reach import Reach
from tasks.extract.visits.triggers import definite, trigger_spec
from ziyarat.arabic import CONJUNCTIONS
from ziyarat.lexicon import grammar_words
from ziyarat.matching import Hit

SUBJECT_WORDS = 4  # from the welcome verb to its subject's name: "رحب الرئيس الفرنسي إيمانويل ماكرون"
SUBJECT_GAP = 3  # from the subject's name to the visit noun: only a comma or a space
DESTINATION_CHARS = 12  # from the traveller to his destination: " إلى " or li- glued
TITLE_WORDS = 3  # a leader's title words before his name: "الرئيس الصيني"
OWNER_WORDS = 2  # adjectives between a definite visit noun and its li- owner: "بالزيارة التاريخية للرئيس"


def welcomed_roles(art: Article, i: int, h: Hit, r: Reach) -> tuple[Any, Any, float] | None:
    """(visitor, host, directed) of a visit noun a leader welcomes, or None (the frame is not there)."""
    if trigger_spec(h.group)["role"] != "visit" or "ب" not in h.prefix or h.suffix or not r.before or not r.after:
        return None
    welcomer = r.before[-1]
    if not (_welcome_word_before(art, art.word_start(h.start)) or _welcomed_by(art, welcomer, h)):
        return None
    visitor = _owner_after(art, h, r.after[0])
    if visitor is None or not welcomer.country or visitor.country == welcomer.country:
        return None
    dest = _destination_country(art, i, visitor)
    return (visitor, None, 2.0) if dest and dest != welcomer.country else (visitor, welcomer, 2.0)


def _welcome_word_before(art: Article, pos: int) -> bool:
    """The word right before pos is a welcome noun or verb: "ترحيبه" (his welcome), "يرحب" (welcomes)."""
    words = art.words_before(pos, 1)
    return bool(words) and _is_welcome(words[0])


def _welcomed_by(art: Article, m: Any, h: Hit) -> bool:
    """The leader m stands right before the visit noun h and a welcome verb a few words before him: "رحب
    الرئيس ماكرون بزيارة" (President Macron welcomed the visit)."""
    if art.word_start(h.start) - m.end > SUBJECT_GAP or art.text[m.end:art.word_start(h.start)].strip(" ،,"):
        return False
    return any(_is_welcome(w) for w in art.words_before(art.word_start(m.start), SUBJECT_WORDS))


def _is_welcome(word: str) -> bool:
    w = word.strip("،,\"")
    return w in grammar_words("welcome_words") or (w[:1] in CONJUNCTIONS and w[1:] in grammar_words("welcome_words"))


def _owner_after(art: Article, h: Hit, m: Any) -> Any | None:
    """The leader m after the visit noun is its traveller: its genitive right after it, past his title
    ("بزيارة الرئيس الصيني شي", President Xi's visit), or li- (of) on him or his title after at most two
    adjectives ("بالزيارة التاريخية للرئيس الصيني شي", the historic visit of the Chinese president;
    "بزيارة رسمية لماكرون", an official visit of Macron's)."""
    words = [w.strip("،,") for w in art.folded_slice(art.word_end(h.end), art.word_start(m.start)).split()]
    if any(w in grammar_words("locatives") for w in words):
        return None
    li_at = len(words) if art.li_glued(m) else next((k for k, w in enumerate(words) if _li_word(w)), None)
    if li_at is None:  # a genitive: "الزيارة" (the visit, with al-) takes none
        return m if not definite(h) and len(words) <= TITLE_WORDS and all(w.startswith("ال") for w in words) else None
    title = words[li_at + 1:]
    if li_at > OWNER_WORDS or len(title) > TITLE_WORDS or not all(w.startswith("ال") for w in title):
        return None
    # an indefinite noun's own definite genitive makes the li- leader the visited one: "زيارة الحزب لبشار الأسد"
    return None if li_at and not definite(h) and words[0].startswith("ال") else m


def _li_word(word: str) -> bool:
    """li- (of, to) glued on a word that is no al- word: "للرئيس" (li-l-ra'is), "لماكرون"."""
    return word.startswith("ل") and not word.startswith("ال")


def _destination_country(art: Article, i: int, visitor: Any) -> str | None:
    """The country of a place named right after the traveller, not his own: "للرئيس الصيني للإمارات" (to the UAE)."""
    return next((p.country for p in sorted(art.places.get(i, []), key=lambda p: p.start)
                 if 0 <= p.start - visitor.end <= DESTINATION_CHARS and p.country and p.country != visitor.country), None)
