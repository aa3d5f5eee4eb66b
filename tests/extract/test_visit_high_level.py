"""High-level talks whose holding two leaders agreed on, no side named right after them
(tasks/extract/visits/multilateral.high_level, triggers.yaml officials_level_after): "اتفقا على عقد مباحثات
عالية المستوى" (the two agreed to hold high-level talks) are their officials' talks, no meeting of theirs.
Talks the leaders hold themselves, high-level or not, and high-level talks with a side after "مع" (with) or
"بين" (between) stay. Invented sentences, the real lexicon."""
import datetime as dt
from collections import defaultdict

import pytest

from tasks.extract import extract_article

AGREED = "وأشارت الوكالة إلى أن الزعيم الكوري الشمالي كيم جونغ أون ورئيس كوريا الجنوبية مون جيه إن اتفقا على عقد {what}، الجمعة."
HELD = "وعقد الرئيس المصري محمد مرسي ورئيس الوزراء الهندي مانموهان سينغ اليوم السبت {what} في نيودلهي."


def rows(text, day):
    out = defaultdict(list)
    extract_article("a", text, day, out)
    return sorted((r["kind"], r["planned"], r["visitor"], r["host"]) for r in out["visit_mentions"])


@pytest.mark.parametrize("what", ["مباحثات عالية المستوى", "محادثات رفيعة المستوى"])
def test_high_level_talks_two_leaders_agreed_on_are_no_meeting_of_theirs(what):
    assert rows(AGREED.format(what=what), dt.date(2018, 5, 26)) == []


@pytest.mark.parametrize("what", ["قمة", "مباحثات رفيعة المستوى بين الزعيمين"])
def test_a_summit_agreed_on_or_talks_with_their_sides_named_stay_planned(what):
    assert rows(AGREED.format(what=what), dt.date(2018, 5, 26)) == [("referenced", True, "Kim Jong-un", "Moon Jae-in")]


@pytest.mark.parametrize("what", ["مباحثات رفيعة المستوى", "مباحثات"])
def test_high_level_talks_the_leaders_hold_themselves_stay(what):
    assert rows(HELD.format(what=what), dt.date(2013, 3, 18)) == [("reported", False, "Mohamed Morsi", "Manmohan Singh")]
