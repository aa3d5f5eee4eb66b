"""The two owners of a dual meeting noun in construct (tasks/extract/visits/objects.py dual_owners): "قمتي X وY"
(the summits of X and of Y) tells two summits, each owner's with a third leader, not a meeting of X and Y; the third
named by "مع" right after them is the first owner's side. A singular noun, a dual with "بين" (between) and a second
owner who is not the next leader keep their pairs. Invented sentences, the whole lexicon."""
import datetime as dt

from tests.extract.test_visits_detect import mention_rows

DAY = dt.date(2018, 5, 2)


def _pairs(text):
    return sorted((r["kind"], r["visitor"], r["host"]) for r in mention_rows(text, DAY))


def test_the_two_owners_of_a_dual_summit_noun_are_no_pair():
    # "Japan welcomed the preparations for the two summits of South Korea's president Moon Jae-in and US president
    # Donald Trump"
    text = ("رحبت اليابان بالتحضيرات الجارية لقمتي الرئيس الكوري الجنوبي مون جيه إن والرئيس الأمريكي دونالد ترامب، "
            "وقالت إنها تأمل في نزع السلاح النووي.")
    assert _pairs(text) == []


def test_the_two_owners_of_a_dual_meeting_noun_are_no_pair():
    # "observers followed closely the two meetings of Russian president Putin and Turkish president Erdogan"
    text = ("وتابع المراقبون باهتمام لقاءي الرئيس الروسي فلاديمير بوتين والرئيس التركي رجب طيب أردوغان، "
            "وسط توقعات بتغير المواقف من الأزمة.")
    assert _pairs(text) == []


def test_the_leader_with_whom_both_summits_are_held_is_the_first_owners_side():
    # "... the two summits of Moon and Trump with North Korean leader Kim Jong-un"
    text = ("رحبت اليابان بالتحضيرات الجارية لقمتي الرئيس الكوري الجنوبي مون جيه إن والرئيس الأمريكي دونالد ترامب "
            "مع الزعيم الكوري الشمالي كيم جونغ أون.")
    assert ("Moon Jae-in", "Donald Trump") not in {(v, h) for _, v, h in _pairs(text)}
    assert {(v, h) for _, v, h in _pairs(text)} == {("Moon Jae-in", "Kim Jong-un")}


def test_a_singular_summit_of_two_leaders_stays_their_pair():
    # "Japan welcomed the summit of South Korea's president Moon and US president Trump in Washington yesterday"
    text = ("رحبت اليابان بقمة الرئيس الكوري الجنوبي مون جيه إن والرئيس الأمريكي دونالد ترامب في واشنطن أمس.")
    assert [(v, h) for _, v, h in _pairs(text)] == [("Moon Jae-in", "Donald Trump")]


def test_a_dual_summit_between_two_leaders_stays_their_pair():
    # "... the two summits between Moon and Trump in Washington"
    text = ("رحبت اليابان بالقمتين بين الرئيس الكوري الجنوبي مون جيه إن والرئيس الأمريكي دونالد ترامب في واشنطن أمس.")
    assert [(v, h) for _, v, h in _pairs(text)] == [("Moon Jae-in", "Donald Trump")]


def test_a_dual_noun_whose_named_partner_follows_another_owner_keeps_that_pair():
    # "China welcomed the two summits of Trump and Putin with Kim Jong-un": Trump and Kim read by the meeting rules,
    # Putin between them, so the two read are not the dual's two owners
    text = "رحبت الصين بقمتي ترامب وبوتين مع كيم جونغ أون."
    assert [(v, h) for _, v, h in _pairs(text)] == [("Donald Trump", "Kim Jong-un")]
