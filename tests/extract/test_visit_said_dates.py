"""A day inside what was said at a meeting is not the meeting's (visits.sayings.said_clause_day).
Invented sentences, the stand-in lexicon of test_visits."""
import datetime as dt

from tests.extract.test_visit_dates import reported, run_dated

PUB = dt.date(2019, 4, 3)  # a Wednesday


def kinds(rows):
    return sorted((r["kind"], r["visitor"], r["host"], r["planned"], r["date"]) for r in rows)


def test_a_month_in_what_a_leader_said_during_his_meeting_does_not_make_the_meeting_planned():
    """"قال أردوغان خلال لقائه مع بوتين في سوتشي إن البلدين سيوقعان الاتفاق في أبريل" (said during his
    meeting with Putin that the two would sign the deal in April): April is the signing's; the meeting
    is the news, with no day of its own."""
    text = "قال أردوغان خلال لقائه مع بوتين في سوتشي إن البلدين سيوقعان الاتفاق في أبريل."
    assert reported(run_dated(text, PUB)) == [("Recep Tayyip Erdogan", "Vladimir Putin", None, None)]


def test_a_month_after_a_saying_noun_quoted_from_the_meeting_is_the_saying_s():
    """"نقلت الرئاسة عن السيسي قوله خلال اجتماعه مع بوتين إنه سيفتتح المحطة في أبريل" (quoted Sisi as
    saying during his meeting with Putin that he will open the plant in April): the noun قوله says."""
    text = "نقلت الرئاسة عن السيسي قوله خلال اجتماعه مع بوتين في موسكو إنه سيفتتح المحطة في أبريل."
    assert [(r[0], r[1], r[2]) for r in reported(run_dated(text, PUB))] == [
        ("Abdel Fattah el-Sisi", "Vladimir Putin", None)]


def test_an_expected_meeting_keeps_its_month_after_its_own_that():
    """Negative: "قبل قمة من المتوقع أن يعقدها أردوغان مع بوتين في أبريل" (before a summit Erdogan is
    expected to hold with Putin in April): no speaker, the "أن" is the summit's own plan, April its day."""
    text = "قال السيسي إن مصر تدعم الحل السياسي قبل قمة من المتوقع أن يعقدها أردوغان مع بوتين في سوتشي في مايو."
    rows = [r for r in run_dated(text, PUB) if {r["visitor"], r["host"]} == {"Recep Tayyip Erdogan", "Vladimir Putin"}]
    assert [(r["kind"], r["planned"], r["date"]) for r in rows] == [("referenced", True, dt.date(2019, 5, 1))]


def test_a_day_told_before_the_saying_still_dates_the_meeting():
    """Negative: the day stands before the "إن": "قال أردوغان خلال لقائه مع بوتين في سوتشي الثلاثاء
    إن ..." (said during his meeting with Putin on Tuesday that ...) dates the meeting."""
    text = "قال أردوغان خلال لقائه مع بوتين في سوتشي الثلاثاء إن البلدين سيوقعان الاتفاق في مايو."
    assert reported(run_dated(text, PUB)) == [("Recep Tayyip Erdogan", "Vladimir Putin", dt.date(2019, 4, 2), "day")]


def test_a_day_said_of_the_meeting_itself_still_dates_it():
    """Negative: "سيلتقي بوتين أردوغان في سوتشي، وقال المتحدث إن اللقاء سيعقد الأربعاء" (said the meeting will be
    held on Wednesday): the said clause is the meeting's own (a meeting word in it), so its day is the meeting's."""
    text = "أعلن الكرملين أن بوتين سيلتقي أردوغان في سوتشي، وقال المتحدث إن اللقاء سيعقد الخميس."
    rows = run_dated(text, PUB)
    assert [(r["kind"], r["planned"], r["date"]) for r in rows] == [("referenced", True, dt.date(2019, 4, 4))]


def test_the_day_of_an_announcement_that_frames_a_visit_is_not_the_visit_s():
    """"أعلن المتحدث الثلاثاء أن زيارة أردوغان لروسيا تأتي في إطار ..." (announced on Tuesday that Erdogan's
    visit to Russia comes within ...; "تهدف إلى", aims at): a present predicate frames the visit, Tuesday is
    the announcement's (sayings.judged_meeting_day, grammar.yaml framing_present_predicates)."""
    for predicate in ("تأتي في إطار تعزيز العلاقات", "تهدف إلى جذب الاستثمارات"):
        text = f"وكان المتحدث باسم الرئاسة التركية أعلن الثلاثاء أن زيارة أردوغان لروسيا {predicate}."
        assert [r[:3] for r in reported(run_dated(text, PUB))] == [
            ("Recep Tayyip Erdogan", "Vladimir Putin", None)]


def test_the_day_of_an_announcement_that_the_visit_took_place_still_dates_it():
    """Negative: "أن زيارة أردوغان لروسيا جرت في أجواء ودية" (took place in a friendly mood): the visit is
    told as the day's event, Tuesday stays its day."""
    text = "وكان المتحدث باسم الرئاسة التركية أعلن الثلاثاء أن زيارة أردوغان لروسيا جرت في أجواء ودية."
    assert [r[:3] for r in reported(run_dated(text, PUB))] == [
        ("Recep Tayyip Erdogan", "Vladimir Putin", dt.date(2019, 4, 2))]


