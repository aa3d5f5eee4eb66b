"""Where the article places the pair with no visit word: "وعرض التلفزيون صورا لشي وكيم يسيران
بمحاذاة البحر في مدينة داليان" (television showed Xi and Kim walking by the sea in the city of
Dalian), "حفل عشاء ... على شرف الرئيس الفرنسي ماكرون ... بالبيت الأبيض" (a dinner in French
president Macron's honour at the White House). A reported meeting whose own sentences, the whole
article (place.article_city), the dateline and the summits give no city takes the one city of the
host's country that the sentences naming both leaders, the traveller alone, or the pair by a dual noun
("وبدعوة من كيم، خطا الزعيمان ... إلى بيت السلام", the two leaders walked to the Peace House) put them in
(merge.py reads it last). A round-up's item heading ("وفى أنقرة.. يصل ...", and in Ankara.. arrives) is where the
article places the item after it (heading_scene, read by merge.py before the dateline)."""
from __future__ import annotations

import datetime as dt
import re
from functools import cache
from typing import Any

from tasks.extract.visits.article import Article
from tasks.extract.visits.listed import city_of
from tasks.extract.visits.place import locative
from tasks.extract.visits.return_leg import after_return
from tasks.extract.visits.seats import office_place
from ziyarat.arabic import BI, FA, KA, LI, QUOTE_MARKS, WA, fold, fold_term
from ziyarat.lexicon import grammar_words, trigger_words

TENSE_CUES = ("c:past_reference", "c:future_plan", "c:first_since", "c:invitation")
SCENE_DAYS = 1  # a day the sentence names is the news': publication's or the day before


def pair_scene(art: Article, visitor: Any, host: Any, date: dt.date | None) -> tuple[str | None, str | None]:
    """(city, country) when every such sentence, with no visit word, no cue of another time and no
    other day, that names a city of the host's country after a locative names the same one; a
    visitor's trip to several cities ("القدس" then "رام الله") gives none."""
    if not host.country or host.country == visitor.country:
        return None, None
    ids = {visitor.entity_id, host.entity_id}
    found: set[tuple[str, str]] = set()
    by_noun = _pair_noun_sentences(art, ids)
    for i in sorted(set(art.leaders) | by_noun):
        named = _named(art, i)
        if not (named == ids or named == {visitor.entity_id} or i in by_noun) or not _of_the_day(art, i, date):
            continue
        found |= {(city_of(p), p.country) for p in art.places.get(i, []) if city_of(p) and p.country == host.country
                  and locative(art, p) and not art.in_quote(p.start) and not office_place(art, p) and not after_return(art, p)
                  and not _said(art, i, p)}
    return next(iter(found)) if len(found) == 1 else (None, None)


HEADING_MARKS = " .:\u060c-\u2013\n\t"  # what a round-up's heading ends with: "وفى أنقرة.." (and in Ankara..)


def heading_scene(art: Article, sents: list[int], country: str | None) -> tuple[str | None, str | None]:
    """(city, country) of a round-up item's heading: the sentence right before the pair's first one is only
    "في" and a place ("وفى أنقرة.. يصل رئيس وزراء لبنان", and in Ankara.. Lebanon's prime minister arrives), a city
    of `country` (the host's, where the row puts the meeting); not another country's ("ففى القاهرة.. يغادر الرئيس
    ... إلى ألمانيا", in Cairo.. the president leaves for Germany: the departure's)."""
    j = min(sents, default=0) - 1
    places = art.places.get(j, []) if j >= 0 else []
    if country is None or len(places) != 1 or not city_of(places[0]) or places[0].country != country:
        return None, None
    p, (s, e) = places[0], art.sentences[j]
    before = art.folded_slice(s, p.start).split()
    after = art.text[p.end:e].strip(HEADING_MARKS)
    fi = fold_term("\u0641\u064a")  # في (in), with wa- or fa- before it: "وفى", "ففى"
    if after or len(before) != 1 or before[0] not in (fi, WA + fi, FA + fi):
        return None, None
    return city_of(p), p.country


def _named(art: Article, i: int) -> set[str]:
    """The leaders sentence i names outside quotations."""
    return {m.entity_id for m in art.leaders.get(i, []) if not art.in_quote(m.start)}


