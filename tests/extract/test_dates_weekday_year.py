"""A weekday before a day and month with no year (tasks/extract/yearless.py weekday_year): the year
in which that day is that weekday, unless that year is farther from publication than the tense's
(then the weekday is a slip). Invented sentences."""
import datetime as dt

from tasks.extract.dates import find_dates
from ziyarat.arabic import fold_with_map


def dates(text, published):
    return [(d.surface, d.date) for d in find_dates(text, fold_with_map(text), published)]


def test_a_weekday_a_day_off_does_not_move_tomorrows_date_a_year_back():
    # "the prime minister begins on Wednesday 14 March a visit" in a story of Wednesday
    # 13 March 2013: 14 March 2013 is a Thursday, 2012's was a Wednesday; tomorrow it is
    pub = dt.date(2013, 3, 13)
    got = dates("يبدأ رئيس الوزراء الأربعاء 14 مارس زيارة إلى جوبا", pub)
    assert got == [("الأربعاء 14 مارس", dt.date(2013, 3, 14))]


def test_a_weekday_that_picks_the_year_nearer_publication_still_moves_it():
    # "the hall that hosted the conference on Tuesday 12 June" (past verb) in a story of
    # Monday 11 June 2018: the past reading 2017-06-12 was a Monday; 2018-06-12, a day away,
    # is the Tuesday (unchanged)
    pub = dt.date(2018, 6, 11)
    got = dates("والقاعة التي استضافت المؤتمر الثلاثاء 12 يونيو قمة بين الزعيمين", pub)
    assert got == [("الثلاثاء 12 يونيو", dt.date(2018, 6, 12))]
