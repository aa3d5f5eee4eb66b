"""A visit dated by its last day: a day told before "في ختام زيارة" (at the end of a visit) or after
"اختتم" and its subject, with the visit's length stated, is the visit's last day; the row takes its
first (span.concluded_days). Invented sentences, the stand-in lexicon of test_visits."""
import datetime as dt

from tests.extract.test_visit_dates import run_dated

SUNDAY = dt.date(2019, 4, 7)


def spans(text, published=SUNDAY):
    return [(r["visitor"], r["host"], r["kind"], r["date"], r["end_date"]) for r in run_dated(text, published)]


def test_a_departure_day_at_the_end_of_a_visit_of_stated_days_is_its_last_day():
    """"left Moscow today, Sunday, at the end of a three-day visit": Friday to Sunday."""
    text = "غادر الرئيس السيسي موسكو اليوم الأحد، في ختام زيارة لثلاثة أيام أجرى خلالها محادثات مع بوتين."
    assert [r[2:] for r in spans(text)] == [("reported", dt.date(2019, 4, 5), SUNDAY)]


def test_a_departure_day_at_the_end_of_a_visit_with_a_lasting_verb_counts_back():
    text = "غادر الرئيس السيسي موسكو مساء أمس بعد ختام زيارة استغرقت يومين التقى خلالها بوتين."
    assert [r[2:] for r in spans(text, dt.date(2019, 4, 8))] == [("reported", dt.date(2019, 4, 6), SUNDAY)]


def test_a_concluding_verb_with_its_subject_before_the_day_counts_back():
    """"اختتم الرئيس المصري، عبد الفتاح السيسي، اليوم الأحد، زيارة ... استغرقت ثلاثة أيام"."""
    text = "اختتم الرئيس المصري، عبد الفتاح السيسي، اليوم الأحد، زيارة رسمية إلى روسيا استغرقت ثلاثة أيام التقى خلالها بوتين."
    assert [r[2:] for r in spans(text)] == [("reported", dt.date(2019, 4, 5), SUNDAY)]


def test_a_meeting_dated_at_the_end_of_a_visit_keeps_its_own_day():
    """The meeting is told on Sunday, at the visit's end: its day is Sunday."""
    text = "التقى الرئيس السيسي الرئيس بوتين في موسكو اليوم الأحد في ختام زيارة لثلاثة أيام."
    assert [r[2:4] for r in spans(text)] == [("reported", SUNDAY)]


def test_a_departure_to_the_next_leg_keeps_the_day_of_that_leg():
    """Left Riyadh on Sunday for Moscow at the end of a two-day visit: Sunday is the Moscow leg's first day."""
    text = "غادر الرئيس السيسي الرياض اليوم الأحد متوجها إلى موسكو في ختام زيارة استمرت يومين، حيث التقى بوتين."
    assert [r[1:] for r in spans(text)] == [("Vladimir Putin", "reported", SUNDAY, None)]


def test_a_day_at_the_end_of_a_visit_of_unstated_length_stays():
    text = "غادر الرئيس السيسي موسكو اليوم الأحد، في ختام زيارة رسمية أجرى خلالها محادثات مع بوتين."
    assert [r[2:4] for r in spans(text)] == [("reported", SUNDAY)]
