"""Which referenced mentions an article leaves open in time (visits.open_reference, the
visit_mentions column `open_reference`): undated, not planned, and no cue in the sentence
that tells the visit earlier, ahead, invited or denied. Only these may be made reported
by the cross-article step (tasks/aggregate/under_way.py). Texts are invented; the real
lexicon reads them."""
import datetime as dt
from collections import defaultdict

import pytest

from tasks.extract import extract_article

PUB = dt.date(2018, 9, 28)
PAIR = ("Recep Tayyip Erdogan", "Angela Merkel")


def rows(text, pub=PUB):
    out = defaultdict(list)
    extract_article("a", text, pub, out)
    return [(r["kind"], r.get("open_reference")) for r in out["visit_mentions"] if (r["visitor"], r["host"]) == PAIR]


@pytest.mark.parametrize("text", [
    # Kurds demonstrate in Cologne against the Turkish president's visit to Germany
    "نظم مئات من الأكراد مظاهرة في مدينة كولونيا احتجاجا على زيارة الرئيس التركي رجب طيب أردوغان لألمانيا.",
    # thousands protest in Berlin, rejecting his visit
    "تظاهر آلاف في برلين رفضا لزيارة الرئيس التركي رجب طيب أردوغان إلى ألمانيا.",
])
def test_an_undated_reference_with_no_cue_is_open(text):
    assert rows(text) == [("referenced", True)]


@pytest.mark.parametrize("text", [
    # the previous visit
    "وقال نائب في البرلمان إن الزيارة السابقة للرئيس التركي رجب طيب أردوغان إلى ألمانيا كانت متوترة.",
    # an invitation to visit
    "وجهت المستشارة الألمانية أنغيلا ميركل دعوة إلى الرئيس التركي رجب طيب أردوغان لزيارة ألمانيا.",
    # scheduled later this month
    "ومن المقرر أن يزور الرئيس التركي رجب طيب أردوغان ألمانيا في وقت لاحق هذا الشهر.",
    # a protest against his visit last year: dated
    "تظاهر آلاف في برلين رفضا لزيارة الرئيس التركي رجب طيب أردوغان إلى ألمانيا العام الماضي.",
])
def test_a_reference_placed_in_time_or_invited_is_not_open(text):
    got = rows(text)
    assert got and all(kind == "referenced" and not is_open for kind, is_open in got)


def test_a_reported_visit_is_not_open():
    # arrived today in Berlin
    text = "وصل الرئيس التركي رجب طيب أردوغان إلى برلين اليوم الخميس في زيارة دولة إلى ألمانيا."
    assert [kind for kind, _ in rows(text)] == ["reported"]
    assert all(not is_open for _, is_open in rows(text))
