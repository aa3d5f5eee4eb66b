"""A press conference told with its place before its "مع" (with) is a joint one (visits.press_place).
Invented sentences, the stand-in lexicon of test_visits."""
import datetime as dt

from tests.extract.test_visit_dates import run_dated

PUB = dt.date(2019, 4, 3)  # a Wednesday


def reported(text):
    return [(r["visitor"], r["host"], r["city"]) for r in run_dated(text, PUB) if r["kind"] == "reported"]


def test_a_press_conference_in_a_city_with_a_leader_is_their_meeting():
    """"قال بوتين خلال مؤتمر صحفي في موسكو مع أردوغان" (said at a press conference in Moscow with Erdogan)."""
    assert reported("وقال بوتين خلال مؤتمر صحفي في موسكو مع أردوغان إن العلاقات بين البلدين جيدة.") == [
        ("Recep Tayyip Erdogan", "Vladimir Putin", "Moscow")]


def test_a_press_conference_with_a_bi_place_before_its_with_is_their_meeting():
    """"في مؤتمر صحفي بالقاهرة مع بوتين" (at a press conference in Cairo with Putin): the place glued to bi-."""
    assert reported("وقال السيسي في مؤتمر صحفي بالقاهرة مع بوتين إن البلدين سيوسعان التعاون.") == [
        ("Vladimir Putin", "Abdel Fattah el-Sisi", "Cairo")]


def test_a_leaders_own_press_conference_with_a_later_with_is_no_meeting():
    """Negative: "في مؤتمر صحفي في موسكو إن الاتفاق مع أردوغان قريب" (at a press conference in Moscow, that
    the deal with Erdogan is near): the "مع" is not right after the place; one leader speaks alone."""
    assert reported("وقال بوتين في مؤتمر صحفي في موسكو إن الاتفاق مع أردوغان قريب.") == []
