"""Who travelled, for a meeting whose own sentence says nothing of who came: the first of his nation to travel
(visits.first_of_nation, "أول رئيس تركي تطأ قدماه ...") and the leader who leaves a place (visits.departures);
and a host's arrival to receive a guest (visits.things.abstract_arrival). Invented sentences, the stand-in lexicon
of test_visits (the real one for the host's arrival)."""
import datetime as dt

from tests.extract.test_visits import run
from tests.extract.test_visits_detect import mention_rows

SUMMIT = "عقد الرئيس الروسي بوتين قمة تاريخية مع الرئيس التركي أردوغان الجمعة. "


def pairs(rows):
    return [(r["visitor"], r["host"]) for r in rows if r["kind"] == "reported"]


def test_the_first_of_his_nation_to_set_foot_is_the_visitor():
    rows = run(SUMMIT + "وأصبح أردوغان أول رئيس تركي تطأ قدماه أرض الجزيرة منذ عقود.")
    assert pairs(rows) == [("Recep Tayyip Erdogan", "Vladimir Putin")]


def test_the_first_of_his_nation_to_cross_the_line_is_the_visitor():
    rows = run(SUMMIT + "وكان أردوغان أول زعيم تركي يعبر الخط الفاصل منذ نهاية الحرب.")
    assert pairs(rows) == [("Recep Tayyip Erdogan", "Vladimir Putin")]


def test_the_first_of_his_nation_works_either_way_round():
    rows = run(SUMMIT + "وأصبح بوتين أول رئيس روسي تطأ قدماه أرض الجزيرة منذ عقود.")
    assert pairs(rows) == [("Vladimir Putin", "Recep Tayyip Erdogan")]


def test_the_first_of_his_nation_to_speak_is_no_traveller():
    # no trip verb after the nation: the text order stands
    rows = run(SUMMIT + "وكان أردوغان أول رئيس تركي يعلن ذلك.")
    assert pairs(rows) == [("Vladimir Putin", "Recep Tayyip Erdogan")]


def test_the_first_of_his_nation_in_a_quote_is_no_traveller():
    rows = run(SUMMIT + "وقال معلق: «سيكون أردوغان أول رئيس تركي تطأ قدماه أرض الجزيرة».")
    assert pairs(rows) == [("Vladimir Putin", "Recep Tayyip Erdogan")]


# Leaders who leave a place (visits.departures): the one who leaves travelled.
TALKS = "أكد الرئيس السوري الأسد خلال لقائه الاثنين مع الرئيس الروسي بوتين ضرورة تحقيق تقدم. "


def test_the_leader_who_left_his_own_capital_is_the_visitor():
    # Moscow alone would make Putin the host (the places' country); he left it, so he travelled
    rows = run(TALKS + "وغادر بوتين موسكو فجر الاثنين.")
    assert pairs(rows) == [("Vladimir Putin", "Bashar al-Assad")]


def test_the_leader_who_left_after_a_short_visit_is_the_visitor():
    rows = run("أكد الرئيس الروسي بوتين خلال لقائه الاثنين مع الرئيس السوري الأسد، الذي غادر دمشق بعد زيارة "
               "قصيرة، ضرورة تحقيق تقدم.")
    assert pairs(rows) == [("Bashar al-Assad", "Vladimir Putin")]


def test_a_delegation_leaving_is_no_leaders_departure():
    # the delegation accompanying the president left Moscow: no departure of his; Moscow then counts as the venue
    rows = run(TALKS + "وغادر الوفد المرافق للرئيس الروسي بوتين موسكو فجر الاثنين.")
    assert pairs(rows) == [("Bashar al-Assad", "Vladimir Putin")]


# A leader's residence as the place of the talks (visits.residence): its owner hosts.
PRESS = "وقال بوتين في مؤتمر صحفي مشترك مع الأسد إن المحادثات كانت مثمرة. "


def test_the_owner_of_the_residence_the_talks_were_held_at_is_the_host():
    rows = run(PRESS + "وعقدت المحادثات في مقر الرئيس الروسي بوتين.")
    assert pairs(rows) == [("Bashar al-Assad", "Vladimir Putin")]


def test_a_protest_in_front_of_a_residence_says_nothing_of_the_host():
    # "أمام" (in front of) is no "في": the text order stands
    rows = run(PRESS + "وتظاهر العشرات أمام مقر الرئيس الروسي بوتين.")
    assert pairs(rows) == [("Vladimir Putin", "Bashar al-Assad")]


def _real_pairs(text):
    """Reported pairs with the real lexicon (tests.extract.test_visits_detect)."""
    return [(r["visitor"], r["host"]) for r in mention_rows(text, dt.date(2013, 2, 5)) if r["kind"] == "reported"]


def test_a_host_arriving_at_a_lounge_to_receive_a_guest_is_not_the_traveller():
    # "President Morsi arrived at the presidential lounge to receive the Iranian president Ahmadinejad"
    # (things.abstract_arrival, triggers.yaml greet_purposes): the arrival is the host's, the guest came
    text = "وصل الرئيس محمد مرسي إلى صالة رئاسة الجمهورية لاستقبال الرئيس الإيراني أحمدي نجاد."
    assert _real_pairs(text) == [("Mahmoud Ahmadinejad", "Mohamed Morsi")]


def test_a_guest_arriving_whom_the_host_received_stays_the_traveller():
    # negative: "Ahmadinejad arrived in Cairo, and Morsi was there to receive him": no purpose of greeting
    text = "وصل الرئيس الإيراني أحمدي نجاد إلى القاهرة اليوم، وكان الرئيس محمد مرسي في استقباله."
    assert _real_pairs(text) == [("Mahmoud Ahmadinejad", "Mohamed Morsi")]
