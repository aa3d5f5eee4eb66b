"""Venues of the Maghrebi press named alone, without their city: each gives the meeting its city
(places.yaml dar_dhiafa_carthage, djenane_el_mithaq, mitiga_airport, hotel_matignon); a city right after a
home head of government's bare title is where he is, not his government's seat (seats._leaders_whereabouts).
Invented sentences, the real lexicon."""
from __future__ import annotations

import datetime as dt
from collections import defaultdict

from tasks.extract import extract_article
from tests.extract.test_visit_noun_sides import reported

APRIL_2016 = dt.date(2016, 4, 7)


def test_the_carthage_guest_palace_is_tunis():
    # "received today at Dar Dhiafa in Carthage the French president"
    text = "استقبل الرئيس الباجي قائد السبسي صباح اليوم بدار الضيافة بقرطاج الرئيس الفرنسي فرانسوا هولاند."
    assert reported(text, APRIL_2016) == [("Francois Hollande", "Beji Caid Essebsi", "Tunis")]
    text = "أجرى رئيس الحكومة الحبيب الصيد اليوم بقصر الضيافة بقرطاج محادثات مع الوزير الأول الجزائري عبد المالك سلال."
    assert reported(text, APRIL_2016) == [("Abdelmalek Sellal", "Habib Essid", "Tunis")]


def test_algiers_tripoli_and_paris_seats_give_their_cities():
    text = "استقبل الرئيس عبد العزيز بوتفليقة اليوم بإقامة جنان الميثاق رئيس الجمهورية الباجي قائد السبسي."
    assert reported(text, APRIL_2016) == [("Beji Caid Essebsi", "Abdelaziz Bouteflika", "Algiers")]
    text = "استقبل رئيس المجلس الرئاسي الليبي فايز السراج اليوم بمطار معيتيقة الدولي رئيس الحكومة الحبيب الصيد."
    assert reported(text, APRIL_2016) == [("Habib Essid", "Fayez al-Sarraj", "Tripoli")]
    text = "التقى رئيس الحكومة الحبيب الصيد اليوم بقصر ماتينيون رئيس الوزراء الفرنسي مانويل فالس."
    assert reported(text, APRIL_2016) == [("Habib Essid", "Manuel Valls", "Paris")]


def test_a_guest_house_elsewhere_or_a_bare_carthage_gives_no_city():
    # a guest house of no named town, and Carthage with no palace: no venue, no city
    text = "استقبل الرئيس الباجي قائد السبسي اليوم بدار الضيافة الرئيس الفرنسي فرانسوا هولاند."
    assert reported(text, APRIL_2016) == [("Francois Hollande", "Beji Caid Essebsi", None)]


def test_a_home_head_of_governments_city_after_his_bare_title_is_where_he_met():
    # a Tunisian outlet's "رئيس الحكومة" (the head of government, its own) "today in Algiers" / "at the
    # Government Palace at the Kasbah": his whereabouts, not his government's seat ("حكومة غزة")
    def rows(text):
        out = defaultdict(list)
        extract_article("a", text, dt.date(2015, 8, 7), out, source="Jawhara FM")
        return [(r["visitor"], r["host"], r["city"]) for r in out["visit_mentions"] if r["kind"] == "reported"]
    text = "التقى رئيس الحكومة اليوم بالجزائر العاصمة الوزير الأول الجزائري عبد المالك سلال."
    assert rows(text) == [("Habib Essid", "Abdelmalek Sellal", "Algiers")]
    text = "التقى رئيس الحكومة في باريس الرئيس الفرنسي فرانسوا هولاند."
    assert rows(text) == [("Habib Essid", "Francois Hollande", "Paris")]
    text = "استقبل رئيس الحكومة اليوم بقصر الحكومة بالقصبة الوزير الأول الجزائري عبد المالك سلال."
    assert rows(text) == [("Abdelmalek Sellal", "Habib Essid", "Tunis")]


def test_a_governments_seat_after_its_adjective_is_still_no_meeting_city():
    # "رئيس الحكومة الليبية المؤقتة في طرابلس" (the head of the interim Libyan government in Tripoli) is no bare
    # title: words other than a time stand between, the city stays his government's seat
    def rows(text):
        out = defaultdict(list)
        extract_article("a", text, dt.date(2015, 8, 7), out, source="Jawhara FM")
        return [(r["visitor"], r["host"], r["city"]) for r in out["visit_mentions"] if r["kind"] == "reported"]
    text = "التقى رئيس الحكومة الحبيب الصيد اليوم رئيس الحكومة الليبية المؤقتة في طرابلس عبد الله الثني."
    assert [r[2] for r in rows(text)] == [None]


def test_al_azhars_seat_is_cairo():
    # "arrived today at the seat of al-Azhar's Mashyakha" (places.yaml al_azhar_mashyakha): a venue of Cairo
    text = "وصل الرئيس التركي رجب طيب أردوغان اليوم إلى مقر مشيخة الأزهر حيث كان في استقباله شيخ الأزهر."
    assert reported(text, dt.date(2019, 6, 29)) == [("Recep Tayyip Erdogan", "Abdel Fattah el-Sisi", "Cairo")]
    # the sheikh's own title names no place: no trip in "بيان لشيخ الأزهر" (a statement of al-Azhar's sheikh)
    text = "رحب شيخ الأزهر في بيان اليوم بتصريحات الرئيس التركي رجب طيب أردوغان."
    assert reported(text, dt.date(2019, 6, 29)) == []


def test_al_hussein_mosque_is_cairo():
    # "was pelted during his visit to al-Hussein mosque" (places.yaml al_hussein_mosque): the only place of the
    # sentence, a venue of Cairo, so the visit is to Egypt, hosted by its head by office
    text = "تعرض الرئيس التركي رجب طيب أردوغان لهتافات غاضبة أثناء زيارته لمسجد الحسين."
    assert reported(text, dt.date(2019, 6, 29)) == [("Recep Tayyip Erdogan", "Abdel Fattah el-Sisi", "Cairo")]
    text = "وصف البيان استقبال الرئيس التركي رجب طيب أردوغان خلال زيارته لمسجد الإمام الحسين بأنه حار."
    assert reported(text, dt.date(2019, 6, 29)) == [("Recep Tayyip Erdogan", "Abdel Fattah el-Sisi", "Cairo")]
    # a home leader's prayer there is no trip, protesters before the mosque are no visit, and "الحسين" alone is
    # a man's name (Jordan's crown prince), no place
    text = "أدى الرئيس عبد الفتاح السيسي صلاة الجمعة اليوم في مسجد الحسين بعد زيارته لمسجد الحسين."
    assert reported(text, dt.date(2019, 6, 29)) == []
    text = "تظاهر العشرات أمام مسجد الحسين ضد سياسات الرئيس التركي رجب طيب أردوغان."
    assert reported(text, dt.date(2019, 6, 29)) == []
    text = "تعرض الرئيس التركي رجب طيب أردوغان لهتافات غاضبة أثناء زيارته لمسجد الملك الحسين."
    assert reported(text, dt.date(2019, 6, 29)) == []
