"""A trip under way told beside an international body that is another clause's scene (tasks/extract/visits/
body_clause.py), and a trip's Palestinian leg told as "the Palestinian areas" (places.yaml palestinian_territories).
Invented sentences, the real lexicon; each positive gave no row (or no row for that leg) on main 83d3e204: the body
vetoed the trip (candidates._meets_a_body), or "المناطق الفلسطينية" was no place."""
import datetime as dt

import pytest

from tests.extract.test_visits_detect import mention_rows

DAY = dt.date(2018, 5, 16)


def _reported(text):
    return [(r["visitor"], r["host"]) for r in mention_rows(text, DAY) if r["kind"] == "reported"]


@pytest.mark.parametrize("text, pair", [
    # "hundreds of youths demonstrated before the UN office in Ramallah, as the French president visits Israel today"
    ("تظاهر مئات الشبان أمام مكتب الأمم المتحدة في رام الله، تزامنا مع زيارة الرئيس الفرنسي إيمانويل ماكرون إلى "
     "إسرائيل اليوم الأربعاء.", ("Emmanuel Macron", "Benjamin Netanyahu")),
    # "protesters raised banners before the EU's seat, as the Indian prime minister makes his visit to Germany"
    ("رفع محتجون لافتات أمام مقر الاتحاد الأوروبي، تزامنا مع الزيارة التي يقوم بها رئيس الوزراء الهندي ناريندرا "
     "مودي إلى ألمانيا.", ("Narendra Modi", "Angela Merkel")),
    # a semicolon closes the body's clause: "students burnt Trump's pictures before the WHO office; protesting his visit"
    ("أحرق طلاب صورا للرئيس الأمريكي دونالد ترامب أمام مكتب منظمة الصحة العالمية في عمان؛ احتجاجا على زيارته إلى "
     "السعودية.", ("Donald Trump", "Salman bin Abdulaziz")),
])
def test_a_body_named_in_a_clause_before_the_trip_is_not_the_trips(text, pair):
    assert pair in _reported(text)


@pytest.mark.parametrize("text", [
    # the body in the trip's own clause: talks with the UN in Kenya are no visit to Kenya's president
    "وصل الرئيس الفرنسي إيمانويل ماكرون إلى كينيا لإجراء محادثات مع الأمم المتحدة حول اللاجئين.",
    # no clause break: the UN welcomed the visit, its subject ("رحبت الأمم المتحدة بزيارة")
    "رحبت الأمم المتحدة بزيارة الرئيس الفرنسي إيمانويل ماكرون إلى مالي اليوم الأربعاء.",
    # the body's officer named before the comma: still the body's sentence
    "رحب الأمين العام للأمم المتحدة أنطونيو غوتيريش، بزيارة الرئيس الفرنسي إيمانويل ماكرون إلى مالي اليوم الأربعاء.",
])
def test_a_body_in_the_trips_clause_or_its_officer_still_vetoes_the_trip(text):
    assert _reported(text) == []


def test_the_palestinian_areas_after_israel_are_a_leg_of_the_trip_hosted_by_palestines_head():
    # "the Russian president continues today his visit to Israel and the Palestinian areas"
    text = "يواصل الرئيس الروسي فلاديمير بوتين اليوم زيارته إلى إسرائيل والمناطق الفلسطينية."
    assert sorted(_reported(text)) == [("Vladimir Putin", "Benjamin Netanyahu"), ("Vladimir Putin", "Mahmoud Abbas")]


@pytest.mark.parametrize("text", [
    # a cancelled visit: no reported leg
    "ألغى رئيس الوزراء الكندي جاستن ترودو زيارة كانت مقررة إلى إسرائيل والمناطق الفلسطينية.",
    # the territories as a topic of talks in Washington: no trip there
    "استقبل الرئيس الأمريكي دونالد ترامب في البيت الأبيض رئيس الوزراء الإسرائيلي بنيامين نتنياهو وبحثا الاستيطان "
    "في المناطق الفلسطينية.",
])
def test_the_palestinian_areas_in_a_cancelled_trip_or_a_topic_add_no_reported_leg(text):
    assert ("Mahmoud Abbas" not in {h for _, h in _reported(text)}
            and all(v != "Justin Trudeau" for v, _ in _reported(text)))
