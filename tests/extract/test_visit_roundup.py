"""A round-up's item deep in the text: an undated meeting right after a sentence that names one of
its leaders, a city of their countries and a day on publication or just before is news, not background
(visits.aside.dated_by_previous, read by merge._told_as_news). Invented sentences, the stand-in
lexicon of test_visits (published Tuesday 2023-03-14)."""
import datetime as dt

from tasks.extract.dates import find_dates
from tests.extract.test_visits import run
from ziyarat.arabic import fold_with_map

FILLER = ("وتحدث الوزير عن الاقتصاد. وقال إن الأسعار سترتفع. وأضاف أن الحكومة تعمل. وأشار إلى البطالة. "
          "وتطرق إلى التعليم. وتحدث عن الصحة. وانتقد المعارضة. ")
MEETING = "وقال السيسي في مؤتمر صحفي مع بوتين إن التعاون بين البلدين مستمر."


def _reported(text, pub=dt.date(2023, 3, 14)):
    rows = run(text, pub, dates=find_dates(text, fold_with_map(text), pub))
    return {frozenset((r["visitor"], r["host"])) for r in rows if r["kind"] == "reported"}


def test_a_deep_meeting_after_its_leaders_dated_news_is_reported():
    text = FILLER + "من جهته، أعلن السيسي الاثنين في القاهرة أن بلاده مستعدة للمساعدة. " + MEETING
    assert _reported(text) == {frozenset(("Abdel Fattah el-Sisi", "Vladimir Putin"))}


def test_a_deep_meeting_after_another_bodys_dated_news_stays_background():
    assert _reported(FILLER + "من جهتها، أعلنت الحكومة الاثنين أنها مستعدة للمساعدة. " + MEETING) == set()


def test_a_deep_meeting_after_its_leaders_undated_news_stays_background():
    assert _reported(FILLER + "من جهته، أعلن السيسي في القاهرة أن بلاده مستعدة للمساعدة. " + MEETING) == set()


def test_a_deep_meeting_after_its_leaders_dated_news_with_no_city_stays_background():
    assert _reported(FILLER + "من جهته، أعلن السيسي الاثنين أن بلاده مستعدة للمساعدة. " + MEETING) == set()


def test_a_deep_meeting_after_its_leaders_news_of_weeks_before_stays_background():
    assert _reported(FILLER + "من جهته، أعلن السيسي في 20 فبراير في القاهرة أن بلاده مستعدة للمساعدة. " + MEETING) == set()


MEETING_AT = "وقال السيسي في مؤتمر صحفي مع بوتين في موسكو إن التعاون بين البلدين مستمر."


def test_a_deep_meeting_with_its_own_city_after_its_leaders_dated_news_is_reported():
    # the scene is the meeting sentence's own city ("في موسكو", in Moscow), the day the sentence before's
    text = FILLER + "من جهته، أعلن السيسي الاثنين أن بلاده مستعدة للمساعدة. " + MEETING_AT
    assert _reported(text) == {frozenset(("Abdel Fattah el-Sisi", "Vladimir Putin"))}


def test_a_deep_meeting_with_its_own_city_after_its_leaders_undated_news_stays_background():
    assert _reported(FILLER + "من جهته، أعلن السيسي أن بلاده مستعدة للمساعدة. " + MEETING_AT) == set()


def _rows(text, pub=dt.date(2023, 3, 14)):
    rows = run(text, pub, dates=find_dates(text, fold_with_map(text), pub))
    return [(r["visitor"], r["host"], r["city"], r["date"]) for r in rows if r["kind"] == "reported"]


def test_a_round_up_items_meeting_takes_the_items_day_and_city():
    # "Sisi announced on Monday in Cairo ... Sisi said at a press conference with Putin": Putin in Cairo on Monday
    text = FILLER + "من جهته، أعلن السيسي الاثنين في القاهرة أن بلاده مستعدة للمساعدة. " + MEETING
    assert _rows(text) == [("Vladimir Putin", "Abdel Fattah el-Sisi", "Cairo", dt.date(2023, 3, 13))]


def test_a_round_up_item_telling_a_return_home_gives_the_meeting_neither_its_day_nor_its_city():
    # "Sisi came back on Monday to Cairo from Moscow": the press conference was before, in Moscow (the city he
    # came from: visits.departures.left_places), not on the item's day in Cairo
    text = FILLER + "من جهته، عاد السيسي الاثنين إلى القاهرة قادما من موسكو. " + MEETING
    assert _rows(text) == [("Abdel Fattah el-Sisi", "Vladimir Putin", "Moscow", None)]



def test_a_round_up_item_telling_another_meeting_does_not_date_the_pairs():
    # the whole lexicon: "Merkel meets the Lebanese president Aoun today before leaving for Berlin. The Jordanian king
    # said after receiving Merkel in Amman ...": today is the Aoun meeting's, Berlin the next leg
    from tests.extract.test_visits_detect import reported_rows
    filler = "".join(f"وقال مسؤول إن الوضع في المنطقة رقم {n} هادئ. " for n in range(8))
    text = filler + ("وتلتقي المستشارة الألمانية ميركل اليوم الرئيس اللبناني ميشال عون قبل أن تغادر إلى برلين. "
                     "وقال العاهل الأردني الملك عبد الله الثاني بعد استقباله ميركل في قصر الحسينية في عمان إن السلام ممكن.")
    rows = {(r["visitor"], r["host"]): (r["city"], r["date"]) for r in reported_rows(text, dt.date(2018, 6, 22))}
    assert rows.get(("Angela Merkel", "Abdullah II of Jordan"), (None, None))[1] is None
