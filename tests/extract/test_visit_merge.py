"""The merge's text order of a meeting with no host (a summit's sidelines, a third country): the first sentence
that names both, a sentence whose trigger is a meeting word first (merge.meeting_first), not an arrival at the
summit that names the other leader apart ("عند وصولها إلى القمة ... دون أن تذكر ترامب"). And a tour's other stop
(merge.side_told): a city of a third country is not the meeting's when a mention of the pair puts it in one side's
country. Invented texts, the whole lexicon."""
import datetime as dt

from tests.extract.test_visits_detect import reported_rows

DAY = dt.date(2018, 7, 11)
LEAD = ("ردت المستشارة الألمانية أنغيلا ميركل الأربعاء على انتقادات الرئيس الأمريكي دونالد ترامب.\n"
        "وقالت ميركل عند وصولها إلى قمة حلف الأطلسي في بروكسل: \"نحن نقرر سياستنا بأنفسنا\" دون أن تذكر ترامب بالاسم.\n")


def _rows(text):
    return [(r["visitor"], r["host"], r["city"], r["setting"]) for r in reported_rows(text, DAY)]


def test_the_meeting_sentence_orders_the_pair_not_the_arrival_naming_the_other_apart():
    assert _rows(LEAD + "والتقى ترامب وميركل على هامش القمة بعد الظهر.") == [
        ("Donald Trump", "Angela Merkel", "Brussels", "summit_sideline")]


def test_the_meeting_sentence_naming_her_first_keeps_her_first():
    # the negative: the meeting sentence's own order, which the arrival's happens to share
    assert _rows(LEAD + "والتقت ميركل وترامب على هامش القمة بعد الظهر.") == [
        ("Angela Merkel", "Donald Trump", "Brussels", "summit_sideline")]


def _cities(text, day):
    return [(r["visitor"], r["host"], r["city"]) for r in reported_rows(text, day)]


TOUR_DAY = dt.date(2013, 3, 19)


def test_the_next_stop_of_a_tour_is_not_where_the_host_of_this_one_met_him():
    # the visit to Pakistan is told; New Delhi is the next leg's (India), not Zardari's meeting's
    text = ("تناولت الصحف اليوم زيارة الرئيس محمد مرسي إلى باكستان.\n"
            "وجاء في العناوين: الرئيس يلتقي المستثمرين الهنود في نيودلهي اليوم، القمة المصرية الباكستانية تبحث التجارة.\n"
            "وقالت الصحيفة إن الرئيس محمد مرسي التقى أمس الرئيس الباكستاني آصف علي زرداري وبحثا التعاون بين البلدين.")
    assert _cities(text, TOUR_DAY) == [("Mohamed Morsi", "Asif Ali Zardari", None)]


def test_the_host_country_city_of_the_pair_wins_over_another_story_s_city():
    # Daraa is the lead's other story; the visit to Asmara is the pair's
    text = ("في صحف اليوم: هدنة هشة في مدينة درعا، ولقاء تاريخي بين رئيس الوزراء الإثيوبي آبي أحمد والرئيس "
            "الإريتري إسياس أفورقي.\n"
            "وركزت الصحف على زيارة آبي أحمد إلى العاصمة الإريترية أسمرة ولقائه مع الرئيس إسياس أفورقي بعد قطيعة طويلة.")
    assert _cities(text, dt.date(2018, 7, 9)) == [("Abiy Ahmed", "Isaias Afwerki", "Asmara")]


def test_a_summit_in_a_third_country_keeps_its_city_beside_an_earlier_trip_to_one_side():
    # negative: the trip to Turkey is an earlier one (referenced), no mention of this meeting's
    text = ("التقى الرئيس التركي رجب طيب أردوغان نظيره الروسي فلاديمير بوتين أمس في طهران على هامش القمة الثلاثية. "
            "وكان بوتين قد زار تركيا في أبريل الماضي.")
    assert _cities(text, dt.date(2018, 9, 8)) == [("Recep Tayyip Erdogan", "Vladimir Putin", "Tehran")]


def test_a_host_receiving_at_his_residence_abroad_keeps_that_city():
    # negative: Abbas receives in Cairo, a third country no mention of the pair contradicts
    text = "استقبل الرئيس الفلسطيني محمود عباس، في مقر إقامته بالقاهرة اليوم، الرئيس اللبناني ميشال سليمان."
    assert _cities(text, dt.date(2013, 2, 6)) == [("Mahmoud Abbas", "Michel Suleiman", "Cairo")]


def test_a_third_country_meeting_keeps_its_city_beside_the_traveller_s_arrival_there():
    # negative: the arrival in Qatar is a trip to the third country itself, not to either side's
    text = ("التقى رئيس الوزراء التركي رجب طيب أردوغان اليوم في الدوحة رئيس الوزراء اليوناني أنطونيس ساماراس "
            "بشكل مفاجئ.\nوكان أردوغان قد وصل إلى قطر أمس في زيارة رسمية.")
    assert ("Recep Tayyip Erdogan", "Antonis Samaras", "Doha") in _cities(text, dt.date(2013, 1, 30))
