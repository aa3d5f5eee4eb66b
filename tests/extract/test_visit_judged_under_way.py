"""A visit noun a sentence judges or comments on ("وصف الوزير الزيارة ... بالتاريخية", the minister described the
visit as historic: retold._talked_about, _commented_on) is an earlier visit, unless its own clause tells it as being
made now: "الزيارة التي يقوم بها" (the visit he is making), "زيارته الحالية" (his current visit), "حاليا" (now)
(retold._now_said, making.making_now). Such a visit is the one under way at publication: reported. A visit he
made ("التي قام بها"), or will make ("التي سيقوم بها"), or is said to make later today, stays referenced.
Invented texts, the whole lexicon."""
import datetime as dt

import pytest

from tests.extract.test_visits_detect import mention_rows

DAY = dt.date(2015, 11, 14)  # a Saturday


def rows(text):
    return [(r["kind"], r["planned"], r["visitor"], r["host"]) for r in mention_rows(text, DAY)]


PAIR = ("Abdel Fattah el-Sisi", "Mohammed VI of Morocco")


def test_a_judged_visit_he_is_making_today_is_reported():
    # "the speaker described the visit Sisi is making to Morocco today as a turning point"
    text = "ووصف رئيس البرلمان الزيارة التي يقوم بها الرئيس المصري عبد الفتاح السيسي، اليوم السبت، إلى المغرب " \
           "بأنها نقلة نوعية في علاقات البلدين مع العاهل المغربي الملك محمد السادس."
    assert rows(text) == [("reported", False, *PAIR)]


def test_a_praised_current_visit_is_reported():
    # "the newspaper praised Sisi's current visit to Morocco, where he meets King Mohammed VI"
    text = "وأشادت الصحيفة بزيارة الرئيس المصري عبد الفتاح السيسي الحالية إلى المغرب، حيث يلتقي الملك محمد السادس."
    assert rows(text) == [("reported", False, *PAIR)]


def test_a_commented_visit_he_is_making_is_reported():
    # "the expert said, commenting on the visit Sisi is making to Morocco, ..."
    text = "وقال الخبير تعليقا على الزيارة التي يقوم بها الرئيس المصري عبد الفتاح السيسي إلى المغرب ولقائه " \
           "الملك محمد السادس اليوم إنها مهمة."
    assert rows(text) == [("reported", False, *PAIR)]


def test_a_judged_visit_he_made_stays_retold():
    # "the speaker described the visit Sisi made to Morocco as a turning point"
    text = "ووصف رئيس البرلمان اليوم الزيارة التي قام بها الرئيس المصري عبد الفتاح السيسي إلى المغرب " \
           "بأنها نقلة نوعية في علاقات البلدين مع العاهل المغربي الملك محمد السادس."
    assert [r[0] for r in rows(text)] == ["referenced"]


def test_a_judged_visit_he_will_make_tonight_stays_a_plan():
    # "... the visit Sisi will make to Morocco this evening": sa-, a plan for later today
    text = "ووصف رئيس البرلمان الزيارة التي سيقوم بها الرئيس المصري عبد الفتاح السيسي مساء اليوم إلى المغرب " \
           "بأنها نقلة نوعية في علاقات البلدين مع العاهل المغربي الملك محمد السادس."
    assert [r[0] for r in rows(text)] == ["referenced"]


def test_a_judged_visit_called_off_stays_referenced():
    # "the speaker described the visit Sisi is making ... before it was cancelled": no, a cancelled one
    text = "ووصف رئيس البرلمان الزيارة التي كان يعتزم الرئيس المصري عبد الفتاح السيسي القيام بها إلى المغرب " \
           "قبل إلغائها بأنها كانت فرصة للقاء العاهل المغربي الملك محمد السادس."
    assert [r[0] for r in rows(text)] == ["referenced"]


def test_a_visit_current_after_its_leaders_name_is_reported_though_a_future_follows():
    # "the French president believes Sisi's current visit to Morocco will help ..." (making.current_after_owner)
    text = "وأعرب الرئيس الفرنسي عن اعتقاده بأن زيارة الرئيس المصري عبد الفتاح السيسي الحالية إلى المغرب " \
           "ستسهم في تعزيز علاقات البلدين مع العاهل المغربي الملك محمد السادس."
    assert rows(text) == [("reported", False, *PAIR)]


def test_a_visit_next_after_its_leaders_name_stays_planned():
    # "... Sisi's next visit to Morocco will help ...": a plan
    text = "وأعرب الرئيس الفرنسي عن اعتقاده بأن زيارة الرئيس المصري عبد الفتاح السيسي المقبلة إلى المغرب " \
           "ستسهم في تعزيز علاقات البلدين مع العاهل المغربي الملك محمد السادس."
    assert rows(text) == [("referenced", True, *PAIR)]


