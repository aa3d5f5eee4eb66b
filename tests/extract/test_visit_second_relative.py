"""A second relative clause on the same noun, "، والتي" (wa-allati, and which), after a meeting word told in a
first one ("جولته التي بدأها ... للقاء ميركل، والتي من المقرر أن تقوده إلى روما", his tour, which he began ... to
meet Merkel, and which is scheduled to take him to Rome): the plan, the place and the leaders past it are the
noun's later leg, not the meeting's (visits.antecedent.second_relative, read by visits.plans, visits.place and
visits.reach). Invented sentences, the real lexicon."""
import datetime as dt
from collections import defaultdict

from tasks.extract import extract_article

PUB = dt.date(2019, 3, 12)
OPEN = "أكد الرئيس الفرنسي إيمانويل ماكرون دعمه للاتحاد الأوروبي خلال جولته التي بدأها اليوم من برلين للقاء المستشارة أنغيلا ميركل"


def rows(text, pub=PUB):
    out = defaultdict(list)
    extract_article("a", text, pub, out)
    return sorted((r["kind"], r["visitor"], r["host"], r["city"], str(r["date"])) for r in out["visit_mentions"])


def reported(text):
    return [r[1:] for r in rows(text) if r[0] == "reported"]


def test_the_second_clauses_plan_and_place_are_the_later_legs():
    # "... during his tour, which he began today from Berlin to meet Merkel, and which is scheduled to take him
    # tomorrow to Rome": the Berlin meeting is the day's
    text = OPEN + "، والتي من المقرر أن تقوده غدا إلى روما."
    assert reported(text) == [("Emmanuel Macron", "Angela Merkel", "Berlin", "2019-03-12")]


def test_a_leader_of_the_second_clause_is_no_side_of_the_first_clauses_meeting():
    # "Macron seeks ..., during his European tour, which he began on Tuesday from Berlin to meet Merkel, and which
    # is scheduled to take him to Rome, where he meets Conte on Wednesday, and to Madrid ...": Conte, past "والتي", is
    # the Rome leg's: no Conte -> Merkel meeting in Berlin. Macron, named far back, meets Merkel as the tour's owner
    # (visits.tour_legs.tour_purpose_traveller)
    text = ("يسعى الرئيس الفرنسي إيمانويل ماكرون إلى إقناع الشركاء بتغيير مواقفهم تجاه سياسة الهجرة الأوروبية، وطريقة "
            "التعامل مع الأزمة الليبية بشكل عام، خلال جولته الأوروبية التي بدأها الثلاثاء من العاصمة الألمانية برلين "
            "للقاء المستشارة أنغيلا ميركل، والتي من المقرر أن تحمله أيضا إلى روما حيث يلتقي رئيس الوزراء جوزيبي كونتي "
            "الأربعاء، وإلى مدريد التي يجري فيها مشاورات مع رئيس الحكومة بيدرو سانشيز.")
    assert reported(text) == [("Emmanuel Macron", "Angela Merkel", "Berlin", "2019-03-12")]


def test_one_relative_clause_with_wa_on_the_visit_itself_keeps_its_plan():
    # negative: "Macron began his visit to Berlin to meet Merkel, which is scheduled to last two days": no first
    # relative clause, so "والتي" may be the visit's own (unchanged)
    text = "بدأ الرئيس الفرنسي إيمانويل ماكرون زيارته إلى برلين للقاء المستشارة أنغيلا ميركل، والتي من المقرر أن تستمر يومين."
    assert [r[0] for r in rows(text)] == ["referenced"]


def test_a_plan_cue_in_the_first_clause_still_plans_its_meeting():
    # negative: "... his tour, which is scheduled to take him tomorrow to Berlin to meet Merkel, and which ends in
    # Rome": the cue stands in the meeting's own clause
    text = ("أكد الرئيس الفرنسي إيمانويل ماكرون دعمه للاتحاد خلال جولته التي من المقرر أن تقوده غدا إلى برلين للقاء "
            "المستشارة أنغيلا ميركل، والتي تنتهي في روما.")
    assert reported(text) == []


def test_a_second_pronoun_of_another_gender_is_the_meetings_own_clause():
    # negative: "Macron stressed the chance that his meeting with Merkel offers, which (masculine: the meeting) will
    # be held in Berlin next week": "الذي" after "التي" is another noun's, here the meeting's: planned
    text = ("أكد الرئيس الفرنسي إيمانويل ماكرون أهمية الفرصة التي يتيحها لقاؤه المستشارة أنغيلا ميركل، والذي سيعقد في "
            "برلين الأسبوع المقبل.")
    assert [r[0] for r in rows(text)] == ["referenced"]
