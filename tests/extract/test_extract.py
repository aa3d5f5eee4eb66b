"""extract(): every table conformed, offsets valid, the seeds and corpus negatives."""
import datetime as dt
import glob
import json
import zipfile
from pathlib import Path

import polars as pl
import pytest

from tasks.extract import extract
from ziyarat import schemas
from ziyarat.arabic import normalize_display
from ziyarat.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
CORPUS = Settings().corpus("saudinewsnet")


def frame(texts, published):
    return pl.DataFrame({"article_id": [f"a{i}" for i in range(len(texts))], "text": texts,
                         "published_date": [published] * len(texts)})


def test_tables_conform_and_offsets_point_at_the_text():
    text = "وصل الرئيس السوري بشار الأسد الثلاثاء إلى موسكو في زيارة رسمية يلتقي خلالها الرئيس الروسي فلاديمير بوتين.\nوقال بوتين: “نرحب بالرئيس الأسد في موسكو اليوم”."
    out = extract(frame([text], dt.date(2023, 3, 14)))
    for name, df in out.items():
        assert df.columns == list(schemas.TABLES[name])
    [v] = out["visit_mentions"].filter(pl.col("kind") == "reported").to_dicts()
    assert (v["visitor"], v["host"], v["city"], v["date"]) == ("Bashar al-Assad", "Vladimir Putin", "Moscow", dt.date(2023, 3, 14))
    assert text[v["evidence_start"]:v["evidence_end"]] == v["evidence"]
    for m in out["mentions"].to_dicts():
        assert text[m["start"]:m["end"]] == m["surface"]
    [q] = out["quotes"].to_dicts()
    assert q["speaker"] == "Vladimir Putin" and text[q["start"]:q["end"]] == q["quote"]


def test_an_article_quoting_only_with_low_quote_marks_gets_its_quotes():
    """„...‟ quotes: extract and the quote finder share ziyarat.arabic.QUOTE_MARKS, so
    an article using no other mark is no longer skipped before the quote finder."""
    text = "وقال الرئيس الروسي فلاديمير بوتين: \u201eإن العلاقات بين البلدين قوية جدا\u201f."
    quotes = extract(frame([text], dt.date(2023, 3, 14)))["quotes"]
    assert quotes.select("speaker", "quote", "verb").rows() == [
        ("Vladimir Putin", "إن العلاقات بين البلدين قوية جدا", "قال")]


def test_empty_input_gives_empty_conformed_tables():
    out = extract(frame([], dt.date(2023, 3, 14)))
    assert all(df.height == 0 and df.columns == list(schemas.TABLES[n]) for n, df in out.items())


@pytest.mark.skipif(not CORPUS.exists(), reason="SaudiNewsNet corpus not present")
def test_corpus_articles_naming_putin_and_assad_report_no_meeting_of_theirs():
    texts, dates = [], []
    for z in sorted(glob.glob(str(CORPUS / "*.zip")))[:6]:
        with zipfile.ZipFile(z) as zf:
            for member in zf.namelist():
                for r in json.loads(zf.read(member)):
                    c = r.get("content") or ""
                    if "بوتين" in c and "الأسد" in c:
                        texts.append(normalize_display((r.get("title") or "") + "\n" + c))
                        dates.append(dt.date.fromisoformat(r["date_extracted"][:10]))
    assert len(texts) >= 5
    df = pl.DataFrame({"article_id": [f"n{i}" for i in range(len(texts))], "text": texts, "published_date": dates})
    vm = extract(df)["visit_mentions"].filter(pl.col("kind") == "reported")
    pair = vm.filter(pl.col("visitor").is_in(["Bashar al-Assad", "Vladimir Putin"])
                     & pl.col("host").is_in(["Bashar al-Assad", "Vladimir Putin"]))
    assert pair.height == 0


def test_undated_article_takes_its_time_from_the_text():
    # the titled name bounds the story to Morsi's term, in which one US president served
    text = "وصل الرئيس المصري محمد مرسي إلى واشنطن حيث التقى الرئيس الأمريكي في البيت الأبيض."
    out = extract(frame([text], None))
    assert [(m["entity_id"], m["resolved_by"]) for m in out["mentions"].filter(pl.col("entity_type") == "person").to_dicts()] \
        == [("mohamed_morsi", "name"), ("barack_obama", "title")]
    [v] = out["visit_mentions"].filter(pl.col("kind") == "reported").to_dicts()
    assert (v["visitor"], v["host"], v["city"]) == ("Mohamed Morsi", "Barack Obama", "Washington")
    # the unnamed host of a visited country over that term: Obama again
    text = "وصل الرئيس المصري محمد مرسي إلى واشنطن في زيارة رسمية."
    [v] = extract(frame([text], None))["visit_mentions"].filter(pl.col("kind") == "reported").to_dicts()
    assert (v["visitor"], v["host"]) == ("Mohamed Morsi", "Barack Obama")


def test_undated_article_resolves_weekdays_against_its_dateline_day():
    text = "القاهرة، 14 آذار 2013\nوصل الرئيس الإيراني محمود أحمدي نجاد إلى القاهرة الثلاثاء والتقى الرئيس المصري محمد مرسي."
    [v] = extract(frame([text], None))["visit_mentions"].filter(pl.col("kind") == "reported").to_dicts()
    assert (v["visitor"], v["host"], v["date"]) == ("Mahmoud Ahmadinejad", "Mohamed Morsi", dt.date(2013, 3, 12))


def test_undated_article_dates_before_its_period_are_earlier_meetings():
    # Trump's title dates the story to his terms: a 2015 meeting is an earlier one
    text = "قال الرئيس الأمريكي دونالد ترامب إنه التقى الرئيس الروسي فلاديمير بوتين عام 2015 في نيويورك."
    vm = extract(frame([text], None))["visit_mentions"]
    assert vm.filter(pl.col("kind") == "reported").height == 0
    assert vm.filter(pl.col("kind") == "referenced").select("visitor", "host").rows() \
        in ([("Donald Trump", "Vladimir Putin")], [("Vladimir Putin", "Donald Trump")])


def test_a_title_before_a_name_the_lexicon_lacks_gives_no_visit_of_the_office_holder():
    """"رئيس الوزراء الفلسطيني سليم الزعنون" is a man the lexicon does not know, not the
    Palestinian prime minister of the day: no visit of his; with no name after the title, one."""
    text = "استقبل الرئيس المصري عبد الفتاح السيسي اليوم في القاهرة رئيس الوزراء الفلسطيني سليم الزعنون."
    rows = extract(frame([text], dt.date(2019, 4, 4)))["visit_mentions"].to_dicts()
    assert [r for r in rows if "Rami Hamdallah" in (r["visitor"], r["host"])] == []
    bare = text.replace(" سليم الزعنون", "")
    rows = extract(frame([bare], dt.date(2019, 4, 4)))["visit_mentions"].to_dicts()
    assert [(r["visitor"], r["host"]) for r in rows] == [("Rami Hamdallah", "Abdel Fattah el-Sisi")]
