"""A trip told with no goal whose sentence sets the traveller's capital and another "بين" (between)
each other: the other's country is where he went (visits.between_capitals, read by
candidates._meeting_place), hosted there by office with no city. Texts are invented; the real
lexicon reads them."""
import datetime as dt

import polars as pl
import pytest

pytest.importorskip("tasks.extract.entities")

from tasks.extract import extract  # noqa: E402

DAY = dt.date(2013, 3, 21)  # a Thursday


def reported(text: str) -> list[tuple]:
    out = extract(pl.DataFrame({"article_id": ["a"], "text": [text], "published_date": [DAY]}))
    return sorted((r["visitor"], r["host"], r["city"], str(r["date"])) for r in out["visit_mentions"].to_dicts()
                  if r["kind"] == "reported")


def test_a_finished_trip_with_no_goal_goes_to_the_other_capital_set_between():
    # "a weekly wrote today that the Egyptian president's visit, which lasted two days and ended yesterday,
    # opens a new page between New Delhi and Cairo": the visit's first day, the 19th (span.ended_in_clause,
    # as b65's gold dates "التي استمرت ثلاثة أيام، واختتمت أمس")
    text = ("كتبت مجلة أسبوعية اليوم أن زيارة الرئيس المصري محمد مرسي التي استمرت يومين، وانتهت أمس، "
            "تفتح صفحة جديدة بين نيودلهي والقاهرة.")
    assert reported(text) == [("Mohamed Morsi", "Manmohan Singh", None, "2013-03-19")]


def test_the_two_capitals_in_the_other_order_give_the_same_goal():
    # "... opens a new page between Cairo and New Delhi"
    text = ("كتبت مجلة أسبوعية اليوم أن زيارة الرئيس المصري محمد مرسي التي استمرت يومين، وانتهت أمس، "
            "تفتح صفحة جديدة بين القاهرة ونيودلهي.")
    assert reported(text) == [("Mohamed Morsi", "Manmohan Singh", None, "2013-03-19")]


def test_two_capitals_neither_of_the_travellers_country_give_no_goal():
    # "... the Egyptian president's visit ... opens a new page between New Delhi and Islamabad"
    text = ("كتبت مجلة أسبوعية اليوم أن زيارة الرئيس المصري محمد مرسي التي استمرت يومين، وانتهت أمس، "
            "تفتح صفحة جديدة بين نيودلهي وإسلام آباد.")
    assert reported(text) == []


def test_a_third_place_in_the_sentence_leaves_the_goal_unread():
    # "... the visit ... in Tokyo opens a new page between New Delhi and Cairo": a place of its own
    text = ("كتبت مجلة أسبوعية اليوم أن زيارة الرئيس المصري محمد مرسي التي استمرت يومين في طوكيو، "
            "تفتح صفحة جديدة بين نيودلهي والقاهرة.")
    assert reported(text) == []


def test_a_ministers_trip_stays_no_leaders_visit():
    # "the foreign minister's visit, which ended yesterday, opens a new page between New Delhi and Cairo"
    text = "كتبت مجلة أسبوعية اليوم أن زيارة وزير الخارجية المصري التي انتهت أمس تفتح صفحة جديدة بين نيودلهي والقاهرة."
    assert reported(text) == []


def test_a_visit_with_an_object_between_two_countries_names_no_trip_abroad():
    # "the French president began his day with a visit to a castle restored in a town on the border between
    # France and Switzerland"
    text = "استهل الرئيس الفرنسي إيمانويل ماكرون يومه اليوم بزيارة قلعة قديمة رممت في بلدة صغيرة على الحدود بين فرنسا وسويسرا."
    assert reported(text) == []
