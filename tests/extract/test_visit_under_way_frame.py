"""A visit under way told through its frame rather than a meeting verb: a tour begun ("جولته التي بدأها
الاثنين من باريس للقاء ...", his tour, which he began on Monday from Paris to meet ...), a visit whose end is
scheduled ("من المقرر أن ينهي ... زيارته اليوم", is scheduled to end his visit today), and an arrival told
in the pluperfect ("وكان آبي وصل إلى القاهرة", Abe had arrived in Cairo) as the background of such a visit
(tasks/extract/visits/begun.py begun_relative, begun_from; span.py ended_ahead, ending_day; making.py
still_going; grammar.yaml ending_verbs_present). Invented sentences, the real lexicon."""
import datetime as dt
from collections import defaultdict

from tasks.extract import extract_article

MONDAY = dt.date(2018, 6, 4)
THURSDAY = dt.date(2016, 2, 25)


def rows(text, pub, title=None):
    out = defaultdict(list)
    extract_article("a", text, pub, out, source="x", title=title)
    return sorted((r["kind"], r["planned"], r["visitor"], r["host"], r["city"], r["date"]) for r in out["visit_mentions"])


def test_a_tour_begun_today_to_meet_a_leader_is_reported_in_spite_of_a_hope():
    # "Indian PM Modi hopes to deepen the partnership during his European tour, which he began on Monday
    # from Paris to meet President Macron": the tour is begun, the meeting is its purpose
    text = ("يأمل رئيس الوزراء الهندي ناريندرا مودي أن يعزز الشراكة الاقتصادية خلال جولته الأوروبية التي بدأها "
            "الاثنين من باريس للقاء الرئيس إيمانويل ماكرون.")
    assert rows(text, MONDAY) == [("reported", False, "Narendra Modi", "Emmanuel Macron", "Paris", MONDAY)]


def test_a_tour_that_begins_later_stays_a_hope():
    # "... during his European tour, which he begins on Thursday from Paris to meet Macron": not begun
    text = ("يأمل رئيس الوزراء الهندي ناريندرا مودي أن يعزز الشراكة الاقتصادية خلال جولته الأوروبية التي يبدأها "
            "الخميس من باريس للقاء الرئيس إيمانويل ماكرون.")
    assert rows(text, MONDAY) == []


def test_a_hope_to_meet_during_a_tour_stays_a_hope():
    # "Modi hopes to meet President Macron during his European tour"
    text = "يأمل رئيس الوزراء الهندي ناريندرا مودي أن يلتقي الرئيس إيمانويل ماكرون خلال جولته الأوروبية."
    assert rows(text, MONDAY) == []


def test_a_visit_whose_end_is_scheduled_today_is_reported_with_its_pluperfect_arrival():
    # "Abe had arrived in Cairo as part of a tour that also includes a visit to Jordan. Japanese PM Shinzo Abe
    # is scheduled to end his visit to Egypt today after meeting President Sisi": under way; Jordan ahead
    text = ("وكان آبي وصل إلى القاهرة في إطار جولة تتضمن أيضا زيارة الأردن.\n"
            "ومن المقرر أن ينهي رئيس الوزراء الياباني شينزو آبي زيارته إلى مصر اليوم بعد لقائه الرئيس عبد الفتاح السيسي.")
    found = rows(text, THURSDAY)
    assert ("reported", False, "Shinzo Abe", "Abdel Fattah el-Sisi", "Cairo", None) in found
    assert not any(r[0] == "referenced" and r[3] == "Abdel Fattah el-Sisi" for r in found)


def test_the_end_day_ahead_is_not_the_meetings_day():
    # "Abe ends tomorrow his visit to Egypt, during which he met President Sisi": the talks are behind, undated
    text = "ينهي رئيس الوزراء الياباني شينزو آبي غدا زيارته إلى مصر التي التقى خلالها الرئيس عبد الفتاح السيسي."
    assert rows(text, THURSDAY) == [("reported", False, "Shinzo Abe", "Abdel Fattah el-Sisi", None, None)]


