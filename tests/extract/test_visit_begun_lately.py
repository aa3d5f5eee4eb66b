"""A visit whose own relative clause says it began a few days ago at most, with no end told, is under way
(tasks/extract/visits/making.py _begun_lately, read by timing.under_way): "يذكر أن زيارة عباس للقاهرة التي بدأت
منذ يومين" (it is recalled that Abbas's visit to Cairo, which began two days ago) past a lead of the day that
names both leaders is the news, not an earlier meeting recalled (aside.dated_aside). Not a visit begun weeks back,
nor one whose clause tells its end or gives no day, nor a beginning verb that is another noun's. Invented
sentences, the real lexicon."""
import datetime as dt
from collections import defaultdict

import pytest

from tasks.extract import extract_article

WEDNESDAY = dt.date(2018, 5, 16)
MONDAY = dt.date(2018, 5, 14)
# "Sisi and Abbas had an amusing moment before the forum's opening session today, Wednesday. Sisi said Egypt
# welcomes investment."
LEAD = ("شهد الرئيس المصري عبد الفتاح السيسي والرئيس الفلسطيني محمود عباس موقفا طريفا قبل الجلسة الافتتاحية "
        "للمنتدى الاقتصادي، اليوم الأربعاء.\nوقال السيسي إن مصر ترحب بالاستثمارات.\n")


def rows(text, pub=WEDNESDAY):
    out = defaultdict(list)
    extract_article("a", text, pub, out, source="x")
    return sorted((r["kind"], r["planned"], r["visitor"], r["host"], r["date"]) for r in out["visit_mentions"])


@pytest.mark.parametrize("note", [
    # "... Abbas's visit to Cairo, which began two days ago, is the first in a year"
    "يذكر أن زيارة الرئيس الفلسطيني محمود عباس للقاهرة التي بدأت منذ يومين هي الأولى منذ عام.",
    # "... which began on Monday, lasts three days"
    "يذكر أن زيارة الرئيس الفلسطيني محمود عباس لمصر التي بدأت يوم الاثنين تستمر ثلاثة أيام.",
])
def test_a_visit_begun_days_ago_in_its_relative_clause_is_under_way(note):
    assert rows(LEAD + note) == [("reported", False, "Mahmoud Abbas", "Abdel Fattah el-Sisi", MONDAY)]


@pytest.mark.parametrize("note", [
    # begun two weeks ago: an earlier visit
    "يذكر أن زيارة الرئيس الفلسطيني محمود عباس للقاهرة التي بدأت منذ أسبوعين كانت الأولى منذ عام.",
    # "... which began two days ago and ended yesterday": over
    "يذكر أن زيارة الرئيس الفلسطيني محمود عباس للقاهرة التي بدأت منذ يومين وانتهت أمس كانت الأولى منذ عام.",
    # no day: "which began in a tense atmosphere"
    "يذكر أن زيارة الرئيس الفلسطيني محمود عباس للقاهرة التي بدأت في أجواء متوترة كانت الأولى منذ عام.",
    # the beginning verb is the negotiations', another noun's clause
    "يذكر أن زيارة الرئيس الفلسطيني محمود عباس للقاهرة منذ يومين كانت الأولى منذ عام، والمفاوضات التي بدأت أمس متعثرة.",
])
def test_a_visit_begun_long_ago_ended_or_undated_stays_recalled(note):
    assert [r for r in rows(LEAD + note) if r[0] == "reported"] == []
