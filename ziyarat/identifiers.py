"""The identifiers other event datasets join on, read once from the lexicon folder:
ISO 3166 / FIPS 10-4 codes per country (countries.csv), GeoNames id and coordinates
per city (cities.csv), Wikidata ids per person (people_ids.csv), all three built
offline by tools/build_identifiers.py; and how a visit is coded in CAMEO and PLOVER
(event_codes.yaml). Keys are the lexicons' own English names and person ids."""
from __future__ import annotations

import csv
import datetime as dt
from dataclasses import dataclass
from functools import cache

from ziyarat.lexicon import LEXICON_DIR, Person, event_codes_lexicon, get_lexicon

# When a leader holds several offices on a day, the first of these names their side.
_OFFICE_ORDER = ("head_of_state", "supreme_leader", "head_of_government", "crown_prince", "vice_president",
                 "foreign_minister")


@dataclass(frozen=True)
class Country:
    name: str
    kind: str  # country | historic | organization
    iso2: str | None
    iso3: str | None
    iso_numeric: str | None
    fips: str | None
    geonames_id: int | None
    plover_code: str | None


@dataclass(frozen=True)
class City:
    name: str
    country: str | None
    country_iso2: str | None
    geonames_id: int | None
    geonames_name: str | None
    lat: float | None
    lon: float | None


@dataclass(frozen=True)
class Actor:
    """A leader as the event datasets code them on one day."""

    name: str
    country: str | None       # the country (or organisation) the office on that day serves
    office: str | None
    wikidata_id: str | None


@dataclass(frozen=True)
class Identifiers:
    countries: dict[str, Country]
    cities: dict[str, City]
    wikidata: dict[str, str]          # person id -> QID
    people_by_name: dict[str, Person]  # English canonical name -> person
    codes: dict

    def country(self, name: str | None) -> Country | None:
        return self.countries.get(name) if name else None

    def city(self, name: str | None) -> City | None:
        return self.cities.get(name) if name else None

    def actor(self, name: str | None, when: dt.date | None) -> Actor | None:
        """The leader called `name` (English canonical name) on day `when`: the
        country of the office held then (a UN Secretary-General speaks for the UN,
        not for his home country), else the person's own country. Undated: the
        offices held now, as the lexicon reads them."""
        person = self.people_by_name.get(name) if name else None
        if person is None:
            return None
        offices = sorted(person.offices_on(when),
                         key=lambda o: _OFFICE_ORDER.index(o.office) if o.office in _OFFICE_ORDER else len(_OFFICE_ORDER))
        office = offices[0] if offices else None
        return Actor(person.name_en, office.country if office else person.country,
                     office.office if office else None, self.wikidata.get(person.id))


def _rows(name: str) -> list[dict[str, str]]:
    with open(LEXICON_DIR / name, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _int(value: str) -> int | None:
    return int(value) if value else None


def _float(value: str) -> float | None:
    return float(value) if value else None


@cache
def get_identifiers() -> Identifiers:
    """The identifier tables, loaded once per process."""
    countries = {r["name"]: Country(r["name"], r["kind"], r["iso2"] or None, r["iso3"] or None,
                                    r["iso_numeric"] or None, r["fips"] or None, _int(r["geonames_id"]),
                                    r["plover_code"] or None)
                 for r in _rows("countries.csv")}
    cities = {r["city"]: City(r["city"], r["country"] or None, r["country_iso2"] or None, _int(r["geonames_id"]),
                              r["geonames_name"] or None, _float(r["lat"]), _float(r["lon"]))
              for r in _rows("cities.csv")}
    wikidata = {r["person_id"]: r["wikidata_id"] for r in _rows("people_ids.csv") if r["wikidata_id"]}
    people = {p.name_en: p for p in get_lexicon().people.values()}
    return Identifiers(countries, cities, wikidata, people, event_codes_lexicon())
