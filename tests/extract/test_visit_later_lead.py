"""A meeting days old told past a lead of a later day's news (visits.aside._later_lead): the lead
names both leaders, but its own day comes after the meeting's, so the meeting is recalled, not news.
Invented sentences, the real lexicon (tasks.extract.extract_article)."""
import datetime as dt
from collections import defaultdict

from tasks.extract import extract_article

FRIDAY = dt.date(2019, 4, 5)
PAIR = ("Emmanuel Macron", "Angela Merkel")
# "opponents said the remarks do not express the country's position"
MIDDLE = "وقال معارضون إن التصريحات لا تعبر عن موقف البلاد."


def _rows(text, published=FRIDAY):
    out = defaultdict(list)
    extract_article("a", text, published, out)
    return [(v["kind"], v["visitor"], v["host"], v["date"]) for v in out["visit_mentions"]]


def test_a_meeting_days_old_past_a_later_lead_naming_both_leaders_is_recalled():
    # "Macron faced sharp criticism at home on Thursday over remarks he made about Merkel" ... "and
    # Macron held talks last Monday with Merkel in Berlin": Thursday's criticism is the news
    lead = ("واجه الرئيس الفرنسي إيمانويل ماكرون انتقادات حادة في بلاده الخميس بسبب تصريحات أدلى بها عن "
            "المستشارة الألمانية أنغيلا ميركل.")
    talks = "وعقد ماكرون، الاثنين الماضي، محادثات مع ميركل في برلين تناولت ملف الهجرة."
    assert _rows(" ".join((lead, MIDDLE, talks))) == [("referenced", *PAIR, dt.date(2019, 4, 1))]


def test_a_lead_of_the_meetings_own_day_naming_both_leaders_keeps_it_news():
    # "Macron stressed before Merkel on Monday that ..." (a late record): the lead is the meeting's day
    lead = ("أكد الرئيس الفرنسي إيمانويل ماكرون أمام المستشارة الألمانية أنغيلا ميركل الاثنين أن أوروبا "
            "تواجه تحديات كبيرة.")
    talks = "وعقد ماكرون، الاثنين، محادثات مع ميركل في برلين تناولت ملف الهجرة."
    assert _rows(" ".join((lead, MIDDLE, talks))) == [("reported", *PAIR, dt.date(2019, 4, 1))]


def test_a_later_lead_with_no_day_of_its_own_keeps_the_meeting_news():
    # the lead names both leaders and no day: nothing says its news is later than Monday's talks
    lead = ("واجه الرئيس الفرنسي إيمانويل ماكرون انتقادات حادة في بلاده بسبب تصريحات أدلى بها عن "
            "المستشارة الألمانية أنغيلا ميركل.")
    talks = "وعقد ماكرون، الاثنين الماضي، محادثات مع ميركل في برلين تناولت ملف الهجرة."
    assert _rows(" ".join((lead, MIDDLE, talks))) == [("reported", *PAIR, dt.date(2019, 4, 1))]
