"""A place name in quotation marks, as Egyptian papers print names: after a word of travel it is the
destination ("وصل الرئيس إلى «برلين»", "غادر ... متوجها إلى «برلين»"; homonyms.newspaper_quoted and
destination_leads: grammar.yaml quoted_destination_leads, triggers.yaml departure_verbs and `heading`),
and right after a visit noun it is the visit's place ("زيارته «نجامينا»"; visits.place._locative); elsewhere
a quoted «الرياض» stays a newspaper. Invented sentences, the real lexicon."""
import datetime as dt

from tests.extract.test_visits_detect import mention_rows, reported

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


def test_a_quoted_city_after_the_heading_participle_is_the_goal():
    # "sources said President Morsi left Cairo today heading for «Berlin» to discuss common issues with the
    # German side": the quoted city is the goal, whose head hosts though unnamed (no row before: no place)
    text = ("ذكرت مصادر أن الرئيس محمد مرسي غادر القاهرة اليوم متوجها إلى «برلين» لبحث القضايا المشتركة "
            "مع الجانب الألماني.")
    assert reported(text, PUB) == [("Mohamed Morsi", "Angela Merkel", "Berlin")]


def test_a_quoted_city_after_a_departure_verb_is_the_goal():
    # "Morsi left Cairo today for «Berlin» and met Chancellor Merkel there": Berlin (None before); the verb
    # within five words of "إلى", as a word of travel must be (homonyms.QUOTED_LEAD_WORDS)
    text = "وغادر الرئيس مرسي القاهرة اليوم إلى «برلين» والتقى هناك المستشارة الألمانية أنجيلا ميركل."
    assert reported(text, PUB) == [("Mohamed Morsi", "Angela Merkel", "Berlin")]


def test_a_quoted_city_after_a_travel_verb_with_li_is_the_goal():
    # "President Morsi leaves Cairo tomorrow to arrive in «New Delhi» in the evening, where he meets the Indian
    # prime minister": the planned visit's city (None before: "ليصل" with li- was no word of travel)
    text = ("يغادر الرئيس محمد مرسي القاهرة غدا ليصل إلى «نيودلهي» مساء حيث يلتقي رئيس الوزراء الهندي "
            "مانموهان سينغ.")
    rows = [(r["kind"], r["visitor"], r["host"], r["city"]) for r in mention_rows(text, PUB)]
    assert rows == [("referenced", "Mohamed Morsi", "Manmohan Singh", "New Delhi")]


def test_a_quoted_paper_after_a_departure_told_further_back_stays_a_newspaper():
    # negative: "President Morsi left Cairo yesterday, and a presidential source said in remarks to «Al-Riyadh»
    # that he met King Abdullah": the departure verb is more than five words before "إلى", the paper no venue
    text = ("غادر الرئيس محمد مرسي القاهرة أمس، وقال مصدر رئاسي في تصريحات خاصة إلى «الرياض» إنه التقى "
            "العاهل السعودي الملك عبد الله بن عبد العزيز.")
    assert [c for v, h, c in reported(text, PUB)] == [None]


def test_a_quoted_paper_after_a_participle_of_speech_stays_a_newspaper():
    # negative: "President Morsi said, speaking to «Al-Riyadh», that he met King Abdullah yesterday": متحدثا
    # (speaking) is no heading participle
    text = "وقال الرئيس محمد مرسي متحدثا إلى «الرياض» إنه التقى العاهل السعودي الملك عبد الله بن عبد العزيز أمس."
    assert [c for v, h, c in reported(text, PUB)] == [None]
