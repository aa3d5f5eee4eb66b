"""The office a bare title names when it stands as a meeting's partner and the host is found by office.

A country whose head of government receives foreign leaders (triggers.yaml `host_office_by_country`)
has that head for the host of a meeting that names nobody: "وصل ترامب إلى لندن" (Trump arrived in
London) is hosted by the prime minister. But a royal title right after the meeting word says whom he
met: "كما يجتمع مع الملكة في قلعة وندسور" (he also meets the Queen at Windsor Castle), "التقى بالملك في
قصر الزرزويلا" (met the King at the Zarzuela palace), "استقبله الإمبراطور" (the Emperor received him):
the monarch, by the title's office (triggers.yaml `host_title_offices`). A feminine title finds only
a woman holder (`host_title_feminine`: "الملكة" beside a king is his consort, no host by title); a
title with a name after it is that person's mention, read by the entities, not here."""
from __future__ import annotations

import re
from functools import cache

from tasks.extract.visits.article import Article
from ziyarat.arabic import BI, EDGE_PUNCT, fold_term
from ziyarat.lexicon import get_lexicon, triggers_lexicon
from ziyarat.matching import Hit

PARTNER_WORDS = 10  # from the meeting word over its subject and day to the title: "اجتمع ترامب اليوم مع الملكة"
CLAUSE_MARKS = "[\u060c,.:;\u061b]"  # the title is in the meeting word's own clause


@cache
def _title_offices() -> dict[str, str]:
    """A bare royal title, folded -> the office it names ("الملكة" -> head_of_state)."""
    table = triggers_lexicon().get("host_title_offices") or {}
    return {fold_term(w): office for office, words in table.items() for w in words}


@cache
def _feminine() -> frozenset[str]:
    return frozenset(fold_term(w) for w in triggers_lexicon().get("host_title_feminine") or ())


def partner_title_office(art: Article, i: int, h: Hit, country: str | None) -> str | None:
    """The office of the bare royal title that is the meeting word h's partner, in its clause after it (alone
    or glued to bi-, past the subject and the day), in `country`: "يجتمع مع الملكة", "والتقى ترامب بالملك",
    "استقبله الإمبراطور"; None when no such title follows, a name follows it (a person the entities read),
    or a feminine title's office is held by a man on the article's day."""
    end = art.word_end(h.end)
    clause = re.split(CLAUSE_MARKS, art.text[end:art.sentences[i][1]], maxsplit=1)[0]
    pos = end
    for raw in clause.split()[:PARTNER_WORDS]:
        at, pos = art.text.find(raw, pos), art.text.find(raw, pos) + len(raw)
        word = fold_term(raw.strip(EDGE_PUNCT))
        title = word if word in _title_offices() else word[1:] if word[:1] == BI and word[1:] in _title_offices() else None
        if title is not None:
            break
    else:
        return None
    if any(at <= m.start <= pos + 1 for m in art.persons.get(i, [])):
        return None  # "التقى الملك فيليبي" (met King Felipe): his own mention
    office = _title_offices()[title]
    if title in _feminine() and country:
        p = get_lexicon().holder(office, country, art.period)
        if p is None or not p.female:
            return None
    return office
