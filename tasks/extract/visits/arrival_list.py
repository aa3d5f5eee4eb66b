"""Arrivals told one after another: a summit's round-up lists the leaders as they arrived, the next one
after a word that carries the list on ("ووصل تباعا كل من الرئيس التونسي ... والرئيس السوداني ...، تلاهم
الرئيس المصري محمد مرسي", the Tunisian and the Sudanese presidents arrived one after another, the Egyptian
president Mohamed Morsi followed them; "ثم الرئيس المصري", then; "كما وصل", arrived as well). That leader
arrived too: one more traveller of the list (tour.fellow_travellers, coordinated), never the host of those
before him, who are received by the host country's leader (greeters.group_receiver, or the summit trip's
head in candidates._complete_pair)."""
from __future__ import annotations

from functools import cache

from tasks.extract.visits.article import Article
from ziyarat.arabic import CONJUNCTIONS, EDGE_PUNCT, fold_term
from ziyarat.lexicon import get_lexicon, grammar_words, titles_lexicon


@cache
def _title_words() -> frozenset[str]:
    """Every word of an office title ("رئيس", "دولة", "الكويت", "الأردني") and every honorific ("الشيخ",
    "المشير"), folded: the words that may stand between a list's word and the next leader's name."""
    words = {w for t in get_lexicon().titles for w in fold_term(t.phrase).split()}
    return frozenset(words | {fold_term(w) for w in titles_lexicon().get("honorifics") or ()})


def continues_arrivals(art: Article, lo: int, hi: int) -> bool:
    """text[lo:hi], between one listed leader and the next, carries a list of arrivals on: a word of
    grammar.yaml `arrival_list_continuers` ("تلاهم", "ثم", "وتبعه"), optionally an arrival verb of
    `arrival_list_verbs` ("ثم وصل", "كما وصل"), then only the next leader's title ("الرئيس المصري",
    "أمير دولة الكويت الشيخ"). Any other word ends the list: "ثم التقى الرئيس" (then met the president),
    "تلاه لقاء مع الرئيس" (a meeting with the president followed), "ثم استقبله" (then received him)."""
    words = [w.strip(EDGE_PUNCT) for w in art.folded_slice(lo, hi).split()]
    words = [w for w in words if w]
    if not words:
        return False
    first = words[0]
    if first not in grammar_words("arrival_list_continuers"):
        first = first[1:] if first[:1] in CONJUNCTIONS else first
        if first not in grammar_words("arrival_list_continuers"):
            return False
    rest = words[1:]
    if rest and rest[0] in grammar_words("arrival_list_verbs"):
        rest = rest[1:]
    return all(w in _title_words() for w in rest)
