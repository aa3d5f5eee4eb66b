"""A visit under way on the day of publication, told inside a story about something else: by a later day of it
after a plan cue ("من المقرر أن يبدأ ... اليوم الثالث من زيارته", is due to begin the third day of his visit:
span.begun_day_of, read by plans.plan_cue), by a meeting of today beside a day of the visit told elsewhere
("ومن المقرر أن يجتمع ... اليوم" with "في أول يوم من زيارته": making.today_in_visit; grammar.yaml
visit_day_singulars; the feminine "تجتمع" of triggers.yaml meet_future), and by "now" between a verb of making and
the visit noun ("يقوم الآن بزيارة": making._making_adverb), which no postponement or "آخر" (another) before it
puts off or sends back (candidates._status, timing.visit_kind). Invented sentences, the real lexicon."""
import datetime as dt
from collections import defaultdict

from tasks.extract import extract_article

WEDNESDAY = dt.date(2018, 5, 16)
THURSDAY = dt.date(2018, 5, 17)


def rows(text, pub=WEDNESDAY):
    out = defaultdict(list)
    extract_article("a", text, pub, out, source="x")
    return sorted((r["kind"], r["planned"], r["visitor"], r["host"], r["date"]) for r in out["visit_mentions"])


def test_a_later_day_of_a_visit_after_a_plan_cue_is_the_visit_under_way():
    # "the lira fell as Turkish President Erdogan is due to begin the third day of his visit to Russia"
    text = ("تراجعت الليرة في الوقت الذي من المقرر أن يبدأ فيه الرئيس التركي رجب طيب أردوغان اليوم الثالث "
            "من زيارته إلى روسيا.")
    assert rows(text) == [("reported", False, "Recep Tayyip Erdogan", "Vladimir Putin", None)]


def test_a_first_day_after_a_plan_cue_may_lie_ahead():
    # "... is due to begin the first day of his visit to Russia": it may not have begun
    text = ("تراجعت الليرة في الوقت الذي من المقرر أن يبدأ فيه الرئيس التركي رجب طيب أردوغان اليوم الأول "
            "من زيارته إلى روسيا.")
    assert rows(text) == [("referenced", True, "Recep Tayyip Erdogan", "Vladimir Putin", None)]


def test_a_later_day_dated_after_publication_stays_a_plan():
    # "Erdogan is due to begin next Thursday the third day of his visit to Russia"
    text = "ومن المقرر أن يبدأ الرئيس التركي رجب طيب أردوغان يوم الخميس المقبل اليوم الثالث من زيارته إلى روسيا."
    assert rows(text) == [("referenced", True, "Recep Tayyip Erdogan", "Vladimir Putin", THURSDAY)]


def test_a_meeting_scheduled_today_during_a_visit_told_by_its_first_day_is_reported():
    # "Erdogan's remarks dominated the papers on the first day of his visit, which began yesterday. Putin is
    # scheduled to meet Erdogan today"
    text = ("وهيمنت تصريحات الرئيس التركي رجب طيب أردوغان على الصحف في أول يوم من زيارته التي بدأت أمس.\n"
            "ومن المقرر أن يجتمع الرئيس الروسي فلاديمير بوتين مع أردوغان اليوم.")
    # dated by the visit's first day, yesterday (GUIDE: the arrival day; session 34, trip_share._begun_day)
    assert rows(text) == [("reported", False, "Recep Tayyip Erdogan", "Vladimir Putin", WEDNESDAY - dt.timedelta(days=1))]


def test_a_meeting_scheduled_today_with_no_visit_told_is_the_days_meeting():
    # "Erdogan's remarks dominated the Russian papers. Putin is scheduled to meet Erdogan today": no visit told,
    # the clause's own day makes it the day's meeting (session 30, visits.begun.scheduled_today)
    text = ("وهيمنت تصريحات الرئيس التركي رجب طيب أردوغان على الصحف الروسية.\n"
            "ومن المقرر أن يجتمع الرئيس الروسي فلاديمير بوتين مع أردوغان اليوم.")
    assert rows(text) == [("reported", False, "Vladimir Putin", "Recep Tayyip Erdogan", WEDNESDAY)]


