"""A leader named inside a relative clause that hangs on someone who is not a leader is not the
subject of the verb after the clause (visits.officials.past_relative_clause). Invented sentences,
the stand-in lexicon of test_visits."""
import pytest

from tests.extract.test_visits import run


def reported(rows):
    return [(r["visitor"], r["host"]) for r in rows if r["kind"] == "reported"]


@pytest.mark.parametrize("text", [
    # "a source said that Lavrov, who went with Putin on his tour, met al-Assad in Damascus"
    "قال مصدر إن لافروف الذي رافق بوتين في جولته التقى الأسد في دمشق أمس.",
    # ... "met in a closed meeting with al-Assad": the noun after the verb is the minister's too
    "قال مصدر إن لافروف الذي رافق بوتين في جولته وبقي في المنطقة التقى في اجتماع مغلق بالأسد في دمشق.",
    # ... "stayed in Damascus to meet al-Assad": the li- purpose noun after the clause
    "ولافروف الذي رافق بوتين في جولته، بقي في دمشق أمس للقاء الأسد.",
])
def test_a_leader_inside_an_officials_relative_clause_is_not_the_subject(text):
    assert reported(run(text)) == []


@pytest.mark.parametrize("text, pair", [
    # a "that" clause after the relative clause has its own subject
    ("قال لافروف الذي رافق بوتين إن الرئيس بوتين التقى الأسد في دمشق أمس.", ("Vladimir Putin", "Bashar al-Assad")),
    # the relative clause hangs on the leader: he is the one who arrived
    ("استقبل الأسد بوتين الذي وصل إلى دمشق أمس في زيارة رسمية.", ("Vladimir Putin", "Bashar al-Assad")),
    # the leader is named before the official's clause: the meeting is his
    ("التقى بوتين في دمشق أمس الأسد بحضور لافروف الذي رافقه في جولته.", ("Vladimir Putin", "Bashar al-Assad")),
    # the relative clause hangs on a summit, not on the official named further back: the leader after it met
    ("وقال المتحدث باسم الكرملين إنه في إطار القمة التي تعقد حاليا في دمشق ومشاركة بوتين فيها، فقد التقى بوتين "
     "بالأسد أمس.", ("Vladimir Putin", "Bashar al-Assad")),
])
def test_a_leaders_own_clause_or_a_that_clause_keeps_his_meeting(text, pair):
    assert reported(run(text)) == [pair]
