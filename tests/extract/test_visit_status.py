"""Held or not: denied, unconfirmed, cancelled, postponed, hypothetical and background
meetings are never `reported`; future, invited and called-off ones are `referenced`
with `planned` set. Invented sentences, the stand-in lexicon of test_visits."""
import datetime as dt

import pytest

from tasks.extract.dates import find_dates
from tests.extract.test_visits import D, run
from tests.extract.test_visits_detect import mention_rows
from ziyarat.arabic import fold_with_map


def reported(rows):
    return [(r["visitor"], r["host"]) for r in rows if r["kind"] == "reported"]


def test_a_denied_meeting_gives_no_row():
    assert run("نفى الكرملين أن يكون بوتين قد التقى الأسد في موسكو الأسبوع الماضي.") == []
    assert run("وقال مسؤول إنه لا صحة لما تردد عن لقاء جمع بوتين والأسد في موسكو.") == []
    # "ليس على أجندة" (not on the agenda): no visit, held or planned
    assert run("وقال المتحدث إنه ليس على أجندة بوتين زيارة دمشق للقاء الأسد حتى الآن.") == []


def test_an_unconfirmed_meeting_is_referenced_not_planned():
    [v] = run("وتحدثت أنباء عن لقاء سري بين بوتين والأسد في موسكو.")
    assert (v["kind"], v["planned"], v["city"]) == ("referenced", False, "Moscow")
    [v] = run("وقالت مصادر لم تسمها إن الأسد زار موسكو والتقى بوتين.")
    assert (v["kind"], v["planned"], v["visitor"], v["host"]) == ("referenced", False, "Bashar al-Assad", "Vladimir Putin")


def test_reports_told_after_the_visit_as_what_came_before_it_hedge_nothing():
    # "... قام بزيارة إلى موسكو ...، وذلك بعد ورود تقارير تفيد بهبوط طائرته" (made a visit to Moscow,
    # and that after reports came in of his plane landing): the agency confirms the visit
    text = ("وأكدت وكالة الأنباء الرسمية، الثلاثاء، أن أردوغان قام بزيارة إلى موسكو التقى خلالها بوتين، "
            "وذلك بعد ورود تقارير تفيد بهبوط طائرته في المطار.")
    [v] = run(text)
    assert (v["kind"], v["visitor"], v["host"], v["city"], v["date"]) == (
        "reported", "Recep Tayyip Erdogan", "Vladimir Putin", "Moscow", dt.date(2023, 3, 14))
    # reports of the meeting itself, after "بعد", still hedge it
    [v] = run("وجاءت التصريحات بعد أنباء عن لقاء سري جمع بوتين والأسد في موسكو.")
    assert v["kind"] == "referenced"


@pytest.mark.parametrize("text", [
    "أرجأ بوتين زيارته إلى القاهرة ولقاءه مع السيسي.",  # postponed
    "ألغى بوتين زيارته إلى القاهرة التي كان سيلتقي خلالها السيسي.",  # cancelled
    "وأعلنت الرئاسة تأجيل زيارة بوتين إلى القاهرة ولقائه مع السيسي.",  # postponement (noun)
])
def test_a_cancelled_or_postponed_meeting_is_planned_not_reported(text):
    rows = run(text)
    assert rows and reported(rows) == []
    assert {(r["visitor"], r["host"], r["planned"]) for r in rows} == {("Vladimir Putin", "Abdel Fattah el-Sisi", True)}


@pytest.mark.parametrize("text", [
    "ومن المرجح أن يلتقي بوتين الأسد في موسكو.",  # likely
    "وقال أردوغان إنه سيزور موسكو ويلتقي بوتين إذا سارت المفاوضات بشكل جيد.",  # conditional
    "وتحدث السيسي عن قمة بوتين وأردوغان المحتملة في موسكو.",  # "the possible summit"
    # its article before a quoted adjective: 'بالـ"محتملة"' (as "possible")
    'لكن تغريدة للوزير قبل اللقاء وصفت قمة أردوغان وبوتين بالـ"محتملة".',
    "وقال أردوغان الثلاثاء إنه منفتح على عقد قمة مع بوتين في موسكو.",  # "open to holding a summit"
    "وأضاف أن بوتين ونظيره أردوغان قد يجريان محادثات على هامش القمة.",  # "may hold talks" (qad + imperfect)
    "وقال مسؤول في مكتب السيسي إن بوتين يمكنه زيارة القاهرة حينما يشاء.",  # "he can visit"
    "وقال مسؤول في مكتب السيسي إن بإمكان بوتين زيارة القاهرة في أي وقت.",  # "it is in Putin's power to visit"
])
def test_a_hypothetical_meeting_is_not_reported(text):
    assert reported(run(text)) == []


def test_a_meeting_the_news_came_days_after_is_background():
    [v] = run("وجاءت الخطوة بعد أيام قليلة من قمة جمعت بوتين بالأسد في سوتشي.")
    assert (v["kind"], v["planned"], v["city"]) == ("referenced", False, "Sochi")
    [v] = run("ولم يتحدث الأسد وأردوغان منذ لقائهما في موسكو.")
    assert v["kind"] == "referenced"


def test_a_meeting_talked_about_by_its_results_is_background():
    # "أشاد بوتين بما حققه اجتماعه مع الأسد في سوتشي" (Putin praised what his meeting with
    # Assad in Sochi achieved): a meeting behind the news, told by its results
    [v] = run("وأشاد بوتين بما حققه اجتماعه مع الأسد في سوتشي من نتائج إيجابية.")
    assert v["kind"] == "referenced"
    [v] = run("وأشاد بوتين بما أسفرت عنه زيارة الأسد إلى موسكو من نتائج.")
    assert v["kind"] == "referenced"
    # told with its own verb too, the meeting stays news
    assert reported(run("التقى بوتين الأسد في موسكو، وأشاد بما حققه الاجتماع من نتائج.")) == [
        ("Bashar al-Assad", "Vladimir Putin")]


def test_the_day_of_an_announcement_does_not_date_the_trip_it_announces():
    text = "أعلن مصدر روسي، اليوم الثلاثاء، أن أردوغان سيتوجه إلى موسكو للقاء بوتين."
    pos = text.find("اليوم")
    [v] = run(text, dt.date(2023, 3, 14), dates=[D(pos, pos + 13, "اليوم الثلاثاء", dt.date(2023, 3, 14), "day", "relative")])
    assert (v["kind"], v["planned"], v["date"], v["visitor"], v["host"]) == (
        "referenced", True, None, "Recep Tayyip Erdogan", "Vladimir Putin")


def test_a_visit_with_a_future_adjective_is_planned():
    [v] = run("وتظاهر العشرات ضد زيارة بوتين المقبلة إلى دمشق ولقائه مع الأسد.")
    assert (v["kind"], v["planned"], v["visitor"], v["host"]) == ("referenced", True, "Vladimir Putin", "Bashar al-Assad")


def test_a_meeting_noun_with_a_pronoun_on_its_hamza_is_found():
    # "لقائه" (liqa'ihi, his meeting): the hamza of "لقاء" moves onto a ya before the pronoun
    [v] = run("وقال السيسي خلال لقائه ببوتين في موسكو إن العلاقات قوية.")
    assert (v["kind"], v["visitor"], v["host"], v["city"]) == ("reported", "Abdel Fattah el-Sisi", "Vladimir Putin", "Moscow")


def test_a_cancel_word_in_another_clause_does_not_call_the_meeting_off():
    text = "وعقد السيسي وبوتين اجتماعا مفاجئا بعد أن ألغى أردوغان زيارته."
    assert reported(run(text)) == [("Abdel Fattah el-Sisi", "Vladimir Putin")]
    text = "وصل أردوغان إلى سوتشي قبيل ساعات من القمة والتقى بوتين."
    assert reported(run(text)) == [("Recep Tayyip Erdogan", "Vladimir Putin")]


def test_a_meeting_told_with_a_planned_trip_is_part_of_the_plan():
    rows = run("وتظاهر العشرات ضد زيارة بوتين المقبلة إلى دمشق ولقائه مع الأسد.")
    assert reported(rows) == [] and all(r["planned"] for r in rows)


def test_the_meeting_said_again_keeps_the_background_of_the_first_mention():
    # "الاجتماع" (the meeting) later in the sentence is the summit the sentence dated as days old
    text = "وجاءت الخطوة بعد أيام قليلة من قمة جمعت بوتين بالأسد في سوتشي، وسط آمال واسعة في العاصمتين وفي المنطقة بأن يفتح الاجتماع أبواب التهدئة بين البلدين."
    rows = run(text)
    assert rows and reported(rows) == []


def test_a_plan_cue_in_another_clause_does_not_make_the_meeting_planned():
    # "المزمع إقامتها" (planned to be built) is the industrial zone's plan, past "إن" (that)
    text = "وقال السيسي عقب قمة جمعت الرئيسين في موسكو، إن المنطقة الصناعية المزمع إقامتها نقلة. وأكد بوتين ذلك."
    assert reported(run(text)) == [("Abdel Fattah el-Sisi", "Vladimir Putin")]


def test_a_future_verb_dated_only_by_its_month_is_planned():
    text = "وقال المتحدث إن أردوغان سيلتقي بوتين في يناير."
    pos = text.find("يناير")
    [v] = run(text, dt.date(2023, 1, 14), dates=[D(pos, pos + 5, "يناير", dt.date(2023, 1, 1), "month", "absolute")])
    assert (v["kind"], v["planned"]) == ("referenced", True)


@pytest.mark.parametrize("text", [
    "وأعلن بوتين أنه اتفق مع أردوغان على لقاء قريب في موسكو.",  # "agreed on a meeting soon"
    "وقال بوتين إن اجتماعه الثاني مع أردوغان سينعقد بعد الانتخابات في نوفمبر المقبل.",  # "will be held"
])
def test_an_agreed_or_scheduled_meeting_is_planned(text):
    rows = run(text)
    assert rows and reported(rows) == [] and all(r["planned"] for r in rows)


def test_what_was_agreed_at_a_past_summit_leaves_the_summit_unplanned():
    # "تم الاتفاق على تبادل الأسرى في قمة يناير" (the exchange of prisoners was agreed at the
    # January summit): the summit is where the agreement was made, not a meeting agreed on
    text = "وتم الاتفاق على تبادل الأسرى في قمة يناير بين بوتين وأردوغان."
    pos = text.find("يناير")
    rows = run(text, dt.date(2023, 3, 14), dates=[D(pos, pos + 5, "يناير", dt.date(2023, 1, 1), "month", "absolute")])
    assert rows and not any(r["planned"] for r in rows)
    # a meeting agreed on stays a plan: "اتفق معه على عقد قمة في موسكو" (agreed on holding a summit)
    rows = run("وأعلن بوتين أنه اتفق مع أردوغان على عقد قمة في موسكو.")
    assert rows and reported(rows) == [] and all(r["planned"] for r in rows)


def test_a_pledge_made_during_a_summit_is_not_the_future_of_its_keeping():
    # "سيلتزم بوعده الذي قطعه خلال قمة" (will keep the promise he made during a summit): the
    # relative clause's past verb, not "سيلتزم", governs the summit
    text = "وقال المتحدث إن الأسد سيلتزم بالوعد الذي قطعه خلال قمة مع بوتين في موسكو الشهر الماضي."
    pos = text.find("الشهر الماضي")
    rows = run(text, dt.date(2023, 3, 14), dates=[D(pos, pos + 12, "الشهر الماضي", dt.date(2023, 2, 1), "month", "relative")])
    assert rows and not any(r["planned"] for r in rows)
    # a sa- verb that governs "خلال" itself still plans it: "سيعلن موقفه خلال قمة" (will announce during)
    rows = run("وقال المتحدث إن الأسد سيعلن موقفه خلال قمة مع بوتين في موسكو.")
    assert rows and reported(rows) == [] and all(r["planned"] for r in rows)


def test_a_weekday_after_an_awaited_summit_is_the_next_one():
    # written on Friday 2023-03-17: "قمته المرتقبة الاثنين" (the awaited summit on Monday) is the
    # coming Monday, a plan, not the Monday gone
    fri, past_monday = dt.date(2023, 3, 17), dt.date(2023, 3, 13)
    text = "وحول القمة المرتقبة الاثنين بين بوتين وأردوغان، قال المتحدث إنها مهمة."
    pos = text.find("الاثنين")
    [v] = run(text, fri, dates=[D(pos, pos + 7, "الاثنين", past_monday, "day", "weekday")])
    assert (v["kind"], v["planned"], v["date"]) == ("referenced", True, dt.date(2023, 3, 20))
    # with no such adjective the noun's Monday is the one gone: "حول القمة بين بوتين وأردوغان الاثنين"
    text = "وحول القمة بين بوتين وأردوغان الاثنين، قال المتحدث إنها مهمة."
    pos = text.find("الاثنين")
    [v] = run(text, fri, dates=[D(pos, pos + 7, "الاثنين", past_monday, "day", "weekday")])
    assert (v["kind"], v["date"]) == ("reported", past_monday)


def test_weeks_before_an_awaited_summit_count_down_to_it():
    # "قبل أسابيع من القمة المرتقبة" (weeks before the awaited summit) is no "قبل أسابيع" (weeks ago)
    rows = run("قبل أسابيع من القمة المرتقبة بين بوتين وأردوغان، انتقدت موسكو تصريحات أنقرة.")
    assert rows and reported(rows) == [] and all(r["planned"] for r in rows)
    # ... but the summit that brought them together ("التي جمعت") was held
    rows = run("قبل أسابيع من القمة التي جمعت بوتين وأردوغان، انتقدت موسكو تصريحات أنقرة.")
    assert rows and not any(r["planned"] for r in rows)


def test_a_scheduled_meeting_s_day_is_not_the_visit_under_way_before_it():
    # "يزور أردوغان روسيا حاليا ومن المقرر أن يلتقي الأسد ... الاثنين" (is visiting Russia now, and
    # is scheduled to meet Assad on Monday): Monday is the scheduled meeting's, the visit is under way
    fri, monday = dt.date(2023, 3, 17), dt.date(2023, 3, 20)
    text = "ويزور أردوغان روسيا حاليا ومن المقرر أن يلتقي الأسد في دمشق الاثنين."
    pos = text.find("الاثنين")
    rows = run(text, fri, dates=[D(pos, pos + 7, "الاثنين", monday, "day", "weekday")])
    assert reported(rows) == [("Recep Tayyip Erdogan", "Vladimir Putin")]
    assert [(r["host"], r["planned"], r["date"]) for r in rows if r["kind"] == "referenced"] == [
        ("Bashar al-Assad", True, monday)]
    # with no plan cue the day is the visit's own: "يزور أردوغان روسيا الاثنين" (visits Russia on Monday)
    text = "ويزور أردوغان روسيا الاثنين."
    pos = text.find("الاثنين")
    [v] = run(text, fri, dates=[D(pos, pos + 7, "الاثنين", monday, "day", "weekday")])
    assert (v["kind"], v["planned"], v["date"]) == ("referenced", True, monday)


def test_a_sa_verb_far_before_during_still_governs_the_summit():
    # "ستعيد العمل بالضوابط ... لمدة 4 أيام خلال القمة" (will reinstate the controls ... for 4 days
    # during the summit): the verb, its object and a span stand before "خلال"; the summit is ahead
    text = ("وأعلنت الحكومة أنها ستعيد العمل بالضوابط الحدودية المفروضة على المسافرين من دول منطقة "
            "شينغن لمدة 4 أيام خلال القمة بين بوتين وأردوغان في موسكو.")
    rows = run(text)
    assert rows and reported(rows) == [] and all(r["planned"] for r in rows)
    # "أعادت" (reinstated) is past: the summit is under way
    assert reported(run(text.replace("ستعيد", "أعادت"))) == [("Recep Tayyip Erdogan", "Vladimir Putin")]


def test_the_summit_since_which_a_trip_ahead_is_counted_is_behind_it():
    # "سيقضي الوزير ... الجمعة والسبت فيما ستكون الأولى منذ القمة" (the minister will spend Friday and
    # Saturday, the first visit since the summit): the days are the minister's, the summit is behind
    wed, sat = dt.date(2023, 3, 15), dt.date(2023, 3, 18)
    text = "وسيقضي الوزير يومين في موسكو حتى السبت فيما ستكون الزيارة الأولى منذ القمة بين بوتين وأردوغان."
    pos = text.find("السبت")
    rows = run(text, wed, dates=[D(pos, pos + 5, "السبت", sat, "day", "weekday")])
    assert rows and not any(r["planned"] for r in rows) and all(r["date"] is None for r in rows)
    # a day after "منذ قمة" is the summit's own: "منذ قمة الاثنين" (since Monday's summit)
    text = "وهي الزيارة الأولى منذ قمة الاثنين بين بوتين وأردوغان."
    pos = text.find("الاثنين")
    rows = run(text, wed, dates=[D(pos, pos + 7, "الاثنين", dt.date(2023, 3, 13), "day", "weekday")])
    assert dt.date(2023, 3, 13) in [r["date"] for r in rows] and not any(r["planned"] for r in rows)


