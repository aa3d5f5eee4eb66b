"""The goal of a trip told as "البلاد" (al-bilad, the country): the foreign country its sentence named before it.

A story written from the visited country, or about it, often sends the traveller to "the country" instead of
naming it again: "بعد ثلاثة أسابيع على بدء التدخل العسكري الفرنسي في مالي ... يزور الرئيس الفرنسي البلاد السبت"
(three weeks after the French intervention in Mali began ... the French president visits the country on
Saturday), "إطلاق الصاروخين على مدينة سديروت في جنوب إسرائيل ... في وقت تزامن مع الزيارة التي يقوم بها الرئيس
الأمريكي للبلاد" (rockets on Sderot in southern Israel ... as the US president makes his visit to the country).
The country is the nearest place of a country not the traveller's named before the trip word in its sentence,
not one he comes from ("قادما من باريس": من before it) nor the dateline's (the desk's city). Read by candidates._meeting_place only when the trip
word found no place of its own, so the visited country's head by office hosts it (candidates._complete_pair)
and the tense rules date it as any visit.

Only for a visit noun (role visit) or a visiting verb (triggers.yaml `country_anaphor_verbs`: "زار", "يزور";
an arrival "وصل إلى البلاد" is as often a return home), with "البلاد" its goal right after it, after its
traveller, or after a relative link of the noun (triggers.yaml `country_anaphor_links`: "التي يقوم بها", "إلى");
no comma, other leader or place between. "بلاده" (his country) is his own, "شمال البلاد" (the country's north)
a place at home, "خارج البلاد" (abroad) no place: none is read."""
from __future__ import annotations

import re
from typing import Any

from tasks.extract.visits.article import Article
from tasks.extract.visits.leaders import pid
from tasks.extract.visits.listed import city_of
from tasks.extract.visits.triggers import trigger_spec
from ziyarat.arabic import fold_term
from ziyarat.lexicon import trigger_words
from ziyarat.matching import Hit

ANAPHOR_REACH = 60  # from the trip word to "البلاد": "الزيارة التي يقوم بها الرئيس الأمريكي للبلاد"
FROM = "\u0645\u0646"  # من (from): the place after it is the trip's origin
# a dateline: a city (its country, an agency's tag in brackets) then a dash, within the text's first words:
# "تمبكتو (مالي) (ا ف ب) -", "غزة (CNN)--", "القاهرة - "
DATELINE = re.compile(r"[^\n.\u060c]{0,40}(?:\u060c[^\n.]{0,40})?(?:\)\s*[-\u2013\u2014]+|\s[-\u2013\u2014]+\s)")


def anaphoric_goal(art: Article, i: int, h: Hit, visitor: Any) -> tuple[str | None, str] | None:
    """(city, country) the trip word h of `visitor` (sentence i) went to when its goal is "البلاد", or None."""
    if visitor is None or not visitor.country or not _visiting_word(art, h):
        return None
    at = _anaphor_after(art, i, h, visitor)
    if at is None:
        return None
    desk = _dateline_end(art)
    before = [p for p in art.places.get(i, []) if desk <= p.start and p.end <= h.start and p.country
              and p.country != visitor.country and art.words_before(art.word_start(p.start), 1) != [FROM]]
    if not before:
        return None
    goal = max(before, key=lambda p: p.end)
    return city_of(goal), goal.country


def _dateline_end(art: Article) -> int:
    """Where the dateline that opens the text ends (0 with none): its city is the desk's, not the trip's country.
    "نيويورك، الولايات المتحدة الأمريكية (CNN)— كشفت وثائق ... للاستخبارات النيوزلندية ... خلال زيارتها للبلاد"
    (New York, USA (CNN) -- New Zealand intelligence files reveal ... during her visit to the country)."""
    m = DATELINE.match(art.text)
    return m.end() if m else 0


def _visiting_word(art: Article, h: Hit) -> bool:
    """A visit noun, or a verb of visiting (not of arriving)."""
    if trigger_spec(h.group).get("role") == "visit":
        return True
    word = art.folded_slice(art.word_start(h.start), art.word_end(h.end)).removeprefix("\u0648")
    return word in trigger_words("country_anaphor_verbs")


def _anaphor_after(art: Article, i: int, h: Hit, visitor: Any) -> int | None:
    """Where "البلاد" stands as the trip's goal after h: only the traveller (his title, his name) and link words
    between, no comma or full stop, no other person and no place."""
    start = art.word_end(h.end)
    end = min(art.sentences[i][1], start + ANAPHOR_REACH)
    anaphors, links = set(trigger_words("country_anaphors")), set(trigger_words("country_anaphor_links"))
    # the traveller after the trip word, his title before his name: "زيارة الرئيس الفرنسي فرانسوا هولاند للبلاد"
    own = [(start, m.end) for m in art.leaders.get(i, []) if pid(m) == pid(visitor) and start <= m.start < end]
    for w in re.finditer(r"\S+", art.text[start:end]):
        at, word = start + w.start(), fold_term(w.group().strip("\u060c,.\"«»"))
        if word in anaphors:
            others = [m for m in art.persons.get(i, []) if pid(m) != pid(visitor)] + art.places.get(i, [])
            return None if any(start <= m.start < at for m in others) else at
        if any(c in w.group() for c in "\u060c,.") or (word not in links and not any(s <= at < e for s, e in own)):
            return None
    return None
