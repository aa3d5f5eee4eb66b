"""Earlier meetings told beside the news: a meeting noun with "previous" as its adjective (recalled.previous_meeting),
a visit a paper points to as its topic (recalled.press_topic).
Invented sentences, the real lexicon (tasks.extract.extract_article)."""
import datetime as dt
from collections import defaultdict

import pytest

from tasks.extract import extract_article


def _rows(text, published=dt.date(2018, 10, 6)):
    out = defaultdict(list)
    extract_article("a", text, published, out)
    return [(v["kind"], v["visitor"], v["host"], v["date"]) for v in out["visit_mentions"]]


PAIR = ("Donald Trump", "Vladimir Putin")


@pytest.mark.parametrize("text", [
    # "during an earlier joint press conference with the Russian president, Trump said ..."
    "وخلال مؤتمر صحفي مشترك سابق مع الرئيس الروسي فلاديمير بوتين، قال الرئيس الأمريكي دونالد ترامب إن العلاقات جيدة.",
    # "in a previous meeting with Putin, Trump stressed ..."
    "وفي لقاء سابق مع الرئيس الروسي فلاديمير بوتين، شدد الرئيس الأمريكي دونالد ترامب على أهمية الحوار.",
    # "the previous bilateral summit between Trump and Putin dealt with Syria"
    "وتناولت القمة الثنائية السابقة بين الرئيس الأمريكي دونالد ترامب والرئيس الروسي فلاديمير بوتين الملف السوري.",
])
def test_a_meeting_noun_called_previous_is_an_earlier_meeting(text):
    assert _rows(text) == [("referenced", *PAIR, None)]


@pytest.mark.parametrize("text", [
    # the same press conference with no "previous": the news
    "وخلال مؤتمر صحفي مشترك مع الرئيس الروسي فلاديمير بوتين، قال الرئيس الأمريكي دونالد ترامب إن العلاقات جيدة.",
    # "a visit that counts as a precedent": سابقة is the precedent, after a verb, not the visit's adjective
    "وأجرى الرئيس الأمريكي دونالد ترامب زيارة تعد سابقة إلى موسكو التقى خلالها الرئيس الروسي فلاديمير بوتين اليوم.",
])
def test_a_meeting_noun_without_its_own_previous_stays_the_news(text):
    assert ("reported", *PAIR) in [r[:3] for r in _rows(text)]


def test_the_former_president_s_visit_is_no_previous_meeting():
    # "during the former president's visit to Moscow, Putin met Trump yesterday": السابق is the president's
    text = "وفي زيارة الرئيس السابق إلى موسكو التقى الرئيس الروسي فلاديمير بوتين الرئيس الأمريكي دونالد ترامب أمس."
    assert [r[0] for r in _rows(text)] == ["reported"]


@pytest.mark.parametrize("text", [
    # "Laila has long stood by her husband, the Israeli prime minister, from his first visit to India to ..."
    "لطالما وقفت ليلى إلى جانب زوجها، رئيس الوزراء الإسرائيلي بنيامين نتنياهو، من زيارته الأولى إلى الهند إلى استقباله ضيوفه في القدس.",
    # "whenever Erdogan visited Moscow he met Putin"
    "وكلما زار الرئيس التركي رجب طيب أردوغان موسكو التقى الرئيس الروسي فلاديمير بوتين.",
    # "Putin usually meets Erdogan in Sochi"
    "وعادة ما يلتقي الرئيس الروسي فلاديمير بوتين الرئيس التركي رجب طيب أردوغان في سوتشي.",
])
def test_a_meeting_told_as_a_habit_is_no_reported_meeting(text):
    rows = _rows(text)
    assert rows and all(r[0] == "referenced" for r in rows)


def test_a_custom_followed_on_the_day_stays_the_news():
    # "as is customary, Putin received Erdogan in Moscow today": the day's reception, not a habit
    text = "وكما جرت العادة استقبل الرئيس الروسي فلاديمير بوتين الرئيس التركي رجب طيب أردوغان في موسكو اليوم."
    assert [r[:3] for r in _rows(text)] == [("reported", "Recep Tayyip Erdogan", "Vladimir Putin")]


TUNIS = ("Beji Caid Essebsi", "Emmanuel Macron")
REVIEW = "وقالت صحيفة لوموند الفرنسية إن العلاقات بين البلدين تشهد تحولا كبيرا. "


@pytest.mark.parametrize("text", [
    # "the paper pointed to the Tunisian president's visit to Paris ..., saying it was of great weight"
    REVIEW + "وأشارت الصحيفة لزيارة الرئيس التونسي الباجي قائد السبسي إلى باريس ولقائه الرئيس إيمانويل ماكرون قائلة إنها مهمة.",
    # the same with a separate "إلى" and another pointing verb
    REVIEW + "ولفتت الصحيفة إلى زيارة الرئيس التونسي الباجي قائد السبسي إلى باريس ولقائه الرئيس إيمانويل ماكرون مؤكدة أنها مهمة.",
])
def test_a_visit_a_paper_points_to_as_its_topic_is_an_earlier_one(text):
    assert _rows(text, dt.date(2019, 4, 20)) == [("referenced", *TUNIS, None)]


@pytest.mark.parametrize("text", [
    # the paper points to the visit of today: the news
    REVIEW + "وأشارت الصحيفة إلى زيارة الرئيس التونسي الباجي قائد السبسي إلى باريس اليوم السبت ولقائه الرئيس إيمانويل ماكرون.",
    # the paper reports that he arrived and met: a verb, the news
    "وأشارت الصحيفة إلى أن الرئيس التونسي الباجي قائد السبسي وصل إلى باريس والتقى الرئيس إيمانويل ماكرون.",
])
def test_a_paper_reporting_the_visit_itself_keeps_it_the_news(text):
    assert ("reported", *TUNIS) in [r[:3] for r in _rows(text, dt.date(2019, 4, 20))]


def test_the_last_meeting_held_today_is_the_news():
    """"عقد ترامب، بعد ظهر اليوم، آخر اجتماع له مع بوتين" (held this afternoon his last meeting with Putin): the
    final one of the visit's meetings, held today (vetoes.held_last), not "the last meeting" recalled."""
    text = "عقد الرئيس الأمريكي دونالد ترامب، بعد ظهر اليوم، آخر اجتماع له مع الرئيس الروسي فلاديمير بوتين في هلسنكي."
    assert [r[:3] for r in _rows(text)] == [("reported", *PAIR)]


@pytest.mark.parametrize("text", [
    # "the last meeting between Trump and Putin was held in Helsinki in July": recalled
    "وكان آخر اجتماع بين الرئيس الأمريكي دونالد ترامب والرئيس الروسي فلاديمير بوتين قد عقد في هلسنكي في يوليو الماضي.",
    # "Trump said today that his last meeting with Putin was useful": a meeting before the saying
    "وقال الرئيس الأمريكي دونالد ترامب اليوم إن آخر اجتماع له مع الرئيس الروسي فلاديمير بوتين كان مفيدا.",
])
def test_the_last_meeting_recalled_stays_an_earlier_one(text):
    assert [r[0] for r in _rows(text)] == ["referenced"]
