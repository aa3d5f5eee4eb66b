"""Check the head-of-state / head-of-government tenures in ziyarat/lexicons/people.yaml
against REIGN's leader list (OEF Research, github.com/OEFDataScience/REIGN.github.io,
data_sets/leaderlist_3_21.csv: the effective ruler of each country with start day and end
month, 1945 - March 2021; repository under the MIT licence, cite Bell 2016).

Dev-time only (not a runtime dependency); the CSV is not copied into the repository:

    python eval/check_terms.py PATH/leaderlist_3_21.csv [--since 2012 --until 2018] [--all-countries]

Prints three lists: tenures that disagree (start more than 31 days off, or end month/year
different), REIGN leaders of the period missing from people.yaml (for the countries
people.yaml already covers; with --all-countries also those of every other country, by
REIGN's state code, when no people.yaml name is close to theirs), and people.yaml heads REIGN has no row for (REIGN lists one
effective ruler per country: ceremonial presidents and monarchs are expected there).
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import unicodedata
from collections import Counter
from difflib import SequenceMatcher
from pathlib import Path

import yaml

PEOPLE = Path(__file__).resolve().parents[1] / "ziyarat" / "lexicons" / "people.yaml"
HEADS = ("head_of_state", "head_of_government", "supreme_leader")


def plain(s: str) -> str:
    """Lowercase ASCII words: "Recep Tayyip Erdoğan" -> "recep tayyip erdogan"."""
    s = unicodedata.normalize("NFKD", s.lower())
    s = "".join(c for c in s if not unicodedata.combining(c))
    return " ".join(s.replace("-", " ").replace("'", " ").replace(".", " ").split())


def read_reign(path: Path) -> list[dict]:
    """REIGN rows with start date and end (year, month) or None while in office."""
    rows = []
    with open(path, encoding="latin-1") as fh:  # the CSV is not UTF-8
        for r in csv.DictReader(fh):
            try:
                start = dt.date(int(r["syear"]), int(r["smonth"]), int(r["sdate"]))
            except (ValueError, TypeError):
                continue
            end = (int(r["eyear"]), int(r["emonth"])) if r["eyear"] and r["emonth"] else None
            rows.append({"abb": r["stateabb"], "leader": r["leader"], "start": start, "end": end})
    return rows


def same_person(reign_name: str, name_en: str) -> bool:
    """REIGN's name (often a surname, "al-Sisi", "Kim Jong Un") inside ours, word-wise."""
    ours = plain(name_en).replace("al ", "").split()
    theirs = plain(reign_name).replace("al ", "").split()
    return bool(theirs) and all(t in ours for t in theirs)


# given names and particles too common to identify a leader on their own
_COMMON = frozenset({"mohamed", "mohammed", "muhammad", "ahmed", "ahmad", "abdullah", "abdul", "bin", "ibn",
                     "ali", "hassan", "hamad", "khalifa", "sabah", "jaber", "jabir", "sheikh", "king", "emir"})


def similar(reign_name: str, name_en: str) -> bool:
    """A looser test for rows of the same country: one distinctive REIGN word close to
    one of ours ("Nazarbaev" ~ "Nazarbayev", "Rajoy Brey" ~ "Mariano Rajoy")."""
    ours = plain(name_en).split()
    return any(len(t) >= 4 and t not in _COMMON and any(SequenceMatcher(None, t, o).ratio() >= 0.8 for o in ours)
               for t in plain(reign_name).split())


def overlaps(row: dict, frm: dt.date | None, to: dt.date | None) -> bool:
    end = dt.date(row["end"][0], row["end"][1], 28) if row["end"] else dt.date.max
    return (to is None or row["start"] <= to) and (frm is None or frm <= end)


def _covered(p: dict, day: dt.date, skip: dict) -> bool:
    """Another office of the same person (any office) covers the day: REIGN counts the
    effective ruler, so Putin is one row 2000-2021 across his prime-minister years."""
    for o in p.get("offices") or []:
        if o is skip:
            continue
        frm, to = o.get("from"), o.get("to")
        if (frm is None or frm <= day + dt.timedelta(days=31)) and (to is None or day <= to + dt.timedelta(days=31)):
            return True
    return False


