"""Two leaders shown together with no meeting word: one speaks "with the other beside him" ("وإلى جانبه", triggers.yaml
beside) or the two are the dual subject of a visit to a site ("يزوران", "يتفقدان": triggers.yaml together_past).
Invented sentences, the stand-in lexicon of test_visits."""
import datetime as dt

from tests.extract.test_visit_dates import run_dated

PUB = dt.date(2019, 4, 3)  # a Wednesday


def reported(text):
    return [(r["visitor"], r["host"], r["city"]) for r in run_dated(text, PUB) if r["kind"] == "reported"]


def test_a_leader_speaking_with_another_beside_him_met_him():
    """"قال بوتين للصحفيين في موسكو وإلى جانبه أردوغان" (Putin told reporters in Moscow with Erdogan beside him):
    the host is the one whose city it is."""
    assert reported("وقال بوتين للصحفيين في موسكو الثلاثاء وإلى جانبه أردوغان إن العلاقات بين البلدين جيدة.") == [
        ("Recep Tayyip Erdogan", "Vladimir Putin", "Moscow")]
    assert reported("وقال السيسي للصحفيين بالقاهرة وبجانبه بوتين إن التعاون سيتوسع.") == [
        ("Vladimir Putin", "Abdel Fattah el-Sisi", "Cairo")]


def test_besides_or_a_group_beside_a_leader_is_no_pair():
    """Negative: "إلى جانب التعاون مع أردوغان" (in addition to cooperation with Erdogan) names no one beside him, and
    "وإلى جانبه قادة" (with leaders beside him) is a group, no pair (visits.multilateral.body_summit)."""
    assert reported("وقال بوتين للصحفيين في موسكو إلى جانب التعاون مع أردوغان إن الاقتصاد مهم.") == []
    assert reported("وقال بوتين للصحفيين في موسكو وإلى جانبه قادة الدول الأعضاء ومنهم أردوغان إن الاتفاق قريب.") == []


def test_two_leaders_visiting_a_site_together_met():
    """"بوتين وأردوغان يزوران مصنعا في موسكو" (Putin and Erdogan visit a factory in Moscow): the dual tells both
    were there."""
    assert reported("بوتين وأردوغان يزوران مصنعا للطائرات في موسكو الثلاثاء.") == [
        ("Recep Tayyip Erdogan", "Vladimir Putin", "Moscow")]


def test_a_single_leader_visiting_a_site_pairs_no_one():
    """Negative: "بوتين يزور مصنعا ... وأردوغان يصل غدا" (Putin visits a factory; Erdogan arrives tomorrow): the
    singular verb is one man's tour, and the other comes later."""
    assert reported("بوتين يزور مصنعا للطائرات في موسكو الثلاثاء، فيما يصل أردوغان إلى أنقرة غدا.") == []


def test_a_leader_seated_with_another_beside_him_on_a_weekday_met_him_then():
    """"جلس الرئيس الروسي بوتين على مقعد القيادة وإلى جانبه الرئيس المصري السيسي في موسكو الأربعاء" (Putin sat at
    the wheel with Sisi beside him in Moscow on Wednesday), published on a Friday: the appearance is told as done,
    on the Wednesday before, not planned for the next one."""
    text = "جلس الرئيس الروسي فلاديمير بوتين على مقعد القيادة وإلى جانبه الرئيس المصري عبد الفتاح السيسي في موسكو الأربعاء."
    rows = run_dated(text, dt.date(2018, 6, 8))
    assert [(r["kind"], r["visitor"], r["host"], r["date"]) for r in rows] == [
        ("reported", "Abdel Fattah el-Sisi", "Vladimir Putin", dt.date(2018, 6, 6))]
