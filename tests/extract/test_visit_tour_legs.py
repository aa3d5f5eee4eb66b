"""A tour's legs told in the tour noun's own clause (visits.tour_legs): the visit word that points back at the tour
("استهلها بزيارة", opened it with a visit to; "زار خلالها", visited during it) is the tour owner's trip, the further
countries listed after it ("ثم", then; "وأخيرا", and finally) legs too; an opened leg takes no day from the tour's
sentence. Texts are invented; the real lexicon reads them."""
import datetime as dt

import pytest

pytest.importorskip("tasks.extract.entities")

from tests.extract.test_visit_met_abroad import reported  # noqa: E402

DAY = dt.date(2018, 11, 15)  # a Thursday
KUWAIT, QATAR, BAHRAIN = "Sabah Al-Ahmad Al-Jaber Al-Sabah", "Tamim bin Hamad Al Thani", "Hamad bin Isa Al Khalifa"
TOUR = "جولته الخليجية التي يقوم بها على رأس وفد يضم وزراء ورجال أعمال، استهلها بزيارة الكويت ثم قطر وأخيرا البحرين."


def test_tour_legs_opened_by_a_visit_then_listed_are_his_trips_of_no_day():
    text = "ويختتم الرئيس التركي رجب طيب أردوغان اليوم الخميس " + TOUR
    assert reported(text, DAY) == [("Recep Tayyip Erdogan", host, None, None) for host in (KUWAIT, QATAR, BAHRAIN)]


def test_tour_legs_not_a_ministers_tour():
    text = "ويختتم وزير الخارجية التركي مولود جاويش أوغلو اليوم الخميس " + TOUR
    assert reported(text, DAY) == []


def test_tour_legs_not_a_tour_to_be_opened():
    text = "ويبدأ الرئيس التركي رجب طيب أردوغان الأسبوع المقبل " + TOUR.replace("استهلها", "ويستهلها")
    assert reported(text, DAY) == []


RETURN = ("أعلن الرئيس الإندونيسي جوكو ويدودو، الأحد، عن توصله إلى تفاهم مع رئيس الوزراء الماليزي مهاتير محمد، على "
          "الإفراج عن رجل الأعمال الإندونيسي المحتجز في كوالالمبور منذ أشهر، أحمد سوبارتو، وذلك في كلمة ألقاها، الأحد، "
          "بعد عودته من جولة زار خلالها الكويت وقطر.")


def test_tour_legs_the_returning_subject_resumed_by_wadhalika_visited_them():
    assert reported(RETURN, DAY) == [("Joko Widodo", KUWAIT, None, None), ("Joko Widodo", QATAR, None, None)]


def test_tour_legs_not_a_businessmans_tour():
    text = "وقال رجل الأعمال الإندونيسي أحمد سوبارتو، الأحد، بعد عودته من جولة زار خلالها الكويت وقطر إن الاستثمار ممكن."
    assert reported(text, DAY) == []


MONDAY = dt.date(2018, 11, 12)
PURPOSE = ("يسعى رئيس الوزراء الهندي ناريندرا مودي إلى جذب استثمارات جديدة في قطاعات الطاقة والبنية التحتية والصناعات "
           "الدفاعية وتعزيز التعاون البحري في المحيطين الهندي والهادئ، خلال جولته الآسيوية التي بدأها الاثنين من العاصمة "
           "اليابانية طوكيو للقاء رئيس الوزراء شينزو آبي.")


def test_tour_purpose_the_one_met_for_is_met_by_the_tours_owner_named_far_before():
    # "during his Asian tour, which he began on Monday from the Japanese capital Tokyo to meet Prime Minister Abe":
    # Modi, named some 200 characters before "للقاء" (to meet), is the tour's owner and meets Abe
    assert PURPOSE.find("للقاء") - PURPOSE.find("مودي") > 160
    assert reported(PURPOSE, MONDAY) == [("Narendra Modi", "Shinzo Abe", "Tokyo", MONDAY)]


@pytest.mark.parametrize("text", [
    PURPOSE.replace("رئيس الوزراء الهندي ناريندرا مودي", "وزير الخارجية الهندي سوشما سواراج"),  # a minister's tour
    PURPOSE.replace("خلال جولته الآسيوية", "خلال الجولة الآسيوية للوفد"),  # a tour of no leader's pronoun
    # the tour told in another sentence, the delegation travelling in this one
    PURPOSE.replace("خلال جولته الآسيوية التي بدأها الاثنين من العاصمة اليابانية طوكيو",
                    "قبل جولته الآسيوية. ويتوجه الوفد الاثنين إلى طوكيو"),
    PURPOSE.replace("التي بدأها الاثنين", "التي يبدأها الأسبوع المقبل"),  # a tour ahead: planned
])
def test_tour_purpose_not_a_ministers_an_unowned_another_sentences_or_a_planned_tour(text):
    assert reported(text, MONDAY) == []
