""""في طريقه إلى" (fi tariqihi ila, on his way to) after a departure verb is the heading participle "متوجها إلى"
(triggers.yaml `heading`, visits.heading): "غادر ... في طريقه إلى X" (left ... on his way to X) tells the trip to X
under way, in the verb's tense, with the verb's subject (or his plane, "في طريقها") as the traveller; with no
departure verb, or a departing official, it is none. Invented sentences, the real lexicon."""
import datetime as dt
from collections import defaultdict

from tasks.extract import extract_article

PUB = dt.date(2019, 3, 12)
LATER = "ومن المقرر أن يلتقي ماكرون الرئيس عبد الفتاح السيسي في وقت لاحق اليوم."


def rows(text, pub=PUB):
    out = defaultdict(list)
    extract_article("a", text, pub, out)
    return sorted((r["kind"], r["visitor"], r["host"], r["city"], str(r["date"])) for r in out["visit_mentions"])


def test_left_on_his_way_to_a_capital_is_the_trip_under_way():
    # "Macron left Paris this morning on his way to Cairo. He is scheduled to meet Sisi later today"
    text = "غادر الرئيس الفرنسي إيمانويل ماكرون باريس صباح اليوم في طريقه إلى القاهرة.\n" + LATER
    assert rows(text) == [("reported", "Emmanuel Macron", "Abdel Fattah el-Sisi", "Cairo", "2019-03-12")]


def test_his_plane_on_its_way_is_his_trip():
    # "the French president's plane left Paris on Tuesday on its way to Cairo"
    text = "أقلعت طائرة الرئيس الفرنسي إيمانويل ماكرون من باريس الثلاثاء في طريقها إلى القاهرة.\n" + LATER
    assert rows(text) == [("reported", "Emmanuel Macron", "Abdel Fattah el-Sisi", "Cairo", "2019-03-12")]


def test_will_leave_on_his_way_stays_planned():
    # negative: "will leave Paris next week on his way to Cairo": the sa- verb plans the trip
    text = "سيغادر الرئيس الفرنسي إيمانويل ماكرون باريس الأسبوع المقبل في طريقه إلى القاهرة للقاء الرئيس عبد الفتاح السيسي."
    assert [r[0] for r in rows(text)] == ["referenced"]


def test_on_its_way_with_no_departure_is_no_trip():
    # negative: "Macron said his country is on its way to an agreement with Egypt, and praised President Sisi"
    text = "قال الرئيس الفرنسي إيمانويل ماكرون إن بلاده في طريقها إلى اتفاق مع مصر، وأشاد بالرئيس عبد الفتاح السيسي."
    assert rows(text) == []


def test_an_official_on_his_way_is_no_leaders_trip():
    # negative: "the French foreign minister left Paris on his way to Cairo, carrying a message from Macron to Sisi"
    text = ("غادر وزير الخارجية الفرنسي باريس الثلاثاء في طريقه إلى القاهرة، حيث يحمل رسالة من الرئيس إيمانويل ماكرون "
            "إلى الرئيس عبد الفتاح السيسي.")
    assert rows(text) == []


def test_the_way_before_planned_talks_stays_planned_without_a_departure():
    # negative: "Macron is scheduled to meet Sisi tomorrow" alone: planned (unchanged); "later today" alone is the
    # day's meeting by its own day (visits.begun.scheduled_today, tests/extract/test_visit_begun.py)
    text = LATER.replace("ماكرون", "الرئيس الفرنسي إيمانويل ماكرون", 1).replace("في وقت لاحق اليوم", "غدا")
    assert [r[0] for r in rows(text)] == ["referenced"]
