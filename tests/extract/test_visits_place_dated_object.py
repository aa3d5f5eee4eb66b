"""A visit verb's object place told after a date: "زار X يوم الخميس الأردن" (X visited Jordan on
Thursday) is read as "زار X الأردن" (tasks/extract/visits/place._date_between, read by
city_of_meeting); so is a travel verb's, its subject before it: "وكان X وصل أمس الجمعة الأردن" (X had
arrived in Jordan yesterday), as "وصل الأردن" (place._locative). Invented sentences, the real lexicon."""
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


def test_a_country_after_a_fronted_travellers_arrival_verb_and_its_day_is_the_goal():
    # "Sisi had arrived in Jordan yesterday Friday at the start of an Arab tour" (no "إلى": the verb's object)
    text = "وكان الرئيس المصري عبد الفتاح السيسي وصل أمس الجمعة الأردن في مستهل جولة عربية."
    assert _reported(text) == [("Abdel Fattah el-Sisi", "Abdullah II of Jordan", "2019-06-28")]


def test_a_country_after_a_fronted_visitors_verb_and_a_weekday_is_the_goal():
    # "the agency said Egyptian President Sisi visited Jordan on Thursday"
    text = "قالت الوكالة إن الرئيس المصري عبد الفتاح السيسي زار يوم الخميس الأردن."
    assert _reported(text) == [("Abdel Fattah el-Sisi", "Abdullah II of Jordan", "2019-06-27")]


def test_a_country_past_the_day_and_another_word_is_no_arrivals_goal():
    # negative: "Sisi had arrived late yesterday Friday while Jordan prepares for elections"
    text = "وكان الرئيس المصري عبد الفتاح السيسي وصل أمس الجمعة متأخرا بينما الأردن يستعد للانتخابات."
    assert _reported(text) == []


def test_a_country_of_a_new_clause_after_the_arrivals_day_is_no_goal():
    # negative: "Sisi had arrived yesterday Friday, and Jordan prepares for elections"
    text = "وكان الرئيس المصري عبد الفتاح السيسي وصل أمس الجمعة، والأردن يستعد للانتخابات."
    assert _reported(text) == []


def test_a_ministers_arrival_past_its_day_stays_no_leaders_visit():
    # negative: "the Egyptian foreign minister Shoukry had arrived in Jordan yesterday Friday"
    text = "وكان وزير الخارجية المصري سامح شكري وصل أمس الجمعة الأردن في مستهل جولة عربية."
    assert _reported(text) == []


def test_a_scheduled_arrival_past_its_day_stays_planned():
    # negative: "Sisi is scheduled to arrive in Jordan next Monday"
    text = "ومن المقرر أن يصل الرئيس المصري عبد الفتاح السيسي يوم الاثنين المقبل الأردن."
    assert _reported(text) == []
