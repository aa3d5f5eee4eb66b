"""What one trip's meetings share: the meetings the article tells of one traveller on one trip take
what the trip has from the others that say it. Two cases, never the same row:

- at a gathering in a third country: "وصل قنديل إلى مطار نجامينا ... والتقى صباح اليوم برئيس الوزراء
  الليبي قبل بدء أعمال القمة" (Qandil arrived at N'Djamena airport ... and met the Libyan prime minister
  this morning before the summit opened). The meeting's sentences name no city, so the merge puts it in
  the host's country (Libya); the article has its traveller in Chad the same days, where the two met: the
  meeting takes the trip's city, in a third country (`_venue_of_trip`), and, undated, the day of the
  traveller's one dated meeting at the gathering (`_day_at_gathering`).
- in the host's country: "أجرى الرئيس الصيني محادثات مع رئيس الوزراء الفرنسي. واستقبله الرئيس الفرنسي في
  قصر الإليزيه في مستهل زيارة دولة لفرنسا" (the Chinese president held talks with the French prime
  minister; the French president received him at the Elysee at the start of a state visit to France). The
  talks' sentence names no city and no type, and the sentence that does names the president, a leader
  outside the talks' pair, so neither place_wide nor attributes.visit_type reads it for them; the
  president's row has Paris and "state". A reported row with no city (or no type) takes it from the
  article's other reported rows of the same traveller to the same country, each host of it, when all of
  them that have one agree (`_host_country_values`); an undated one takes their one day the same way, when
  a sentence of theirs tells that day as an arrival or a meeting, not a leaving (`_host_country_day`: the
  prime minister met on the visit whose arrival the president's row dates). Only reported rows lend (a
  planned or an earlier meeting is another trip); a meeting on a summit's sidelines or in a third country
  is no visit to the host's country and neither lends nor takes; a row whose own sentence names another
  city of the country takes no city.
- planned inside the trip under way: "يصل الرئيس الأميركي الخميس بريطانيا في زيارة رسمية يلتقي خلالها رئيسة
  الوزراء ... وسيجري ترامب الجمعة محادثات مع ماي في تشيكرز" (arrives Thursday on a visit during which he
  meets the prime minister; on Friday he will hold talks with May at Chequers). The reported row (the
  arrival) names no city; the pair's planned meeting of the same visit (merged into it as the same visit
  again) says where the two meet: a reported row still with no city takes the one city its pair's planned
  meeting words of that trip give in the row's country (`_planned_meeting_city`; undated, or days after the
  row's day; not a planned trip word, "ومن المقرر أن يزور تمبكتو", a leg of the trip). Last, so every rule of
  the text goes first; two cities, or one in the visitor's country, give none. A row in a city-state with no
  city then takes the state's own (`_city_state_city`: Singapore, whose host's office alone named it).
- the visit's first day: "في أول يوم من زيارته التي بدأت أمس" (on the first day of his visit, which began
  yesterday) dates a reported visit to the host's country by that day, not a later meeting's (`_begun_day`).

visits.find_visits_and_summits runs `share_trips` on the merged rows: the third country's venue first (the
article's other meeting words would put the meeting in the host's country), then place_wide, then the
host country's values (they lend the cities place_wide found), then the planned meetings' city."""
from __future__ import annotations

from functools import cache
from typing import Any, Iterable

from tasks.extract.visits.article import Article, Candidate
from tasks.extract.visits.listed import city_of
from tasks.extract.visits.place_wide import wide_cities
from tasks.extract.visits.summits import names_gathering
from tasks.extract.visits.triggers import trigger_spec
from ziyarat.arabic import WA
from ziyarat.lexicon import get_lexicon, grammar_words

SHARED = ("city", "visit_type")  # what one trip's meetings in the host's country have in common
BEGUN_CHARS = 120  # a visit noun's relative clause of beginning: the noun this far before the day at most
TRIP_DAYS = 7  # one trip's meetings are days apart, no more
MEETING_ROLES = ("meet", "receive", "reception")  # words of the two meeting each other, not of a trip to a place
DAY_ROLES = ("arrive",) + MEETING_ROLES  # words that date the trip's arrival or a meeting in it


