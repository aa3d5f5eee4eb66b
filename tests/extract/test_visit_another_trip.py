"""A further trip ahead is no plan of the visit under way: "سيقوم بزيارات أخرى إلى روسيا" (will make other
visits to Russia) at the end of a report of talks held leaves the talks news (ahead.another_trip, read by
ahead.inherit_trip_plan, tour.trip_ahead and the merge's planned pairs; ahead.plans_own_verb gives the
"سيقوم" of "سيقوم بزيارات" to that visit noun, not to a visit word told before it). A next visit that is not
"another", and a "second summit" (the plan itself, no trip word), still plan. Invented texts, the whole lexicon."""
import datetime as dt

from tests.extract.test_visits_detect import mention_rows

DAY = dt.date(2019, 4, 3)
TALKS = ("وأكد الرئيس التركي رجب طيب أردوغان في مؤتمر صحفي مشترك مع الرئيس الروسي فلاديمير بوتين عمق العلاقات.\n"
         "وأوضح أن المباحثات تناولت ملفات التجارة والطاقة.\n"
         "وأشار إلى أن التعاون سيشمل مجالات عدة.\n")


def kinds(text):
    return sorted((r["kind"], r["planned"], r["visitor"], r["host"]) for r in mention_rows(text, DAY))


def test_talks_held_stay_news_beside_other_visits_promised_ahead():
    text = TALKS + "وكشف أردوغان أن زيارته لروسيا جاءت بدعوة من نظيره، مؤكدا أنه سيقوم بزيارات أخرى إلى روسيا."
    assert kinds(text) == [("reported", False, "Recep Tayyip Erdogan", "Vladimir Putin")]


def test_talks_beside_a_next_visit_that_is_no_other_one_stay_its_plan():
    text = TALKS + "وكشف أردوغان أن زيارته لروسيا جاءت بدعوة من نظيره، مؤكدا أنه سيقوم بزيارة لروسيا الشهر المقبل."
    assert {k[:2] for k in kinds(text)} == {("referenced", True)}


def test_a_second_summit_intended_is_the_plan_itself():
    text = ("عبر مسؤول أمريكي عن دهشته من أنباء اعتزام الرئيس دونالد ترامب عقد قمة ثانية مع نظيره الروسي فلاديمير بوتين.\n"
            "وقال إن ترامب يعتزم عقد قمة أخرى مع بوتين.")
    assert [k for k in kinds(text) if k[0] == "reported"] == []