def test_a_meeting_scheduled_tomorrow_during_a_visit_stays_a_plan():
    text = ("وهيمنت تصريحات الرئيس التركي رجب طيب أردوغان على الصحف في أول يوم من زيارته التي بدأت أمس.\n"
            "ومن المقرر أن يجتمع الرئيس الروسي فلاديمير بوتين مع أردوغان غدا.")
    assert rows(text) == [("referenced", True, "Vladimir Putin", "Recep Tayyip Erdogan", THURSDAY)]


def test_the_feminine_meeting_verb_today_on_the_second_day_of_her_visit():
    # "Merkel's remarks led the papers on the second of her visit's days. Merkel is scheduled to meet Macron today"
    text = ("وتصدرت تصريحات المستشارة الألمانية أنجيلا ميركل الصحف في ثاني أيام زيارتها.\n"
            "ومن المقرر أن تجتمع ميركل مع الرئيس الفرنسي إيمانويل ماكرون اليوم.")
    assert rows(text) == [("reported", False, "Angela Merkel", "Emmanuel Macron", WEDNESDAY)]


def test_the_feminine_meeting_verb_next_week_is_a_plan():
    text = ("وقالت المستشارة الألمانية أنجيلا ميركل إن الاتفاق صامد.\n"
            "ومن المقرر أن تجتمع ميركل مع الرئيس الفرنسي إيمانويل ماكرون الأسبوع المقبل.")
    assert rows(text) == [("referenced", True, "Angela Merkel", "Emmanuel Macron", None)]


def test_a_visit_made_now_is_not_the_one_put_off():
    # "the presidency asked to put off the hospital's opening to another time, as Sisi is now making a visit to Sudan"
    text = ("طلبت الرئاسة تأجيل افتتاح المستشفى إلى وقت آخر، لأن الرئيس المصري عبد الفتاح السيسي يقوم الآن "
            "بزيارة إلى السودان.")
    assert rows(text) == [("reported", False, "Abdel Fattah el-Sisi", "Omar al-Bashir", None)]


def test_a_visit_put_off_stays_a_plan():
    # "the presidency asked to put off Sisi's visit to Sudan to another time"
    text = "طلبت الرئاسة تأجيل زيارة الرئيس المصري عبد الفتاح السيسي إلى السودان إلى وقت آخر."
    assert rows(text) == [("referenced", True, "Abdel Fattah el-Sisi", "Omar al-Bashir", None)]


FRIDAY = dt.date(2013, 2, 22)
LEAD = "قال رئيس الوزراء البريطاني ديفيد كاميرون إن بلاده لن تعيد التمثال القديم.\n"


def test_a_day_of_a_visit_with_a_coordinated_ordinal_is_the_visit_under_way():
    """"on the third and last day of his visit to India": the second ordinal joined by "و" (span.day_words)
    leaves the phrase a later day of the visit, under way deep in the text, and so after a plan cue."""
    text = LEAD + "وفي اليوم الثالث والأخير من زيارته للهند، استبعد كاميرون إعادة التمثال."
    assert rows(text, FRIDAY) == [("reported", False, "David Cameron", "Manmohan Singh", None)]
    text = LEAD + "وتراجع الجنيه بينما من المقرر أن يبدأ كاميرون اليوم الثاني والأخير من زيارته للهند."
    assert rows(text, FRIDAY) == [("reported", False, "David Cameron", "Manmohan Singh", None)]