def test_a_weekday_after_a_meeting_noun_in_a_past_saying_is_the_nearest():
    # written on Sunday: "وكان أردوغان قال إن توقعاته منخفضة إزاء لقائه ببوتين يوم الاثنين" (Erdogan had
    # said his expectations were low for his meeting with Putin on Monday) is tomorrow, a plan
    sun, monday_gone, monday = dt.date(2023, 3, 19), dt.date(2023, 3, 13), dt.date(2023, 3, 20)
    text = "وكان أردوغان قال إن توقعاته منخفضة إزاء لقائه ببوتين في موسكو يوم الاثنين."
    pos = text.find("يوم الاثنين")
    [v] = run(text, sun, dates=[D(pos, pos + 11, "يوم الاثنين", monday_gone, "day", "weekday")])
    assert (v["kind"], v["planned"], v["date"]) == ("referenced", True, monday)
    # a past verb after the day keeps it gone: "إن لقاءه ببوتين يوم الاثنين كان مثمرا" (was fruitful) ...
    text = "وقال أردوغان إن لقاءه ببوتين يوم الاثنين كان مثمرا."
    pos = text.find("يوم الاثنين")
    rows = run(text, sun, dates=[D(pos, pos + 11, "يوم الاثنين", monday_gone, "day", "weekday")])
    assert [(r["kind"], r["date"]) for r in rows] == [("reported", monday_gone)]
    # ... and so does a meeting that frames the saying: "بعد لقائه بوتين يوم الاثنين" (after his meeting)
    text = "وقال أردوغان بعد لقائه ببوتين يوم الاثنين إن العلاقات جيدة."
    pos = text.find("يوم الاثنين")
    rows = run(text, sun, dates=[D(pos, pos + 11, "يوم الاثنين", monday_gone, "day", "weekday")])
    assert [(r["kind"], r["date"]) for r in rows] == [("reported", monday_gone)]
    # ... and "الاثنين الماضي" (last Monday) says which Monday itself
    text = "وكان أردوغان قال إن توقعاته منخفضة إزاء لقائه ببوتين في موسكو يوم الاثنين الماضي."
    pos = text.find("يوم الاثنين")
    rows = run(text, sun, dates=[D(pos, pos + 11, "يوم الاثنين", monday_gone, "day", "weekday")])
    assert rows and not any(r["planned"] for r in rows) and monday not in [r["date"] for r in rows]


def test_a_summit_of_a_body_is_not_a_meeting_of_the_leaders_named_with_it():
    text = "وانتقد أردوغان موقف بوتين من البيان الختامي لقمة الجمعية العامة للأمم المتحدة في نيويورك."
    assert reported(run(text)) == []


def test_a_planned_visit_makes_its_later_undated_mentions_plans_too():
    text = "وتظاهر العشرات ضد زيارة بوتين المقبلة إلى دمشق للقاء الأسد.\nونظمت مسيرة احتجاجا على زيارة بوتين إلى دمشق ولقائه الأسد."
    rows = run(text)
    assert rows and reported(rows) == []


def test_a_meeting_during_a_planned_trip_is_planned():
    text = "يغادر السيسي القاهرة غدا متوجها إلى موسكو للقاء بوتين.\nكما يلتقي السيسي، خلال الزيارة، الرئيس الأسد."
    rows = run(text)
    assert rows and reported(rows) == [] and {(r["visitor"], r["host"]) for r in rows} == {
        ("Abdel Fattah el-Sisi", "Vladimir Putin"), ("Abdel Fattah el-Sisi", "Bashar al-Assad")}


def test_a_meeting_during_a_trip_under_way_stays_reported():
    text = "وصل السيسي إلى موسكو أمس والتقى بوتين.\nكما يلتقي السيسي، خلال الزيارة، الرئيس الأسد."
    assert reported(run(text)) == [("Abdel Fattah el-Sisi", "Vladimir Putin"), ("Abdel Fattah el-Sisi", "Bashar al-Assad")]


def test_the_day_an_upcoming_meeting_was_agreed_does_not_make_it_past():
    text = "أعلن أردوغان الثلاثاء أنه اتفق مع بوتين على لقاء قريب، في أول اجتماع بينهما منذ أشهر."
    pos = text.find("الثلاثاء")
    rows = run(text, dt.date(2023, 3, 14), dates=[D(pos, pos + 8, "الثلاثاء", dt.date(2023, 3, 14), "day", "weekday")])
    assert rows and reported(rows) == [] and all(r["planned"] for r in rows)


@pytest.mark.parametrize("text", [
    "ووقع الأسد وأردوغان اتفاقا خلال القمة الثلاثية التي تجمع إلى جانبهما بوتين.",  # trilateral
    "واتفق بوتين وأردوغان على ذلك خلال قمة إقليمية عقدت في موسكو.",  # regional
])
def test_a_multilateral_summit_noun_binds_no_pair(text):
    assert reported(run(text)) == []


def test_a_leader_who_sends_his_minister_does_not_meet():
    assert reported(run("وقال بوتين إنه سيرسل وزير الخارجية للقاء الأسد في دمشق.")) == []


def test_preparations_for_a_summit_are_a_plan():
    rows = run("وقال بوتين إن الاستعدادات لعقد قمة ثانية بينه وبين أردوغان قطعت شوطا.")
    assert rows and reported(rows) == [] and all(r["planned"] for r in rows)


def test_a_cancel_word_after_a_visit_belongs_to_the_next_one():
    # "وإلغاء الزيارة التي كانت مقررة إلى فرنسا" cancels the French leg, not the visit before it
    text = "أعلنت الرئاسة تقليص مدة زيارة السيسي إلى موسكو ولقائه بوتين، وإلغاء الزيارة التي كانت مقررة إلى فرنسا."
    assert reported(run(text)) == [("Abdel Fattah el-Sisi", "Vladimir Putin")]


def test_what_two_leaders_agreed_on_after_meeting_is_not_a_plan():
    text = "وعقد السيسي وبوتين قمة في موسكو للاتفاق على جملة من الأمور."
    assert reported(run(text)) == [("Abdel Fattah el-Sisi", "Vladimir Putin")]


def test_a_date_after_a_coming_summit_is_the_summit_s():
    """"The coming summit ... on 9 April": the day dates the summit, not the meeting
    told before it, which stays the news of the day."""
    from tasks.extract.dates import find_dates
    from ziyarat.arabic import fold_with_map

    pub = dt.date(2019, 4, 3)
    text = "واستقبل السيسي أردوغان في القاهرة لبحث القمة القادمة مع بوتين في 9 أبريل."
    rows = run(text, pub, dates=find_dates(text, fold_with_map(text), pub))
    assert [(r["visitor"], r["host"], r["date"]) for r in rows if r["kind"] == "reported"] == [
        ("Recep Tayyip Erdogan", "Abdel Fattah el-Sisi", None)]


@pytest.mark.parametrize("text", [
    "وتحدث أردوغان عن الاقتصاد. وقال إن الأسعار سترتفع. وأضاف أن الحكومة تعمل. وأشار إلى البطالة. "
    "وتطرق إلى التعليم. وتحدث عن الصحة. وانتقد المعارضة. ويزور السيسي حاليا روسيا حيث يلتقي بوتين.",
    "وتحدث أردوغان عن الاقتصاد. وقال إن الأسعار سترتفع. وأضاف أن الحكومة تعمل. وأشار إلى البطالة. "
    "وتطرق إلى التعليم. وتحدث عن الصحة. وانتقد المعارضة. ويلتقي السيسي خلال زيارته الحالية لروسيا بوتين.",
])
def test_a_visit_said_to_be_under_way_is_reported_deep_in_the_text(text):
    """A lone undated mention deep in an article is background, unless it says the
    visit is going on now ("حاليا", now; "زيارته الحالية", his current visit)."""
    assert reported(run(text)) == [("Abdel Fattah el-Sisi", "Vladimir Putin")]
    assert reported(run(text.replace("حاليا ", "").replace(" الحالية", ""))) == []


@pytest.mark.parametrize("text", [
    "قال أردوغان إنه سيغادر القمة مع بوتين في سوتشي مبكرا.",  # will leave the summit
    "وقال السيسي إنه سيفتتح اللقاء مع بوتين في القاهرة بكلمة.",  # will open the meeting
    "أكدت الرئاسة أن زيارة السيسي إلى موسكو ولقاءه بوتين، تهدف إلى تعزيز التعاون.",  # the visit aims to
    "وأكد الجانبان ضرورة عقد قمة بين الأسد وأردوغان.",  # the need to hold a summit
    "وشدد أردوغان على أهمية اللقاء مع بوتين.",  # the importance of the meeting
])
def test_a_meeting_ahead_or_wished_is_not_reported(text):
    """A meeting noun after a sa- verb, a visit noun whose predicate is its aim, a
    meeting after a noun of necessity: none is a meeting held."""
    assert reported(run(text)) == []


def test_a_visit_that_aims_at_something_is_held_when_its_sentence_says_so():
    text = "وصل السيسي إلى موسكو في زيارة تهدف إلى تعزيز التعاون ويلتقي بوتين."
    assert reported(run(text)) == [("Abdel Fattah el-Sisi", "Vladimir Putin")]
    text = "أكدت الرئاسة أن زيارة السيسي إلى موسكو الثلاثاء تهدف إلى تعزيز التعاون مع بوتين."
    assert reported(run(text)) == [("Abdel Fattah el-Sisi", "Vladimir Putin")]


def test_a_summit_that_aims_at_something_is_not_its_predicate():
    text = "ارتفعت الأسهم بعدما وقع بوتين والأسد اتفاقا في قمة تاريخية تهدف إلى إنهاء الحرب."
    assert reported(run(text)) == [("Vladimir Putin", "Bashar al-Assad")]


@pytest.mark.parametrize("text", [
    "بفاصل يومين فقط على القمة بين بوتين وأردوغان، تتجه الأنظار إلى سوتشي.",
    "وقبل ساعات من انطلاق القمة بين السيسي وبوتين تستعد القاهرة لاستقبال الوفود.",
    # "قبيل" (qubayla, shortly before) leads a count as "قبل" does
    "رفعت أنقرة حالة التأهب قبيل ساعات من زيارة بوتين إلى تركيا ولقائه أردوغان.",
    "وقبيل أيام من القمة بين السيسي وبوتين في سوتشي، يحذر خبراء من سقف توقعات مرتفع.",
])
def test_a_meeting_counted_down_to_is_ahead(text):
    """"Two days before the summit", "hours before the summit opens": the meeting is
    later than the sentence's time, not reported."""
    assert reported(run(text)) == []


def test_a_countdown_beside_a_held_meeting_keeps_it():
    text = "وصل أردوغان إلى سوتشي قبل يوم من القمة والتقى بوتين."
    assert reported(run(text)) == [("Recep Tayyip Erdogan", "Vladimir Putin")]
    # "قبيل" with no count is no countdown: "shortly before the talks" the two met
    text = "التقى الرئيس السيسي بالرئيس بوتين في سوتشي قبيل المباحثات الموسعة بين الوفدين."
    assert reported(run(text)) == [("Abdel Fattah el-Sisi", "Vladimir Putin")]


def test_a_traveller_named_after_a_past_reference_is_the_earlier_visit_s():
    """"The visit comes days after a similar tour by X": X's tour is background."""
    text = "وتأتي ثاني زيارة للسيسي لروسيا بعد أيام من جولة مماثلة قام بها الرئيس أردوغان في روسيا."
    assert ("Recep Tayyip Erdogan", "Vladimir Putin") not in reported(run(text))


def test_two_or_more_visits_after_after_are_earlier_ones():
    """"The visit comes after two visits he made to Brussels and Italy": triggers.yaml past_reference holds the
    dual and the plural after an after-word as it holds "بعد زيارة" (the real lexicon reads them)."""
    from tests.extract.test_visit_international_bodies import _kinds
    pub = dt.date(2013, 1, 28)
    for cue in ("بعد زيارتين قام بهما لبروكسل وروما", "عقب زيارتين لروما وبروكسل", "بعد زيارات قام بها لروما وبروكسل"):
        text = f"وتأتي زيارة الرئيس محمد مرسي لألمانيا {cue}."
        kinds = _kinds(text, pub)
        assert ("reported", "Mohamed Morsi", "Angela Merkel") in kinds, cue
        assert not any(k[0] == "reported" and k[2] in ("Elio Di Rupo", "Mario Monti") for k in kinds), cue
    # near misses: one visit told now after another word ("بعد ظهر", in the afternoon), and "زيارتين" ahead
    text = "وصل الرئيس محمد مرسي بعد ظهر اليوم إلى روما في أولى زيارتين يقوم بهما لأوروبا."
    assert ("reported", "Mohamed Morsi", "Mario Monti") in _kinds(text, pub)


def test_a_meeting_named_by_its_city_in_the_lead_is_the_news_told_later():
    """A lone undated mention deep in the text is background, unless the lead names
    that meeting by its place ("قمة سوتشي", the Sochi summit)."""
    filler = "وتحدث الوزير عن الاقتصاد. وقال إن الأسعار سترتفع. وأضاف أن الحكومة تعمل. " \
             "وأشار إلى البطالة. وتطرق إلى التعليم. وتحدث عن الصحة. وانتقد المعارضة. "
    text = "الصحف تتابع قمة سوتشي. " + filler + "وانتقدت الصحف وصف أردوغان قمة سوتشي مع بوتين بالناجحة."
    assert reported(run(text)) == [("Recep Tayyip Erdogan", "Vladimir Putin")]
    assert reported(run("الصحف تتابع الانتخابات. " + filler +
                        "وانتقدت الصحف وصف أردوغان قمة سوتشي مع بوتين بالناجحة.")) == []


def test_a_meeting_dated_in_a_later_month_is_planned():
    """"Mid-March next" in a February article: the meeting is ahead, on a summit's
    sidelines too (the summit's date is the meeting's)."""
    from tasks.extract.dates import find_dates
    from ziyarat.arabic import fold_with_map

    pub = dt.date(2019, 2, 26)
    text = "وتوقع مسؤول أن يطلب الوسيط من بوتين والسيسي عقد لقاء على هامش قمة الاتحاد الأفريقي منتصف مارس المقبل."
    rows = run(text, pub, dates=find_dates(text, fold_with_map(text), pub))
    assert reported(rows) == []
    assert [(r["date"], r["planned"]) for r in rows] == [(dt.date(2019, 3, 1), True)]


@pytest.mark.parametrize("text", [
    "قال المتحدث، الثلاثاء، إن أردوغان ليس لديه خطط بعد للقاء الأسد بعد قمته مع بوتين في سوتشي.",
    "وأكد مسؤول أن السيسي لديه نية لزيارة موسكو ولقاء بوتين.",
])
def test_a_meeting_one_has_plans_for_is_not_held(text):
    """"Has (no) plans / the intention to ...": the meeting is intended, not held."""
    assert reported(run(text)) == []


def test_a_meeting_counted_down_to_on_the_day_of_publication_is_under_way():
    """"Hours before his arrival today": by the article's day the visit is under way
    (the GUIDE's "talks today"); the same countdown with no day is a visit ahead."""
    import polars as pl

    from tasks.extract import extract

    def kinds(text):
        out = extract(pl.DataFrame({"article_id": ["a"], "text": [text], "published_date": [dt.date(2022, 8, 25)]}))
        return out["visit_mentions"].select("kind", "visitor", "host").rows()

    text = "وقبل ساعات من وصول الرئيس الفرنسي إيمانويل ماكرون إلى الجزائر اليوم قال مسؤول جزائري إن تبون أنهى الاستعدادات."
    assert kinds(text) == [("reported", "Emmanuel Macron", "Abdelmadjid Tebboune")]
    assert kinds(text.replace(" اليوم", "")) == [("referenced", "Emmanuel Macron", "Abdelmadjid Tebboune")]


def test_kana_with_its_subject_before_a_perfect_is_an_earlier_visit_without_qad():
    """"وكان أردوغان توجه إلى موسكو" (Erdogan had gone to Moscow): the pluperfect needs no
    قد when the subject stands between كان and the verb; told as background."""
    text = "وكان أردوغان توجه إلى موسكو للقاء بوتين عشية الانتخابات الروسية."
    assert [r["kind"] for r in run(text, dt.date(2019, 4, 3))] == ["referenced"]


def test_kana_with_its_subject_before_an_arrival_today_is_the_news():
    text = "وكان أردوغان وصل إلى موسكو اليوم الثلاثاء للقاء بوتين."
    pub = dt.date(2019, 4, 2)
    assert [r["kind"] for r in run(text, pub, dates=find_dates(text, fold_with_map(text), pub))] == ["reported"]


def test_a_trip_told_after_the_one_under_way_is_planned():
    # "يتوجه بعدها إلى دمشق" (he heads after it to Damascus): the next leg, not yet begun
    rows = run("وصل بوتين إلى القاهرة اليوم في زيارة تستغرق ساعات، يتوجه بعدها إلى دمشق في زيارة رسمية يلتقي خلالها الأسد.")
    assert reported(rows) == [("Vladimir Putin", "Abdel Fattah el-Sisi")]
    assert {(r["host"], r["planned"]) for r in rows if r["kind"] == "referenced"} == {("Bashar al-Assad", True)}
    # "توجه بعدها" (headed after it) is past: held
    rows = run("وصل بوتين إلى القاهرة اليوم في زيارة استغرقت ساعات، توجه بعدها إلى دمشق في زيارة رسمية التقى خلالها الأسد.")
    assert ("Vladimir Putin", "Bashar al-Assad") in reported(rows)


