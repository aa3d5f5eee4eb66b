"""The merge's text order of a meeting with no host (a summit's sidelines, a third country): the first sentence
that names both, a sentence whose trigger is a meeting word first (merge.meeting_first), not an arrival at the
summit that names the other leader apart ("عند وصولها إلى القمة ... دون أن تذكر ترامب"). Invented texts, the
whole lexicon."""
import datetime as dt

from tests.extract.test_visits_detect import reported_rows

DAY = dt.date(2018, 7, 11)
LEAD = ("ردت المستشارة الألمانية أنغيلا ميركل الأربعاء على انتقادات الرئيس الأمريكي دونالد ترامب.\n"
        "وقالت ميركل عند وصولها إلى قمة حلف الأطلسي في بروكسل: \"نحن نقرر سياستنا بأنفسنا\" دون أن تذكر ترامب بالاسم.\n")


def _rows(text):
    return [(r["visitor"], r["host"], r["city"], r["setting"]) for r in reported_rows(text, DAY)]


def test_the_meeting_sentence_orders_the_pair_not_the_arrival_naming_the_other_apart():
    assert _rows(LEAD + "والتقى ترامب وميركل على هامش القمة بعد الظهر.") == [
        ("Donald Trump", "Angela Merkel", "Brussels", "summit_sideline")]


def test_the_meeting_sentence_naming_her_first_keeps_her_first():
    # the negative: the meeting sentence's own order, which the arrival's happens to share
    assert _rows(LEAD + "والتقت ميركل وترامب على هامش القمة بعد الظهر.") == [
        ("Angela Merkel", "Donald Trump", "Brussels", "summit_sideline")]
