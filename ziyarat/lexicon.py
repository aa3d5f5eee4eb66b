"""Load the lexicons (ziyarat/lexicons/*.yaml) once and build ONE Aho-Corasick automaton
over the folded spellings of every person, place, organisation and title.

``get_lexicon().match(folded_text)`` yields the matches that respect Arabic word
boundaries: nothing word-like may follow a match, and what precedes it back to the
previous non-letter must be empty or a chain of proclitics (و "and", ف "so", ب "with/in",
ل "for", ك "like", ال "the"): "وبوتين" (wa-Butin) and "بالكرملين" (bi-l-Kremlin) match
بوتين and الكرملين. Arabic writes لِ + الأسد as "للأسد" (li-l-Asad, the alef of ال
drops), so every key that starts with ال is also stored without its alef and accepted
only after a ل.

Payloads are small tuples ``(kind, ref, weak, lam)``: kind is "person" | "place" | "organization" | "title" |
"generic_title" | "counterpart"; ref the entity id (or the :class:`Title`); weak marks a bare surname that needs
support (True) or the full name before it (AFTER_NAME; tasks/extract/entities.py); titles of office "leader"
resolve through ziyarat.leadership; lam is 0 for a plain key, 1 for a "لل" key that needs a ل proclitic before
it, 2 for a "لل" key whose ل is part of the key itself (لِ + اللاذقية -> "للاذقية").
"""
from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import yaml

from ziyarat.arabic import AL, CONJUNCTION_PREFIXES, LAM_PREFIXES, LI, NAME_PROCLITICS, fold_term
from ziyarat.leadership import leader_holders
from ziyarat.matching import WordAutomaton, squeeze_joins, word_hits
from ziyarat.terms import Office, Period, Person, tenure  # noqa: F401 - tenure: re-exported (extract reads it here)

LEXICON_DIR = Path(__file__).resolve().parent / "lexicons"

PERSON, PLACE, ORG = "person", "place", "organization"
TITLE, GENERIC, COUNTERPART, AFTER_NAME = "title", "generic_title", "counterpart", "after_name"

_ABD = "\u0639\u0628\u062f"  # عبد "servant of", written joined or apart: عبد العزيز / عبدالعزيز


@dataclass(frozen=True)
class Place:
    id: str
    name_en: str
    name_ar: str
    kind: str  # country | city | venue | region
    city: str | None
    country: str | None
    cues: tuple[str, ...] = ()
    exclude_next: frozenset[str] = frozenset()
    exclude_prev: frozenset[str] = frozenset()
    # folded spelling -> previous words that make it an adjective, not the place:
    # "قوات سورية" (Syrian forces) vs "في سورية" (in Syria)
    exclude_prev_for: dict[str, frozenset[str]] = field(default_factory=dict)
    # folded spelling that is also a common masculine adjective -> the previous words
    # after which it is the place: "في مالي" (in Mali) vs "دعم مالي" (financial support)
    only_after_for: dict[str, frozenset[str]] = field(default_factory=dict)


@dataclass(frozen=True)
class Organization:
    id: str
    name_en: str
    name_ar: str


@dataclass(frozen=True)
class Title:
    """An office phrase: resolves to the holder of (office, country) on a date.
    office is None for a counterpart title (the office comes from context)."""

    phrase: str
    office: str | None
    country: str
    feminine: bool = False  # "رئيسة الوزراء ..." (a woman's title): only a woman holds it
    # other countries whose leaders outlets also give this title's adjective (titles.yaml
    # shared_adjectives): "الرئيس النيجري" (Niger's) before Nigeria's "محمد بخاري"
    also: tuple[str, ...] = ()
    of: str = ""  # titles.yaml counterpart_halves: "نظيره الشمالي" needs a referent of this country (South Korea)

    def held_abroad(self, person: Person, when: dt.date | Period | None) -> bool:
        """person holds this title's office (any, for a counterpart title) in one of the
        `also` countries on the day or in the period `when` (never when it is unknown)."""
        return when is not None and any(o.country in self.also and self.office in (None, o.office)
                                        and o.active(when) for o in person.offices)


