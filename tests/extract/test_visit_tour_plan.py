"""A tour planned ahead holds every country its sentence lists after the planned leg's (ahead._part_of_plan through
listed.tour_list): "يقوم الرئيس بجولة تشمل كلا من الصين واليابان في الفترة من 3 إلى 6 يوليو، يبدؤها بزيارة إلى بكين"
(the president makes a tour of China and Japan from 3 to 6 July, which he begins with a visit to Beijing) plans the
Japan leg too, so a later undated mention of it in the present ("كما يتم التوقيع خلال زيارة الرئيس لليابان", the
signing is also done during the president's visit to Japan) is that plan, not a visit under way. Invented texts, the
real lexicon; an Egyptian outlet's copy (titles.yaml home outlets), whose bare "الرئيس" is Egypt's president."""
import datetime as dt

import polars as pl

from tasks.extract import extract

DAY = dt.date(2019, 6, 29)  # a Saturday, before the tour

TOUR = ("يقوم الرئيس عبد الفتاح السيسي بجولة تشمل {} في الفترة من 3 إلى 6 يوليو، يبدؤها بزيارة رسمية إلى بكين "
        "يوم الأربعاء 3 يوليو، حيث يجري خلالها مباحثات مع الرئيس الصيني شي جين بينغ. "
        "وأعلنت الرئاسة أن الرئيس يتوجه مساء نفس اليوم إلى طوكيو في زيارة رسمية تستغرق يومين، ومن المقرر أن يشمل "
        "برنامج الزيارة مقابلة مع رئيس الوزراء الياباني شينزو آبي. ")
LATER = "كما يتم التوقيع خلال زيارة الرئيس لليابان على عدد من مذكرات التفاهم في مجالات الطاقة."


def rows(text):
    frame = pl.DataFrame({"article_id": ["a"], "text": [text], "published_date": [DAY], "source": ["masrawy"]},
                         schema={"article_id": pl.Utf8, "text": pl.Utf8, "published_date": pl.Date, "source": pl.Utf8})
    return sorted({(r["kind"], r["visitor"], r["host"]) for r in extract(frame)["visit_mentions"].to_dicts()})


def test_a_later_leg_of_a_tour_ahead_is_planned():
    """The tour's list with "و" (and) or "ثم" (then) after the planned leg's country, before the plan's visit word:
    Japan's leg is ahead with the tour (failed before: Sisi -> Abe reported)."""
    for places in ("كلا من الصين واليابان", "الصين ثم اليابان", "كلا من الصين واليابان وكوريا الجنوبية"):
        assert rows(TOUR.format(places) + LATER) == [
            ("referenced", "Abdel Fattah el-Sisi", "Shinzo Abe"), ("referenced", "Abdel Fattah el-Sisi", "Xi Jinping")], places


def test_a_country_outside_the_tours_list_keeps_its_reading():
    """Negative: the tour lists China and South Korea, or names Japan apart from its list (no "و" before it), or
    lists Japan before the planned leg (a leg before it may be under way or done: "بدأ شي جولة تشمل تنزانيا وجنوب
    افريقيا"); Japan's visit keeps the reading it had (reported), before and after the change."""
    for places in ("كلا من الصين وكوريا الجنوبية", "الصين، بعد أن وقع اتفاقا مع اليابان الشهر الماضي،",
                   "كلا من اليابان والصين"):
        assert ("reported", "Abdel Fattah el-Sisi", "Shinzo Abe") in rows(TOUR.format(places) + LATER), places


def test_a_meeting_held_with_a_leader_of_a_listed_country_stays_reported():
    """Negative: a past verb tells a meeting with Japan's prime minister held, though Japan is in the tour's list."""
    held = "وكان الرئيس قد التقى أمس في القاهرة رئيس الوزراء الياباني شينزو آبي."
    assert ("reported", "Shinzo Abe", "Abdel Fattah el-Sisi") in rows(TOUR.format("كلا من الصين واليابان") + held)
