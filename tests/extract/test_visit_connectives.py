"""A discourse connective that ends in "آخر" (another) before a comma opens another story: "في سياق آخر،
استقبل السيسي الأسد" (in another context, Sisi received al-Assad) tells the news, not an earlier meeting,
though "آخر" is also the "last" of "آخر لقاء" (the last meeting), a past_reference cue (timing._after_something_else,
triggers.yaml another_leads). Invented sentences, the stand-in lexicon of test_visits."""
import pytest

from tests.extract.test_visits import run


def kinds(rows):
    return [(r["visitor"], r["host"], r["kind"]) for r in rows]


@pytest.mark.parametrize("text", [
    "في سياق آخر، استقبل السيسي الأسد في القاهرة.",  # in another context
    "وعلى صعيد آخر، استقبل السيسي الأسد في القاهرة.",  # on another level
    "ومن جانب آخر، استقبل السيسي الأسد في القاهرة.",  # on another side
])
def test_a_reception_after_another_context_is_reported(text):
    assert kinds(run(text)) == [("Bashar al-Assad", "Abdel Fattah el-Sisi", "reported")]


def test_the_last_meeting_stays_an_earlier_one():
    # "and the last meeting that brought Sisi and al-Assad together was in Cairo": no comma, "the last"
    assert [k for *_, k in kinds(run("وكان آخر لقاء جمع السيسي والأسد في القاهرة."))] == ["referenced"]
