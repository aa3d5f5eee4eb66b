"""Trips for a multilateral summit (visits.summits.summit_trip): the host country's leader, unnamed,
hosts none of them. Invented sentences, the real lexicon."""
import datetime as dt

import pytest

from tests.extract.test_visits_detect import mention_rows, reported

SUMMIT_EVE = dt.date(2019, 3, 30)


@pytest.mark.parametrize("text, day", [
    # the lead tells the trip's purpose (to take part in the Arab summit in Doha), the next sentence
    # "his visit to Doha": no visit to Qatar's emir, whom the story never names
    ("وصل الرئيس التونسي الباجي قائد السبسي مساء اليوم إلى الدوحة للمشاركة في القمة العربية التي تبدأ غدا.\n"
     "ويلتقي الرئيس السبسي على هامش زيارته للدوحة بأفراد الجالية التونسية في قطر.", SUMMIT_EVE),
    # a round-up: "heads of state taking part in the OIC summit kept arriving", then who arrived
    ("استمر توافد رؤساء الدول والوفود المشاركين في أعمال قمة منظمة التعاون الإسلامي التي تبدأ غدا.\n"
     "ووصل إلى مطار القاهرة مساء اليوم الرئيس الأفغاني حامد كرزاي ورئيس إندونيسيا سوسيلو بامبانج يودويونو.",
     dt.date(2013, 2, 5)),
])
def test_a_trip_whose_summit_the_lead_tells_has_no_unnamed_host(text, day):
    assert mention_rows(text, day) == []


@pytest.mark.parametrize("text", [
    # the emir named receiving him: a visit, as the GUIDE lists an arrival the host received
    "وصل الرئيس التونسي الباجي قائد السبسي مساء اليوم إلى الدوحة للمشاركة في القمة العربية التي تبدأ غدا.\n"
    "وكان في استقباله لدى وصوله أمير قطر الشيخ تميم بن حمد.",
    # the summit of the lead is another country's (Addis Ababa): the trip to Doha stays a visit
    "وكان الرئيس التونسي الباجي قائد السبسي قد شارك الشهر الماضي في القمة الأفريقية في أديس أبابا.\n"
    "ووصل الرئيس السبسي مساء اليوم إلى الدوحة في أول زيارة له منذ عامين.",
])
def test_a_summit_trip_received_by_the_host_or_a_summit_elsewhere_keeps_the_visit(text):
    assert reported(text, SUMMIT_EVE) == [("Beji Caid Essebsi", "Tamim bin Hamad Al Thani", "Doha")]