def test_leaving_tonight_is_a_trip_ahead():
    # "سيتوجه بوتين الليلة إلى القاهرة" (will head tonight to Cairo): not begun at publication;
    # "سيلتقي بوتين السيسي اليوم" (will meet today) is the visit under way, and so is "سيصل بوتين مساء
    # اليوم" (will arrive this evening), the day's arrival (session 29: as "سيصل اليوم")
    from tests.extract.test_visit_dates import run_dated
    [v] = run_dated("سيتوجه بوتين الليلة إلى القاهرة للقاء السيسي.")
    assert (v["kind"], v["planned"]) == ("referenced", True)
    [v] = run_dated("سيصل بوتين مساء اليوم إلى القاهرة للقاء السيسي.")
    assert (v["kind"], v["planned"]) == ("reported", False)
    assert reported(run_dated("سيلتقي بوتين السيسي اليوم في القاهرة.")) == [("Vladimir Putin", "Abdel Fattah el-Sisi")]


def test_the_visit_noun_of_a_next_leg_and_an_evening_departure_are_planned():
    from tests.extract.test_visit_dates import run_dated
    # "يتوجه بعدها إلى دمشق في زيارة رسمية لسوريا" (heads after it to Damascus on an official visit to Syria)
    rows = run_dated("وقال الأسد إن العلاقات متينة. وصل بوتين إلى القاهرة صباح اليوم في زيارة رسمية تستغرق ساعات، "
                     "يتوجه بعدها إلى دمشق في زيارة رسمية لسوريا تستغرق يومين، يلتقي خلالها بالمسؤولين.")
    assert ("Vladimir Putin", "Bashar al-Assad") not in [r[:2] for r in reported(rows)]
    # "يتوجه مساء اليوم إلى القاهرة" (heads this evening to Cairo): not set out at publication
    [v] = run_dated("يتوجه بوتين مساء اليوم إلى القاهرة حيث يلتقي السيسي.")
    assert (v["kind"], v["planned"]) == ("referenced", True)


def _run_india(text, published=dt.date(2019, 4, 3)):
    """run_dated with India's president and prime minister and India itself added."""
    from tasks.extract.dates import find_dates
    from tasks.extract.visits import find_visits
    from tests.extract.test_visits import M, mentions, sentence_spans
    from ziyarat.arabic import fold_with_map
    ms = mentions(text)
    for word, oid, name, offices in (("موخرجي", "mukherjee", "Pranab Mukherjee", ["head_of_state"]),
                                     ("سينغ", "singh", "Manmohan Singh", ["head_of_government"])):
        ms += [M(oid, "person", name, word, k, k + len(word), "India", None, offices) for k in range(len(text))
               if text.startswith(word, k)]
    ms += [M("india", "place", "India", "الهند", k, k + 5, "India", None) for k in range(len(text)) if text.startswith("الهند", k)]
    return find_visits(text, sentence_spans(text), sorted(ms, key=lambda m: m.start),
                       find_dates(text, fold_with_map(text), published), published)


def test_an_undated_lead_meeting_is_part_of_the_trip_planned_after_it():
    # "يعقد السيسي جلسة مباحثات مع سينغ. كما يلتقي خلال زيارته للهند التي تبدأ بعد غد الرئيس
    # موخرجي" (holds talks with Singh; also meets, during his visit starting the day after
    # tomorrow, President Mukherjee): the lead's talks are in the trip ahead
    rows = _run_india("يعقد السيسي جلسة مباحثات رسمية مع رئيس الوزراء الهندي سينغ لبحث القضايا الثنائية. "
                      "كما يلتقي السيسي خلال زيارته للهند التي تبدأ بعد غد الرئيس موخرجي.")
    assert rows and reported(rows) == []


def test_another_visit_by_an_imperfect_is_the_next_leg():
    # "غادر ... إلى موسكو في زيارة ... كما يقوم بزيارة أخرى إلى مصر" (also makes another visit
    # to Egypt): the next leg, ahead; "وقام ... بزيارة أخرى" (made another) is done
    said = " وقال السيسي إن العلاقات متينة."
    text = "غادر أردوغان أنقرة متجها إلى موسكو في زيارة يلتقي خلالها بوتين، كما يقوم أردوغان بزيارة أخرى إلى مصر." + said
    assert ("Recep Tayyip Erdogan", "Abdel Fattah el-Sisi") not in reported(run(text))
    past = "زار أردوغان موسكو والتقى بوتين، وقام أردوغان بزيارة أخرى إلى مصر." + said
    assert ("Recep Tayyip Erdogan", "Abdel Fattah el-Sisi") in reported(run(past))


def test_an_invitation_back_does_not_make_the_visit_a_plan():
    # "... ودعا السيسي بوتين لزيارة مصر" (and Sisi invited Putin to visit Egypt): the talks told
    # before are Sisi's in Moscow, not part of Putin's trip ahead
    rows = run("يجري السيسي مباحثات مع بوتين في موسكو حول الطاقة. ودعا السيسي بوتين لزيارة مصر في أقرب فرصة.")
    assert [r["planned"] for r in rows if r["visitor"] == "Abdel Fattah el-Sisi"] == [False]


@pytest.mark.parametrize("text", [
    "وكان بوتين في استقبال السيسي لدى وصوله إلى موسكو. ومن المقرر أن يلتقي السيسي بوتين غدا.",  # an arrival, not talks
    "وتزامن الهجوم مع زيارة السيسي لموسكو ولقائه بوتين. وكان السيسي قد ألغى في نوفمبر الماضي زيارته لموسكو.",  # called off before
])
def test_a_later_plan_does_not_take_in_an_arrival_or_follow_a_trip_called_off_before(text):
    from tests.extract.test_visit_dates import run_dated
    rows = run_dated(text, dt.date(2023, 3, 13))
    assert [r["planned"] for r in rows if r["date"] is None] == [False]


def test_a_visit_that_begins_this_evening_is_ahead():
    # "خلال زيارته التي تبدأ مساء اليوم لمصر" (during his visit to Egypt that begins this evening)
    from tests.extract.test_visit_dates import run_dated
    [v] = run_dated("يشهد بوتين خلال زيارته التي تبدأ مساء اليوم لمصر توقيع اتفاقيات مع السيسي.")
    assert (v["kind"], v["planned"]) == ("referenced", True)
    [v] = run_dated("يشهد بوتين خلال زيارته التي تبدأ، مساء اليوم الأربعاء، لمصر توقيع اتفاقيات مع السيسي.")
    assert (v["kind"], v["planned"]) == ("referenced", True)
    # "التي بدأت صباح اليوم" (that began this morning) is under way
    assert reported(run_dated("يشهد بوتين خلال زيارته التي بدأت صباح اليوم لمصر توقيع اتفاقيات مع السيسي."))


def test_talks_with_a_leader_of_a_later_country_of_a_tour_are_planned():
    # "يبدأ أردوغان اليوم جولة تشمل مصر وروسيا" (begins today a tour that includes Egypt and
    # Russia): Russia is the second leg, the talks with Putin are ahead; Egypt's may be today's
    rows = run("يبدأ أردوغان اليوم جولة تشمل مصر وروسيا، ويجري محادثات مع بوتين.")
    assert reported(rows) == []
    # (the tour's first country, Egypt, is its own mention since triggers.yaml tour_making: never reported here)
    assert {(r["host"], r["planned"]) for r in rows if r["host"] != "Abdel Fattah el-Sisi"} == {("Vladimir Putin", True)}
    assert reported(run("يبدأ أردوغان اليوم جولة تشمل مصر وروسيا، ويجري محادثات مع السيسي.")) == [
        ("Recep Tayyip Erdogan", "Abdel Fattah el-Sisi")]


@pytest.mark.parametrize("text", [
    # "من المبرمج أن" (min al-mubarmaj, it is programmed that): the Maghreb's "من المقرر"
    "ومن المبرمج ان يفتتح أردوغان فور وصوله إلى موسكو المنتدى الاقتصادي، ثم يجري مقابلات مع الرئيس فلاديمير بوتين.",
    # "الزيارة المبرمجة" (the programmed visit)
    "وتحدث أردوغان عن زيارته المبرمجة إلى موسكو ولقائه مع بوتين.",
])
def test_a_programmed_visit_is_planned(text):
    assert [(v["kind"], v["visitor"], v["host"]) for v in run(text)] == [
        ("referenced", "Recep Tayyip Erdogan", "Vladimir Putin")]


def test_a_meeting_agreed_with_him_is_planned():
    # "تحدث ... إلى ... واتفق معه على لقاء" (spoke to him and agreed with him on a meeting)
    text = "تحدث أردوغان إلى بوتين واتفق معه على لقاء في موسكو."
    assert [(v["kind"], v["planned"]) for v in run(text)] == [("referenced", True)]


def test_the_day_of_a_newspapers_issue_does_not_make_a_planned_visit_held():
    # "أعلن اليوم موعد زيارة مرسي المرتقبة ... يوم الرابع من أبريل المقبل. ونشرت النبأ صحيفة
    # في عددها الصادر اليوم، مشيرة إلى أنها الزيارة الأولى ..." (a paper ran the news in its
    # issue out today, saying it is the first visit): today is the issue's, the visit ahead
    day = dt.date(2013, 3, 17)
    text = ("أعلن في الخرطوم اليوم الأحد أنه تم تحديد موعد زيارة الرئيس محمد مرسي المرتقبة إلى "
            "السودان ولقائه الرئيس عمر البشير يوم الرابع من أبريل المقبل.\n"
            "ونشرت النبأ صحيفة الرأي العام في عددها الصادر اليوم، مشيرة إلى أنها الزيارة الأولى "
            "للرئيس مرسي إلى السودان ولقاؤه الأول مع البشير منذ توليه الحكم.")
    rows = mention_rows(text, day)
    assert rows and {(r["kind"], r["planned"]) for r in rows} == {("referenced", True)}


def test_a_trip_told_only_as_ahead_takes_its_travellers_undated_legs_with_it():
    # "تمهيدا لزيارة الرئيس أوباما المقررة نهاية الأسبوع" (ahead of Obama's visit set for the
    # weekend) + "خلال زيارته لإسرائيل" (during his visit to Israel): the same trip, ahead
    day = dt.date(2013, 3, 17)
    plan = "فتحت الشرطة مركزا للاستعلامات، تمهيدا لزيارة الرئيس الأمريكي باراك أوباما المقررة نهاية الأسبوع.\n"
    leg = ("وأكدت الحكومة أهمية إجراء محادثات بين رئيس الوزراء الإسرائيلي بنيامين نتنياهو والرئيس "
           "الأمريكي باراك أوباما خلال زيارته لإسرائيل.")
    rows = mention_rows(plan + leg, day)
    assert [(r["kind"], r["planned"], r["host"]) for r in rows] == [("referenced", True, "Benjamin Netanyahu")]
    # ... and a leg to another country: "زيارة أوباما إلى الضفة الغربية للاجتماع مع عباس"
    leg2 = "وقالت الصحيفة إن زيارة أوباما إلى الضفة الغربية للاجتماع مع الرئيس الفلسطيني محمود عباس تأتي بهدف التهدئة."
    rows = mention_rows(plan + leg2, day)
    assert {(r["kind"], r["planned"]) for r in rows} == {("referenced", True)}
    # a leg told as held stays reported
    held = "والتقى أوباما أمس رئيس الوزراء الإسرائيلي بنيامين نتنياهو خلال زيارته لإسرائيل."
    rows = mention_rows(plan + held, day)
    assert [(r["kind"], r["host"]) for r in rows if r["kind"] == "reported"] == [("reported", "Benjamin Netanyahu")]


def test_a_meeting_a_planned_trip_is_made_for_is_ahead_with_it():
    # "وتشمل جولة أوباما أيضا زيارة إلى رام الله للقاء عباس وكذلك زيارة إلى الأردن للقاء
    # الملك عبد الله" (the tour also includes a visit to Ramallah to meet Abbas and a visit to
    # Jordan to meet King Abdullah): "للقاء" (li-liqa', to meet) is the planned visit's purpose
    text = ("وتشمل جولة الرئيس الأمريكي باراك أوباما أيضا زيارة إلى رام الله للقاء الرئيس الفلسطيني "
            "محمود عباس وكذلك زيارة إلى الأردن للقاء العاهل الأردني الملك عبد الله الثاني.")
    rows = mention_rows(text, dt.date(2013, 3, 20))
    assert rows and [r for r in rows if r["kind"] == "reported"] == []


def test_a_leg_planned_for_tomorrow_leaves_the_visit_under_way_held():
    # "هدد بقتل أوباما خلال زيارته للقدس" (threatened to kill Obama during his visit to
    # Jerusalem) in a Wednesday article that adds "ومن المقرر أن يزور أوباما رام الله غدا"
    # (Obama is to visit Ramallah tomorrow): the plan is the Ramallah leg, Jerusalem is news
    text = ("اعتقلت الشرطة رجلا هدد بقتل الرئيس الأمريكي باراك أوباما خلال زيارته للقدس ولقائه رئيس "
            "الوزراء الإسرائيلي بنيامين نتنياهو.\n"
            "ومن المقرر أن يزور أوباما رام الله غدا الخميس ليلتقي الرئيس الفلسطيني محمود عباس.")
    rows = mention_rows(text, dt.date(2013, 3, 20))
    assert [(r["visitor"], r["host"]) for r in rows if r["kind"] == "reported"] == [
        ("Barack Obama", "Benjamin Netanyahu")]


def test_a_meeting_that_frames_a_demanded_act_is_ahead():
    # "طالبت ... ميركل بالتحدث خلال لقائها مع مرسي" (demanded that Merkel speak during her
    # meeting with Morsi): the act and its meeting lie ahead; Monday dates the demand
    day = dt.date(2013, 1, 29)
    text = ("وكانت منظمة العفو الدولية طالبت المستشارة الألمانية أنجيلا ميركل أمس الاثنين بالتحدث خلال "
            "لقائها مع الرئيس محمد مرسي عن حقوق الإنسان.")
    assert [(r["kind"], r["planned"]) for r in mention_rows(text, day)] == [("referenced", True)]
    # a demand made during the meeting, with its act after it: the meeting was held
    text = ("وطالب الرئيس المصري محمد مرسي خلال لقائه مع الرئيس الروسي فلاديمير بوتين أمس في موسكو "
            "بالإفراج عن المعتقلين.")
    assert [(r["kind"], r["visitor"], r["host"]) for r in mention_rows(text, day)] == [
        ("reported", "Mohamed Morsi", "Vladimir Putin")]


def test_a_call_made_during_a_meeting_is_no_invitation():
    # "ودعا مرسي خلال لقائه مع ميركل إلى دعم" (called, during his meeting with Merkel, for
    # support): دعا is a call, not an invitation, and the meeting was held
    text = ("ودعا الرئيس المصري محمد مرسي خلال لقائه مع المستشارة الألمانية أنجيلا ميركل أمس في برلين "
            "إلى دعم الاقتصاد المصري.")
    assert [(r["kind"], r["visitor"], r["host"], r["city"]) for r in mention_rows(text, dt.date(2013, 1, 31))] == [
        ("reported", "Mohamed Morsi", "Angela Merkel", "Berlin")]
    # an invitation's own visit noun stays planned
    text = "ودعا الرئيس المصري محمد مرسي المستشارة الألمانية أنجيلا ميركل إلى زيارة القاهرة."
    assert [(r["kind"], r["planned"]) for r in mention_rows(text, dt.date(2013, 1, 31))] == [("referenced", True)]


def test_a_visit_told_as_earlier_this_year_is_background():
    # "خلال زيارة قام بها إلى النمسا في وقت سابق هذا العام" (during a visit he made to Austria
    # earlier this year): an earlier visit, not the news
    day = dt.date(2018, 8, 18)
    text = ("وقد وجهت الدعوة للرئيس الروسي فلاديمير بوتين لحضور الزفاف خلال زيارة قام بها إلى النمسا "
            "والتقى فيها المستشار النمساوي سيباستيان كورتس في وقت سابق هذا العام.")
    rows = mention_rows(text, day)
    assert rows and {r["kind"] for r in rows} == {"referenced"}
    text = "وأشاد بالنتائج. وزار الرئيس الروسي فلاديمير بوتين النمسا في وقت سابق من هذا العام."
    rows = mention_rows(text, day)
    assert rows and {r["kind"] for r in rows} == {"referenced"}


def test_an_imperfect_meeting_verb_after_kana_is_past_not_ahead():
    """"While Sisi was meeting Putin on Monday, pressure grew": كان + imperfect is the past
    progressive (the Monday before publication); "كان من المقرر أن يلتقي" (was scheduled
    to meet) stays a plan."""
    text = "وقالت الصحيفة إنه بينما كان السيسي يلتقي بوتين في موسكو الاثنين زادت الضغوط عليه في الداخل."
    assert [(r["kind"], r["date"]) for r in run(text)] == [("reported", dt.date(2023, 3, 13))]
    text = "وقالت الصحيفة إنه كان من المقرر أن يلتقي السيسي بوتين في موسكو الاثنين."
    assert run(text) and reported(run(text)) == []


