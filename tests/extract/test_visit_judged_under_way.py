"""A visit noun a sentence judges or comments on ("وصف الوزير الزيارة ... بالتاريخية", the minister described the
visit as historic: retold._talked_about, _commented_on) is an earlier visit, unless its own clause tells it as being
made now: "الزيارة التي يقوم بها" (the visit he is making), "زيارته الحالية" (his current visit), "حاليا" (now)
(retold._now_said, making.making_now). Such a visit is the one under way at publication: reported. A visit he
made ("التي قام بها"), or will make ("التي سيقوم بها"), or is said to make later today, stays referenced.
Invented texts, the whole lexicon."""
import datetime as dt

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