@dataclass
class Lexicon:
    people: dict[str, Person]
    places: dict[str, Place]
    orgs: dict[str, Organization]
    titles: list[Title]
    months: dict
    block_before: frozenset[str]
    block_after: frozenset[str]
    honorifics: frozenset[str] = frozenset()
    adjectives: dict[str, str] = field(default_factory=dict)  # folded adjective -> country
    named_after: frozenset[str] = frozenset()  # "جامعة" in "جامعة الملك فهد": a place, not the king
    sport_cues: frozenset[str] = frozenset()  # "المنتخب", "المباراة": "نظيره الإماراتي" is a team
    holders: dict[tuple[str, str], list[tuple[Office, str]]] = field(default_factory=dict)
    automaton: WordAutomaton | None = None
    n_keys: int = 0

    def holder(self, office: str, country: str, when: dt.date | Period | None) -> Person | None:
        """Who held office in country on the day `when`, or the one person who held it
        over the whole Period; None when nobody or several did, and always for None:
        an office is never resolved at today's date when the article's time is unknown."""
        if when is None:
            return None
        if isinstance(when, Period):
            ids = {pid for off, pid in self.holders.get((office, country), ()) if off.active(when)}
            if len(ids) == 1:
                pid = next(iter(ids))
                if any(off.covers(when) for off, p in self.holders[(office, country)] if p == pid):
                    return self.people[pid]
            return None
        for off, pid in self.holders.get((office, country), ()):
            if off.active(when):
                return self.people[pid]
        return None

    def holder_named(self, office: str, country: str, when: dt.date | Period | None,
                     *pools: set[str] | frozenset[str]) -> Person | None:
        """:meth:`holder`; when the time is not a day and the office changed hands in it,
        the one holder during it whom the article names elsewhere: the first of `pools`
        (person ids: named in full, then by a bare surname) that holds any of them
        decides, None when it holds several ("الرئيس المصري" in an undated story that
        names محمد مرسي; the unnamed host of an undated visit to Egypt there)."""
        p = self.holder(office, country, when)
        if p is not None or isinstance(when, dt.date):
            return p
        during = self.holders_during(office, country, when)
        for pool in pools:
            hits = [h for h in during if h.id in pool]
            if hits:
                return hits[0] if len(hits) == 1 else None
        return None

    def title_holder(self, t: Title, when: dt.date | Period | None, *pools: set[str] | frozenset[str]) -> Person | None:
        """:meth:`holder_named` of a title's office, None when a feminine title ("ملكة الأردن",
        the queen of Jordan: a consort; "رئيسة الوزراء البريطانية" in 2013: Thatcher) finds a man."""
        p = self.holder_named(t.office, t.country, when, *pools)
        return None if p is not None and t.feminine and not p.female else p

    def holders_during(self, office: str, country: str, when: dt.date | Period | None) -> list[Person]:
        """Everyone who held office in country at some time of `when` (None: ever)."""
        ids = dict.fromkeys(pid for off, pid in self.holders.get((office, country), ()) if off.active(when))
        return [self.people[pid] for pid in ids]

    def match(self, folded: str) -> list[tuple[int, int, str, tuple]]:
        """Matches in folded text that respect Arabic word boundaries:
        (start, end, key, payloads), end exclusive, payloads filtered by the prefix
        (the whole-word walk is ziyarat.matching.word_hits)."""
        out = []
        # a hyphen or spaces inside a name read as its space ("كيم جونغ - أون"): matched
        # on the squeezed text, the offsets mapped back to folded's
        squeezed, back = squeeze_joins(folded)
        for start, end, prefix, (key, payloads, plain) in word_hits(self.automaton, squeezed, _KEY_PREFIXES):
            if back is not None:
                start, end = int(back[start]), int(back[end - 1]) + 1
            if plain:  # every payload a plain key (lam 0): all or nothing
                if prefix in NAME_PROCLITICS:
                    out.append((start, end, key, payloads))
                continue
            keep = tuple(pl for pl in payloads if _prefix_ok(pl[3], prefix))
            if keep:
                out.append((start, end, key, keep))
        return out


# what may stand before a key: a name's proclitics, or a lam before a "لل" key
_KEY_PREFIXES = NAME_PROCLITICS | LAM_PREFIXES


