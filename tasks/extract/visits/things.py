"""A thing as a side of a visit word: "وصل السباق مرحلة" (the race reached a stage), "استقبال
نفايات" (receiving waste), "زيارة الموقع الإلكتروني" (a visit to the website). The word right after
the trigger, its subject or its object, is a noun of triggers.yaml thing_nouns: no leader travels or
receives there, whoever the sentence names further on. vetoes.abstract_arrival reads it for
arrivals, visits.candidates for receptions and visit nouns."""
from __future__ import annotations

from tasks.extract.visits.article import Article
from tasks.extract.visits.triggers import trigger_spec
from ziyarat.lexicon import trigger_words
from ziyarat.matching import Hit

THING_CHARS = 40  # the one or two words right after a trigger that may name a thing


def thing_named(words: list[str]) -> bool:
    """The first one or two of these folded words name a thing: "الشحنة" (the shipment),
    "الموقع الإلكتروني" (the website)."""
    things = trigger_words("thing_nouns")
    return bool(words) and (words[0] in things or " ".join(words[:2]) in things)


def thing_side(art: Article, i: int, h: Hit) -> bool:
    """A reception word (a verb, or the noun "استقبال" with no pronoun) or a bare visit noun right
    before a thing: "يقبل استقبال نفايات السياسة وعملاء الأسد" (accepts receiving the refuse of
    politics and Assad's agents) receives no leader. Not a pronoun's reception ("استقباله"), whose
    side is the pronoun's, nor a visit verb: a leader visits a place ("زار بوتين الموقع")."""
    spec = trigger_spec(h.group)
    if h.suffix or spec["role"] not in ("receive", "visit") or (spec["role"] == "visit" and spec.get("tense")):
        return False
    end = art.word_end(h.end)
    words = art.folded_slice(end, min(art.sentences[i][1], end + THING_CHARS)).split()
    return thing_named([w.strip("\u060c,.:\u00ab\u00bb\"") for w in words])