def share_trips(art: Article, rows: list[dict], cands: Iterable[Candidate] = ()) -> list[dict]:
    """Fill in place what the merged reported rows lack from the same trip's other rows: a third
    country's venue (and day), the article-wide city (place_wide), the host country's city and type,
    the city of the pair's meeting planned on the trip (from the candidates `cands`), a city-state's own city;
    returns `rows`."""
    countries = _countries(art)
    _venue_of_trip(art, rows, countries)
    wide_cities(art, rows)
    _host_country_values(art, rows, countries, list(cands))
    _planned_meeting_city(rows, list(cands), countries)
    _city_state_city(rows)
    _begun_day(art, rows, countries)
    return rows


def _city_state_city(rows: list[dict]) -> None:
    """A row held in a city-state (places.yaml: its capital is its own id) with no city takes that city: "التقى
    كيم مع رئيس وزراء سنغافورة" (Kim met Singapore's prime minister) puts the meeting in Singapore, the country
    its host's office names, though no place of the text says so; a country with a capital of its own gives none."""
    states = city_states()
    for r in rows:
        if r["city"] is None and r["country"] in states:
            r["city"] = r["country"]


@cache
def city_states() -> frozenset[str]:
    """The countries that are their own city (places.yaml: a country's capital is its own id), by English name."""
    return frozenset(p.name_en for p in get_lexicon().places.values() if p.kind == "country" and p.city)


def _begun_day(art: Article, rows: list[dict], countries: dict[str, str | None]) -> None:
    """A reported visit to its host's country takes the first day its traveller's visit noun tells in a
    relative clause of beginning ("في أول يوم من زيارته التي بدأت أمس", on the first day of his visit, which
    began yesterday; "زيارته ... والتي بدأها السبت"): the row's date is the visit's first day (GUIDE: the
    arrival day), not a later meeting's. The noun's sentence names the traveller and no leader but the pair,
    its pronoun his; a tour ("جولة") starts at its first leg only; the day is on or before the row's, within a trip's days."""
    for r in rows:
        if r["kind"] != "reported" or r.get("planned") or r.get("setting") not in (None, "visit") \
                or countries.get(r["visitor"]) in (None, r["country"]) \
                or r["country"] not in (None, countries.get(r["host"])):
            continue
        days = {d.date for i, ds in art.dates.items() if _pair_only(art, i, r) for d in ds if _begins_visit(art, i, d)}
        if len(days) != 1:
            continue
        day = days.pop()
        if r["date"] is None or (r["date_precision"] == "day" and 0 < (r["date"] - day).days <= TRIP_DAYS):
            r["date"], r["date_precision"] = day, "day"


def _pair_only(art: Article, i: int, r: dict[str, Any]) -> bool:
    """Sentence i names the row's traveller and no leader outside its pair."""
    names = {m.name_en for m in art.leaders.get(i, [])}
    return r["visitor"] in names and names <= {r["visitor"], r["host"]}


def _begins_visit(art: Article, i: int, d: Any) -> bool:
    """d is a day told right after a past verb of beginning (grammar began_verbs, or with its object pronoun:
    "بدأها") that opens a relative clause ("التي", "والتي") of his visit ("زيارته", not "جولته" nor another's "زيارة X") shortly before."""
    if d.precision != "day" or d.date is None:
        return False
    words = [w.strip("\u060c,") for w in art.folded_slice(max(art.sentences[i][0], d.start - BEGUN_CHARS), d.start).split()]
    words = [w for w in words if w and w != "يوم"]
    if len(words) < 3 or words[-2].removeprefix(WA) not in ("التي", "الذي"):
        return False
    verb = words[-1]
    began = grammar_words("began_verbs")
    if not (verb in began or (verb.endswith("ها") and verb[:-2] in began)):
        return False
    return any(w.removeprefix(WA).removeprefix("ل").removeprefix("ب") == "زيارته" for w in words[:-2])


