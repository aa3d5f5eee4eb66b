"""Hedges ("تقارير تفيد", reports say) and the meeting they do or do not put in doubt
(tasks/extract/visits/clauses.hedge_before, triggers.yaml amid_leads; a later sentence's "الزيارة غير المؤكدة",
vetoes.hedged_later)."""
from __future__ import annotations

from tests.extract.test_visits import run


def test_reports_told_amid_a_held_meeting_hedge_its_topic_not_the_meeting():
    # "عقد ... محادثات مع ... في ظل تقارير تفيد باحتمال ..." (held talks amid reports that they may
    # discuss ...): the reports are about the talks' content, the talks were held
    text = ("استقبل الرئيس التركي رجب طيب أردوغان في أنقرة الرئيس الروسي فلاديمير بوتين "
            "في ظل تقارير تفيد باحتمال بحثهما صفقة جديدة للغاز.")
    [v] = run(text)
    assert (v["kind"], v["visitor"], v["host"]) == ("reported", "Vladimir Putin", "Recep Tayyip Erdogan")
    text = ("التقى الرئيس التركي رجب طيب أردوغان الرئيس الروسي فلاديمير بوتين في أنقرة "
            "وسط أنباء عن خلاف بينهما بشأن الغاز.")
    [v] = run(text)
    assert (v["kind"], {v["visitor"], v["host"]}) == ("reported", {"Vladimir Putin", "Recep Tayyip Erdogan"})


def test_reports_of_the_meeting_itself_still_hedge_it_amid_or_not():
    # the hedge before the meeting word, even after "في ظل", or after it without "amid", still hedges it
    [v] = run("في ظل أنباء عن لقاء سري جمع أردوغان وبوتين في أنقرة، تراجعت أسعار الغاز.")
    assert v["kind"] == "referenced"
    [v] = run("أجرى الرئيس التركي رجب طيب أردوغان في أنقرة محادثات مع الرئيس الروسي فلاديمير بوتين "
              "بحسب تقارير غير مؤكدة.")
    assert v["kind"] == "referenced"


def test_a_trip_without_the_meeting_it_sought_is_no_held_meeting():
    # the traveller arrived, but was not let meet his host or could not: the meeting was not held
    [v] = run("وصل الرئيس التركي رجب طيب أردوغان إلى موسكو لزيارة نظيره الروسي فلاديمير بوتين "
              "دون أن يسمح له بلقائه بسبب مرضه.")
    assert (v["kind"], v["visitor"], v["host"]) == ("referenced", "Recep Tayyip Erdogan", "Vladimir Putin")
    [v] = run("وصل الرئيس التركي رجب طيب أردوغان إلى موسكو لزيارة نظيره الروسي، لكنه غادر دون أن يعرف أحد "
              "ما إذا تمكن من مقابلة فلاديمير بوتين.")
    assert (v["kind"], v["visitor"], v["host"]) == ("referenced", "Recep Tayyip Erdogan", "Vladimir Putin")
    [v] = run("قال الرئيس التركي رجب طيب أردوغان إنه لم يتمكن من لقاء نظيره الروسي فلاديمير بوتين "
              "خلال زيارته إلى موسكو.")
    assert v["kind"] == "referenced"


def test_a_trip_where_only_something_else_was_not_allowed_stays_held():
    # what the guest was not let do is a visit to a place, not the meeting: the meeting stands
    [v] = run("وصل الرئيس التركي رجب طيب أردوغان إلى موسكو لزيارة نظيره الروسي فلاديمير بوتين "
              "دون أن يسمح له بزيارة الكرملين.")
    assert (v["kind"], v["visitor"], v["host"]) == ("reported", "Recep Tayyip Erdogan", "Vladimir Putin")
    [v] = run("التقى الرئيس التركي رجب طيب أردوغان نظيره الروسي فلاديمير بوتين في موسكو بعد أن تمكن من لقاء "
              "رجال الأعمال.")
    assert v["kind"] == "reported"


def test_a_doubt_about_what_the_meeting_achieved_leaves_it_held():
    # "whether he managed to persuade him": the doubt is about the talks' outcome, not about the talks
    [v] = run("التقى الرئيس التركي رجب طيب أردوغان نظيره الروسي فلاديمير بوتين في موسكو، ولم يتضح ما إذا "
              "تمكن من إقناعه بصفقة الغاز.")
    assert (v["kind"], v["visitor"], v["host"]) == ("reported", "Recep Tayyip Erdogan", "Vladimir Putin")


def test_a_past_act_stopped_during_a_meeting_leaves_the_meeting_held():
    # "the police stopped dozens from reaching the palace during Putin's meeting with al-Assad": the march
    # was stopped, the meeting it dates was held (visits.scope._during_frame)
    text = "منعت الشرطة الثلاثاء عشرات المتظاهرين من الوصول إلى القصر أثناء لقاء بوتين مع الأسد في دمشق."
    assert [(r["visitor"], r["host"], r["kind"]) for r in run(text)] == [
        ("Vladimir Putin", "Bashar al-Assad", "reported")]


def test_a_hedge_of_no_past_before_during_still_reaches_the_meeting():
    # "Putin may raise the issue during his meeting with al-Assad": no held meeting told
    text = "ربما يثير بوتين ملف الغاز خلال لقائه مع الأسد في دمشق."
    assert [r for r in run(text) if r["kind"] == "reported"] == []


def test_a_later_sentence_calling_the_visit_unconfirmed_hedges_the_meeting_told_before():
    # "وتأتي الزيارة غير المؤكدة ..." (the unconfirmed visit comes ...): the meeting a paper told is not held
    text = ("ذكرت صحيفة يابانية أن الرئيس التركي رجب طيب أردوغان التقى الرئيس الروسي فلاديمير بوتين في موسكو. "
            "وأضافت الصحيفة أن الرئيسين بحثا ملف الغاز. "
            "وتأتي الزيارة غير المؤكدة قبل أسابيع من اجتماع دولي حول ملف الغاز.")
    assert [(r["visitor"], r["host"], r["kind"]) for r in run(text)] == [
        ("Recep Tayyip Erdogan", "Vladimir Putin", "referenced")]


def test_unconfirmed_news_of_something_else_in_a_later_sentence_leaves_the_meeting_held():
    # "الأنباء غير المؤكدة عن صفقة سلاح" (unconfirmed news of an arms deal): not the visit, which stays held
    text = ("ذكرت صحيفة يابانية أن الرئيس التركي رجب طيب أردوغان التقى الرئيس الروسي فلاديمير بوتين في موسكو. "
            "وأضافت الصحيفة أن الرئيسين بحثا ملف الغاز. "
            "وتأتي الأنباء غير المؤكدة عن صفقة سلاح قبل أسابيع من اجتماع دولي حول ملف الغاز.")
    assert [(r["visitor"], r["host"], r["kind"]) for r in run(text)] == [
        ("Recep Tayyip Erdogan", "Vladimir Putin", "reported")]
