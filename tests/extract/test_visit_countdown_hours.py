"""A count in hours before a leader's own meeting, the leader acting in the clause, tells the day's talks, not a
plan: "غرد الرئيس قبيل ساعات من قمته مع نظيره" (tweeted hours before his summit with his counterpart) is the
guide's "talks today" (tasks/extract/visits/plans._own_meeting_hours_ahead, read by _counted_down; grammar.yaml
hour_units, countdown_openings). A count in days, a count to a bare summit or to another's meeting, or a day
after publication stays planned. Invented texts, the whole lexicon."""
import datetime as dt

import pytest

from tests.extract.test_visits_detect import mention_rows

DAY = dt.date(2018, 5, 28)


def rows(text):
    return sorted({(r["kind"], r["visitor"], r["host"]) for r in mention_rows(text, DAY)})


@pytest.mark.parametrize("text, pair", [
    # "Trump tweeted, hours before his summit with Putin in Helsinki, to praise the economy"
    ("غرد الرئيس الأمريكي دونالد ترامب قبيل ساعات من قمته مع الرئيس الروسي فلاديمير بوتين في هلسنكي، "
     "للإشادة بأداء الاقتصاد الأمريكي.", ("Donald Trump", "Vladimir Putin")),
    # "Erdogan made controversial remarks, hours before his first summit with Putin in Sochi"
    ("أدلى الرئيس التركي رجب طيب أردوغان بتصريحات مثيرة للجدل، قبل ساعات من أول قمة له مع الرئيس الروسي "
     "فلاديمير بوتين في سوتشي.", ("Recep Tayyip Erdogan", "Vladimir Putin")),
    # "Modi said, only hours before his talks with Xi open in Wuhan, that relations are improving"
    ("قال رئيس الوزراء الهندي ناريندرا مودي قبل ساعات فقط من انطلاق محادثاته مع الرئيس الصيني شي جين بينغ "
     "في ووهان إن العلاقات تتحسن.", ("Narendra Modi", "Xi Jinping")),
])
def test_hours_before_his_own_meeting_are_the_days_talks(text, pair):
    assert rows(text) == [("reported", *pair)]


@pytest.mark.parametrize("text", [
    # days, not hours: "two days before his summit with Putin"
    "قال الرئيس التركي رجب طيب أردوغان قبل يومين من قمته مع الرئيس الروسي فلاديمير بوتين في سوتشي إن العلاقات قوية.",
    # a day after publication: "hours before his summit with Putin scheduled tomorrow"
    "قال الرئيس التركي رجب طيب أردوغان قبل ساعات من قمته مع الرئيس الروسي فلاديمير بوتين المقررة غدا في سوتشي "
    "إن العلاقات قوية.",
    # a minister acts, the summit is the leaders': "Lavrov said hours before the summit of Putin with Erdogan"
    "قال وزير الخارجية الروسي سيرغي لافروف قبل ساعات من قمة الرئيس الروسي فلاديمير بوتين مع الرئيس التركي "
    "رجب طيب أردوغان في سوتشي إن العلاقات قوية.",
    # the authorities act: "Turkish authorities raised the alert hours before his meeting with Erdogan"
    "أعلن الكرملين أن الرئيس الروسي فلاديمير بوتين يصل إلى أنقرة. ورفعت السلطات التركية حالة التأهب قبيل ساعات "
    "من لقائه مع الرئيس التركي رجب طيب أردوغان.",
    # a bare summit: "hours before the summit between Sisi and Putin opens, Cairo prepares"
    "وقبل ساعات من انطلاق القمة بين الرئيس عبد الفتاح السيسي والرئيس فلاديمير بوتين تستعد القاهرة لاستقبال الوفود.",
])
def test_other_counts_stay_planned(text):
    assert [k for k, _v, _h in rows(text)] == ["referenced"]
