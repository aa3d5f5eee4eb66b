"""A bare "الرئيس" (the president) right after a trip noun and before "to" another country's place is a
national outlet's own head of state (titles.yaml trip_home_titles, tasks.extract.home.trip_office):
a comment on "the president's visit to India" in an Egyptian paper is about Morsi's trip under way.
Invented sentences."""
import datetime as dt

import polars as pl

from tasks.extract import extract
from tasks.extract.home import outlet_country
from tests.extract.test_entities import home_people

D2013 = dt.date(2013, 3, 19)
EGYPT = outlet_country("officialyoum77")


def _reported(text, source="officialyoum77", day=D2013):
    out = extract(pl.DataFrame({"article_id": ["a"], "text": [text], "published_date": [day], "source": [source],
                                "title": [None]}, schema={"article_id": pl.Utf8, "text": pl.Utf8,
                                                          "published_date": pl.Date, "source": pl.Utf8,
                                                          "title": pl.Utf8}))["visit_mentions"]
    return sorted((r["visitor"], r["host"]) for r in out.to_dicts() if r["kind"] == "reported")


def test_the_presidents_visit_to_a_foreign_country_is_the_home_presidents():
    # "experts said the president's visit to Brazil opens new horizons for trade"
    text = "قال خبراء إن زيارة الرئيس للبرازيل تفتح آفاقا جديدة أمام التجارة."
    assert home_people(text, EGYPT, D2013) == [("mohamed_morsi", "title")]
    assert _reported(text) == [("Mohamed Morsi", "Dilma Rousseff")]


def test_a_tour_to_each_of_two_countries_gives_both_legs():
    # "the timing of the president's visit to each of India and Pakistan was fitting, analysts see"
    text = "يرى محللون أن توقيت زيارة الرئيس لكل من الهند وباكستان جاء مناسبا للعلاقات الخارجية."
    assert _reported(text) == [("Mohamed Morsi", "Manmohan Singh"), ("Mohamed Morsi", "Raja Pervaiz Ashraf")]


def test_the_presidents_visit_home_or_elsewhere_stays_nobodys():
    # to the outlet's own country: a guest's visit, not the home president's
    assert home_people("قال خبراء إن زيارة الرئيس لمصر تفتح آفاقا جديدة.", EGYPT, D2013) == []
    # no trip noun before it: "the president travelled yesterday"
    assert home_people("قال خبراء إن الرئيس سافر أمس إلى الهند.", EGYPT, D2013) == []
    # an international outlet has no home president
    assert home_people("قال خبراء إن زيارة الرئيس للبرازيل تفتح آفاقا جديدة.", None, D2013) == []
    assert _reported("قال خبراء إن زيارة الرئيس للبرازيل تفتح آفاقا جديدة أمام التجارة.", source="BBC") == []


def test_a_foreign_president_named_before_keeps_his_visit():
    # "the American president arrived in Israel; analysts said the president's visit to Israel ..."
    text = "وصل الرئيس الأمريكي باراك أوباما إلى إسرائيل. وقال محللون إن زيارة الرئيس لإسرائيل تهدف إلى دعمها."
    assert "mohamed_morsi" not in [i for i, _ in home_people(text, EGYPT, D2013)]
    assert _reported(text) == [("Barack Obama", "Benjamin Netanyahu")]


def test_a_planned_visit_of_the_president_stays_planned():
    # "the presidency announced that the president's visit to Brazil will take place next month"
    text = "أعلنت الرئاسة أن زيارة الرئيس للبرازيل ستتم الشهر المقبل."
    assert _reported(text) == []