def _planned_meeting_city(rows: list[dict], cands: list[Candidate], countries: dict[str, str | None]) -> None:
    """A reported visit to its host's country with no city takes the one city of that country its pair's
    planned meeting or reception words give ("وسيجري ترامب الجمعة محادثات مع ماي في تشيكرز"), undated or
    dated within the trip's days after the row's day: where the two meet on the visit under way. A planned
    trip word is a leg, not the meeting: "استقبله تراوري ... ومن المقرر أن يزور تمبكتو" (received by Traore,
    he is due to visit Timbuktu) met him where he landed."""
    for r in rows:
        if r["city"] is not None or not _in_host_country(r, countries):
            continue
        pair = {r["visitor"], r["host"]}
        cities = {c.city for c in cands if c.kind == "referenced" and (c.planned or c.future) and c.city
                  and trigger_spec(c.hit.group)["role"] in MEETING_ROLES and c.country == r["country"]
                  and {_name(c.visitor), _name(c.host)} == pair
                  and (c.date is None or r["date"] is None or 0 <= (c.date - r["date"]).days <= TRIP_DAYS)}
        if len(cities) == 1:
            r["city"] = cities.pop()


def _name(m: Any) -> str:
    """A leader's name as the rows give it."""
    return m.name_en or m.surface


def _countries(art: Article) -> dict[str, str | None]:
    """Each leader's country, by his canonical name."""
    return {m.name_en: m.country for ms in art.leaders.values() for m in ms if m.name_en}


def _other_legs(rows: list[dict], r: dict[str, Any]) -> list[dict]:
    """The traveller's other reported rows: the trip as the article tells it."""
    return [o for o in rows if o is not r and o["kind"] == "reported" and o["visitor"] == r["visitor"]]


def _at_gathering(art: Article, r: dict[str, Any]) -> bool:
    """The row's sentence names a gathering (a summit, a forum: where leaders of third countries meet)."""
    return names_gathering(art, art.sent_of(r["evidence_start"]))


def _venue_of_trip(art: Article, rows: list[dict], countries: dict[str, str | None]) -> None:
    """Reported rows with no city whose traveller the article has on a reported trip to a city of a
    third country (neither his nor the row's host's), on the same day, take that city, in a third
    country, when their sentence names a gathering: the two met where he was. A tour's legs name none:
    "وصل مرسي نيودلهي بعد انتهاء زيارته لباكستان" (arrived in New Delhi after his visit to Pakistan)
    leaves his talks with Zardari where they were. With no day either, `_day_at_gathering`."""
    for r in rows:
        if r["kind"] != "reported" or r["city"] is not None:
            continue
        own = {countries.get(r["visitor"]), countries.get(r["host"])} - {None}
        if len(own) != 2 or r["country"] not in own | {None}:
            continue
        trips = {(o["city"], o["country"]) for o in _other_legs(rows, r)
                 if o["city"] and o["country"] and o["country"] not in own and _same_days(o, r)}
        if len(trips) == 1 and _at_gathering(art, r):
            [(r["city"], r["country"])] = trips
            r["setting"] = "third_country"
        elif r["date"] is None:
            _day_at_gathering(art, rows, r, own)


def _day_at_gathering(art: Article, rows: list[dict], r: dict[str, Any], own: set) -> None:
    """An undated meeting with no city of a traveller whose only dated reported meetings are in one
    third country's city on one day, told with a gathering ("خلال لقائه ترودو على هامش القمة" on Friday,
    then "التقى ماكرون على حدة"): met at that gathering, there (a third country), that day. Two days of
    the trip (a tour's legs), a planned or an earlier meeting, or a trip told with no gathering leave it
    undated."""
    away = [o for o in _other_legs(rows, r) if not o.get("planned") and o["date"] is not None]
    if away and len({(o["date"], o["date_precision"], o["city"], o["country"]) for o in away}) == 1 \
            and away[0]["date_precision"] == "day" and away[0]["city"] and away[0]["country"] not in own \
            and any(_at_gathering(art, o) for o in away):
        r["date"], r["date_precision"], r["date_evidence"] = away[0]["date"], "day", away[0]["date_evidence"]
        r["city"], r["country"], r["setting"] = away[0]["city"], away[0]["country"], "third_country"


