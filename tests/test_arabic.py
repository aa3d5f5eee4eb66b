"""ziyarat.arabic: the vectorised Arabic share (arabic_ratios) against the polars
expression it replaces."""
from __future__ import annotations

import random

import numpy as np
import polars as pl
import pytest

from ziyarat import arabic
from ziyarat.arabic import arabic_ratio_expr, arabic_ratios


def expr_ratios(texts: list[str]) -> np.ndarray:
    return pl.DataFrame({"t": texts}, schema={"t": pl.Utf8}).select(arabic_ratio_expr("t"))["t"].to_numpy()


def test_arabic_ratios_values():
    texts = ["", "abc", "ابت", "ab ابت", "😀 ب", "𝐀ب", "اٰ", "ٰ", "123 !", "\ufefb x", "سلام 𝐀𝐁 hi 😀"]
    # 𝐀 (U+1D400, astral) is a letter, 😀 is not; superscript alef U+0670 is in
    # ARABIC_LETTER_RE but not a letter (so "اٰ" is 2.0, as the expression says);
    # the presentation form U+FEFB is a letter outside it.
    want = [0.0, 0.0, 1.0, 0.6, 1.0, 0.5, 2.0, 0.0, 0.0, 0.0, 0.5]
    got = arabic_ratios(texts)
    assert got.dtype == np.float64 and got.tolist() == want
    assert expr_ratios(texts).tolist() == want
    assert arabic_ratios([]).tolist() == []


def test_arabic_ratios_equal_the_expression_bit_for_bit(monkeypatch):
    rnd = random.Random(7)
    pool = list("ابتةىأءؤ\u064b\u0670\u0640ڤکیabcXYZ019 .,؟\n\u00a0ﻻ") + ["😀", "𝐀", "\U00020000", "\U0001e900", "ß", "ж"]
    texts = ["".join(rnd.choice(pool) for _ in range(rnd.randint(0, 25))) for _ in range(400)]
    texts[3:6] = ["", "", ""]
    texts[-1] = ""
    want = expr_ratios(texts)
    for chunk in (1, 7, 1 << 18):  # texts one by one, a few per pass, all at once
        monkeypatch.setattr(arabic, "_RATIO_CHUNK_CHARS", chunk)
        got = arabic_ratios(texts)
        assert np.array_equal(got.view(np.uint64), want.view(np.uint64))


def test_arabic_ratio_weights_cover_every_code_point():
    # every Unicode scalar value alone (astral ones included), against the expression
    codes = [c for c in range(0, 0x110000, 7) if not 0xD800 <= c < 0xE000]
    texts = [chr(c) for c in codes] + ["\u0670", "\u06d3", "\u06d4", "\u066e", "\u0621"]
    assert np.array_equal(arabic_ratios(texts), expr_ratios(texts))
    assert arabic_ratios(["\u0621", "\u06d4", "\U0001d400"]).tolist() == [1.0, 0.0, 0.0]


@pytest.mark.parametrize("text", ["", "ب", "😀", "a😀ب"])
def test_arabic_ratios_agree_with_arabic_ratio_on_plain_text(text):
    assert arabic_ratios([text]).tolist() == [arabic.arabic_ratio(text)]


def test_diacritics_are_camel_tools_own_set():
    from camel_tools.utils.charsets import AR_DIAC_CHARSET

    assert frozenset(arabic.AR_DIACRITICS) == AR_DIAC_CHARSET
    assert arabic.fold("مُحَمَّدٌ") == "محمد" == arabic.fold_reference("مُحَمَّدٌ")


