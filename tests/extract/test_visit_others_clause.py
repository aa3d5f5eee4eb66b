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