def test_an_end_told_next_week_leaves_the_visit_a_plan():
    # "Abe is scheduled to end next week a visit to Egypt during which he meets Sisi": it may not have begun
    text = ("من المقرر أن ينهي رئيس الوزراء الياباني شينزو آبي الأسبوع المقبل زيارة إلى مصر يلتقي خلالها "
            "الرئيس عبد الفتاح السيسي.")
    assert [r[:2] for r in rows(text, THURSDAY)] == [("referenced", True)]


def test_ending_something_else_and_beginning_a_visit_tomorrow_stays_a_plan():
    # "Abe ends the dispute today and begins tomorrow a visit to Egypt during which he meets Sisi"
    text = ("ينهي رئيس الوزراء الياباني شينزو آبي اليوم الخلاف ويبدأ غدا زيارة إلى مصر يلتقي خلالها "
            "الرئيس عبد الفتاح السيسي.")
    assert [r[:2] for r in rows(text, THURSDAY)] == [("referenced", True)]


def test_a_pluperfect_arrival_with_the_visit_called_current_is_reported():
    # "Abe had arrived in Cairo. Abe said during his current visit that ties are good"
    text = ("وكان رئيس الوزراء الياباني شينزو آبي وصل إلى القاهرة للقاء الرئيس عبد الفتاح السيسي.\n"
            "وقال آبي خلال زيارته الحالية إن العلاقات جيدة.")
    assert rows(text, THURSDAY)[0][:3] == ("reported", False, "Shinzo Abe")


def test_a_pluperfect_arrival_dated_days_before_stays_an_earlier_visit():
    # "Abe had arrived in Cairo on 15 February as part of a tour that also includes Jordan. Abe said during his
    # current visit that ties with Sisi are good": the arrival's own day, ten days gone, keeps it behind the news
    text = ("وكان رئيس الوزراء الياباني شينزو آبي وصل إلى القاهرة يوم 15 فبراير في إطار جولة تتضمن أيضا زيارة الأردن.\n"
            "وقال آبي خلال زيارته الحالية إن العلاقات مع الرئيس عبد الفتاح السيسي جيدة.")
    found = rows(text, THURSDAY)
    assert ("referenced", False, "Shinzo Abe", "Abdel Fattah el-Sisi", "Cairo", dt.date(2016, 2, 15)) in found
    assert not any(r[0] == "reported" for r in found)


def test_another_leaders_visit_ending_leaves_a_bare_pluperfect_arrival_earlier():
    # "Abe had arrived in Cairo ... Putin is scheduled to end his visit to China today": Putin's visit is under
    # way, not Abe's; Abe named by his surname alone, as the case this class was found in
    text = ("وكان آبي وصل إلى القاهرة في إطار جولة تتضمن أيضا زيارة الأردن.\n"
            "ومن المقرر أن ينهي الرئيس الروسي فلاديمير بوتين زيارته إلى الصين اليوم بعد لقائه الرئيس شي جين بينغ.\n"
            "وأجرى رئيس الوزراء الياباني شينزو آبي محادثات هاتفية مع الرئيس عبد الفتاح السيسي.")
    found = rows(text, THURSDAY)
    assert ("reported", False, "Vladimir Putin", "Xi Jinping") in [r[:4] for r in found]
    assert [r[0] for r in found if r[2] == "Shinzo Abe" and r[3] == "Abdel Fattah el-Sisi"] == ["referenced"]


def test_a_will_end_in_a_programme_ahead_stays_a_plan():
    # "The source said Abe will meet Sisi, and will end his visit to Egypt meeting the Japanese community":
    # a sa- ending verb tells the programme of a visit ahead, not one under way
    text = ("وقال المصدر إن رئيس الوزراء الياباني شينزو آبي سيلتقي الرئيس عبد الفتاح السيسي، وسيختتم زيارته لمصر "
            "بلقاء الجالية اليابانية.")
    assert [r[:4] for r in rows(text, THURSDAY)] == [("referenced", True, "Shinzo Abe", "Abdel Fattah el-Sisi")]


