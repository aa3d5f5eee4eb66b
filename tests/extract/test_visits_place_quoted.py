"""A place name in quotation marks, as Egyptian papers print names: after a word of travel it is the
destination ("وصل الرئيس إلى «برلين»"; homonyms.newspaper_quoted, grammar.yaml quoted_destination_leads),
and right after a visit noun it is the visit's place ("زيارته «نجامينا»"; visits.place._locative); elsewhere
a quoted «الرياض» stays a newspaper. Invented sentences, the real lexicon."""
import datetime as dt

from tests.extract.test_visits_detect import reported

PUB = dt.date(2013, 2, 16)


def test_a_quoted_city_after_a_word_of_travel_is_the_destination():
    text = "وصل الرئيس محمد مرسي إلى «برلين» اليوم والتقى المستشارة الألمانية أنجيلا ميركل."
    assert reported(text, PUB) == [("Mohamed Morsi", "Angela Merkel", "Berlin")]


def test_a_quoted_city_right_after_a_visit_noun_is_the_visits_place():
    text = "التقى الرئيس السوداني عمر البشير خلال زيارته «نجامينا» اليوم الرئيس التشادي إدريس ديبي."
    assert reported(text, PUB) == [("Omar al-Bashir", "Idriss Deby", "N'Djamena")]


def test_a_quoted_city_after_a_word_of_speech_stays_a_newspaper():
    # negative: "Morsi said in an interview with «Al-Riyadh» that he met King Abdullah yesterday": the
    # paper is no venue (unchanged)
    text = "وقال الرئيس محمد مرسي في حديث إلى «الرياض» إنه التقى العاهل السعودي الملك عبد الله بن عبد العزيز أمس."
    assert [c for v, h, c in reported(text, PUB)] == [None]


def test_a_quoted_city_after_in_is_the_meetings_place():
    # "King Salman received on Tuesday President Sisi in "Neom", north-west Saudi Arabia" (a locative before the
    # quoted name: homonyms.newspaper_quoted, grammar.yaml quoted_place_locatives)
    text = ("استقبل العاهل السعودي الملك سلمان بن عبدالعزيز، الثلاثاء، الرئيس المصري عبدالفتاح السيسي، في \"نيوم\"، "
            "شمال غرب السعودية.")
    assert reported(text, dt.date(2018, 8, 15)) == [("Abdel Fattah el-Sisi", "Salman bin Abdulaziz", "Neom")]


def test_a_quoted_paper_after_in_stays_a_newspaper():
    # negative: "President Morsi met King Abdullah yesterday, the paper published in «Al-Riyadh» said": a paper
    # bears the name (grammar.yaml newspaper_places), no venue
    text = "التقى الرئيس محمد مرسي العاهل السعودي الملك عبد الله بن عبد العزيز أمس، بحسب تقرير نشر في «الرياض»."
    assert [c for v, h, c in reported(text, PUB)] == [None]
