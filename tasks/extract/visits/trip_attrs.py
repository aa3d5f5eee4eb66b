"""The attributes of one trip shared by the meetings told on it: "أجرى الرئيس الصيني محادثات مع رئيس
الوزراء الفرنسي. واستقبله الرئيس الفرنسي في قصر الإليزيه في مستهل زيارة دولة لفرنسا" (the Chinese
president held talks with the French prime minister; the French president received him at the Elysee at
the start of a state visit to France). The talks' sentence names no city and no type, and the sentence
that does names the president, a leader outside the talks' pair, so neither place_wide nor
attributes.visit_type reads it for them; the president's row has Paris and "state". A reported row with
no city (or no type) takes it from the article's other reported rows of the same traveller to the same
country, each host of it, when all of them that have one agree. Only reported rows lend (a planned or
an earlier meeting is another trip); a meeting on a summit's sidelines or in a third country is no visit
to the host's country and neither lends nor takes; a row whose own sentence names another city of
the country takes no city. visits.find_visits_and_summits runs it on the merged
rows, after place_wide."""
from __future__ import annotations

from typing import Any

from tasks.extract.visits.article import Article
from tasks.extract.visits.listed import city_of

SHARED = ("city", "visit_type")  # what one trip's meetings have in common


def trip_attributes(art: Article, rows: list[dict]) -> list[dict]:
    """Fill in place the city and the visit type of the reported rows with none from the same
    trip's other reported rows (same visitor, hosts of the row's country), when those agree; returns `rows`."""
    countries = {m.name_en: m.country for ms in art.leaders.values() for m in ms if m.name_en}
    trips: dict[tuple[str, str], list[dict]] = {}
    for r in rows:
        if _on_trip(r, countries):
            trips.setdefault((r["visitor"], r["country"]), []).append(r)
    for legs in trips.values():
        if len(legs) < 2 or not _one_span(legs):
            continue
        for key in SHARED:
            values = {r[key] for r in legs if r[key]}
            if len(values) == 1:
                [value] = values
                for r in legs:
                    if not r[key] and (key != "city" or not _other_city(art, r, value)):
                        r[key] = value
    return rows


def _on_trip(r: dict[str, Any], countries: dict[str, str | None]) -> bool:
    """A reported visit to the country of its host: the leg of a trip there."""
    return (r["kind"] == "reported" and r.get("setting") == "visit" and not r.get("planned")
            and r["country"] is not None and countries.get(r["host"]) == r["country"]
            and countries.get(r["visitor"]) != r["country"])


def _other_city(art: Article, r: dict[str, Any], city: str) -> bool:
    """The row's own sentence names another city of the country: "أجرى ... في ليون محادثات" (held
    talks in Lyon) is no meeting in Paris, though the rule of the text read no venue there."""
    return any(p.country == r["country"] and city_of(p) not in (None, city)
               for p in art.places.get(art.sent_of(r["evidence_start"]), []))


TRIP_DAYS = 7  # one trip's meetings are days apart, no more


def _one_span(legs: list[dict[str, Any]]) -> bool:
    """The dated meetings are within a week of one another: not two trips to the same country."""
    days = [r["date"] for r in legs if r["date"] is not None]
    return not days or (max(days) - min(days)).days <= TRIP_DAYS