def test_a_visit_someone_planned_is_no_visit_held():
    """"Sisi planned to visit France and meet Macron in Paris" (khattata li-ziyarat): a
    plan told in the past tense is still only a plan."""
    text = "وقال المتحدث إن الرئيس السيسي خطط لزيارة فرنسا ولقاء الرئيس ماكرون في باريس."
    assert [(r["kind"], r["visitor"], r["host"]) for r in mention_rows(text)] == [
        ("referenced", "Abdel Fattah el-Sisi", "Emmanuel Macron")]


def test_talks_by_phone_and_meetings_being_prepared_are_no_visits():
    """"Talks Sisi held with Macron by phone" (عبر الهاتف) is a call; "preparing the convening
    of meetings ... under the two presidents" (الإعداد لانعقاد) is a plan."""
    text = "وأعلنت الرئاسة عن مباحثات أجراها الرئيس السيسي مع الرئيس الفرنسي ماكرون عبر الهاتف تناولت العلاقات الثنائية."
    assert [r["kind"] for r in mention_rows(text)] == []
    text = ("وقال الوزير إن الاتصالات جارية من أجل الإعداد لانعقاد اجتماعات اللجنة العليا "
            "برئاسة الرئيسين السيسي وماكرون في القاهرة في الربع الأول من العام.")
    assert "reported" not in [r["kind"] for r in mention_rows(text)]


def test_a_meeting_before_which_the_visitor_toured_the_city_is_held():
    """"He toured Moscow before he met (qabla an yaltaqi) Putin": "قبل أن" + imperfect in a
    past clause is the narrative's sequence, the meeting held (the Monday before publication)."""
    text = "وقام السيسي بجولة في موسكو الاثنين قبل أن يلتقي بوتين."
    assert [(r["kind"], r["date"]) for r in run(text)] == [("reported", dt.date(2023, 3, 13))]


def test_a_leaders_own_plural_visits_are_no_visit_told_as_news():
    """"The president takes care, on his visits (زياراته) to Saudi Arabia, to meet the
    Egyptians in Riyadh": his trips, many, none of them told as news."""
    text = "وحرص الرئيس السيسي فى زياراته للسعودية على لقاء المصريين فى الرياض."
    assert [r["kind"] for r in mention_rows(text)] == ["referenced"]


def test_a_visit_ended_by_a_return_home_today_is_news_even_deep_in_the_text():
    """"Sisi had come back to Cairo this morning after a short visit to Germany at Merkel's
    invitation", told at the end of a story about his statements: the visit has just ended."""
    text = " ".join(["قال الرئيس السيسي إن الاقتصاد المصري قوي."]
                    + [f"وأضاف أن الحكومة تعمل على حل المشكلات في الملف رقم {k}." for k in range(1, 9)]
                    + ["وكان الرئيس السيسي قد عاد إلى القاهرة صباح اليوم بعد زيارة قصيرة لألمانيا "
                       "تلبية لدعوة من المستشارة الألمانية أنجيلا ميركل."])
    assert [(r["kind"], r["visitor"], r["host"]) for r in mention_rows(text)] == [
        ("reported", "Abdel Fattah el-Sisi", "Angela Merkel")]


def test_an_arrival_an_advance_party_comes_before_is_ahead():
    """"The VIP hall received an Afghan delegation today, as a prelude to the arrival
    (كمقدمة لوصول) of President Ghani": his arrival is still ahead."""
    text = ("استقبلت صالة كبار الزوار بمطار القاهرة اليوم وفدا أفغانيا رفيع المستوى، وذلك كمقدمة لوصول "
            "الرئيس الأفغاني أشرف غني إلى مصر في زيارة رسمية.")  # not "لتمثيل بلاده في المؤتمر": a conference's, no host
    assert [r["kind"] for r in mention_rows(text)] == ["referenced"]


def test_a_visit_verb_joined_to_a_subjunctive_is_no_report():
    # "على ترودو أن يستقل الطائرة ويزور الرياض" (Trudeau should take the plane and visit
    # Riyadh): "ويزور" shares the mood of "أن يستقل", a visit owed, not made
    day = dt.date(2018, 8, 8)
    text = ("قال وزير الخارجية الكندي السابق، جون بيرد، إن على رئيس وزراء البلاد، جاستن ترودو، أن يستقل "
            "الطائرة ويزور العاصمة السعودية الرياض، ليحل أزمة دبلوماسية.")
    assert [(r["kind"], r["planned"]) for r in mention_rows(text, day)] == [("referenced", True)]
    # a bare present joined to a past arrival is the day's news
    text = "وصل الرئيس الروسي فلاديمير بوتين إلى أنقرة ويلتقي الرئيس التركي رجب طيب أردوغان اليوم."
    assert [r["kind"] for r in mention_rows(text, day)] == ["reported"]


def test_a_day_before_on_the_occasion_of_a_visit_dates_the_event_held_for_it():
    # "عقد السفير مؤتمرا صحفيا أمس بمناسبة زيارة الرئيس ..." (the ambassador held a press
    # conference yesterday on the occasion of the president's visit): yesterday is the press
    # conference's; the visit, which he "will discuss" later in the text, is still ahead
    day = dt.date(2013, 1, 14)
    text = ("عقد السفير الفرنسي مؤتمرا صحفيا أمس بمناسبة زيارة الرئيس محمد مرسي لفرنسا ولقائه الرئيس "
            "فرانسوا هولاند، وقال إن الحديث عن تأجيل زيارة مرسي لفرنسا لا أساس له، وإن مرسي سيبحث مع "
            "هولاند التعاون بين البلدين.")
    rows = mention_rows(text, day)
    assert rows and {(r["kind"], r["planned"]) for r in rows} == {("referenced", True)}


def test_a_visit_that_frames_an_urging_demanded_is_ahead():
    # "طالبت منظمة ... ميركل بحث الرئيس مرسي خلال زيارته لألمانيا، الأربعاء" (demanded that
    # Merkel urge Morsi during his visit to Germany on Wednesday): the visit lies ahead, and its
    # Wednesday is the next one
    day = dt.date(2013, 1, 28)
    text = ("طالبت منظمة هيومن رايتس ووتش المستشارة الألمانية أنجيلا ميركل بحث الرئيس محمد مرسي خلال زيارته "
            "لألمانيا، الأربعاء، على احترام الحريات.")
    assert [(r["kind"], r["planned"], r["date"]) for r in mention_rows(text, day)] == [
        ("referenced", True, dt.date(2013, 1, 30))]


def test_a_visit_a_quotation_calls_awaited_makes_the_headlines_visit_ahead():
    # headline "زيارة بوتين لتركيا تؤكد قوة العلاقات" (Putin's visit to Turkey confirms strong
    # ties) and a quoted "إن زيارة الرئيس الروسي فلاديمير بوتين المرتقبة لتركيا" (Putin's
    # awaited visit): the visit the headline judges is the one still awaited
    day = dt.date(2019, 3, 10)
    text = ("أردوغان: زيارة بوتين لتركيا تؤكد قوة العلاقات بين البلدين\n"
            "قال الرئيس التركي رجب طيب أردوغان \"إن زيارة الرئيس الروسي فلاديمير بوتين المرتقبة لتركيا "
            "دليل على قوة العلاقات بين البلدين\".")
    rows = mention_rows(text, day)
    assert rows and {(r["kind"], r["planned"]) for r in rows} == {("referenced", True)}


def test_a_visit_after_which_the_statement_comes_is_background_with_or_without_its_article():
    # "عقب الزيارة" (after the visit) as "عقب زيارة": the visit is what the statement
    # follows, not the news; "عقب لقائه ... اليوم" (right after his meeting today) is the news
    text = "وأكد المتحدث أن التعاون سيتعزز عقب الزيارة التي أداها السيسي إلى روسيا ولقائه بوتين."
    assert [(r["kind"], r["visitor"], r["host"]) for r in run(text)] == [
        ("referenced", "Abdel Fattah el-Sisi", "Vladimir Putin")]
    text = "وقال السيسي عقب لقائه بوتين اليوم الثلاثاء في موسكو إن المباحثات كانت مثمرة."
    assert [(r["kind"], r["city"]) for r in run(text)] == [("reported", "Moscow")]


def test_a_visit_whose_stated_days_hold_the_publication_day_is_under_way_deep_in_the_text():
    # told in the ninth sentence, with its days in brackets: news on the first of them,
    # background when they are over, a plan when they are ahead
    pad = "وقال المتحدث إن الاقتصاد يتحسن. " * 8
    visit = "ويؤدي الرئيس السيسي زيارة دولة الى روسيا بدعوة من نظيره الروسي فلاديمير بوتين، تتواصل على مدى يومين"
    day = dt.date(2023, 3, 14)
    assert [(r["kind"], r["end_date"]) for r in mention_rows(pad + visit + " (14 و15 مارس).", day)] == [
        ("reported", dt.date(2023, 3, 15))]
    assert [r["kind"] for r in mention_rows(pad + visit + " (20 و21 مارس).", day)] == ["referenced"]


def test_the_first_to_visit_describes_the_visit_told_and_plans_nothing():
    # "اختتم ... زيارة إلى إسرائيل، ليكون أول رئيس فلبيني يزور إسرائيل" (concluded a visit to
    # Israel, becoming the first Filipino president to visit it): the imperfect after "أول"
    # (first) is no future; the concluded visit is told
    text = "اختتم الرئيس الفلبيني رودريغو دوتيرتي زيارة إلى إسرائيل، ليكون أول رئيس فلبيني يزور إسرائيل."
    rows = mention_rows(text)
    assert [(r["kind"], r["planned"], r["visitor"]) for r in rows] == [("reported", False, "Rodrigo Duterte")]
    # a sa- copula before "أول" still plans it: "سيكون أول رئيس يزور" (will be the first to visit)
    text = "وسيكون الرئيس الفلبيني رودريغو دوتيرتي أول رئيس فلبيني يزور إسرائيل."
    assert [(r["kind"], r["planned"]) for r in mention_rows(text)] == [("referenced", True)]


def test_a_visit_welcomed_in_a_statement_today_is_the_trip_planned_for_later():
    # "سيقوم ... بزيارة ... بعد غد" (will visit the day after tomorrow), then "رحب ... في بيان
    # أصدره اليوم بزيارة السيسي" (welcomed in a statement issued today the visit): the day is the statement's
    text = ("أعلن في موسكو اليوم أن السيسي سيقوم بزيارة رسمية لروسيا بعد غد على رأس وفد رفيع، تلبية لدعوة من الرئيس بوتين، "
            "ورحب الكرملين في بيان أصدره اليوم بزيارة الرئيس السيسي وقال إنها ستعزز العلاقات.")
    pub = dt.date(2023, 3, 14)
    dates = [D(text.find("اليوم"), text.find("اليوم") + 5, "اليوم", pub, "day", "relative"),
             D(text.find("بعد غد"), text.find("بعد غد") + 6, "بعد غد", pub + dt.timedelta(days=2), "day", "relative"),
             D(text.rfind("اليوم"), text.rfind("اليوم") + 5, "اليوم", pub, "day", "relative")]
    rows = run(text, pub, dates=dates)
    assert rows and reported(rows) == [] and all(r["planned"] for r in rows)


def test_the_subjects_names_do_not_put_a_plan_verb_out_of_reach_of_its_meeting():
    # "يعتزم" (intend) ... the three presidents' names and titles ... "طرح ... في محادثات موسكو" (raise in the Moscow talks)
    text = "ويعتزم الرئيس أردوغان، والرئيس السيسي، والرئيس بوتين، طرح مسألة رفع القيود عن تجارة الحبوب في محادثات موسكو، رغم أن المسألة ليست على جدول الأعمال."
    rows = run(text)
    assert rows and reported(rows) == [] and all(r["planned"] for r in rows)


def test_tonight_in_the_programme_of_a_trip_ahead_is_the_trips_day_not_the_publication():
    # "سيتوجه ... حيث سيعقد اجتماعا" (will head to Moscow, where he will hold a meeting), then "الليلة،
    # سيستضيف" (tonight, will host a dinner): a day of the programme, not the publication's evening
    pub = dt.date(2023, 3, 14)
    ahead = "وقال المتحدث إن السيسي سيتوجه بعد ذلك إلى موسكو حيث سيعقد اجتماعا مع بوتين.\nالليلة، سيستضيف بوتين حفل عشاء على شرف الرئيس السيسي."
    k = ahead.find("الليلة")
    rows = run(ahead, pub, dates=[D(k, k + 6, "الليلة", pub, "day", "relative")])
    assert rows and reported(rows) == [] and all(r["planned"] for r in rows)
    # ... but after an arrival told as done the dinner tonight is the visit under way
    held = "ووصل السيسي إلى موسكو اليوم، والتقى بوتين.\nالليلة، سيستضيف بوتين حفل عشاء على شرف الرئيس السيسي."
    k = held.find("الليلة")
    rows = run(held, pub, dates=[D(k, k + 6, "الليلة", pub, "day", "relative")])
    assert reported(rows) == [("Abdel Fattah el-Sisi", "Vladimir Putin")]


def test_talks_the_two_leaders_will_hold_are_planned():
    # "سيجريان" (sa-yujriyan, the two will hold), the dual of "سيجري", over "خلال الزيارة، التي تستمر يومين،"
    text = "وذكر بيان صادر عن الكرملين أن بوتين والأسد سيجريان خلال الزيارة، التي تستمر يومين، مباحثات حول التعاون الثنائي."
    rows = run(text)
    assert rows and reported(rows) == [] and all(r["planned"] for r in rows)


def test_a_leg_told_by_one_verb_with_the_planned_trip_is_planned_too():
    # "ويزور دمشق وموسكو" (and visits Damascus and Moscow) after Moscow's trip is told ahead ("سيقوم بزيارة ... الاثنين")
    text = "وقال المتحدث إن السيسي سيقوم بزيارة رسمية لروسيا الاثنين، تلبية لدعوة من الرئيس بوتين.\nالسيسي يشارك في القمة بالدوحة ويزور دمشق وموسكو"
    rows = run(text)
    assert ("Abdel Fattah el-Sisi", "Bashar al-Assad") in {(r["visitor"], r["host"]) for r in rows}
    assert reported(rows) == [] and all(r["planned"] for r in rows)


def test_legs_of_one_verb_told_before_the_plan_they_belong_to_are_planned():
    # "ويزور دمشق وموسكو" (and visits Damascus and Moscow), then "من المقرر أن تشهد زيارة السيسي إلى موسكو، الاثنين"
    text = "السيسي يشارك في القمة بالدوحة ويزور دمشق وموسكو.\nومن المقرر أن تشهد زيارة السيسي إلى موسكو، الاثنين، توقيع اتفاقات مع بوتين."
    [assad] = [r for r in run(text) if r["host"] == "Bashar al-Assad"]
    assert (assad["kind"], assad["planned"]) == ("referenced", True)


def test_tomorrow_evening_with_the_article_makes_the_trip_and_its_talks_planned():
    # "مساء الغد" (masa' al-ghad, tomorrow evening), with the article, as "مساء غد" is
    pub = dt.date(2023, 3, 14)
    text = "ثم يتوجه السيسي مساء الغد إلى موسكو في زيارة رسمية.\nكما يجري السيسي المحادثات الرسمية مع بوتين."
    k = text.find("مساء الغد")
    rows = run(text, pub, dates=[D(k, k + 9, "مساء الغد", pub + dt.timedelta(days=1), "day", "relative")])
    assert rows and reported(rows) == [] and all(r["planned"] for r in rows)


def test_a_lone_owned_visit_noun_in_commentary_is_background():
    """A third party's comment past the lead on "زيارته" (his visit) or "زيارة أردوغان",
    undated, with no verb, and the host unnamed there: the visit is told again, not news."""
    for text in ("انتقد الحزب تصريحات وزير سابق.\nوأدان المتحدث الاعتداء على موكب الرئيس أردوغان، أثناء زيارته إلى مصر، "
                 "مضيفا أنه كان ضيفا لدينا.\nوانتقد السيسي لاحقا موقف الحزب.",
                 "انتقد الحزب تصريحات وزير سابق.\nوقال المتحدث إن زيارة «أردوغان» لمصر كشفت عمق الأزمة الاقتصادية.\n"
                 "وانتقد السيسي لاحقا موقف الحزب."):
        rows = run(text)
        assert rows and reported(rows) == []
    # the host named in the sentence, or a present verb telling the visit ("تأتي", comes), stays news
    text = "انتقد الحزب تصريحات وزير سابق.\nوقال المتحدث إن أردوغان فشل أثناء زيارته إلى مصر في إقناع السيسي بشيء."
    assert reported(run(text)) == [("Recep Tayyip Erdogan", "Abdel Fattah el-Sisi")]
    text = "انتقد الحزب تصريحات وزير سابق.\nوقال المتحدث إن زيارة «أردوغان» لمصر تأتي في ظل أزمة اقتصادية."
    assert reported(run(text)) == [("Recep Tayyip Erdogan", "Abdel Fattah el-Sisi")]


def test_a_lone_owned_visit_noun_of_the_outlets_own_leader_stays_news():
    # an Egyptian outlet's round-up: "زيارة السيسي لروسيا انتهت بتوقيع اتفاقيات" (Sisi's visit to
    # Russia ended with agreements signed) is the day's news; an outlet elsewhere telling it so
    # in passing comments on it
    from tasks.extract.visits import find_visits_and_summits
    from tests.extract.test_visits import mentions
    from ziyarat.arabic import sentence_spans
    text = "أبرز أحداث اليوم.\nزيارة السيسي لروسيا انتهت بتوقيع اتفاقيات في مجالات عدة."

    def rows(home):
        return find_visits_and_summits(text, sentence_spans(text), mentions(text), [], dt.date(2023, 3, 14), home=home)[0]
    assert reported(rows("Egypt")) == [("Abdel Fattah el-Sisi", "Vladimir Putin")]
    assert rows("Syria") and reported(rows("Syria")) == []


