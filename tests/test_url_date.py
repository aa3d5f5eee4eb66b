"""tasks/url_date.py and its use by tasks.clean: an article with no date in its metadata or
its text is dated by the day its web address files it under (published_date_origin = url),
and that day then anchors its "اليوم" and weekdays and resolves its titles as metadata would.
Invented addresses and Arabic articles (other leaders, countries and years than the pointers')."""
from __future__ import annotations

import datetime as dt

import polars as pl

from tasks.clean import clean
from tasks.ingest import DOC_SCHEMA
from tasks.url_date import url_date
from ziyarat.settings import Settings


def test_a_day_in_the_path_is_the_publication_day():
    assert url_date("https://www.example.com/ar/politics/2016/02/02/macri-brasilia.html") == dt.date(2016, 2, 2)
    assert url_date("http://news.example.org/world/2019/7/4/") == dt.date(2019, 7, 4)
    assert url_date("https://example.net/ar/20180112-كورتس-ميركل-برلين") == dt.date(2018, 1, 12)
    assert url_date("https://example.net/news/2014-03-04-kenyatta-kampala") == dt.date(2014, 3, 4)
    # Arabic slugs come percent-encoded from a crawler: the day is read all the same
    assert url_date("https://example.net/ar/20180829-%D8%A3%D9%83%D9%88%D9%81%D9%88") == dt.date(2018, 8, 29)


def test_no_day_from_a_month_a_number_or_outside_the_path():
    assert url_date("https://www.example.com/ar/2016/02/") is None  # a month's archive, no day
    assert url_date("https://www.example.com/middle-east/1165292-slug") is None  # an article number
    assert url_date("https://www.example.com/ar/20181399-slug") is None  # 8 digits that are no day
    assert url_date("https://www.example.com/ar/120180112-slug") is None  # nor the tail of a longer number
    assert url_date("https://www.example.com/story?date=2016/02/02/") is None  # the query is not the path
    assert url_date("https://20160202.example.com/story") is None  # nor the host
    assert url_date("urn:collection:JA-localNews-1236-20170214") is None  # an id, not a page's address
    assert url_date("/data/2016/02/02/article.txt") is None  # a file path names the file, not the article
    assert url_date(None) is None and url_date("") is None
    assert url_date("http://[bad/2018/03/06/x") is None  # a malformed address (unclosed IPv6 bracket) does not raise


def _docs(rows: list[dict]) -> pl.DataFrame:
    """A docs frame as ingest makes it, from raw_text, url and published_at."""
    return pl.DataFrame([{"source_file": f"d{i}.json", "raw_text": r["raw_text"], "title": None, "url": r.get("url"),
                          "source": None, "author": None, "published_at": r.get("published_at"),
                          "bytes_sha256": "0" * 64, "n_bytes": 1, "input_format": "jsonl",
                          "meta_origin": "metadata" if r.get("published_at") else None, "encoding": "utf-8"}
                         for i, r in enumerate(rows)], schema=DOC_SCHEMA)


def _dated(rows: list[dict]) -> list[tuple]:
    articles, _ = clean(_docs(rows), Settings())
    return list(zip(articles.sort("source_file")["published_date"], articles.sort("source_file")["published_date_origin"]))


BODY = "استقبل رئيس الوزراء الماليزي نجيب عبد الرزاق اليوم في كوالالمبور رئيسة وزراء تايلاند ينغلاك شيناواترا."


def test_clean_dates_by_the_url_only_when_the_metadata_and_the_text_have_none():
    url = "https://www.example.com/ar/asia/2013/05/07/najib-yingluck.html"
    got = _dated([
        {"raw_text": BODY, "url": url},
        {"raw_text": BODY, "url": url, "published_at": "2013-05-08"},  # metadata first
        {"raw_text": "الثلاثاء 2013/05/07\n" + BODY, "url": "https://www.example.com/ar/2013/05/09/x"},  # dateline first
        {"raw_text": BODY, "url": "https://www.example.com/ar/asia/558812-najib"},  # no day in it
        {"raw_text": BODY, "url": "http://[broken/2013/05/07/x"},  # hostile input: no day, and clean goes on
    ])
    assert got == [(dt.date(2013, 5, 7), "url"), (dt.date(2013, 5, 8), "metadata"), (dt.date(2013, 5, 7), "text"),
                   (None, "none"), (None, "none")]


def _visits(text: str, url: str) -> list[tuple]:
    """clean then the whole extract step, as the pipeline runs them, on one record with no date."""
    from tasks.extract import extract_article
    articles, _ = clean(_docs([{"raw_text": text, "url": url}]), Settings())
    out = {k: [] for k in ("mentions", "visit_mentions", "summit_mentions", "article_topics", "quotes")}
    extract_article("a", articles["text"][0], articles["published_date"][0], out)
    return [(v["kind"], v["visitor"], v["host"], v["date"]) for v in out["visit_mentions"]]


def test_an_undated_article_with_a_dated_address_reads_its_host_by_office_on_that_day():
    # "رئيسة الوزراء البريطانية" (the British prime minister, a woman) with no name: undated
    # she is nobody (May, or an earlier or later one); filed on 29 August 2018 she is Theresa May
    text = ("وصل الرئيس الغاني نانا أكوفو أدو إلى لندن اليوم الأربعاء في زيارة رسمية، "
            "واجتمع مع رئيسة الوزراء البريطانية في مقر الحكومة.")
    assert _visits(text, "https://www.example.com/africa/2018/08/29/akufo-addo-london") == [
        ("reported", "Nana Akufo-Addo", "Theresa May", dt.date(2018, 8, 29))]
    # near miss: the same page at an address with no day stays as undated articles are read
    assert _visits(text, "https://www.example.com/africa/558812-akufo-addo-london") == []


def test_an_undated_article_with_a_dated_address_gets_the_holder_of_that_day():
    # "الرئيس البرازيلي" with no name: Rousseff on 2 February 2016, not her successor Temer
    # (whom the undated article, over Macri's whole term, takes as the longest holder)
    text = "التقى الرئيس الأرجنتيني ماوريسيو ماكري اليوم الثلاثاء في برازيليا الرئيس البرازيلي، في أول زيارة له إلى الخارج."
    assert _visits(text, "https://www.example.com/ar/20160202-macri-brasilia") == [
        ("reported", "Mauricio Macri", "Dilma Rousseff", dt.date(2016, 2, 2))]
    # near miss: an id, not an address, gives no day (the row stays undated, its host not Rousseff)
    undated = _visits(text, "urn:collection:AR-2016-02-02")
    assert [(r[1], r[3]) for r in undated] == [("Mauricio Macri", None)] and undated[0][2] != "Dilma Rousseff"


def test_an_undated_article_with_a_dated_address_names_a_chancellor_of_that_day():
    # "المستشار النمساوي" (the Austrian chancellor) in January 2018 is Sebastian Kurz
    text = "يجري المستشار النمساوي محادثات اليوم الجمعة في برلين مع المستشارة الألمانية أنجيلا ميركل."
    assert _visits(text, "http://www.example.com/de/2018/01/12/") == [
        ("reported", "Sebastian Kurz", "Angela Merkel", dt.date(2018, 1, 12))]
    # near miss: a month's archive address gives no day, so no chancellor
    assert _visits(text, "http://www.example.com/de/2018/01/") == []
