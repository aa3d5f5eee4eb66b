"""Meetings told ahead (tasks/extract/visits/ahead.py): an arrival of publication's day told with a part of
the day ("يصل مساء اليوم", arrives this evening) is the day's visit, as "يصل اليوم" is; a verb of setting out
that evening ("يتوجه مساء اليوم", heads this evening) has not set out and may arrive the next day.
Invented sentences, the stand-in lexicon of test_visits."""
import datetime as dt

import pytest

from tests.extract.test_visit_dates import PUB, run_dated


def kinds(rows):
    return [(r["kind"], r["planned"], r["visitor"], r["host"], r["date"]) for r in rows]


@pytest.mark.parametrize("text", [
    "يصل بوتين مساء اليوم إلى القاهرة في زيارة رسمية يلتقي خلالها السيسي.",
    "يصل بوتين إلى القاهرة الليلة في زيارة رسمية يلتقي خلالها السيسي.",
    "يصل بوتين إلى القاهرة في وقت لاحق اليوم في زيارة رسمية يلتقي خلالها السيسي.",
    "سيصل بوتين مساء اليوم إلى القاهرة للقاء السيسي.",
    "يزور بوتين القاهرة مساء اليوم ويلتقي السيسي.",
    "تبدأ زيارة بوتين إلى القاهرة مساء اليوم ويلتقي خلالها السيسي.",
])
def test_an_arrival_this_evening_is_the_visit_of_the_day(text):
    assert kinds(run_dated(text)) == [("reported", False, "Vladimir Putin", "Abdel Fattah el-Sisi", PUB)]


@pytest.mark.parametrize("text", [
    "يصل بوتين اليوم إلى القاهرة في زيارة رسمية يلتقي خلالها السيسي.",  # bare "today": as before
    "يصل بوتين صباح اليوم إلى القاهرة في زيارة رسمية يلتقي خلالها السيسي.",
])
def test_an_arrival_today_stays_reported(text):
    assert kinds(run_dated(text)) == [("reported", False, "Vladimir Putin", "Abdel Fattah el-Sisi", PUB)]


@pytest.mark.parametrize("text, day", [
    ("يتوجه بوتين مساء اليوم إلى القاهرة حيث يلتقي السيسي.", PUB),  # sets out this evening
    ("سيتوجه بوتين الليلة إلى القاهرة للقاء السيسي.", PUB),
    ("يصل بوتين غدا إلى القاهرة في زيارة رسمية يلتقي خلالها السيسي.", PUB + dt.timedelta(days=1)),
    ("يصل بوتين مساء غد إلى القاهرة في زيارة رسمية يلتقي خلالها السيسي.", PUB + dt.timedelta(days=1)),
    ("يصل بوتين الأسبوع المقبل إلى القاهرة في زيارة رسمية يلتقي خلالها السيسي.", None),
    ("سيصل بوتين إلى القاهرة هذا الأسبوع في زيارة رسمية يلتقي خلالها السيسي.", None),
])
def test_setting_out_this_evening_or_arriving_later_is_ahead(text, day):
    assert kinds(run_dated(text)) == [("referenced", True, "Vladimir Putin", "Abdel Fattah el-Sisi", day)]
