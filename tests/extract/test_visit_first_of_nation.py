"""The first of his nation to travel (visits.first_of_nation): "أول رئيس تركي تطأ قدماه ..." says the
Turkish president is the one who travelled, for a meeting whose own sentence says nothing of who came.
Invented sentences, the stand-in lexicon of test_visits."""
from tests.extract.test_visits import run

SUMMIT = "عقد الرئيس الروسي بوتين قمة تاريخية مع الرئيس التركي أردوغان الجمعة. "


def pairs(rows):
    return [(r["visitor"], r["host"]) for r in rows if r["kind"] == "reported"]


def test_the_first_of_his_nation_to_set_foot_is_the_visitor():
    rows = run(SUMMIT + "وأصبح أردوغان أول رئيس تركي تطأ قدماه أرض الجزيرة منذ عقود.")
    assert pairs(rows) == [("Recep Tayyip Erdogan", "Vladimir Putin")]


def test_the_first_of_his_nation_to_cross_the_line_is_the_visitor():
    rows = run(SUMMIT + "وكان أردوغان أول زعيم تركي يعبر الخط الفاصل منذ نهاية الحرب.")
    assert pairs(rows) == [("Recep Tayyip Erdogan", "Vladimir Putin")]


def test_the_first_of_his_nation_works_either_way_round():
    rows = run(SUMMIT + "وأصبح بوتين أول رئيس روسي تطأ قدماه أرض الجزيرة منذ عقود.")
    assert pairs(rows) == [("Vladimir Putin", "Recep Tayyip Erdogan")]


def test_the_first_of_his_nation_to_speak_is_no_traveller():
    # no trip verb after the nation: the text order stands
    rows = run(SUMMIT + "وكان أردوغان أول رئيس تركي يعلن ذلك.")
    assert pairs(rows) == [("Vladimir Putin", "Recep Tayyip Erdogan")]


def test_the_first_of_his_nation_in_a_quote_is_no_traveller():
    rows = run(SUMMIT + "وقال معلق: «سيكون أردوغان أول رئيس تركي تطأ قدماه أرض الجزيرة».")
    assert pairs(rows) == [("Vladimir Putin", "Recep Tayyip Erdogan")]
