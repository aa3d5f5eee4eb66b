"""Summit series of the lexicon (ziyarat/lexicons/summits.yaml, tasks/extract/visits/summits.py): the GCC
leaders' consultative summit is a summit the article names, so a bare "القمة" (the summit) after it is that
summit, no meeting of the leaders named around it. Invented sentences, the real lexicon."""
import datetime as dt

import polars as pl

from tasks.extract import extract

PUB = dt.date(2015, 5, 5)


def _out(text):
    return extract(pl.DataFrame({"article_id": ["a"], "text": [text], "published_date": [PUB]}))


def _reported(out):
    return sorted((r["visitor"], r["host"]) for r in out["visit_mentions"].to_dicts() if r["kind"] == "reported")


def test_the_bare_summit_after_the_gcc_consultative_summit_is_no_meeting_of_two_leaders():
    """"The king opened the consultative summit of the GCC leaders in Riyadh. He began his opening speech to the
    summit by recalling the late King Abdullah, then welcomed the Emir of Kuwait": no pair."""
    text = ("أعلن الملك سلمان بن عبدالعزيز اليوم انطلاق القمة التشاورية لقادة دول مجلس التعاون في الرياض. "
            "وبدأ الملك سلمان كلمته الافتتاحية للقمة بتذكر الملك الراحل عبدالله بن عبدالعزيز، ثم رحب "
            "بأمير الكويت الشيخ صباح الأحمد الجابر الصباح.")
    out = _out(text)
    assert _reported(out) == []
    assert "GCC consultative summit" in set(out["summit_mentions"]["name"].to_list())


def test_a_summit_of_two_leaders_in_an_article_naming_no_series_stays_their_meeting():
    """Negative: with no series named, "القمة" between two leaders is their meeting."""
    text = ("عقد الملك سلمان بن عبدالعزيز وأمير الكويت الشيخ صباح الأحمد الجابر الصباح اليوم في الرياض "
            "قمة ثنائية بحثا فيها العلاقات.")
    assert _reported(_out(text)) == [("Sabah Al-Ahmad Al-Jaber Al-Sabah", "Salman bin Abdulaziz")]


def _met(text, published):
    """(visitor, host, city) of the reported rows of an article published that day."""
    out = extract(pl.DataFrame({"article_id": ["a"], "text": [text], "published_date": [published]}))
    return sorted((r["visitor"], r["host"], r["city"]) for r in out["visit_mentions"].to_dicts()
                  if r["kind"] == "reported")


AMERICAS = ("اجتمع الرئيس المكسيكي إنريكي بينيا نييتو برئيس الوزراء الكندي جاستن ترودو على هامش قمة "
            "الأمريكيتين. وتستعد المكسيك لانتخابات في يوليو، وتأمل المكسيك في اتفاق تجاري قبلها.")


def test_a_meeting_on_the_sidelines_of_the_summit_of_the_americas_in_2018_is_in_lima():
    """"Peña Nieto met Trudeau on the sidelines of the Summit of the Americas" (2018, no city named):
    the text's order, in Lima (the 2018 edition), no city from the article's mentions of Mexico."""
    assert _met(AMERICAS, dt.date(2018, 4, 15)) == [("Enrique Pena Nieto", "Justin Trudeau", "Lima")]


def test_the_summit_of_the_americas_of_a_year_with_no_edition_has_no_city():
    """Negative: the same sentence in 2017 (no summit that year): no city."""
    assert _met(AMERICAS, dt.date(2017, 4, 15)) == [("Enrique Pena Nieto", "Justin Trudeau", None)]


def test_an_undated_summit_named_with_no_city_takes_its_editions_city():
    """"Mansour met Jonathan on the sidelines of the African-Arab summit" (Nov 2013: Kuwait), and the
    FOCAC summit of 2018 (Beijing)."""
    africa_arab = ("التقى الرئيس المصري المؤقت عدلي منصور الرئيس النيجيري جودلاك جوناثان على هامش القمة "
                   "الأفريقية العربية. وتحدث مسؤول في مصر عن التعاون.")
    assert _met(africa_arab, dt.date(2013, 11, 20)) == [("Adly Mansour", "Goodluck Jonathan", "Kuwait City")]
    focac = ("التقى الرئيس المصري عبد الفتاح السيسي رئيس جنوب أفريقيا سيريل رامافوزا على هامش قمة منتدى "
             "التعاون الصيني الأفريقي.")
    assert _met(focac, dt.date(2018, 9, 4)) == [("Abdel Fattah el-Sisi", "Cyril Ramaphosa", "Beijing")]


def test_a_summit_name_inside_another_summits_name_is_the_longer_ones():
    """"القمة الأفريقية الفرنسية" (the Africa-France summit, Paris in Dec 2013) holds "القمة الأفريقية"
    (the African Union summit, Addis Ababa in 2013): the meeting is in Paris, not Addis Ababa."""
    text = ("التقى الرئيس المصري المؤقت عدلي منصور الرئيس النيجيري جودلاك جوناثان على هامش القمة "
            "الأفريقية الفرنسية. وتحدث مسؤول في مصر عن التعاون.")
    assert _met(text, dt.date(2013, 12, 7)) == [("Adly Mansour", "Goodluck Jonathan", "Paris")]
    au = text.replace("القمة الأفريقية الفرنسية", "قمة الاتحاد الأفريقي").replace("المؤقت عدلي منصور", "محمد مرسي")
    assert _met(au, dt.date(2013, 5, 26)) == [("Mohamed Morsi", "Goodluck Jonathan", "Addis Ababa")]


ARAB_2017 = ("عقد الرئيس عبد الفتاح السيسي قمة ثنائية مع العاهل السعودي الملك سلمان بن عبدالعزيز على هامش القمة "
             "العربية{}. وتحدث مسؤول في مصر عن العلاقات.")


def test_the_arab_summit_of_2017_met_at_the_dead_sea():
    """"Sisi held a bilateral summit with King Salman on the sidelines of the Arab summit" (March 2017): at the Dead
    Sea, told ("المنعقدة بالبحر الميت", held at the Dead Sea) or not (the 2017 edition)."""
    for where in ("", " المنعقدة بالبحر الميت"):
        assert _met(ARAB_2017.format(where), dt.date(2017, 3, 29)) == [
            ("Abdel Fattah el-Sisi", "Salman bin Abdulaziz", "Dead Sea")]


def test_the_arab_summit_of_a_year_with_no_edition_has_no_city():
    """Negative: the same sentence in 2019 (no edition listed): no city."""
    assert _met(ARAB_2017.format(""), dt.date(2019, 3, 31)) == [("Abdel Fattah el-Sisi", "Salman bin Abdulaziz", None)]
