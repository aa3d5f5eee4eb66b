"""A reported meeting's city from another sentence of the article when the sentences that
report it give none (visits.place_wide). Texts are invented; the real lexicon reads them."""
import datetime as dt

import polars as pl
import pytest

pytest.importorskip("tasks.extract.entities")

from tasks.extract import extract  # noqa: E402

DAY = dt.date(2019, 6, 29)
# Putin received Sisi today and they discussed bilateral relations; the spokesman said the two
# sides agreed to strengthen cooperation: no city in either sentence
LEAD = ("استقبل الرئيس الروسي فلاديمير بوتين الرئيس المصري عبد الفتاح السيسي اليوم وبحثا العلاقات الثنائية. "
        "وقال المتحدث باسم الرئاسة إن الجانبين اتفقا على تعزيز التعاون. ")


def cities(text: str, day: dt.date = DAY) -> list[tuple]:
    out = extract(pl.DataFrame({"article_id": ["a"], "text": [text], "published_date": [day]}))["visit_mentions"]
    return [(r["visitor"], r["host"], r["city"]) for r in out.filter(pl.col("kind") == "reported").to_dicts()]


def test_a_venue_named_by_a_later_meeting_word_gives_the_city():
    # he added that the talks were held in the Kremlin palace
    assert cities(LEAD + "وأضاف أن المباحثات جرت في قصر الكرملين.") == [
        ("Abdel Fattah el-Sisi", "Vladimir Putin", "Moscow")]


def test_a_visit_to_the_city_told_in_the_next_sentence_gives_the_city():
    # Morsi received the Turkish president Gul today, Thursday; Gul is on an official visit to Cairo
    text = "استقبل الرئيس محمد مرسي اليوم الخميس الرئيس التركي عبد الله غل. ويقوم غل بزيارة رسمية للقاهرة تستمر يومين."
    assert cities(text, dt.date(2013, 2, 7)) == [("Abdullah Gul", "Mohamed Morsi", "Cairo")]


def test_two_cities_of_the_visit_leave_no_city():
    # the talks were in the Kremlin; the visit ended in Sochi: a tour, no one city
    assert cities(LEAD + "وأضاف أن المباحثات جرت في قصر الكرملين. واختتمت الزيارة في سوتشي.") == [
        ("Abdel Fattah el-Sisi", "Vladimir Putin", None)]


def test_a_second_city_in_the_sentence_read_leaves_no_city():
    # the talks were in the Kremlin, then the two sides moved to Sochi
    assert cities(LEAD + "وأضاف أن المباحثات جرت في قصر الكرملين، ثم انتقل الجانبان إلى سوتشي.") == [
        ("Abdel Fattah el-Sisi", "Vladimir Putin", None)]


def test_an_earlier_meeting_elsewhere_is_not_read():
    # the talks were in the Kremlin; similar talks were held before in Sochi last year: Moscow stays the one
    assert cities(LEAD + "وأضاف أن المباحثات جرت في قصر الكرملين. وسبق أن جرت محادثات مماثلة في سوتشي العام الماضي.") \
        == [("Abdel Fattah el-Sisi", "Vladimir Putin", "Moscow")]


def test_an_arrival_with_no_one_of_the_pair_named_gives_no_city():
    # the Russian troops arrived in Saint Petersburg: not the leaders' arrival
    assert cities(LEAD + "ووصلت القوات الروسية إلى سانت بطرسبرغ.") == [("Abdel Fattah el-Sisi", "Vladimir Putin", None)]


def test_another_leaders_meeting_gives_no_city():
    # Putin had received the Turkish president Erdogan in Sochi
    assert ("Abdel Fattah el-Sisi", "Vladimir Putin", None) in cities(
        LEAD + "وكان بوتين قد استقبل الرئيس التركي رجب طيب أردوغان في سوتشي.")


def test_capitals_standing_for_governments_give_no_city():
    # cooperation between Cairo and Moscow
    assert cities(LEAD.replace("التعاون.", "التعاون بين القاهرة وموسكو.")) == [
        ("Abdel Fattah el-Sisi", "Vladimir Putin", None)]


def test_a_reception_earlier_this_week_gives_no_city():
    # earlier this week a businessman attended a reception in Saint Petersburg: not the day's meeting
    assert cities(LEAD + "وفي وقت سابق من هذا الأسبوع، حضر رجل أعمال حفل استقبال في سانت بطرسبرغ.") == [
        ("Abdel Fattah el-Sisi", "Vladimir Putin", None)]


def test_a_summits_name_taken_off_the_meeting_words_is_not_read():
    # back in Tehran today after the summit of the Islamic organisation held in Cairo; an agency says he
    # came back at the end of a four-day visit to Egypt; he had left for the Egyptian capital last Tuesday
    # to take part in the summit. The summit's name is no meeting word of the pair (Summits.unbind_names):
    # reading it for a city raised StopIteration before.
    text = ("وصل الرئيس الإيراني محمود أحمدي نجاد إلى طهران اليوم الجمعة بعد مشاركته في قمة منظمة التعاون الإسلامي التي عقدت بالقاهرة.\n"
            "وقالت وكالة أنباء إيرانية إن نجاد وصل مساء اليوم إلى طهران في ختام زيارة لمصر استمرت أربعة أيام.\n"
            "وكان أحمدي نجاد قد غادر طهران متوجها إلى العاصمة المصرية يوم الثلاثاء الماضي للمشاركة في أعمال القمة.")
    assert cities(text, dt.date(2013, 2, 8)) == [("Mahmoud Ahmadinejad", "Mohamed Morsi", "Cairo")]
