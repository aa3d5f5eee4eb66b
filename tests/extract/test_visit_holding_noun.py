""""عقد لقاء" after "مع" (with) is the verbal noun "the holding of a meeting", not the past verb "he held a
meeting" (grammar.yaml noun_prepositions): the sentence's own verb tells its time, so "سيخصص ... السبت ...
مع عقد لقاء" (will devote Saturday to ..., with the holding of a meeting) is a Saturday ahead. Invented sentences."""
import datetime as dt
from collections import defaultdict

from tasks.extract import extract_article

PUB = dt.date(2018, 3, 9)  # a Friday


def rows(text, pub=PUB):
    out = defaultdict(list)
    extract_article("a", text, pub, out)
    return sorted((r["kind"], r["visitor"], r["host"], str(r["date"])) for r in out["visit_mentions"])


def test_holding_a_meeting_after_with_in_a_future_sentence_is_a_saturday_ahead():
    text = ("وسيخصص الرئيس الفرنسي إيمانويل ماكرون السبت للملفات الاقتصادية مع عقد لقاء مع رئيس الوزراء "
            "الهندي ناريندرا مودي في نيودلهي.")
    assert rows(text) == [("referenced", "Emmanuel Macron", "Narendra Modi", "2018-03-10")]


def test_he_held_a_meeting_on_saturday_stays_last_saturday():
    text = "وعقد الرئيس الفرنسي إيمانويل ماكرون السبت لقاء مع رئيس الوزراء الهندي ناريندرا مودي في نيودلهي."
    assert rows(text) == [("reported", "Emmanuel Macron", "Narendra Modi", "2018-03-03")]


def test_holding_a_meeting_after_with_in_a_past_sentence_stays_held():
    text = ("واختتم الرئيس الفرنسي إيمانويل ماكرون السبت زيارته للهند مع عقد لقاء مع رئيس الوزراء "
            "الهندي ناريندرا مودي في نيودلهي.")
    assert rows(text) == [("reported", "Emmanuel Macron", "Narendra Modi", "2018-03-03")]
