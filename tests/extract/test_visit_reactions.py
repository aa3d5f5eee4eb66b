"""A visit a sentence warns against or cites in an argument is not the sentence's news: "حذر من مغبة زيارة"
(warned of the consequences of the visit), "مستشهدا بزيارة" (citing the visit), "كما حدث في زيارة" (as happened during
the visit); the visit, told only so, is referenced (visits.retold, grammar.yaml example_leads, visit_stance_heads). A
visit protested while under way stays told by the protest. Invented sentences,
the stand-in lexicon of test_visits."""
import pytest

from tests.extract.test_visits import run

ASSAD_SISI = ("Bashar al-Assad", "Abdel Fattah el-Sisi")


def kinds(rows):
    return [(r["visitor"], r["host"], r["kind"]) for r in rows]


@pytest.mark.parametrize("text", [
    # "on another side, the movement warned of the consequences of al-Assad's visit" (no comma-less "آخر" saves it)
    "من جانب آخر، حذرت الحركة من مغبة زيارة الأسد لمصر ولقائه السيسي.",
    "وحذرت الحركة من مغبة زيارة الأسد لمصر ولقائه السيسي.",
])
def test_a_visit_only_warned_against_is_not_reported(text):
    assert kinds(run(text)) == [(*ASSAD_SISI, "referenced")]


@pytest.mark.parametrize("text", [
    # "dozens demonstrated before the Syrian embassy in protest at al-Assad's visit to Cairo and his meeting with Sisi"
    "وتظاهر العشرات أمام السفارة السورية احتجاجا على زيارة الأسد إلى القاهرة ولقائه السيسي.",
    # "the protesters in Alexandria denounced al-Assad's visit to Egypt": the verb, its subject, then the visit
    "وندد المحتجون في الإسكندرية بزيارة الأسد لمصر ولقائه السيسي.",
    # "the demonstrators chanted against al-Assad's visit"
    "وهتف المتظاهرون ضد زيارة الأسد لمصر ولقائه السيسي.",
])
def test_a_visit_protested_while_under_way_is_told_by_the_protest(text):
    """Tried as referenced and left out (session 19): whether a protested visit is news is its time, and a
    protest "against his visit and his meeting with Sisi" today tells a visit under way."""
    assert kinds(run(text)) == [(*ASSAD_SISI, "reported")]


@pytest.mark.parametrize("text", [
    # "the writer said the government repeats its mistakes, citing al-Assad's visit to Egypt"
    "وقال الكاتب إن الحكومة تكرر أخطاءها، مستشهدا بزيارة الأسد لمصر ولقائه السيسي.",
    # "he explained that the presidency did not announce the trip's details beforehand, as happened during al-Assad's visit"
    "وأوضح أن الرئاسة لم تعلن تفاصيل الرحلة مسبقا، كما حدث في زيارة الأسد لمصر ولقائه السيسي.",
    # "after the manner of al-Assad's visit to Egypt"
    "وطالب الكاتب بجولة خليجية على غرار زيارة الأسد لمصر ولقائه السيسي.",
    # "adding that the sign of that was Sisi's reception of al-Assad this week": evidence cited (visits.recalled)
    "وقال الموقع إن القاهرة تتقرب من دمشق، مضيفا أن العلامة على ذلك كانت استقبال السيسي الأسد هذا الأسبوع.",
    # "and the proof of that is al-Assad's visit to Egypt"
    "وقال الكاتب إن العلاقات تحسنت، والدليل على ذلك زيارة الأسد لمصر ولقاؤه السيسي.",
    # "the rapprochement between the two, which showed through al-Assad's visit to Egypt": the visit as its evidence
    "وجاءت التصريحات وسط الجدل حول التقارب بين البلدين، والذي ظهر من خلال زيارة الأسد لمصر ولقائه السيسي.",
    "وقال الكاتب إن التعاون بين البلدين تجلى في زيارة الأسد لمصر ولقائه السيسي.",
])
def test_a_visit_cited_in_an_argument_is_not_reported(text):
    assert kinds(run(text)) == [(*ASSAD_SISI, "referenced")]


@pytest.mark.parametrize("text", [
    # the arrival told as news stays reported beside the protest against it
    "وصل الأسد إلى القاهرة والتقى السيسي، بينما تظاهر العشرات أمام السفارة احتجاجا على زيارة الأسد لمصر.",
    # al-Assad denouncing terrorism during his visit: the visit frames his act, no protest against it
    "وندد الأسد خلال زيارته لمصر ولقائه السيسي بالإرهاب.",
    # a judging verb, its subject, then "during": the praise is told inside the visit, not on it
    "وأشاد الأسد خلال زيارته لمصر ولقائه السيسي بالتعاون بين البلدين.",
    # a reception told this week with no argument around it
    "واستقبل السيسي الأسد هذا الأسبوع في القاهرة.",
    # "during al-Assad's visit" with no comparison before it
    "وقال المتحدث إن اتفاقا وقع خلال زيارة الأسد لمصر ولقائه السيسي اليوم.",
    # "the rapprochement grew through al-Assad's visit today": "من خلال" alone cites nothing
    "وتعزز التقارب بين البلدين من خلال زيارة الأسد لمصر اليوم ولقائه السيسي.",
])
def test_a_visit_told_as_news_beside_a_protest_stays_reported(text):
    assert kinds(run(text)) == [(*ASSAD_SISI, "reported")]
