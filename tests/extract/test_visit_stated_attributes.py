"""A reported meeting's type, city and day as its sentences state them: a state visit "to" a country,
a short visit (no type), a meeting word cited in quotation marks, "غداة" (the day after), a day
before a "حيث" (where) clause, a lead's day when the lead calls the meeting earlier this month.
Texts are invented; the real lexicon reads them."""
import datetime as dt

import pytest

pytest.importorskip("tasks.extract.entities")

from tests.extract.test_visit_attributes import dated, typed  # noqa: E402
from tests.extract.test_visits_detect import mention_rows, reported_rows  # noqa: E402


def test_a_state_visit_to_a_country_named_after_a_preposition_stays_a_state_visit():
    # "بزيارة دولة للولايات المتحدة" (on a state visit to the United States): li- ties the country
    # to the visit as its goal; the State of a country is named with no preposition
    text = ("استقبل الرئيس الأمريكي دونالد ترامب أمس نظيره الفرنسي إيمانويل ماكرون الذي يقوم بزيارة دولة "
            "للولايات المتحدة.")
    assert typed(text) == [("Emmanuel Macron", "state", None)]
    # "بزيارة دولة قطر" (visited the State of Qatar): no type is said
    text = ("قام الرئيس التركي رجب طيب أردوغان أمس بزيارة دولة قطر حيث التقى أمير قطر الشيخ تميم بن حمد "
            "آل ثاني.")
    assert typed(text) == [("Recep Tayyip Erdogan", None, None)]


def test_a_short_visit_is_no_working_visit():
    # "زيارة قصيرة" (a short visit) says how long, not the visit's type
    text = ("أجرى الرئيس التركي رجب طيب أردوغان أمس محادثات مع الرئيس الروسي فلاديمير بوتين في موسكو خلال "
            "زيارة قصيرة إلى روسيا.")
    assert typed(text) == [("Recep Tayyip Erdogan", None, "Moscow")]
    # "زيارة عمل قصيرة" (a short working visit) is a working visit
    assert typed(text.replace("زيارة قصيرة", "زيارة عمل قصيرة")) == [("Recep Tayyip Erdogan", "working", "Moscow")]


def test_a_meeting_word_cited_in_quotation_marks_gives_the_city_after_it():
    # "في "زيارة عمل" قصيرة إلى موسكو": the quoted words are the narrative's, a cited phrase
    text = ('التقى الرئيس التركي رجب طيب أردوغان الرئيس الروسي فلاديمير بوتين أمس في "زيارة عمل" قصيرة '
            "إلى موسكو.")
    assert typed(text) == [("Recep Tayyip Erdogan", "working", "Moscow")]
    # a quoted statement after a colon is speech: its place is not the meeting's
    text = ('وقال الرئيس التركي رجب طيب أردوغان: "التقيت بوتين في موسكو" بعد لقائه الرئيس الروسي '
            "فلاديمير بوتين أمس.")
    assert typed(text) == [("Recep Tayyip Erdogan", None, None)]


def test_ghadat_dates_the_meeting_the_day_before_the_day_named():
    # "وقع الاثنين، غداة عقد لقاء" (signed on Monday, the day after holding a meeting): Sunday
    monday = dt.date(2019, 7, 1)
    text = ("أعلنت روسيا وتركيا في بيان مشترك وقع، الاثنين، غداة عقد لقاء بين الرئيس التركي رجب طيب "
            "أردوغان والرئيس الروسي فلاديمير بوتين في موسكو، اتفاقا جديدا.")
    assert dated(text, monday) == [("Recep Tayyip Erdogan", dt.date(2019, 6, 30), "day")]
    # the meeting word before the day: the day is the meeting's, whatever "غداة" tells after it
    text = ("التقى الرئيس التركي رجب طيب أردوغان الرئيس الروسي فلاديمير بوتين في موسكو الاثنين، غداة "
            "إعلان الاتفاق.")
    assert dated(text, monday) == [("Recep Tayyip Erdogan", dt.date(2019, 7, 1), "day")]


def test_zurich_spelled_without_the_ya_is_zurich():
    # "زوريخ" beside "زيوريخ"
    text = "استقبل الرئيس السويسري آلان بيرسيه الرئيس الإيراني حسن روحاني لدى وصوله إلى زوريخ أمس."
    assert typed(text, dt.date(2018, 7, 3)) == [("Hassan Rouhani", None, "Zurich")]
    # and the usual spelling still
    assert typed(text.replace("زوريخ", "زيوريخ"), dt.date(2018, 7, 3)) == [("Hassan Rouhani", None, "Zurich")]


def test_a_day_before_the_where_of_the_meeting_is_the_meetings_after_another_visit_word():
    # "وألغى زيارة فرنسا وغادر الأربعاء إلى برلين حيث التقى ميركل": Wednesday is the meeting's,
    # not the Friday of the protests told before the first visit word
    thursday = dt.date(2019, 7, 4)
    text = ("بعد احتجاجات الجمعة الماضية أصر الرئيس المصري عبد الفتاح السيسي على إتمام زيارته إلى ألمانيا "
            "وخطط أن يزيد بزيارة فرنسا، لكنه ألغى الأخيرة وغادر الأربعاء إلى برلين حيث التقى المستشارة "
            "الألمانية أنجيلا ميركل.")
    assert dated(text, thursday) == [("Abdel Fattah el-Sisi", dt.date(2019, 7, 3), "day")]
    # a comma between the "حيث" and the meeting word: the clause it opens is not the meeting's, the rule
    # leaves the day where it was
    text = text.replace("حيث التقى", "حيث، بعد ساعات، التقى")
    assert [r[1] for r in dated(text, thursday)] == [dt.date(2019, 6, 28)]