def test_a_visit_something_is_expected_from_is_planned():
    # "التغيير المتوقع بزيارة بوتين" (the change expected with Putin's visit): a visit ahead
    text = "وقال المتحدث إن ربط الاتفاق بالتغيير المتوقع بزيارة الرئيس بوتين إلى دمشق رهان خاسر على الأسد."
    rows = run(text)
    assert rows and reported(rows) == []
    assert {(r["visitor"], r["host"], r["planned"]) for r in rows} == {("Vladimir Putin", "Bashar al-Assad", True)}


@pytest.mark.parametrize("text", [
    # the subject of "كان ... قد" (had) runs on with a relative clause, with or without commas ...
    "وكان بوتين، الذي يواجه انتقادات غربية واسعة بسبب الحرب، قد استقبل أردوغان في سوتشي.",
    "وكان بوتين الذي يخوض حملة انتخابية صعبة في بلاده هذه الأيام قد التقى أردوغان في سوتشي.",
    # ... or with an apposition between commas
    "وكان بوتين، رجل الكرملين القوي منذ عقدين، قد استقبل أردوغان في سوتشي.",
])
def test_kana_qad_with_a_long_subject_is_an_earlier_meeting(text):
    assert [(r["kind"], r["visitor"], r["host"]) for r in run(text)] == [
        ("referenced", "Recep Tayyip Erdogan", "Vladimir Putin")]


def test_qad_after_a_relative_clause_of_another_subject_stays_the_news():
    # "كان" (was) inside the speaker's relative clause is no pluperfect of the meeting
    text = "وأكد المتحدث، الذي كان يتحدث للصحفيين، أن بوتين قد استقبل أردوغان في سوتشي."
    assert reported(run(text)) == [("Recep Tayyip Erdogan", "Vladimir Putin")]


def test_a_visit_after_his_visit_frames_another_act_is_background():
    # "بعد زيارته لدمشق" (after his visit to Damascus), undated: the time of the instructions
    # the sentence tells, the visit behind them
    [v] = run("وتنفذ الوكالة الروسية مشاريع جديدة في سوريا بناء على تعليمات أصدرها بوتين بعد زيارته لدمشق.")
    assert (v["kind"], v["planned"], v["visitor"], v["host"]) == ("referenced", False, "Vladimir Putin", "Bashar al-Assad")
    [v] = run("وأصدر بوتين أوامر بتمويل مشاريع في سوريا عقب زيارته لدمشق.")
    assert v["kind"] == "referenced"
    # ... dated on the day of publication it is the visit just ended, news
    text = "وقال بوتين للصحفيين بعد زيارته لدمشق يوم الثلاثاء إن الأسد مستعد للحوار."
    [v] = run(text)
    assert (v["kind"], v["visitor"], v["host"], v["date"]) == (
        "reported", "Vladimir Putin", "Bashar al-Assad", dt.date(2023, 3, 14))


def test_the_outlets_own_leaders_trip_in_a_during_frame_past_the_lead_is_an_aside():
    # a press review in an Egyptian outlet: "في حديث له أثناء زيارته لروسيا" (in a talk of his
    # during his visit to Russia), the third sentence, undated: a trip told before
    from tasks.extract.visits import find_visits_and_summits
    from tests.extract.test_visits import mentions
    from ziyarat.arabic import sentence_spans
    lead = "نشرت صحيفة أجنبية مقابلة مع فنان ساخر.\nوقالت الصحيفة إن برنامجه يحظى بنسبة مشاهدة عالية.\n"
    text = lead + "وتحدثت الصحيفة عن سخريته من خلط السيسي بين اللغتين في حديث له أثناء زيارته لروسيا."

    def rows(t):
        return find_visits_and_summits(t, sentence_spans(t), mentions(t), [], dt.date(2023, 3, 14), home="Egypt")[0]
    assert [(r["kind"], r["visitor"], r["host"]) for r in rows(text)] == [
        ("referenced", "Abdel Fattah el-Sisi", "Vladimir Putin")]
    # ... told in the lead it is the day's news
    text = "وقال السيسي في حديث له أثناء زيارته لروسيا إن العلاقات قوية.\n" + lead
    assert reported(rows(text)) == [("Abdel Fattah el-Sisi", "Vladimir Putin")]


def test_talks_the_next_sentence_calls_a_phone_call_are_no_visit():
    # "أجرى بوتين وأردوغان محادثات" (held talks), then "تحدثا هاتفيا" (they spoke by phone)
    call = "أجرى بوتين وأردوغان محادثات، الأحد، لبحث الأزمة السورية. وقال الكرملين إن بوتين وأردوغان تحدثا هاتفيا لنصف ساعة."
    assert reported(run(call)) == []
    # a call with somebody else the next sentence tells leaves the talks news
    other = "أجرى بوتين وأردوغان محادثات، الأحد، لبحث الأزمة السورية. وكان بوتين قد تحدث هاتفيا مع الأسد."
    assert len(reported(run(other))) == 1
    # and talks held somewhere were met in person, whatever the call after them
    placed = "أجرى بوتين وأردوغان محادثات في موسكو، الأحد. وقال الكرملين إن بوتين وأردوغان تحدثا هاتفيا بعدها."
    assert len(reported(run(placed))) == 1


def test_meetings_counted_in_times_are_earlier_ones():
    # "التقيا وجها لوجه مرتين" (they met face to face twice): the count stands a few words after the verb
    rows = run("وعلى الرغم من أن بوتين وأردوغان التقيا وجها لوجه مرتين، إلا أن اللقاءين كانا على هامش قمم دولية.")
    assert reported(rows) == [] and [r["kind"] for r in rows] == ["referenced"]
    # a visit two days before another event is background: "بعد يومين من زيارة ..."
    rows = run("وجاءت تصريحات الأسد بعد يومين من زيارة أردوغان إلى موسكو ولقائه بوتين.")
    assert reported(rows) == []
    # the day's meeting stays news
    assert len(reported(run("والتقى بوتين وأردوغان اليوم في أنقرة وبحثا الأزمة السورية."))) == 1


def test_a_count_of_times_counts_the_verb_before_it_not_an_arrival_after_it():
    # "سافر السيسي مرات عدة داخل مصر" (travelled several times inside Egypt), then the agency's
    # news: he arrived on Tuesday at an airport (a place the lexicon does not know) and met Putin
    text = ("وسافر السيسي مرات عدة داخل مصر، وقالت الوكالة إن السيسي وصل الثلاثاء إلى مطار المدينة الساحلية "
            "حيث التقى بوتين.")
    [v] = run(text)
    assert (v["kind"], v["visitor"], v["host"], v["trigger"], v["date"]) == (
        "reported", "Abdel Fattah el-Sisi", "Vladimir Putin", "وصل", dt.date(2023, 3, 14))
def test_a_meeting_days_old_told_past_a_lead_with_other_news_is_background():
    # the lead tells other news (Erdogan announcing a conference); Thursday's talks in Sochi,
    # five days before this Tuesday's article, are told past it: an earlier meeting recalled
    lead = "أعلن أردوغان اليوم أن بلاده ستنظم معرضا دوليا للصناعات في الخريف المقبل.\nوقال مسؤولون إن المعرض يهدف إلى جذب الاستثمارات.\n"
    talks = "والخميس، أجرى أردوغان محادثات في سوتشي مع بوتين تناولت الأزمة السورية."
    [v] = run(lead + talks)
    assert (v["kind"], v["planned"], v["visitor"], v["host"], v["date"]) == (
        "referenced", False, "Recep Tayyip Erdogan", "Vladimir Putin", dt.date(2023, 3, 9))
    # ... dated yesterday (Monday) it is the news still
    [v] = run(lead + talks.replace("والخميس", "والاثنين"))
    assert (v["kind"], v["date"]) == ("reported", dt.date(2023, 3, 13))
    # ... and so it is when the lead names both leaders, or a place of the trip ("روسيا")
    both = "أعلن أردوغان اليوم بعد لقائه بوتين أن بلاده ستنظم معرضا دوليا للصناعات في الخريف المقبل.\n"
    assert reported(run(both + lead.split("\n")[1] + "\n" + talks)) == [("Recep Tayyip Erdogan", "Vladimir Putin")]
    trip = "قال أردوغان اليوم في ختام زيارته إلى روسيا إن بلاده ستنظم معرضا دوليا للصناعات.\n"
    # (the trip "في ختام زيارته" is news too, told by today's words; its host, Russia's head, is the real
    # lexicon's Putin, another id than this stand-in's, so the pair may come twice)
    assert set(reported(run(trip + lead.split("\n")[1] + "\n" + talks))) == {("Recep Tayyip Erdogan", "Vladimir Putin")}
    # ... or a trip of the traveller's ("في ختام زيارته للمنطقة", at the end of his visit to the region)
    region = "قال أردوغان اليوم في ختام زيارته للمنطقة إن بلاده ستنظم معرضا دوليا للصناعات.\n"
    assert reported(run(region + lead.split("\n")[1] + "\n" + talks)) == [("Recep Tayyip Erdogan", "Vladimir Putin")]
    # ... or the country's adjective, no one's title ("لوكالة الأنباء الروسية", to the Russian news agency)
    agency = "قال أردوغان اليوم لوكالة الأنباء الروسية إن بلاده ستنظم معرضا دوليا للصناعات.\n"
    assert reported(run(agency + lead.split("\n")[1] + "\n" + talks)) == [("Recep Tayyip Erdogan", "Vladimir Putin")]
    # two days before publication (Sunday, in this Tuesday's article) it is recalled already
    text = lead + talks.replace("والخميس", "والأحد")
    sunday = D(text.find("الأحد"), text.find("الأحد") + 5, "الأحد", dt.date(2023, 3, 12), "day", "weekday")
    [v] = run(text, dates=[sunday])
    assert (v["kind"], v["date"]) == ("referenced", dt.date(2023, 3, 12))


def test_a_meeting_days_old_past_a_lead_is_news_when_the_next_sentence_tells_the_trip_there():
    # the lead tells other news; the sentence after it tells Erdogan's trip to Russia, so Thursday's
    # talks with Putin told further on are that trip's: the news, not an earlier meeting recalled
    lead = "أعلن أردوغان اليوم أن بلاده ستنظم معرضا دوليا للصناعات في الخريف المقبل.\n"
    talks = "\nوالخميس، أجرى أردوغان محادثات مع بوتين تناولت الأزمة السورية."
    trip = "وجاء الإعلان خلال زيارة أردوغان إلى روسيا."
    [v] = run(lead + trip + talks)
    assert (v["kind"], v["visitor"], v["host"], v["date"]) == (
        "reported", "Recep Tayyip Erdogan", "Vladimir Putin", dt.date(2023, 3, 9))
    # a trip to another country, or talks placed in a third one, leave the talks recalled
    [v] = [r for r in run(lead + trip.replace("روسيا", "الدوحة") + talks) if r["host"] == "Vladimir Putin"]
    assert v["kind"] == "referenced"
    [v] = [r for r in run(lead + trip + talks.replace("محادثات", "محادثات في نيويورك")) if r["trigger"] == "محادثات"]
    assert (v["kind"], v["city"]) == ("referenced", "New York")
    # ... and so does a lead's next sentence with no trip
    [v] = run(lead + "وقال مسؤولون إن المعرض يهدف إلى جذب الاستثمارات." + talks)
    assert v["kind"] == "referenced"


def test_an_undated_meeting_days_before_the_leads_weekday_told_past_other_news_is_background():
    from tasks.extract import extract_article

    def kinds(text):
        out = {k: [] for k in ("mentions", "visit_mentions", "summit_mentions", "article_topics", "quotes")}
        extract_article("a", text, None, out)
        return [(v["kind"], v["visitor"], v["host"]) for v in out["visit_mentions"]]
    # no publication day: the lead's Sunday is the news's day, Thursday's talks three days before it
    lead = "أعلن أردوغان الأحد أن بلاده ستنظم معرضا دوليا للصناعات في الخريف المقبل.\nوقال مسؤولون إن المعرض يهدف إلى جذب الاستثمارات.\n"
    talks = "والخميس، أجرى أردوغان محادثات في سوتشي مع الرئيس الروسي فلاديمير بوتين تناولت الأزمة السورية."
    assert kinds(lead + talks) == [("referenced", "Recep Tayyip Erdogan", "Vladimir Putin")]
    # Saturday's talks, the day before the lead's Sunday, are the news still
    assert kinds(lead + talks.replace("والخميس", "والسبت")) == [("reported", "Recep Tayyip Erdogan", "Vladimir Putin")]
    # and with no weekday in the lead nothing counts the days
    assert kinds(lead.replace(" الأحد", "") + talks) == [("reported", "Recep Tayyip Erdogan", "Vladimir Putin")]


def test_an_undated_arrivals_weekday_of_the_summit_ahead_is_no_day_days_before_the_lead():
    # "oil fell on Monday ... as Putin arrives in Morocco to hold a summit on Tuesday that may pave
    # the way to a trade deal": Tuesday is the summit's, ahead; the arrival is the news
    text = ("تراجعت أسعار النفط، الاثنين، بفعل زيادة الإنتاج في عدد من الدول المصدرة للنفط. "
            "لكن المحللين يركزون على السياسة مع وصول الرئيس الروسي فلاديمير بوتين إلى المغرب لعقد قمة، الثلاثاء، "
            "قد تمهد لاتفاق تجاري.")
    arrival = [("reported", "Vladimir Putin", "Mohammed VI of Morocco")]
    assert _undated_rows(text) == arrival
    assert _undated_rows(text, dt.date(2019, 4, 8)) == arrival


def test_a_bare_visit_noun_right_after_a_visit_dated_months_back_retells_it():
    # the sentence before tells Putin's visit of last October (its month far from the noun);
    # the bare "لزيارة بوتين" (of Putin's visit) of the next sentence is that visit again
    first = "وقال السفير إن زيارة بوتين إلى دمشق على رأس وفد كبير من الوزراء والخبراء أواخر أكتوبر الماضي ساهمت في تحسين العلاقات.\n"
    second = "وأشار إلى أن الاتفاقيات الجديدة جاءت ثمرة لزيارة بوتين لدمشق وتشمل الطاقة والنقل."

    def rows(text):
        month = D(text.find("أكتوبر"), text.find("أكتوبر") + 6, "أكتوبر", dt.date(2022, 10, 1), "month", "absolute")
        return run(text, dates=[month])
    assert {(r["kind"], r["visitor"], r["host"], r["date"]) for r in rows(first + second)} == {
        ("referenced", "Vladimir Putin", "Bashar al-Assad", None),
        ("referenced", "Vladimir Putin", "Bashar al-Assad", dt.date(2022, 10, 1))}
    # ... but when the lead tells the pair's visit of today, the bare noun is today's
    lead = "وصل بوتين اليوم إلى دمشق في زيارة رسمية.\n"
    assert reported(rows(lead + first + second)) == [("Vladimir Putin", "Bashar al-Assad")]


def test_a_visit_he_made_or_was_on_told_undated_is_background():
    # "خلال زيارة قام بها لموسكو" (during a visit he made to Moscow), past the lead and undated:
    # a trip told before; "زيارة يقوم بها" (he is making) is under way
    lead = "أعلن الاتحاد اعتزال اللاعب الدولي بعد مسيرة طويلة مع المنتخب.\n"
    text = lead + "وتعرض اللاعب لانتقادات بسبب صورة له مع أردوغان خلال زيارة قام بها لموسكو."
    assert [(r["kind"], r["visitor"], r["host"]) for r in run(text)] == [
        ("referenced", "Recep Tayyip Erdogan", "Vladimir Putin")]
    assert reported(run(text.replace("قام بها", "يقوم بها"))) == [("Recep Tayyip Erdogan", "Vladimir Putin")]
    # "الذي كان في زيارة لموسكو" (who was on a visit to Moscow): told before, unless dated
    # yesterday (a news pluperfect); five days back it is recalled
    text = "وقال أردوغان، الذي كان في زيارة لموسكو، إن العلاقات مع روسيا قوية."
    assert [r["kind"] for r in run(text)] == ["referenced"]
    assert [(r["kind"], r["date"]) for r in run(text.replace("لموسكو،", "لموسكو الاثنين،"))] == [
        ("reported", dt.date(2023, 3, 13))]
    assert [r["kind"] for r in run(text.replace("لموسكو،", "لموسكو الخميس،"))] == ["referenced"]
def test_a_visit_a_preparatory_trip_is_for_is_ahead():
    # "زيارة تحضيرية لزيارة الرئيس" (a preparatory visit for the president's visit): his trip lies ahead
    rows = mention_rows("وصل إلى أبوظبي وفد من الرئاسة في زيارة تحضيرية لزيارة الرئيس محمد مرسي للإمارات.",
                        dt.date(2013, 3, 13))
    assert reported(rows) == [] and [(r["visitor"], r["planned"]) for r in rows] == [("Mohamed Morsi", True)]


