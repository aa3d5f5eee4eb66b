"""Venues named by their country's adjective or their office, and gatherings named after their city
(places.yaml: egyptian_presidential_palace, the "مقر الرئاسة ..." forms of aiwan_e_sadr, elysee_palace, white_house ...,
beit_hanassi, chequers, eastern_economic_forum; grammar.yaml locatives "هامش"): each gives a meeting its city
(visits/place.py city_of_meeting). Invented sentences, the real lexicon."""
from __future__ import annotations

import datetime as dt

from tests.extract.test_visit_noun_sides import reported

AUGUST_2018 = dt.date(2018, 8, 14)
MARCH_2013 = dt.date(2013, 3, 19)


def test_a_presidency_named_by_its_countrys_adjective_is_the_capital():
    # "received today at the Egyptian presidential palace the Yemeni president"
    text = "استقبل الرئيس عبد الفتاح السيسي صباح اليوم بقصر الرئاسة المصرية الرئيس اليمني عبدربه منصور هادي."
    assert reported(text, AUGUST_2018) == [("Abdrabbuh Mansur Hadi", "Abdel Fattah el-Sisi", "Cairo")]
    # "met his Pakistani counterpart yesterday at the Pakistani presidency's seat"
    text = "اجتمع الرئيس محمد مرسي أمس مع نظيره الباكستاني آصف علي زرداري بمقر الرئاسة الباكستانية."
    assert reported(text, MARCH_2013) == [("Mohamed Morsi", "Asif Ali Zardari", "Islamabad")]
    text = "استقبل الرئيس فرانسوا هولاند اليوم بقصر الرئاسة الفرنسية العاهل المغربي الملك محمد السادس."
    assert reported(text, MARCH_2013) == [("Mohammed VI of Morocco", "Francois Hollande", "Paris")]


def test_a_bare_presidency_or_a_presidency_told_as_an_actor_gives_no_city():
    # "at the presidential palace" of no country: no venue, no city
    text = "استقبل الرئيس عبد الفتاح السيسي صباح اليوم بقصر الرئاسة الرئيس اليمني عبدربه منصور هادي."
    assert reported(text, AUGUST_2018) == [("Abdrabbuh Mansur Hadi", "Abdel Fattah el-Sisi", None)]
    # the Egyptian presidency (الرئاسة المصرية, no palace) announcing a meeting is no place
    text = "وقالت الرئاسة المصرية إن الرئيس عبد الفتاح السيسي استقبل اليوم الرئيس اليمني عبدربه منصور هادي."
    assert reported(text, AUGUST_2018) == [("Abdrabbuh Mansur Hadi", "Abdel Fattah el-Sisi", None)]


def test_the_israeli_presidents_residence_and_the_british_country_house():
    text = "استقبل الرئيس الإسرائيلي شيمون بيريز مساء اليوم الرئيس الأمريكي باراك أوباما في مقر رؤساء إسرائيل."
    assert reported(text, MARCH_2013) == [("Barack Obama", "Shimon Peres", "Jerusalem")]
    text = "أجرى الرئيس الأمريكي دونالد ترامب اليوم محادثات مع رئيسة الوزراء تيريزا ماي في المقر الريفي لرئيسة الوزراء البريطانية."
    assert reported(text, dt.date(2018, 7, 13)) == [("Donald Trump", "Theresa May", "Chequers")]


def test_a_meeting_on_the_sidelines_of_a_forum_named_after_its_city_is_in_that_city():
    text = "اجتمع الرئيس الفرنسي إيمانويل ماكرون اليوم بنظيره الروسي فلاديمير بوتين على هامش منتدى سان بطرسبورغ الاقتصادي."
    assert reported(text, dt.date(2018, 5, 25)) == [("Emmanuel Macron", "Vladimir Putin", "Saint Petersburg")]
    text = "التقى الرئيس الأمريكي دونالد ترامب الخميس رئيس الوزراء الإسرائيلي بنيامين نتنياهو على هامش منتدى دافوس."
    assert reported(text, dt.date(2018, 1, 25)) == [("Donald Trump", "Benjamin Netanyahu", "Davos")]
    # a forum that does not name its city: the Eastern Economic Forum meets in Vladivostok
    text = "التقى الرئيس الروسي فلاديمير بوتين اليوم نظيره الصيني شي جينبينغ على هامش المنتدى الاقتصادي الشرقي."
    assert reported(text, dt.date(2018, 9, 11)) == [("Xi Jinping", "Vladimir Putin", "Vladivostok")]


def test_the_sidelines_of_a_visit_or_of_an_unnamed_gathering_give_no_city():
    # the sidelines of a trip to a country name no city; a summit named by two adjectives names none either
    text = "التقى الرئيس الأمريكي دونالد ترامب الخميس رئيس الوزراء الإسرائيلي بنيامين نتنياهو على هامش القمة الروسية التركية."
    assert reported(text, dt.date(2018, 1, 25)) == [("Donald Trump", "Benjamin Netanyahu", None)]
    text = "التقى الرئيس الأمريكي دونالد ترامب الخميس رئيس الوزراء الإسرائيلي بنيامين نتنياهو على هامش المنتدى الاقتصادي العالمي."
    assert reported(text, dt.date(2018, 1, 25)) == [("Donald Trump", "Benjamin Netanyahu", None)]
