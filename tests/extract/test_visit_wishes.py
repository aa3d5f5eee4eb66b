"""Meetings sought, wished or said to be possible, not held: a verb of seeking before the visit
("يسعى إلى زيارة", seeks to visit), a meeting that is the purpose (li-) of a wished visit, and a
summit that "may be held" (قد تعقد) as its predicate, a summit sought or worked for ("يسعى لعقد قمة", "جهود
لعقد قمة") (tasks/extract/visits/vetoes.hypothetical).
Invented sentences, the real lexicon."""
from __future__ import annotations

import datetime as dt

from tests.extract.test_visits_detect import mention_rows, reported_rows

DAY = dt.date(2018, 6, 20)  # the leaders named held office then


def reported(text):
    return [(v["visitor"], v["host"]) for v in reported_rows(text, DAY)]


def test_a_leader_seeking_to_visit_and_meet_reports_no_meeting():
    assert reported("والرئيس الفنزويلي نيكولاس مادورو يسعى إلى زيارة موسكو ولقاء الرئيس الروسي فلاديمير بوتين.") == []
    assert reported("الرئيس السوري بشار الأسد يسعى لزيارة طهران ولقاء الرئيس الإيراني حسن روحاني.") == []


def test_a_leader_who_arrived_in_a_visit_during_which_he_seeks_ties_still_visits():
    # the seeking governs the ties, not the visit: the arrival is held
    rows = reported("وصل الرئيس الروسي فلاديمير بوتين إلى أنقرة في زيارة يسعى خلالها إلى تعزيز العلاقات "
                    "مع الرئيس التركي رجب طيب أردوغان.")
    assert rows == [("Vladimir Putin", "Recep Tayyip Erdogan")]


def test_a_meeting_that_is_the_purpose_of_a_wished_visit_is_wished_too():
    assert reported("ذكرت الوكالة أن الرئيس السوري بشار الأسد أبدى رغبته بزيارة إلى طهران للقاء الرئيس "
                    "الإيراني حسن روحاني.") == []


def test_a_meeting_that_is_the_purpose_of_a_held_arrival_is_held():
    rows = reported("وصل الرئيس السوري بشار الأسد إلى طهران للقاء الرئيس الإيراني حسن روحاني.")
    assert rows == [("Bashar al-Assad", "Hassan Rouhani")]


def test_a_summit_that_may_be_held_is_no_summit_held():
    assert reported("قال المتحدث باسم الكرملين، الجمعة، إن قمة قد تُعقد بين الرئيس الروسي فلاديمير بوتين "
                    "والرئيس التركي رجب طيب أردوغان.") == []


def test_a_summit_held_between_two_leaders_is_still_reported():
    rows = reported("قال المتحدث باسم الكرملين، الجمعة، إن قمة عقدت بين الرئيس الروسي فلاديمير بوتين "
                    "والرئيس التركي رجب طيب أردوغان في سوتشي.")
    assert len(rows) == 1 and set(rows[0]) == {"Vladimir Putin", "Recep Tayyip Erdogan"}


def test_a_visit_a_leader_announces_his_intention_to_make_is_planned():
    # "نيته" / "نواياه" (his intention): a visit ahead, referenced and planned (triggers.yaml future_plan)
    for text in ("أعلن الرئيس السوري بشار الأسد عن نيته زيارة موسكو ولقاء الرئيس الروسي فلاديمير بوتين.",
                 "وكشف الرئيس السوري بشار الأسد عن نواياه بزيارة طهران ولقاء الرئيس الإيراني حسن روحاني."):
        rows = mention_rows(text, DAY)
        assert [r["kind"] for r in rows] == ["referenced"] and rows[0]["planned"] is True


def test_a_leader_who_arrived_and_names_the_intention_of_his_visit_still_visits():
    rows = reported("وصل الرئيس السوري بشار الأسد إلى موسكو، وقال إن نيته من الزيارة هي تعزيز العلاقات "
                    "مع الرئيس الروسي فلاديمير بوتين.")
    assert rows == [("Bashar al-Assad", "Vladimir Putin")]


def test_intentions_about_something_else_after_a_held_meeting_plan_nothing():
    # "صدق نواياه لنزع السلاح" (the sincerity of his intentions to disarm) is no intention to meet
    rows = reported("عقد الرئيس الأميركي دونالد ترامب والزعيم الكوري الشمالي كيم جونغ أون اجتماعا في سنغافورة اليوم، "
                    "بينما تساءل مسؤولون عما إذا كان كيم سيثبت صدق نواياه لنزع السلاح النووي.")
    assert len(rows) == 1 and set(rows[0]) == {"Donald Trump", "Kim Jong-un"}


def test_a_visit_set_off_by_if_it_takes_place_is_not_held():
    # "Putin's visit to Ankara and his meeting with Erdogan, if it takes place, would be the first this year"
    assert reported("وتعد زيارة الرئيس الروسي فلاديمير بوتين لأنقرة ولقاؤه الرئيس التركي رجب طيب أردوغان، "
                    "في حال إتمامها، الأولى هذا العام.") == []
    # "the summit of Putin and Erdogan in Ankara, if it is held, will discuss Syria"
    assert reported("وقالت مصادر إن قمة الرئيس الروسي فلاديمير بوتين والرئيس التركي رجب طيب أردوغان في أنقرة، "
                    "في حال انعقادها، ستبحث الملف السوري.") == []