def test_a_bare_definite_visit_after_a_planned_trip_is_that_trip_wherever_its_host_is_guessed():
    # "منظمي الزيارة" (the visit's organisers) points back to Obama's trip ahead; Sinai, named later,
    # only guesses Egypt's head as host: no visit to Egypt is told, held or planned
    text = ("أعلن البيت الأبيض أن الرئيس باراك أوباما سيبحث الملف الإيراني خلال زيارته المقبلة إلى إسرائيل.\n"
            "وقال مسؤول إن منظمي الزيارة، نقلوا المنظومة إلى المطار، للدفاع عن الرئيس الأمريكي من أي هجوم في سيناء.")
    rows = mention_rows(text, dt.date(2013, 3, 13))
    assert rows and reported(rows) == [] and all(r["planned"] for r in rows)


def test_a_present_visit_verb_dated_by_a_later_month_alone_is_planned():
    # "يزور الهند في مارس" (visits India in March) in a February article: "في مارس" is the month
    [v] = mention_rows("الرئيس محمد مرسي يزور الهند في مارس.", dt.date(2013, 2, 20))
    assert (v["kind"], v["planned"], v["date"], v["date_precision"]) == ("referenced", True, dt.date(2013, 3, 1), "month")


def test_a_visit_someone_looks_forward_to_is_ahead():
    # "أعرب عن تطلعه لزيارة" (expressed his looking forward to the visit): a wish for a trip, not one
    # held; a reception the same sentence tells keeps its own verb
    pub = dt.date(2013, 2, 27)
    text = "وأكد الرئيس باراك أوباما دعم بلاده لمصر، كما أعرب عن تطلعه لزيارة الرئيس محمد مرسي لواشنطن هذا العام."
    [v] = mention_rows(text, pub)
    assert (v["kind"], v["planned"], v["visitor"], v["host"]) == ("referenced", True, "Mohamed Morsi", "Barack Obama")
    text = "استقبل الرئيس باراك أوباما الرئيس محمد مرسي في واشنطن اليوم، وأعرب عن تطلعه لتعزيز العلاقات."
    assert reported(mention_rows(text, pub)) == [("Mohamed Morsi", "Barack Obama")]


def test_a_threatened_summit_is_not_held():
    # "القمة المهددة" (the threatened summit): one still to come, and in doubt
    text = "وتعمل سيول على زيادة فرص نجاح القمة المهددة بين الرئيس الأميركي دونالد ترامب والزعيم الكوري الشمالي كيم جونغ أون."
    assert reported(mention_rows(text, dt.date(2018, 5, 17))) == []


def test_a_present_visit_verb_dated_only_by_the_running_month_is_planned():
    # "يزور الهند في مارس" (visits India in March) in a March article: a month, not a day, dates
    # the bare present, so it is a plan; "حاليا" (now) keeps it under way
    pub = dt.date(2013, 3, 17)
    [v] = mention_rows("الرئيس محمد مرسي يزور الهند في مارس.", pub)
    assert (v["kind"], v["planned"]) == ("referenced", True)
    assert reported(mention_rows("الرئيس محمد مرسي يزور الهند حاليا في زيارة تستمر حتى نهاية مارس.", pub)) == \
        [("Mohamed Morsi", "Manmohan Singh")]


def test_what_a_leader_must_do_during_his_visit_lies_ahead():
    # "يتوجب على أوباما متابعتها خلال زيارته" (Obama must follow them up during his visit): an
    # obligation, so the visit is ahead; "كان يجب" (should have) looks back and keeps it
    pub = dt.date(2013, 3, 19)
    text = "ونشرت الصحف قائمة بالملفات التي يتوجب على الرئيس الأمريكي باراك أوباما متابعتها خلال زيارته لإسرائيل."
    rows = mention_rows(text, pub)
    assert rows and reported(rows) == []
    text = "وقال إنه كان يجب على الرئيس الأمريكي باراك أوباما متابعتها خلال زيارته لإسرائيل."
    assert reported(mention_rows(text, pub)) == [("Barack Obama", "Benjamin Netanyahu")]
@pytest.mark.parametrize("text", [
    # "يود زيارة" (yawaddu, he would like to visit): a wish, as "يرغب" (he wishes) is
    "وأكد الرئيس الإيراني محمود أحمدي نجاد في القاهرة اليوم أنه يود زيارة دمشق ولقاء الرئيس بشار الأسد.",
    "وقال الرئيس الإيراني محمود أحمدي نجاد للصحفيين أمس إنه يود زيارة قطاع غزة إذا سمحت له السلطات بذلك.",
])
def test_a_visit_a_leader_would_like_to_make_is_not_reported(text):
    assert reported(mention_rows(text, dt.date(2013, 2, 6))) == []


def test_a_meeting_on_the_first_day_of_a_visit_is_under_way_though_a_later_leg_is_planned():
    # "وفي اليوم الأول من زيارة" (on the first day of a visit): the press conference is news,
    # not an echo of the Mumbai leg the article plans for tomorrow ("ويفترض أن يتوجه", is supposed
    # to go: a plan, whose city is not the press conference's)
    text = ("نيودلهي (وكالات) - رحب الرئيس الفرنسي فرنسوا هولاند ورئيس الوزراء الهندي مانموهان سينغ بتقدم المفاوضات.\n"
            "وفي اليوم الأول من زيارة تستغرق يومين إلى الهند، قال هولاند في مؤتمر صحفي مشترك مع سينغ إن المفاوضات تتقدم.\n"
            "ويفترض أن يتوجه هولاند غدا إلى بومباي قبل أن يعود إلى باريس.")
    assert [(r["visitor"], r["host"], r["city"]) for r in mention_rows(text, dt.date(2013, 2, 15))
            if r["kind"] == "reported"] == [("Francois Hollande", "Manmohan Singh", "New Delhi")]


def test_a_wish_for_something_else_does_not_make_the_meeting_of_its_sentence_hypothetical():
    # "يود خفض الإنفاق" (would like to cut spending): the wish is not the press conference's
    text = ("وقال الرئيس الأمريكي باراك أوباما إنه يود خفض الإنفاق العسكري، وذلك في مؤتمر صحفي مع رئيس الوزراء "
            "البريطاني ديفيد كاميرون في واشنطن أمس.")
    assert reported(mention_rows(text, dt.date(2013, 2, 6))) == [("David Cameron", "Barack Obama")]


def test_a_dated_visit_noun_in_a_pluperfect_clause_without_qad_is_background():
    # "وكانت ميركل تحدثت ... خلال زيارة لها لتركيا في 25 فبراير" (Merkel had spoken during a visit
    # of hers to Turkey on 25 February): "كان" + subject + perfect verb, three days before publication
    text = ("وأعلنت النمسا أنها ستنظم استفتاء، وكانت المستشارة الألمانية أنجيلا ميركل تحدثت بحذر خلال زيارة "
            "لها لتركيا في 25 فبراير عن إمكانية الانضمام.")
    rows = mention_rows(text, dt.date(2013, 2, 28))
    assert rows and all(r["kind"] == "referenced" for r in rows)
    # a comma may close the subject's name before the verb: "وكانت المستشارة ... ميركل، تحدثت"
    text = ("وأعلنت النمسا أنها ستنظم استفتاء. وكانت المستشارة الألمانية أنجيلا ميركل، تحدثت بحذر خلال زيارة "
            "لها لتركيا في 25 فبراير، عن إمكانية الانضمام.")
    rows = mention_rows(text, dt.date(2013, 2, 28))
    assert rows and all(r["kind"] == "referenced" for r in rows)
    # undated, it may be the day's own meeting told as the background of what followed it
    text = "وكان الرئيس الروسي فلاديمير بوتين قال خلال لقائه الرئيس التركي رجب طيب أردوغان في أنقرة إن العلاقات جيدة."
    assert [r["kind"] for r in mention_rows(text, dt.date(2013, 2, 28))] == ["reported"]


def _undated_rows(text, published=None):
    from collections import defaultdict
    from tasks.extract import extract_article
    out = defaultdict(list)
    extract_article("a", text, published, out)
    return [(v["kind"], v["visitor"], v["host"]) for v in out["visit_mentions"]]


def test_an_undated_visit_noun_by_a_weekday_past_the_lead_is_news_not_an_aside():
    # "Erdogan said on Tuesday, during his visit to Moscow State University in the Russian
    # capital, that ...": undated, the weekday right by the visit noun dates it as the dated run does
    text = ("اعتبر الرئيس التركي رجب طيب أردوغان أن الأزمة الاقتصادية في المنطقة تتطلب تعاونا أوسع بين الدول. "
            "وقال أردوغان، الثلاثاء، خلال زيارته جامعة موسكو الحكومية في العاصمة الروسية، إن التعاون مع روسيا يتعزز.")
    visit = [("reported", "Recep Tayyip Erdogan", "Vladimir Putin")]
    assert _undated_rows(text) == visit
    assert _undated_rows(text, dt.date(2019, 4, 10)) == visit
    # with no day the speech act frames the visit as held (visits.framed: "وقال أردوغان خلال زيارته"), dated or not
    no_day = text.replace("، الثلاثاء،", "")
    assert _undated_rows(no_day) == _undated_rows(no_day, dt.date(2019, 4, 10)) == visit


@pytest.mark.parametrize("day, kind", [
    ("صباح اليوم الأربعاء", "reported"),  # this Wednesday morning: the day's news
    ("صباح أمس", "reported"),  # yesterday morning
    ("الأربعاء", "referenced"),  # a bare weekday may be a week gone
    ("", "reported"),  # no day, right after a lead naming both countries: its news (visits.pluperfect.lead_background)
])
def test_an_undated_pluperfect_meeting_of_today_or_yesterday_is_the_days_news(day, kind):
    # "Erdogan had held a closed meeting with the Greek prime minister Tsipras <day>"
    text = ("وقع الرئيس التركي رجب طيب أردوغان اتفاقا لتعزيز التجارة مع اليونان. "
            f"وكان أردوغان قد عقد اجتماعا مغلقا مع رئيس الوزراء اليوناني أليكسيس تسيبراس {day}.")
    assert _undated_rows(text) == [(kind, "Recep Tayyip Erdogan", "Alexis Tsipras")]


def test_an_undated_meeting_dated_by_a_year_alone_is_an_earlier_one():
    # "when Putin visited Rabat in 2016, the menu held dishes from the sea": news dates its
    # meeting by the day; undated, a year alone (2016 is in Putin's term) is a visit told again
    text = ("قدم الطهاة المغاربة أطباقا تقليدية على مائدة العشاء الرسمي في القصر. "
            "فحينما زار الرئيس الروسي فلاديمير بوتين الرباط في 2016، تضمنت قائمة الطعام أطباقا من البحر.")
    earlier = [("referenced", "Vladimir Putin", "Mohammed VI of Morocco")]
    assert _undated_rows(text) == earlier
    assert _undated_rows(text, dt.date(2018, 4, 27)) == earlier
def test_a_visit_told_deep_in_the_text_is_news_when_the_lead_sets_both_leaders_in_its_city():
    # the lead puts Putin before Sisi in Cairo (no meeting word); eight sentences on, a dinner on
    # Monday in honour of Putin "الذي وصل القاهرة" (who came to Cairo): that visit is the news ("الذي يزور
    # القاهرة", who is visiting Cairo, says so by itself: making.py)
    lead = "أكد بوتين أمام السيسي في القاهرة، الثلاثاء، أن بلاده ستواصل دعم مشروعات الطاقة في المنطقة.\n"
    filler = "".join(f"وأضاف المتحدث أن الجانبين ناقشا ملفات التعاون الاقتصادي رقم {k} في مجالات عدة.\n" for k in range(7))
    tail = "ومساء الاثنين أقام السيسي مأدبة عشاء فاخرة في القصر الرئاسي على شرف بوتين، الذي وصل القاهرة في إطار جولة."
    [v] = run(lead + filler + tail, published=dt.date(2023, 3, 15))
    assert (v["kind"], v["visitor"], v["host"], v["city"], v["date"]) == (
        "reported", "Vladimir Putin", "Abdel Fattah el-Sisi", "Cairo", dt.date(2023, 3, 13))
    # a lead that names the two leaders elsewhere ("في مؤتمر", at a conference) sets no scene: background
    [v] = run(lead.replace("في القاهرة", "في مؤتمر") + filler + tail, published=dt.date(2023, 3, 15))
    assert v["kind"] == "referenced"


def test_a_summit_in_a_pluperfect_clause_with_a_long_subject_is_background():
    # "وكان الرئيس الروسي المخضرم بوتين قد عبر في بيان مشترك ... في قمتهما في القاهرة" (had expressed,
    # in a joint statement ... at their summit in Cairo): the subject's title and the verb's objects
    # stand between "كان ... قد" and the summit, which is still the clause's earlier event
    text = ("وكان الرئيس الروسي المخضرم بوتين قد عبر في بيان مشترك صدر مع الرئيس المصري السيسي في قمتهما "
            "في القاهرة عن استعداده لدعم الاستثمارات.")
    [v] = run(text)
    assert (v["kind"], v["visitor"], v["host"], v["city"]) == ("referenced", "Vladimir Putin", "Abdel Fattah el-Sisi", "Cairo")
def test_a_pluperfect_visit_verb_past_a_comma_that_closes_its_subject_is_background():
    """"وكان رئيس وزراء العراق، زار مصر خلال القمة" (Iraq's prime minister had visited Egypt
    during the summit): "كان" + subject + comma + perfect verb, no قد, an earlier visit; with
    the day of publication it is the news's own background."""
    pub = dt.date(2013, 2, 27)
    text = ("وأعلن مصدر أن رئيس الوزراء سيزور بغداد الاثنين المقبل. "
            "وكان رئيس وزراء العراق، زار مصر خلال القمة الإسلامية والتقى الرئيس المصري.")
    rows = [r for r in mention_rows(text, pub) if {r["visitor"], r["host"]} == {"Nouri al-Maliki", "Mohamed Morsi"}]
    assert rows and all(r["kind"] == "referenced" for r in rows)
    text = "وكان رئيس وزراء العراق، وصل القاهرة اليوم والتقى الرئيس المصري."
    assert [r["kind"] for r in mention_rows(text, pub)] == ["reported"]


def test_an_item_of_a_digest_of_the_days_expected_news_is_news_however_deep():
    """"تستعرض البوابة أهم الأخبار المتوقعة اليوم" (the site reviews the main news expected
    today): each item is the day's news ("talks today"), the eighth as much as the first; in
    another article an undated item that deep is background."""
    items = ["القاهرة.. يعقد مؤتمر حول الزراعة.", "الإسكندرية.. يفتتح الوزير معرضا للكتاب.",
             "أسوان.. تنطلق مهرجانات الشتاء.", "القاهرة.. تعلن الوزارة نتائج الامتحانات.",
             "طنطا.. يبدأ موسم القطن.", "القاهرة.. تجتمع لجنة الخمسين.", "الجيزة.. يعقد اجتماع للمحافظين.",
             "موسكو.. يصل السيسي إلى موسكو في زيارة رسمية يجري خلالها محادثات مع بوتين."]
    text = "تستعرض البوابة أهم الأخبار المتوقعة اليوم الثلاثاء على الصعيدين الداخلي والخارجي. " + " ".join(items)
    assert [(r["kind"], r["visitor"], r["host"]) for r in run(text, dt.date(2013, 3, 5))] == [
        ("reported", "Abdel Fattah el-Sisi", "Vladimir Putin")]
    text = "تستعرض البوابة أهم الملفات على الصعيدين الداخلي والخارجي. " + " ".join(items)
    assert [r["kind"] for r in run(text, dt.date(2013, 3, 5))] == ["referenced"]


def test_a_reception_after_kana_is_held_though_a_later_meeting_of_the_pair_is_planned():
    """"وكان في استقبال السيسي لدى وصوله الرئيس بوتين" (Putin was among those who received Sisi on
    his arrival) is a reception held, even when the article goes on with their talks ahead."""
    text = ("أكد السيسي لدى وصوله موسكو متانة العلاقات. "
            "وكان في استقبال السيسي لدى وصوله المطار الرئيس بوتين وكبار المسؤولين. "
            "وسيلتقي السيسي بوتين في الكرملين الخميس.")
    assert [(r["kind"], r["visitor"], r["host"]) for r in run(text, dt.date(2019, 4, 2)) if r["kind"] == "reported"] == [
        ("reported", "Abdel Fattah el-Sisi", "Vladimir Putin")]


def test_a_visit_only_told_as_what_a_report_is_about_is_over():
    """"يناقش المجلس تقريرا عن زيارة رئيس الوزراء إلى العراق" (the cabinet discusses a report on the
    prime minister's visit to Iraq): background; the visit itself told as news stays reported."""
    pub = dt.date(2013, 3, 20)
    text = "ويناقش مجلس الوزراء اليوم عدة ملفات بينها تقريرا عن زيارة رئيس الوزراء هشام قنديل إلى العراق."
    assert [r["kind"] for r in mention_rows(text, pub)] == ["referenced"]
    text = "وبدأ رئيس الوزراء هشام قنديل اليوم زيارة إلى العراق."
    assert [r["kind"] for r in mention_rows(text, pub)] == ["reported"]


