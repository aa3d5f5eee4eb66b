"""A meeting noun whose past is only the frame of another act ("وأعلن ترامب عقب لقائه كيم أن", Trump announced after
his meeting with Kim that) past the lead, in an article that dates the pair's summit last week, is that summit told
again: referenced (tasks/extract/visits/framed.py frame_past_only, read by merge._only_retold). The same noun in the
lead, a meeting verb past the lead, or the noun with nothing dating the summit back stay reported. Invented texts,
the real lexicon."""
import datetime as dt
from collections import defaultdict

from tasks.extract import extract_article

WED = dt.date(2019, 3, 13)

# "The defence secretary said there was no sign the North had taken steps to dismantle its programme."
LEAD = "قال وزير الدفاع الأمريكي إنه لا توجد أي علامة على اتخاذ كوريا الشمالية خطوات نحو تفكيك برنامجها النووي."
# "His remarks came amid confusion over the outcome of the summit that brought together last week President Donald
# Trump and the North Korean leader Kim Jong Un."
LAST_WEEK = ("وجاءت تصريحات الوزير وسط ارتباك بشأن متابعة مخرجات القمة، التي جمعت الأسبوع الماضي الرئيس الأمريكي "
             "دونالد ترامب والزعيم الكوري الشمالي كيم جونغ أون.")
# "The agency added that the talks would resume soon."
FILLER = "وأضافت الوكالة أن المحادثات بين الجانبين ستستأنف قريبا على مستوى الخبراء."
# "Trump announced after his meeting with Kim that North Korea had begun to destroy a missile test site."
FRAMED = "وأعلن ترامب عقب لقائه كيم أن كوريا الشمالية بدأت في تدمير موقع لاختبار الصواريخ."


def rows(text, pub=WED):
    out = defaultdict(list)
    extract_article("a", text, pub, out, source="test")
    return sorted({(r["kind"], r["visitor"], r["host"]) for r in out["visit_mentions"]})


def test_a_framed_meeting_noun_past_the_lead_retells_the_summit_of_last_week():
    text = "\n".join([LEAD, LAST_WEEK, FILLER, FRAMED])
    assert rows(text) == [("referenced", "Donald Trump", "Kim Jong-un")]


def test_the_framed_noun_in_the_lead_stays_the_news():
    # "Trump announced after his meeting with Kim ..." opening the story: the meeting may be the news
    text = "\n".join([FRAMED.removeprefix("و"), LAST_WEEK, FILLER])
    assert ("reported", "Donald Trump", "Kim Jong-un") in rows(text)


def test_a_meeting_verb_past_the_lead_stays_reported():
    # "and Trump met Kim again at the border" : a verb tells a meeting of its own
    text = "\n".join([LEAD, LAST_WEEK, FILLER, "والتقى ترامب كيم مجددا في المنطقة المنزوعة السلاح وبحثا تفكيك الموقع."])
    assert ("reported", "Donald Trump", "Kim Jong-un") in rows(text)


def test_the_framed_noun_with_no_summit_dated_back_stays_reported():
    # "President Trump asks the North Korean leader Kim Jong Un for concrete steps": both named, no meeting dated
    named = "ويطالب الرئيس الأمريكي دونالد ترامب الزعيم الكوري الشمالي كيم جونغ أون بخطوات ملموسة لنزع السلاح."
    text = "\n".join([LEAD, named, FILLER, FRAMED])
    assert rows(text) == [("reported", "Donald Trump", "Kim Jong-un")]
