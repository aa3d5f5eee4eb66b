"""A visit's closing day ("وتنتهي الخميس", ends on Thursday; "حتى الجمعة", until Friday) is its last
day, not the day of the arrival or the talks told before it (visits.span.closing_day): a past
arrival with a closing day ahead is a visit under way, not a plan. Invented sentences, the stand-in
lexicon of test_visits (published Tuesday 2023-03-14)."""
import datetime as dt

from tests.extract.test_visits import run


def _rows(text):
    return {(r["kind"], r["visitor"], r["host"], r["planned"]) for r in run(text)}


def test_a_past_arrival_on_a_visit_that_ends_later_is_reported():
    text = "وكان الأسد قد وصل إلى موسكو في زيارة رسمية تستمر ثلاثة أيام وتنتهي الخميس، تلبية لدعوة بوتين."
    [v] = run(text)
    assert (v["kind"], v["planned"], v["visitor"], v["host"], v["city"]) == (
        "reported", False, "Bashar al-Assad", "Vladimir Putin", "Moscow")
    assert v["date"] != dt.date(2023, 3, 16)  # Thursday closes the visit: not the arrival's day


def test_a_meeting_during_a_visit_that_ends_later_is_reported():
    assert _rows("يواصل الأسد زيارته إلى موسكو التي تنتهي الخميس، والتقى بوتين.") == {
        ("reported", "Bashar al-Assad", "Vladimir Putin", False)}


def test_a_visit_that_closed_before_publication_stays_referenced():
    # "انتهت" (ended, past) is no closing word: the pluperfect visit is an earlier one
    rows = run("وكان الأسد قد زار موسكو في زيارة انتهت الخميس الماضي، والتقى بوتين.")
    assert rows and {r["kind"] for r in rows} == {"referenced"}


def test_a_planned_visit_keeps_its_first_day_and_stays_planned():
    [v] = run("يزور الأسد موسكو في زيارة تبدأ الأربعاء وتنتهي الجمعة يلتقي خلالها بوتين.")
    assert (v["kind"], v["planned"], v["date"]) == ("referenced", True, dt.date(2023, 3, 15))

