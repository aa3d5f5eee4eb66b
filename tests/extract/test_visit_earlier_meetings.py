"""Earlier meetings told beside the news: a meeting noun with "previous" as its adjective (recalled.previous_meeting).
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
