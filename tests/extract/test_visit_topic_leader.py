"""A leader named as the owner of a decision ("قرارات الرئيس التركي أردوغان", the Turkish
president Erdogan's decisions) past his title is the topic of others' meeting, not at it.
Invented sentences, the stand-in lexicon of test_visits."""
import pytest

from tests.extract.test_visits import run


def pairs(rows):
    return sorted((r["visitor"], r["host"], r["kind"]) for r in rows)


@pytest.mark.parametrize("text", [
    # "Putin held a summit in Moscow overshadowed by the latest decisions of the Turkish president Erdogan"
    "وعقد بوتين قمة في موسكو طغت عليها قرارات الرئيس التركي أردوغان الأخيرة.",
    # "Putin was speaking at the opening of a summit of Central Asian states, preceded by a working dinner in
    # Moscow overshadowed by the decisions of the Turkish president Erdogan"
    "وكان بوتين يلقي كلمة في افتتاح قمة بين دول آسيا الوسطى سبقها عشاء عمل في موسكو طغت عليه قرارات الرئيس التركي أردوغان.",
    # "... talks in Moscow on the consequences of the decision of the Egyptian president al-Sisi"
    "وأجرى بوتين محادثات في موسكو حول تبعات قرار الرئيس المصري السيسي رفع الأسعار.",
])
def test_a_leader_whose_decisions_are_talked_about_past_his_title_is_not_the_counterpart(text):
    assert [p for p in pairs(run(text)) if p[2] == "reported"] == []


@pytest.mark.parametrize("text, pair", [
    # the leader himself, titled, is still the counterpart
    ("وعقد بوتين قمة مع الرئيس التركي أردوغان في موسكو.", ("Recep Tayyip Erdogan", "Vladimir Putin")),
    # his decisions after his name: he is there
    ("وأعلن الرئيس التركي أردوغان قرارات جديدة بعد لقائه بوتين في موسكو.", ("Recep Tayyip Erdogan", "Vladimir Putin")),
    # "the decision of the visit of the Egyptian president": the visit is decided, not his own decision
    ("وزار الرئيس المصري السيسي موسكو والتقى بوتين بعد قرار الزيارة.", ("Abdel Fattah el-Sisi", "Vladimir Putin")),
])
def test_a_titled_leader_at_the_meeting_stays_the_counterpart(text, pair):
    assert [p[:2] for p in pairs(run(text)) if p[2] == "reported"] == [pair]
