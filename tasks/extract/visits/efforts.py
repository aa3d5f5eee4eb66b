"""A meeting word governed by a noun of necessity, wish or effort: a meeting needed, wished for,
sought or worked at, none held by the ones who need or work at it (read by vetoes.hypothetical).

The effort may be told in a relative clause, its verb of making with the effort's pronoun
("الجهود التي بذلها", the efforts he made) and a verbal noun of arranging or "for the sake of"
before the meeting word: "شكر كيم مون على الجهود التي بذلها لترتيب قمة سنغافورة" (Kim thanked
Moon for the efforts he made to arrange the Singapore summit). The one who made them arranged
another's summit: the thanker and the thanked are no pair of that meeting."""
from __future__ import annotations

from tasks.extract.visits.article import Article
from ziyarat.arabic import QUOTE_MARKS, fold_term
from ziyarat.lexicon import grammar_words
from ziyarat.matching import Hit

EFFORT_CHARS = 90  # from the meeting word back to the effort noun: "الجهود الكبيرة التي بذلها في سبيل القمة"
EFFORT_ADJECTIVES = 1  # words between the effort noun and its relative pronoun: "الجهود الكبيرة التي"


def needed(art: Article, h: Hit) -> bool:
    """A noun of necessity, wish or effort governs the meeting word: "ترى ضرورة عقد قمة" (sees the need to hold a
    summit), "أكدا أهمية اللقاء", "عبر عن رغبته في إجراء محادثات" (voiced his wish to hold talks), "يسعى لعقد قمة" (seeks
    to hold), "جهودا تجري لعقد قمة" (efforts are being made to hold a summit), "الجهود التي بذلها لترتيب قمة" (the
    efforts he made to arrange a summit: `_effort_made`); or "any" stands right before it: "خلال أي اجتماع مع"
    (during any meeting with)."""
    words = [w.strip("،,") for w in art.words_before(art.word_start(h.start), 3)]
    if words and words[-1] in grammar_words("any_words"):
        return True
    if _effort_made(art, h):
        return True
    if words and words[-1] in grammar_words("holding_nouns") | grammar_words("purpose_holding"):  # "عقد", "لعقد"
        words = words[:-1]
    if words and words[-1] in grammar_words("effort_verbs") | {fold_term("في"), fold_term("إلى")}:  # "رغبته في", "يسعى إلى"
        words = words[:-1]
    return bool(words) and words[-1] in grammar_words("modal_nouns")


def _effort_made(art: Article, h: Hit) -> bool:
    """Right before the meeting word, a verbal noun of arranging (grammar.yaml arranging_nouns: "لترتيب",
    "للتحضير") or "في سبيل" (for the sake of), after a verb of making with the effort's pronoun
    (effort_made_verbs: "بذلها", he made them), after a relative pronoun and an effort noun (modal_nouns:
    "الجهود"), one adjective allowed between: "الجهود الكبيرة التي بذلها في سبيل القمة"."""
    start = art.word_start(h.start)
    words = [w.strip("،," + QUOTE_MARKS) for w in art.folded_slice(max(0, start - EFFORT_CHARS), start).split()]
    words = [w for w in words if w]
    if words[-1:] and words[-1] in grammar_words("arranging_nouns"):
        words = words[:-1]
    elif words[-2:] == [fold_term("في"), fold_term("سبيل")]:
        words = words[:-2]
    else:
        return False
    if not (words[-1:] and words[-1] in grammar_words("effort_made_verbs")):
        return False
    words = words[:-1]
    if not (words[-1:] and words[-1] in grammar_words("relative_pronouns")):
        return False
    return any(w in grammar_words("modal_nouns") for w in words[-2 - EFFORT_ADJECTIVES:-1])
