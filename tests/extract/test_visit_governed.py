"""Trips and meetings governed by an act ahead (tasks/extract/visits/governed.py): a trip told after "قبل أن"
(before), "على أن" (and then) or "ثم" (then) that follows an act dated today, with no later day named after the
lead, is the same day's second act, under way at publication (GUIDE: reported, dated today); a later day after the
lead, or no day at all, leaves it a plan. Invented sentences, the stand-in lexicon of test_visits."""
import pytest

from tests.extract.test_visit_dates import PUB, run_dated


def kinds(rows):
    return {(r["kind"], r["planned"], r["visitor"], r["host"], r["date"]) for r in rows}


@pytest.mark.parametrize("text", [
    # "will announce today, Wednesday, the appointment of a prime minister, before heading to Damascus to meet al-Assad"
    "سيعلن بوتين اليوم الأربعاء تعيين رئيس للوزراء، قبل أن يتوجه إلى دمشق للقاء الأسد.",
    # "will chair a cabinet meeting this morning before heading to Damascus to meet al-Assad"
    "وسيترأس بوتين اجتماعا للحكومة صباح اليوم قبل أن يتوجه إلى دمشق للقاء الأسد.",
    # "gives a speech before parliament today, then travels to Damascus to meet al-Assad"
    "يلقي بوتين كلمة أمام البرلمان اليوم ثم يسافر إلى دمشق للقاء الأسد.",
    # "will meet the officials today, and then head to Damascus to meet al-Assad"
    "وسيلتقي بوتين المسؤولين اليوم على أن يتوجه إلى دمشق للقاء الأسد.",
    # "will give a speech before the students this morning. After that Putin meets al-Assad in Damascus"
    "سيلقي بوتين خطابا أمام الطلاب صباح اليوم. وبعد ذلك يلتقي بوتين الرئيس السوري بشار الأسد في دمشق.",
])
def test_a_trip_after_an_act_of_today_is_the_days_visit(text):
    rows = run_dated(text)
    assert ("reported", False, "Vladimir Putin", "Bashar al-Assad", PUB) in kinds(rows)
    assert not any(r["kind"] == "referenced" and r["host"] == "Bashar al-Assad" and r["date"] is None for r in rows)


@pytest.mark.parametrize("text", [
    # a later day after the lead: "before heading tomorrow", "then travels on Thursday", "and then heads next week"
    "سيعلن بوتين اليوم تعيين رئيس للوزراء، قبل أن يتوجه غدا إلى دمشق للقاء الأسد.",
    "يلقي بوتين كلمة أمام البرلمان اليوم ثم يسافر الخميس إلى دمشق للقاء الأسد.",
    "وسيلتقي بوتين المسؤولين اليوم على أن يتوجه الأسبوع المقبل إلى دمشق للقاء الأسد.",
    # the act itself dated later ("tomorrow"), or not at all
    "سيعلن بوتين غدا تعيين رئيس للوزراء، قبل أن يتوجه إلى دمشق للقاء الأسد.",
    "سيعلن بوتين تعيين رئيس للوزراء، قبل أن يتوجه إلى دمشق للقاء الأسد.",
    # the previous sentence's act on Thursday
    "سيلقي بوتين خطابا أمام الطلاب الخميس. وبعد ذلك يلتقي بوتين الرئيس السوري بشار الأسد في دمشق.",
])
def test_a_trip_after_an_act_of_a_later_or_no_day_stays_planned(text):
    rows = run_dated(text)
    assert rows and all(r["kind"] == "referenced" and r["planned"] for r in rows)


def undated_kinds(text):
    """The rows of an article with no publication date at all, read with the real lexicon."""
    from collections import defaultdict

    from tasks.extract import extract_article
    out = defaultdict(list)
    extract_article("a", text, None, out)
    return {(r["kind"], r["planned"], r["visitor"], r["host"]) for r in out["visit_mentions"]}


MACRON = ("سيعلن الرئيس الفرنسي إيمانويل ماكرون {day}تشكيل حكومته، قبل أن يتوجه {trip}إلى برلين للقاء المستشارة "
          "الألمانية أنغيلا ميركل {after}")


@pytest.mark.parametrize("text", [
    # "will announce today, Monday, ... before heading to Berlin to meet Merkel on his first visit since taking office
    # on Sunday": a day since which something holds is gone by, no later leg (since.since_day)
    MACRON.format(day="اليوم الاثنين ", trip="", after="في أول زيارة له منذ تسلمه مهامه الأحد."),
    MACRON.format(day="صباح اليوم ", trip="", after="في أول رحلة خارجية له منذ تنصيبه رسميا يوم السبت."),
    # "will meet businessmen this morning, and then head to Tokyo for talks with Abe, his first visit since winning
    # the election on Thursday"
    "وسيلتقي رئيس الوزراء الهندي ناريندرا مودي رجال الأعمال صباح اليوم على أن يتوجه إلى طوكيو لإجراء محادثات مع "
    "رئيس الوزراء الياباني شينزو آبي، وهي زيارته الأولى منذ فوزه في الانتخابات الخميس.",
])
def test_an_undated_trip_after_todays_act_stays_the_days_visit_past_a_day_since_which_something_holds(text):
    assert {k for k in undated_kinds(text) if k[0] == "reported"} and not {k for k in undated_kinds(text) if k[0] == "referenced"}


@pytest.mark.parametrize("text", [
    # the trip's own later day ("before heading on Thursday"), the act with no day, a bare weekday after the lead
    # with no منذ (Sunday may be the meeting's, ahead)
    MACRON.format(day="اليوم الاثنين ", trip="الخميس ", after="في أول زيارة له منذ تسلمه مهامه الأحد."),
    MACRON.format(day="", trip="", after="في أول زيارة له منذ تسلمه مهامه الأحد."),
    MACRON.format(day="اليوم الاثنين ", trip="", after="الأحد."),
    MACRON.format(day="اليوم الاثنين ", trip="", after="في زيارة تبدأ الأحد، منذ تسلمه مهامه."),
])
def test_an_undated_trip_after_todays_act_with_a_later_day_stays_planned(text):
    assert undated_kinds(text) == {("referenced", True, "Emmanuel Macron", "Angela Merkel")}
