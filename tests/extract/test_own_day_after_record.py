"""A record stamped a day before its text's today (UTC or desk-day stamps: a story filed after midnight in
Cairo carries the day before): "القاهرة - الثلاثاء:" or "اليوم الثلاثاء" in a Monday record makes Tuesday the
article's day (tasks.extract.own_day, DAYS_AHEAD), and every bare اليوم / أمس counts from it. A weekday with
its own "الماضي" (last) or "المقبل" (next) keeps that direction when a visit's tense resolves it again
(tasks.extract.dates.weekday_on). Invented sentences, the real lexicon."""
import datetime as dt

from tasks.extract.dates import find_dates, weekday_on
from tasks.extract.own_day import own_day
from tests.extract.test_visits_detect import mention_rows
from ziyarat.arabic import fold_with_map

MONDAY, TUESDAY = dt.date(2013, 2, 4), dt.date(2013, 2, 5)
PAIR = ("Recep Tayyip Erdogan", "Mohamed Morsi")
RECEPTION = "واستقبل الرئيس محمد مرسي اليوم رئيس الوزراء التركي رجب طيب أردوغان في القاهرة."


def _rows(text, published=MONDAY):
    return [(r["kind"], r["date"]) for r in mention_rows(text, published) if (r["visitor"], r["host"]) == PAIR]


def _own(text, published=MONDAY):
    return own_day(text, fold_with_map(text), published)


def test_a_datelines_weekday_a_day_after_the_record_is_the_articles_day():
    text = ("القاهرة - الثلاثاء: وصل رئيس الوزراء التركي رجب طيب أردوغان إلى العاصمة المصرية، "
            "واستقبله الرئيس محمد مرسي مساء اليوم في قصر الاتحادية.")
    assert _own(text) == (TUESDAY, "القاهرة - الثلاثاء")
    assert _rows(text) == [("reported", TUESDAY)]  # not the Tuesday a week back


def test_today_tuesday_in_one_sentence_dates_this_evening_in_another():
    text = ("أعلنت الرئاسة اليوم الثلاثاء برنامج القمة الإسلامية.\n"
            "والتقى الرئيس محمد مرسي مساء اليوم رئيس الوزراء التركي رجب طيب أردوغان في القاهرة.")
    assert _rows(text) == [("reported", TUESDAY)]


def test_yesterday_monday_in_a_monday_record_says_today_is_tuesday():
    text = "وكان وزراء الخارجية قد أقروا مساء أمس الاثنين جدول الأعمال.\n" + RECEPTION
    assert _own(text) == (TUESDAY, "مساء أمس الاثنين")
    assert _rows(text) == [("reported", TUESDAY)]


def test_last_sunday_stays_behind_under_a_present_saying():
    # "he will keep greeting the king the way he used last Sunday at his reception": a Thursday record
    text = "وأوضح بنكيران أنه سيظل يسلم على الملك سلمان بالطريقة التي استعملها الأحد الماضي في استقباله عند وصوله إلى طنجة."
    rows = [(r["kind"], r["date"]) for r in mention_rows(text, dt.date(2015, 8, 6))]
    assert rows == [("reported", dt.date(2015, 8, 2))]  # not the Sunday ahead, 9 August


def test_a_weekday_that_says_which_keeps_its_direction_whatever_the_tense():
    thu = dt.date(2015, 8, 6)
    last, nxt, bare = find_dates("لقاء الأحد الماضي وقمة الأحد المقبل ولقاء الأحد", published=thu)
    assert [weekday_on(d, thu, "future") for d in (last, nxt, bare)] == [
        dt.date(2015, 8, 2), dt.date(2015, 8, 9), dt.date(2015, 8, 9)]
    assert [weekday_on(d, thu, "past") for d in (last, nxt, bare)] == [
        dt.date(2015, 8, 2), dt.date(2015, 8, 9), dt.date(2015, 8, 2)]


# negatives: near misses that stay as they are

def test_a_datelines_weekday_two_days_after_the_record_is_not_the_articles_day():
    text = ("القاهرة - الأربعاء: وصل رئيس الوزراء التركي رجب طيب أردوغان إلى العاصمة المصرية، "
            "واستقبله الرئيس محمد مرسي مساء اليوم في قصر الاتحادية.")
    assert _own(text) is None  # no clock's offset makes two days


def test_tomorrow_tuesday_in_a_monday_record_stays_ahead():
    text = "يستقبل الرئيس محمد مرسي غدا الثلاثاء رئيس الوزراء التركي رجب طيب أردوغان في القاهرة."
    assert _own(text) is None
    assert _rows(text) == [("referenced", TUESDAY)]


def test_today_tuesday_beside_today_monday_changes_nothing():
    text = ("أعلنت الرئاسة اليوم الثلاثاء برنامج القمة.\nوأعلنت الحكومة اليوم الاثنين جدول الأعمال.\n" + RECEPTION)
    assert _own(text) is None
    assert _rows(text) == [("reported", MONDAY)]


def test_a_speakers_today_tuesday_changes_nothing():
    text = 'وقال المتحدث: "نبدأ اليوم الثلاثاء استقبال الوفود".\n' + RECEPTION
    assert _own(text) is None
    assert _rows(text) == [("reported", MONDAY)]


def test_a_bare_weekday_under_a_future_verb_is_still_the_next_one():
    text = "وسيلتقي رئيس الحكومة المغربية عبد الإله بنكيران الملك سلمان الأحد في طنجة."
    rows = [(r["kind"], r["planned"], r["date"]) for r in mention_rows(text, dt.date(2015, 8, 6))]
    assert rows == [("referenced", True, dt.date(2015, 8, 9))]
