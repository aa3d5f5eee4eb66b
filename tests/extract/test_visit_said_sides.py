"""What a speaker said at a meeting names neither its sides nor, after a reception word, its place
(visits.sayings.said_sides, visits.address.speech_place through sayings.said_after).
Invented sentences, the stand-in lexicon of test_visits."""
from tests.extract.test_visits import run


def pairs(rows):
    return sorted((r["visitor"], r["host"], r["city"]) for r in rows if r["kind"] == "reported")


def test_a_leader_named_in_what_was_said_at_a_two_sided_press_conference_is_no_side():
    """"قال أردوغان في مؤتمر صحفي مع نظيره بوتين عقب مباحثاته إن الأسد يجب أن يرحل" (Erdogan said at a
    press conference with Putin that al-Assad must go): al-Assad met nobody."""
    text = "وقال أردوغان، في مؤتمر صحفي مشترك مع نظيره بوتين عقب مباحثاته، إن الأسد يجب أن يرحل."
    assert pairs(run(text)) == [("Recep Tayyip Erdogan", "Vladimir Putin", None)]


def test_the_only_other_leader_named_in_what_was_said_still_is_a_side():
    """One leader before the meeting word: the one in the saying may be his partner, as before."""
    text = "وقال أردوغان في ختام مباحثاته في سوتشي إن بوتين وعد بدعم المشروع."
    assert pairs(run(text)) == [("Recep Tayyip Erdogan", "Vladimir Putin", "Sochi")]


def test_a_place_in_what_the_guest_said_after_a_reception_keeps_the_receiver_the_host():
    """"وأضاف الأسد عقب استقبال بوتين له أن العمالة الروسية بدمشق ..." (al-Assad added, after Putin received
    him, that the Russian workers in Damascus ...): Damascus is what he spoke of, Putin hosted."""
    text = "وأضاف الأسد، خلال مؤتمر صحفي عقد عقب استقبال بوتين له، أن العمالة الروسية بدمشق تم بحث أوضاعها."
    assert pairs(run(text)) == [("Bashar al-Assad", "Vladimir Putin", None)]


def test_a_place_of_the_reception_before_the_saying_is_still_its_city():
    text = "وأضاف الأسد عقب استقبال بوتين له في موسكو أن الأوضاع مستقرة."
    assert pairs(run(text)) == [("Bashar al-Assad", "Vladimir Putin", "Moscow")]


def test_a_place_in_what_was_said_after_a_meeting_word_still_settles_the_roles():
    """A press conference "مع" (with) says nobody travelled: the speaker's own country in his words is
    the clue the rule leaves alone."""
    text = "وأضاف الأسد، في المؤتمر الصحفي مع بوتين، أن الأوضاع في دمشق مستقرة."
    assert pairs(run(text)) == [("Vladimir Putin", "Bashar al-Assad", None)]