def test_a_condition_on_the_talks_topic_leaves_the_talks_held():
    # "Putin held talks today in Ankara with Erdogan about a gas deal, if it goes through, the largest": the deal's
    assert reported("وعقد الرئيس الروسي فلاديمير بوتين اليوم في أنقرة محادثات مع الرئيس التركي رجب طيب أردوغان "
                    "حول صفقة غاز، في حال إتمامها، الأكبر بين البلدين.") == [("Vladimir Putin", "Recep Tayyip Erdogan")]
    # "... talks that dealt with a gas deal, if it goes through": a verb between, the deal's
    assert reported("وأجرى الرئيس الروسي فلاديمير بوتين اليوم محادثات مع الرئيس التركي رجب طيب أردوغان في أنقرة "
                    "تناولت صفقة غاز، في حال إتمامها.") == [("Vladimir Putin", "Recep Tayyip Erdogan")]



# DAY is a Wednesday: "الأربعاء" is the day of the news
def test_a_summit_sought_with_li_to_hold_is_no_summit_held():
    # "يسعى لعقد قمة" (seeks to hold a summit): the li- of "to hold" as "يسعى إلى عقد" (vetoes._needed)
    assert reported("أكد الرئيس الروسي فلاديمير بوتين، الأربعاء، أنه يسعى لعقد قمة مع الرئيس التركي "
                    "رجب طيب أردوغان.") == []
    assert reported("وأشاد الرئيس التركي رجب طيب أردوغان بالسعي لإجراء محادثات مع الرئيس الروسي "
                    "فلاديمير بوتين.") == []


def test_efforts_to_hold_a_summit_are_no_summit_held():
    # "جهودا تجري لعقد قمة" (efforts are being made to hold a summit), "محاولات لإجراء محادثات" (attempts to hold talks)
    assert reported("قال الرئيس الروسي فلاديمير بوتين، الأربعاء، إن جهودا تبذل لعقد قمة مع الرئيس التركي "
                    "رجب طيب أردوغان.") == []
    assert reported("دعا رئيس الوزراء الياباني شينزو آبي، الأربعاء، الزعيم الكوري الشمالي كيم جونغ أون إلى "
                    "تجاوز الخلافات، مؤكدا أن جهودا تجري لعقد قمة.") == []
    assert reported("وتحدث الرئيس الروسي فلاديمير بوتين، الأربعاء، عن محاولات لإجراء محادثات مع الرئيس التركي "
                    "رجب طيب أردوغان.") == []


def test_a_summit_held_to_hold_or_after_efforts_is_still_reported():
    # near-misses: an arrival "to hold a summit" is held; efforts told before a held summit, or as its topic,
    # do not govern it
    assert reported("وصل الرئيس الروسي فلاديمير بوتين، الأربعاء، إلى أنقرة لعقد قمة مع الرئيس التركي "
                    "رجب طيب أردوغان.") == [("Vladimir Putin", "Recep Tayyip Erdogan")]
    rows = reported("بعد جهود دبلوماسية مكثفة، عقد الرئيس الروسي فلاديمير بوتين، الأربعاء، قمة مع الرئيس التركي "
                    "رجب طيب أردوغان في أنقرة.")
    assert rows == [("Vladimir Putin", "Recep Tayyip Erdogan")]
    rows = reported("أجرى الرئيس الروسي فلاديمير بوتين، الأربعاء، محادثات مع الرئيس التركي رجب طيب أردوغان في أنقرة "
                    "تناولت الجهود الجارية لعقد مؤتمر للسلام.")
    assert rows == [("Vladimir Putin", "Recep Tayyip Erdogan")]


def test_a_visit_a_hope_or_a_fear_is_about_is_no_meeting_reported():
    """"عن أمله في أن تكون زيارة ..." (his hope that the visit be ...), "عن خشيتها من أن تتجاوز زيارة
    ..." (its fear that the visit go beyond ...): the visit is what the hope or the fear is about, not
    told as held (triggers.yaml hypothetical, as "يأمل")."""
    assert reported("أعرب السفير عن أمله في أن تكون زيارة الرئيس الإيراني حسن روحاني لموسكو فاتحة "
                    "لتعاون أوسع مع الرئيس الروسي فلاديمير بوتين.") == []
    assert reported("عبر حزب معارض عن مخاوفه من أن تتجاوز زيارة الرئيس التركي رجب طيب أردوغان إلى "
                    "موسكو ولقاؤه الرئيس الروسي فلاديمير بوتين الغرض المعلن.") == []


def test_a_hope_told_after_a_held_meeting_leaves_it_reported():
    # the hope follows the meeting in the sentence: the cue must stand before the trigger
    rows = reported("التقى الرئيس الروسي فلاديمير بوتين الرئيس التركي رجب طيب أردوغان في أنقرة، "
                    "وأعرب عن أمله في أن تتعزز العلاقات.")
    assert rows == [("Vladimir Putin", "Recep Tayyip Erdogan")]


def test_a_hope_for_a_thing_leaves_the_talks_after_it_held():
    # "أمله في علاقة" (his hope for a relationship): no "أن" clause, so the talks after it are not hoped for
    rows = reported("أعرب الرئيس الأميركي دونالد ترامب عن أمله في علاقة استثنائية مع روسيا خلال محادثات "
                    "مع نظيره الروسي فلاديمير بوتين في موسكو اليوم.")
    assert rows == [("Donald Trump", "Vladimir Putin")]
