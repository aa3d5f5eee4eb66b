"""A visit noun a day of today (or yesterday) dates, with a sa- meeting verb right after it that "during it" ties
back to the visit ("يؤدي ... اليوم زيارة إلى الجزائر سيجتمع خلالها", performs today a visit to Algeria during which
he will meet): the verb tells what the visit holds, it is not the noun's predicate, so the visit is under way, as
with the bare "يجتمع خلالها" (tasks/extract/visits/begun.py framed_today, read by ahead.subject_of_future). A visit
dated ahead, this evening or with no day stays a plan. Invented texts, the real lexicon."""
import datetime as dt
from collections import defaultdict

from tasks.extract import extract_article

DAY = dt.date(2016, 3, 6)  # a Sunday


def rows(text, pub=DAY):
    out = defaultdict(list)
    extract_article("a", text, pub, out, source="test")
    return sorted((r["kind"], r["visitor"], r["host"], str(r["date"])) for r in out["visit_mentions"])


def test_a_visit_begun_today_with_a_meeting_during_it_is_under_way():
    text = ("يؤدي العاهل الأردني الملك عبد الله الثاني اليوم الأحد زيارة رسمية إلى الجزائر سيجتمع خلالها "
            "بالرئيس الجزائري عبد العزيز بوتفليقة لبحث العلاقات الثنائية.")
    assert rows(text) == [("reported", "Abdullah II of Jordan", "Abdelaziz Bouteflika", "2016-03-06")]


def test_a_visit_begun_today_with_a_meeting_during_it_keeps_both_hosts():
    text = ("يبدأ رئيس الوزراء الإيطالي ماتيو رينزي اليوم زيارة إلى تونس سيلتقي خلالها رئيس الجمهورية "
            "الباجي قايد السبسي ورئيس الحكومة الحبيب الصيد.")
    assert [r[0] for r in rows(text)] == ["reported", "reported"]


def test_a_visit_framed_the_same_way_but_dated_ahead_or_undated_stays_a_plan():
    text = ("يؤدي العاهل الأردني الملك عبد الله الثاني يوم الثلاثاء المقبل زيارة رسمية إلى الجزائر سيجتمع خلالها "
            "بالرئيس الجزائري عبد العزيز بوتفليقة.")
    assert rows(text) == [("referenced", "Abdullah II of Jordan", "Abdelaziz Bouteflika", "2016-03-08")]
    text = ("يؤدي العاهل الأردني الملك عبد الله الثاني زيارة رسمية إلى الجزائر سيجتمع خلالها "
            "بالرئيس الجزائري عبد العزيز بوتفليقة.")
    assert [r[0] for r in rows(text)] == ["referenced"]


def test_a_visit_whose_predicate_is_a_sa_future_stays_a_plan_on_the_day_it_is_told():
    text = ("أعلن الديوان الملكي اليوم الأحد أن زيارة العاهل الأردني الملك عبد الله الثاني إلى الجزائر "
            "ستستغرق يومين يلتقي فيها الرئيس الجزائري عبد العزيز بوتفليقة.")
    assert [r[0] for r in rows(text)] == ["referenced"]


def test_a_visit_begun_yesterday_with_a_meeting_during_it_is_under_way():
    text = ("بدأ العاهل الأردني الملك عبد الله الثاني أمس زيارة رسمية إلى الجزائر سيجتمع خلالها "
            "بالرئيس الجزائري عبد العزيز بوتفليقة.")
    assert rows(text) == [("reported", "Abdullah II of Jordan", "Abdelaziz Bouteflika", "2016-03-05")]


def test_a_visit_begun_this_evening_with_a_meeting_during_it_lies_ahead():
    text = ("يبدأ العاهل الأردني الملك عبد الله الثاني مساء اليوم زيارة رسمية إلى الجزائر سيجتمع خلالها "
            "بالرئيس الجزائري عبد العزيز بوتفليقة.")
    assert [r[0] for r in rows(text)] == ["referenced"]