def _same_days(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """The trip and the meeting on one day, or either undated: a tour's legs are days apart ("يزور
    رام الله ... يلتقي خلالها الأربعاء نتانياهو", visits Ramallah ... meets Netanyahu on Wednesday)."""
    return a["date"] is None or b["date"] is None or a["date"] == b["date"]


def _host_country_values(art: Article, rows: list[dict], countries: dict[str, str | None],
                         cands: list[Candidate]) -> None:
    """Fill in place the city, the visit type and the day of the reported rows with none from the same
    trip's other reported rows (same visitor, hosts of the row's country), when those agree."""
    trips: dict[tuple[str, str], list[dict]] = {}
    for r in rows:
        if _in_host_country(r, countries):
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
        _host_country_day(art, legs, cands)


def _host_country_day(art: Article, legs: list[dict[str, Any]], cands: list[Candidate]) -> None:
    """An undated leg takes the one day its trip's other legs in the country are dated by, none of them by a
    month or a year only, when one of them is told on that day as an arrival or a meeting (`_told_day`):
    "وصل كاميرون إلى الجزائر مساء أمس الأربعاء ... وبحث خلال الزيارة مع الرئيس بوتفليقة ورئيس الوزراء
    سلال" (arrived Wednesday evening ... discussed during the visit with the president and the prime
    minister): the prime minister's talks are that visit's, dated by its arrival (the row's date is the
    visit's first day, GUIDE). A day told only as the leaving ("غادر نيودلهي اليوم في ختام زيارة", left New
    Delhi today at the end of a visit) is the trip's last: the talks were before it. Two days, or a leg dated
    only by its month, leave it undated."""
    dated = [r for r in legs if r["date"] is not None]
    if not dated or any(r["date_precision"] != "day" for r in dated) or len({r["date"] for r in dated}) != 1:
        return
    if not any(_told_day(art, r, cands) for r in dated):
        return
    for r in legs:
        if r["date"] is None:
            r["date"], r["date_precision"], r["date_evidence"] = dated[0]["date"], "day", dated[0]["date_evidence"]


def _told_day(art: Article, r: dict[str, Any], cands: list[Candidate]) -> bool:
    """The row's day is its pair's arrival or meeting day by their own words: a reported arrival, meeting
    or reception word of the pair dated that day right by it ("وصل ... مساء أمس الأربعاء"), in a sentence
    telling no end of the trip (grammar.yaml leaving_words: a departure, "في ختام", a farewell, a return)."""
    pair = {r["visitor"], r["host"]}
    return any(c.kind == "reported" and c.date == r["date"] and c.precision == "day" and c.date_strong
               and trigger_spec(c.hit.group)["role"] in DAY_ROLES and {_name(c.visitor), _name(c.host)} == pair
               and not _tells_leaving(art, c.sentence) for c in cands)


def _tells_leaving(art: Article, i: int) -> bool:
    """Sentence i tells the trip's end: a word of grammar.yaml leaving_words, bare or after wa-."""
    leaving = grammar_words("leaving_words")
    return any(w in leaving or (w.startswith(WA) and w[1:] in leaving)
               for w in (t.strip("\u060c,.:\"'()") for t in art.folded_slice(*art.sentences[i]).split()))


def _in_host_country(r: dict[str, Any], countries: dict[str, str | None]) -> bool:
    """A reported visit to the country of its host (no sideline, no third country): the leg of a trip there."""
    return (r["kind"] == "reported" and r.get("setting") == "visit" and not r.get("planned")
            and r["country"] is not None and countries.get(r["host"]) == r["country"]
            and countries.get(r["visitor"]) != r["country"])


def _other_city(art: Article, r: dict[str, Any], city: str) -> bool:
    """The row's own sentence names another city of the country: "أجرى ... في ليون محادثات" (held
    talks in Lyon) is no meeting in Paris, though the rule of the text read no venue there."""
    return any(p.country == r["country"] and city_of(p) not in (None, city)
               for p in art.places.get(art.sent_of(r["evidence_start"]), []))


def _one_span(legs: list[dict[str, Any]]) -> bool:
    """The dated meetings are within a week of one another: not two trips to the same country."""
    days = [r["date"] for r in legs if r["date"] is not None]
    return not days or (max(days) - min(days)).days <= TRIP_DAYS
