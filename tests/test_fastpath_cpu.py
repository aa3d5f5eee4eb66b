"""Session 17's per-article CPU fast paths give exactly what the straightforward paths give:

* clean: the chrome regex is skipped for a line that holds none of the literals its
  patterns need (``ziyarat.literals.LiteralGate``, asked line by line or over a batch in
  polars): the same kind for every line as the regex tried on every line;
* ``matching._name_joins`` (the join tried where str.find sees a dash or two spaces): the
  joins of the join regex tried at every position.

Checked on invented lines and texts and on a fixed sample of SaudiNewsNet (every 60th record).
"""
from __future__ import annotations

import dataclasses
import random
import re

import pytest

from tasks import clean
from tasks.linebreaks import display_lines
from tests.test_fastpath import _corpus_records
from tests.conftest import CORPUS
from ziyarat import arabic
from ziyarat.literals import LiteralGate, required_literals


@pytest.fixture(scope="module")
def sample_texts() -> list[str]:
    if not CORPUS.is_dir() or not any(CORPUS.glob("*.zip")):
        pytest.skip("SaudiNewsNet corpus not present")
    return [(r.get("title") or "") + "\n" + (r.get("content") or "") for r in _corpus_records()]


# ---------------------------------------------------------------- required literals
def test_required_literals_of_a_group_an_alternation_and_a_lookahead():
    assert required_literals(r"(اشترك|سجل) في\s*(نشرتنا|النشره).{0,200}") == {"نشرتنا", "النشره"}
    assert required_literals(r"\d{1,5} (تعليقات|comments?)") == {"تعليقات", "comment"}
    assert required_literals(r"(?=.{0,80}$)(?=.*(stc|زين)).*") == {"stc", "زين"}
    assert required_literals(r"(?:[^|>]{1,30}[|>]){2,}") == {"|", ">"}
    assert required_literals(r"/+\s*(انتهي|يتبع)\s*/+") == {"انتهي", "يتبع"}


def test_no_required_literals_when_a_match_may_hold_none():
    assert required_literals(r"\d+\s*[:-]?\s*.{0,40}") is None
    assert required_literals(r"(مقالات|\d+)") is None  # one branch needs no literal
    assert required_literals(r"(الكوكيز)?.{0,30}") is None  # optional
    assert required_literals(r"(?!الكوكيز).*") is None  # a negative look-ahead needs nothing
    assert LiteralGate.build([r"الكوكيز", r"\d+"]) is None


def test_gate_is_exact_under_ignorecase():
    """The regex under IGNORECASE takes the Kelvin sign for k, the long s for s, upper case for
    lower: such a line passes the gate (then the regex decides); a line with none of the
    literals does not."""
    patterns = [r".{0,80}(cookies|الكوكيز).{0,300}", r"(leave a (reply|comment))"]
    gate = LiteralGate.build(patterns, re.IGNORECASE)
    rx = re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)
    lines = ["يستخدم هذا الموقع الكوكيز", "we use cookies", "we use COOKIES", "we use cooſies",
             "we use coo\u212aies", "leave a reply", "LEAVE A REPLY", "leave a comment",
             "زار الرئيس الروسي القاهرة", "a cookie", "leave a", "", "ملفات"]
    for line in lines:
        assert gate.may_match(line) or rx.fullmatch(line) is None, line
    assert [gate.may_match(line) for line in lines[-5:]] == [False] * 5


# ---------------------------------------------------------------- chrome lines
def _keys(texts: list[str]) -> list[str]:
    bp = clean.load_boilerplate()
    return [clean._line_key(line) for t in texts for line in display_lines(arabic.normalize_display(t))[0]
            if len(line) <= bp.max_line_chars]


_INVENTED_LINES = [
    "يستخدم موقعنا ملفات تعريف الارتباط لتحسين تجربتك", "اشترك في نشرتنا البريدية",
    "اقرأ أيضاً: الرئيس يستقبل السفير", "الرئيسية » أخبار » سياسة", "أخبار | رياضة | اقتصاد",
    "للتواصل مع الكاتب ارسل رسالة SMS إلى 88591 - Stc", "// انتهى //", "5 تعليقات",
    "Leave a Reply", "PUBLISHED: 12:30", "COOKIES are used", "شارك عبر: فيسبوك تويتر",
    "وصل الرئيس المصري إلى الرياض في زيارة رسمية", "قال الوزير إن المحادثات كانت مثمرة",
]


def test_gated_kind_equals_the_regex_on_every_line_invented():
    bp = clean.load_boilerplate()
    assert bp.gate is not None
    plain = dataclasses.replace(bp, gate=None)
    keys = [clean._line_key(line) for line in _INVENTED_LINES]
    assert [bp.kind(k) for k in keys] == [plain.kind(k) for k in keys]
    assert sum(plain.kind(k) is not None for k in keys) >= 8  # the chrome is there to be found


def test_gated_kind_equals_the_regex_on_every_line_corpus(sample_texts):
    bp = clean.load_boilerplate()
    plain = dataclasses.replace(bp, gate=None)
    keys = _keys(sample_texts)
    gated = [bp.kind(k) for k in keys]
    assert gated == [plain.kind(k) for k in keys]
    assert sum(g is not None for g in gated) > 10
    # and the batch's answer (polars contains_any over the keys) is the gate's, line by line
    import polars as pl
    batch = pl.Series(keys, dtype=pl.Utf8).str.contains_any(bp.gate.keys).to_list()
    assert batch == [bp.gate.may_match(k) for k in keys]
    assert sum(batch) < len(batch)


def test_clean_texts_equal_clean_text_with_no_gate(sample_texts, monkeypatch):
    texts = sample_texts[:200] + _INVENTED_LINES
    gated = clean.clean_texts(texts)
    assert gated == [clean.clean_text(t) for t in texts]
    plain = dataclasses.replace(clean.load_boilerplate(), gate=None)
    monkeypatch.setattr(clean, "load_boilerplate", lambda *a: plain)
    assert clean.clean_texts(texts) == gated


# ---------------------------------------------------------------- name joins
def test_name_joins_equal_the_regex_over_the_whole_text(sample_texts):
    """matching._name_joins (the join tried only where str.find sees a dash or two spaces)
    finds what the join regex finds trying every position."""
    from ziyarat.matching import _NAME_JOIN_RE, _name_joins
    rng = random.Random(17)
    alphabet = "اب 2-\u2010\u2011\u2013 _."
    texts = ["كيم جونغ - أون", "جونغ-أون", "فاز 2 - 1", "- بوتين", "بوتين -  2", "a  b   c", "x\u2013y \u2011 z"]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40))) for _ in range(3000)]
    texts += [arabic.fold(t) for t in sample_texts]
    for t in texts:
        assert [m.span() for m in _name_joins(t)] == [m.span() for m in _NAME_JOIN_RE.finditer(t)], repr(t)
