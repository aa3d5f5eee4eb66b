"""A meeting scheduled for publication's day by a frame of its own clause (tasks/extract/visits/begun.py,
scheduled_today): "من المقرر أن يلتقي ... اليوم" (is scheduled to meet ... today) is the day's meeting,
reported with publication's day, as "سيلتقي اليوم" (will meet today) is; a later day, no day, a past frame
("كان من المقرر"), a meeting called off or hedged, "من المفترض" (supposed to) and "على أن" not opening its clause
stay planned. Invented sentences, the real lexicon."""
import datetime as dt
from collections import defaultdict

import pytest

from tasks.extract import extract_article

PUB = dt.date(2019, 6, 7)
MEET = "ومن المقرر أن يلتقي الرئيس الفرنسي إيمانويل ماكرون المستشارة الألمانية أنغيلا ميركل {day} على هامش القمة الأوروبية في بروكسل."


def rows(text):
    out = defaultdict(list)
    extract_article("a", text, PUB, out)
    return sorted((r["kind"], r["planned"], r["visitor"], r["host"], r["date"]) for r in out["visit_mentions"])


@pytest.mark.parametrize("text", [
    MEET.format(day="اليوم"),
    MEET.format(day="بعد ظهر اليوم"),
    MEET.format(day="في وقت لاحق اليوم"),
    MEET.replace("ومن المقرر", "ومن المنتظر").format(day="اليوم الجمعة"),
    # "is scheduled to hold talks today with": the frame's holding verb, the talks its object
    "ومن المقرر أن يعقد الرئيس الفرنسي إيمانويل ماكرون اليوم مباحثات مع المستشارة الألمانية أنغيلا ميركل في بروكسل.",
    # "they met at the opening session, and Macron is to meet Merkel this afternoon": "على أن" after a comma
    "وحضر الزعماء الجلسة الافتتاحية للقمة الأوروبية في بروكسل، على أن يلتقي الرئيس الفرنسي إيمانويل ماكرون "
    "المستشارة الألمانية أنغيلا ميركل بعد ظهر اليوم.",
])
def test_a_meeting_scheduled_today_is_the_days_meeting(text):
    assert ("reported", False, "Emmanuel Macron", "Angela Merkel", PUB) in rows(text)


@pytest.mark.parametrize("text", [
    MEET.format(day="غدا"),  # tomorrow: ahead
    MEET.format(day="الأسبوع المقبل"),
    MEET.format(day=""),  # no day: a plan
    MEET.replace("ومن المقرر", "وكان من المقرر").format(day="اليوم"),  # was scheduled: often called off
    MEET.replace("ومن المقرر", "ومن المفترض").format(day="اليوم"),  # supposed to
    MEET.format(day="اليوم").replace(" على هامش", "، لكن اللقاء ألغي في اللحظة الأخيرة على هامش"),  # called off
    # today, but the sentence tells tomorrow's act too: the clause's time is not the day's alone
    MEET.format(day="اليوم").replace(".", "، قبل أن يتوجه غدا إلى روما."),
    # "Macron insisted that he meet Merkel today": an insisting verb's "على أن", no schedule
    "وأصر الرئيس الفرنسي إيمانويل ماكرون على أن يلتقي المستشارة الألمانية أنغيلا ميركل اليوم في بروكسل.",
])
def test_a_meeting_scheduled_later_undated_or_called_off_stays_planned(text):
    assert [r[:2] for r in rows(text) if r[2:4] == ("Emmanuel Macron", "Angela Merkel")] == [("referenced", True)]


def test_an_arrival_scheduled_today_stays_planned():
    # "is scheduled to arrive in Berlin today to meet Merkel": an arrival verb, left as it was (session 29)
    text = "ومن المقرر أن يصل الرئيس الفرنسي إيمانويل ماكرون إلى برلين اليوم للقاء المستشارة الألمانية أنغيلا ميركل."
    assert [r[:2] for r in rows(text)] == [("referenced", True)]