def _prefix_ok(lam: int, prefix: str) -> bool:
    if lam == 0:
        return prefix in NAME_PROCLITICS
    if lam == 1:
        return prefix in LAM_PREFIXES
    return prefix in CONJUNCTION_PREFIXES


def _date(value) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def spellings(variant: str) -> set[str]:
    """Folded spellings of one lexicon variant: عبد X <-> عبدX."""
    key = squeeze_joins(fold_term(variant))[0]  # "جونغ-أون" is "جونغ أون", as in the text
    out = {key}
    if _ABD + " " in key:
        out.add(key.replace(_ABD + " ", _ABD))
    elif _ABD in key:
        out.add(key.replace(_ABD, _ABD + " ", 1) if not key.startswith(_ABD + " ") else key)
    return {k for k in out if k}


# libyaml's parser when PyYAML has it (the same safe constructors, 7x quicker on
# people.yaml: every process that extracts loads the lexicons once).
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(path: Path):
    """The one YAML reader of the project (libyaml's safe loader when PyYAML has it)."""
    with open(path, encoding="utf-8") as fh:
        return yaml.load(fh, Loader=_YAML_LOADER)  # noqa: S506 - a safe loader


def _load(name: str):
    """The lexicon file ziyarat/lexicons/<name>.yaml, parsed (callers cache what they build)."""
    return load_yaml(LEXICON_DIR / f"{name}.yaml")


class _Builder:
    def __init__(self) -> None:
        self.keys: dict[str, list[tuple]] = {}

    def add(self, variant: str, kind: str, ref, weak: bool = False) -> None:
        for key in spellings(variant):
            self._put(key, (kind, ref, weak, 0))
            # لِ + ال: "للأسد" -> store "لاسد" (key without its alef) for after a ل;
            # "للاذقية" (ال + لاذقية) keeps the lam inside the key itself.
            if key.startswith("\u0627\u0644") and len(key) >= 5:
                alt = key[1:]
                self._put(alt, (kind, ref, weak, 2 if key[2] == LI else 1))

    def _put(self, key: str, payload: tuple) -> None:
        bucket = self.keys.setdefault(key, [])
        if payload not in bucket:
            bucket.append(payload)

    def automaton(self) -> WordAutomaton:
        # (key, payloads, plain): plain when no payload is a "لل" key, so that
        # Lexicon.match keeps all or none of them without testing each
        return WordAutomaton((key, (key, tuple(payloads), all(pl[3] == 0 for pl in payloads)))
                             for key, payloads in self.keys.items())


@cache
def get_lexicon() -> Lexicon:
    """The lexicon, loaded and compiled once per process."""
    b = _Builder()
    people, holders = _people(b)
    places, countries = _places(b)
    orgs = _orgs(b)
    tdata = titles_lexicon()
    holders.update(leader_holders(holders, tdata.get("leaders"), Office))  # "الزعيم الإثيوبي": who leads
    titles, adjectives = _titles(b, countries, tdata)
    lex = Lexicon(
        people=people, places=places, orgs=orgs, titles=titles, months=_load("months"),
        block_before=frozenset(itertools.chain.from_iterable(spellings(w) for w in tdata.get("block_before") or ())),
        block_after=frozenset(itertools.chain.from_iterable(spellings(w) for w in tdata.get("block_after") or ())),
        honorifics=frozenset(fold_term(w) for w in tdata.get("honorifics") or ()),
        adjectives=adjectives, holders=holders,
        named_after=frozenset(fold_term(w) for w in tdata.get("named_after") or ()),
        sport_cues=frozenset(fold_term(w) for w in tdata.get("sport_cues") or ()),
    )
    lex.automaton = b.automaton()
    lex.n_keys = len(b.keys)
    return lex


