"""A visit told only as what a protest is against: "نددوا بزيارة الرئيس الإيراني لمصر" (they denounced the
Iranian president's visit to Egypt), "وقفة احتجاجية ... للإعلان عن رفضهم لزيارة أوباما للقدس" (a sit-in to
declare their rejection of Obama's visit to Jerusalem), "اللافتات المنددة بزيارة أمير قطر" (the banners
denouncing the emir's visit): the protest is the news, the visit its background, planned or over (read by
`aside.aside_only`). A pair the article tells by any other word keeps that word's reading, and a visit the protest
says is under way ("احتجاجات على زيارة يجريها", protests at a visit he is making) stays news."""
from __future__ import annotations

from tasks.extract.visits.article import Article, Candidate
from tasks.extract.visits.timing import under_way
from tasks.extract.visits.triggers import trigger_spec
from ziyarat.arabic import WA
from ziyarat.lexicon import grammar_words

ARTICLE = "\u0627\u0644"  # ال, the article glued after the preposition: "بالزيارة"
LAM = "\u0644"  # ل: "لل" is li- with the article's alef dropped ("للزيارة")


def protested_only(art: Article, group: list[Candidate]) -> bool:
    """Every mention of the pair is a visit noun, with no tense of its own and not under way, right after a
    protest head (grammar.yaml protest_heads: "ضد", "احتجاجا على", "نددوا ب", "رفضهم ل")."""
    return bool(group) and all(trigger_spec(c.hit.group)["role"] == "visit"
                               and not trigger_spec(c.hit.group).get("tense") and not c.past and not c.future
                               and not under_way(art, c.hit) and _after_protest(art, c) for c in group)


def _after_protest(art: Article, c: Candidate) -> bool:
    """The words right before the noun, with the preposition glued to it ("بزيارة": "ب"), end in a protest head."""
    start = art.word_start(c.hit.start)
    glued = art.folded_slice(start, c.hit.start).removeprefix(WA)
    glued = LAM if glued == LAM + LAM else glued.removesuffix(ARTICLE)
    words = [w.strip("\u060c,") for w in art.words_before(start, 2)]
    heads = grammar_words("protest_heads")
    return any(" ".join(words[k:] + ([glued] if glued else [])).removeprefix(WA) in heads for k in range(len(words)))
