"""A leader named "رفقة" (in the company of) the doer of a visit goes with him, like "برفقة"
(visits.reach, lexicon companion_cues): he is no host of the doer's visit to a venue. A leader
past a cause after the visit word ("بسبب", because of; lexicon cause_links) is the cause's, no side.
Invented sentences, the stand-in lexicon of test_visits."""
import pytest

from tests.extract.test_visits import run


def reported(rows):
    return [(r["visitor"], r["host"]) for r in rows if r["kind"] == "reported"]


@pytest.mark.parametrize("text", [
    # "Sisi, in the company of the Russian president Putin, visited an arms fair in Cairo": Putin is Sisi's guest
    "زار السيسي رفقة الرئيس الروسي بوتين معرضا للسلاح في القاهرة.",
])
def test_a_leader_in_the_company_of_a_visits_doer_is_not_visited_by_him(text):
    assert ("Abdel Fattah el-Sisi", "Vladimir Putin") not in reported(run(text))


@pytest.mark.parametrize("text", [
    # the companion in his own country escorts the doer (a place of his country named): still his host
    "زار السيسي رفقة الرئيس الروسي بوتين معرضا للسلاح في موسكو.",
    # a minister in the company of the doer; the leader met after it is the host
    "زار السيسي موسكو رفقة وزير خارجيته والتقى بوتين.",
    "وصل السيسي إلى موسكو رفقة وزير الخارجية وعقد محادثات مع بوتين.",
])
def test_a_visit_made_in_company_keeps_its_host(text):
    assert reported(run(text)) == [("Abdel Fattah el-Sisi", "Vladimir Putin")]


def test_a_companion_named_before_the_visit_noun_is_still_the_guest():
    # "Sisi, in the company of the Russian president Putin, made a visit to the car factory in Cairo"
    text = "قام السيسي رفقة الرئيس الروسي بوتين بزيارة لمصنع السيارات في القاهرة."
    assert reported(run(text)) == [("Vladimir Putin", "Abdel Fattah el-Sisi")]


@pytest.mark.parametrize("text", [
    # "Putin's first visit saw angry protests because of Moscow's support for the Syrian president Assad"
    "قالت صحيفة فرنسية إن أول زيارة لبوتين شهدت احتجاجات غاضبة بسبب دعم الكرملين للرئيس السوري الأسد في الحرب.",
    "وأضافت أن زيارة بوتين شهدت مظاهرات غاضبة جراء دعم الكرملين للرئيس السوري الأسد.",
])
def test_a_leader_past_a_cause_after_the_visit_word_is_no_host(text):
    assert ("Vladimir Putin", "Bashar al-Assad") not in reported(run(text))


def test_a_cause_after_the_host_leaves_the_visit_its_host():
    # "Putin's visit to Damascus to meet Assad saw protests because of the situation": Assad stands before the cause
    text = "وقالت الصحيفة إن زيارة بوتين إلى دمشق للقاء الأسد أمس شهدت احتجاجات بسبب الأوضاع."
    assert reported(run(text)) == [("Vladimir Putin", "Bashar al-Assad")]
