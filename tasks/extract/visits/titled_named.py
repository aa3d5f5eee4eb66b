"""The people an undated article names as sitting leaders: a name right after a bare leader's
title ("الرئيس محمد مرسي", "رئيس الوزراء راخوي"), the host of its unnamed head of the visited
country when he held that office in the visitor's time (visits.leaders.likely_head)."""
from __future__ import annotations

from typing import Any

from tasks.extract.article_time import marked_former
from ziyarat.arabic import WA, fold_term
from ziyarat.lexicon import grammar_words, trigger_words

TITLE_WORDS = 2  # "رئيس الوزراء" (prime minister), the longest bare title right before a name


def titled_named(art: Any) -> frozenset[str]:
    """Ids of the persons the article names right after a bare title of triggers.yaml
    unresolved_heads ("الرئيس", "الملك", "رئيس الوزراء"), not marked former ("الرئيس السابق
    حسني مبارك": article_time.marked_former) nor after a word of an era (grammar.yaml
    era_before: "في عهد الرئيس مبارك", in President Mubarak's time, says nothing of who
    holds the office when the article was written). Empty for a dated article (its host is
    its day's holder); read once per article (art.memo)."""
    if art.published is not None:
        return frozenset()
    return art.memo("titled_named", lambda: _titled(art))


def _titled(art: Any) -> frozenset[str]:
    titles, era = trigger_words("unresolved_heads"), grammar_words("era_before")
    out: set[str] = set()
    for ms in art.persons.values():
        for m in ms:
            if not m.entity_id or m.entity_id in out:
                continue
            before = [fold_term(w) for w in art.text[max(0, m.start - 40):m.start].split()[-TITLE_WORDS - 1:]]
            for n in range(TITLE_WORDS, 0, -1):
                if len(before) >= n and " ".join(before[-n:]) in titles and not marked_former(art.text, m) \
                        and (len(before) == n or before[-n - 1].removeprefix(WA) not in era):
                    out.add(m.entity_id)
                    break
    return frozenset(out)
