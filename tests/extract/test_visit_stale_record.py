"""A record dated a day behind its own text: "استقبل ... اليوم الثلاثاء" (received today, Tuesday) in a record
dated Monday is a meeting held on the text's today, Tuesday, not a plan (dates._select_dates keeps the next day
for "اليوم" + that weekday after a past verb; merge._dated_ahead keeps it held; tasks.extract.own_day makes
Tuesday the article's day). "غدا" (tomorrow) with that weekday stays ahead. Texts are invented; the real lexicon reads them."""
import datetime as dt

import pytest

pytest.importorskip("tasks.extract.entities")

from tests.extract.test_visits_detect import mention_rows  # noqa: E402

PUB = dt.date(2018, 5, 14)  # a Monday


def rows(text: str) -> list[tuple]:
    return [(r["kind"], r["visitor"], r["host"], r["date"]) for r in mention_rows(text, PUB)]


def test_a_past_reception_today_on_the_day_after_the_record_is_held():
    text = ("استقبل الرئيس عبد الفتاح السيسي العاهل الأردني الملك عبد الله الثاني في القاهرة اليوم الثلاثاء، "
            "وتناولت المباحثات العلاقات الثنائية.")
    assert rows(text) == [("reported", "Abdullah II of Jordan", "Abdel Fattah el-Sisi", dt.date(2018, 5, 15))]


def test_a_future_reception_today_on_the_day_after_the_record_is_that_days_news():
    # "سيستقبل ... اليوم الثلاثاء" (will receive today, Tuesday) in a Monday record: the text's today is Tuesday
    # (tasks.extract.own_day, a record stamped a day behind), so it is the day's reception, as in a Tuesday record
    text = ("سيستقبل الرئيس عبد الفتاح السيسي العاهل الأردني الملك عبد الله الثاني في القاهرة اليوم الثلاثاء، "
            "لبحث العلاقات الثنائية.")
    assert rows(text) == [("reported", "Abdullah II of Jordan", "Abdel Fattah el-Sisi", dt.date(2018, 5, 15))]


def test_a_reception_tomorrow_tuesday_stays_ahead():
    # negative: "غدا الثلاثاء" (tomorrow, Tuesday) is ahead whatever the verb
    text = ("يستقبل الرئيس عبد الفتاح السيسي العاهل الأردني الملك عبد الله الثاني في القاهرة غدا الثلاثاء، "
            "لبحث العلاقات الثنائية.")
    assert [r[0] for r in rows(text)] == ["referenced"]
