"""Precision on text nobody tuned to: meetings considered, expected or retold weeks later
are never `reported`. Invented sentences, the stand-in lexicon of test_visits."""
import datetime as dt

import pytest

from tests.extract.test_visits import D, run


def reported(rows):
    return [(r["visitor"], r["host"]) for r in rows if r["kind"] == "reported"]


@pytest.mark.parametrize("text", [
    "وذكر الكرملين أنه يفكر في عقد قمة جديدة بين بوتين وأردوغان في موسكو.",  # is considering
    "وفاجأ بوتين الجميع باقتراحه لقاء مع أردوغان في سوتشي دون شروط.",  # by his proposal
])
def test_a_meeting_only_considered_or_proposed_is_not_reported(text):
    assert reported(run(text)) == []
    # the same sentence with the meeting held is reported
    held = text.replace("يفكر في عقد", "عقد").replace("وفاجأ بوتين الجميع باقتراحه لقاء", "وعقد بوتين لقاء")
    assert reported(run(held)) != []


@pytest.mark.parametrize("text", [
    "وتتجه الأنظار إلى موسكو حيث يرتقب أن يعقد بوتين قمة مع أردوغان.",  # is expected to hold
    "وتتجه الأنظار إلى القمة التي سيعقدها بوتين مع أردوغان في سوتشي.",  # that he will hold
])
def test_a_meeting_expected_or_to_be_held_is_planned(text):
    rows = run(text)
    assert reported(rows) == []
    assert [(r["visitor"], r["host"], r["planned"]) for r in rows if r["kind"] == "referenced"] != []


def test_a_summit_dated_weeks_before_is_not_news_when_retold_by_a_noun():
    # a July article: the summit was in May; later sentences name it with bare nouns
    text = ("والتقى بوتين أردوغان في سوتشي في مايو الماضي. "
            "وقالت الوكالة إن الاتفاق الذي وقع خلال القمة بين بوتين وأردوغان لم يطبق بعد. "
            "وخلال لقائهما، بحث بوتين وأردوغان الوضع في سوريا.")
    may = text.find("مايو")
    rows = run(text, dt.date(2023, 7, 10), dates=[D(may, may + 4, "مايو", dt.date(2023, 5, 1), "month", "month")])
    assert reported(rows) == []
    assert {r["kind"] for r in rows} == {"referenced"}
    assert dt.date(2023, 5, 1) in {r["date"] for r in rows}


def test_a_meeting_told_with_its_own_verb_stays_news_after_an_earlier_one():
    # today's talks are told with a verb; the earlier May summit does not swallow them
    text = ("التقى بوتين أردوغان في سوتشي الثلاثاء. "
            "وكان الرئيسان قد التقيا في موسكو في مايو الماضي.")
    may = text.find("مايو")
    tue = text.find("الثلاثاء")
    rows = run(text, dt.date(2023, 7, 11), dates=[D(tue, tue + 8, "الثلاثاء", dt.date(2023, 7, 11), "day", "weekday"),
                                                    D(may, may + 4, "مايو", dt.date(2023, 5, 1), "month", "month")])
    assert reported(rows) == [("Recep Tayyip Erdogan", "Vladimir Putin")]


def test_talks_that_are_a_ministers_trip_purpose_are_not_the_leaders():
    text = "وقال بوتين إن العلاقات جيدة، مع توجه وزير الخارجية لافروف إلى دمشق لإجراء محادثات مع الأسد."
    assert reported(run(text)) == []
    # the leader's own trip with the same purpose is his visit
    assert reported(run("وصل بوتين إلى دمشق لإجراء محادثات مع الأسد.")) == [("Vladimir Putin", "Bashar al-Assad")]


def test_a_previous_visit_dated_weeks_before_does_not_swallow_the_current_one():
    # "during Erdogan's previous visit to Russia last May": another visit than today's
    text = ("وتزامنت الضربة مع زيارة أردوغان إلى موسكو ومباحثاته مع بوتين. "
            "وخلال الزيارة السابقة لأردوغان إلى روسيا في مايو الماضي، وقعت ضربات مماثلة.")
    may = text.find("مايو")
    rows = run(text, dt.date(2023, 7, 12), dates=[D(may, may + 4, "مايو", dt.date(2023, 5, 1), "month", "month")])
    assert reported(rows) == [("Recep Tayyip Erdogan", "Vladimir Putin")]


@pytest.mark.parametrize("text", [
    "وقال أردوغان إن لقاءه مع بوتين في سوتشي قد يكون أسهل من غيره.",  # may be easier
    "يستعد أردوغان لقمة تجمعه ببوتين في سوتشي.",  # prepares for a summit
])
def test_a_meeting_talked_about_ahead_is_not_reported(text):
    assert reported(run(text)) == []


def test_a_meeting_after_before_is_on_the_next_weekday():
    # published on Friday 17 March: "before his meeting on Monday" is Monday 20 March, planned
    text = "وخطط أردوغان لقضاء عطلة في أنطاليا قبل اجتماعه الاثنين مع بوتين."
    rows = run(text, dt.date(2023, 3, 17))
    assert [(r["kind"], r["planned"], r["date"]) for r in rows] == [("referenced", True, dt.date(2023, 3, 20))]


def test_may_be_in_another_clause_leaves_the_visit_reported():
    # "Erdogan's visit to Moscow shows how strong ties are, and trade may be the clearest sign"
    text = "تبرز زيارة أردوغان إلى موسكو ولقاؤه مع بوتين متانة العلاقات، وقد يكون حجم التبادل أوضح مثال."
    assert reported(run(text)) == [("Recep Tayyip Erdogan", "Vladimir Putin")]


@pytest.mark.parametrize("text", [
    "وتحدث السيسي عن زيارة محتملة لأردوغان إلى موسكو.",  # a possible visit (indefinite)
    "وكان بوتين قد أعلن استعداده للقاء أردوغان دون شروط.",  # his readiness to meet
])
def test_a_possible_visit_or_a_readiness_to_meet_is_not_reported(text):
    assert reported(run(text)) == []



def test_a_summit_scheduled_after_a_noun_is_planned():
    # "Lavrov's visit comes shortly before a scheduled summit between Putin and Erdogan"
    rows = run("تأتي زيارة لافروف قبيل قمة مقررة بين بوتين وأردوغان في سوتشي.")
    assert reported(rows) == [] and [r["planned"] for r in rows] == [True]
