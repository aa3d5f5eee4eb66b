"""The owner of a trip told in a phrase that opens its sentence, named later as the main verb's
subject right after the phrase's comma: "في ثاني أيام زيارته إلى الصين، أجرى الرئيس المصري ..."
(on the second day of his visit to China, the Egyptian president made ...), "وفي أول زيارة له إلى
الهند، التقى رئيس الوزراء البريطاني ..." (on his first visit to India, the British prime minister
met ...: a prime minister's longer title). The phrase may restate its trip with a bare trip noun of the same kind
("وعلى هامش زيارته للنمسا في أول زيارة نادرة لغرب أوروبا منذ العقوبات،": on his visit to Austria,
his first rare visit to Western Europe since the sanctions): that noun is the same trip, no other
one standing between. A meeting noun's partner after its "مع" (with) may be named in the phrase: "وفي بيان
عقب اجتماعه مع الرئيس الإسرائيلي، قال نتنياهو" (in a statement after his meeting with the Israeli president,
Netanyahu said) is Netanyahu's meeting, not that of someone named in the sentence before. A minister named
there leaves "his" to the sentences before (visits.owners).
The phrase's main verb, a perfect ("ألمح", hinted), tells the trip as under way or done when he acted
(`fronted_told_past`), whatever plan of it ("قبيل زيارته لفيينا", before his visit) the article tells next."""
from __future__ import annotations

import re
from typing import Any

from tasks.extract.tense import verb_tense
from tasks.extract.visits.article import Article
from tasks.extract.visits.leaders import is_leader
from tasks.extract.visits.triggers import trigger_spec
from ziyarat.arabic import CONJUNCTIONS, fold_term
from ziyarat.lexicon import grammar_words
from ziyarat.matching import Hit

FRONTED_CLAUSE_CHARS = 80  # from "زيارته" to the comma that ends the fronted phrase, past a restated trip ("في أول زيارة له منذ توليه")
FRONTED_WORDS = 6  # words from the sentence's start to "زيارته": "في ثاني أيام"
FRONTED_SUBJECT_CHARS = 40  # from that comma to the subject's name: a verb and a title ("التقى رئيس الوزراء البريطاني"), as visits.roles


def _restated(h: Hit, t: Hit) -> bool:
    """A trip noun of the hit's own kind with no pronoun of its own ("في أول زيارة نادرة"): the
    fronted phrase telling the same trip again, not a second event between it and its comma."""
    spec = trigger_spec(t.group)
    return spec["role"] == trigger_spec(h.group)["role"] and not spec.get("tense") and not t.suffix


def _partner_only(art: Article, i: int, h: Hit, s: int, comma: int) -> bool:
    """No one is named in the fronted phrase but the meeting's partner, after the "مع" (with) right after the
    trigger: "بعد اجتماعه مع الرئيس الإسرائيلي،" (after his meeting with the Israeli president)."""
    named = art.near("persons", i, s, comma)
    if not named:
        return True
    after = art.folded_slice(art.word_end(h.end), comma).split()
    return bool(after) and after[0] == fold_term("مع") and all(m.start >= h.end for m in named)


def fronted_owner(art: Article, i: int, h: Hit) -> Any | None:
    """The leader a fronted trip phrase ("في ثاني أيام زيارته إلى الصين،") belongs to: the first
    person named within reach after its comma, when he leads. None otherwise."""
    s = art.sentences[i][0]
    comma = art.text.find("\u060c", h.end, min(art.sentences[i][1], h.end + FRONTED_CLAUSE_CHARS))
    if comma < 0 or not _partner_only(art, i, h, s, comma) or any(
            t is not h and not _restated(h, t) for t in art.near("triggers", i, h.end, comma)):
        return None
    # the phrase opens the sentence (past a dateline's "--"): "في"، "خلال" ... and a few words
    opener = re.split(r"--|\u2014|\u2013|\)", art.folded_slice(s, h.start))[-1].split()
    heads = grammar_words("fronted_heads")
    if not opener or len(opener) > FRONTED_WORDS or not (
            opener[0] in heads or opener[0][1:] in heads and opener[0][:1] in CONJUNCTIONS
            or " ".join(opener[:2]).lstrip(CONJUNCTIONS) in heads):
        return None
    subject = next(iter(sorted(art.near("persons", i, comma, comma + FRONTED_SUBJECT_CHARS), key=lambda m: m.start)), None)
    if subject is None or art.in_quote(subject.start) or len(art.folded_slice(comma + 1, subject.start).split()) < 1:
        return None
    return subject if is_leader(subject) else None  # a minister there leaves "his" to the sentences before


def fronted_told_past(art: Article, i: int, h: Hit) -> bool:
    """The fronted trip phrase's main verb, the first word after its comma, is a perfect with the trip's owner
    as its subject: "وعلى هامش زيارته للنمسا، ألمح بوتين" (on the sidelines of his visit to Austria, Putin
    hinted): the trip was under way when he acted. Only a trip noun with his or her pronoun. Not "قد ألمح" (background) nor an imperfect ("يلتقي", ahead)."""
    if trigger_spec(h.group)["role"] != "visit" or h.suffix not in ("\u0647", "\u0647\u0627"):
        return False  # his or her trip, not "وخلال لقائهما" (during their meeting), told again after a dated one
    owner = fronted_owner(art, i, h)
    if owner is None:
        return False
    comma = art.text.find("\u060c", h.end, owner.start)
    words = art.folded_slice(comma + 1, owner.start).split()
    return bool(words) and words[0] not in grammar_words("qad_forms") | grammar_words("kana_forms") \
        and verb_tense(words[0]) == "past"
