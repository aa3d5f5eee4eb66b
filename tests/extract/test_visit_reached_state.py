""""What" reached with the pronoun pointing back ("ما وصل إليه الحال", what the situation has come to) is a
state, no trip (triggers.yaml reached_pronouns, visits.things.abstract_arrival). Invented sentences, the
stand-in lexicon of test_visits; an abstract goal past a demonstrative
or in the plural ("الوصول لهذه الاتفاقات", reaching these agreements), the real lexicon (mention_rows)."""
import datetime as dt

import pytest

from tests.extract.test_visits import run
from tests.extract.test_visits_detect import mention_rows


def reported(text):
    return [(r["visitor"], r["host"]) for r in run(text) if r["kind"] == "reported"]


def test_what_the_situation_has_come_to_is_no_trip():
    # "Putin deemed what the situation in Damascus has come to a danger"
    assert reported("واعتبر بوتين ما وصل له الحال في دمشق خطرا على المنطقة.") == []
    assert reported("واعتبر بوتين أن ما وصلت إليه دمشق يتطلب الحوار.") == []


def test_what_then_an_arrival_with_its_subject_stays_a_trip():
    # "after Putin arrived in Damascus he met al-Assad": "ما" before the verb, its subject after it
    assert reported("وبعد ما وصل بوتين إلى دمشق الثلاثاء التقى الأسد.") == [("Vladimir Putin", "Bashar al-Assad")]


SPONSORED = ("ذكرت صحيفة فرنسية أن المحادثات التي يرعاها الرئيس الفرنسي إيمانويل ماكرون بين رئيس موريتانيا محمد ولد "
             "الغزواني ورئيس السنغال ماكي سال تهدف إلى تعزيز الأمن.\nوأضافت أن الجانبين يجريان المحادثات اليوم برعاية "
             "الرئيس الفرنسي الذي يعمل على الوصول {goal} قبل الانسحاب النهائي من مالي.")


@pytest.mark.parametrize("goal", ["لهذه الاتفاقات", "إلى هذه الاتفاقات", "إلى اتفاقات"])
def test_reaching_agreements_past_a_demonstrative_or_in_the_plural_is_no_trip(goal):
    # "the French president, who works on reaching these agreements before the final withdrawal": no arrival of his
    rows = mention_rows(SPONSORED.format(goal=goal), dt.date(2020, 3, 2))
    assert [(r["visitor"], r["host"]) for r in rows if r["trigger"] == "الوصول"] == []


def test_an_arrival_in_this_capital_stays_a_trip():
    # "Ghazouani arrived today in this French capital, Paris, to meet Macron": a demonstrative before a place
    text = "وصل الرئيس الموريتاني محمد ولد الغزواني اليوم إلى هذه العاصمة الفرنسية باريس للقاء الرئيس الفرنسي إيمانويل ماكرون."
    assert [(r["visitor"], r["host"], r["kind"]) for r in mention_rows(text, dt.date(2020, 3, 2))] == [
        ("Mohamed Ould Ghazouani", "Emmanuel Macron", "reported")]
