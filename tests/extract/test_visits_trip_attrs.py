"""A reported meeting's city and visit type from the same trip's other reported meetings
(visits.trip_attrs). Texts are invented; the real lexicon reads them."""
import datetime as dt

import polars as pl
import pytest

pytest.importorskip("tasks.extract.entities")

from tasks.extract import extract  # noqa: E402

DAY = dt.date(2019, 6, 10)
# the Chinese president held talks today with the French prime minister
TALKS = "أجرى الرئيس الصيني شي جين بينغ اليوم محادثات مع رئيس الوزراء الفرنسي إدوار فيليب. "
# the French president received him yesterday at the Elysee at the start of a state visit to France
RECEPTION = "واستقبله الرئيس الفرنسي إيمانويل ماكرون أمس في قصر الإليزيه في مستهل زيارة دولة لفرنسا."


def rows(text: str, day: dt.date = DAY) -> dict[str, tuple]:
    out = extract(pl.DataFrame({"article_id": ["a"], "text": [text], "published_date": [day]}))["visit_mentions"]
    return {r["host"]: (r["visitor"], r["city"], r["visit_type"])
            for r in out.filter(pl.col("kind") == "reported").to_dicts()}


def test_talks_with_the_prime_minister_take_the_trip_city_and_type():
    got = rows(TALKS + RECEPTION)
    assert got["Edouard Philippe"] == ("Xi Jinping", "Paris", "state")
    assert got["Emmanuel Macron"] == ("Xi Jinping", "Paris", "state")


def test_a_second_meeting_after_the_arrival_takes_the_city():
    # Xi arrived in Paris today on a state visit in which he meets Macron; he held talks with the prime minister
    text = ("وصل الرئيس الصيني شي جين بينغ إلى باريس اليوم في زيارة دولة يلتقي خلالها الرئيس الفرنسي إيمانويل ماكرون. "
            "وأجرى شي محادثات مع رئيس الوزراء الفرنسي إدوار فيليب.")
    assert rows(text)["Edouard Philippe"] == ("Xi Jinping", "Paris", "state")


def test_a_host_of_another_country_takes_no_city():
    # talks with the Italian prime minister today; Xi had arrived in Paris yesterday, received by Macron
    text = ("أجرى الرئيس الصيني شي جين بينغ اليوم محادثات مع رئيس الوزراء الإيطالي جوزيبي كونتي. "
            "وكان شي قد وصل أمس إلى باريس حيث استقبله الرئيس الفرنسي إيمانويل ماكرون في قصر الإليزيه.")
    got = rows(text)
    assert got["Giuseppe Conte"] == ("Xi Jinping", None, None)
    assert got["Emmanuel Macron"][1] == "Paris"


def test_a_planned_visit_lends_no_city():
    # Xi is due to visit Paris next month and meet Macron there: another trip
    text = TALKS + "ومن المقرر أن يزور شي باريس الشهر المقبل ويلتقي الرئيس الفرنسي إيمانويل ماكرون."
    assert rows(text) == {"Edouard Philippe": ("Xi Jinping", None, None)}


def test_an_earlier_visit_lends_no_city():
    # Macron had received Xi at the Elysee last March: a referenced meeting, another trip
    text = TALKS + "وكان الرئيس الفرنسي إيمانويل ماكرون قد استقبل شي في قصر الإليزيه في مارس الماضي."
    assert rows(text) == {"Edouard Philippe": ("Xi Jinping", None, None)}


def test_another_city_of_the_country_in_the_row_sentence_takes_none():
    # the talks centred on Chinese investment in Strasbourg: a second city of France, no Paris for them
    text = ("أجرى الرئيس الصيني شي جين بينغ اليوم محادثات مع رئيس الوزراء الفرنسي إدوار فيليب ركزت على "
            "الاستثمارات الصينية في ستراسبورغ. " + RECEPTION)
    assert rows(text)["Edouard Philippe"] == ("Xi Jinping", None, "state")
