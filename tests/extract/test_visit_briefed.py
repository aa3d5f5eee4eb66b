"""A leader briefed on talks ("سيطلع X على نتائج مباحثات Y") is no side of them
(visits.officials.briefed_on). Invented sentences, the stand-in lexicon of test_visits."""
from tests.extract.test_visits import run


def reported(rows):
    return [(r["visitor"], r["host"]) for r in rows if r["kind"] == "reported"]


def test_a_leader_to_be_briefed_on_anothers_talks_is_not_their_side():
    # "the minister will brief al-Assad on the results of Putin's talks in Cairo"
    assert reported(run("وقال المتحدث إن الوزير سيطلع الأسد على نتائج مباحثات بوتين في القاهرة.")) == []
    # ... briefed (past): the same
    assert reported(run("وأطلع الوزير الأسد على نتائج مباحثات بوتين في القاهرة.")) == []


def test_talks_held_then_a_briefing_keep_the_meeting():
    # "Putin met al-Assad in Damascus and briefed him on the results of his talks in Cairo"
    assert reported(run("والتقى بوتين الأسد في دمشق أمس وأطلعه على نتائج مباحثاته في القاهرة.")) == [
        ("Vladimir Putin", "Bashar al-Assad")]
    # talks "on" a topic with both named are theirs: "talks between Putin and al-Assad on the results"
    assert reported(run("وعقد بوتين مباحثات مع الأسد في دمشق أمس ركزت على نتائج المؤتمر.")) == [
        ("Vladimir Putin", "Bashar al-Assad")]


def test_leaders_to_be_briefed_by_a_verbal_noun_are_not_the_meetings_sides():
    # "the two ministers agreed to brief Putin and al-Assad on the meeting's results" (إطلاع, the verbal noun)
    assert reported(run("واتفق الوزيران على إطلاع بوتين والأسد على نتائج اللقاء.")) == []
    assert reported(run("وطالب المجلس بإحاطة بوتين والأسد على نتائج المباحثات.")) == []


def test_leaders_who_met_are_sides_of_the_meeting_whose_results_they_announced():
    # no briefing word: the two named before "اللقاء" after their own meeting verb hold it
    assert reported(run("والتقى بوتين الأسد في دمشق أمس، وأعلن الزعيمان نتائج اللقاء.")) == [
        ("Vladimir Putin", "Bashar al-Assad")]


def test_leaders_informed_of_talks_by_bi_are_not_their_sides():
    # "the minister informed Putin and al-Assad of the talks' results" ("بنتائج", of the results, not "على")
    assert reported(run("وقام الوزير بإبلاغ بوتين والأسد بنتائج المباحثات.")) == []


def test_leaders_who_praised_the_results_of_their_talks_held_them():
    # "بنتائج" after a praise verb, no briefing word: the two held the talks
    assert reported(run("وأشاد بوتين والأسد بنتائج المباحثات التي عقداها في دمشق أمس.")) == [
        ("Vladimir Putin", "Bashar al-Assad")]
