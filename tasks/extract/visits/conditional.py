"""A meeting noun under a condition on itself: "زيارة أولاند للقاهرة، في حال إتمامها، ستكون الأولى" (Hollande's
visit to Cairo, if it takes place, would be the first) tells no meeting held. The condition (triggers.yaml `held_if`)
follows the noun in its sentence, set off by a comma, with no verb and no topic word between: a verb opens a clause
whose own noun the condition is on ("محادثات تناولت صفقة طائرات، في حال إتمامها", talks that dealt with an aircraft
deal, if it goes through), and so does a topic ("محادثات حول صفقة طائرات، في حال إتمامها", talks about a deal). Read by
the trigger vetoes (visits.vetoes.hypothetical); never for a verb trigger."""
from __future__ import annotations

from functools import cache

from tasks.extract.tense import verb_tense
from tasks.extract.visits.article import Article
from tasks.extract.visits.triggers import trigger_spec
from ziyarat.arabic import CONJUNCTIONS, fold_term
from ziyarat.lexicon import grammar_words, topics_lexicon
from ziyarat.matching import Hit

HELD_IF_CHARS = 100  # from a meeting noun to the condition on it, past its sides and place


def held_if(art: Article, i: int, h: Hit) -> bool:
    """The meeting noun h is the one a `held_if` condition of its sentence is on."""
    if trigger_spec(h.group).get("tense"):
        return False
    end = art.word_end(h.end)
    for c in art.cues(i, "c:held_if"):
        between = art.text[end:c.start]
        if 0 <= c.start - end <= HELD_IF_CHARS and between.rstrip().endswith(("،", ",")) \
                and verb_tense(between) is None and not _topic_between(art, end, c.start):
            return True
    return False


@cache
def _topic_words() -> frozenset[str]:
    """"حول" (about), "بشأن" (concerning), "لمناقشة" (to discuss): what follows is the talks' topic."""
    return frozenset(fold_term(w) for w in topics_lexicon().get("about") or ()) | grammar_words("discussion_nouns")


def _topic_between(art: Article, lo: int, hi: int) -> bool:
    return any(w.strip("،,").lstrip(CONJUNCTIONS) in _topic_words() or w.strip("،,") in _topic_words()
               for w in art.folded_slice(lo, hi).split())