def test_the_day_a_visit_began_after_its_end_today_stays_its_day():
    # "Abe ends today his visit to Egypt, which began on 22 February, and which he opened with a meeting with
    # Sisi": the relative's day is the beginning's, not the end's
    text = ("ينهي اليوم رئيس الوزراء الياباني شينزو آبي زيارته لمصر التي بدأت في 22 فبراير الجاري، والتي استهلها "
            "بلقاء مع الرئيس عبد الفتاح السيسي.")
    assert rows(text, THURSDAY) == [("reported", False, "Shinzo Abe", "Abdel Fattah el-Sisi", None, dt.date(2016, 2, 22))]


def test_an_intended_end_of_the_visit_is_no_visit_ahead():
    # "Cameron heads to Turkey today on a two-day visit ...; he opens his programme in Ankara ..., then meets President
    # Gul ...; Cameron intends to conclude his visit tomorrow evening": the end is ahead, the visit under way
    # (span._ending_noun_ahead), so the plan of its end does not turn the day's programme into a visit ahead:
    # Gul's meeting stays reported and the visit keeps Ankara (the headline gives "زيارته" Turkey: headline_goal)
    lead = ("يتوجه رئيس الوزراء البريطاني ديفيد كاميرون اليوم إلى تركيا في زيارة رسمية تستمر يومين بدعوة من رئيس "
            "الوزراء التركي رجب طيب أردوغان.\nويستهل كاميرون برنامجه بأنقرة بزيارة ضريح أتاتورك، ثم يلتقي في وقت لاحق "
            "رئيس الجمهورية عبد الله غل، ثم يستعرض حرس الشرف برفقة أردوغان في مقر رئاسة الوزراء.\n")
    sunday = dt.date(2013, 2, 24)
    for end in ("يشار إلى أن رئيس الوزراء البريطاني يعتزم اختتام زيارته، مساء غد، والعودة إلى بلاده.",
                "وينوي كاميرون اختتام زيارته غدا.", "ومن المنتظر أن يعتزم كاميرون اختتام زيارته، مساء غد."):
        assert rows(lead + end, sunday, "زيارة كاميرون إلى تركيا") == [
            ("reported", False, "David Cameron", "Abdullah Gul", "Ankara", sunday),
            ("reported", False, "David Cameron", "Recep Tayyip Erdogan", "Ankara", sunday)], end


def test_an_intended_visit_or_an_end_behind_is_no_intended_end():
    # near misses: intending the visit itself ("يعتزم ... القيام بزيارة", no end noun) stays a plan; so does a visit
    # next week whose end only frames the next leg ("بعد اختتام زيارته", after concluding his visit: no verb right
    # before the end noun), and one a past verb decided to cut short ("قرر اختتام", decided to conclude)
    text = ("يعتزم رئيس الوزراء الياباني شينزو آبي القيام بزيارة إلى مصر الأسبوع المقبل يلتقي خلالها "
            "الرئيس عبد الفتاح السيسي.")
    assert [r[:2] for r in rows(text, THURSDAY)] == [("referenced", True)]
    for text in ("يزور رئيس الوزراء الياباني شينزو آبي مصر الأسبوع المقبل للقاء الرئيس عبد الفتاح السيسي، على أن "
                 "يتوجه بعد اختتام زيارته لمصر إلى الأردن.",
                 "يزور رئيس الوزراء الياباني شينزو آبي مصر الأسبوع المقبل للقاء الرئيس عبد الفتاح السيسي، وقرر آبي "
                 "اختتام زيارته لمصر بعد يومين."):
        assert [r[:2] for r in rows(text, THURSDAY)] == [("referenced", True)], text
