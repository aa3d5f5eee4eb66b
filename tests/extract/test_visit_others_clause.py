"""A date inside the past relative clause of another noun than the meeting (an agreement, a committee)
is that clause's, not the meeting's (tasks/extract/visits/others_clause.others_clause_day); a clause on
the meeting or visit noun itself still dates it. Invented sentences, the real lexicon."""
from __future__ import annotations

import datetime as dt

from tests.extract.test_visits_detect import mention_rows

DAY = dt.date(2019, 4, 3)  # a Wednesday
KING, ABBAS = "Abdullah II of Jordan", "Mahmoud Abbas"


def rows(text):
    return sorted((r["kind"], r["visitor"], r["host"], r["date"]) for r in mention_rows(text, DAY))


def test_an_agreements_signing_year_does_not_date_the_meeting():
    text = ("التقى العاهل الأردني الملك عبد الله الثاني الرئيس الفلسطيني محمود عباس، وبحثا تطبيق الاتفاق "
            "الذي وقعه الجانبان في يونيو 2014.")
    assert [r for r in rows(text) if r[0] == "reported"] == [("reported", KING, ABBAS, None)]
    assert not [r for r in rows(text) if r[3] is not None]


def test_a_committees_last_session_does_not_date_the_meeting():
    text = ("استقبل العاهل الأردني الملك عبد الله الثاني الرئيس الفلسطيني محمود عباس، وتم الاتفاق على إحياء "
            "المجلس الأعلى المشترك والذي كان آخر اجتماع له عام 2009.")
    got = rows(text)
    assert ("reported", ABBAS, KING, None) in got  # the council's last meeting may stay a referenced row of its own
    assert all(r[0] == "referenced" for r in got if r[3] == dt.date(2009, 1, 1))


def test_an_earlier_visit_inside_the_clause_keeps_its_date_but_not_the_meetings():
    text = ("استقبل العاهل الأردني الملك عبد الله الثاني الرئيس الفلسطيني محمود عباس وبحث معه متابعة "
            "التفاهمات التي تم التوصل إليها خلال زيارته لرام الله في أغسطس الماضي.")
    got = rows(text)
    assert ("reported", ABBAS, KING, None) in got
    assert all(r[0] == "referenced" for r in got if r[3] == dt.date(2018, 8, 1))


def test_the_visits_own_relative_clause_still_dates_the_meeting():
    text = ("التقى العاهل الأردني الملك عبد الله الثاني الرئيس الفلسطيني محمود عباس، خلال زيارته التي بدأها "
            "أمس إلى عمان.")
    assert [r[3] for r in rows(text) if r[0] == "reported"] == [dt.date(2019, 4, 2)]


def test_a_summits_relative_clause_after_a_verb_still_dates_the_meeting():
    text = ("التقى العاهل الأردني الملك عبد الله الثاني الرئيس الفلسطيني محمود عباس، وشاركا في القمة التي "
            "عقدت أمس.")
    assert [r[3] for r in rows(text) if r[0] == "reported"] == [dt.date(2019, 4, 2)]


def test_a_meeting_told_with_its_own_earlier_day_stays_referenced():
    text = ("وكان العاهل الأردني الملك عبد الله الثاني قد التقى الرئيس الفلسطيني محمود عباس في مارس 2014، "
            "وبحثا الاتفاق الذي وقعه الجانبان.")
    assert rows(text) == [("referenced", KING, ABBAS, dt.date(2014, 3, 1))]


def test_a_guests_arrival_in_his_own_clause_still_dates_the_visit():
    text = "استقبل العاهل الأردني الملك عبد الله الثاني الرئيس الفلسطيني محمود عباس الذي وصل أمس إلى عمان."
    assert [r[3] for r in rows(text) if r[0] == "reported"] == [dt.date(2019, 4, 2)]


def test_the_meetings_own_appointed_date_in_a_clause_still_dates_it():
    text = ("أعلن الديوان الملكي أن العاهل الأردني الملك عبد الله الثاني سيلتقي الرئيس الفلسطيني محمود عباس في "
            "الموعد الذي كان مقررا في 12 أبريل 2019.")
    assert [r[3] for r in rows(text)] == [dt.date(2019, 4, 12)]


# Another noun's clause past a summit or trip word (others_clause.other_antecedent): the noun phrase right
# before the pronoun names no meeting, person, place or time, and the date is over a month old.
MECHANISM = ("توجه العاهل الأردني الملك عبد الله الثاني إلى رام الله للمشاركة في القمة الثنائية مع الرئيس "
             "الفلسطيني محمود عباس، وذلك في إطار آلية التنسيق المشترك التي انطلقت في عمان في مايو 2015.")


def test_a_mechanisms_founding_past_the_summit_word_does_not_date_the_trip():
    assert rows(MECHANISM) == [("reported", KING, ABBAS, None)]


def test_a_consultation_mechanisms_start_does_not_date_the_talks():
    text = ("أجرى العاهل الأردني الملك عبد الله الثاني والرئيس الفلسطيني محمود عباس محادثات في عمان في إطار "
            "آلية التشاور الدوري التي انطلقت في رام الله في يوليو 2015.")
    got = rows(text)
    assert ("reported", ABBAS, KING, None) in got
    assert not [r for r in got if r[3] is not None]


def test_a_partnerships_launch_past_the_summit_does_not_date_the_meeting():
    text = ("التقى العاهل الأردني الملك عبد الله الثاني الرئيس الفلسطيني محمود عباس في عمان خلال القمة "
            "الثلاثية، في ظل الشراكة الاستراتيجية التي انطلقت في مارس 2016.")
    assert rows(text) == [("reported", ABBAS, KING, None)]


def test_the_summits_own_clause_still_dates_the_meeting():
    text = ("التقى العاهل الأردني الملك عبد الله الثاني الرئيس الفلسطيني محمود عباس في عمان خلال القمة "
            "الثلاثية التي عقدت في مارس 2016.")
    assert rows(text) == [("referenced", ABBAS, KING, dt.date(2016, 3, 1))]


def test_a_tour_begun_yesterday_still_dates_the_meeting_within_it():
    text = ("التقى العاهل الأردني الملك عبد الله الثاني الرئيس الفلسطيني محمود عباس خلال زيارته للأردن ضمن "
            "الجولة التي بدأها أمس.")
    assert rows(text) == [("reported", ABBAS, KING, dt.date(2019, 4, 2))]


def test_a_bare_name_before_the_pronoun_may_be_the_visited_place():
    text = ("التقى العاهل الأردني الملك عبد الله الثاني الرئيس الفلسطيني محمود عباس في اليوم الثاني من زيارة "
            "الرئيس الفلسطيني إلى زرقونة التي بدأت في فبراير 2019.")
    assert [r[3] for r in rows(text)] == [dt.date(2019, 2, 1)]


def test_a_wa_joined_pronoun_is_read_as_before():
    text = ("التقى العاهل الأردني الملك عبد الله الثاني الرئيس الفلسطيني محمود عباس في عمان خلال القمة "
            "الثلاثية، وذلك في إطار الآلية والتي انطلقت في مارس 2016.")
    assert rows(text) == [("referenced", ABBAS, KING, dt.date(2016, 3, 1))]


def test_the_meetings_own_earlier_day_before_the_clause_stays_referenced():
    text = ("التقى العاهل الأردني الملك عبد الله الثاني الرئيس الفلسطيني محمود عباس في عمان في مارس 2016 خلال "
            "القمة الثلاثية، في إطار الآلية التي انطلقت في يونيو 2015.")
    assert rows(text) == [("referenced", ABBAS, KING, dt.date(2016, 3, 1))]
