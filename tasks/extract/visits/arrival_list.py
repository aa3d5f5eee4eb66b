"""Arrivals told one after another: a summit's round-up lists the leaders as they arrived, the next one
after a word that carries the list on ("ووصل تباعا كل من الرئيس التونسي ... والرئيس السوداني ...، تلاهم
الرئيس المصري محمد مرسي", the Tunisian and the Sudanese presidents arrived one after another, the Egyptian
president Mohamed Morsi followed them; "ثم الرئيس المصري", then; "كما وصل", arrived as well). That leader
arrived too: one more traveller of the list (tour.fellow_travellers, coordinated), never the host of those
before him, who are received by the host country's leader (greeters.group_receiver, or the summit trip's
head in candidates._complete_pair)."""
from __future__ import annotations

from functools import cache
from typing import Any, Callable

from tasks.extract.visits.article import Article
from ziyarat.arabic import CONJUNCTIONS, EDGE_PUNCT, fold_term
from ziyarat.lexicon import get_lexicon, grammar_words, titles_lexicon
from ziyarat.matching import Hit


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


LIST_HEAD_CHARS = 100  # from the arrival word past its plural subject and the head word to the first member


def headed_traveller(art: Article, i: int, h: Hit, after: list[Any]) -> Any | None:
    """The first leader after the arrival word h of sentence i when a word of grammar.yaml `arrival_list_heads`
    ("على رأسها", "في مقدمتهم", "أبرزهم", "من بينهم") stands right before his title or name, h's plural subject
    before it: "ووصلت إلى القاهرة وفود عربية على رأسها الرئيس الفلسطيني محمود عباس", "تأكد وصول 19 منهم،
    أبرزهم الرئيس التركي". No other person, visit word or full stop between h and him: "وصل ... حيث التقى
    مسؤولين على رأسهم الرئيس" (met officials headed by the president) is a meeting's object; None else."""
    m = after[0] if after else None
    if m is None or not 0 <= m.start - h.end <= LIST_HEAD_CHARS or any(p in art.text[h.end:m.start] for p in ".:؛") \
            or any(t is not h and t.start < m.start for t in art.near("triggers", i, h.end, m.start)) \
            or any(p.end <= m.start for p in art.near("persons", i, h.end, m.start)):
        return None
    words = [w.strip(EDGE_PUNCT) for w in art.folded_slice(h.end, m.start).split()]
    words = [w for w in words if w]
    heads = grammar_words("arrival_list_heads")
    for k in range(len(words)):
        first = words[k][1:] if words[k][:1] in CONJUNCTIONS and words[k] not in heads else words[k]
        for n in (1, 2):
            if " ".join([first, *words[k + 1:k + n]]) in heads and all(w in _title_words() for w in words[k + n:]):
                return m
    return None


def headed(rule: Callable[..., tuple[Any, Any, float]]) -> Callable[..., tuple[Any, Any, float]]:
    """The arrival role rule, its traveller the member a list head names first (headed_traveller) when there is
    one: the verb agrees with the plural, not with him ("وصلت ... وفود عربية على رأسها الرئيس", feminine)."""
    def rule_headed(art: Article, i: int, h: Hit, r: Any) -> tuple[Any, Any, float]:
        head = headed_traveller(art, i, h, r.after)
        return (head, None, 2.0) if head is not None else rule(art, i, h, r)
    rule_headed.__doc__ = rule.__doc__
    return rule_headed
