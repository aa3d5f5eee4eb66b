"""The Vatican as a city-state (places.yaml: its capital is its own id) and St Peter's Square as its venue:
a meeting there is in Vatican City, and the Pope, at home there, hosts it. Invented texts, the whole lexicon."""
import datetime as dt

from tests.extract.test_visits_detect import reported

MAR_2013 = dt.date(2013, 3, 19)


def test_a_meeting_in_st_peters_square_is_hosted_by_the_pope_in_vatican_city():
    # "the Pope met yesterday the president of Argentina on the eve of his inauguration in St Peter's Square":
    # the square is the Vatican's, so she travelled, whatever the verb's order
    text = ("التقى بابا الفاتيكان فرنسيس أمس الاثنين رئيسة الأرجنتين كريستينا فرنانديز دي كيرشنر "
            "عشية مراسم تنصيبه في ساحة القديس بطرس.")
    assert reported(text, MAR_2013) == [("Cristina Fernandez de Kirchner", "Pope Francis", "Vatican City")]


def test_a_reception_in_the_vatican_names_vatican_city():
    text = "استقبل بابا الفاتيكان فرنسيس أمس في الفاتيكان رئيسة الأرجنتين كريستينا فرنانديز دي كيرشنر."
    assert reported(text, MAR_2013) == [("Cristina Fernandez de Kirchner", "Pope Francis", "Vatican City")]


def test_a_meeting_with_the_pope_in_a_foreign_capital_stays_there():
    # the Pope's title "بابا الفاتيكان" (Pope of the Vatican) is no place of the meeting
    text = "التقت رئيسة الأرجنتين كريستينا فرنانديز دي كيرشنر أمس بابا الفاتيكان فرنسيس في بوينس آيرس."
    assert reported(text, MAR_2013) == [("Pope Francis", "Cristina Fernandez de Kirchner", "Buenos Aires")]
