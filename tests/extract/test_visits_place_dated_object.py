"""A visit verb's object place told after a date: "زار X يوم الخميس الأردن" (X visited Jordan on
Thursday) is read as "زار X الأردن" (tasks/extract/visits/place._date_between, read by
city_of_meeting). Invented sentences, the real lexicon."""
from __future__ import annotations

import datetime as dt

from tests.extract.test_visits_detect import mention_rows

DAY = dt.date(2019, 6, 29)  # a Saturday


def _reported(text):
    return [(r["visitor"], r["host"], str(r["date"])[:10]) for r in mention_rows(text, DAY) if r["kind"] == "reported"]


def test_a_country_after_the_visitor_and_a_weekday_is_the_visit_s_goal():
    # "Sisi visited Jordan on Thursday on a short trip"
    text = "وزار الرئيس المصري عبد الفتاح السيسي يوم الخميس الأردن في زيارة قصيرة."
    assert _reported(text) == [("Abdel Fattah el-Sisi", "Abdullah II of Jordan", "2019-06-27")]


def test_a_country_after_the_visitor_and_yesterday_is_the_visit_s_goal():
    # "Sisi visited Jordan yesterday Friday" (no commas around the date)
    text = "زار الرئيس المصري عبد الفتاح السيسي أمس الجمعة الأردن وبحث التعاون."
    assert _reported(text) == [("Abdel Fattah el-Sisi", "Abdullah II of Jordan", "2019-06-28")]


def test_a_country_of_a_later_clause_after_a_date_and_an_object_is_no_goal():
    # negative: "Sisi visited a car factory on Thursday while Jordan prepares for elections"
    text = "وزار الرئيس المصري عبد الفتاح السيسي يوم الخميس مصنعا للسيارات بينما الأردن يستعد للانتخابات."
    assert _reported(text) == []
