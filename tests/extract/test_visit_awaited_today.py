"""A meeting noun with a plan adjective dated today right after it ("القمة المرتقبة اليوم", the summit awaited
today; "مباحثاته المقررة اليوم", his talks scheduled today) is the meeting under way in the day's article, as
"سيلتقي اليوم" (will meet today) is (vetoes.awaited_today, read by vetoes.adjective_after and plans.plan_cue);
this evening's or tomorrow's stays ahead. Invented texts, the whole lexicon."""
import datetime as dt

from tests.extract.test_visits_detect import mention_rows

DAY = dt.date(2013, 2, 19)


def rows(text):
    return [(r["kind"], r["planned"], r["visitor"], r["host"], r["date"]) for r in mention_rows(text, DAY)]


def test_a_summit_awaited_today_is_the_days_summit():
    text = "تتجه الأنظار إلى القمة المرتقبة اليوم بين الرئيس الأمريكي باراك أوباما والرئيس الروسي فلاديمير بوتين."
    assert rows(text) == [("reported", False, "Barack Obama", "Vladimir Putin", DAY)]


def test_talks_scheduled_today_are_the_days_talks():
    text = "وصرح المتحدث بأن مباحثات الرئيس الأمريكي باراك أوباما المقررة اليوم مع الرئيس الروسي فلاديمير بوتين ستتناول الأزمة."
    assert [r[:2] for r in rows(text)] == [("reported", False)]


def test_a_summit_awaited_this_evening_or_tomorrow_lies_ahead():
    text = "تتجه الأنظار إلى القمة المرتقبة مساء اليوم بين الرئيس الأمريكي باراك أوباما والرئيس الروسي فلاديمير بوتين."
    assert [r[:2] for r in rows(text)] == [("referenced", True)]
    text = "تتجه الأنظار إلى القمة المرتقبة غدا بين الرئيس الأمريكي باراك أوباما والرئيس الروسي فلاديمير بوتين."
    assert [r[:2] for r in rows(text)] == [("referenced", True)]
