"""The meeting's city told in the sentence right after the meeting's own, one that names no leader and
speaks of "the meeting" (tasks/extract/visits/anaphora.meeting_next, read by place.article_city).
Invented sentences, the real lexicon."""
from __future__ import annotations

import datetime as dt

from tests.extract.test_visits_detect import mention_rows

DAY = dt.date(2019, 6, 29)


def _reported(text):
    return [(r["visitor"], r["host"], r["city"]) for r in mention_rows(text, DAY) if r["kind"] == "reported"]


def test_the_meeting_s_venue_in_the_next_sentence_is_its_city():
    # "Putin met Sisi today. The foreign ministers took part in the meeting, at the presidential
    # residence in the city of Sochi": the meeting was in Sochi
    text = ("التقى الرئيس الروسي فلاديمير بوتين اليوم الرئيس المصري عبد الفتاح السيسي. "
            "وشارك في الاجتماع، بمقر الإقامة الرئاسي في مدينة سوتشي، وزيرا الخارجية.")
    assert _reported(text) == [("Abdel Fattah el-Sisi", "Vladimir Putin", "Sochi")]


def test_a_city_in_the_next_sentence_with_no_meeting_noun_is_not_the_meeting_s():
    # negative: "The city of Sochi sees heavy rain today": no "the meeting", no city for it
    text = ("التقى الرئيس الروسي فلاديمير بوتين اليوم الرئيس المصري عبد الفتاح السيسي. "
            "وتشهد مدينة سوتشي أمطارا غزيرة اليوم.")
    assert _reported(text) == [("Abdel Fattah el-Sisi", "Vladimir Putin", None)]
