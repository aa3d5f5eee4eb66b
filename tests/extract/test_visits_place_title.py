"""A reported meeting's city from the article's title when its text gives none
(visits.title_city). Titles and texts are invented; the real lexicon reads them."""
import datetime as dt

import polars as pl
import pytest

pytest.importorskip("tasks.extract.entities")

from tasks.extract import extract  # noqa: E402

DAY = dt.date(2019, 6, 29)
# Putin received Sisi today and they discussed bilateral relations: no city in the text
TEXT = "استقبل الرئيس الروسي فلاديمير بوتين الرئيس المصري عبد الفتاح السيسي اليوم وبحثا العلاقات الثنائية."


def reported(title: str | None, text: str = TEXT) -> list[tuple]:
    cols = {"article_id": ["a"], "text": [text], "published_date": [DAY]}
    if title is not None:
        cols["title"] = [title]
    out = extract(pl.DataFrame(cols))["visit_mentions"].filter(pl.col("kind") == "reported")
    return [(r["visitor"], r["host"], r["city"], r["country"], r["evidence"]) for r in out.to_dicts()]


def test_the_city_after_an_arrival_word_of_the_title_is_the_meetings():
    # Sisi arrives in Sochi to meet Putin
    [(visitor, host, city, country, evidence)] = reported("السيسي يصل إلى سوتشي للقاء بوتين")
    assert (visitor, host, city, country) == ("Abdel Fattah el-Sisi", "Vladimir Putin", "Sochi", "Russia")
    assert evidence == TEXT  # the evidence stays the text's sentence


def test_the_city_of_a_visit_noun_in_the_title_with_no_leader_named_there():
    # Sisi's visit to Moscow (a bare name the lexicon may not resolve: the visit word suffices)
    [row] = reported("زيارة السيسي لموسكو")
    assert row[2:4] == ("Moscow", "Russia")


def test_the_city_a_leader_of_the_pair_speaks_from_in_the_title():
    # Sisi from Moscow: we look forward to a wider partnership
    [row] = reported("السيسي من موسكو: نتطلع إلى شراكة أوسع")
    assert row[2:4] == ("Moscow", "Russia")


def test_no_title_and_a_title_with_no_city_leave_the_city_empty():
    assert reported(None)[0][2:4] == (None, "Russia")
    assert reported("بوتين والسيسي يبحثان العلاقات الثنائية")[0][2:4] == (None, "Russia")


def test_a_capital_standing_for_its_government_in_the_title_is_no_city():
    # Egypt buys fighter jets from Moscow: no visit word, no speaker of the pair
    assert reported("مصر تشتري من موسكو طائرات مقاتلة")[0][2] is None


def test_the_visitors_home_capital_he_leaves_in_the_title_is_no_city():
    # Sisi leaves Cairo to meet Putin: Cairo is no city of Russia
    assert reported("السيسي يغادر القاهرة للقاء بوتين")[0][2] is None


def test_a_title_about_another_leaders_trip_gives_no_city():
    # Merkel visits Moscow next week: another story
    assert reported("ميركل تزور موسكو الأسبوع المقبل")[0][2] is None


def test_a_title_city_of_an_earlier_summit_is_no_city():
    # Sisi meets Putin today after their earlier summit in Sochi
    assert reported("السيسي يلتقي بوتين اليوم بعد قمتهما السابقة في سوتشي")[0][2] is None


def test_the_texts_dateline_city_wins_over_the_titles():
    # Moscow - ... : the text's dateline already places the meeting
    [row] = reported("السيسي يصل إلى سوتشي للقاء بوتين", "موسكو - " + TEXT)
    assert row[2:4] == ("Moscow", "Russia")