def test_the_fast_path_does_not_import_camel_tools():
    """Pool workers import the stage modules; camel-tools' charsets module costs
    0.43 s at import, so only the reference paths may load it."""
    import subprocess
    import sys

    code = ("import sys, tasks.extract, tasks.clean, ziyarat.arabic as a; "
            "a.normalize_display('x\\ty \\ufefb\\r\\nz'); a.fold_with_map('أَحمد'); "
            "print(any(m.startswith('camel_tools') for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


@pytest.mark.parametrize("text", [
    "سطر\tبعلامة جدولة\r\nوسطر ثان\rوثالث",  # tab, CRLF and a lone CR
    "بسم الله \ufdfd في أول النص",  # the basmala ligature camel-tools expands itself
    "صلى الله عليه وسلم \ufdfa و\ufdfc ريال",
    "\ufefb\ufef7 حروف بأشكال العرض\u00a0ومسافة غير فاصلة",
    "تحكم\x07 و\x1b غير مرئي\u200f",
])
def test_normalize_display_equals_the_camel_tools_reference(text):
    assert arabic.normalize_display(text) == arabic.normalize_display_reference(text)


def test_a_hashtag_underscore_folds_to_a_space_for_matching_only():
    """#دونالد_ترامب names Trump: matching reads the underscore as a space, the
    display text keeps it, and the offsets still point at the written name."""
    from tasks.extract.entities import find_mentions
    from ziyarat.arabic import fold, fold_reference, fold_with_map, normalize_display

    text = "التقى #فلاديمير_بوتين مع #دونالد_ترامب في هلسنكي"
    assert fold(text) == fold_reference(text) == "التقي #فلاديمير بوتين مع #دونالد ترامب في هلسنكي"
    assert normalize_display(text) == text
    found = [(m.name_en, text[m.start:m.end]) for m in find_mentions(text, fold_with_map(text), None)
             if m.entity_type == "person"]
    assert found == [("Vladimir Putin", "فلاديمير_بوتين"), ("Donald Trump", "دونالد_ترامب")]


@pytest.mark.parametrize("text", [
    "\u0623\u064e\u062d\u0645\u062f \u0648\u0627\u0644\u0631\u0626\u064a\u0633",  # أَحمد والرئيس: the 16-bit path
    "a\uffffb\u064e",  # U+FFFF, which marks a deleted character on the 16-bit path
    "x\U0001F600\u064ey \u0649",  # an astral character (emoji): the 32-bit path
    "\ud800\u064e\udc00",  # lone surrogates that the deleted fatha brings together
])
def test_fold_with_map_is_fold_with_the_positions_kept(text):
    f = arabic.fold_with_map(text)
    assert f.text == arabic.fold(text)
    kept = [i for i, c in enumerate(text) if c not in arabic.DELETED]
    assert (list(range(len(text))) if f.index is None else f.index.tolist()) == kept
    assert f.original_length == len(text)


def test_a_full_stop_glued_to_the_next_arabic_word_ends_the_sentence():
    """A lost space after a full stop ("الأخيرة.وكان") still ends the sentence; an
    initial ("د.محمد", Dr. Mohamed) and a decimal point ("3.5") do not."""
    def parts(text):
        return [text[s:e] for s, e in arabic.sentence_spans(text)]
    assert parts("تأجلت الزيارة في الآونة الأخيرة.وكان الرئيس قد عاد اليوم.") == [
        "تأجلت الزيارة في الآونة الأخيرة.", "وكان الرئيس قد عاد اليوم."]
    assert parts("قال كذا..وأضاف كذا") == ["قال كذا..", "وأضاف كذا"]
    assert parts("استقبل د.محمد مرسي الوفد وبلغ النمو 3.5 بالمئة.") == [
        "استقبل د.محمد مرسي الوفد وبلغ النمو 3.5 بالمئة."]


def test_the_doctor_initial_with_a_space_after_it_does_not_end_the_sentence():
    """"يلتقي رئيس الجمهورية د. محمد مرسي" (the president, Dr. Mohamed Morsi, meets): the Egyptian
    press's "د." (Dr.) before a name, spaced, is no full stop; a word ending a sentence is."""
    def parts(text):
        return [text[s:e] for s, e in arabic.sentence_spans(text)]
    assert parts("يلتقي رئيس الجمهورية د. محمد مرسي الرئيس التركي اليوم. وقال المتحدث إن اللقاء مهم.") == [
        "يلتقي رئيس الجمهورية د. محمد مرسي الرئيس التركي اليوم.", "وقال المتحدث إن اللقاء مهم."]
    assert parts("د. هشام قنديل يعود اليوم. وقال الوزير إن الوفد وصل.") == [
        "د. هشام قنديل يعود اليوم.", "وقال الوزير إن الوفد وصل."]