def _pair_noun_sentences(art: Article, ids: set[str]) -> set[int]:
    """The sentences that name the pair by a dual or plural noun (grammar.yaml dual_leader_subjects, dual_leader_genitives, pair_nouns: "وبدعوة من كيم، خطا
    الزعيمان إلى بيت السلام", at Kim's invitation the two leaders walked to the Peace House), no leader but one of
    the pair by name, when the leaders named before them are the pair's two and no one else, or the sentence right
    before names just the pair: "the two" are then these two; not "الرئيسان السابقان" (the two former presidents)."""
    out, before = set(), set()
    for i in range(len(art.sentences)):
        if _named(art, i) <= ids and (before == ids or _named(art, i - 1) == ids) and has_pair_noun(art, i):
            out.add(i)
        before |= _named(art, i)
    return out


def has_pair_noun(art: Article, i: int) -> bool:
    """Sentence i holds a pair noun outside quotations, no former's word right after it."""
    nouns, former = _pair_nouns(), _former_words()
    longest = max(len(n.split()) for n in nouns)
    start, end = art.sentences[i]
    spans = [(m.start() + start, m.group()) for m in re.finditer(r"\S+", art.text[start:end])]
    words = [_bare(fold(w).strip("\u060c,.:" + QUOTE_MARKS)) for _, w in spans]
    for k, (pos, _) in enumerate(spans):
        for n in range(longest, 0, -1):
            if " ".join(words[k:k + n]) in nouns and not art.in_quote(pos):
                return k + n >= len(words) or words[k + n] not in former
    return False


@cache
def _pair_nouns() -> frozenset[str]:
    """grammar.yaml's duals of two leaders (dual_leader_subjects, dual_leader_genitives) and pair_nouns, folded."""
    keys = ("dual_leader_subjects", "dual_leader_genitives", "pair_nouns")
    return frozenset(fold_term(w) for key in keys for w in grammar_words(key))


@cache
def _former_words() -> frozenset[str]:
    return frozenset(fold_term(w) for w in grammar_words("former_after"))


def _bare(word: str) -> str:
    """A noun bare of its conjunction and preposition: "والزعيمان" -> "الزعيمان", "للزعيمين" -> "الزعيمين"."""
    word = word[1:] if word[:1] in (WA, FA) and len(word) > 4 else word
    if word.startswith(LI + LI):
        return "\u0627" + word[1:]
    return word[1:] if word[:1] in (BI, KA) and word[1:3] == "\u0627\u0644" else word


def _said(art: Article, i: int, p: Any) -> bool:
    """A speech verb stands before the place in its sentence: "وقال الأسد إن الوضع في موسكو" (Assad said
    the situation in Moscow) tells what he said, not where he was; so does a relative clause a few words
    before it: "الانتخابات التي حملته إلى البيت الأبيض" (the election that carried him to the White House)."""
    words = [w.strip("\u060c,").removeprefix(WA) for w in art.folded_slice(art.sentences[i][0], p.start).split()]
    return any(w in trigger_words("speech_verbs") for w in words) \
        or any(w in trigger_words("relative_pronouns") for w in words[-RELATIVE_WORDS:])


RELATIVE_WORDS = 6  # a relative clause holding the place: "الانتخابات التي حملته إلى البيت الأبيض"


def _of_the_day(art: Article, i: int, date: dt.date | None) -> bool:
    """Sentence i tells no visit or meeting word, no cue of an earlier or a planned time, no "كان", and no day
    but the meeting's (or, undated, the news'): "وكان أوباما قد زار القدس" and "يزور غدا بيت لحم" are
    other days'."""
    hits = art.by_sent.get(i, ())
    answered = [h for h in hits if h.group == "c:invitation_answered"]
    if any((h.group.startswith("t:") or h.group in TENSE_CUES)
           and not any(a.start <= h.start < a.end for a in answered) for h in hits):
        return False  # "بدعوة من كيم" (at Kim's invitation) tells the act done, no invitation ahead
    if grammar_words("kana_forms") & set(art.folded_slice(*art.sentences[i]).split()):
        return False  # "وكان بوتين قد حل في أنقرة" (had come to Ankara): the background
    for d in art.dates.get(i, []):
        if d.date is None or d.precision != "day":
            return False
        if date is not None and d.date != date:
            return False
        if date is None and (art.published is None or not 0 <= (art.published - d.date).days <= SCENE_DAYS):
            return False
    return True
