"""The leg a leader came from (visits.came_from): "قادما من" (coming from) after his past arrival abroad, with a phrase
ending a trip after it ("عقب زيارته", "في ختام زيارة"), names the place of his trip's leg before, held and of no day
told (or by the span it lasted), its host the country's head by office; not a bare "coming from" (a stopover), not a return home,
not a move inside one country, not a summit's city, not a minister's trip nor an arrival still ahead. Texts are
invented; the real lexicon reads them."""
import datetime as dt

import pytest

pytest.importorskip("tasks.extract.entities")

from tests.extract.test_visit_met_abroad import reported  # noqa: E402

DAY = dt.date(2018, 6, 14)  # a Thursday
MACRON, ABE, MOON, MERKEL = "Emmanuel Macron", "Shinzo Abe", "Moon Jae-in", "Angela Merkel"


def test_came_from_the_leg_before_an_arrival_abroad_is_a_visit_there():
    # its day is not the arrival's: the two days it lasted end with today's arrival, so it began yesterday
    text = "وصل الرئيس الفرنسي إيمانويل ماكرون، مساء اليوم، إلى طوكيو قادما من سيول، في ختام زيارة استغرقت يومين."
    assert reported(text, DAY) == [(MACRON, ABE, "Tokyo", DAY), (MACRON, MOON, "Seoul", dt.date(2018, 6, 13))]


def test_came_from_the_same_visit_told_with_its_day_keeps_it():
    # "في ختام زيارتها لفرنسا" (at the end of her visit to France) dates that visit today: the leg adds its city only
    text = "وصلت رئيسة الوزراء البريطانية تيريزا ماي اليوم إلى برلين قادمة من باريس في ختام زيارتها لفرنسا."
    assert reported(text, DAY) == [("Theresa May", MERKEL, "Berlin", DAY), ("Theresa May", MACRON, "Paris", DAY)]


def test_came_from_bare_is_no_visit_there():
    # a bare "coming from Seoul" may be a stopover: no visit there is told
    text = "وصل الرئيس الفرنسي إيمانويل ماكرون، مساء اليوم، إلى طوكيو قادما من سيول، في إطار جولة آسيوية."
    assert reported(text, DAY) == [(MACRON, ABE, "Tokyo", DAY)]


def test_came_from_a_woman_leader_and_the_feminine_participle():
    text = "وصلت رئيسة الوزراء البريطانية تيريزا ماي اليوم إلى برلين قادمة من باريس بعد زيارة استغرقت يومين."
    assert reported(text, DAY) == [("Theresa May", MERKEL, "Berlin", DAY), ("Theresa May", MACRON, "Paris", dt.date(2018, 6, 13))]


def test_came_from_the_subject_after_the_goal():
    text = "وصل إلى طوكيو اليوم الرئيس الفرنسي إيمانويل ماكرون قادما من سيول بعد زيارة استغرقت يومين."
    assert reported(text, DAY) == [(MACRON, ABE, "Tokyo", DAY), (MACRON, MOON, "Seoul", None)]


def test_came_from_a_leg_told_with_what_he_did_there_stays_held():
    # "عقب زيارته لضريح" (after his visit to the mausoleum) is what he did on that leg, not an earlier trip
    text = ("وصل رئيس الوزراء الهندي ناريندرا مودي إلى أبوظبي اليوم قادما من رام الله، عقب زيارته لضريح الرئيس الراحل "
            "ياسر عرفات.")
    assert reported(text, DAY) == [("Narendra Modi", "Khalifa bin Zayed Al Nahyan", "Abu Dhabi", DAY),
                                   ("Narendra Modi", "Mahmoud Abbas", "Ramallah", None)]


def test_came_from_not_a_return_home():
    # the return home is return_leg's reading: the visit it ends, dated the day before; no leg of no day beside it
    text = "وصل الرئيس الفرنسي إيمانويل ماكرون إلى باريس اليوم قادما من برلين بعد زيارة استغرقت يومين."
    assert reported(text, DAY) == [(MACRON, MERKEL, "Berlin", dt.date(2018, 6, 13))]


def test_came_from_not_a_move_inside_one_country():
    text = "وصل الرئيس الفرنسي إيمانويل ماكرون إلى ميونخ اليوم قادما من برلين بعد زيارة استغرقت يومين."
    assert reported(text, DAY) == [(MACRON, MERKEL, "Munich", DAY)]


def test_came_from_not_an_arrival_ahead():
    assert reported("يصل الرئيس الفرنسي إيمانويل ماكرون غدا إلى طوكيو قادما من سيول بعد زيارة استغرقت يومين.", DAY) == []


def test_came_from_not_a_ministers_trip():
    assert reported("وصل وزير الخارجية الفرنسي جان إيف لودريان إلى طوكيو اليوم قادما من سيول بعد زيارة استغرقت يومين.", DAY) == []


def test_came_from_not_a_summits_city():
    text = "وصل الرئيس الأمريكي دونالد ترامب إلى سنغافورة الأحد قادما من كندا بعد مشاركته في قمة مجموعة السبع."
    assert reported(text, DAY) == [("Donald Trump", "Lee Hsien Loong", "Singapore", dt.date(2018, 6, 10))]


def test_came_from_not_a_delegation_told_in_a_leaders_saying():
    assert reported("وقال الرئيس الفرنسي إيمانويل ماكرون إن وفدا وصل إلى طوكيو اليوم قادما من سيول بعد زيارة استغرقت يومين.", DAY) == []
