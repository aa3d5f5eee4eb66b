"""Bilateral summits named by their two countries: "القمة المصرية التركية" (the Egyptian-Turkish
summit), "القمة السعودية الأمريكية", "القمة الكورية الشمالية-الأمريكية". The two country
adjectives after the summit noun name its sides, so a sentence that names one leader and the
summit ("وقال الرئيس مرسي خلال القمة المصرية التركية اليوم إن ...", Morsi said during the
Egyptian-Turkish summit today that ...) has for its other side the other country's leader,
named in the sentence or beside it; an unnamed head is not guessed. "القمة العربية" (the Arab
League summit) names no country and "القمة المصرية" one: neither is read here.

A headline may name the summit by its two leaders instead: "ما الذي أنجزته قمة ترمب - كيم؟" (what did
the Trump - Kim summit achieve?), "قمة ترامب وكيم: ...". The text then calls it the bare "القمة" (the
summit) beside one of the two ("قال ترمب في مؤتمر صحافي تبع القمة", Trump said at a press conference
after the summit): its other side is the headline's other leader, when the text names him too."""
from __future__ import annotations

import re
from typing import Any

from tasks.extract.visits.article import Article
from tasks.extract.visits.leaders import pid
from tasks.extract.visits.owners import partner_elsewhere
from tasks.extract.visits.summits import BARE_SUMMIT, SUMMIT_WORDS
from ziyarat.arabic import EDGE_PUNCT, WA, fold_term
from ziyarat.lexicon import get_lexicon, grammar_words
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
    if countries is None:
        return headline_partner(art, h, known)
    if known.country not in countries:
        return None
    other = countries[1] if known.country == countries[0] else countries[0]
    own = [m for m in art.leaders.get(i, []) if m.country == other and pid(m) != pid(known)]
    partner = own[0] if own else partner_elsewhere(art, i, known, other, h)
    return partner if partner is not None and partner.country == other else None


HEADLINE_SIDE_WORDS = 3  # the words of one side's name in the headline: "قمة دونالد ترامب وكيم جونغ أون"
JOINERS = ("-", "\u2013", "/")  # "ترمب - كيم", "ترامب/كيم": the hyphen, en dash or slash between two sides
_HEAD_TOKEN = re.compile(r"[\-\u2013/]|[^\s\-\u2013/]+")
STOP = "|"  # a punctuation mark in the headline: no side's name runs across it ("قمة ترامب وكيم: ...")


def headline_partner(art: Article, h: Hit, known: Any) -> Any | None:
    """The other side of the bare "القمة" h (no pronoun: not "قمتهما"), known bound to it, from a
    headline naming a summit of two leaders of two countries right after its summit noun, joined by
    "و" or a hyphen ("قمة ترمب - كيم", "قمة ترامب وكيم"), known one of them: the other, as the text
    names him (the headline's bare "كيم" is read by the text's leaders' spellings); None otherwise, and
    None unless the text tells the summit over right before h (_told_over)."""
    if h.suffix or fold_term(h.term) not in BARE_SUMMIT or art.headline is None or not _told_over(art, h):
        return None
    head = art.headline()
    sides = _headline_sides(art, head.text) if head is not None else None
    if sides is None or pid(known) not in sides:
        return None
    other = sides[1] if sides[0] == pid(known) else sides[0]
    named = [m for ms in art.leaders.values() for m in ms if pid(m) == other]
    return min(named, key=lambda m: abs(m.start - h.start)) if named else None


def _told_over(art: Article, h: Hit) -> bool:
    """The summit noun h stands right after an after-word or a past verb of following: "عقب القمة" (after
    the summit), "مؤتمر صحافي تبع القمة" (a press conference that followed it). Elsewhere the bare noun may
    be the summit still ahead ("استعدادات القمة", its preparations), which the headline does not date."""
    before = art.words_before(art.word_start(h.start), 1)
    return bool(before) and before[0] in grammar_words("after_words") | grammar_words("followed_verbs")


def _headline_sides(art: Article, title: str) -> tuple[str, str] | None:
    """The two leaders (ids) the headline's summit noun names right after it: each side one to
    HEADLINE_SIDE_WORDS words of one leader's spellings among the text's leaders, of two countries."""
    words = _headline_words(title)
    leaders = {pid(m): m for ms in art.leaders.values() for m in ms}
    people = get_lexicon().people
    spelt = {p: people[m.entity_id].name_words for p, m in leaders.items() if m.entity_id in people}
    for k, w in enumerate(words):
        if w not in SUMMIT_WORDS:
            continue
        first, n = _side(words[k + 1:], spelt)
        if first is None or k + 1 + n >= len(words):
            continue
        rest = words[k + 1 + n:]
        if rest[0] in JOINERS:
            rest = rest[1:]
        elif rest[0].startswith(WA) and len(rest[0]) > 1:
            rest = [rest[0][1:], *rest[1:]]  # "وكيم": and Kim
        else:
            continue
        second, _ = _side(rest, spelt)
        if second is not None and second != first and leaders[first].country != leaders[second].country:
            return first, second
    return None


def _side(words: list[str], spelt: dict[str, frozenset[str]]) -> tuple[str | None, int]:
    """The one leader whose spellings hold the longest run of words at the start (at most
    HEADLINE_SIDE_WORDS), and its length; (None, 0) when no leader or two leaders hold it."""
    for n in range(min(HEADLINE_SIDE_WORDS, len(words)), 0, -1):
        owners = [p for p, ws in spelt.items() if all(w in ws for w in words[:n])]
        if len(owners) == 1:
            return owners[0], n
        if len(owners) > 1:
            return None, 0
    return None, 0


def _headline_words(title: str) -> list[str]:
    """The headline's folded words, its joiners as words and a STOP after each punctuation mark."""
    out: list[str] = []
    for t in _HEAD_TOKEN.findall(title):
        word = t if t in JOINERS else t.strip(EDGE_PUNCT)
        if word:
            out.append(word if word in JOINERS else fold_term(word))
        if word != t:
            out.append(STOP)
    return out