def test_a_first_day_of_a_visit_whose_aim_a_relative_clause_tells_is_under_way():
    """"on the first day of his visit to India, which aims at trade": "التي تهدف" is a relative clause, no
    predicate of aim telling a visit ahead (plans._purpose_of)."""
    text = LEAD + "وفي اليوم الأول من زيارته للهند التي تهدف إلى تعزيز التجارة، استبعد كاميرون إعادة التمثال."
    assert rows(text, FRIDAY) == [("reported", False, "David Cameron", "Manmohan Singh", None)]


def test_a_visit_whose_predicate_is_its_aim_or_marked_ahead_stays_a_plan():
    """Near misses: the aim as the noun's predicate ("زيارته للهند تهدف إلى") and a relative clause of aim
    after a visit marked ahead ("المقبلة", next) are not the visit under way."""
    for text in (LEAD + "وأوضح أن زيارته للهند تهدف إلى تعزيز التجارة.",
                 LEAD + "وتحدث عن زيارته المقبلة للهند التي تهدف إلى تعزيز التجارة."):
        assert [r for r in rows(text, FRIDAY) if r[0] == "reported"] == []


def test_a_summit_of_last_week_told_on_the_last_day_of_another_visit_stays_past():
    """Near miss: the coordinated ordinal dates only its own visit noun; "قمته مع ترامب في الأسبوع الماضي" (his
    summit with Trump last week), told after it in the sentence, is not under way."""
    text = ("بحث الزعيم الكوري الشمالي كيم جونغ أون والرئيس الصيني شي جين بينغ التعاون في بكين اليوم.\n"
            "وجاء الاجتماع في اليوم الثاني والأخير من زيارة كيم إلى بكين، حيث أطلع كيم الرئيس الصيني على قمته مع "
            "الرئيس الأمريكي دونالد ترامب في الأسبوع الماضي.")
    assert not [r for r in rows(text) if r[0] == "reported" and "Donald Trump" in r[2:4]]


# A visit's closing phrase before its noun ("في ختام زيارة", at the end of a visit; grammar.yaml visit_close_frames)
# tells its last day, as "في اليوم الأخير من زيارته" does (span.visit_day_of): under way however deep in the text.
FILLER = ("أعلنت الحكومة الإيطالية أن السفينة سترسو في مالطا. وقال وزير الداخلية إن القرار نهائي. وأضاف أن الحكومة "
          "ستعقد اجتماعا. وتابع أن الوضع صعب. وأكد أن السفينة مخالفة. وكتبت صحيفة أن الظروف صعبة. وقال متحدث إن "
          "الأمر مؤقت. ")


def test_an_announcement_at_the_end_of_a_visit_told_deep_in_the_text_is_the_visit_under_way():
    text = FILLER + "من جانبه، أعلن الرئيس الفرنسي إيمانويل ماكرون في ختام زيارة إلى ألمانيا أن بلاده ستستقبل بعض الركاب."
    assert rows(text) == [("reported", False, "Emmanuel Macron", "Angela Merkel", None)]


def test_an_announcement_after_a_visit_told_deep_in_the_text_stays_background():
    # "بعد زيارة" (after a visit): any day past it
    text = FILLER + "من جانبه، أعلن الرئيس الفرنسي إيمانويل ماكرون بعد زيارة إلى ألمانيا أن بلاده ستستقبل بعض الركاب."
    assert [r[0] for r in rows(text)] == ["referenced"]


def test_an_announcement_at_the_end_of_an_earlier_visit_stays_background():
    # the pluperfect "وكان ... قد أعلن" and a past month both tell an earlier visit
    for text in (FILLER + "وكان الرئيس الفرنسي إيمانويل ماكرون قد أعلن في ختام زيارة إلى ألمانيا أن بلاده ستستقبل لاجئين.",
                 FILLER + "وأعلن الرئيس الفرنسي إيمانويل ماكرون في ختام زيارة إلى ألمانيا في مارس الماضي أن بلاده ستستقبل لاجئين."):
        assert "reported" not in [r[0] for r in rows(text)]
