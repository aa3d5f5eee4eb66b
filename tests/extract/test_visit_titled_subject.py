"""A meeting noun whose predicate is a sa- future is a plan (ahead.subject_of_future) also when the
two leaders it names carry long titles between the noun and the verb: "إن القمة بين الرئيس الكوري
الجنوبي ... والزعيم الكوري الشمالي ...، ستشمل عشاء" (the summit between the South Korean president and
the North Korean leader will include a dinner): the title words do not count toward the predicate's
reach. Invented texts, the real lexicon."""
import datetime as dt
from collections import defaultdict

from tasks.extract import extract_article

DAY = dt.date(2018, 4, 20)


def kinds(text, pub=DAY):
    out = defaultdict(list)
    extract_article("a", text, pub, out, source="test")
    return sorted((r["kind"], r["visitor"], r["host"]) for r in out["visit_mentions"])


def test_a_summit_between_titled_leaders_that_will_include_a_dinner_is_a_plan():
    text = ("أوضح متحدث باسم الرئاسة في سيول، أن القمة التاريخية بين الرئيس الكوري الجنوبي مون جيه إن "
            "والزعيم الكوري الشمالي كيم جونغ أون، ستتضمن مأدبة عشاء رسمية.")
    assert [k[0] for k in kinds(text)] == ["referenced"]


def test_a_summit_between_titled_leaders_that_included_a_dinner_is_held():
    # negative: the perfect "تضمنت" (included) tells a summit held
    text = ("أوضح متحدث باسم الرئاسة في سيول، أن القمة بين الرئيس الكوري الجنوبي مون جيه إن "
            "والزعيم الكوري الشمالي كيم جونغ أون، تضمنت مأدبة عشاء رسمية.")
    assert [k[0] for k in kinds(text)] == ["reported"]
