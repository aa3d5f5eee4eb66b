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


# Trump met Putin today and they discussed bilateral relations; the spokesman said the two sides
# agreed to strengthen cooperation: no city, and the two leaders of two countries
PAIR_LEAD = ("التقى الرئيس الأمريكي دونالد ترامب الرئيس الروسي فلاديمير بوتين اليوم وبحثا العلاقات الثنائية. "
             "وقال المتحدث باسم البيت الأبيض إن الجانبين اتفقا على تعزيز التعاون. ")


def pair_cities(text: str) -> list:
    """The cities of the Trump-Putin reported rows."""
    return [c for v, h, c in cities(text) if {v, h} == {"Donald Trump", "Vladimir Putin"}]


def test_a_later_meeting_word_in_a_third_country_gives_its_city():
    # the summit that brought the two together was held in the Austrian capital Vienna
    assert pair_cities(PAIR_LEAD + "وكانت القمة التي جمعت الزعيمين قد عقدت اليوم في العاصمة النمساوية فيينا.") == [
        "Vienna"]


def test_a_third_country_city_after_an_arrival_gives_no_city():
    # Trump arrived today in Vienna: an arrival may be another leg of his trip, no meeting word
    assert pair_cities(PAIR_LEAD + "ووصل ترامب اليوم إلى فيينا.") == [None]


def test_two_third_country_cities_give_no_city():
    # the talks were held in Vienna; the summit ended in Salzburg: two cities, no one venue
    assert pair_cities(PAIR_LEAD + "وأضاف أن المباحثات جرت في فيينا. واختتمت القمة في سالزبورغ.") == [None]


def test_a_city_of_the_pairs_own_country_beside_a_third_one_gives_no_third_city():
    # the talks were held in Vienna; the two leaders then held a meeting in Moscow
    assert "Vienna" not in pair_cities(PAIR_LEAD + "وأضاف أن المباحثات جرت في فيينا. وعقد الزعيمان بعدها لقاء في موسكو.")


def test_a_summit_called_by_a_third_country_city_gives_no_city():
    # Trump praised the success of the Vienna summit: a summit called by its city, maybe another one
    assert pair_cities(PAIR_LEAD + "وأشاد ترامب بنجاح قمة فيينا.") == [None]


def test_a_third_country_meeting_of_no_one_named_gives_no_city():
    # a meeting of energy ministers is held today in Vienna: a digest's other item, no one of the pair
    assert pair_cities(PAIR_LEAD + "ويعقد اليوم اجتماع لوزراء الطاقة في فيينا.") == [None]


def test_a_third_country_meeting_with_someone_outside_the_pair_gives_no_city():
    # Trump said after his meeting with the UN Secretary-General Guterres in Vienna: another meeting
    assert pair_cities(PAIR_LEAD + "وقال ترامب إثر لقائه الأمين العام للأمم المتحدة أنطونيو غوتيريش في فيينا إن السلام ممكن.") \
        == [None]


def test_the_two_presidents_talks_in_a_third_country_give_its_city():
    # the two presidents' talks lasted two hours in Vienna
    assert pair_cities(PAIR_LEAD + "واستمرت محادثات الرئيسين ساعتين في فيينا.") == ["Vienna"]


def test_a_subjectless_arrival_after_the_pair_gives_the_city():
    # and he arrived in the Russian capital at noon today: no one named, its subject the one named before
    assert cities(LEAD + "وقد وصل إلى العاصمة الروسية ظهر اليوم.") == [("Abdel Fattah el-Sisi", "Vladimir Putin", "Moscow")]


def test_a_subjectless_arrival_with_a_glued_place_gives_the_city():
    # and he arrived in Sochi on the morning of the same day
    assert cities(LEAD + "ووصل بسوتشي صباح اليوم نفسه.") == [("Abdel Fattah el-Sisi", "Vladimir Putin", "Sochi")]


def test_an_arrival_naming_its_own_subject_gives_no_city():
    # and the delegation arrived in Saint Petersburg: the verb names its subject, no one of the pair
    assert cities(LEAD + "ووصل الوفد إلى سانت بطرسبرغ.") == [("Abdel Fattah el-Sisi", "Vladimir Putin", None)]


def test_a_subjectless_arrival_after_someone_else_gives_no_city():
    # Lavrov said the visit is important; and he arrived in Saint Petersburg: Lavrov was named last
    text = LEAD + "وقال وزير الخارجية الروسي سيرغي لافروف إن الزيارة مهمة. ووصل إلى سانت بطرسبرغ مساء."
    assert cities(text) == [("Abdel Fattah el-Sisi", "Vladimir Putin", None)]


def test_an_arrival_after_that_gives_no_city():
    # the presidency said that he arrived in Saint Petersburg: a verb inside a "that" clause opens nothing
    assert cities(LEAD + "وذكرت الرئاسة أنه وصل إلى سانت بطرسبرغ مساء.") == [
        ("Abdel Fattah el-Sisi", "Vladimir Putin", None)]
