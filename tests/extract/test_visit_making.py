"""A visit told under way by its own clause (tasks/extract/visits/making.py): a relative clause's arrival of
publication's day ("الذي يصل القاهرة اليوم", who arrives in Cairo today) keeps its own time against a plan
phrase of the main clause ("للإعداد لزيارة", to prepare the visit). Invented sentences, the stand-in lexicon
of test_visits."""
import pytest

from tests.extract.test_visit_dates import PUB, run_dated

PREP = "وصل إلى مطار القاهرة منذ قليل وفد أمني روسي للإعداد لزيارة الرئيس بوتين "


def kinds(rows):
    return sorted((r["kind"], r["planned"], r["visitor"], r["host"], r["date"]) for r in rows)


@pytest.mark.parametrize("clause", [
    "الذي يصل القاهرة اليوم للقاء السيسي.",
    "الذي يصل القاهرة مساء اليوم للقاء السيسي.",
    "الذي يصل إلى القاهرة اليوم الأربعاء للمشاركة في القمة مع السيسي.",
    "الذي سيصل القاهرة اليوم للقاء السيسي.",  # "سيصل اليوم" (will arrive today) is the day's as well
])
def test_a_relative_arrival_today_keeps_its_day_against_a_preparation(clause):
    rows = run_dated(PREP + clause)
    assert ("reported", False, "Vladimir Putin", "Abdel Fattah el-Sisi", PUB) in kinds(rows)


@pytest.mark.parametrize("clause", [
    "الذي يصل القاهرة غدا للقاء السيسي.",  # a later day: the plan
    "الذي يصل القاهرة الأسبوع المقبل للقاء السيسي.",
    "الذي سيصل القاهرة الخميس المقبل للقاء السيسي.",
    "الذي يصل القاهرة للقاء السيسي.",  # undated
])
def test_a_relative_arrival_ahead_or_undated_stays_planned(clause):
    rows = run_dated(PREP + clause)
    assert [r for r in kinds(rows) if r[0] == "reported"] == []
    assert any(r[:2] == ("referenced", True) for r in kinds(rows))


def test_a_plan_on_the_arrival_itself_stays_a_plan():
    # "من المقرر أن يصل بوتين القاهرة اليوم" (Putin is scheduled to arrive today): no relative clause
    rows = run_dated("من المقرر أن يصل بوتين القاهرة اليوم للقاء السيسي.")
    assert [r["kind"] for r in rows] == ["referenced"]