def test_a_meeting_held_during_a_visit_the_sentence_retells_is_behind_the_news():
    """"خلال لقائه بوتين خلال زيارته الأخيرة لموسكو" (at his meeting with Putin during his last
    visit to Moscow): the meeting is that earlier visit's; "during his visit today" stays news."""
    rows = run("وسخر مذيع من حديث السيسي خلال لقائه بوتين خلال زيارته الأخيرة لموسكو.", dt.date(2019, 4, 2))
    assert [r["kind"] for r in rows] == ["referenced"]
    rows = run("وقال السيسي خلال لقائه بوتين خلال زيارته لموسكو إن العلاقات قوية.", dt.date(2019, 4, 2))
    assert [r["kind"] for r in rows] == ["reported"]


def test_a_visit_joined_to_a_retold_one_past_a_doctor_initial_is_retold_too():
    """"تفعيل نتائج زيارة د. محمد المقريف لمصر وزيارة د. علي زيدان لمصر": the spaced "د." (Dr.)
    is no stop between the two visits (the real lexicon)."""
    pub = dt.date(2013, 3, 12)
    text = ("وأكد الرئيس محمد مرسي أهمية تفعيل نتائج زيارة د. محمد يوسف المقريف لمصر في يناير الماضي "
            "وزيارة د. علي زيدان رئيس الوزراء الليبي لمصر.")
    assert [r["kind"] for r in mention_rows(text, pub) if r["visitor"] == "Ali Zeidan"] == ["referenced"]


def test_a_future_dual_verb_makes_the_meeting_planned():
    # "سيجتمعان مجددا في قمة ثانية" (the two will meet again in a second summit): a plan, not news
    [v] = run("أعلنت الرئاسة أن بوتين والأسد سيجتمعان مجددا في قمة ثانية.")
    assert (v["kind"], v["planned"], v["visitor"], v["host"]) == ("referenced", True, "Vladimir Putin", "Bashar al-Assad")
    [v] = run("أعلنت الرئاسة أن الأسد وبوتين سيلتقيان في موسكو.")
    assert (v["kind"], v["planned"], v["host"], v["city"]) == ("referenced", True, "Vladimir Putin", "Moscow")


def test_a_meeting_whose_relative_clause_is_past_stays_held_beside_the_pairs_next_plan():
    # "اللقاء المفاجئ الذي عقد في موسكو" (the surprise meeting that was held in Moscow) is news,
    # though the pair's next meeting is planned after it ("سيلتقيان مرة أخرى", will meet again); ("بعد ساعات من
    # اللقاء", hours after the meeting, would make it another act's time anchor: visits.anchored)
    text = ("وجاء ذلك بعد اللقاء المفاجئ الذي عقد في موسكو بين بوتين والرئيس السوري بشار الأسد. "
            "وأكدت الرئاسة أن بوتين والأسد سيلتقيان مرة أخرى الشهر المقبل.")
    assert reported(run(text)) == [("Bashar al-Assad", "Vladimir Putin")]
    # the plan told first: the held meeting after it is no part of that plan (ahead.inherit_trip_plan)
    text = ("وأكدت الرئاسة أن بوتين والأسد سيلتقيان مرة أخرى الشهر المقبل. "
            "وجاء ذلك بعد اللقاء المفاجئ الذي عقد في موسكو بين بوتين والرئيس السوري بشار الأسد.")
    assert reported(run(text)) == [("Bashar al-Assad", "Vladimir Putin")]


def test_talks_held_today_stay_reported_before_a_plan_of_the_next_leg():
    """"من المقرر" (it is scheduled) after talks held today plans the next leg only: its al- is
    the word's own, not an article before a quoted adjective (tasks/extract/visits/vetoes.py)."""
    rows = run("وأجرى أردوغان محادثات مع بوتين اليوم ومن المقرر أن يتوجه إلى دمشق غدا.")
    assert ("Recep Tayyip Erdogan", "Vladimir Putin") in [(r["visitor"], r["host"]) for r in rows if r["kind"] == "reported"]


_BUSINESS = ("وتراجعت أسعار النفط في التعاملات المبكرة.\nوقال محللون إن الطلب ما زال ضعيفا.\n"
             "وأعلنت الشركة عن أرباح فصلية.\nوارتفع سعر الذهب.\nوأبقى البنك المركزي الفائدة دون تغيير.\n"
             "وتوقعت الحكومة نمو الاقتصاد.\nوأغلقت البورصة على ارتفاع طفيف.\n")


@pytest.mark.parametrize("text", [
    # "في ثاني أيام زيارته" (on the second of his visit's days): the visit noun itself is in the day phrase
    "وفي ثاني أيام زيارته إلى الصين، أجرى الرئيس المصري عبد الفتاح السيسي جولة في متحف العاصمة.",
    # "اليوم الأول لزيارته" (li- glued to the noun) before a past verb
    "وفي اليوم الأول لزيارته إلى الصين، زار الرئيس المصري عبد الفتاح السيسي متحف بكين.",
    # the day phrase after a past verb, in its clause
    "وزار الرئيس المصري عبد الفتاح السيسي الصين في ثاني أيام جولته الآسيوية.",
])
def test_a_day_of_the_visit_told_deep_in_the_text_is_under_way(text):
    # eight sentences of other news first: a lone undated visit there would be background
    rows = mention_rows(_BUSINESS + text, dt.date(2018, 9, 3))
    assert reported(rows) == [("Abdel Fattah el-Sisi", "Xi Jinping")]


@pytest.mark.parametrize("text", [
    "وزار الرئيس المصري عبد الفتاح السيسي الصين والتقى نظيره الصيني.",  # no day phrase: background
    "وفي ثاني أيام زيارته إلى الصين العام الماضي، أجرى الرئيس المصري عبد الفتاح السيسي جولة في متحف العاصمة.",  # dated
    "ويلتقي الرئيس المصري عبد الفتاح السيسي نظيره الصيني في ثاني أيام زيارته الشهر المقبل.",  # planned
    "وقال السيسي إنه سيزور الصين في ثاني أيام جولته الآسيوية.",  # sa-, will
])
def test_a_visit_deep_in_the_text_without_a_day_of_it_stays_background_or_planned(text):
    rows = mention_rows(_BUSINESS + text, dt.date(2018, 9, 3))
    assert rows and reported(rows) == []


@pytest.mark.parametrize("text", [
    # "نفى ... مسؤولية موسكو، حيث قال في مؤتمر صحفي" (denied Moscow's responsibility, as he said at a press
    # conference): the denial's object is the responsibility
    "ونفى الرئيس الروسي فلاديمير بوتين مسؤولية موسكو عن الهجوم، حيث قال في مؤتمر صحفي مع المستشارة الألمانية "
    "أنغيلا ميركل في سوتشي الجمعة إن الاتهامات باطلة.",
    # "رفض ... الاعتذار، وذلك خلال مؤتمر صحفي" (refused to apologise, and that during a press conference)
    "ورفض الرئيس الروسي فلاديمير بوتين الاعتذار عن تصريحاته، وذلك خلال مؤتمر صحفي مع المستشارة الألمانية "
    "أنغيلا ميركل في سوتشي الجمعة.",
])
def test_a_denial_or_refusal_of_something_else_does_not_reach_the_meeting_of_a_new_clause(text):
    assert reported(mention_rows(text, dt.date(2018, 5, 19))) == [("Angela Merkel", "Vladimir Putin")]


@pytest.mark.parametrize("text", [
    "ونفى الكرملين أن يكون الرئيس فلاديمير بوتين قد التقى المستشارة الألمانية أنغيلا ميركل في سوتشي الجمعة.",
    # a speech verb inside the denial's object opens no clause: "ما ذكرت صحيفة عن لقاء" (what a paper said)
    "ونفى الكرملين ما ذكرت صحيفة ألمانية عن لقاء سري جمع بوتين والمستشارة الألمانية أنغيلا ميركل في سوتشي.",
    # a refusal of the meeting itself, a reason said after it
    "ورفض الرئيس الروسي فلاديمير بوتين لقاء المستشارة الألمانية أنغيلا ميركل في سوتشي، حيث قال إن الوقت غير مناسب.",
])
def test_a_denied_or_refused_meeting_stays_out_whatever_follows(text):
    assert reported(mention_rows(text, dt.date(2018, 5, 19))) == []
def test_a_meeting_dated_last_month_is_held_though_its_sentence_plans_something_else():
    """"من المقرر افتتاح الطريق ... وفقا لما تم الاتفاق عليه بين أردوغان وبوتين خلال لقائهما في سوتشي في
    شهر يناير الماضي" (the road is due to open ..., as Erdogan and Putin agreed during their meeting in
    Sochi last January): the plan is the road's; the meeting was held in January, not planned."""
    text = ("ومن المقرر افتتاح الطريق البري بين البلدين نهاية الشهر المقبل، وفقا لما تم الاتفاق عليه بين الرئيس "
            "التركي رجب طيب أردوغان والرئيس الروسي فلاديمير بوتين خلال لقائهما في سوتشي في شهر يناير الماضي.")
    assert [(r["kind"], r["planned"], r["city"], r["date"], r["date_precision"]) for r in mention_rows(text, dt.date(2019, 4, 3))] == [
        ("referenced", False, "Sochi", dt.date(2019, 1, 1), "month")]


def test_a_meeting_dated_next_month_and_a_summit_in_preparation_stay_planned():
    """"لقاءهما المقبل ... في شهر مايو المقبل" (their next meeting in May next) and "يتم الإعداد لعقد
    قمة" (a summit is being prepared), told "أمس" (yesterday), are plans."""
    pub = dt.date(2019, 4, 3)
    text = ("ومن المقرر أن يعقد الرئيس التركي رجب طيب أردوغان والرئيس الروسي فلاديمير بوتين لقاءهما المقبل في سوتشي "
            "في شهر مايو المقبل.")
    assert [(r["planned"], r["date"]) for r in mention_rows(text, pub)] == [(True, dt.date(2019, 5, 1))]
    text = "وأكدت الرئاسة أمس أنه يتم الإعداد لعقد قمة بين الرئيس التركي رجب طيب أردوغان والرئيس الروسي فلاديمير بوتين."
    assert [(r["planned"], r["date"]) for r in mention_rows(text, pub)] == [(True, None)]


def test_a_visit_whose_date_is_not_set_yet_is_planned():
    """"زيارة أردوغان إلى روسيا لم يتم حتى الآن تحديد موعدها" (Erdogan's visit to Russia has not had its
    date set yet) and "لم يتم تحديد موعدها" (its date is not set) tell a plan, not a visit denied."""
    pub = dt.date(2019, 4, 3)
    for text in ("وأشار إلى أن زيارة الرئيس التركي رجب طيب أردوغان إلى روسيا لم يتم حتى الآن تحديد موعدها، إلا أن "
                 "الزيارة قائمة.",
                 "وأشار إلى أن زيارة الرئيس التركي رجب طيب أردوغان إلى موسكو لم يتم تحديد موعدها."):
        assert [(r["kind"], r["planned"], r["visitor"], r["host"]) for r in mention_rows(text, pub)] == [
            ("referenced", True, "Recep Tayyip Erdogan", "Vladimir Putin")]


def test_a_visit_that_took_place_last_january_is_no_plan():
    """"زيارة أردوغان إلى موسكو قد تمت في يناير الماضي" (Erdogan's visit to Moscow took place last
    January): no "لم يتم تحديد موعدها" (its date is not set), no plan."""
    text = "وأشار إلى أن زيارة الرئيس التركي رجب طيب أردوغان إلى موسكو قد تمت في يناير الماضي."
    assert [(r["kind"], r["planned"]) for r in mention_rows(text, dt.date(2019, 4, 3))] == [("referenced", False)]


def test_a_gone_day_of_another_verb_after_the_meeting_leaves_it_planned():
    """"خطط لعقد اللقاء بين أردوغان وبوتين بعدما انسحب أردوغان، الثلاثاء الماضي، من القمة" (plans to hold
    the meeting after Erdogan withdrew, last Tuesday, from the summit): the Tuesday is the withdrawal's,
    past a verb and a comma; the meeting is still a plan."""
    text = ("وتمضي أنقرة وموسكو قدما في خطط لعقد اللقاء بين الرئيس التركي رجب طيب أردوغان والرئيس الروسي فلاديمير "
            "بوتين بعدما انسحب أردوغان، الثلاثاء الماضي، من القمة.")
    assert [(r["kind"], r["planned"]) for r in mention_rows(text, dt.date(2019, 4, 3))] == [("referenced", True)]


def test_a_future_verb_before_wa_dhalika_does_not_govern_the_meeting_it_frames():
    # "أكد ... أن بلاده ستدعم ...، وذلك خلال لقائه اليوم" (affirmed that his country will support ...,
    # and that during his meeting today): "وذلك" takes back the clause of "أكد" (past): the meeting is held
    text = ("أكد الرئيس الروسي فلاديمير بوتين أن بلاده ستدعم على الدوام جهود تركيا في مكافحة الإرهاب، "
            "وذلك خلال لقائه اليوم بالرئيس التركي رجب طيب أردوغان في موسكو.")
    assert reported(run(text)) == [("Recep Tayyip Erdogan", "Vladimir Putin")]
    # the clause's own verb a sa- future: the meeting is ahead
    rows = run(text.replace("أكد", "سيؤكد").replace("اليوم", "غدا"))
    assert rows and reported(rows) == [] and all(r["planned"] for r in rows)


FILLER = ("وتحدث أردوغان عن الاقتصاد. وقال إن الأسعار سترتفع. وأضاف أن الحكومة تعمل. وأشار إلى البطالة. "
          "وتطرق إلى التعليم. وتحدث عن الصحة. وانتقد المعارضة. ")


@pytest.mark.parametrize("text, stripped", [
    # "خلال زيارة يقوم بها إلى روسيا" (during a visit he is making to Russia)
    ("وأعلن السيسي خلال زيارة يقوم بها إلى روسيا عن صفقة مع بوتين.",
     "وأعلن السيسي خلال زيارة قام بها إلى روسيا عن صفقة مع بوتين."),
    ("وخلال الزيارة الرسمية التي يقوم بها السيسي إلى موسكو، وقع مع بوتين اتفاقا.",
     "وخلال الزيارة الرسمية التي قام بها السيسي إلى موسكو، وقع مع بوتين اتفاقا."),
    # "السيسي، الذي يزور روسيا" (Sisi, who is visiting Russia)
    ("وقال السيسي، الذي يزور روسيا، في مؤتمر صحفي مع بوتين إن العلاقات قوية.",
     "وقال السيسي، الذي زار روسيا، في مؤتمر صحفي مع بوتين إن العلاقات قوية."),
    # "بوتين، الذي يقوم بزيارة لمصر" (Putin, who is making a visit to Egypt): Putin the visitor
    ("وقال السيسي في مؤتمر صحفي مع بوتين، الذي يقوم بزيارة لمصر، إن العلاقات قوية.",
     "وقال السيسي في مؤتمر صحفي مع بوتين، الذي قام بزيارة لمصر، إن العلاقات قوية."),
    # "استهل السيسي زيارته لروسيا" (Sisi opened his visit to Russia), his meeting with Putin still ahead
    ("واستهل الرئيس السيسي زيارته لروسيا بجولة في موسكو، ومن المقرر أن يلتقي بوتين.",
     "وأرجأ الرئيس السيسي زيارته لروسيا بسبب الطقس، ومن المقرر أن يلتقي بوتين."),
])
def test_a_visit_told_as_being_made_by_its_own_clause_is_reported_deep_in_the_text(text, stripped):
    """A present relative after the visit noun ("زيارة يقوم بها"), a relative pronoun before a present
    visit verb ("الذي يزور"), a past verb of opening with the visit as its object ("استهل ... زيارته"):
    the visit is under way, news however deep in the text; the same sentence in the past (a visit he
    made, who visited) or with another verb (postponed his visit) stays background or planned."""
    assert len(reported(run(FILLER + text))) == 1
    assert set(reported(run(FILLER + text))[0]) == {"Abdel Fattah el-Sisi", "Vladimir Putin"}
    assert reported(run(FILLER + stripped)) == []


@pytest.mark.parametrize("text", [
    "وأعلن السيسي خلال زيارة ستقوم بها إلى روسيا عن صفقة مع بوتين.",  # sa-: a visit he will make
    "وقال السيسي، الذي يزور روسيا الأسبوع المقبل، إنه سيلتقي بوتين.",  # visiting next week
    "وقال السيسي في مؤتمر صحفي مع بوتين، الذي يقوم بزيارة لمصر الشهر المقبل، إن العلاقات قوية.",
    "وبدأ السيسي الاستعداد لزيارته لروسيا ولقاء بوتين.",  # began preparing for his visit
    "وستكون هذه أول زيارة يقوم بها السيسي لروسيا منذ سنوات حيث يلتقي بوتين.",  # the first visit he makes: a kind
    "وستجري مباحثات مع بوتين خلال زيارة رسمية يقوم بها السيسي لروسيا.",  # talks will be held during it
])
def test_a_visit_clause_ahead_or_a_begun_preparation_is_not_under_way(text):
    """A sa- future, a day ahead in the relative clause, a noun between the verb of beginning and the visit,
    an ordinal before the visit noun ("أول زيارة يقوم بها", the first visit one makes), a sa- verb governing it."""
    pub = dt.date(2023, 3, 14)
    text = FILLER + text
    assert reported(run(text, pub, dates=find_dates(text, fold_with_map(text), pub))) == []


