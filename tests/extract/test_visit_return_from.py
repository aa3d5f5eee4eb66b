"""A return home told with "عائدا من" (returning from) before a phrase ending the trip ("بعد زيارة", after a visit):
the place after "من" is where the visit was, as after "قادما من" (coming from), not the next leg that "عائدا إلى"
(returning to) names (visits.place._next_leg reads return_leg.from_place). Texts are invented; the real lexicon reads
them."""
import datetime as dt

import pytest

pytest.importorskip("tasks.extract.entities")

from tests.extract.test_visit_met_abroad import reported  # noqa: E402

DAY = dt.date(2018, 6, 14)  # a Thursday
ERDOGAN, PUTIN = "Recep Tayyip Erdogan", "Vladimir Putin"


def test_return_from_a_city_after_a_visit_is_the_visit_there():
    # the two days it lasted end with today's return: it began yesterday
    text = "عاد الرئيس التركي رجب طيب أردوغان إلى أنقرة مساء اليوم عائدا من موسكو بعد زيارة رسمية استغرقت يومين."
    assert reported(text, DAY) == [(ERDOGAN, PUTIN, "Moscow", dt.date(2018, 6, 13))]


def test_return_from_a_country_after_a_working_visit_is_hosted_by_office():
    text = "وصل العاهل الأردني الملك عبد الله الثاني إلى عمان اليوم عائدا من الصين عقب زيارة عمل."
    assert reported(text, DAY) == [("Abdullah II of Jordan", "Xi Jinping", None, None)]


def test_return_to_a_city_after_a_meeting_keeps_the_meeting_where_he_left():
    # "عائدا إلى أنقرة" (returning to Ankara) names where he goes on to: the meeting was in Moscow
    text = "غادر الرئيس التركي رجب طيب أردوغان موسكو اليوم عائدا إلى أنقرة بعد لقائه الرئيس الروسي فلاديمير بوتين."
    assert reported(text, DAY) == [(ERDOGAN, PUTIN, "Moscow", DAY)]


def test_return_from_a_summit_is_no_visit_to_its_country():
    text = "عاد الرئيس التركي رجب طيب أردوغان إلى أنقرة اليوم عائدا من بروكسل بعد مشاركته في قمة حلف شمال الأطلسي."
    assert reported(text, DAY) == []


def test_return_from_with_no_visit_told_is_no_visit():
    text = "وصل رئيس الوزراء الهندي ناريندرا مودي إلى نيودلهي اليوم عائدا من طوكيو."
    assert reported(text, DAY) == []


def test_return_from_of_a_minister_is_no_leaders_visit():
    text = "وصل وزير الخارجية التركي مولود جاويش أوغلو إلى أنقرة اليوم عائدا من موسكو بعد زيارة رسمية."
    assert reported(text, DAY) == []