def _people(b: _Builder) -> tuple[dict[str, Person], dict[tuple[str, str], list[tuple[Office, str]]]]:
    """people.yaml: persons by id, office holders by (office, country); their names go to b."""
    people: dict[str, Person] = {}
    holders: dict[tuple[str, str], list[tuple[Office, str]]] = {}
    for rec in _load("people"):
        offices = tuple(Office(o["office"], o["country"], _date(o.get("from")), _date(o.get("to")))
                        for o in rec.get("offices") or ())
        spellings = [rec["name_ar"], *(v for k in ("variants", "weak_variants", "after_name_variants") for v in rec.get(k) or ())]
        person = Person(rec["id"], rec["name_en"], rec["name_ar"], rec.get("country"), offices,
                        frozenset(w for v in spellings for w in fold_term(v).split()), bool(rec.get("female")))
        people[person.id] = person
        for off in offices:
            holders.setdefault((off.office, off.country), []).append((off, person.id))
        # a name listed under weak_variants is weak even when it is also name_ar:
        # "محمد مصطفى" (Palestine's PM since 2024) is a very common full name
        weak = set(rec.get("weak_variants") or ())
        for v in [rec["name_ar"], *(rec.get("variants") or ())]:
            if v not in weak:
                b.add(v, PERSON, person.id)
        for v, how in [*((w, True) for w in weak), *((w, AFTER_NAME) for w in rec.get("after_name_variants") or ())]:
            b.add(v, PERSON, person.id, weak=how)
    return people, holders


def _places(b: _Builder) -> tuple[dict[str, Place], list[dict]]:
    """places.yaml: places by id, and the country records (for titles); names go to b."""
    places: dict[str, Place] = {}
    place_data = _load("places")
    countries = place_data.get("countries") or []
    for section, kind in (("countries", "country"), ("cities", "city"), ("venues", "venue"), ("regions", "region")):
        for rec in place_data.get(section) or ():
            if kind == "country":  # a city-state (capital: its own id) is its own city
                city, country = (rec["name_en"] if rec.get("capital") == rec["id"] else None), rec["name_en"]
            elif kind == "city":
                city, country = rec["name_en"], rec.get("country")
            else:
                city, country = rec.get("city"), rec.get("country")
            place = Place(rec["id"], rec["name_en"], rec["name_ar"], kind, city, country,
                          tuple(rec.get("cues") or ()),
                          frozenset(fold_term(w) for w in rec.get("exclude_next") or ()),
                          frozenset(fold_term(w) for w in rec.get("exclude_prev") or ()),
                          {fold_term(v): frozenset(fold_term(w) for w in ws)
                           for v, ws in (rec.get("exclude_prev_for") or {}).items()},
                          {fold_term(v): frozenset(fold_term(w) for w in ws)
                           for v, ws in (rec.get("only_after_for") or {}).items()})
            places[place.id] = place
            for v in [rec["name_ar"], *(rec.get("variants") or ())]:
                b.add(v, PLACE, place.id)
    return places, countries


def _orgs(b: _Builder) -> dict[str, Organization]:
    """organizations.yaml: organisations by id; names go to b."""
    orgs: dict[str, Organization] = {}
    for rec in _load("organizations"):
        org = Organization(rec["id"], rec["name_en"], rec["name_ar"])
        orgs[org.id] = org
        for v in [rec["name_ar"], *(rec.get("variants") or ())]:
            b.add(v, ORG, org.id)
        for v in rec.get("weak_variants") or ():
            b.add(v, ORG, org.id, weak=True)
    return orgs