def test_a_visit_rejected_in_the_days_statement_is_reported():
    # "the party's spokesman said today, Saturday, that Sisi's visit to Morocco is «rejected»" (making.judged_today)
    text = "وقال المتحدث باسم الحزب اليوم السبت إن زيارة الرئيس المصري عبد الفتاح السيسي للمغرب «مرفوضة» " \
           "ولا تخدم علاقات البلدين."
    assert [r[:3] for r in rows(text)] == [("reported", False, PAIR[0])]


def test_a_visit_rejected_in_an_undated_statement_stays_retold():
    # the same with no day of the statement: a comment on a visit the text does not place
    text = "وقال المتحدث باسم الحزب إن زيارة الرئيس المصري عبد الفتاح السيسي للمغرب «مرفوضة» ولا تخدم علاقات البلدين."
    assert [r[0] for r in rows(text)] == ["referenced"]


def test_a_visit_judged_today_with_a_past_predicate_stays_retold():
    # "... said today that Sisi's visit to Morocco was a mistake": a past verdict
    text = "وقال المتحدث باسم الحزب اليوم السبت إن زيارة الرئيس المصري عبد الفتاح السيسي للمغرب كانت خطأ كبيرا."
    assert [r[0] for r in rows(text)] == ["referenced"]


def test_the_results_of_a_visit_reviewed_today_stay_retold():
    # "the cabinet reviewed at its meeting today the results of the visit the prime minister made to Morocco"
    text = "واستعرض مجلس الوزراء خلال اجتماعه اليوم السبت نتائج زيارة الرئيس المصري عبد الفتاح السيسي للمغرب."
    assert [r[0] for r in rows(text)] == ["referenced"]


def test_a_visit_he_made_rejected_in_the_days_statement_stays_retold():
    # "... said today that the visit Sisi made to Morocco is «rejected»": a past relative tells it over
    text = "وقال المتحدث باسم الحزب اليوم السبت إن زيارة الرئيس المصري عبد الفتاح السيسي للمغرب التي قام بها " \
           "«مرفوضة» ولا تخدم علاقات البلدين."
    assert [r[0] for r in rows(text)] == ["referenced"]


# Session 41 (present41): a present verdict ("تمثل", is; "تعد", is considered; "تشكل", forms; "تعكس", reflects)
# judges the visit as it is, so the that-clause's visit noun keeps its own time: the news of the day.
@pytest.mark.parametrize("text", [
    # "the paper reported that Sisi's visit to Morocco is a historic trip to strengthen ties with King Mohammed VI"
    "وذكرت صحيفة أمريكية أن زيارة الرئيس المصري عبد الفتاح السيسي للمغرب تمثل رحلة تاريخية لتعزيز العلاقات "
    "مع العاهل المغربي الملك محمد السادس.",
    # "an analyst said that Sisi's visit to Rabat and his meeting with King Mohammed VI are considered a turning point"
    "وقال محلل سياسي إن زيارة الرئيس المصري عبد الفتاح السيسي إلى الرباط ولقاءه الملك محمد السادس تعد نقلة نوعية.",
    # "... stressed that the visit of «Sisi» to Morocco forms a message to the region"
    "وأكد الكاتب أن زيارة «السيسي» للمغرب واجتماعه مع الملك محمد السادس تشكل منعطفا مهما للمنطقة.",
    # "... that the Egyptian president's visit to Morocco reflects the depth of ties"
    "واعتبر المراقبون أن زيارة السيسي للمغرب ولقاءه الملك محمد السادس تعكس عمق العلاقات.",
])
def test_a_visit_judged_by_a_present_verdict_is_the_news(text):
    assert [r[:1] + r[2:] for r in rows(text)] == [("reported", *PAIR)]


@pytest.mark.parametrize("text", [
    # the same verdicts on a visit the noun itself sets back: "الأخيرة" (last), "السابقة" (previous), a year
    "وذكرت صحيفة أمريكية أن زيارة الرئيس المصري عبد الفتاح السيسي الأخيرة للمغرب تمثل رحلة تاريخية لتعزيز "
    "العلاقات مع العاهل المغربي الملك محمد السادس.",
    "وقال محلل سياسي إن زيارة الرئيس المصري عبد الفتاح السيسي السابقة إلى الرباط ولقاءه الملك محمد السادس تعد "
    "نقلة نوعية.",
    "وقال الكاتب إن زيارة الرئيس المصري عبد الفتاح السيسي للمغرب عام 2014 تشكل منعطفا مهما في العلاقات مع العاهل المغربي الملك محمد السادس.",
    # a past verdict ("كانت", was) still judges a visit behind the news
    "وقال الكاتب إن زيارة السيسي للمغرب ولقاءه الملك محمد السادس كانت تعكس عمق العلاقات.",
])
def test_a_present_verdict_on_a_visit_set_back_stays_referenced(text):
    assert [r[0] for r in rows(text)] == ["referenced"]
