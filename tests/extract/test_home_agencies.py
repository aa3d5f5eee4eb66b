"""A national agency's tag in the dateline ("الدوحة (قنا) -", titles.yaml home_agencies) gives its copy a home, as a
national outlet's name does (tasks/extract/home.py dateline_home): "أمير البلاد" (the emir of the country), "رئيس
الجمهورية" are the home holders; not when the dateline's city is abroad ("القاهرة (واس) -", an SPA story from
Cairo). Invented texts, the real lexicon."""
import datetime as dt

import polars as pl

from tasks.extract import extract
from tasks.extract.home import dateline_home

DAY = dt.date(2024, 4, 10)


def reported(text, day=DAY):
    out = extract(pl.DataFrame({"article_id": ["a"], "text": [text], "published_date": [day], "source": [None]},
                               schema={"article_id": pl.Utf8, "text": pl.Utf8, "published_date": pl.Date, "source": pl.Utf8}))
    return sorted((r["visitor"], r["host"]) for r in out["visit_mentions"].to_dicts() if r["kind"] == "reported")


def test_the_emir_of_the_country_in_an_agency_s_copy_is_the_home_emir():
    text = "الدوحة (قنا) - استقبل حضرة صاحب السمو أمير البلاد المفدى في الديوان الأميري اليوم الرئيس الفرنسي إيمانويل ماكرون."
    assert reported(text) == [("Emmanuel Macron", "Tamim bin Hamad Al Thani")]
    text = "المنامة (بنا) - استقبل حضرة صاحب الجلالة الملك المعظم في قصر الصخير اليوم الرئيس المصري عبد الفتاح السيسي."
    assert reported(text) == [("Abdel Fattah el-Sisi", "Hamad bin Isa Al Khalifa")]


def test_an_agency_s_story_from_abroad_or_no_tag_has_no_home():
    assert dateline_home("الكويت - 10 - 4 (كونا) - استقبل أمير البلاد") == "Kuwait"
    assert dateline_home("الدوحة في 10/4/2024 /قنا/ استقبل أمير البلاد") == "Qatar"  # QNA's slashes, past a date's
    assert dateline_home("القاهرة (واس) - استقبل رئيس الوزراء") is None
    assert dateline_home("الدوحة - استقبل أمير البلاد") is None
    text = "القاهرة (واس) - استقبل أمير البلاد اليوم الرئيس الفرنسي إيمانويل ماكرون."
    assert reported(text) == []
