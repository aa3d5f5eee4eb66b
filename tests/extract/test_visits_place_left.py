"""The city of the host's country the traveller leaves at his visit's end (visits.departures.left_places, read by
place.article_city): "وغادر قنديل بغداد متوجها إلى القاهرة" (Qandil left Baghdad for Cairo), "وعاد قنديل إلى القاهرة
قادما من بغداد" (came back to Cairo from Baghdad), when the visit's own sentences name only the country. Not a
place someone else leaves, one he goes to, nor one of an earlier trip. Invented sentences, the real lexicon."""
import datetime as dt

import pytest

from tests.extract.test_visits_detect import reported

PUB = dt.date(2013, 3, 5)
# "The Egyptian prime minister Hesham Qandil held talks today with the Iraqi prime minister Nouri al-Maliki during his
# visit to Iraq."
LEAD = "أجرى رئيس الوزراء المصري هشام قنديل اليوم محادثات مع رئيس وزراء العراق نوري المالكي خلال زيارته للعراق. "
PAIR = ("Hesham Qandil", "Nouri al-Maliki")


@pytest.mark.parametrize("later", [
    # "and Qandil left Baghdad this evening heading for Cairo"
    "وغادر قنديل بغداد مساء اليوم متوجها إلى القاهرة.",
    # "and Qandil came back to Cairo this evening coming from Baghdad after a visit that lasted two days"
    "وعاد قنديل إلى القاهرة مساء اليوم قادما من بغداد بعد زيارة استغرقت يومين.",
    # a headline's subject before its verb: "«Qandil» leaves Baghdad after a visit to Iraq"
    "«قنديل» يغادر بغداد بعد زيارة للعراق.",
])
def test_the_city_the_traveller_leaves_is_the_visits_city(later):
    assert reported(LEAD + later, PUB) == [(*PAIR, "Baghdad")]


@pytest.mark.parametrize("later", [
    # negative: "a convoy of trucks left Baghdad heading for Basra" (not the traveller)
    "وغادرت قافلة من الشاحنات بغداد متوجهة إلى البصرة.",
    # negative: "the investment minister Osama Saleh came back to Cairo coming from Baghdad" (another person)
    "وعاد وزير الاستثمار أسامة صالح إلى القاهرة قادما من بغداد.",
    # negative: "Qandil had left Baghdad during his previous visit in 2012" (an earlier trip)
    "وكان قنديل قد غادر بغداد خلال زيارته السابقة عام 2012.",
])
def test_a_city_another_leaves_or_left_on_an_earlier_trip_is_no_city(later):
    assert reported(LEAD + later, PUB) == [(*PAIR, None)]


def test_the_city_left_counts_where_the_visit_noun_names_only_the_country():
    # "Prime minister Hesham Qandil came back to Cairo this evening from Juba after a short visit to the State of
    # South Sudan. Qandil had held talks with South Sudan's president Salva Kiir": the visit noun gives only the
    # country, the city he came from is the visit's
    text = ("عاد إلى القاهرة مساء اليوم الدكتور هشام قنديل رئيس مجلس الوزراء والوفد المرافق له قادما من جوبا بعد "
            "زيارة قصيرة لدولة جنوب السودان. وقد أجرى الدكتور قنديل مباحثات مع رئيس جنوب السودان سلفاكير ميارديت.")
    assert reported(text, PUB) == [("Hesham Qandil", "Salva Kiir Mayardit", "Juba")]
