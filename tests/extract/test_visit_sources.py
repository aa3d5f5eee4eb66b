"""A meeting noun that is what a source is close to ("المصدر المقرب من المحادثات", the source
close to the talks) is no meeting of the sentence's leaders (tasks/extract/visits/noun_sides.close_source),
unless the talks' sides follow it ("بين ...") or what the source says of them ("إن ...").
Invented sentences, the real lexicon."""
from __future__ import annotations

import datetime as dt

from tests.extract.test_visits_detect import reported_rows

DAY = dt.date(2019, 4, 3)  # the leaders named held office then


def pairs(text):
    return [(v["visitor"], v["host"], v["city"]) for v in reported_rows(text, DAY)]


def test_a_plan_leaders_tabled_by_a_source_close_to_the_talks_is_no_meeting():
    assert pairs("بروكسل: طرح الرئيس الفرنسي إيمانويل ماكرون والمستشارة الألمانية أنجيلا ميركل خطة جديدة "
                 "للهجرة على القادة، بحسب ما قال مصدر مقرب من المحادثات.") == []
    assert pairs("وعرض الرئيس الفرنسي إيمانويل ماكرون والمستشارة الألمانية أنجيلا ميركل مسودة الاتفاق "
                 "على الدول الأعضاء، وفق مصادر مطلعة على المباحثات.") == []


def test_the_talks_a_source_is_close_to_keep_their_sides_named_after_them():
    assert pairs("قال مصدر مقرب من المحادثات بين الرئيس الفرنسي إيمانويل ماكرون والمستشارة الألمانية "
                 "أنجيلا ميركل في برلين أمس إن الأجواء كانت إيجابية.") == [
        ("Emmanuel Macron", "Angela Merkel", "Berlin")]


def test_what_a_source_close_to_the_talks_says_the_leaders_did_is_kept():
    assert pairs("قال مصدر مطلع على المباحثات إن الرئيس الفرنسي إيمانويل ماكرون والمستشارة الألمانية "
                 "أنجيلا ميركل اختلفا حول الموازنة.") == [("Emmanuel Macron", "Angela Merkel", None)]


def test_talks_the_leaders_held_are_still_a_meeting():
    assert pairs("أجرى الرئيس الفرنسي إيمانويل ماكرون والمستشارة الألمانية أنجيلا ميركل المحادثات "
                 "في برلين أمس.") == [("Emmanuel Macron", "Angela Merkel", "Berlin")]
