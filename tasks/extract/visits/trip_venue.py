"""A meeting told on a trip to a third country: "وصل قنديل إلى مطار نجامينا ... والتقى صباح اليوم
برئيس الوزراء الليبي قبل بدء أعمال القمة" (Qandil arrived at N'Djamena airport ... and met the Libyan
prime minister this morning before the summit opened). The meeting's sentences name no city, so the
merge puts it in the host's country (Libya); the article has its traveller in Chad the same days, where
the two met. visits.find_visits_and_summits runs it on the merged rows."""
from __future__ import annotations

from typing import Any

from tasks.extract.visits.article import Article
from tasks.extract.visits.summits import names_gathering



def meetings_on_trip(art: Article, rows: list[dict]) -> list[dict]:
    """Reported rows with no city whose traveller the article has on a reported trip to a city of a
    third country (neither his nor the row's host's), on the same day, take that city, in a third
    country, when their sentence names a gathering (a summit, a forum: where leaders of third
    countries meet): the two met where he was. A tour's legs name none: "وصل مرسي نيودلهي بعد انتهاء
    زيارته لباكستان" (arrived in New Delhi after his visit to Pakistan) leaves his talks with
    Zardari where they were."""
    countries = {m.name_en: m.country for ms in art.leaders.values() for m in ms if m.name_en}
    for r in rows:
        if r["kind"] != "reported" or r["city"] is not None:
            continue
        own = {countries.get(r["visitor"]), countries.get(r["host"])} - {None}
        trips = {(o["city"], o["country"]) for o in rows if o is not r and o["kind"] == "reported"
                 and o["visitor"] == r["visitor"] and o["city"] and o["country"] and o["country"] not in own
                 and _same_days(o, r)}
        if len(own) == 2 and r["country"] in own | {None} and len(trips) == 1 \
                and names_gathering(art, art.sent_of(r["evidence_start"])):
            [(r["city"], r["country"])] = trips
            r["setting"] = "third_country"
        elif len(own) == 2 and r["date"] is None and r["country"] in own | {None}:
            _day_at_gathering(art, rows, r, own)
    return rows


def _day_at_gathering(art: Article, rows: list[dict], r: dict[str, Any], own: set) -> None:
    """An undated meeting with no city of a traveller whose only dated reported meetings are in one
    third country's city on one day, told with a gathering ("خلال لقائه ترودو على هامش القمة" on Friday,
    then "التقى ماكرون على حدة"): met at that gathering, there (a third country), that day. Two days of
    the trip (a tour's legs), a planned or an earlier meeting, or a trip told with no gathering leave it
    undated."""
    away = [o for o in rows if o is not r and o["kind"] == "reported" and not o.get("planned")
            and o["visitor"] == r["visitor"] and o["date"] is not None]
    if away and len({(o["date"], o["date_precision"], o["city"], o["country"]) for o in away}) == 1 \
            and away[0]["date_precision"] == "day" and away[0]["city"] and away[0]["country"] not in own \
            and any(names_gathering(art, art.sent_of(o["evidence_start"])) for o in away):
        r["date"], r["date_precision"], r["date_evidence"] = away[0]["date"], "day", away[0]["date_evidence"]
        r["city"], r["country"], r["setting"] = away[0]["city"], away[0]["country"], "third_country"


def _same_days(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """The trip and the meeting on one day, or either undated: a tour's legs are days apart ("يزور
    رام الله ... يلتقي خلالها الأربعاء نتانياهو", visits Ramallah ... meets Netanyahu on Wednesday)."""
    return a["date"] is None or b["date"] is None or a["date"] == b["date"]