def _titles(b: _Builder, countries: list[dict], tdata: dict) -> tuple[list[Title], dict[str, str]]:
    """titles.yaml's templates filled with every country's names and adjectives
    ("الرئيس {adj}" -> "الرئيس الروسي"), its specific and generic titles; and the
    folded country adjectives. The phrases go to b."""
    titles: list[Title] = []
    adjectives: dict[str, str] = {}
    feminine = frozenset(fold_term(w) for w in tdata.get("feminine") or ())

    shared = {fold_term(a): tuple(cs) for a, cs in (tdata.get("shared_adjectives") or {}).items()}
    also: dict[str, tuple[str, ...]] = {}  # an adjective with ال (+ ة) -> the other countries it is written for

    def title(phrase: str, office: str | None, country: str, fill: str | None = None) -> Title:
        return Title(phrase, office, country, fold_term(phrase).split()[0] in feminine, also.get(fill, ()))
    for c in countries:
        adjs = []
        for a in c.get("adjectives") or ():
            adjs += ["\u0627\u0644" + a, "\u0627\u0644" + a + "\u0629"]  # ال + adj (+ ة)
            if fold_term(a) in shared:
                also.update({f: shared[fold_term(a)] for f in adjs[-2:]})
        # multi-word adjectives are listed whole: "الكوري الشمالي", "الجنوب أفريقي"
        adjs += list(c.get("adjective_forms") or ())
        names = [c["name_ar"], *(c.get("variants") or ())]
        country = c["name_en"]
        for a in adjs:
            adjectives[fold_term(a)] = country
        # "العاصمة الروسية" (the Russian capital) -> the capital city; "الأراضي العراقية"
        # (al-aradi al-'iraqiya, the Iraqi territory: "عقب وصوله الأراضي العراقية") -> the country
        for noun, target in (("\u0627\u0644\u0639\u0627\u0635\u0645\u0629 ", c.get("capital")),
                             ("\u0627\u0644\u0623\u0631\u0627\u0636\u064a ", c["id"])):
            for a in adjs if target else ():
                if a.endswith("\u0629"):  # feminine forms only: العاصمة الروسية
                    b.add(noun + a, PLACE, target)
        for office, patterns in (tdata.get("templates") or {}).items():
            for pat in patterns:
                fills = adjs if "{adj}" in pat else names if "{country}" in pat else [None]
                for fill in fills:
                    phrase = pat.replace("{adj}", fill or "").replace("{country}", fill or "")
                    t = title(phrase, office, country, fill if "{adj}" in pat else None)
                    titles.append(t)
                    b.add(phrase, TITLE, t)
        for pat in tdata.get("counterpart") or ():
            for fill in adjs:
                t = Title(pat.replace("{adj}", fill), None, country, also=also.get(fill, ()))
                titles.append(t)
                b.add(t.phrase, COUNTERPART, t)
    for adj, halves in (tdata.get("counterpart_halves") or {}).items():  # "نظيره الشمالي": the other half's head
        for pat, fill, (of, country) in itertools.product(tdata.get("counterpart") or (), (
                AL + adj, AL + adj + "\u0629"), halves.items()):
            t = Title(pat.replace("{adj}", fill), None, country, of=of)
            titles.append(t)
            b.add(t.phrase, COUNTERPART, t)
    for rec in tdata.get("specific") or ():
        for v in rec["variants"]:
            t = title(v, rec["office"], rec["country"])
            titles.append(t)
            b.add(v, TITLE, t)
    for v in tdata.get("generic") or ():
        b.add(v, GENERIC, fold_term(v))
    return titles, adjectives


# One cached accessor per lexicon file; people, places, organisations and months are read by
# get_lexicon() (the compiled automaton), boilerplate by tasks.clean (its path may be another file in tests).
@cache
def grammar_lexicon() -> dict:
    """grammar.yaml (closed lists of function words: كان forms, locatives, بن), loaded once."""
    return _load("grammar")


@cache
def grammar_words(name: str) -> frozenset[str]:
    """One grammar.yaml list, folded: grammar_words("locatives") -> {"في", "الي", ...}."""
    return frozenset(fold_term(w) for w in grammar_lexicon()[name])


@cache
def event_codes_lexicon() -> dict:
    """event_codes.yaml (CAMEO and PLOVER codes per setting and topic), loaded once."""
    return _load("event_codes")


@cache
def topics_lexicon() -> dict:
    """topics.yaml (the taxonomy, its keywords and the agenda cues), loaded once."""
    return _load("topics")


@cache
def quotes_lexicon() -> dict:
    """quotes.yaml (quote attribution cues), loaded once, as written."""
    return _load("quotes")


@cache
def titles_lexicon() -> dict:
    """titles.yaml (title templates, honorifics, block lists), loaded once."""
    return _load("titles")


@cache
def generic_titles() -> frozenset[str]:
    """The bare titles of titles.yaml ("الرئيس", "رئيس الوزراء", "الملك"), folded."""
    return frozenset(fold_term(v) for v in titles_lexicon().get("generic") or ())


@cache
def triggers_lexicon() -> dict:
    """triggers.yaml (visit triggers, their cue lists, speech verbs), loaded once."""
    return _load("triggers")


@cache
def trigger_words(name: str) -> frozenset[str]:
    """One word list of triggers.yaml, folded (empty when absent):
    trigger_words("complementizers") -> {"ان", "بان", ...}."""
    return frozenset(fold_term(w) for w in triggers_lexicon().get(name, []))
