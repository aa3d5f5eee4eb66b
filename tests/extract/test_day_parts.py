"""A part of the day that names no day ("بعد الظهر", in the afternoon; "هذا المساء", this evening) is the
publication day's, as "اليوم" is, in a sentence naming no other day or week (tasks/extract/day_parts.py,
months.yaml bare_day_parts). Invented sentences, the real lexicon."""
import datetime as dt
from collections import defaultdict

from tasks.extract import extract_article
from tasks.extract.dates import find_dates
from ziyarat.arabic import fold_with_map

PUB = dt.date(2018, 5, 23)  # a Wednesday


def dates(text, pub=PUB):
    return [(d.surface, d.date, d.precision) for d in find_dates(text, fold_with_map(text), pub)]


def rows(text, pub=PUB):
    out = defaultdict(list)
    extract_article("a", text, pub, out)
    return sorted((r["kind"], r["planned"], r["visitor"], r["host"], str(r["date"])) for r in out["visit_mentions"])


def test_an_afternoon_with_no_day_is_today():
    # "the Rwandan president meets his French counterpart in the afternoon at the Elysee"
    text = "يجتمع الرئيس الرواندي بول كاغامه بنظيره الفرنسي في فترة بعد الظهر في قصر الإليزيه."
    assert dates(text) == [("بعد الظهر", PUB, "day")]


def test_this_evening_is_today():
    text = "يلتقي الرئيس الفرنسي نظيره الرواندي هذا المساء في قصر الإليزيه."
    assert dates(text) == [("هذا المساء", PUB, "day")]


def test_an_afternoon_after_a_weekday_is_that_days():
    # "meets on Friday at three in the afternoon": Friday's, the afternoon no date of its own
    text = "يجتمع الرئيس الرواندي بنظيره الفرنسي الجمعة عند الثالثة بعد الظهر في قصر الإليزيه."
    assert dates(text) == [("الجمعة", dt.date(2018, 5, 25), "day")]


def test_an_afternoon_of_next_week_is_no_today():
    text = "يجتمع الرئيس الرواندي بنظيره الفرنسي الأسبوع المقبل بعد الظهر في قصر الإليزيه."
    assert [d[0] for d in dates(text)] == ["الأسبوع المقبل"]


def test_another_sentences_day_leaves_the_afternoon_today():
    text = "وصل الرئيس الرواندي إلى باريس أمس. ويجتمع بنظيره الفرنسي بعد الظهر في قصر الإليزيه."
    assert dates(text) == [("أمس", dt.date(2018, 5, 22), "day"), ("بعد الظهر", PUB, "day")]


def test_a_meeting_this_afternoon_is_reported_today():
    # "the Rwandan president Paul Kagame meets his French counterpart Emmanuel Macron in the afternoon,
    # on his first official visit to the Elysee since 2011": talks today
    text = ("ويجتمع الرئيس الرواندي بول كاغامه بنظيره الفرنسي إيمانويل ماكرون بعد الظهر في زيارته "
            "الرسمية الأولى إلى الإليزيه منذ العام 2011.")
    assert ("reported", False, "Paul Kagame", "Emmanuel Macron", str(PUB)) in rows(text)


def test_a_meeting_this_evening_is_reported_today():
    text = "يلتقي الرئيس الفرنسي إيمانويل ماكرون هذا المساء نظيره الرواندي بول كاغامه في قصر الإليزيه."
    assert rows(text) == [("reported", False, "Paul Kagame", "Emmanuel Macron", str(PUB))]


def test_an_afternoon_of_a_later_day_stays_planned():
    text = ("يجتمع الرئيس الرواندي بول كاغامه بنظيره الفرنسي إيمانويل ماكرون الجمعة المقبل بعد الظهر "
            "في قصر الإليزيه.")
    assert rows(text) == [("referenced", True, "Paul Kagame", "Emmanuel Macron", "2018-05-25")]


def test_a_hoped_for_meeting_this_afternoon_stays_unreported():
    # "hopes to meet his French counterpart this afternoon": a wish, no row
    text = "ويأمل الرئيس الرواندي بول كاغامه أن يجتمع بنظيره الفرنسي إيمانويل ماكرون بعد الظهر في قصر الإليزيه."
    assert [r for r in rows(text) if r[0] == "reported"] == []


def test_an_afternoon_in_a_trip_programme_ahead_stays_planned():
    # a preview of a trip next Wednesday: "Obama will hold talks with Peres in the afternoon" is that day's
    text = ("من المقرر أن يصل الرئيس الأمريكي باراك أوباما إلى إسرائيل الأربعاء المقبل في أول زيارة له منذ توليه الرئاسة.\n"
            "وسيجري أوباما محادثات مع الرئيس الإسرائيلي شيمون بيريز بعد الظهر في مقر إقامته.")
    assert [r for r in rows(text, dt.date(2013, 3, 15)) if r[0] == "reported"] == []
