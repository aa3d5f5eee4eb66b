"""The meeting's city from the article's title, when its text gives none.

A reported meeting that every rule of the text leaves without a city (no locative, no
dateline, no summit's place) takes the city its title gives, read as one sentence by the
text's own rule (place.city_of_meeting): the city after a visit or meeting word of the
title ("زيارة الرئيس لجوبا", the president's visit to Juba; "قمة ... في بكين"), not told
as earlier or planned, or the
city a leader of the pair speaks from ("أمير قطر من برلين: ...", the emir of Qatar from
Berlin: ...). Only a city of the country the text puts the meeting in (the host's, or the
third country of a meeting there): never the visitor's home ("يعود إلى القاهرة بعد
زيارته للهند", back in Cairo after his visit to India), nor a city of another country's
event. A title naming a leader outside the pair tells another story, and a capital
standing for its government ("قطر تشتري من واشنطن", Qatar buys from Washington) has no
visit word and no speaker of the pair before it: neither gives a city. The row's evidence
stays the text's sentence.
"""
from __future__ import annotations

from typing import Any

from tasks.extract.visits.article import Article
from tasks.extract.visits.listed import city_of
from tasks.extract.visits.place import TENSE_REACH, city_of_meeting
from ziyarat.arabic import sentence_spans

_FROM = "\u0645\u0646"  # من (from): "أمير قطر من برلين:"
SPEAKER_MARKS = (":", "\u060c", "-", "\u2013")  # what follows the city a speaker speaks from
SPEAKER_GAP = 3  # characters between the speaker's name and "من"


def title_cities(rows: list[dict], title: str | None, mentions: list, published: Any, period: Any = None,
                 home: str | None = None) -> None:
    """Fill in place the city (and keep the country) of the reported rows with none,
    from the article's `title` (its entity `mentions` found as the text's)."""
    todo = [r for r in rows if r["kind"] == "reported" and r["city"] is None and r["country"]]
    if not title or not todo:
        return
    art = Article(title, sentence_spans(title), mentions, [], published, period, home)
    leaders = [m for ls in art.leaders.values() for m in ls]
    # not an earlier or a planned meeting: "بعد قمتهما السابقة في سوتشي" (after their earlier summit in Sochi)
    tensed = [c.start for c in art.hits if c.group in ("c:past_reference", "c:future_plan", "c:first_since")]
    for row in todo:
        pair = {row["visitor"], row["host"]}
        if any((m.name_en or m.surface) not in pair for m in leaders):
            continue  # another leader's story
        found = [city_of_meeting(art, art.sent_of(h.start), h) for h in art.hits if h.group.startswith("t:")
                 and not any(abs(c - h.start) <= TENSE_REACH for c in tensed)]
        found += [(city_of(p), p.country) for m in leaders for p in _spoken_from(art, m)]
        city = next((c for c, country in found if c and country == row["country"]), None)
        if city is not None:
            row["city"] = city


def _spoken_from(art: Article, m: Any) -> list[Any]:
    """The city a leader speaks from in a headline: "<leader> من <city>:"."""
    out = []
    for ps in art.places.values():
        for p in ps:
            gap = art.text[m.end:p.start].strip()
            after = art.text[p.end:p.end + 2].strip()[:1]
            if city_of(p) and gap == _FROM and p.start - m.end <= len(_FROM) + SPEAKER_GAP and after in SPEAKER_MARKS:
                out.append(p)
    return out
