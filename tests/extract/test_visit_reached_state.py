""""What" reached with the pronoun pointing back ("ما وصل إليه الحال", what the situation has come to) is a
state, no trip (triggers.yaml reached_pronouns, visits.things.abstract_arrival). Invented sentences, the
stand-in lexicon of test_visits."""
from tests.extract.test_visits import run


def reported(text):
    return [(r["visitor"], r["host"]) for r in run(text) if r["kind"] == "reported"]


def test_what_the_situation_has_come_to_is_no_trip():
    # "Putin deemed what the situation in Damascus has come to a danger"
    assert reported("واعتبر بوتين ما وصل له الحال في دمشق خطرا على المنطقة.") == []
    assert reported("واعتبر بوتين أن ما وصلت إليه دمشق يتطلب الحوار.") == []


def test_what_then_an_arrival_with_its_subject_stays_a_trip():
    # "after Putin arrived in Damascus he met al-Assad": "ما" before the verb, its subject after it
    assert reported("وبعد ما وصل بوتين إلى دمشق الثلاثاء التقى الأسد.") == [("Vladimir Putin", "Bashar al-Assad")]
