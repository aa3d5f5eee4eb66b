"""A plan cue after a comparative ("أطول من المتوقع", longer than expected) tells no plan
(visits.triggers.compared_expectation; grammar.yaml comparatives): a lead sentence that tells the talks as held
on a day still dates a visit told under way (visits.lead_day). Invented sentences, the real lexicon."""
import datetime as dt
from collections import defaultdict

from tasks.extract import extract_article

FRIDAY = dt.date(2019, 4, 5)
PAIR = ("Emmanuel Macron", "Angela Merkel")
# "the French president Macron is visiting Germany to hold talks with the German chancellor Merkel."
VISIT = ("يقوم الرئيس الفرنسي إيمانويل ماكرون بزيارة لألمانيا لإجراء محادثات مع المستشارة الألمانية "
         "أنغيلا ميركل.")


def _rows(text, published=FRIDAY):
    out = defaultdict(list)
    extract_article("a", text, published, out)
    return [(v["kind"], v["visitor"], v["host"], v["date"]) for v in out["visit_mentions"]]


def test_talks_the_two_held_on_a_day_longer_than_expected_date_the_visit():
    # "and the talks the two leaders held on Thursday lasted longer than expected, in a meeting both
    # sides called friendly"
    talks = "وامتدت المحادثات التي عقدها الزعيمان الخميس وقتا أطول من المتوقع، في اجتماع وصفه الطرفان بالودي."
    assert _rows(" ".join((VISIT, talks))) == [("reported", *PAIR, dt.date(2019, 4, 4))]


def test_more_than_expected_after_the_day_is_no_plan_either():
    # "and the talks the two leaders held on Thursday yielded more than expected"
    talks = "وأثمرت المحادثات التي عقدها الزعيمان الخميس عن نتائج أكثر من المتوقع."
    assert _rows(" ".join((VISIT, talks))) == [("reported", *PAIR, dt.date(2019, 4, 4))]


def test_an_expected_next_meeting_still_plans_and_leaves_the_visit_undated():
    # "and the two leaders held talks on Thursday, and it is expected that they meet again": a plan
    talks = "وعقد الزعيمان محادثات الخميس، ومن المتوقع أن يلتقيا مجددا."
    assert _rows(" ".join((VISIT, talks))) == [("reported", *PAIR, None)]