def test_a_lead_that_tells_the_meeting_as_earlier_this_month_gives_it_no_day():
    # "قالت ... يوم الجمعة ... بعد لقاء القمة الذي جمع في وقت سابق من الشهر الجاري" (said on Friday
    # ... after the summit held earlier this month): Friday is the saying's, the summit keeps its month; told as
    # earlier ("لقاء القمة" is one meeting noun, its clause's "في وقت سابق"), it is no news of its own: referenced
    saturday = dt.date(2018, 6, 23)
    text = ("واشنطن وسول توقفان التدريبات العسكرية\nقالت وزارة الدفاع الأمريكية يوم الجمعة إن واشنطن وسول "
            "قررتا وقف التدريبات العسكرية بعد لقاء القمة الذي جمع في وقت سابق من الشهر الجاري الرئيس "
            "الأمريكي دونالد ترامب والزعيم الكوري الشمالي كيم جونغ أون.")
    assert reported_rows(text, saturday) == []
    assert [(r["kind"], r["date"], r["date_precision"]) for r in mention_rows(text, saturday)] == [
        ("referenced", dt.date(2018, 6, 1), "month")]
    # "الشهر الجاري" (this month) alone: Friday is still the saying's, done after the summit by no side of it
    # (visits.afterward): the summit keeps its month
    text = text.replace("في وقت سابق من الشهر الجاري", "الشهر الجاري")
    assert [(r["date"], r["date_precision"]) for r in reported_rows(text, saturday)] == [(dt.date(2018, 6, 1), "month")]


def test_the_type_of_another_pairs_visit_in_a_digest_is_not_the_rows():
    # a digest's item: "يصل ميقاتي ... في زيارة رسمية" types Mikati's trip, not Morsi's told before it
    published = dt.date(2013, 1, 30)
    text = ("أهم الأخبار المتوقعة اليوم: يغادر الرئيس محمد مرسي في زيارة إلى ألمانيا تستغرق عدة ساعات، يلتقي "
            "خلالها المستشارة الألمانية أنجيلا ميركل. وفي أنقرة يصل رئيس وزراء لبنان نجيب ميقاتي في زيارة "
            "رسمية ليوم واحد، ويلتقي رئيس الوزراء التركي رجب طيب أردوغان.")
    assert [(r["visitor"], r["visit_type"]) for r in reported_rows(text, published)] == [
        ("Mohamed Morsi", None), ("Najib Mikati", "official")]
    # a sentence naming no leader still types the pair's visit told before it
    text = ("التقى الرئيس التركي رجب طيب أردوغان الرئيس الروسي فلاديمير بوتين أمس في موسكو. وتعد الزيارة "
            "الرسمية الأولى منذ عامين.")
    assert typed(text) == [("Recep Tayyip Erdogan", "official", "Moscow")]


def test_the_definite_state_visit_is_a_state_visit_and_the_hebrew_state_is_a_place():
    # "من زيارة الدولة التي يقوم بها" (of the state visit he is making), as "زيارة العمل التي" is a working one
    text = ("استضاف الرئيس الأمريكي دونالد ترامب أمس نظيره الفرنسي إيمانويل ماكرون على مأدبة في اليوم الأول من "
            "زيارة الدولة التي يقوم بها للولايات المتحدة.")
    assert typed(text) == [("Emmanuel Macron", "state", None)]
    # "زيارة الدولة العبرية" (a visit to the Hebrew state, Israel): a place's name, no type
    text = ("التقى رئيس الوزراء الإسرائيلي بنيامين نتنياهو الرئيس الروسي فلاديمير بوتين أمس في موسكو، بعد "
            "زيارة الدولة العبرية لموسكو.")
    assert typed(text) == [("Benjamin Netanyahu", None, "Moscow")]


def test_a_working_meeting_types_a_visit_no_visit_word_types():
    # "اجتماع العمل مع بوتين" (the working meeting with Putin): the talks are working ones, and nothing else
    # types the trip (triggers.yaml meeting_visit_types)
    text = ("وصل الرئيس الروسي فلاديمير بوتين إلى برلين أمس حيث استقبلته المستشارة الألمانية أنجيلا ميركل.\n"
            "وقالت ميركل إنها لا تنتظر نتائج محددة من اجتماع العمل مع بوتين.")
    assert typed(text) == [("Vladimir Putin", "working", "Berlin")]
    # "لقاء عمل" (a working meeting) too
    text = ("عقد الرئيس الروسي فلاديمير بوتين أمس لقاء عمل في الكرملين مع الرئيس التركي رجب طيب أردوغان "
            "الذي وصل إلى موسكو.")
    assert typed(text) == [("Recep Tayyip Erdogan", "working", "Moscow")]


def test_a_visit_word_s_type_outranks_a_working_meeting_and_a_working_session_says_none():
    # Negative: "لقاء عمل ... مع ماكرون الذي يقوم بزيارة دولة" (a working meeting with Macron, who is on a
    # state visit): the visit's own words type it, whichever comes first
    text = ("عقد الرئيس الأمريكي دونالد ترامب أمس لقاء عمل في البيت الأبيض مع الرئيس الفرنسي إيمانويل ماكرون "
            "الذي يقوم بزيارة دولة إلى واشنطن.")
    assert typed(text) == [("Emmanuel Macron", "state", "Washington")]
    # Negative: "جلسة عمل" (a working session), the plain word for talks, types nothing
    text = ("وصل الرئيس الروسي فلاديمير بوتين إلى برلين أمس وعقد جلسة عمل مع المستشارة الألمانية "
            "أنجيلا ميركل.")
    assert typed(text) == [("Vladimir Putin", None, "Berlin")]
