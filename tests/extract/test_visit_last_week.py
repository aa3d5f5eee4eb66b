"""A meeting held "الأسبوع الماضي" (last week) is reported when the article's lead tells it as its news
(visits.last_week, read by timing.visit_kind), so is a visit noun the lead's past act is framed by ("خلال
زيارة", during a visit); told in a relative clause or recalled deeper in the text it stays an earlier meeting. Texts invented, the whole lexicon."""
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


def test_a_visit_last_week_framing_the_leads_past_act_is_reported():
    # "a paper disclosed that President Macron had talks on migration in Morocco during an unannounced
    # visit late last week" (the visit noun, no visit verb)
    text = "كشفت صحيفة محلية أن الرئيس الفرنسي ماكرون أجرى محادثات حول الهجرة في المغرب خلال زيارة غير معلنة أواخر الأسبوع الماضي."
    assert kinds(text) == [("reported", *PAIR)]


def test_a_visit_last_week_framing_a_past_act_in_a_relative_clause_stays_earlier():
    # negative: "Macron, who had talks in Morocco during a visit last week, said that migration matters"
    text = "قال الرئيس الفرنسي ماكرون، الذي أجرى محادثات في المغرب خلال زيارة الأسبوع الماضي، إن الهجرة ملف مهم."
    assert kinds(text) == [("referenced", *PAIR)]


def test_a_visit_last_week_framing_a_background_act_stays_earlier():
    # negative: "Macron had had talks in Morocco during a visit last week" (كان قد, background)
    text = "وكان الرئيس الفرنسي ماكرون قد أجرى محادثات حول الهجرة في المغرب خلال زيارة الأسبوع الماضي."
    assert kinds(text) == [("referenced", *PAIR)]


def test_a_visit_last_week_framing_an_act_after_the_lead_stays_earlier():
    # negative: the same framed visit told in the second sentence, not the lead
    text = ("قال الرئيس الفرنسي ماكرون اليوم إن الهجرة ملف مهم. "
            "وأجرى ماكرون محادثات حول الهجرة في المغرب خلال زيارة الأسبوع الماضي.")
    assert kinds(text) == [("referenced", *PAIR)]
