"""A counterpart told by a bare compass adjective, the country's name left out: "الرئيس الكوري الجنوبي ونظيره
الشمالي" (the South Korean president and his northern counterpart) is North Korea's head, "البشير ونظيره الجنوبي"
(Bashir and his southern counterpart) South Sudan's (titles.yaml counterpart_halves, tasks/extract/entities.py
_resolve_title). After anyone of another country, or after an official, the phrase names nobody. Invented
sentences, the real lexicon."""
import datetime as dt

import polars as pl
import pytest

from tasks.extract import extract
from tests.extract.test_entities import people

APR_2018 = dt.date(2018, 4, 28)  # a Saturday
MAR_2013 = dt.date(2013, 3, 10)  # a Sunday


def persons(text, day):
    return [p for p, _s, _h in people(text, day)]


def reported(text, day):
    out = extract(pl.DataFrame({"article_id": ["a"], "text": [text], "published_date": [day]}))
    return sorted((r["visitor"], r["host"]) for r in out["visit_mentions"].to_dicts() if r["kind"] == "reported")


@pytest.mark.parametrize("text, day, expected", [
    # "the South Korean president and his northern counterpart met Friday"
    ("وقد التقى الرئيس الكوري الجنوبي ونظيره الشمالي الجمعة.", APR_2018, ["moon_jae_in", "kim_jong_un"]),
    # "the North Korean leader Kim held a summit with his southern counterpart on Friday morning"
    ("عقد الزعيم الكوري الشمالي كيم جونغ أون قمة مع نظيره الجنوبي صباح الجمعة.", APR_2018,
     ["kim_jong_un", "moon_jae_in"]),
    # "President Bashir held talks yesterday in Khartoum with his southern counterpart"
    ("أجرى الرئيس عمر البشير مباحثات أمس في الخرطوم مع نظيره الجنوبي.", MAR_2013, ["omar_al_bashir", "salva_kiir"]),
])
def test_a_compass_counterpart_is_the_other_half_s_head(text, day, expected):
    assert persons(text, day) == expected


@pytest.mark.parametrize("text, day, expected", [
    # a French president's "northern counterpart" is nobody's: France has no other half
    ("التقى الرئيس الفرنسي إيمانويل ماكرون أمس نظيره الشمالي في باريس.", APR_2018, ["emmanuel_macron"]),
    # a North Korean's northern counterpart is no one either (the adjective points at the half he is not of)
    ("عقد الزعيم الكوري الشمالي كيم جونغ أون قمة مع نظيره الشمالي.", APR_2018, ["kim_jong_un"]),
    # a minister's southern counterpart is a minister ("the Sudanese defence minister met his southern counterpart")
    ("التقى وزير الدفاع السوداني أمس نظيره الجنوبي في أديس أبابا بعد كلمة الرئيس عمر البشير.", MAR_2013,
     ["omar_al_bashir"]),
    # an army's northern counterpart is an army, after a president named before it
    ("قال الرئيس الأمريكي دونالد ترامب إن الجيش الكوري الجنوبي ونظيره الشمالي أجريا محادثات أمس.", APR_2018,
     ["donald_trump"]),
])
def test_a_compass_counterpart_names_nobody_after_anyone_else(text, day, expected):
    assert persons(text, day) == expected


def test_the_met_pair_is_the_two_halves_not_the_article_s_other_leader():
    # "Trump said he welcomes the summit. The South Korean president and his northern counterpart met Friday and
    # pledged to end hostilities": on main the counterpart side was Trump, named in the sentence before
    text = ("قال الرئيس الأمريكي دونالد ترامب إنه يرحب بالقمة. وقد التقى الرئيس الكوري الجنوبي ونظيره الشمالي "
            "الجمعة، وتعهدا بإنهاء الأعمال العدائية بين البلدين.")
    assert reported(text, APR_2018) == [("Moon Jae-in", "Kim Jong-un")]


def test_the_southern_counterpart_s_summit_pairs_kim_with_moon():
    text = ("رحب الرئيس الأمريكي ترامب بالقمة. وعقد الزعيم الكوري الشمالي كيم جونغ أون قمة مع نظيره الجنوبي "
            "صباح الجمعة.")
    assert reported(text, APR_2018) == [("Kim Jong-un", "Moon Jae-in")]


def test_a_named_counterpart_keeps_its_name():
    # negative: the name after the compass adjective decides, as after any counterpart title
    text = "وقد التقى الرئيس الكوري الجنوبي مون جيه-إن ونظيره الشمالي كيم جونغ أون الجمعة."
    assert persons(text, APR_2018) == ["moon_jae_in", "kim_jong_un"]
