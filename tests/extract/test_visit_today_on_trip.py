"""A meeting told for today inside a visit the article reports under way is reported (the guide's "talks today"),
even when its sentence tells it as the day's next step ("يستعد ... لإجراء مباحثات", is preparing to hold talks;
"من المفترض أن", is supposed to): second_meeting.programme_today with grammar imminent_cues, and leg_today for the
leader of the trip's next country met in his own country. A trip not begun (arriving tomorrow), one long gone, a
meeting of tomorrow, a leader's plan with no trip under way, or a trip word for the next leg stays planned.
Invented texts, the whole lexicon, a Wednesday record."""
import datetime as dt

from tests.extract.test_visits_detect import mention_rows

DAY = dt.date(2019, 3, 13)
ARRIVED = "وصل رئيس الوزراء الهندي ناريندرا مودي إلى الأردن {when} في زيارة رسمية. "
TO_RAMALLAH = "ويستعد مودي للتوجه إلى رام الله لإجراء مباحثات مع الرئيس الفلسطيني محمود عباس."
TUNIS = "وصل الرئيس الفرنسي إيمانويل ماكرون إلى تونس أمس في زيارة رسمية التقى خلالها الرئيس التونسي الباجي قائد السبسي. "


def abbas(text):
    return [(r["kind"], r["planned"], r["date"]) for r in mention_rows(text, DAY) if r["host"] == "Mahmoud Abbas"]


def chahed(text):
    return [(r["kind"], r["date"]) for r in mention_rows(text, DAY) if r["host"] == "Youssef Chahed"]


def test_the_next_countrys_leader_met_today_on_a_trip_under_way():
    # arrived in Jordan yesterday, preparing to head to Ramallah for talks with Abbas: today's talks
    assert abbas(ARRIVED.format(when="أمس") + TO_RAMALLAH) == [("reported", False, DAY)]


def test_the_visited_countrys_other_head_met_next_on_the_day():
    assert chahed(TUNIS + "ويستعد ماكرون لإجراء مباحثات مع رئيس الحكومة التونسية يوسف الشاهد.") == [("reported", DAY)]
    assert chahed(TUNIS + "ومن المفترض أن يجري ماكرون مباحثات مع رئيس الحكومة التونسية يوسف الشاهد.") == [("reported", DAY)]


def test_a_trip_not_begun_or_long_gone_keeps_the_talks_planned():
    assert abbas(ARRIVED.format(when="غدا").replace("وصل", "يصل", 1) + TO_RAMALLAH) == [("referenced", True, None)]
    assert abbas(ARRIVED.format(when="قبل أسبوعين") + TO_RAMALLAH) == [("referenced", True, None)]


def test_tomorrows_leg_or_a_plan_with_no_trip_stays_planned():
    text = ARRIVED.format(when="أمس") + "ويتوجه مودي غدا إلى رام الله لإجراء مباحثات مع الرئيس الفلسطيني محمود عباس."
    assert abbas(text) == [("referenced", True, DAY + dt.timedelta(days=1))]
    assert abbas("يستعد رئيس الوزراء الهندي ناريندرا مودي للتوجه إلى رام الله لإجراء مباحثات مع الرئيس الفلسطيني "
                 "محمود عباس.") == [("referenced", True, None)]


def test_a_visit_word_for_the_next_leg_is_no_meeting_of_the_day():
    # "في زيارة رسمية إلى فلسطين" (on an official visit to Palestine): a leg not begun
    text = ARRIVED.format(when="أمس") + "ويستعد مودي للتوجه إلى رام الله في زيارة رسمية إلى فلسطين."
    assert [k for k, _, _ in abbas(text)] in ([], ["referenced"])
