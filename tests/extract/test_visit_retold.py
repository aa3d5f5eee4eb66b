"""A meeting counted back from the news (tasks/extract/visits/retold.py, _days_after): "بعد ثلاثة أسابيع من زيارة"
(three weeks after the visit) is retold, and so it is past a hedge before the count ("بعد نحو عشرة أشهر من", ba'da
nahwa 'asharat ashhur min, about ten months after) and past a verbal noun of holding or hosting after "من"
(grammar.yaml after_span_acts: "من تنظيمه لقاء", since he organised a meeting). Hours are no such span, and another
event counted back leaves the meeting told after it the news. Invented sentences, the stand-in lexicon of test_visits."""
import datetime as dt

import pytest

from tests.extract.test_visits import run

PUB = dt.date(2019, 4, 5)


def reported(rows):
    return [(r["visitor"], r["host"]) for r in rows if r["kind"] == "reported"]


@pytest.mark.parametrize("text", [
    # "criticised the sanctions about ten months after his meeting with Putin in Sochi"
    "وانتقد أردوغان العقوبات الجمعة بعد نحو عشرة أشهر من لقائه مع الرئيس الروسي بوتين في سوتشي.",
    # "more than three years after a summit that brought him together with Putin"
    "وعاد أردوغان إلى الملف السوري بعد أكثر من ثلاثة أعوام من قمة جمعته مع بوتين في سوتشي.",
    # "about ten months after he organised a rare meeting between Erdogan and Assad in Moscow, Putin returned"
    "وبعد نحو عشرة أشهر من تنظيمه لقاء نادرا بين أردوغان والأسد في موسكو، عاد بوتين إلى الوساطة.",
    # "six months after he hosted a summit between Putin and Erdogan"
    "وبعد ستة أشهر من استضافته قمة بين بوتين وأردوغان في القاهرة، دعا السيسي إلى حوار جديد.",
])
def test_a_meeting_counted_back_past_a_hedge_or_a_hosting_noun_is_retold(text):
    rows = run(text, PUB)
    assert rows and reported(rows) == []
    assert all(not r["planned"] for r in rows)


@pytest.mark.parametrize("text", [
    # "about two hours after his meeting with Putin in Moscow, Erdogan left": hours may be the visit under way
    "وبعد نحو ساعتين من لقائه الرئيس الروسي بوتين في موسكو، غادر أردوغان العاصمة الروسية.",
    # "about ten months after he organised elections, Putin received Erdogan in Moscow": another event counted back
    "وبعد نحو عشرة أشهر من تنظيمه انتخابات مبكرة، استقبل بوتين أردوغان في موسكو.",
    # "Erdogan arrived in Moscow about ten days after the Kremlin announced its invitation, and met Putin"
    "ووصل أردوغان إلى موسكو بعد نحو عشرة أيام من إعلان الكرملين دعوته، والتقى بوتين.",
])
def test_a_meeting_told_after_another_counted_event_stays_reported(text):
    assert reported(run(text, PUB)) != []
