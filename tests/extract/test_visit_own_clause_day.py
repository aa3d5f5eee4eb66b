"""A meeting noun whose own past relative clause dates it keeps that date, and a day told before the
noun is the main clause's act's (tasks/extract/visits/sayings.dated_by_own_clause): an announcement on
Sunday about a summit held on 12 June does not make the summit Sunday's news. Invented sentences, the
real lexicon."""
from __future__ import annotations

import datetime as dt

from tests.extract.test_visits_detect import mention_rows

DAY = dt.date(2018, 6, 24)  # a Sunday


def rows(text):
    return [(r["kind"], r["visitor"], r["host"], r["date"]) for r in mention_rows(text, DAY)]


def test_a_summit_dated_by_its_own_relative_clause_is_not_the_announcements_day():
    text = ("أعلنت حكومة سنغافورة، الأحد، عن تكلفة استضافة القمة التي جمعت بين الرئيس الأميركي دونالد ترامب "
            "وزعيم كوريا الشمالية كيم جونغ أون في 12 يونيو الجاري.")
    assert rows(text) == [("referenced", "Donald Trump", "Kim Jong-un", dt.date(2018, 6, 12))]


def test_a_summit_with_no_date_in_its_relative_clause_keeps_the_day_before_it():
    text = ("أعلنت حكومة سنغافورة، الأحد، عن تكلفة استضافة القمة التي جمعت بين الرئيس الأميركي دونالد ترامب "
            "وزعيم كوريا الشمالية كيم جونغ أون.")
    assert rows(text) == [("reported", "Donald Trump", "Kim Jong-un", dt.date(2018, 6, 24))]


def test_a_date_in_the_relative_clause_of_a_later_word_leaves_the_day_before_the_visit():
    # "الذي انسحب ... سنة 2015" is the deal's clause, after another word: Sunday still dates the visit
    text = ("وصل الرئيس الروسي فلاديمير بوتين، الأحد، إلى أنقرة في زيارة للقاء الرئيس التركي رجب طيب أردوغان "
            "الذي وقع الاتفاق المبرم سنة 2015.")
    got = [r for r in rows(text) if r[0] == "reported"]
    assert got and all(r[3] == dt.date(2018, 6, 24) for r in got)
