"""A city that witnessed or hosted the meeting word right after it is the venue
(visits.witnessed, grammar.yaml venue_verbs). Invented sentences, the stand-in lexicon of test_visits."""
import pytest

from tests.extract.test_visits import run


def rows(text):
    return [(r["visitor"], r["host"], r["city"]) for r in run(text) if r["kind"] == "reported"]


@pytest.mark.parametrize("text, row", [
    # "Moscow witnessed on Tuesday talks between Sisi and Putin"
    ("وشهدت موسكو الثلاثاء محادثات بين السيسي وبوتين.", ("Abdel Fattah el-Sisi", "Vladimir Putin", "Moscow")),
    # "Sochi hosted on Tuesday a meeting that brought Putin and al-Assad together"
    ("واحتضنت سوتشي الثلاثاء لقاء جمع بوتين والأسد.", ("Bashar al-Assad", "Vladimir Putin", "Sochi")),
])
def test_a_city_witnessing_or_hosting_the_meeting_is_its_venue(text, row):
    assert rows(text) == [row]


@pytest.mark.parametrize("text", [
    # "Cairo witnessed wide protests on Tuesday, while Sisi met Putin": the protests' city, not the meeting's
    "وشهدت القاهرة الثلاثاء احتجاجات واسعة، بينما التقى السيسي بوتين.",
    # "Cairo witnessed wide protests during the past months of the crisis, and Sisi met Putin in Moscow"
    "وشهدت القاهرة احتجاجات واسعة، والتقى السيسي بوتين في موسكو.",
])
def test_a_city_witnessing_something_else_is_no_venue(text):
    assert all(city != "Cairo" for _, _, city in rows(text))