def test_the_day_of_a_third_party_s_saying_about_another_act_during_a_visit_is_not_the_visit_s():
    """"أعلنت غرفة التجارة، الثلاثاء، أن الصادرات ارتفعت خلال زيارة أردوغان لروسيا" (the chamber of commerce
    announced on Tuesday that exports rose during Erdogan's visit to Russia): the clause tells another act, the
    visit is named only after its verb; Tuesday dates the saying (sayings.deep_in_saying), the visit has no day."""
    for text in ("أعلنت غرفة التجارة التركية، الثلاثاء، أن الصادرات ارتفعت خلال زيارة أردوغان لروسيا.",
                 "وقال مدير المعرض مساء الثلاثاء إن الصحف الروسية أبرزت زيارة أردوغان إلى موسكو."):
        assert [r[:3] for r in reported(run_dated(text, PUB))] == [("Recep Tayyip Erdogan", "Vladimir Putin", None)]


def test_the_day_of_a_saying_whose_clause_a_side_or_the_two_sides_open_still_dates_the_meeting():
    """Negative: "أن أردوغان بحث خلال لقائه بوتين" (that Erdogan discussed during his meeting with Putin) and
    "إن الجانبين ناقشا خلال زيارة أردوغان" (that the two sides discussed during Erdogan's visit): a side is the
    clause's subject, the meeting is the saying's news and Tuesday its day."""
    for text in ("أعلن المتحدث باسم الرئاسة التركية، الثلاثاء، أن أردوغان بحث خلال لقائه بوتين في سوتشي ملف الطاقة.",
                 "وقال مصدر دبلوماسي، الثلاثاء، إن الجانبين ناقشا خلال زيارة أردوغان لروسيا ولقائه بوتين ملف الطاقة."):
        assert [r[:3] for r in reported(run_dated(text, PUB))] == [
            ("Recep Tayyip Erdogan", "Vladimir Putin", dt.date(2019, 4, 2))]


OUTLET_LEAD = "معارضون يحتجون في موسكو. منظمات حقوقية تطالب بالإفراج عن الصحفيين. الكرملين يلتزم الصمت. "
OUTLET_CLAUSE = ("منظمات حقوقية طالبت الحكومة بالضغط على أردوغان من أجل إطلاق سراح الصحفيين المعتقلين، {quoted} عن "
                 "محللين قولهم إن أوضاع الحريات لم تتحسن منذ سنوات طويلة في تركيا، ")


def test_a_paper_s_saying_day_does_not_date_a_visit_it_comments_on_in_a_later_saying():
    """"وقالت صحيفة «...» أمس إن منظمات طالبت ...، ونقلت الصحيفة عن محللين ...، وأضافت: أردوغان ... جاء لزيارة
    روسيا" (a paper said yesterday that ..., and added: Erdogan came to visit Russia): yesterday is the paper's,
    the visit word stands far past it in a later saying (sayings.outlet_saying_day); the visit has no day."""
    text = (OUTLET_LEAD + "وقالت صحيفة «الأخبار» الروسية أمس إن " + OUTLET_CLAUSE.format(quoted="ونقلت الصحيفة")
            + "وأضافت: أردوغان ترك المشكلات في بلاده وجاء لزيارة روسيا ولقاء بوتين في موسكو.")
    assert reported(run_dated(text, PUB)) == [("Recep Tayyip Erdogan", "Vladimir Putin", None, None)]


def test_a_day_inside_the_outlet_s_clause_or_a_person_s_saying_day_still_dates_the_visit():
    """Negatives: the day inside the added saying ("وأضافت أن أردوغان وصل أمس", that he arrived yesterday), a
    person's saying day ("وقال المتحدث باسم الكرملين أمس", the spokesman said yesterday), an outlet whose own clause
    tells the meeting, however long ("ذكرت وكالة الأنباء أمس أن ... التقى بوتين"): yesterday stays the visit's."""
    texts = [
        OUTLET_LEAD + "وقالت الوكالة إن " + OUTLET_CLAUSE.format(quoted="ونقلت الصحيفة")
        + "وأضافت أن أردوغان وصل أمس إلى موسكو والتقى بوتين.",
        OUTLET_LEAD + "وقال المتحدث باسم الكرملين أمس إن " + OUTLET_CLAUSE.format(quoted="ونقل")
        + "وأضاف: أردوغان جاء لزيارة روسيا ولقاء بوتين في موسكو.",
        OUTLET_LEAD + "وذكرت وكالة الأنباء الروسية أمس أن الرئيس التركي رجب طيب أردوغان الذي يواجه انتقادات واسعة من "
        "منظمات حقوقية دولية بسبب أوضاع الصحفيين المعتقلين في بلاده منذ سنوات طويلة وصل إلى موسكو والتقى بوتين.",
        OUTLET_LEAD + "وذكرت وكالة الأنباء الروسية أمس أن أردوغان التقى بوتين في موسكو.",
    ]
    for text in texts:
        assert reported(run_dated(text, PUB)) == [("Recep Tayyip Erdogan", "Vladimir Putin", dt.date(2019, 4, 2), "day")]
