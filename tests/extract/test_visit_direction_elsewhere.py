"""Who travelled when the article's place signs belong to somewhere else than the meeting: a meeting on the
sidelines of a summit held in a third country, told under a dateline of one side's capital, keeps the text's order
and the summit's city (visits/direction.py sidelines_abroad, merge's city before the dateline); a place another
sentence dates to a month wholly past (visits/earlier_date.py dated_before) names neither the meeting's venue nor its
city. Invented texts, the whole lexicon."""
import datetime as dt

import pytest

from tests.extract.test_visits_detect import mention_rows

SUN = dt.date(2018, 12, 2)
ERDOGAN, TRUMP, MACRI = "Recep Tayyip Erdogan", "Donald Trump", "Mauricio Macri"
MODI, ABE = "Narendra Modi", "Shinzo Abe"
# "Ankara - The Turkish president affirmed that Turkey's message at the G20 summit held in Buenos Aires is free trade."
ANKARA_G20 = ("أنقرة - أ ش أ\nأكد الرئيس التركي رجب طيب أردوغان أن رسالة تركيا في قمة مجموعة العشرين المنعقدة في "
              "بوينس آيرس هي دعم التجارة الحرة. ")


def reported(text):
    return [(r["visitor"], r["host"], r["city"]) for r in mention_rows(text, SUN) if r["kind"] == "reported"]


@pytest.mark.parametrize("sentence", [
    # "as for his meeting with the US president on the summit's sidelines, Erdogan said ..."
    "وفيما يتعلق بلقائه مع الرئيس الأمريكي دونالد ترامب على هامش القمة، قال أردوغان إن هناك تفاهما كبيرا بين البلدين.",
    # "on the summit's sidelines Erdogan met the US president"
    "وعلى هامش القمة التقى أردوغان الرئيس الأمريكي دونالد ترامب وبحثا العلاقات بين البلدين.",
])
def test_a_sideline_meeting_abroad_is_where_the_summit_is_not_the_datelines(sentence):
    # main: Trump -> Erdogan at Ankara (the dateline's country hosted)
    assert reported(ANKARA_G20 + sentence) == [(ERDOGAN, TRUMP, "Buenos Aires")]


def test_a_sideline_meeting_in_one_sides_country_is_hosted_there():
    # the summit in Argentina, the dateline Ankara: Macri hosts in Buenos Aires (main: Macri -> Erdogan at Ankara)
    text = ("أنقرة - أ ش أ\nأكد الرئيس الأرجنتيني ماوريسيو ماكري أن قمة مجموعة العشرين المنعقدة في بوينس آيرس ناجحة. "
            "وعلى هامش القمة التقى أردوغان الرئيس الأرجنتيني ماوريسيو ماكري وبحثا العلاقات بين البلدين.")
    assert reported(text) == [(ERDOGAN, MACRI, "Buenos Aires")]


def test_with_no_summit_the_dateline_still_hosts():
    # "Ankara - Erdogan met the US president": no summit, the dateline's country hosts, as before
    text = "أنقرة - أ ش أ\nالتقى الرئيس التركي رجب طيب أردوغان الرئيس الأمريكي دونالد ترامب وبحثا العلاقات بين البلدين."
    assert reported(text) == [(TRUMP, ERDOGAN, "Ankara")]


# "The Indian PM met the Japanese PM today, Friday, and they discussed cooperation."
TODAY = "التقى رئيس الوزراء الهندي ناريندرا مودي اليوم الجمعة رئيس الوزراء الياباني شينزو آبي وبحثا التعاون بين البلدين. "


def test_a_meeting_dated_last_month_names_no_city_of_todays():
    # "Abe had met Modi in Tokyo in the middle of last month": Tokyo is that meeting's (main: today's in Tokyo)
    rows = reported(TODAY + "وكان آبي قد التقى مودي في طوكيو منتصف الشهر الماضي.")
    assert rows == [(MODI, ABE, None)]


def test_a_place_dated_last_month_is_no_venue():
    # "Merkel said today before parliament that her country supports Argentina ...; she had met the Argentine
    # president earlier today. The guest who met Merkel in Berlin in the middle of last month had ...": Berlin is
    # that meeting's (a guest named by a common word), no venue of today's (main: Macri -> Merkel at Berlin)
    text = ("قالت المستشارة الألمانية أنجيلا ميركل اليوم الجمعة في كلمة أمام البرلمان إن بلادها تدعم الأرجنتين، "
            "وكانت المستشارة قد التقت في وقت سابق اليوم الرئيس الأرجنتيني ماوريسيو ماكري. "
            "وكان الضيف الذي التقى ميركل في برلين منتصف الشهر الماضي قد أكد أهمية التعاون.")
    assert reported(text) == [("Angela Merkel", MACRI, None)]


@pytest.mark.parametrize("sentence, city", [
    # a press conference in Tokyo today: still this meeting's city
    ("وعقد آبي ومودي مؤتمرا صحفيا في طوكيو اليوم.", "Tokyo"),
    # a day two days back (day precision, not weeks before): still read as before
    ("وكان آبي قد التقى مودي في طوكيو الأربعاء الماضي.", "Tokyo"),
])
def test_a_place_of_today_or_of_days_back_still_names_the_city(sentence, city):
    assert reported(TODAY + sentence)[0][2] == city


def test_a_year_a_since_counts_from_is_no_earlier_trip():
    # "Obama shook Netanyahu's hand on landing ... at Ben Gurion airport on his first visit to Israel since taking
    # office in 2009": 2009 counts "since", the airport still names this visit's city
    text = ("وظهر الرئيس الأمريكي باراك أوباما مبتسما خلال هبوطه سلم الطائرة التي أقلته لمطار بن غوريون في زيارته "
            "الأولى لإسرائيل منذ توليه الرئاسة عام 2009. "
            "وبدأ أوباما فور هبوطه بمصافحة رئيس الوزراء الإسرائيلي بنيامين نتنياهو.")
    rows = [(r["visitor"], r["host"], r["city"]) for r in mention_rows(text, dt.date(2013, 3, 20)) if r["kind"] == "reported"]
    assert rows == [("Barack Obama", "Benjamin Netanyahu", "Tel Aviv")]
