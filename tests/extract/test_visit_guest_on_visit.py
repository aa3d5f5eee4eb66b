"""A visit told in the relative clause of the leader a held meeting word names ("مؤتمر صحفي مشترك مع
... مودي، الذي كان في زيارة لفرنسا", a joint press conference with Modi, who was on a visit to France):
the visit the meeting was held in, under way then, not an earlier one (visits/making.py guest_on_visit,
read by timing.visit_kind and merge's background visitor). Invented sentences, the real lexicon."""
import datetime as dt
from collections import defaultdict

import pytest

from tasks.extract import extract_article

PUB = dt.date(2019, 3, 10)


def rows(text, pub=PUB):
    out = defaultdict(list)
    extract_article("a", text, pub, out, source="x")
    return sorted((r["kind"], r["visitor"], r["host"], r["date"]) for r in out["visit_mentions"])


@pytest.mark.parametrize("text, pair", [
    # the host unnamed in the sentence ("قال الرئيس"): the visit noun names the pair by its goal
    ("وفي مؤتمر صحفي مشترك مع رئيس الوزراء الهندي ناريندرا مودي، الذي كان في زيارة لفرنسا، "
     "قال الرئيس إن البلدين يتعاونان.", ("Narendra Modi", "Emmanuel Macron")),
    # the host named after the clause: the press conference is no earlier one either
    ("وفي مؤتمر صحفي مشترك مع الرئيس الفرنسي إيمانويل ماكرون، الذي كان في زيارة للهند، "
     "قال مودي إن البلدين يتعاونان.", ("Emmanuel Macron", "Narendra Modi")),
    # a feminine antecedent, the host named before the meeting word
    ("وقال ماكرون في مؤتمر صحفي عقده مع المستشارة الألمانية أنجيلا ميركل، التي كانت في زيارة لباريس، "
     "إن البلدين يتعاونان.", ("Angela Merkel", "Emmanuel Macron")),
])
def test_a_meeting_partner_who_was_on_a_visit_is_on_the_meetings_visit(text, pair):
    assert rows(text) == [("reported", *pair, None)]


def test_the_same_clause_with_no_meeting_before_it_stays_background():
    # "Macron said Modi, who was on a visit to France, affirmed ...": no meeting word holds the clause
    assert [r[0] for r in rows("وقال ماكرون إن مودي، الذي كان في زيارة لفرنسا، أكد أن البلدين يتعاونان.")] == ["referenced"]
    # a photo with him is no meeting of leaders
    assert [r[0] for r in rows("وظهر اللاعب في صور مع رئيس الوزراء الهندي ناريندرا مودي، الذي كان في زيارة "
                               "لفرنسا، ما أثار جدلا.")] == ["referenced"]


def test_a_clause_dated_of_its_own_or_a_pluperfect_meeting_stays_earlier():
    # "... who was on a visit to France last month": the clause's own month
    assert rows("وفي مؤتمر صحفي مشترك مع رئيس الوزراء الهندي ناريندرا مودي، الذي كان في زيارة لفرنسا الشهر "
                "الماضي، قال ماكرون إن البلدين يتعاونان.") == [
        ("referenced", "Narendra Modi", "Emmanuel Macron", dt.date(2019, 2, 1))]
    # "Macron had held a joint press conference with Modi, who was on a visit to France, last October"
    assert rows("وكان ماكرون قد عقد مؤتمرا صحفيا مشتركا مع رئيس الوزراء الهندي ناريندرا مودي، الذي كان في زيارة "
                "لفرنسا، في أكتوبر الماضي.") == [("referenced", "Narendra Modi", "Emmanuel Macron", dt.date(2018, 10, 1))]


def test_a_visit_to_a_third_country_or_someone_elses_clause_gives_no_reported_visit():
    # Modi was on a visit to China: not Macron's guest, no reported pair
    got = rows("وفي مؤتمر صحفي مشترك مع رئيس الوزراء الهندي ناريندرا مودي، الذي كان في زيارة للصين، "
               "قال ماكرون إن البلدين يتعاونان.")
    assert [r for r in got if r[0] == "reported"] == [] and ("referenced", "Narendra Modi", "Xi Jinping", None) in got
    # the clause is the foreign minister's: no leader travels
    assert rows("وقال ماكرون في مؤتمر صحفي مشترك مع وزير الخارجية الهندي، الذي كان في زيارة لفرنسا، "
                "إن البلدين يتعاونان مع مودي.") == []
    # "Modi, who had visited France in 2017": a pluperfect, earlier
    assert rows("وقال ماكرون في مؤتمر صحفي مشترك مع رئيس الوزراء الهندي ناريندرا مودي، الذي كان قد زار فرنسا "
                "في 2017، إن البلدين يتعاونان.") == [("referenced", "Narendra Modi", "Emmanuel Macron", dt.date(2017, 1, 1))]
