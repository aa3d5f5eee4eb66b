"""A place that is the subject of a verb of witnessing or hosting, with the meeting word as its
object right after it, is the meeting's venue: "شهدت باريس الثلاثاء لقاء بين ..." (Paris
witnessed on Tuesday a meeting between ...), "احتضنت العاصمة الفرنسية محادثات ..." (the French
capital hosted talks). The verbs are grammar.yaml `venue_verbs`; only with the trigger close
after the place ("شهدت دمشق اشتباكات بينما التقى ..." names where the clashes were). So is the place
right after such a verb in a relative clause on the meeting word, its object pronoun the word taken
back: "في مستهل قمتهما التاريخية التي تستضيفها سنغافورة" (at the start of their historic summit, which
Singapore hosts); a city only (a country there may host visits of others: "الزيارات التي شهدتها كندا"), and not
a clause on another noun between ("الاحتجاجات التي شهدتها", the protests)."""
from __future__ import annotations

from typing import Any

from tasks.extract.visits.article import Article
from ziyarat.arabic import AL, WA
from tasks.extract.visits.listed import city_of
from tasks.extract.visits.triggers import trigger_spec
from ziyarat.lexicon import grammar_words
from ziyarat.matching import Hit


VENUE_OBJECT_CHARS = 30  # from the place to the meeting word: "باريس الثلاثاء الماضي لقاء"
ADJECTIVES = 2  # definite adjectives between the meeting noun and its relative pronoun: "قمتهما التاريخية التي"
OBJECT_PRONOUNS = ("\u0647\u0627", "\u0647")  # ها (it, f.), ه (it, m.): "تستضيفها", "استضافه"


def venue_subject(art: Article, h: Hit, p: Any) -> bool:
    """The place right after a venue verb, the trigger a few words after it, or the verb in a relative
    clause right after the trigger taking it back (venue_relative)."""
    if p.start >= h.end:
        return venue_relative(art, h, p)
    if not 0 <= h.start - p.end <= VENUE_OBJECT_CHARS:
        return False
    words = [w.strip("،,") for w in art.words_before(p.start, 2)]
    if not words:
        return False
    w = words[-1]
    verbs = grammar_words("venue_verbs")
    return w in verbs or (w[:1] == WA and w[1:] in verbs)


def venue_relative(art: Article, h: Hit, p: Any) -> bool:
    """The place right after "<relative pronoun> <venue verb + object pronoun>" on a meeting noun: between
    the noun and the pronoun only the noun's own suffix and its definite adjectives ("قمتهما التاريخية التي
    تستضيفها"), at most ADJECTIVES of them; no verb's clause, no other noun's ("الاحتجاجات التي شهدتها")."""
    if trigger_spec(h.group).get("tense") or not city_of(p):
        return False  # a verb's clause ("وبحثا الاحتجاجات التي شهدتها القاهرة"); a country ("الزيارات التي شهدتها كندا")
    glued = art.text[h.end:p.start]
    suffix = "" if glued[:1].isspace() else glued.split()[0]  # "قمت|هما"
    words = [w.strip("\u060c,") for w in art.folded_slice(h.end + len(suffix), p.start).split()]
    if not 2 <= len(words) <= ADJECTIVES + 2:
        return False
    verbs = grammar_words("venue_verbs")
    *between, rel, verb = words
    return all(w.startswith(AL) for w in between) and not art.near("persons", art.sent_of(h.start), h.end, p.start) \
        and rel in grammar_words("relative_pronouns") and any(verb.endswith(o) and verb[: -len(o)] in verbs for o in OBJECT_PRONOUNS)
