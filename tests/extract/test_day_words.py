"""Days of a month before a month told relative to publication's (tasks.extract.day_words.month_day,
read by tasks.extract.dates): "في الرابع من الشهر الجاري" (on the fourth of this month) is a day, as
"في الرابع من فبراير" is. Invented sentences."""
import datetime as dt

from tasks.extract.dates import find_dates
from tests.extract.test_visit_dates import reported, run_dated
from ziyarat.arabic import fold_with_map

PUB = dt.date(2013, 2, 21)


def dates(text, published=PUB):
    return [(d.surface, d.date, d.precision, d.end_date) for d in find_dates(text, fold_with_map(text), published)]


def test_an_ordinal_day_of_this_month_is_a_day_of_the_publications_month():
    assert dates("وبدأت الجولة في الرابع من الشهر الجاري") == [
        ("الرابع من الشهر الجاري", dt.date(2013, 2, 4), "day", None)]
    assert dates("واستقبله الوزير في الخامس عشر من الشهر الحالي") == [
        ("الخامس عشر من الشهر الحالي", dt.date(2013, 2, 15), "day", None)]
    assert dates("ويعقد المؤتمر يوم الحادي والثلاثين من الشهر المقبل")[0][1:3] == (dt.date(2013, 3, 31), "day")
    # the month's name keeps its own reading
    assert dates("وبدأت الجولة في الرابع من فبراير")[0][1:3] == (dt.date(2013, 2, 4), "day")


def test_a_day_in_digits_of_last_or_this_month():
    assert dates("وصل الوفد في 4 من الشهر الجاري")[0][:3] == ("4 من الشهر الجاري", dt.date(2013, 2, 4), "day")
    assert dates("وصل الوفد في ٩ من الشهر الماضي")[0][1:3] == (dt.date(2013, 1, 9), "day")
    assert dates("عقدت الجلسة في الـ 12 من الشهر المنصرم")[0][1:3] == (dt.date(2013, 1, 12), "day")
    assert dates("عقدت الجلسة في 27 الشهر الماضي")[0][1:3] == (dt.date(2013, 1, 27), "day")
    assert dates("وصل الوفد في 3 من هذا الشهر")[0][1:3] == (dt.date(2013, 2, 3), "day")


def test_a_range_of_days_of_this_month():
    assert dates("وتعقد الدورة يومي 6 و7 من الشهر المقبل") == [
        ("6 و7 من الشهر المقبل", dt.date(2013, 3, 6), "day", dt.date(2013, 3, 7))]
    assert dates("وتعقد الدورة بين العاشر والثاني عشر من الشهر المقبل")[0][1:] == (
        dt.date(2013, 3, 10), "day", dt.date(2013, 3, 12))


def test_a_day_after_publication_of_this_month_stays_in_it_as_a_named_month_with_current_does():
    """"في العشرين من الشهر الجاري" in a story of the 5th: this month's 20th, as "في 20 فبراير الجاري"
    already is, whatever the verb's tense; "الجاري" (current) fixes the month."""
    pub = dt.date(2013, 2, 5)
    assert dates("زار الوزير المدينة في العشرين من الشهر الجاري", pub)[0][1] == dt.date(2013, 2, 20)
    assert dates("زار الوزير المدينة في 20 فبراير الجاري", pub)[0][1] == dt.date(2013, 2, 20)


def test_no_day_before_a_relative_month_that_is_no_day():
    """Negatives: a number in a figure or a count ("ارتفع من 6 إلى 8", "3.8", "20 ألف"), a number after a
    word that leads no day ("أكثر من 20"), an ordinal of a week ("الأسبوع الأول") or with no lead
    ("الخامس عشر من الشهر الجاري ذكرى"): the month alone, as before."""
    month = ("الشهر الماضي", dt.date(2013, 1, 1), "month", None)
    assert dates("وارتفع المؤشر من 6 إلى 8 الشهر الماضي") == [month]
    assert dates("وتراجع بنسبة 3.8 الشهر الماضي") == [month]
    assert dates("وباعت الشركة 20 ألف سيارة الشهر الماضي") == [month]
    assert dates("وقتل أكثر من 20 الشهر الماضي") == [month]
    assert dates("وفي الأسبوع الأول من الشهر الماضي") == [month]
    assert dates("ويصادف الخامس عشر من الشهر الماضي ذكرى الاستقلال") == [month]
    # a day the month does not have: the month alone
    assert dates("وصل الوفد في 31 من الشهر الماضي", dt.date(2013, 3, 10))[0][1:3] == (dt.date(2013, 2, 1), "month")


def test_an_earlier_visit_on_a_day_of_this_month_is_referenced_and_dated():
    """"زيارة ... التي بدأت في الرابع من الشهر الجاري" in a story of the 21st: the visit of the 4th,
    17 days before, told in passing, as with "في الرابع من فبراير"; it was dated by the month alone."""
    pub = dt.date(2019, 4, 20)
    text = "وكانت زيارة أردوغان إلى موسكو التي بدأت في الرابع من الشهر الجاري قد تناولت ملف الطاقة مع بوتين."
    rows = run_dated(text, pub)
    assert [(r["kind"], r["date"], r["date_precision"]) for r in rows] == [("referenced", dt.date(2019, 4, 4), "day")]
    named = run_dated(text.replace("الشهر الجاري", "أبريل"), pub)
    assert [(r["kind"], r["date"], r["date_precision"]) for r in named] == [("referenced", dt.date(2019, 4, 4), "day")]
    # a day of this month two days back is the news: reported on that day
    text = "واستقبل بوتين أردوغان في موسكو في 18 من الشهر الجاري."
    assert reported(run_dated(text, pub)) == [("Recep Tayyip Erdogan", "Vladimir Putin", dt.date(2019, 4, 18), "day")]
