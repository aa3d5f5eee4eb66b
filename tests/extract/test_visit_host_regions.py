"""A region of one side's country, named where two leaders meet, says who hosted: a US state
("في فلوريدا", in Florida) is the US president's country, so his guest travelled; a region is
never the row's city. Texts are invented; the real lexicon reads them."""
import datetime as dt

import pytest

pytest.importorskip("tasks.extract.entities")

from tests.extract.test_visits_detect import reported_rows  # noqa: E402

PUB = dt.date(2018, 4, 18)


def sides(text: str) -> list[tuple]:
    return [(r["visitor"], r["host"], r["city"]) for r in reported_rows(text, PUB)]


def test_a_press_conference_in_a_us_state_makes_the_us_president_the_host():
    # "مؤتمر صحافي مشترك مع آبي في فلوريدا": Florida is the host's; the text order alone made Trump the visitor
    text = ("وقال الرئيس الأمريكي دونالد ترامب خلال مؤتمر صحافي مشترك مع رئيس الوزراء الياباني شينزو آبي "
            "في فلوريدا إن المحادثات كانت جيدة.")
    assert sides(text) == [("Shinzo Abe", "Donald Trump", None)]
    # California too
    assert sides(text.replace("في فلوريدا", "في ولاية كاليفورنيا")) == [("Shinzo Abe", "Donald Trump", None)]


def test_a_us_state_named_for_something_else_leaves_a_meeting_in_tokyo_alone():
    # negative: the meeting is in Tokyo; a storm in Florida orients nothing
    text = ("وقال الرئيس الأمريكي دونالد ترامب خلال مؤتمر صحافي مشترك مع رئيس الوزراء الياباني شينزو آبي "
            "في طوكيو إن المحادثات كانت جيدة.")
    assert sides(text) == [("Donald Trump", "Shinzo Abe", "Tokyo")]
    text2 = text.replace("جيدة.", "جيدة، فيما ضرب إعصار ولاية فلوريدا.")
    assert sides(text2) == [("Donald Trump", "Shinzo Abe", "Tokyo")]