def test_a_background_note_on_a_visit_being_made_tells_it_under_way():
    """"يشار إلى أن" (it is noted that) recalls an earlier meeting, unless the visit's own clause says it is
    being made: "خلال زيارة يقوم بها" (during a visit he is making) is this one; "قام بها" (he made) stays earlier."""
    text = "ويشار إلى أن السيسي أعلن خلال زيارة يقوم بها إلى روسيا عن صفقة مع بوتين."
    assert reported(run(FILLER + text)) == [("Abdel Fattah el-Sisi", "Vladimir Putin")]
    assert reported(run(FILLER + text.replace("يقوم بها", "قام بها"))) == []


@pytest.mark.parametrize("text, visitor", [
    # "مع بوتين، الذي يزور بلاده" (with Putin, who is visiting his country): Putin travels
    ("وقال السيسي في مؤتمر صحفي مع بوتين، الذي يزور بلاده، إن العلاقات قوية.", "Vladimir Putin"),
    ("وقال بوتين في مؤتمر صحفي مع السيسي، الذي يزور روسيا، إن العلاقات قوية.", "Abdel Fattah el-Sisi"),
])
def test_a_meeting_whose_guest_is_told_visiting_now_is_reported_with_him_the_visitor(text, visitor):
    """A leader named after the meeting word with his relative clause "الذي يزور" (who is visiting):
    the meeting is under way however deep in the text, and he is the one who travelled."""
    [(v, _)] = reported(run(FILLER + text))
    assert v == visitor
    pub = dt.date(2023, 3, 14)
    for other in (text.replace("يزور", "زار"), text.replace("، إن", " الأسبوع المقبل، إن")):
        assert reported(run(FILLER + other, pub, dates=find_dates(FILLER + other, fold_with_map(FILLER + other), pub))) == []


@pytest.mark.parametrize("text", [
    # "will meet the Russian officials and visit Damascus": the joined imperfect shares the sa- future
    "وسيلتقي بوتين المسؤولين الروس ويزور دمشق.",
    # "will give a speech before the students, then meets al-Assad in Damascus"
    "وسيلقي بوتين خطابا أمام الطلاب ثم يلتقي الأسد في دمشق.",
    # a programme "over four days": the second leg is told with wa- after the sa- verb
    "وعلى مدى أربعة أيام، سيلتقي بوتين المسؤولين في موسكو ويزور دمشق.",
])
def test_a_visit_verb_joined_to_a_future_one_is_planned(text):
    rows = run(text)
    assert reported(rows) == [] and ("Vladimir Putin", "Bashar al-Assad", "referenced", True) in {
        (r["visitor"], r["host"], r["kind"], r["planned"]) for r in rows}


@pytest.mark.parametrize("text", [
    "التقى بوتين المسؤولين الروس ويزور دمشق للقاء الأسد.",  # the nearest verb before is past: under way
    "يلتقي بوتين المسؤولين الروس ويزور دمشق للقاء الأسد.",  # a headline's present: news
    "وزار بوتين اليوم دمشق حيث التقى الأسد.",  # a programme item of the day that the text says took place
])
def test_a_visit_verb_joined_to_a_past_or_present_one_stays_reported(text):
    from tests.extract.test_visit_dates import run_dated
    assert ("Vladimir Putin", "Bashar al-Assad") in reported(run_dated(text))


def test_a_joined_visit_verb_of_a_future_told_today_stays_reported():
    from tests.extract.test_visit_dates import run_dated
    # "will meet the officials today and visit Damascus, where he meets al-Assad": talks today (GUIDE)
    rows = run_dated("وسيلتقي بوتين المسؤولين الروس اليوم ويزور دمشق حيث يلتقي الأسد.")
    assert ("Vladimir Putin", "Bashar al-Assad") in reported(rows)


@pytest.mark.parametrize("text", [
    # "will announce the appointment of a prime minister, before heading to Damascus to meet al-Assad": no day
    "سيعلن بوتين تعيين رئيس للوزراء، قبل أن يتوجه إلى دمشق للقاء الأسد.",
    # "will give a speech before the students. After that he meets al-Assad": the act is the previous sentence's
    "وسيلقي بوتين خطابا أمام الطلاب، وبعد ذلك يلتقي الأسد في دمشق.",
    # today's act, a later day for the trip: "before heading tomorrow", "then travels on Thursday" (test_visit_governed)
    "سيعلن بوتين اليوم تعيين رئيس للوزراء، قبل أن يتوجه غدا إلى دمشق للقاء الأسد.",
    "يلقي بوتين كلمة أمام البرلمان اليوم ثم يسافر الخميس إلى دمشق للقاء الأسد.",
])
def test_a_trip_told_as_the_sequel_of_an_act_still_ahead_is_planned(text):
    from tests.extract.test_visit_dates import run_dated
    rows = run_dated(text)
    assert reported(rows) == [] and ("Vladimir Putin", "Bashar al-Assad", "referenced", True) in {
        (r["visitor"], r["host"], r["kind"], r["planned"]) for r in rows}


@pytest.mark.parametrize("text", [
    # the main act is past and the meeting is told in the past: "announced ... before heading to Damascus, where he met"
    "أعلن بوتين اليوم تعيين رئيس للوزراء قبل أن يتوجه إلى دمشق حيث التقى الأسد.",
    # "بعد أن" (after) tells what came before the arrival
    "وصل بوتين إلى دمشق بعد أن ألقى كلمة والتقى الأسد.",
    # a past main verb: "gave a speech today, then headed to Damascus"
    "ألقى بوتين كلمة أمام البرلمان اليوم ثم توجه إلى دمشق للقاء الأسد.",
    # a headline's present with no day: the narrative present of news
    "يلقي بوتين كلمة أمام البرلمان ثم يسافر إلى دمشق للقاء الأسد.",
    # "after that" opening a sentence after a past act: told done
    "ألقى بوتين خطابا أمام الطلاب اليوم. وبعد ذلك يلتقي بوتين الرئيس السوري بشار الأسد في دمشق.",
    "ألقى بوتين خطابا أمام الطلاب اليوم. وبعد ذلك التقى بوتين الرئيس السوري بشار الأسد في دمشق.",
])
def test_a_trip_after_a_past_act_or_a_headline_present_stays_reported(text):
    from tests.extract.test_visit_dates import run_dated
    assert ("Vladimir Putin", "Bashar al-Assad") in reported(run_dated(text))


@pytest.mark.parametrize("text", [
    "كشف الكرملين عن عقد قمة بين بوتين وأردوغان في سوتشي.",  # disclosed the holding of a summit
    "وأعلنت الرئاسة عن عقد قمة بين بوتين والأسد.",
    "أعلن الكرملين والرئاسة التركية في بيان مشترك عن عقد قمة بين بوتين وأردوغان.",  # eight words before "عن"
    "اتفق بوتين وأردوغان على عقد قمة في موسكو.",  # agreed on holding a summit, names between
    "واتفق الجانبان على عقد لقاء بين بوتين وأردوغان.",  # "عقد لقاء" the verbal noun, not "he held a meeting"
    "وقرر بوتين وأردوغان عقد قمة في سوتشي.",  # decided to hold, names between
    "وتقرر عقد قمة بين بوتين والأسد في دمشق.",
])
def test_the_holding_of_a_meeting_announced_agreed_or_decided_is_planned(text):
    [v] = run(text)
    assert (v["kind"], v["planned"]) == ("referenced", True)


def test_a_meeting_disclosed_with_a_day_up_to_publication_is_not_planned():
    # a secret meeting disclosed as held last week, and a summit announced for today, are no plans; the
    # disclosure told in the lead is the article's news (visits.last_week), reported
    pub = dt.date(2023, 3, 14)
    text = "وكشفت الصحيفة عن عقد لقاء سري بين بوتين والأسد في موسكو الأسبوع الماضي."
    [v] = run(text, pub, dates=find_dates(text, fold_with_map(text), pub))
    assert (v["kind"], v["planned"]) == ("reported", False)
    text = "أعلن الكرملين عن عقد قمة بين بوتين وأردوغان اليوم في سوتشي."
    [v] = run(text, pub, dates=find_dates(text, fold_with_map(text), pub))
    assert (v["kind"], v["date"]) == ("reported", pub)
    # no word of announcing before "عن": the talk is about a summit held
    [v] = run("وتحدث بوتين عن عقد قمة مع أردوغان في سوتشي أمس الأول.")
    assert v["kind"] == "reported"


def test_a_summit_announced_for_a_day_ahead_is_planned_on_that_day():
    # "the Kremlin announced the holding of a summit ... on 16 July", told on 28 June: ahead, on 16 July
    pub = dt.date(2018, 6, 28)
    text = "أعلن الكرملين عن عقد قمة بين بوتين وأردوغان في سوتشي في 16 يوليو."
    [v] = run(text, pub, dates=find_dates(text, fold_with_map(text), pub))
    assert (v["kind"], v["planned"], v["date"]) == ("referenced", True, dt.date(2018, 7, 16))


def test_the_occasion_of_what_was_said_is_a_visit_held_not_part_of_a_plan():
    # "جاء ذلك خلال زيارة" (that came during the visit): the statement's occasion, told with a past
    # verb, is held, though the sentence before tells meetings agreed on for later
    agreed = ("قال الرئيس المصري عبد الفتاح السيسي الاثنين إنه اتفق مع نظيره السوداني عمر البشير على العمل "
              "المشترك، مشيرا إلى اتفاق البلدين على عقد اجتماعات دورية. ")
    rows = mention_rows(agreed + "جاء ذلك خلال زيارة رسمية للبشير إلى القاهرة.", dt.date(2018, 3, 19))
    assert [(r["visitor"], r["host"], r["city"]) for r in rows if r["kind"] == "reported"] == [
        ("Omar al-Bashir", "Abdel Fattah el-Sisi", "Cairo")]
    # a future occasion ("سيأتي ذلك خلال زيارة", that will come during a visit) is no visit held
    rows = mention_rows(agreed + "وسيأتي ذلك خلال زيارة رسمية للبشير إلى القاهرة.", dt.date(2018, 3, 19))
    assert not [r for r in rows if r["kind"] == "reported"]
def _history_rows(text, published=dt.date(2016, 5, 10)):
    from collections import defaultdict
    from tasks.extract import extract_article
    out = defaultdict(list)
    extract_article("a", text, published, out)
    return [(v["kind"], v["visitor"], v["host"]) for v in out["visit_mentions"]]


@pytest.mark.parametrize("text", [
    # "the Egyptian president visited Jerusalem in 1977 and met the Israeli prime minister": the titles are not the
    # holders of 2016 (Sisi, Netanyahu), and the lexicon has no holder of 1977: no row, neither reported nor referenced
    "وقال المحاضر إن الرئيس المصري زار القدس عام 1977 والتقى رئيس الوزراء الإسرائيلي في الكنيست.",
    # ... a month and year, the host unnamed ("arrived in Jerusalem": Israel's leader of 2016 is not the host of 1977)
    "وأضاف المؤرخ أن الرئيس المصري وصل إلى القدس في نوفمبر 1977 وسط ذهول العالم.",
    # "during his historic visit to Jerusalem in 1977, the Egyptian president met the Israeli prime minister": the
    # meeting verb has no date of its own; it is told on the trip of 1977 (main: reported, Sisi -> Netanyahu)
    "وخلال زيارته التاريخية للقدس عام 1977، التقى الرئيس المصري رئيس الوزراء الإسرائيلي وألقى كلمة.",
    # "the Chinese president visited the Emirates in December 1989": Xi was not in office then
    "وكان الرئيس الصيني زار الإمارات في ديسمبر 1989 في أول زيارة بين البلدين.",
])
def test_a_bare_title_dated_before_its_holders_term_gives_no_row(text):
    assert _history_rows(text) == []


def test_a_bare_title_dated_in_its_holders_term_or_named_keeps_its_row():
    # the visit of the day, with the 1977 trip told after it: today's row stays reported
    text = ("وصل الرئيس المصري عبد الفتاح السيسي اليوم إلى الرياض والتقى العاهل السعودي الملك سلمان، "
            "وهي زيارة يقارنها المراقبون بزيارة القدس عام 1977.")
    assert ("reported", "Abdel Fattah el-Sisi", "Salman bin Abdulaziz") in _history_rows(text)
    # a title in its holder's term (Sisi in 2015) is his referenced visit
    assert _history_rows("وكان الرئيس المصري قد زار الرياض في مارس 2015 والتقى العاهل السعودي.") == [
        ("referenced", "Abdel Fattah el-Sisi", "Salman bin Abdulaziz")]


def test_a_meeting_verb_joined_to_a_trip_of_long_ago_is_referenced():
    # "Putin visited Ankara in December 2014 and met President Erdogan" (told in 2016): the meeting is on that trip
    pair = ("Vladimir Putin", "Recep Tayyip Erdogan")
    text = "وزار الرئيس الروسي فلاديمير بوتين أنقرة في ديسمبر 2014 والتقى الرئيس رجب طيب أردوغان."
    assert _history_rows(text) == [("referenced", *pair)]
    # ... not one with a day of its own ("and met today"), nor one after a trip of the day
    today = "وزار الرئيس الروسي فلاديمير بوتين أنقرة في ديسمبر 2014، والتقى اليوم الرئيس رجب طيب أردوغان."
    assert ("reported", *pair) in _history_rows(today)
    fresh = "وزار الرئيس الروسي فلاديمير بوتين أنقرة أمس والتقى الرئيس رجب طيب أردوغان."
    assert _history_rows(fresh) == [("reported", *pair)]
    # a year in an aside between commas ("born in 1952") dates neither the arrival nor the meeting after it
    born = "ووصل الرئيس الروسي، المولود عام 1952، إلى أنقرة والتقى الرئيس التركي."
    assert ("reported", *pair) in _history_rows(born)


@pytest.mark.parametrize("text", [
    # "the writer recalls the Iranian president's visit to Cairo and his meeting with President Morsi"
    "ويستذكر الكاتب في مقاله زيارة الرئيس الإيراني أحمدي نجاد إلى القاهرة ولقاءه الرئيس محمد مرسي.",
    # "secret documents reveal the details of the Iranian president's visit to Cairo"
    "وثائق سرية تكشف تفاصيل زيارة الرئيس الإيراني أحمدي نجاد إلى القاهرة واستقبال الرئيس محمد مرسي له.",
    # "Israeli documents reveal the details of ..."
    "وكشفت وثائق إسرائيلية نشرت أمس تفاصيل زيارة الرئيس الإيراني أحمدي نجاد إلى القاهرة ولقائه الرئيس محمد مرسي.",
    # "in his memoirs the minister tells of ..."
    "وفي مذكراته يروي الوزير تفاصيل استقبال الرئيس محمد مرسي للرئيس الإيراني أحمدي نجاد في القاهرة.",
    # "on this day, Ahmadinejad arrived in Cairo"
    "في مثل هذا اليوم وصل الرئيس الإيراني أحمدي نجاد إلى القاهرة والتقى الرئيس محمد مرسي.",
])
def test_a_visit_told_inside_a_memory_or_a_document_is_referenced(text):
    assert _history_rows(text, dt.date(2013, 2, 10)) == [("referenced", "Mahmoud Ahmadinejad", "Mohamed Morsi")]


@pytest.mark.parametrize("text", [
    # "the sources mention that ... arrived": تذكر (tadhkur, she mentions) reports, it recalls nothing
    "وتذكر المصادر أن الرئيس الإيراني أحمدي نجاد وصل إلى القاهرة اليوم والتقى الرئيس محمد مرسي.",
    # "the two presidents signed five memoranda of understanding after the meeting": مذكرات تفاهم is no memoir
    "وقع الرئيس محمد مرسي والرئيس الإيراني أحمدي نجاد خمس مذكرات تفاهم عقب لقائهما اليوم في القاهرة.",
    # "the visit reveals ...": a revealing verb with no document
    "وتكشف زيارة الرئيس الإيراني أحمدي نجاد إلى القاهرة اليوم ولقاؤه الرئيس محمد مرسي عن تقارب بين البلدين.",
    # "signed documents during the visit"
    "ووقع الجانبان وثائق التعاون خلال زيارة الرئيس الإيراني أحمدي نجاد إلى القاهرة اليوم ولقائه الرئيس محمد مرسي.",
])
def test_a_report_or_a_signed_memorandum_is_no_recall(text):
    assert ("reported", "Mahmoud Ahmadinejad", "Mohamed Morsi") in _history_rows(text, dt.date(2013, 2, 5))
def test_a_possible_in_what_the_visitor_says_leaves_his_visit_under_way():
    """"Sisi, who is now on a visit to Russia, said that it is possible (من المحتمل) to lift
    the curbs": the cue opens what he says, after "إنه" (that); it is no adjective of the visit."""
    rows = run("وقال السيسي الذي يؤدي حاليا زيارة لروسيا إنه من المحتمل رفع القيود خلال أشهر.")
    assert reported(rows) == [("Abdel Fattah el-Sisi", "Vladimir Putin")]


def test_a_possible_told_of_the_visit_itself_still_makes_no_reported_row():
    """"Putin's visit to Egypt is possible (من المحتمل) in May": the cue is the visit's own predicate."""
    assert reported(run("وقال السيسي إن زيارة بوتين لمصر من المحتمل أن تتم في مايو.")) == []
