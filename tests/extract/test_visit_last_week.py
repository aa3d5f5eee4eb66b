"""A meeting held "الأسبوع الماضي" (last week) is reported when the article's lead tells it as its news
(visits.last_week, read by timing.visit_kind); told in a relative clause or recalled deeper in the
text it stays an earlier meeting. Texts invented, the whole lexicon."""
import datetime as dt

from tests.extract.test_visits_detect import mention_rows

DAY = dt.date(2019, 4, 6)  # a Saturday
PAIR = ("Emmanuel Macron", "Mohammed VI of Morocco")


def kinds(text):
    return [(r["kind"], r["visitor"], r["host"]) for r in mention_rows(text, DAY)]


def test_a_meeting_last_week_the_lead_reveals_is_reported():
    # "an informed source said President Macron met King Mohammed VI last week in Rabat"
    text = "ذكر مصدر مطلع أن الرئيس الفرنسي ماكرون التقى الملك محمد السادس الأسبوع الماضي في الرباط لبحث ملف الهجرة."
    assert kinds(text) == [("reported", *PAIR)]


def test_a_meeting_last_week_in_the_leads_relative_clause_stays_earlier():
    text = "قال الرئيس الفرنسي ماكرون الذي التقى الملك محمد السادس الأسبوع الماضي إن الهجرة ملف مهم."
    assert kinds(text) == [("referenced", *PAIR)]


def test_a_meeting_last_week_recalled_after_the_lead_stays_earlier():
    text = ("قال الرئيس الفرنسي ماكرون اليوم إن الهجرة ملف مهم. وأضاف أن البلدين يعملان معا. "
            "والتقى ماكرون الملك محمد السادس الأسبوع الماضي في الرباط.")
    assert kinds(text) == [("referenced", *PAIR)]
