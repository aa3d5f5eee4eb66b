"""A resolve noun ("عزمها", its resolve) with its own object before an occasion word that stands
right before the visit noun ("في بيان صدر بمناسبة زيارة", in a statement issued on the occasion of
the visit) does not plan the visit: the visit is the statement's occasion (tasks/extract/visits/plans.py
_resolve_before_occasion; grammar.yaml resolve_nouns, occasion_words). Invented sentences, the real lexicon."""
import datetime as dt
from collections import defaultdict

from tasks.extract import extract_article


def rows(text, pub=dt.date(2016, 4, 8)):
    out = defaultdict(list)
    extract_article("a", text, pub, out, source="x")
    return sorted((r["kind"], r["visitor"], r["host"]) for r in out["visit_mentions"])


def test_a_resolve_with_its_own_object_leaves_the_occasions_visit_reported():
    # "Egypt's government stressed its resolve to widen joint investments in a statement issued
    # on the occasion of President Sisi's visit to Saudi Arabia": the visit is under way
    text = ("وأكدت الحكومة المصرية عزمها على توسيع الاستثمارات المشتركة في بيان صدر بمناسبة زيارة "
            "الرئيس عبد الفتاح السيسي للمملكة العربية السعودية.")
    assert rows(text) == [("reported", "Abdel Fattah el-Sisi", "Salman bin Abdulaziz")]


def test_a_resolve_to_visit_still_plans_the_visit():
    # "President Sisi announced his resolve to visit Saudi Arabia and meet King Salman": the visit
    # is what he resolves on (unchanged)
    text = "وأعلن الرئيس عبد الفتاح السيسي عزمه زيارة المملكة العربية السعودية ولقاء الملك سلمان بن عبد العزيز."
    assert rows(text) == [("referenced", "Abdel Fattah el-Sisi", "Salman bin Abdulaziz")]


def test_a_resolve_to_make_a_visit_after_bi_still_plans_it():
    # "... announced his resolve to make a visit to Saudi Arabia to meet King Salman": no occasion word
    text = "وأعلن الرئيس عبد الفتاح السيسي عزمه القيام بزيارة إلى المملكة العربية السعودية للقاء الملك سلمان بن عبد العزيز."
    assert rows(text) == [("referenced", "Abdel Fattah el-Sisi", "Salman bin Abdulaziz")]
