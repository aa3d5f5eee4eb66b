"""A meeting told ahead inside an event already under way at publication is part of the news
(GUIDE: reported = having happened or being under way): a sa- meeting set in a visit the article tells
under way by its own words ("زيارة يقوم بها", a visit he is making) by "خلال الزيارة" / "خلال زيارته"
(tasks/extract/visits/within_trip.py), and a summit's present relative ("القمة التي تجمع") when the summit frames
an act told as no future (tasks/extract/visits/ahead.py relative_future). An arrival of the day alone (its programme
ahead), a visit not begun, a meeting dated a later day, a plan cue, another trip ahead, a future act stay
planned. Invented texts, the real lexicon."""
import datetime as dt
from collections import defaultdict

from tasks.extract import extract_article

DAY = dt.date(2018, 5, 14)


def rows(text, pub=DAY):
    out = defaultdict(list)
    extract_article("a", text, pub, out, source="test")
    return sorted((r["kind"], r["visitor"], r["host"], str(r["date"])) for r in out["visit_mentions"])


UNDER_WAY = "انتقدت منظمات حقوقية الزيارة التي يقوم بها الرئيس المصري عبد الفتاح السيسي إلى المملكة المتحدة.\n"
BOTH = "مع الملكة إليزابيث الثانية ورئيسة الوزراء تيريزا ماي."


def test_a_meeting_ahead_during_a_visit_under_way_is_reported():
    text = UNDER_WAY + "وسيجتمع السيسي خلال الزيارة، التي تستغرق يومين، " + BOTH
    assert rows(text) == [("reported", "Abdel Fattah el-Sisi", "Elizabeth II", "None"),
                          ("reported", "Abdel Fattah el-Sisi", "Theresa May", "None")]


def test_a_meeting_ahead_after_an_arrival_of_the_day_alone_stays_planned():
    text = "وصل الرئيس المصري عبد الفتاح السيسي أمس إلى لندن في زيارة رسمية.\nوسيجتمع السيسي خلال زيارته " + BOTH
    assert [(k, h) for k, _v, h, _d in rows(text) if k == "reported"] == [("reported", "Elizabeth II")]


def test_a_meeting_during_a_visit_under_way_by_its_present_clause_keeps_both_hosts():
    text = ("يواصل الرئيس المصري عبد الفتاح السيسي زيارة يقوم بها إلى فرنسا وسط انتقادات من منظمات حقوقية.\n"
            "وسيجتمع السيسي خلال زيارته مع الرئيس الفرنسي إيمانويل ماكرون ورئيس الوزراء إدوار فيليب.")
    assert [(k, h) for k, _v, h, _d in rows(text, dt.date(2017, 11, 20))] == [
        ("reported", "Edouard Philippe"), ("reported", "Emmanuel Macron")]


def test_a_meeting_during_a_visit_not_begun_stays_planned():
    text = "يصل الرئيس المصري عبد الفتاح السيسي غدا إلى لندن في زيارة رسمية.\nوسيجتمع السيسي خلال زيارته " + BOTH
    assert {k for k, *_ in rows(text)} == {"referenced"}


def test_a_meeting_during_a_visit_under_way_but_dated_a_later_day_or_scheduled_stays_planned():
    later = UNDER_WAY + "وسيجتمع السيسي خلال الزيارة يوم الأربعاء المقبل " + BOTH
    assert ("referenced", "Abdel Fattah el-Sisi", "Theresa May", "2018-05-16") in rows(later)
    assert ("reported", "Abdel Fattah el-Sisi", "Theresa May", "None") not in rows(later)
    scheduled = UNDER_WAY + "ومن المقرر أن يجتمع السيسي خلال الزيارة " + BOTH
    assert rows(scheduled) == [("reported", "Abdel Fattah el-Sisi", "Elizabeth II", "None")]


def test_a_meeting_during_another_trip_ahead_stays_planned():
    text = ("وصل الرئيس المصري عبد الفتاح السيسي أمس إلى لندن في زيارة رسمية.\n"
            "وسيجتمع السيسي خلال زيارته المقبلة إلى كندا مع رئيس الوزراء الكندي جاستن ترودو.")
    assert ("referenced", "Abdel Fattah el-Sisi", "Justin Trudeau", "None") in rows(text)


SUMMIT = "القمة الثلاثية التي تجمع إلى جانبه الرئيس التركي رجب طيب أردوغان والرئيس الإيراني حسن روحاني في طهران."


def test_a_summit_framing_an_act_of_no_future_is_under_way():
    text = "أعلن الرئيس الروسي فلاديمير بوتين دعمه لوقف إطلاق النار في إدلب، وذلك خلال " + SUMMIT
    # under way, so today's: publication's day (visits.lead_day._summit_under_way)
    assert rows(text, dt.date(2018, 9, 7)) == [("reported", "Recep Tayyip Erdogan", "Hassan Rouhani", "2018-09-07"),
                                               ("reported", "Vladimir Putin", "Hassan Rouhani", "2018-09-07")]


def test_a_summit_framing_a_future_act_or_held_tomorrow_stays_planned():
    future = "سيعلن الرئيس الروسي فلاديمير بوتين دعمه لوقف إطلاق النار في إدلب، وذلك خلال " + SUMMIT
    assert {k for k, *_ in rows(future, dt.date(2018, 9, 7))} == {"referenced"}
    tomorrow = ("أعلن الرئيس الروسي فلاديمير بوتين دعمه لوقف إطلاق النار في إدلب، وذلك خلال القمة الثلاثية التي "
                "تعقد غدا بمشاركة الرئيس التركي رجب طيب أردوغان والرئيس الإيراني حسن روحاني في طهران.")
    assert {(k, d) for k, _v, _h, d in rows(tomorrow, dt.date(2018, 9, 7))} == {("referenced", "2018-09-08")}
