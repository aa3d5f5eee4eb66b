"""A bare home title in the story of a home leader's trip abroad (tasks/extract/visits/titles_abroad.py):
"مع رئيس الجمهورية" (with the President of the Republic) after the traveller's talks in the visited
country is its president, not the outlet's own (often the traveller himself); the sentence's subject,
a meeting placed at home and an international outlet's bare title stay as they were. Invented
sentences, the whole lexicon (extract_article) with a national outlet as source."""
import datetime as dt
from collections import defaultdict

from tasks.extract import extract_article

EGYPT = "ElWatanNews"  # titles.yaml home_outlets: Egypt
TUNISIA = "Jawhara FM"


def rows(text, day, source=EGYPT):
    out = defaultdict(list)
    extract_article("a", text, day, out, source)
    return sorted((v["kind"], v["visitor"], v["host"]) for v in out["visit_mentions"] if v["kind"] == "reported")


INDIA = dt.date(2013, 3, 19)
TRIP = "وصل الرئيس محمد مرسي أمس إلى نيودلهي في زيارة دولة للهند تستغرق ثلاثة أيام. "


def test_talks_with_the_bare_president_and_prime_minister_abroad_are_the_hosts():
    text = TRIP + "وعقد مرسي اليوم جلسة مباحثات مع رئيس الجمهورية ورئيس الوزراء تناولت التعاون الاقتصادي."
    assert rows(text, INDIA) == [("reported", "Mohamed Morsi", "Manmohan Singh"),
                                 ("reported", "Mohamed Morsi", "Pranab Mukherjee")]


def test_a_list_with_an_unnamed_deputy_between_keeps_the_prime_minister():
    text = TRIP + "وأجرى مباحثات مطولة مع رئيس الجمهورية ونائب الرئيس ورئيس الوزراء حول الاستثمار."
    assert rows(text, INDIA) == [("reported", "Mohamed Morsi", "Manmohan Singh"),
                                 ("reported", "Mohamed Morsi", "Pranab Mukherjee")]


def test_the_bare_president_receiving_him_is_the_visited_countrys():
    # Pakistan's head by office is its prime minister; the one who received him at the airport was the president
    text = "وصل الرئيس محمد مرسي اليوم إلى إسلام آباد في زيارة رسمية لباكستان. واستقبله رئيس الجمهورية في المطار."
    assert rows(text, dt.date(2013, 3, 18)) == [("reported", "Mohamed Morsi", "Asif Ali Zardari")]


def test_a_head_of_government_abroad_meets_the_bare_head_of_government_there():
    # a Tunisian paper: "رئيس الحكومة" at home is the traveller himself
    text = ("حل رئيس الحكومة يوسف الشاهد صباح اليوم بالجزائر في زيارة عمل تدوم يومين. "
            "والتقى الشاهد برئيس الحكومة في قصر الحكومة لبحث الملفات الأمنية.")
    assert ("reported", "Youssef Chahed", "Abdelmalek Sellal") in rows(text, dt.date(2016, 12, 10), TUNISIA)


def test_the_sentence_subject_stays_the_home_leader():
    text = TRIP + "وأجرى رئيس الجمهورية اليوم مباحثات مع رئيس الوزراء الهندي مانموهان سينغ."
    assert rows(text, INDIA) == [("reported", "Mohamed Morsi", "Manmohan Singh")]


def test_a_meeting_placed_at_home_keeps_the_home_title():
    text = TRIP + "وكان الرئيس مرسي قد التقى في القاهرة مع رئيس الوزراء قبل سفره بيومين."
    assert rows(text, INDIA) == [("reported", "Mohamed Morsi", "Manmohan Singh")]


def test_another_home_leader_as_subject_keeps_the_home_title():
    text = TRIP + "وكان رئيس الوزراء هشام قنديل قد اجتمع مع رئيس الجمهورية لبحث ملفات الزيارة."
    assert rows(text, INDIA) == [("reported", "Mohamed Morsi", "Manmohan Singh")]


def test_no_trip_abroad_keeps_the_home_reading():
    text = "التقى الرئيس محمد مرسي اليوم بقصر الاتحادية مع رئيس الوزراء لبحث الأوضاع الاقتصادية."
    assert rows(text, INDIA) == []


def test_an_international_outlets_bare_title_stays_nobody():
    text = TRIP + "وعقد مرسي اليوم جلسة مباحثات مع رئيس الجمهورية ورئيس الوزراء تناولت التعاون الاقتصادي."
    assert ("reported", "Mohamed Morsi", "Pranab Mukherjee") not in rows(text, INDIA, "BBC")
