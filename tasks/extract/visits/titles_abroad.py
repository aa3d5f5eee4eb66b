"""A bare home title in the story of a home leader's trip abroad names the visited country's holder.

A national outlet names its own leaders by office alone (tasks/extract/home.py), but it names the
hosts of its leader's trip abroad the same way: in an Egyptian paper of March 2013, "غادر الرئيس مرسي
نيودلهي في ختام زيارة دولة للهند ... وأجرى مباحثات مع رئيس الجمهورية ورئيس الوزراء" (Morsi left New
Delhi at the end of a state visit to India ... and held talks with the President of the Republic and
the prime minister) means India's president and prime minister, not Morsi himself and Egypt's own
prime minister. Once the article reports the home leader's trip to one country X, a bare home title
that stands as his partner in a meeting of the story (after "مع" (with), glued to bi-, after his own
name as the verb's object, or receiving him: "واستقبله رئيس الوزراء") is re-read as X's holder of
that office at the article's time. The sentence's subject stays the home one ("أكد رئيس الجمهورية
خلال لقائه مع ..." is the traveller), and so does a title in a sentence whose subject is another
home leader, or whose place is at home or in a third country.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from typing import Any

from tasks.extract.home import home_office
from tasks.extract.visits.article import Article, Candidate
from tasks.extract.visits.leaders import pid
from tasks.extract.visits.triggers import trigger_spec
from ziyarat.arabic import BI, WA
from ziyarat.lexicon import get_lexicon

PARTNER_ROLES = frozenset({"meet", "receive", "reception"})  # the meeting verbs and nouns whose partner a title can be
PARTNER_WORDS = 6  # "مع رئيس الجمهورية ونائب الرئيس ورئيس الوزراء": from "مع" (or the verb) to the last title listed
RECEIVER_WORDS = 3  # "استقبله بالمطار رئيس الوزراء": from the received pronoun to the title receiving him
RECEIVED_PRONOUNS = ("\u0647", "\u0647\u0627", "\u0647\u0645\u0627")  # -hu (him), -ha (her), -huma (the two): "استقبله", "في استقباله"
CLAUSE_MARKS = "\u060c,.:\u061b;"  # a comma or a stop between "مع" and the title: another clause


def trips_abroad(art: Article, cands: list[Candidate]) -> dict[str, str]:
    """Home traveller's id -> the one country the article reports his trip to (stated, held or under way)."""
    dest: dict[str, set[str]] = defaultdict(set)
    for c in cands:
        if c.kind == "reported" and not c.planned and c.directed >= 1.0 and art.home \
                and c.visitor.country == art.home and c.host.country not in (None, art.home):
            dest[pid(c.visitor)].add(c.host.country)
    return {t: next(iter(cs)) for t, cs in dest.items() if len(cs) == 1}


def hosts_by_office(art: Article, cands: list[Candidate], mentions: list[Any]) -> list[Any] | None:
    """The article's mentions with each bare home title that stands as a home traveller's partner in
    the story of his trip abroad replaced by the visited country's holder of its office; None when
    no title is re-read (the article's reading stands)."""
    trips = trips_abroad(art, cands)
    if not trips:
        return None
    swaps = {}
    for i, leaders in art.leaders.items():
        for m in leaders:
            if m.resolved_by != "title" or m.country != art.home or (office := home_office(m.surface)) is None:
                continue
            for traveller, country in trips.items():
                if _partner(art, i, m, traveller) and _abroad_sentence(art, i, country):
                    p = get_lexicon().holder(office, country, art.period)
                    if p is not None and p.id != traveller:
                        swaps[(m.start, m.end)] = _holder_mention(m, p, country, art)
                    break
    if not swaps:
        return None
    return [swaps.get((m.start, m.end), m) if m.entity_type == "person" else m for m in mentions]


def _holder_mention(m: Any, p: Any, country: str, art: Article) -> Any:
    """m re-read as p, holder of its office in `country` (its surface and offsets kept: the evidence)."""
    offices = list(dict.fromkeys(o.office for o in p.offices_on(art.period)))
    return replace(m, entity_id=p.id, name_en=p.name_en, name_ar=p.name_ar, country=country, offices=offices)


def _partner(art: Article, i: int, m: Any, traveller: str) -> bool:
    """m (a bare home title in sentence i) is the traveller's partner in a meeting word before it,
    and no other home leader is the sentence's subject."""
    h = next((h for h in reversed(art.by_sent[i]) if h.group.startswith("t:") and h.end <= m.start
              and trigger_spec(h.group)["role"] in PARTNER_ROLES and not art.in_speech_at(h.start)), None)
    if h is None or art.in_speech_at(m.start):
        return False
    others = [x for x in art.leaders.get(i, []) if x.start < m.start and pid(x) != traveller
              and x.country == art.home and not (x.start >= h.end and home_office(x.surface))]
    if others:
        return False  # "التقى رئيس الوزراء قنديل مع رئيس الجمهورية": a meeting at home
    gap = art.folded_slice(h.end, m.start)
    words = gap.split()
    if "مع" in words:  # "مع رئيس الجمهورية ونائب الرئيس ورئيس الوزراء": the list after the last "مع"
        tail = words[len(words) - words[::-1].index("مع"):]
        return len(tail) <= PARTNER_WORDS and not any(ch in " ".join(tail) for ch in CLAUSE_MARKS)
    glued = m.start > 0 and art.text[m.start - 1] == BI and (m.start < 2 or not art.text[m.start - 2].isalpha()
                                                             or art.text[m.start - 2] == WA)
    if glued:  # "التقى برئيس الوزراء" (met with the prime minister)
        return len(words) <= PARTNER_WORDS and not any(ch in gap for ch in CLAUSE_MARKS)
    named = [x for x in art.leaders.get(i, []) if pid(x) == traveller and h.end <= x.start and x.end <= m.start]
    if named:  # "التقى الرئيس مرسي رئيس الوزراء" (Morsi met the prime minister): the object after his name
        rest = art.folded_slice(named[-1].end, m.start)
        return len(rest.split()) <= 2 and not any(ch in rest for ch in CLAUSE_MARKS)
    # "واستقبله رئيس الوزراء" (and the prime minister received him): the traveller is the pronoun
    pronoun = (h.suffix or art.folded_slice(h.start, h.end)).endswith(RECEIVED_PRONOUNS)
    return pronoun and trigger_spec(h.group)["role"] != "meet" and len(words) <= RECEIVER_WORDS \
        and not any(ch in gap for ch in CLAUSE_MARKS)


def _abroad_sentence(art: Article, i: int, country: str) -> bool:
    """Sentence i places nothing at home or in a third country but by a country's own name
    ("التعاون بين مصر والهند", cooperation between Egypt and India, is a topic, not a venue)."""
    places = get_lexicon().places
    return all(p.country == country or getattr(places.get(p.entity_id), "kind", None) == "country"
               for p in art.places.get(i, []))
