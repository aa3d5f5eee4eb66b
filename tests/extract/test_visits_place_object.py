"""A place that is a verbal noun's object right after "إلى" (to): "سيسعى إلى تجنب لندن" (will seek to avoid
London), "دعا إلى حماية القدس" (called for protecting Jerusalem), "أشار إلى أن لندن" (pointed out that London):
the "إلى" is the verb's before it and the place is no goal nor venue (grammar.yaml complement_heads, read by
visits.place.locative). A trip noun or a place noun after "إلى" still leads to one. Invented sentences, the
real lexicon."""
from __future__ import annotations

import datetime as dt

import polars as pl
import pytest

from tasks.extract import extract

DAY = dt.date(2018, 7, 12)  # a Thursday

TRUMP, MAY = "Donald Trump", "Theresa May"


def cities(text: str) -> list[tuple[str, str, str | None]]:
    out = extract(pl.DataFrame({"article_id": ["a"], "text": [text], "published_date": [DAY]}))["visit_mentions"]
    rows = out.filter(pl.col("kind") == "reported").sort("visitor", "host").to_dicts()
    return [(r["visitor"], r["host"], r["city"]) for r in rows]


@pytest.mark.parametrize("tail", [
    "وسيسعى ترامب خلال الزيارة إلى تجنب لندن قدر المستطاع بسبب المظاهرات.",
    "وسيسعى ترامب خلال الزيارة إلى تفادي العاصمة لندن بسبب المظاهرات المنتظرة.",
    "وتهدف الزيارة إلى دعم لندن في مفاوضاتها التجارية المقبلة.",
    "وأشار ترامب خلال الزيارة إلى أن لندن شريك لا غنى عنه.",
])
def test_a_city_a_verbal_noun_after_ila_takes_is_no_venue(tail):
    text = ("يصل الرئيس الأمريكي دونالد ترامب الخميس إلى بريطانيا في زيارة رسمية يلتقي خلالها رئيسة الوزراء "
            "تيريزا ماي. " + tail)
    assert cities(text) == [(TRUMP, MAY, None)]


def test_a_city_left_in_a_led_to_phrase_is_no_venue_nor_a_trip():
    text = ("التقى الرئيس الفرنسي إيمانويل ماكرون الخميس رئيسة الوزراء البريطانية تيريزا ماي في زيارة "
            "أدت إلى مغادرة بيروت.")
    assert cities(text) == [("Emmanuel Macron", MAY, None)]


@pytest.mark.parametrize("text, city", [
    ("توجه الرئيس الأمريكي دونالد ترامب الخميس إلى لندن حيث التقى رئيسة الوزراء تيريزا ماي.", "London"),
    ("التقى الرئيس الأمريكي دونالد ترامب الخميس رئيسة الوزراء تيريزا ماي في زيارة إلى لندن.", "London"),
    ("وصل الرئيس الأمريكي دونالد ترامب الخميس إلى العاصمة لندن حيث التقى رئيسة الوزراء تيريزا ماي.", "London"),
    ("وصل الرئيس الأمريكي دونالد ترامب الخميس إلى مطار هيثرو في زيارة يلتقي خلالها رئيسة الوزراء تيريزا ماي.",
     "London"),
])
def test_a_goal_after_ila_a_trip_or_a_place_noun_stays(text, city):
    assert cities(text) == [(TRUMP, MAY, city)]


def test_a_city_after_ila_and_a_city_noun_stays():
    text = "وصل الرئيس الأمريكي دونالد ترامب الخميس إلى مدينة سوتشي حيث التقى الرئيس الروسي فلاديمير بوتين."
    assert cities(text) == [(TRUMP, "Vladimir Putin", "Sochi")]
