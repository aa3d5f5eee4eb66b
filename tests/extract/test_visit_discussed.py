"""A verb of discussing ("بحث", "ناقش") whose two leaders of two countries are its joint subjects, joined by "و"
(and), with a city right after them, tells a meeting there (visits.discussed.subject_named, honours.signed_jointly):
the wording "بحث X وY في صوفيا" for "بحث X مع Y في صوفيا". Without the city, with a phone call, with ministers or
with two leaders of one country it tells none. Invented sentences, the real lexicon."""
import datetime as dt

import pytest

pytest.importorskip("tasks.extract.entities")

from tests.extract.test_visits_detect import mention_rows, reported  # noqa: E402

DAY = dt.date(2018, 7, 7)  # a Saturday


def test_two_leaders_joined_by_and_discussed_in_a_city():
    # "The Chinese prime minister Li Keqiang and the Bulgarian prime minister Boyko Borisov discussed in Sofia on
    # Saturday ways of strengthening cooperation"
    text = ("بحث رئيس الوزراء الصيني لي كه تشيانغ ورئيس الوزراء البلغاري بويكو بوريسوف في صوفيا السبت "
            "سبل تعزيز التعاون بين البلدين.")
    assert reported(text, DAY) == [("Li Keqiang", "Boyko Borisov", "Sofia")]


def test_a_dual_title_with_each_leader_s_nisba():
    # "The two leaders, the Chinese Li Keqiang and the Bulgarian Boyko Borisov, discussed in Sofia ..."
    text = "بحث الزعيمان الصيني لي كه تشيانغ والبلغاري بويكو بوريسوف في صوفيا السبت سبل تعزيز التعاون."
    assert reported(text, DAY) == [("Li Keqiang", "Boyko Borisov", "Sofia")]


def test_the_counterpart_set_off_by_commas_and_the_other_verb():
    text = "ناقش الرئيس الروسي فلاديمير بوتين، ونظيره التركي رجب طيب أردوغان، في أنقرة اليوم، الأزمة السورية."
    assert reported(text, DAY) == [("Vladimir Putin", "Recep Tayyip Erdogan", "Ankara")]


def test_the_same_two_on_the_phone_met_nowhere():
    text = "بحث الرئيس الروسي فلاديمير بوتين والرئيس التركي رجب طيب أردوغان هاتفيا اليوم الوضع في سوريا."
    assert reported(text, DAY) == []


def test_the_same_two_discussing_tomorrow_is_no_reported_meeting():
    text = "سيبحث الرئيس الروسي فلاديمير بوتين والرئيس التركي رجب طيب أردوغان في أنقرة غدا الوضع في سوريا."
    assert [r for r in mention_rows(text, DAY) if r["kind"] == "reported"] == []


def test_two_ministers_joined_by_and_are_no_leaders_meeting():
    text = ("بحث وزير الخارجية الروسي سيرغي لافروف ونظيره التركي مولود تشاووش أوغلو في أنقرة اليوم "
            "الوضع في سوريا.")
    assert reported(text, DAY) == []


def test_a_president_and_his_own_prime_minister_are_no_visit():
    text = "بحث الرئيس الروسي فلاديمير بوتين ورئيس الوزراء ديمتري ميدفيديف في موسكو اليوم الميزانية."
    assert reported(text, DAY) == []