def _countries(people: list[dict], reign: list[dict]) -> dict[str, str]:
    """REIGN state code -> our country name, by majority over name matches of heads."""
    votes: Counter = Counter()
    for p in people:
        for o in p.get("offices") or []:
            if o["office"] in HEADS:
                for r in reign:
                    if (same_person(r["leader"], p["name_en"]) and overlaps(r, o.get("from"), o.get("to"))
                            and plain(r["leader"]).split()[-1] == plain(p["name_en"]).split()[-1]):
                        votes[(r["abb"], o["country"])] += 1
    best: dict[str, tuple[int, str]] = {}
    for (abb, country), n in votes.items():
        if n > best.get(abb, (0, ""))[0]:
            best[abb] = (n, country)
    return {abb: c for abb, (n, c) in best.items()}


def check(people: list[dict], reign: list[dict], since: int, until: int) -> tuple[list, list, list]:
    """(disagreements, REIGN leaders missing from people.yaml, our heads REIGN lacks)."""
    country_of = _countries(people, reign)
    disagree, unmatched = [], []
    matched = set()
    for p in people:
        for o in p.get("offices") or []:
            if o["office"] not in HEADS:
                continue
            frm, to = o.get("from"), o.get("to")
            hits = [r for r in reign if country_of.get(r["abb"]) == o["country"]
                    and similar(r["leader"], p["name_en"]) and overlaps(r, frm, to)]
            if not hits:
                if (to is None or to.year >= since) and (frm is None or frm.year <= until):
                    unmatched.append(f"{p['id']}: {o['office']} {o['country']} {frm}..{to}")
                continue
            r = min(hits, key=lambda r: abs((r["start"] - (frm or r["start"])).days))
            matched.add((r["abb"], r["leader"], r["start"]))
            problems = []
            if frm and abs((r["start"] - frm).days) > 31 and not (r["start"] < frm and _covered(p, r["start"], o)):
                problems.append(f"from {frm} vs REIGN {r['start']}")
            if r["end"] and to and (to.year, to.month) != r["end"]:
                end = dt.date(r["end"][0], r["end"][1], 1)
                if abs((end - to).days) > 31 and not (end > to and _covered(p, end, o)):
                    problems.append(f"to {to} vs REIGN {r['end'][0]}-{r['end'][1]:02d}")
            if r["end"] and to is None and r["end"] < (2021, 3):
                problems.append(f"to null vs REIGN {r['end'][0]}-{r['end'][1]:02d}")
            if problems:
                disagree.append(f"{p['id']} ({o['office']}, {o['country']}): " + "; ".join(problems))
    missing = [f"{country_of[r['abb']]} ({r['abb']}): {r['leader']} from {r['start']}"
               for r in reign if r["abb"] in country_of and (r["abb"], r["leader"], r["start"]) not in matched
               and r["start"].year <= until and (r["end"] is None or r["end"][0] >= since)]
    return disagree, missing, unmatched


def missing_elsewhere(people: list[dict], reign: list[dict], since: int, until: int) -> list[str]:
    """REIGN leaders of the period in countries people.yaml does not cover (by REIGN's state
    code) whose name is not close to any people.yaml name: candidates to add."""
    covered = set(_countries(people, reign))
    names = [p["name_en"] for p in people]
    return [f"{r['abb']}: {r['leader']} from {r['start']} to {r['end'][0] if r['end'] else '-'}"
            for r in reign if r["abb"] not in covered and r["start"].year <= until
            and (r["end"] is None or r["end"][0] >= since) and not any(similar(r["leader"], n) for n in names)]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("reign_csv", type=Path)
    ap.add_argument("--since", type=int, default=2012)
    ap.add_argument("--until", type=int, default=2018)
    ap.add_argument("--all-countries", action="store_true",
                    help="also list missing leaders of countries people.yaml does not cover")
    a = ap.parse_args(argv)
    people = yaml.safe_load(PEOPLE.read_text(encoding="utf-8"))
    reign = read_reign(a.reign_csv)
    disagree, missing, unmatched = check(people, reign, a.since, a.until)
    lists = [("tenures that disagree with REIGN", disagree),
             (f"REIGN leaders {a.since}-{a.until} missing from people.yaml", missing),
             ("heads REIGN does not list (ceremonial heads expected)", unmatched)]
    if a.all_countries:
        lists.append((f"REIGN leaders {a.since}-{a.until} of countries people.yaml does not cover",
                      missing_elsewhere(people, reign, a.since, a.until)))
    for title, rows in lists:
        print(f"# {title}: {len(rows)}")
        for r in rows:
            print("  " + r)
    return 1 if disagree else 0


if __name__ == "__main__":
    raise SystemExit(main())
