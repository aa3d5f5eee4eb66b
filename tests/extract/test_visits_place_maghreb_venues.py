"""Venues of the Maghrebi press named alone, without their city: each gives the meeting its city
(places.yaml dar_dhiafa_carthage, djenane_el_mithaq, mitiga_airport, hotel_matignon).
Invented sentences, the real lexicon."""
from __future__ import annotations

import datetime as dt

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
