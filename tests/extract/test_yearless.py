"""The year of a day or month told without one (tasks/extract/yearless.py): the verb's tense picks the
occurrence on its side of publication unless the day on the other side lies within NEAR_DAYS of it;
a word after the date (المقبل, الماضي) and a month alone keep theirs. Invented sentences."""
import datetime as dt

from tasks.extract.dates import find_dates
from tasks.extract.yearless import NEAR_DAYS, month_year
from tests.extract.test_visits import run
from ziyarat.arabic import fold_with_map


def dates(text, published):
    return [d.date for d in find_dates(text, fold_with_map(text), published)]


def test_a_present_verb_with_a_day_just_gone_is_this_years():
    # "the Tunisian president visits Cairo on 30 April" in a story of 2 May: the news present of two days back
    assert dates("يزور الرئيس التونسي القاهرة في 30 أبريل لبحث ملف الحدود", dt.date(2021, 5, 2)) == [dt.date(2021, 4, 30)]
    # in words, read back from the month: "on the thirtieth of April"
    assert dates("يبحث الوزير في الثلاثين من أبريل ملف الحدود", dt.date(2021, 5, 2)) == [dt.date(2021, 4, 30)]
    # "this comes after the summit of 12 June" in a story of 3 July
    assert dates("ويأتي ذلك بعد قمة 12 يونيو بين الزعيمين", dt.date(2018, 7, 3)) == [dt.date(2018, 6, 12)]


def test_a_past_verb_with_a_day_just_ahead_is_this_years():
    # "threatened to call off the summit on 12 June" in a story of 22 May: three weeks ahead
    assert dates("وهددت الحكومة بإلغاء القمة في 12 يونيو", dt.date(2018, 5, 22)) == [dt.date(2018, 6, 12)]
    # a court session set for "12 March" told after a past verb in a story of 26 February
    assert dates("وأجلت المحكمة القضية إلى جلسة 12 مارس", dt.date(2013, 2, 26)) == [dt.date(2013, 3, 12)]


def test_the_tense_still_crosses_the_new_year():
    # past: "arrived in Cairo on 30 April" (2 May): this year's; "visited on 28 December" (2 January): last year's
    assert dates("وصل الرئيس إلى القاهرة في 30 أبريل", dt.date(2021, 5, 2)) == [dt.date(2021, 4, 30)]
    assert dates("زار الرئيس القاهرة في 28 ديسمبر", dt.date(2022, 1, 2)) == [dt.date(2021, 12, 28)]
    # future: "visits Cairo on 3 January" in a story of 28 December: next year's
    assert dates("يزور الرئيس القاهرة في 3 يناير", dt.date(2021, 12, 28)) == [dt.date(2022, 1, 3)]
    # future: "will visit on 2 January" in a story of 30 December is next year's, not a year back
    assert dates("سيزور الرئيس القاهرة في 2 يناير", dt.date(2021, 12, 30)) == [dt.date(2022, 1, 2)]


def test_a_marked_future_keeps_next_years_day():
    # "the pope will visit his predecessor on 28 February" in a story of 16 March: sa- marks it ahead
    assert dates("سيزور البابا سلفه في 28 فبراير في مقر إقامته", dt.date(2013, 3, 16)) == [dt.date(2014, 2, 28)]
    assert dates("ومن المقرر أن يصل الوفد في 10 مارس", dt.date(2013, 3, 16)) == [dt.date(2014, 3, 10)]
    # the bare imperfect beside it, the news present: this year's
    assert dates("يزور البابا سلفه في 28 فبراير في مقر إقامته", dt.date(2013, 3, 16)) == [dt.date(2013, 2, 28)]


def test_a_day_beyond_the_window_keeps_the_tenses_year():
    # past, 36 days ahead: a year back; future, 40 days back: next year
    assert dates("استقبل الملك ضيفه في 9 مايو", dt.date(2019, 4, 3)) == [dt.date(2018, 5, 9)]
    assert dates("يستقبل الملك ضيفه في 24 فبراير", dt.date(2019, 4, 3)) == [dt.date(2020, 2, 24)]
    assert month_year(5, 4, dt.date(2019, 4, 3), "past") == 2019  # 31 days ahead: the window's edge
    assert NEAR_DAYS == 31


def test_a_word_after_the_date_or_a_month_alone_is_not_moved():
    # "on 30 April next" in a story of 2 May: next year, the text says so
    assert dates("يزور الرئيس القاهرة في 30 أبريل المقبل", dt.date(2021, 5, 2)) == [dt.date(2022, 4, 30)]
    # "on 5 May last" in a story of 2 May: a year back
    assert dates("زار الرئيس القاهرة في 5 مايو الماضي", dt.date(2021, 5, 2)) == [dt.date(2020, 5, 5)]
    # a month alone after a future verb, the month before publication's: next year's
    assert dates("سيزور موسكو في فبراير", dt.date(2023, 3, 14)) == [dt.date(2024, 2, 1)]


def test_a_day_in_words_of_this_month_told_last_is_this_years():
    # "on the fifth of February last" in a story of 8 February: the day counts, not the month alone
    assert dates("وكان الوزير قد زار الرباط في الخامس من فبراير الماضي", dt.date(2013, 2, 8)) == [dt.date(2013, 2, 5)]
    # "on the sixth of February next" in a story of 1 February: this year's
    assert dates("تعقد القمة في السادس من فبراير المقبل", dt.date(2013, 2, 1)) == [dt.date(2013, 2, 6)]


def test_maghrebi_month_names_resolve_alike():
    # Moroccan يوليوز (July), Tunisian/Algerian جويلية and أوت, Levantine تموز: one month, one year
    pub = dt.date(2016, 7, 20)
    for name in ("يوليوز", "جويلية", "تموز", "يوليو"):
        assert dates(f"يزور الرئيس تونس في 18 {name}", pub) == [dt.date(2016, 7, 18)], name
    assert dates("يزور الرئيس تونس في 18 أوت", dt.date(2016, 8, 20)) == [dt.date(2016, 8, 18)]


def test_a_visit_told_in_the_present_two_days_on_is_reported_not_planned():
    text = "يزور أردوغان موسكو في 30 أبريل حيث يلتقي بوتين لبحث ملف الطاقة."
    pub = dt.date(2019, 5, 2)
    rows = run(text, pub, dates=find_dates(text, fold_with_map(text), pub))
    assert [(r["visitor"], r["host"], r["date"], r["planned"]) for r in rows if r["visitor"] == "Recep Tayyip Erdogan"] \
        == [("Recep Tayyip Erdogan", "Vladimir Putin", dt.date(2019, 4, 30), False)]
