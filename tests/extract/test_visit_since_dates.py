"""A since-phrase after the meeting word dates the start of a period, not the meeting (visits.since).
Invented sentences, the stand-in lexicon of test_visits."""
import datetime as dt

from tests.extract.test_visit_dates import run_dated

PUB = dt.date(2019, 4, 3)  # a Wednesday


def rows_of(text):
    return [(r["kind"], r["visitor"], r["host"], r["date"]) for r in run_dated(text, PUB)]


def test_a_year_ending_a_since_noun_phrase_after_the_meeting_is_not_its_date():
    """"التقى بوتين الأسد في سوتشي التي تستضيف المحادثات منذ وقف القتال بين الطرفين سنة 2017" (met in Sochi,
    which has hosted the talks since the fighting stopped in 2017): 2017 is the ceasefire's; the meeting
    stays news, undated."""
    text = "التقى بوتين الأسد في سوتشي التي تستضيف المحادثات منذ وقف القتال بين الطرفين سنة 2017."
    assert rows_of(text) == [("reported", "Bashar al-Assad", "Vladimir Putin", None)]


def test_a_since_noun_phrase_before_the_meeting_word_is_not_closed_by_this_rule():
    """Negative: the since-phrase opens the sentence ("ومنذ وقف القتال سنة 2017، التقى بوتين الأسد مرتين",
    since the fighting stopped in 2017, Putin met Assad twice): the rule reads only one trailing the
    meeting word, the sentence tells earlier meetings."""
    text = "ومنذ وقف القتال بين الطرفين سنة 2017، التقى بوتين الأسد في سوتشي مرتين."
    assert [r[0] for r in rows_of(text)] == ["referenced"]


def test_a_day_right_after_the_meeting_dates_it_and_the_since_year_adds_no_earlier_meeting():
    """"التقى بوتين الأسد في سوتشي الثلاثاء في قاعة تستضيف المحادثات منذ ... سنة 2017" keeps Tuesday, and
    2017 no longer makes a second, earlier meeting of the same sentence."""
    text = "التقى بوتين الأسد في سوتشي الثلاثاء في قاعة تستضيف المحادثات منذ وقف القتال بين الطرفين سنة 2017."
    assert rows_of(text) == [("reported", "Bashar al-Assad", "Vladimir Putin", dt.date(2019, 4, 2))]


def test_talks_running_since_a_named_month_are_no_meeting_of_the_day():
    """"وجاء الاتفاق بين أردوغان وبوتين عقب محادثات منذ يناير" (the deal came after talks since January):
    the since-phrase names the month the talks began, a process running weeks back, not a meeting the
    article reports; the pair is only referenced."""
    text = "ووصلت أولى الشحنات الثلاثاء، وجاء الاتفاق بين أردوغان وبوتين عقب محادثات منذ يناير."
    assert [r[:3] for r in rows_of(text)] == [("referenced", "Recep Tayyip Erdogan", "Vladimir Putin")]


def test_a_month_name_with_its_modifier_after_since_reads_the_same():
    """"منذ كانون الثاني الماضي" (since last January, the Levantine name and its modifier): referenced too."""
    text = "ووصلت أولى الشحنات الثلاثاء، وجاء الاتفاق بين أردوغان وبوتين عقب مباحثات منذ كانون الثاني الماضي."
    assert [r[0] for r in rows_of(text)] == ["referenced"]


def test_the_first_meeting_since_a_named_month_stays_news():
    """Negative: "في أول لقاء منذ يناير" (in the first meeting since January) is the meeting the article
    reports, dated by its own weekday; the month dates the earlier one only."""
    text = "التقى أردوغان بوتين في موسكو الثلاثاء في أول لقاء منذ يناير."
    assert ("reported", "Recep Tayyip Erdogan", "Vladimir Putin", dt.date(2019, 4, 2)) in rows_of(text)


def test_talks_with_no_since_phrase_stay_news():
    """Negative: the same sentence without the since-phrase ("عقب محادثات في موسكو", after talks in Moscow)
    keeps the talks as the news."""
    text = "ووصلت أولى الشحنات الثلاثاء، وجاء الاتفاق بين أردوغان وبوتين عقب محادثات في موسكو."
    assert [r[0] for r in rows_of(text)] == ["reported"]
