"""Bilateral summits named by their two countries: "القمة المصرية التركية" (the Egyptian-Turkish
summit), "القمة السعودية الأمريكية", "القمة الكورية الشمالية-الأمريكية". The two country
adjectives after the summit noun name its sides, so a sentence that names one leader and the
summit ("وقال الرئيس مرسي خلال القمة المصرية التركية اليوم إن ...", Morsi said during the
Egyptian-Turkish summit today that ...) has for its other side the other country's leader,
named in the sentence or beside it; an unnamed head is not guessed. "القمة العربية" (the Arab
League summit) names no country and "القمة المصرية" one: neither is read here."""
from __future__ import annotations

import re
from typing import Any

from tasks.extract.visits.article import Article
from tasks.extract.visits.leaders import pid
from tasks.extract.visits.owners import partner_elsewhere
from tasks.extract.visits.summits import SUMMIT_WORDS
from ziyarat.arabic import fold_term
from ziyarat.lexicon import get_lexicon
from ziyarat.matching import Hit

ADJECTIVE_CHARS = 50  # from the summit noun past its two adjectives: "القمة الكورية الشمالية-الأمريكية"


def summit_countries(art: Article, h: Hit) -> tuple[str, str] | None:
    """The two countries whose adjectives follow the summit noun h, right after it, or None."""
    if fold_term(h.term) not in SUMMIT_WORDS or h.suffix:
        return None
    words = re.findall(r"[^\s\-\u2013\u060c,.:;«»\"()]+", art.text[h.end:h.end + ADJECTIVE_CHARS])
    adjectives = get_lexicon().adjectives
    out: list[str] = []
    k = 0
    while k < len(words) and len(out) < 2:
        two = adjectives.get(fold_term(" ".join(words[k:k + 2]))) if k + 1 < len(words) else None
        one = adjectives.get(fold_term(words[k]))
        if two is None and one is None:
            break  # the adjectives end: "القمة المصرية التركية الثانية" keeps both
        out.append(two or one)
        k += 2 if two else 1
    return (out[0], out[1]) if len(out) == 2 and out[0] != out[1] else None


def bilateral_partner(art: Article, i: int, h: Hit, known: Any) -> Any | None:
    """The other side of the bilateral summit h names, a leader of the country its adjectives
    name besides known's, told in sentence i or beside it; None when h names no two countries."""
    countries = summit_countries(art, h)
    if countries is None or known.country not in countries:
        return None
    other = countries[1] if known.country == countries[0] else countries[0]
    own = [m for m in art.leaders.get(i, []) if m.country == other and pid(m) != pid(known)]
    partner = own[0] if own else partner_elsewhere(art, i, known, other, h)
    return partner if partner is not None and partner.country == other else None
