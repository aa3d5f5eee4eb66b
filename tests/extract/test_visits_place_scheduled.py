"""A place after a "scheduled to be held" phrase of another event is that event's venue, not the
meeting's (tasks/extract/visits/othertrip.scheduled_event_place, grammar.yaml scheduled_participles)."""
from __future__ import annotations

import datetime as dt
from collections import defaultdict

import pytest

from tasks.extract import extract_article
from tests.extract.test_visits import run

APR_2019 = dt.date(2019, 4, 3)


def test_the_venue_of_a_summit_due_to_be_held_is_not_the_talks_city():
    # "حيث بحثا التحضير للقمة الإفريقية المفترض انعقادها ... في الدوحة" (where the two discussed preparing
    # the African summit due to be held ... in Doha): Doha is the summit's
    text = "التقى السيسي مع بوتين، حيث بحثا التحضير للقمة الإفريقية المفترض انعقادها الشهر المقبل في الدوحة."
    [v] = run(text, published=APR_2019)
    assert ({v["visitor"], v["host"]}, v["city"]) == ({"Abdel Fattah el-Sisi", "Vladimir Putin"}, None)


def test_a_summit_due_to_be_held_names_its_own_city_when_it_is_the_meeting():
    # Negative: "عقد السيسي وبوتين القمة الثنائية المقرر عقدها في الدوحة" (Sisi and Putin held the bilateral
    # summit scheduled in Doha): only adjectives between the meeting word and the phrase, the city is its own
    text = "عقد السيسي وبوتين أمس القمة الثنائية المقرر عقدها في الدوحة."
    assert {v["city"] for v in run(text, published=APR_2019)} == {"Doha"}


def test_a_city_before_the_scheduled_phrase_stays_the_talks_city():
    # Negative: the talks' own city comes first: "التقى السيسي مع بوتين في موسكو، حيث بحثا التحضير للقمة المقرر عقدها"
    text = "التقى السيسي مع بوتين في موسكو، حيث بحثا التحضير للقمة الإفريقية المقرر عقدها الشهر المقبل."
    [v] = run(text, published=APR_2019)
    assert v["city"] == "Moscow"


# The day after such a phrase is that event's too, not an arrival's or a visit's told before it
# (othertrip.scheduled_event_day, read by timing.event_date and lead_day.sentence_day). The real lexicon.
JUNE_2019 = dt.date(2019, 6, 7)  # a Friday
ARRIVAL = "وصل الرئيس الإيراني حسن روحاني إلى القاهرة{day} للمشاركة في القمة الإسلامية{scheduled}."


def _days(text):
    out = defaultdict(list)
    extract_article("a", text, JUNE_2019, out)
    return sorted((r["visitor"], r["date"]) for r in out["visit_mentions"] if r["kind"] == "reported")


@pytest.mark.parametrize("scheduled", [
    " المقرر انعقادها غدا",  # "due to be held tomorrow": failed on main with tomorrow's date
    "، المزمع عقدها الأحد",  # after a comma, a bare weekday: failed on main with last Sunday
    " المقرر انعقادها غدا، وكان في استقباله الرئيس المصري عبد الفتاح السيسي",  # before a comma and the reception
])
def test_a_scheduled_summits_day_does_not_date_the_arrival(scheduled):
    assert _days(ARRIVAL.format(day="", scheduled=scheduled)) == [("Hassan Rouhani", None)]


@pytest.mark.parametrize("day, scheduled, expected", [
    (" اليوم", " المقرر انعقادها غدا", JUNE_2019),  # the arrival's own day stays
    (" أمس", " المقرر انعقادها اليوم", dt.date(2019, 6, 6)),
    ("", " التي تعقد غدا", None),  # the present relative clause (clauses.ahead_relatives_day) as before
])
def test_the_arrivals_own_day_stays_beside_a_scheduled_summit(day, scheduled, expected):
    assert _days(ARRIVAL.format(day=day, scheduled=scheduled)) == [("Hassan Rouhani", expected)]


def test_a_meeting_at_the_scheduled_summit_keeps_its_day():
    # Negative: "يلتقي ... على هامش القمة المقرر عقدها غدا" (meets on the sidelines of the summit due tomorrow)
    text = ("يلتقي الرئيس الإيراني حسن روحاني الرئيس المصري عبد الفتاح السيسي على هامش القمة الإسلامية "
            "المقرر عقدها غدا.")
    out = defaultdict(list)
    extract_article("a", text, JUNE_2019, out)
    assert {r["date"] for r in out["visit_mentions"]} == {dt.date(2019, 6, 8)}
