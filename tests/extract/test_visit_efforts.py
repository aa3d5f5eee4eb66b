"""A meeting word governed by an effort told in a relative clause, "الجهود التي بذلها" (the efforts he made),
with a verbal noun of arranging or "في سبيل" (for the sake of) before it (tasks/extract/visits/efforts.py):
"شكر كيم مون على الجهود التي بذلها لترتيب قمة سنغافورة" (Kim thanked Moon for the efforts he made to
arrange the Singapore summit) is no meeting of Kim and Moon. A meeting told beside it, thanks for a
reception at a meeting held, and a summit agreed on stay. Invented sentences, the real lexicon."""
import datetime as dt
from collections import defaultdict

import pytest

from tasks.extract import extract_article

DAY = dt.date(2018, 5, 26)
THANKS = "وقالت الوكالة إن الزعيم الكوري الشمالي كيم جونغ أون شكر رئيس كوريا الجنوبية مون جيه إن على {what}."


def rows(text):
    out = defaultdict(list)
    extract_article("a", text, DAY, out)
    return sorted((r["kind"], r["planned"], r["visitor"], r["host"], r["date"]) for r in out["visit_mentions"])


@pytest.mark.parametrize("what", [
    "الجهود التي بذلها لترتيب قمة سنغافورة",
    "الجهود الكبيرة التي بذلها في سبيل القمة المقررة في سنغافورة",
    "\"الجهود التي بذلها\" للتحضير للقمة مع الرئيس الأمريكي",
])
def test_thanks_for_the_efforts_made_for_a_summit_is_no_meeting_of_theirs(what):
    assert rows(THANKS.format(what=what)) == []


def test_a_meeting_told_beside_the_thanks_stays():
    text = ("التقى رئيس كوريا الجنوبية مون جيه إن الزعيم الكوري الشمالي كيم جونغ أون اليوم السبت في بانمونجوم. "
            "وقالت الوكالة إن كيم شكر مون على الجهود التي بذلها لترتيب قمة سنغافورة.")
    assert rows(text) == [("reported", False, "Moon Jae-in", "Kim Jong-un", DAY)]


def test_thanks_for_the_reception_at_their_summit_stays():
    text = THANKS.format(what="حفاوة الاستقبال خلال القمة التي جمعتهما اليوم في سيول")
    assert rows(text) == [("reported", False, "Kim Jong-un", "Moon Jae-in", DAY)]


def test_a_summit_agreed_on_with_no_effort_stays_planned():
    text = ("وقالت الوكالة إن الزعيم الكوري الشمالي كيم جونغ أون ورئيس كوريا الجنوبية مون جيه إن "
            "اتفقا على عقد قمة، الجمعة.")
    assert rows(text) == [("referenced", True, "Kim Jong-un", "Moon Jae-in", dt.date(2018, 5, 25))]
