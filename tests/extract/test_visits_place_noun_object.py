"""A visit noun's object place told bare after its genitive traveller: "زيارة الرئيس الإيراني أحمدي نجاد مصر"
(the Iranian president Ahmadinejad's visiting Egypt) is read as "زيارة ... لمصر" (tasks/extract/visits/place.py
`_genitive_subject`, `_noun_object`, read by city_of_meeting), so a visit with no host named gives its row (host by
office, the gold's host null). Invented sentences, the real lexicon."""
from __future__ import annotations

import datetime as dt

from tests.extract.test_visits_detect import mention_rows

DAY = dt.date(2019, 6, 29)  # a Saturday

ROUHANI, SISI = "Hassan Rouhani", "Abdel Fattah el-Sisi"


def _rows(text, kind="reported"):
    return [(r["visitor"], r["host"], r["city"], str(r["date"])[:10]) for r in mention_rows(text, DAY)
            if r["kind"] == kind]


def test_a_country_right_after_the_visit_nouns_traveller_is_its_goal():
    # "Iranian President Rouhani's visit to Egypt comes at a sensitive time for the region"
    text = "وتأتي زيارة الرئيس الإيراني حسن روحاني مصر في وقت حساس للمنطقة."
    assert _rows(text) == [(ROUHANI, SISI, None, "None")]


def test_a_city_right_after_the_visit_nouns_traveller_is_its_goal():
    # "the Turkish president Erdogan's visit to Berlin comes at a sensitive time"
    text = "وتأتي زيارة الرئيس التركي رجب طيب أردوغان برلين في وقت حساس."
    assert _rows(text) == [("Recep Tayyip Erdogan", "Angela Merkel", "Berlin", "None")]


def test_a_country_past_the_travellers_day_is_the_goal():
    # "Rouhani's visit to Egypt on Wednesday stirred a wide debate"
    text = "وأثارت زيارة الرئيس الإيراني حسن روحاني يوم الأربعاء مصر جدلا واسعا."
    assert _rows(text) == [(ROUHANI, SISI, None, "2019-06-26")]


def test_a_country_opening_a_new_clause_after_a_comma_is_no_goal():
    # negative: "Rouhani's visit comes, Egypt prepares for the summit"
    text = "وتأتي زيارة الرئيس الإيراني حسن روحاني، مصر تستعد للقمة."
    assert _rows(text) == []


def test_a_ministers_visit_noun_with_a_bare_country_stays_no_leaders_visit():
    # negative: "Foreign Minister Zarif's visit to Egypt comes at a sensitive time"
    text = "وتأتي زيارة وزير الخارجية الإيراني محمد جواد ظريف مصر في وقت حساس."
    assert _rows(text) == []


def test_a_leaders_own_capital_after_the_visit_noun_is_no_trip():
    # negative: "Egyptian President Sisi's visit to Cairo comes at a sensitive time"
    text = "وتأتي زيارة الرئيس المصري عبد الفتاح السيسي القاهرة في وقت حساس."
    assert _rows(text) == []


def test_a_planned_visit_noun_with_a_bare_country_stays_planned():
    # negative: "Rouhani's visit to Egypt is due to begin next month"
    text = "ومن المقرر أن تبدأ زيارة الرئيس الإيراني حسن روحاني مصر الشهر المقبل."
    assert _rows(text) == []
    assert [r[:2] for r in _rows(text, "referenced")] == [(ROUHANI, SISI)]
