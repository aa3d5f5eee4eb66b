"""Northern Cyprus (the Turkish Republic of Northern Cyprus, recognised by Turkey alone) is its own country in
the lexicon (places.yaml, people.yaml, titles.yaml): "رئيس جمهورية قبرص التركية" (the president of Turkish
Cyprus) is its president, not the Republic of Cyprus's, "نظيره القبرصي التركي" (his Turkish Cypriot
counterpart) its prime minister; bare "الرئيس القبرصي" and "رئيس قبرص" stay the Republic's. Texts invented."""
import datetime as dt

import polars as pl
import pytest

from tasks.extract import extract
from tasks.extract.entities import find_mentions
from ziyarat.arabic import fold_with_map


def mentions(text, published, kind):
    return [m.entity_id for m in find_mentions(text, fold_with_map(text), published) if m.entity_type == kind]


def reported(text, day):
    out = extract(pl.DataFrame({"article_id": ["a"], "text": [text], "published_date": [day]}))
    return sorted((r["visitor"], r["host"], r["city"]) for r in out["visit_mentions"].to_dicts() if r["kind"] == "reported")


@pytest.mark.parametrize("text, day, expected", [
    # the north's titles, by the day's holder
    ("وصل رئيس جمهورية قبرص التركية إلى الرباط صباح اليوم.", dt.date(2013, 2, 5), "dervis_eroglu"),
    ("وصل رئيس جمهورية شمال قبرص التركية إلى الرباط صباح اليوم.", dt.date(2017, 2, 5), "mustafa_akinci"),
    ("وصل الرئيس القبرصي التركي إلى الرباط صباح اليوم.", dt.date(2021, 2, 5), "ersin_tatar"),
    ("وصل زعيم القبارصة الأتراك إلى الرباط صباح اليوم.", dt.date(2016, 2, 5), "mustafa_akinci"),
    ("وصل رئيس وزراء قبرص التركية إلى الرباط صباح اليوم.", dt.date(2014, 2, 5), "ozkan_yorgancioglu"),
    ("وصل رئيس وزراء قبرص التركية إلى الرباط صباح اليوم.", dt.date(2017, 2, 5), "huseyin_ozgurgil"),
    ("وصل رئيس وزراء قبرص التركية إلى الرباط صباح اليوم.", dt.date(2018, 9, 5), "tufan_erhurman"),
    # ... and the Republic's stay the Republic's
    ("وصل الرئيس القبرصي إلى الرباط صباح اليوم.", dt.date(2013, 2, 5), "demetris_christofias"),
    ("وصل رئيس قبرص إلى الرباط صباح اليوم.", dt.date(2016, 2, 5), "nicos_anastasiades"),
    ("وصل رئيس جمهورية قبرص إلى الرباط صباح اليوم.", dt.date(2016, 2, 5), "nicos_anastasiades"),
])
def test_the_north_s_titles_name_its_leaders_and_the_republic_s_its_own(text, day, expected):
    assert mentions(text, day, "person") == [expected]


def test_the_turkish_cypriot_president_leaving_cairo_is_no_visit_of_the_cypriot_president():
    text = "غادر مطار القاهرة ظهر اليوم الجمعة رئيس جمهورية قبرص التركية بعد زيارته لمصر التي استغرقت ثلاثة أيام."
    rows = reported(text, dt.date(2013, 2, 8))
    assert [r[0] for r in rows] == ["Derviş Eroğlu"]
    assert "Demetris Christofias" not in {r[1] for r in rows}


def test_the_turkish_cypriot_counterpart_of_turkey_s_prime_minister_is_the_north_s_prime_minister():
    text = "استقبل رئيس الوزراء التركي رجب طيب أردوغان في أنقرة اليوم نظيره القبرصي التركي إيرسن كوتشوك."
    assert reported(text, dt.date(2012, 11, 6)) == [("İrsen Küçük", "Recep Tayyip Erdogan", "Ankara")]
    # his Cypriot counterpart, without "Turkish", is the Republic's president
    text = "استقبل الرئيس اليوناني في أثينا اليوم نظيره القبرصي."
    assert reported(text, dt.date(2016, 11, 6)) == [("Nicos Anastasiades", "Prokopis Pavlopoulos", "Athens")]


def test_the_leader_of_the_turkish_cypriots_named_in_full_meets_erdogan():
    text = "استقبل الرئيس التركي رجب طيب أردوغان في أنقرة اليوم زعيم القبارصة الأتراك مصطفى أكينجي."
    assert reported(text, dt.date(2017, 5, 3)) == [("Mustafa Akıncı", "Recep Tayyip Erdogan", "Ankara")]


def test_the_north_is_a_place_of_its_own_and_the_turkish_cypriots_are_no_place():
    assert mentions("وصل الوفد إلى جمهورية شمال قبرص التركية مساء اليوم.", dt.date(2016, 2, 5), "place") == ["northern_cyprus"]
    assert mentions("وصل الوفد إلى قبرص مساء اليوم.", dt.date(2016, 2, 5), "place") == ["cyprus"]
    assert mentions("تدافع الحكومة عن حقوق القبارصة الأتراك في موارد الجزيرة.", dt.date(2016, 2, 5), "place") == []


@pytest.mark.parametrize("text", [
    "يحتفل مسلمو تتار القرم بذكرى التهجير.",  # the Crimean Tatars, not Ersin Tatar
    "حلقت مسيرة أكينجي التركية فوق المنطقة.",  # the Akıncı drone, not Mustafa Akıncı
])
def test_bare_surnames_that_are_other_things_are_nobody(text):
    assert mentions(text, dt.date(2021, 2, 5), "person") == []
