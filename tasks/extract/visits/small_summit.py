"""A small summit its host holds: a meeting noun told as three-sided ("القمة الثلاثية", the trilateral
summit) that names its three sides, leaders of three countries and nobody else, in its sentence, and is
held in the country of one of them. Each of the two others visited him (GUIDE: a small meeting lists each
visitor with the host): "القمة الثلاثية التي عقدت أمس بين نجاد ومرسي وجول" in Cairo is Ahmadinejad's and
Gül's with Morsi. multilateral.body_summit still makes the noun no pair's of the two nearest leaders;
candidates.py reads these sides instead. A third country's venue, or none the text gives, names no
host: no pair (the guests' own pair is left to a bilateral word of the text)."""
from __future__ import annotations

from typing import Any

from tasks.extract.visits.article import Article
from tasks.extract.visits.place import city_of_meeting, place_countries
from tasks.extract.visits.summits import summits_lexicon
from tasks.extract.visits.triggers import trigger_spec
from ziyarat.arabic import fold_term
from ziyarat.lexicon import trigger_words
from ziyarat.matching import Hit

SIDES_AFTER_CHARS = 200  # from the summit noun to the last side it names after it ("التي عقدت أمس ... بين A وB وC")
SIDES_BEFORE_CHARS = 120  # from a side named before it (its holder, its subjects) to the noun
SIDELINE_WORDS = 3  # "على هامش القمة الثلاثية" (on the trilateral summit's sidelines): another meeting


def summit_sides(art: Article, i: int, h: Hit) -> tuple[Any, list[Any], str | None, str | None] | None:
    """(host, guests, city, country) of the small summit the meeting noun h of sentence i names, or None."""
    spec = trigger_spec(h.group)
    if spec["role"] != "meet" or spec.get("tense") or h.suffix or not _three_sided(art, i, h):
        return None
    leaders = art.distinct_leaders(i)
    if len(leaders) != 3 or len({m.country for m in leaders if m.country}) != 3:
        return None
    end = art.word_end(h.end)
    after = [m for m in leaders if m.start >= end]
    if any(m.start - end > SIDES_AFTER_CHARS for m in after) \
            or any(h.start - m.end > SIDES_BEFORE_CHARS for m in leaders if m.end <= h.start) \
            or (after and any(p in art.text[h.end:after[-1].start] for p in ".:؛")):
        return None  # its sides, named around it in its clause
    city, country = _venue(art, i, h, leaders)
    host = next((m for m in leaders if m.country == country), None)
    if host is None:
        return None
    return host, [m for m in leaders if m is not host], city, country


def _three_sided(art: Article, i: int, h: Hit) -> bool:
    """A three-sided adjective right after h ("القمة الثلاثية", "اجتماعا ثلاثيا"), h no sideline's genitive."""
    end = art.word_end(h.end)
    three = trigger_words("three_sided_after")
    if not any(0 <= c.start - end <= 2 and art.folded_slice(c.start, c.end) in three for c in art.cues(i, "c:sided_after")):
        return False
    before = art.words_before(art.word_start(h.start), SIDELINE_WORDS)
    return not any(fold_term(w).split()[-1] in before for w in summits_lexicon().get("sideline", []))


def _venue(art: Article, i: int, h: Hit, leaders: list[Any]) -> tuple[str | None, str | None]:
    """Where the summit is: the place its sentence gives; else the one of the three countries the
    article's places name (Cairo named in the next sentence: "القمة الإسلامية بالقاهرة"), when only one is."""
    city, country = city_of_meeting(art, i, h)
    if country is not None:
        return city, country
    counts = place_countries(art)
    named = [m.country for m in leaders if counts.get(m.country)]
    return (None, named[0]) if len(named) == 1 else (None, None)
