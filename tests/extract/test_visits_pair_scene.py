"""A reported meeting given no city by its own sentences, the article, the dateline or the summits
takes the one city of the host's country that the sentences naming the pair, or the traveller alone,
with no visit word, put them in (visits.pair_scene). Invented sentences, the stand-in lexicon of
test_visits (published Tuesday 2023-03-14)."""
import datetime as dt

import pytest

from tests.extract.test_visits import D, run, weekdays

RECEPTION = "استقبل بوتين الثلاثاء الأسد لبحث التعاون بين البلدين.\n"


def rows(text, dates=None):
    return [(r["visitor"], r["host"], r["city"], r["country"], r["date"]) for r in run(text, dates=dates)
            if r["kind"] == "reported"]


@pytest.mark.parametrize("text, city", [
    # "Television showed pictures of Putin and Assad strolling in a garden in the city of Sochi"
    ("استقبل بوتين الثلاثاء الأسد لبحث الأوضاع في المنطقة.\n"
     "وعرض التلفزيون صورا لبوتين والأسد يتجولان في حديقة بمدينة سوتشي.", "Sochi"),
    # "Assad then walked through the streets of Moscow": the traveller alone
    (RECEPTION + "وتجول الأسد بعد ذلك في شوارع موسكو.", "Moscow"),
    # the same day named again
    (RECEPTION + "وتجول الأسد الثلاثاء في شوارع موسكو.", "Moscow"),
])
def test_the_city_the_pair_is_placed_in_is_the_meetings(text, city):
    assert rows(text) == [("Bashar al-Assad", "Vladimir Putin", city, "Russia", dt.date(2023, 3, 14))]


@pytest.mark.parametrize("text", [
    # two cities of the trip ("in Moscow, then in Sochi"): no one venue
    RECEPTION + "وتجول الأسد في شوارع موسكو ثم في سوتشي.",
    # a city of the traveller's own country
    RECEPTION + "وتجول الأسد في شوارع دمشق.",
    # the background ("Assad had come to Moscow")
    RECEPTION + "وكان الأسد قد حل في موسكو.",
    # a relative clause's place ("Assad carried the book that he printed in Moscow")
    RECEPTION + "وحمل الأسد الكتاب الذي طبعه في موسكو.",
    # a third leader in the sentence: another scene
    RECEPTION + "وتجول الأسد وأردوغان في شوارع موسكو.",
    # what he said about a city ("Assad said the situation in Moscow differs")
    RECEPTION + "وقال الأسد إن الوضع في موسكو يختلف.",
])
def test_no_city_from_other_scenes(text):
    assert [r[2] for r in rows(text)] == [None]


def test_a_city_of_another_day_is_no_venue():
    # "Assad walked through the streets of Moscow last year"
    text = RECEPTION + "وتجول الأسد في شوارع موسكو العام الماضي."
    start = text.find("العام")
    dates = weekdays(text, dt.date(2023, 3, 14)) + [
        D(start, start + len("العام الماضي"), "العام الماضي", dt.date(2022, 1, 1), "year", "relative")]
    assert [r[2] for r in rows(text, dates)] == [None]


@pytest.mark.parametrize("text", [
    # "the two leaders then strolled in a garden in Moscow": the pair by a dual noun, no name
    RECEPTION + "وتجول الزعيمان بعد ذلك في حديقة بموسكو.",
    # the oblique after a preposition, a sentence between ("a walk for the two presidents in Moscow")
    RECEPTION + "وأشاد المسؤولون بالتعاون.\nوأقيمت جولة للرئيسين في شوارع موسكو.",
    # "the two countries' presidents walked in Moscow"
    RECEPTION + "وتجول رئيسا البلدين في شوارع موسكو.",
    # "at Putin's invitation, the two walked in Moscow": an invitation answered, no visit ahead
    RECEPTION + "وبدعوة من بوتين، تجول الزعيمان في شوارع موسكو.",
])
def test_the_pair_named_by_a_dual_noun_is_placed(text):
    assert rows(text) == [("Bashar al-Assad", "Vladimir Putin", "Moscow", "Russia", dt.date(2023, 3, 14))]


@pytest.mark.parametrize("text", [
    # "the two former presidents walked in Moscow": others
    RECEPTION + "وتجول الرئيسان السابقان في شوارع موسكو.",
    # a third leader named before: "the two" may be any two
    RECEPTION + "وأجرى أردوغان اتصالا مع روحاني.\nوتجول الزعيمان في شوارع موسكو.",
    # another event of the two: "the two leaders had come to Moscow"
    RECEPTION + "وكان الزعيمان قد حلا في موسكو.",
    # a dual noun inside a quotation
    RECEPTION + "وقال مسؤول: \"تجول الزعيمان في شوارع موسكو\".",
    # "Putin invited Assad to tour Moscow": an invitation, ahead
    RECEPTION + "ودعا بوتين الأسد إلى جولة في موسكو.",
])
def test_no_city_from_a_dual_noun_of_others(text):
    assert [r[2] for r in rows(text)] == [None]


# a round-up of the day's expected news ("we publish the most important news expected today"), one item a place
DIGEST = "ننشر أهم الأخبار المتوقعة اليوم ونتابعها وقت حدوثها على مدار الساعة.\nوفي القاهرة.. يفتتح الوزير معرضا للكتاب.\n"


@pytest.mark.parametrize("heading", ["وفي موسكو.. ", "وفى موسكو.. ", "ففي موسكو.. "])
def test_a_round_up_items_heading_places_its_meeting(heading):
    # "And in Moscow.. Putin receives Assad on Tuesday to discuss cooperation"
    assert rows(DIGEST + heading + RECEPTION) == [
        ("Bashar al-Assad", "Vladimir Putin", "Moscow", "Russia", dt.date(2023, 3, 14))]


@pytest.mark.parametrize("before", [
    "وفي دمشق.. ",                                  # the traveller's own city: where he leaves from, no venue
    "وأعلنت الحكومة في موسكو خطتها للعام.\n",       # a sentence naming the city, no heading
    "وفي موسكو والقاهرة.. ",                        # two places: no one scene
])
def test_no_heading_no_city(before):
    assert [r[2] for r in rows(DIGEST + before + RECEPTION)] == [None]
