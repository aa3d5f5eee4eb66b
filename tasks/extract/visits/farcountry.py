"""A country far past a trip word, beyond a new clause: "أثمرت عنه الزيارة من نتائج، أشار فيه إلى أن
الجانبين اتفقا على مد أنبوب نفط عبر الأردن إلى مصر" (the results the visit yielded, in which he said the two
sides agreed to lay a pipeline through Jordan to Egypt): Egypt is where the pipeline goes, not the visit's
goal (visits.place.city_of_meeting reads it)."""
from __future__ import annotations

from typing import Any

from tasks.extract.tense import verb_tense
from tasks.extract.visits.article import Article
from tasks.extract.visits.prospects import title_word
from ziyarat.arabic import WA
from ziyarat.matching import Hit

NEAR_GOAL_CHARS = 60  # a country this close after the trip word may be its goal whatever stands between


def past_new_clause(art: Article, h: Hit, p: Any) -> bool:
    """The place stands more than NEAR_GOAL_CHARS after the trigger and a comma followed by a past
    verb ("، أشار", ", he said"; "، واتفقا", ", and they agreed") lies between: another clause's place.
    A comma before a relative pronoun ("، التي بدأت", which began) or a phrase ("، على رأس وفد", heading a
    delegation) opens none."""
    if p.start - h.end <= NEAR_GOAL_CHARS:
        return False
    gap = art.text[h.end:p.start]
    for k, ch in enumerate(gap):
        if ch in "\u060c,":
            nxt = art.folded_slice(h.end + k + 1, min(p.start, h.end + k + 30)).split()[:1]
            forms = (nxt[0], nxt[0].removeprefix(WA)) if nxt else ()
            if any(verb_tense(w) == "past" for w in forms) and not any(title_word(w) for w in forms):
                return True  # not a title: "، أمير الكويت" (the emir of Kuwait) reads as a past verb's pattern
    return False
