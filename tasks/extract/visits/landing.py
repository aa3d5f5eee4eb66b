"""Where a leader's plane landed, told in its own sentence beside his arrival or his reception: "وصل أوباما
اليوم إلى إسرائيل ... . وهبطت الطائرة الرئاسية الأمريكية في مطار بن غوريون قرب تل أبيب" (the American
presidential plane landed at Ben Gurion airport near Tel Aviv). The landing sentence names no leader (the plane is
"the presidential plane", "the plane carrying him"), so no trigger of it gives a row; but its city, in the host's
country, is where the arrival told next to it took place (place.article_city votes with it)."""
from __future__ import annotations

from typing import Any

from tasks.extract.visits.article import Article
from tasks.extract.visits.leaders import pid
from tasks.extract.visits.listed import city_of
from ziyarat.arabic import WA
from ziyarat.lexicon import grammar_words

OPENING_WORDS = 4  # "وقد حطت الطائرة": the landing verb stands among the sentence's first words


def lands(art: Article, j: int) -> bool:
    """Sentence j opens with a plane's landing: a landing verb (grammar.yaml landing_verbs: "هبطت", "حطت") past
    "و" and "قد" at most, and a plane noun (plane_nouns: "الطائرة", "طائرته") right after it; not an
    indefinite "طائرة", anyone's plane ("حطت طائرة" is a trigger of its own)."""
    s, e = art.sentences[j]
    words = [w.lstrip(WA) if k == 0 else w for k, w in enumerate(art.folded_slice(s, min(e, s + 80)).split())]
    words = [w for w in words[:OPENING_WORDS] if w not in grammar_words("landing_fillers")]
    return len(words) > 1 and words[0] in grammar_words("landing_verbs") and words[1] in grammar_words("plane_nouns")


def landing_cities(art: Article, sents: list[int], pair: tuple[Any, Any], country: str | None) -> list[tuple[str, str]]:
    """The cities of the host's `country` named in a landing sentence right before or after one of the meeting's
    own sentences (sents), naming no leader but the pair's: "قادمة من الجزائر" (coming from Algiers) is the
    other country's, left out."""
    ids = {pid(m) for m in pair}
    near = {k for i in sents for k in (i - 1, i + 1) if 0 <= k < len(art.sentences) and k not in sents}
    out: list[tuple[str, str]] = []
    for j in sorted(near):
        if {pid(m) for m in art.leaders.get(j, [])} <= ids and lands(art, j):
            out += [(city_of(p), p.country) for p in art.places.get(j, []) if city_of(p) and p.country == country]
    return out


def landing_votes(art: Article, sents: list[int], pair: tuple[Any, Any], country: str | None, votes: dict) -> None:
    """Add the landing cities' votes to place.article_city's `votes` (city -> [count, sentence, country]), ranked
    after every sentence's own: a tie goes to a city the article's sentences give."""
    for city, where in landing_cities(art, sents, pair, country):
        votes.setdefault(city, [0, len(art.sentences), where])[0] += 1
