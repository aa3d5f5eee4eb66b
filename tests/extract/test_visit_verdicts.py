"""A visit noun whose predicate is a verdict on it ("رسخت العلاقات", cemented the relations) is a
visit behind the news (visits.retold, grammar.yaml visit_outcome_predicates). Invented sentences,
the stand-in lexicon of test_visits."""
import pytest

from tests.extract.test_visits import run


def kinds(rows):
    return [(r["visitor"], r["host"], r["kind"]) for r in rows]


@pytest.mark.parametrize("text", [
    # "the ambassador explained that al-Assad's visit to Egypt cemented the relations ... and bore fruit"
    "وأوضح السفير أن زيارة الأسد لمصر ولقاءه السيسي رسخت العلاقات بين البلدين وأثمرت عن اتفاقيات.",
    # "... consolidated the partnership"
    "وقال الوزير إن زيارة الأسد لمصر ولقاءه السيسي وطدت الشراكة بين البلدين.",
])
def test_a_visit_said_to_have_cemented_relations_is_retold(text):
    assert kinds(run(text)) == [("Bashar al-Assad", "Abdel Fattah el-Sisi", "referenced")]


def test_a_visit_under_way_that_aims_to_cement_relations_stays_news():
    # "al-Assad arrived in Cairo today and met Sisi, in a visit that aims to cement the relations"
    text = "وصل الأسد إلى القاهرة اليوم والتقى السيسي في زيارة تهدف إلى ترسيخ العلاقات بين البلدين."
    assert kinds(run(text)) == [("Bashar al-Assad", "Abdel Fattah el-Sisi", "reported")]


@pytest.mark.parametrize("text", [
    # "the spokesman said that al-Assad's visit is void and changes none of Egypt's historical facts": the
    # country after the verdict is no destination, the visit no news
    "وقال المتحدث إن زيارة الأسد باطلة ولا تغير الحقائق التاريخية لمصر.",
    # "... that al-Assad's visit to Egypt is provocative"
    "وأكد المتحدث أن زيارة الأسد لمصر ولقاءه السيسي استفزازية.",
])
def test_a_visit_called_void_or_provocative_is_a_verdict_not_news(text):
    assert kinds(run(text)) == [("Bashar al-Assad", "Abdel Fattah el-Sisi", "referenced")]


def test_a_visit_framed_by_its_spokesman_stays_news_beside_a_verdict_word_later():
    """Negative: "the spokesman affirmed that al-Assad's visit to Egypt comes to cement relations, and that
    the talk of a void agreement is wrong": the verdict word belongs to a later clause."""
    text = "وأكد المتحدث أن زيارة الأسد لمصر ولقاءه السيسي تأتي لتعزيز العلاقات، وأن الحديث عن اتفاق باطل خاطئ."
    assert kinds(run(text)) == [("Bashar al-Assad", "Abdel Fattah el-Sisi", "reported")]
