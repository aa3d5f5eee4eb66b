"""A meeting told with no day of its own at a summit whose traveller's one dated meeting there has a day
(visits.trip_venue _day_at_gathering). Texts are invented; the real lexicon reads them."""
import datetime as dt

import polars as pl
import pytest

pytest.importorskip("tasks.extract.entities")

from tasks.extract import extract  # noqa: E402

DAY = dt.date(2019, 6, 29)
# disputes loom over the G20 summit after the German chancellor's criticism of tariffs (no day)
LEAD = "تخيم الخلافات على قمة مجموعة العشرين بعد انتقادات المستشارة الألمانية أنغيلا ميركل للرسوم الجمركية. "
FILL = "وتصدرت ملفات التجارة والمناخ جدول الأعمال. وقال دبلوماسيون إن النقاشات كانت صعبة. "
# Merkel met the French president alone for a few minutes (no day, no place)
ASIDE = "والتقت ميركل الرئيس الفرنسي إيمانويل ماكرون على انفراد لبضع دقائق."


def rows(text: str) -> dict[str, tuple]:
    out = extract(pl.DataFrame({"article_id": ["a"], "text": [text], "published_date": [DAY]}))["visit_mentions"]
    return {r["host"]: (r["kind"], r["date"]) for r in out.to_dicts()}


def cities(text: str) -> dict[str, str | None]:
    out = extract(pl.DataFrame({"article_id": ["a"], "text": [text], "published_date": [DAY]}))["visit_mentions"]
    return {r["host"]: r["city"] for r in out.to_dicts()}


def test_an_undated_meeting_at_the_summit_takes_the_day_of_the_sideline_meeting():
    # Merkel met Abe on Friday in Tokyo on the summit's sidelines
    text = LEAD + "والتقت ميركل الجمعة رئيس الوزراء الياباني شينزو آبي في طوكيو على هامش القمة. " + FILL + ASIDE
    got = rows(text)
    assert got["Shinzo Abe"] == ("reported", dt.date(2019, 6, 28))
    assert got["Emmanuel Macron"] == ("reported", dt.date(2019, 6, 28))
    assert cities(text)["Emmanuel Macron"] == "Tokyo"


def test_a_dated_meeting_told_with_no_gathering_lends_no_day():
    # Merkel met Abe on Friday in Tokyo: a trip, no summit in its sentence
    text = LEAD + "والتقت ميركل الجمعة رئيس الوزراء الياباني شينزو آبي في طوكيو. " + FILL + ASIDE
    assert rows(text)["Emmanuel Macron"] == ("reported", None)
    assert cities(text)["Emmanuel Macron"] is None


def test_an_earlier_meeting_takes_no_day_from_the_summit():
    # Merkel had met Macron last March: another meeting, its own month
    text = (LEAD + "والتقت ميركل الجمعة رئيس الوزراء الياباني شينزو آبي في طوكيو على هامش القمة. " + FILL
            + "وكانت ميركل قد التقت الرئيس الفرنسي إيمانويل ماكرون في مارس الماضي.")
    assert rows(text)["Emmanuel Macron"] == ("referenced", dt.date(2019, 3, 1))


def test_two_dated_legs_of_a_tour_lend_no_day():
    # Merkel met Abe on Friday in Tokyo at the summit, then arrived today in Seoul and met Moon there
    text = (LEAD + "والتقت ميركل الجمعة رئيس الوزراء الياباني شينزو آبي في طوكيو على هامش القمة. "
            "ووصلت ميركل اليوم السبت إلى سيول حيث التقت الرئيس الكوري الجنوبي مون جاي إن. " + FILL + ASIDE)
    got = rows(text)
    assert got["Moon Jae-in"] == ("reported", DAY)
    assert got["Emmanuel Macron"] == ("reported", None)


def test_a_planned_meeting_takes_no_day_from_the_summit():
    # Merkel is due to meet Macron later: planned, undated
    text = (LEAD + "والتقت ميركل الجمعة رئيس الوزراء الياباني شينزو آبي في طوكيو على هامش القمة. " + FILL
            + "ومن المقرر أن تلتقي ميركل الرئيس الفرنسي إيمانويل ماكرون في وقت لاحق.")
    assert rows(text)["Emmanuel Macron"] == ("referenced", None)
