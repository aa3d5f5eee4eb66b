"""isolation.py: one article's extraction error costs that article's rows, not the
batch; it is recorded (id, error, innermost frame) and logged; ZIYARAT_STRICT_EXTRACT=1
(the test suite's default, tests/conftest.py) raises it instead."""
import datetime as dt
import logging

import polars as pl
import pytest
from polars.testing import assert_frame_equal

import tasks.extract as extract_module
from tasks.extract import TABLES, extract
from tasks.extract import isolation

DAY = dt.date(2023, 3, 14)
TEXTS = [
    # "Syrian President Bashar al-Assad arrived in Moscow on Tuesday on an official visit ... Putin"
    "وصل الرئيس السوري بشار الأسد الثلاثاء إلى موسكو في زيارة رسمية يلتقي خلالها الرئيس الروسي فلاديمير بوتين.",
    # "... Erdogan arrived in Tehran ... met Raisi; Erdogan said: «we discussed trade»"
    "وصل الرئيس التركي رجب طيب أردوغان الثلاثاء إلى طهران في زيارة رسمية والتقى الرئيس الإيراني إبراهيم رئيسي، "
    "وقال أردوغان: “بحثنا التجارة والطاقة”.",
    # "Egyptian President al-Sisi arrived in Riyadh ... met King Salman"
    "وصل الرئيس المصري عبد الفتاح السيسي الثلاثاء إلى الرياض في زيارة رسمية والتقى الملك سلمان بن عبد العزيز.",
]


def frame() -> pl.DataFrame:
    return pl.DataFrame({"article_id": ["a0", "a1", "a2"], "text": TEXTS, "published_date": [DAY] * 3})


def fail_a1(monkeypatch):
    """extract_article failing for a1 after it has appended all its rows, a stray
    mention and a stray quote; returns the fake (its `calls`: the ids it was given)."""
    real = extract_module.extract_article

    def failing(article_id, text, published, out, *args):
        failing.calls.append(article_id)
        real(article_id, text, published, out, *args)
        if article_id == "a1":
            out["mentions"].append(out["mentions"][-1])
            out["quotes"].append({"article_id": "a1", "speaker": "x"})
            raise StopIteration  # what a rule's bare next() let escape
    failing.calls = []
    monkeypatch.setattr(extract_module, "extract_article", failing)
    return failing


@pytest.fixture
def lenient(monkeypatch):
    """Isolation on (the suite runs strict) and a1 failing."""
    monkeypatch.delenv("ZIYARAT_STRICT_EXTRACT", raising=False)
    return fail_a1(monkeypatch)


def test_a_failing_article_loses_its_rows_and_the_others_keep_theirs_exactly(monkeypatch):
    monkeypatch.delenv("ZIYARAT_STRICT_EXTRACT", raising=False)
    whole = extract(frame())
    assert all(whole[name].filter(pl.col("article_id") == "a1").height for name in
               ("mentions", "visit_mentions", "article_topics", "quotes"))  # a1 has rows in every table it can
    failing = fail_a1(monkeypatch)
    failures = []
    out = extract(frame(), failures)
    assert failing.calls == ["a0", "a1", "a2"]
    for name in TABLES:
        assert_frame_equal(out[name], whole[name].filter(pl.col("article_id") != "a1"))
        assert "a1" not in out[name]["article_id"].to_list()
    assert out["visit_mentions"]["article_id"].to_list() == ["a0", "a2"]
    [failure] = failures
    assert failure.article_id == "a1" and failure.error == "StopIteration" and failure.message == ""
    assert failure.where.startswith("tests/extract/test_extract_isolation.py:")
    assert str(failure) == f"StopIteration at {failure.where}"


def test_an_error_in_the_first_article_keeps_the_next_ones(lenient):
    failures = []
    out = extract(frame().slice(1, 2), failures)  # a1 first
    assert out["visit_mentions"]["article_id"].to_list() == ["a2"]
    assert set(out["mentions"]["article_id"]) == {"a2"} and out["quotes"].height == 0
    assert [f.article_id for f in failures] == ["a1"]


def test_strict_raises_the_articles_error(lenient, monkeypatch):
    with pytest.raises(StopIteration):
        extract(frame(), [], strict=True)
    monkeypatch.setenv("ZIYARAT_STRICT_EXTRACT", "1")
    with pytest.raises(StopIteration):
        extract(frame(), [])


def test_without_a_list_the_failures_are_logged(lenient, caplog):
    with caplog.at_level(logging.WARNING, logger="tasks.extract"):
        out = extract(frame())
    assert out["visit_mentions"]["article_id"].to_list() == ["a0", "a2"]
    [record] = [r for r in caplog.records if "failed extraction" in r.getMessage()]
    assert record.getMessage().startswith("article a1 failed extraction and has no extracted rows: StopIteration at ")


def test_the_failure_gives_the_message_and_the_innermost_frame():
    def boom():
        [][0]
    failures = []
    out = {"mentions": [("kept",)], "quotes": []}

    def call():
        out["mentions"].append(("dropped",))
        out["quotes"].append({"q": 1})
        boom()
    assert isolation.isolated("x", call, out, failures) is False
    assert out == {"mentions": [("kept",)], "quotes": []}
    [f] = failures
    assert (f.article_id, f.error, f.message) == ("x", "IndexError", "list index out of range")
    line = boom.__code__.co_firstlineno + 1
    assert f.where == f"tests/extract/test_extract_isolation.py:{line}"
    assert isolation.isolated("y", lambda: out["quotes"].append({"q": 2}), out, failures) is True
    assert out["quotes"] == [{"q": 2}] and len(failures) == 1


def test_a_long_message_is_cut():
    failures = []
    isolation.isolated("x", lambda: (_ for _ in ()).throw(ValueError("w" * 1000)), {}, failures)
    assert len(failures[0].message) == isolation.MESSAGE_CHARS + 3 and failures[0].message.endswith("...")


def test_warn_names_each_failure_and_counts_those_not_kept():
    said = []

    class Logger:
        def warning(self, message, *args):
            said.append(message % args)
    failures = [isolation.Failure("a1", "KeyError", "'city'", "tasks/extract/x.py:3")]
    isolation.warn(Logger(), failures, failed=5)
    assert said == ["article a1 failed extraction and has no extracted rows: KeyError: 'city' at tasks/extract/x.py:3",
                    "4 more articles failed extraction (their ids are not kept)"]
