"""A place after a "scheduled to be held" phrase of another event is that event's venue, not the
meeting's (tasks/extract/visits/othertrip.scheduled_event_place, grammar.yaml scheduled_participles)."""
from __future__ import annotations

import datetime as dt

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
