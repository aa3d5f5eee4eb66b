"""A today that dates the saying, before a sa- verb that governs a meeting noun through "في", leaves the meeting
ahead: "قال ترامب اليوم إنه سيعيد النظر في قمة" (Trump said today he will reconsider the summit) is no summit held
today; only a today between the verb and its noun ("سيشارك اليوم في القمة", will take part today in the summit)
puts it under way (visits.governed.in_future). Texts are invented; the real lexicon reads them."""
import datetime as dt

import pytest

pytest.importorskip("tasks.extract.entities")

from tests.extract.test_visits_detect import mention_rows  # noqa: E402

PUB = dt.date(2018, 5, 16)  # a Wednesday


def kinds(text: str) -> list[tuple]:
    return [(r["kind"], r["visitor"], r["host"]) for r in mention_rows(text, PUB)]


def test_a_today_before_the_future_verb_dates_the_saying_not_the_summit():
    text = ("وقال الرئيس الأمريكي دونالد ترامب اليوم الأربعاء إنه سيعيد النظر في قمة مع الزعيم الكوري "
            "الشمالي كيم جونغ أون إذا استمرت التهديدات.")
    assert kinds(text) == [("referenced", "Donald Trump", "Kim Jong-un")]


def test_a_today_between_the_future_verb_and_the_summit_is_still_under_way():
    # negative: "سيشارك اليوم في قمة" (will take part today in a summit) is the summit of the day
    text = ("وقال الرئيس الأمريكي دونالد ترامب إنه سيشارك اليوم في قمة مع الزعيم الكوري الشمالي كيم جونغ أون "
            "في سنغافورة.")
    assert kinds(text) == [("reported", "Donald Trump", "Kim Jong-un")]
