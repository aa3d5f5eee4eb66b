"""A leader placed in another country on a day told as now, whatever the verb (visits.whereabouts): the sentence's
opening verb, its leader subject, then only commas, the day and a locative before the place ("دعا X، أمس، في
نواكشوط"): his trip there, hosted by that country's head by office. Texts are invented; the real lexicon reads them."""
import datetime as dt

import pytest

pytest.importorskip("tasks.extract.entities")

from tests.extract.test_visit_met_abroad import DAY, reported  # noqa: E402

YESTERDAY = DAY - dt.timedelta(days=1)


def test_whereabouts_a_call_made_yesterday_in_a_foreign_capital():
    text = "دعا رئيس الحكومة الجزائرية عبد المالك سلال، أمس الأربعاء في نواكشوط، الأسرة الدولية إلى وقف الانتهاكات في مالي."
    assert reported(text, dt.date(2013, 1, 17)) == [("Abdelmalek Sellal", "Mohamed Ould Abdel Aziz", "Nouakchott",
                                                    dt.date(2013, 1, 16))]


def test_whereabouts_praise_today_in_a_foreign_capital_with_its_nisba():
    text = "وأشاد الرئيس الفرنسي إيمانويل ماكرون، اليوم، في العاصمة الألمانية برلين بالتعاون بين البلدين."
    assert reported(text) == [("Emmanuel Macron", "Angela Merkel", "Berlin", DAY)]


def test_whereabouts_a_warning_today_no_comma():
    text = "حذر رئيس الوزراء الإسرائيلي بنيامين نتنياهو اليوم في واشنطن من خطر البرنامج النووي الإيراني."
    assert reported(text) == [("Benjamin Netanyahu", "Donald Trump", "Washington", DAY)]


def test_whereabouts_the_day_told_after_the_place():
    text = "انتقد الرئيس التركي رجب طيب أردوغان في باريس، أمس، سياسة الدول الغربية تجاه اللاجئين."
    assert reported(text) == [("Recep Tayyip Erdogan", "Emmanuel Macron", "Paris", YESTERDAY)]


def test_whereabouts_a_statement_verb_with_bi_on_the_place():
    text = "أكد الرئيس الإيراني حسن روحاني، الخميس، بفيينا تمسك بلاده بالاتفاق النووي."
    assert reported(text, dt.date(2018, 7, 6)) == [("Hassan Rouhani", "Sebastian Kurz", "Vienna", dt.date(2018, 7, 5))]


def test_whereabouts_not_in_his_own_country():
    text = "دعا رئيس الحكومة الجزائرية عبد المالك سلال، أمس الأربعاء في وهران، الأسرة الدولية إلى وقف الانتهاكات."
    assert reported(text, dt.date(2013, 1, 17)) == []


def test_whereabouts_not_a_day_long_past():
    text = "دعا الرئيس الفرنسي إيمانويل ماكرون، العام الماضي في برلين، إلى تعزيز الدفاع الأوروبي."
    assert reported(text) == []


def test_whereabouts_not_without_a_day():
    text = "دعا الرئيس الفرنسي إيمانويل ماكرون في برلين إلى تعزيز الدفاع الأوروبي."
    assert reported(text) == []


def test_whereabouts_not_a_goal_after_ila():
    text = "دعا الرئيس الفرنسي إيمانويل ماكرون، اليوم، إلى برلين وزراء الدفاع الأوروبيين."
    assert reported(text) == []


def test_whereabouts_not_a_future_verb():
    text = "سيلقي الرئيس الفرنسي إيمانويل ماكرون، غدا، في برلين خطابا أمام البرلمان."
    assert reported(text) == []


def test_whereabouts_not_negated():
    text = "لم يحضر الرئيس الفرنسي إيمانويل ماكرون، اليوم، في برلين حفل الافتتاح."
    assert reported(text) == []


def test_whereabouts_not_a_ministers_with_the_leader_in_what_he_said():
    text = "وقال وزير الخارجية الفرنسي، اليوم، في برلين إن الرئيس إيمانويل ماكرون يدعم الاتفاق."
    assert reported(text) == []


def test_whereabouts_not_a_place_past_a_noun_of_his_words():
    text = "ندد الرئيس الفرنسي إيمانويل ماكرون، اليوم، في بيان بالهجوم الذي وقع في برلين."
    assert reported(text) == []


def test_whereabouts_not_a_place_his_praise_is_about():
    text = "أشاد الرئيس الفرنسي إيمانويل ماكرون، اليوم، بالجالية الجزائرية في فرنسا وألمانيا."
    assert reported(text) == []
