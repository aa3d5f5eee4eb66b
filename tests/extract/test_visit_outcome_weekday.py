"""A bare weekday a few words past a noun of what came out of a visit ("نتائج زيارته ... الثلاثاء",
the results of his visit on Tuesday) dates a visit already held, whatever verb governs the
sentence. Invented sentences, the stand-in lexicon of test_visits."""
import datetime as dt

from tasks.extract.dates import find_dates
from tests.extract.test_visit_dates import PUB, run_dated

TUESDAY_BEFORE, TUESDAY_AFTER = dt.date(2019, 4, 2), dt.date(2019, 4, 9)  # PUB is a Wednesday


def _days(text):
    return [d.date for d in find_dates(text, published=PUB) if d.kind == "weekday"]


def test_a_weekday_after_the_results_of_a_visit_is_the_day_before():
    text = "وقال معارضون إن أردوغان لا يرضى عن نتائج زيارته لموسكو الثلاثاء ومباحثاته مع بوتين."
    assert _days(text) == [TUESDAY_BEFORE]
    rows = [r for r in run_dated(text) if {r["visitor"], r["host"]} == {"Recep Tayyip Erdogan", "Vladimir Putin"}]
    assert rows and all(r["date"] == TUESDAY_BEFORE for r in rows)


def test_a_weekday_said_ahead_after_the_results_of_a_visit_stays_ahead():
    text = "وقال معارضون إن أردوغان سيعرض نتائج زيارته لموسكو الثلاثاء المقبل ومباحثاته مع بوتين."
    assert _days(text) == [TUESDAY_AFTER]


def test_a_verb_between_the_results_and_the_weekday_keeps_its_tense():
    text = "ويترقب المراقبون نتائج القمة التي يعقدها أردوغان وبوتين الثلاثاء في موسكو."
    assert _days(text) == [TUESDAY_AFTER]


def test_a_weekday_with_no_outcome_noun_keeps_the_present_verb():
    # (Tuesday, the day before publication, would be a wire's news of yesterday: tense.yesterday_present)
    text = "ويزور أردوغان موسكو الجمعة ويبحث مع بوتين ملف الطاقة."
    assert _days(text) == [dt.date(2019, 4, 5)]
