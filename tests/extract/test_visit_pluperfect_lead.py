"""An undated pluperfect meeting ("وكان X قد استقبل Y", X had received Y) in the sentence right after the lead,
between leaders of countries the lead names, is the background of the lead's news (the visit that news is
about), reported; not when the lead tells a plan, names another country, the meeting is dated or told further
down (visits.pluperfect.lead_background, read by timing.visit_kind). Invented texts, the real lexicon."""
import datetime as dt
from collections import defaultdict

from tasks.extract import extract_article

CAIRO_DAY = dt.date(2013, 2, 7)
GULF_DAY = dt.date(2017, 6, 10)
MORSI, BASHIR, MARZOUKI = "Mohamed Morsi", "Omar al-Bashir", "Moncef Marzouki"
QABOOS, TAMIM = "Qaboos bin Said", "Tamim bin Hamad Al Thani"


def kinds(text, day=CAIRO_DAY):
    out = defaultdict(list)
    extract_article("a", text, day, out)
    return {(r["visitor"], r["host"]): r["kind"] for r in out["visit_mentions"]}


def test_reception_on_arrival_after_a_departure_lead():
    text = ("غادر مطار القاهرة الدولي مساء اليوم الرئيس التونسي المنصف المرزوقي عائدا إلى بلاده بعد مشاركته في أعمال"
            " القمة.\nوكان الرئيس محمد مرسي قد استقبل المرزوقي لدى وصوله إلى القاهرة، حيث عزفت الموسيقى السلام الوطني.")
    assert kinds(text) == {(MARZOUKI, MORSI): "reported"}


def test_a_meeting_after_a_lead_naming_only_the_two_countries():
    lead = "سلمت قطر سلطنة عمان الليلة ردها المكتوب على مبادرة الوساطة لإنهاء الأزمة الخليجية.\n"
    for said in ("وكان السلطان قابوس بن سعيد قد التقى في مسقط أمير قطر الشيخ تميم بن حمد آل ثاني",  # with قد
                 "وكان السلطان قابوس عقد لقاء في مسقط مع أمير قطر الشيخ تميم بن حمد آل ثاني"):  # no قد
        assert kinds(lead + said + "، حيث بحثا مستجدات الأزمة.", GULF_DAY) == {(TAMIM, QABOOS): "reported"}, said


def test_a_lead_that_tells_a_plan_keeps_the_earlier_visit():
    text = ("أعلنت الرئاسة اليوم أن الرئيس محمد مرسي سيزور الخرطوم الشهر المقبل تلبية لدعوة رسمية.\nوكان الرئيس"
            " السوداني عمر البشير قد زار القاهرة والتقى الرئيس مرسي.")
    assert kinds(text)[(BASHIR, MORSI)] == "referenced"


def test_a_lead_naming_another_country_keeps_it_earlier():
    text = ("غادر الرئيس السوداني عمر البشير الدوحة اليوم بعد مشاركته في مؤتمر للمانحين.\nوكان الرئيس محمد مرسي قد"
            " استقبل البشير لدى وصوله إلى القاهرة.")
    assert kinds(text)[(BASHIR, MORSI)] == "referenced"


def test_a_dated_pluperfect_keeps_its_day():
    text = ("غادر مطار القاهرة الدولي مساء اليوم الرئيس السوداني عمر البشير بعد مشاركته في أعمال القمة.\nوكان الرئيس"
            " محمد مرسي قد استقبل البشير في القاهرة في سبتمبر الماضي.")
    assert kinds(text)[(BASHIR, MORSI)] == "referenced"


def test_a_pluperfect_further_down_is_still_background():
    text = ("غادر مطار القاهرة الدولي مساء اليوم الرئيس التونسي المنصف المرزوقي عائدا إلى بلاده بعد مشاركته في أعمال"
            " القمة.\nوكان في وداعه وزير الطيران المدني وعدد من كبار المسؤولين في الدولة.\nوكان الرئيس محمد مرسي قد"
            " استقبل المرزوقي في قصر الاتحادية.")
    assert kinds(text)[(MARZOUKI, MORSI)] == "referenced"


def test_in_an_undated_article_a_lead_naming_one_side_only_keeps_it_earlier():
    # the lead names Turkey alone: with no day the meeting is an earlier one; naming Greece too, the lead's news
    said = "وكان أردوغان قد عقد اجتماعا مغلقا مع رئيس الوزراء اليوناني أليكسيس تسيبراس."
    other = "وقع الرئيس التركي رجب طيب أردوغان اتفاقا لتعزيز التجارة مع شركائه في المنطقة.\n"
    greece = "وقع الرئيس التركي رجب طيب أردوغان اتفاقا لتعزيز التجارة مع اليونان.\n"
    assert kinds(other + said, None) == {("Recep Tayyip Erdogan", "Alexis Tsipras"): "referenced"}
    assert kinds(greece + said, None) == {("Recep Tayyip Erdogan", "Alexis Tsipras"): "reported"}
