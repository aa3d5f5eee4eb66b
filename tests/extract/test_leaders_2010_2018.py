"""Heads of state and government of 2010-2018 who filled gaps in people.yaml (session 29, "heads
2006-2019 filling gaps"): their names and the dated titles that stand for them ("رئيس وزراء بيرو" in
2015 is Pedro Cateriano, in 2017 Fernando Zavala); a feminine title names a woman only. Texts invented."""
import datetime as dt

import polars as pl

from tasks.extract import extract
from tasks.extract.entities import find_mentions
from ziyarat.arabic import fold_with_map


def people(text, published):
    return [m.entity_id for m in find_mentions(text, fold_with_map(text), published) if m.entity_type == "person"]


def reported(text, day):
    out = extract(pl.DataFrame({"article_id": ["a"], "text": [text], "published_date": [day]}))
    return sorted((r["visitor"], r["host"], r["city"]) for r in out["visit_mentions"].to_dicts() if r["kind"] == "reported")


def test_the_kosovar_president_named_in_full():
    assert people("قالت الرئيسة الكوسوفية عاطفة يحيى أغا إن الحوار مستمر.", dt.date(2013, 4, 20)) == ["atifete_jahjaga"]
    assert people("وصلت عاطفة يحيى آغا إلى تيرانا.", dt.date(2014, 2, 3)) == ["atifete_jahjaga"]


def test_a_meeting_of_the_serbian_and_kosovar_presidents():
    text = "استقبل الرئيس الصربي توميسلاف نيكوليتش في بلغراد اليوم رئيسة كوسوفو عاطفة يحيى أغا."
    assert reported(text, dt.date(2013, 5, 2)) == [("Atifete Jahjaga", "Tomislav Nikolić", "Belgrade")]


def test_a_dated_peruvian_prime_minister_title():
    text = "وصل رئيس وزراء بيرو إلى مدريد مساء اليوم."
    assert people(text, dt.date(2015, 9, 1)) == ["pedro_cateriano"]
    assert people(text, dt.date(2017, 3, 1)) == ["fernando_zavala"]
    assert people(text, dt.date(2010, 3, 1)) == []  # before the listed holders: nobody


def test_a_common_arabic_full_name_is_the_kosovar_prime_minister_only_after_his_title():
    assert people("التقى رئيس وزراء كوسوفو عيسى مصطفى وزير الخارجية.", dt.date(2016, 3, 1)) == ["isa_mustafa"]
    assert people("قال المواطن عيسى مصطفى إن السوق مزدحم.", dt.date(2016, 3, 1)) == []


def test_the_bosnian_title_out_of_izetbegovic_s_turns_names_nobody():
    """Bosnia's presidency rotates; Arabic outlets title any member "رئيس البوسنة", so only Izetbegovic's
    turns as chairman are listed (vacancies.yaml: rotation) and the title of another turn is nobody."""
    text = "وصل رئيس البوسنة والهرسك إلى أنقرة اليوم."
    assert people(text, dt.date(2016, 5, 1)) == ["bakir_izetbegovic"]
    assert people(text, dt.date(2015, 10, 1)) == []
    assert people("التقى الرئيس باكر عزت بيجوفيتش رئيس البوسنة.", dt.date(2016, 5, 1)) == ["bakir_izetbegovic"]


def test_a_feminine_title_names_a_woman_only():
    text = "وصلت الرئيسة الكوسوفية إلى أنقرة."
    assert people(text, dt.date(2013, 4, 20)) == ["atifete_jahjaga"]
    assert people(text, dt.date(2017, 4, 20)) == []  # Hashim Thaçi's term
