"""A leader's residence as the place of a meeting: "وكان الرئيسان يتحدثان عقب محادثات أجرياها في مقر رئيس
الوزراء البريطاني ديفيد كاميرون شمال لندن" (the two presidents spoke after talks they held at the British prime
minister David Cameron's residence north of London). "في" (at) or a glued bi-, a residence noun (grammar.yaml
residence_nouns: "مقر", "قصر", "منزل") and one of the two leaders named right after it as its owner ("مقر إقامة",
the residence of, may stand between): he hosts. visits.direction reads it for a meeting no word orients. A guest's
lodging (grammar.yaml lodging_phrases) in the visit verb's subject's own country: the subject called on his guest
("زار الملك محمد السادس الملك سلمان في مقر إقامته بطنجة", King Mohammed VI called on King Salman at his residence in
Tangier: Salman travelled), read by visits.candidates before it orients the roles (lodged_sides, lodging_call). An
office noun right after a residence or seat noun is its owner, no verb's subject (owned_place)."""
from __future__ import annotations

import re
from typing import Any

from tasks.extract.visits.article import Article
from tasks.extract.visits.leaders import pid
from ziyarat.arabic import BI, WA, fold_term
from ziyarat.lexicon import grammar_words, trigger_words

LODGING_CHARS = 25  # from the lodging phrase to the city: "في مقر إقامته بمدينة طنجة"
OWNER_GAP = 8  # from the residence noun to its owner's name: "مقر إقامة كاميرون"
TITLE_GAP = 40  # ... past his title when a head noun opens it: "مقر رئيس الوزراء البريطاني ديفيد كاميرون"


def residence_hosts(art: Article, a: Any, b: Any) -> set[str]:
    """The ids of the two leaders the article names as the owner of a residence something is held at, outside quotes."""
    nouns, at = grammar_words("residence_nouns"), grammar_words("locatives")
    heads = trigger_words("unresolved_heads")
    out: set[str] = set()
    for i, (s, e) in enumerate(art.sentences):
        leaders = [m for m in art.leaders.get(i, []) if pid(m) in (pid(a), pid(b))]
        if not leaders:
            continue
        prev = ""
        for w in re.finditer(r"\S+", art.text[s:e]):
            word, start, end = fold_term(w.group()), s + w.start(), s + w.end()
            glued = word[:1] == BI and word[1:] in nouns
            if (glued or (word in nouns and prev in at)) and not art.in_quote(start):
                gap = TITLE_GAP if set(art.folded_slice(end, end + 20).split()[:2]) & heads else OWNER_GAP
                out |= {pid(m) for m in leaders if 0 <= m.start - end <= gap
                        and not any(c in art.text[end:m.start] for c in "\u060c,.")}
            prev = word
    return out


def lodging_call(art: Article, i: int, h: Any, visitor: Any, host: Any, country: str | None) -> bool:
    """Sentence i's visit word h has its subject (visitor) call on the other at a lodging in his own country ("في مقر
    إقامته بطنجة"): the other is the guest. Not a place in neither's or the host's country."""
    if not country or country != visitor.country or country == host.country:
        return False
    phrases = grammar_words("lodging_phrases")
    for p in art.places.get(i, []):
        if p.country != country or p.start < h.end:
            continue
        before = art.folded_slice(max(h.end, p.start - LODGING_CHARS - 15), p.start)
        if any(ph in before for ph in phrases) and not art.in_quote(p.start):
            return True
    return False


def lodged_sides(art: Article, i: int, h: Any, role: str, visitor: Any, host: Any, country: str | None) -> tuple[Any, Any]:
    """(visitor, host) of a visit or arrival word, turned round when it is a host's call on his guest's lodging
    (lodging_call): "زار محمد السادس الملك سلمان في مقر إقامته بطنجة", the one lodging came."""
    if role in ("visit", "arrive") and lodging_call(art, i, h, visitor, host, country):
        return host, visitor
    return visitor, host


def owned_place(art: Article, start: int) -> bool:
    """The word right before start is a residence or seat noun (grammar.yaml residence_nouns, office_place_nouns), bare
    or with wa- / bi- glued, so the noun at start is its owner: "مقر نائب الملك" (the viceroy's seat), "بمكتب وزير
    الخارجية" (at the foreign minister's office), "مقر إقامة السفير" (the ambassador's residence)."""
    words = art.words_before(start, 1)
    if not words:
        return False
    word = words[0].lstrip(WA)
    nouns = grammar_words("residence_nouns") | grammar_words("office_place_nouns")
    return word in nouns or (word[:1] == BI and word[1:] in nouns)
