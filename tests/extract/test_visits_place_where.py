"""The meeting's city named before a "حيث" (where) clause that holds the meeting word
(tasks/extract/visits/address.where_antecedent, triggers.yaml where_after_arrival)."""
from __future__ import annotations

import datetime as dt

from tests.extract.test_visits import run

FEB_2018 = dt.date(2018, 2, 12)


def test_a_place_before_where_is_the_meeting_city_after_from():
    # "من موسكو، حيث أجرى ..." (from Moscow, where ... held talks): the talks were in Moscow
    text = "وصرح المتحدث من موسكو، حيث أجرى السيسي محادثات مع بوتين، بأن العلاقات متينة."
    [v] = run(text, published=FEB_2018)
    assert (v["visitor"], v["host"], v["city"]) == ("Abdel Fattah el-Sisi", "Vladimir Putin", "Moscow")


def test_a_place_before_where_whose_clause_ends_before_the_meeting_is_not_its_city():
    # "من موسكو، حيث يقيم منذ سنوات، ..." (from Moscow, where he has lived for years): the clause
    # closes before the meeting word
    text = "وصرح المتحدث من موسكو، حيث يقيم منذ سنوات، بأن السيسي أجرى محادثات مع بوتين."
    [v] = run(text, published=FEB_2018)
    assert ({v["visitor"], v["host"]}, v["city"]) == ({"Abdel Fattah el-Sisi", "Vladimir Putin"}, None)
