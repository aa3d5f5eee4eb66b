"""A foreign country a leader leaves right before his visit told as ending ("غادر ... كينيا ... في ختام
زيارة", left Kenya at the end of a visit) is where that visit was (tasks/extract/visits/place._left_city);
his own country left is not. Invented sentences, the real lexicon."""
from __future__ import annotations

import datetime as dt

from tests.extract.test_visits_detect import reported_rows

DAY = dt.date(2019, 4, 3)  # a Wednesday; the leaders named held office then


def pairs(text):
    return [(v["visitor"], v["host"], v["city"], v["date"]) for v in reported_rows(text, DAY)]


def test_a_leader_leaving_a_foreign_country_at_the_end_of_a_visit_visited_it():
    # Tuesday ends the two-day visit: the row takes its first day, Monday (span.concluded_days)
    assert pairs("غادر الرئيس الفرنسي إيمانويل ماكرون مصر بعد ظهر الثلاثاء في ختام زيارة استمرت يومين.") == [
        ("Emmanuel Macron", "Abdel Fattah el-Sisi", None, dt.date(2019, 4, 1))]
    assert [p[:2] for p in pairs("غادر الرئيس الكيني أوهورو كينياتا الصين أمس بعد زيارة دولة استمرت ثلاثة أيام.")] == [
        ("Uhuru Kenyatta", "Xi Jinping")]


def test_the_visit_ending_in_the_country_left_stands_before_the_next_leg():
    # the next leg, Jordan, is still ahead of the news (heading.onward_leg): only the visit ending is reported
    rows = pairs("غادر الرئيس الفرنسي إيمانويل ماكرون مصر بعد ظهر الثلاثاء متوجها إلى الأردن في ختام زيارة "
                 "استمرت يومين.")
    assert sorted(r[:2] for r in rows) == [("Emmanuel Macron", "Abdel Fattah el-Sisi")]


def test_a_leader_leaving_his_own_country_after_a_visit_is_not_its_guest():
    assert pairs("غادر الرئيس الفرنسي إيمانويل ماكرون فرنسا أمس بعد زيارة للرئيس المصري عبد الفتاح السيسي.") == []


def test_a_leader_leaving_a_foreign_country_with_no_visit_word_visits_nothing_there():
    assert pairs("غادر الرئيس الفرنسي إيمانويل ماكرون مصر بعد ظهر الثلاثاء.") == []
