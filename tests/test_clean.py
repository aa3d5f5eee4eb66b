"""Clean: chrome stripping (seeds and SaudiNewsNet), display form, dates, titles,
quarantine, ids and exact / near duplicates."""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
import zipfile
from pathlib import Path

import numpy as np
import polars as pl
import pytest
from hypothesis import given, settings as hsettings, strategies as st

from ziyarat.arabic import arabic_ratio_expr, fold_series, normalize_display_reference
from ziyarat.arabic import normalize_display as display_form
import tasks.duplicates as duplicates_module
from tasks.clean import (
    SPLIT_WHITESPACE,
    _line_key,
    _line_keys,
    clean,
    clean_text,
    clean_texts,
    guess_title,
    header_date,
    load_boilerplate,
    parse_published,
    prepare,
    strip_chrome,
)
from tasks.duplicates import (_MASK32, _SHINGLE_MULTS, MIN_SHINGLES, NUM_PERM, SHINGLE, band_keys, find_duplicates,
                              minhash_signatures)
from tasks.ingest import DOC_SCHEMA, ingest
from ziyarat.arabic import EDGE_PUNCT, FOLD_TABLE, WORD_JOINERS, arabic_ratio, fold
from ziyarat.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
CORPUS = Settings().corpus("saudinewsnet")

BODY = [
    "أعلن الكرملين الخميس أن الرئيس الروسي فلاديمير بوتين أجرى لقاء مع نظيره السوري بشار الأسد في مدينة "
    "سوتشي جنوب روسيا لبحث تسوية الأزمة في سوريا وآفاق التعاون الاقتصادي بين البلدين.",
    "وقال المتحدث باسم الرئاسة الروسية إن الأسد قام بزيارة عمل إلى سوتشي، حيث أجرى مع بوتين مباحثات مفصلة "
    "حول التطورات الأخيرة في سوريا والمنطقة وملفات إعادة الإعمار وعودة اللاجئين.",
    "ويأتي اللقاء الذي لم يعلن عنه مسبقا لدواع أمنية على ما يبدو بعد يوم من انتهاء الجولة التاسعة من "
    "محادثات أستانا التي جرت تحت رعاية الدول الضامنة وهي تركيا وروسيا وإيران.",
]


def docs_frame(rows: list[dict]) -> pl.DataFrame:
    """A docs frame as ingest makes it, from a few fields per row."""
    full = []
    for i, r in enumerate(rows):
        full.append({"source_file": r.get("source_file", f"d{i}.txt"), "raw_text": r["raw_text"],
                     "title": r.get("title"), "url": None, "source": r.get("source"), "author": None,
                     "published_at": r.get("published_at"), "bytes_sha256": "0" * 64, "n_bytes": 1,
                     "input_format": "txt", "meta_origin": "metadata" if r.get("published_at") else None,
                     "encoding": "utf-8"})
    return pl.DataFrame(full, schema=DOC_SCHEMA)


S = Settings()


# ---------------------------------------------------------------- the seeds
# For each seed: sentences of the report that must survive, and chrome that must go.
SEED_CHECKS = {
    "000_e4cb65079a8bf2ce.txt": (
        ["يستقبل الرئيس الروسي فلاديمير بوتين الأربعاء رئيس النظام السوري بشار الأسد في موسكو",
         "تعزيز الدعم الإقليمي",
         "ويعود آخر لقاء بين الأسد وبوتين في موسكو إلى أيلول/سبتمبر 2021، ومذّاك لم يجر الأسد أي زيارة للعاصمة الروسية."],
        ["عذراً التعليقات مغلقة"]),
    "001_98cf9488d9f03ab7.txt": (
        ["الثلاثاء 2023/03/14",
         "وصل رئيس النظام السوري بشار الأسد مساء الثلاثاء، إلى موسكو في زيارة رسمية",
         "وجرت مراسم الاستقبال الرسمية للأسد في مطار ڤنوكوڤا الدولي في موسكو.",
         "وقال إن بوتين والأسد سيتناولا أيضاً خطوات تطبيع العلاقات بين دمشق وأنقرة، حيث تعمل روسيا كوسيط."],
        ["آخر تحديث", "21:40", "increase", "حجم الخط", "التعليقات", "تعبر عن آراء أصحابها"]),
    "002_8a3e7e0daba9592b.txt": (
        ["لبحث ملفات عسكرية وسياسية .. الأسد التقى بوتين في موسكو بزيارة غير معلنة مسبقاً",
         "التعاون العسكري والسياسي",
         "وفي مارس/آذار الماضي حاصرت قوات الأمن السوري في دمشق مكان انعقاد المؤتمر التأسيسي",
         "ومنذ عام 2019 عقدت “اللجنة الدستورية السورية” التي شكلتها الأمم المتحدة",
         "التعاون الاقتصادي",
         "ويشهد الاقتصاد السوري تدهوراً، ما أثر على الواقع المعيشي حيث وصلت نسبة الفقر بين السوريين الى نحو 90%، وفق تقديرات أممية."],
        ["تم النشر بواسطة", "تصريح صحفي حول منع النظام السوري", "اشترك في نشرتنا", "صندوق الوارد",
         "إلغاء الاشتراك", "قد يعجبك", "ملفات تعريف الارتباط", "قبول قراءة المزيد"]),
    "003_fb02ca414c7ccfc7.txt": (
        ["بينما يسعى الأسد للحصول على مساعدة روسيا في التعامل مع أردوغان، يستعرض بوتن عضلاته الدبلوماسية",
         "أجرى الرئيس السوري بشار الأسد، الأربعاء، محادثات مع فلاديمير بوتين",
         "“في نهاية المطاف، تريد روسيا وإيران إعادة تأكيد السيطرة الإقليمية الكاملة على سوريا",
         "فقد ذكرت صحيفة فاينانشال تايمز هذا الأسبوع أن ثماني عواصم أوروبية دعت الاتحاد الأوروبي إلى “مراجعة وتقييم” نهجه في التعامل مع سوريا."],
        ["Connect with us", "Hi, what are you looking for?", "اخر الاخبار", "اضف تعليقك", "اترك تعليقك",
         "لن يتم نشر عنوان بريدك", "مقالات ذات صلة", "مركز الفرز", "بورصة نيويورك", "راني موخرجي",
         "نتنياهو الأحد", "الحافلات الكهربائية", "أنجيلا راينر", "جميرا جولف", "Holy Family",
         "\nدولي\n", "\nرياضة\n"]),
    "004_4a8ecf2fbf830e32.txt": (
        ["الأسد يلتقي بوتين في سوتشي في زيارة غير معلنة",
         "روسيا تحرص على توفير غطاء سياسي وعسكري للنظام السوري",
         "صفقة صواريخ اس 300 الروسية في محادثات الأسد وبوتين",
         "موسكو - أعلن الكرملين الخميس أن الرئيس الروسي فلاديمير بوتين أجرى لقاء مع نظيره السوري بشار الأسد",
         "وليس واضحا ما اذا كان الأسد سيبحث مع نظيره الروسي صفقة صواريخ اس 300"],
        []),
}


@pytest.fixture(scope="module")
def seed_articles():
    settings = Settings(input_dir=SEEDS)
    docs, quarantine = ingest(settings)
    assert quarantine.height == 0
    articles, rejected = clean(docs, settings)
    assert rejected.height == 0
    return {r["source_file"]: r for r in articles.iter_rows(named=True)}


@pytest.mark.parametrize("name", sorted(SEED_CHECKS))
def test_seed_body_survives_and_chrome_goes(seed_articles, name):
    text = "\n" + seed_articles[name]["text"] + "\n"
    keep, gone = SEED_CHECKS[name]
    for sentence in keep:
        assert sentence in text, sentence
    for chrome in gone:
        assert chrome not in text, chrome
    # every long line of the file that is not chrome is in the text, word for word
    raw = (SEEDS / name).read_text(encoding="utf-8")
    lines = set(seed_articles[name]["text"].split("\n"))
    for line in raw.split("\n"):
        line = " ".join(line.split())
        if len(line) > 60 and not any(c.strip() in line for c in gone):
            assert line in lines, line


def test_seed_fields(seed_articles):
    a = seed_articles["001_98cf9488d9f03ab7.txt"]
    assert a["published_date"] == dt.date(2023, 3, 14) and a["published_date_origin"] == "metadata"
    assert a["title"] == "الأسد في موسكو..للبحث بتطوير آفاق التعاون الثنائي"
    assert a["text"].count("الأسد في موسكو..للبحث") == 1  # the repeated title line went
    assert a["text"].count("الثلاثاء 2023/03/14") == 1
    assert seed_articles["000_e4cb65079a8bf2ce.txt"]["title"] is None  # its first line is a sentence
    for a in seed_articles.values():
        assert a["language"] == "ar" and a["duplicate_of"] is None
        assert a["n_chars"] == len(a["text"])
        assert a["article_id"] == hashlib.sha256(fold(a["text"]).encode()).hexdigest()[:16]
    # seed 004 has no chrome at all: the text is the file's lines, blank lines dropped
    raw = (SEEDS / "004_4a8ecf2fbf830e32.txt").read_text(encoding="utf-8")
    assert seed_articles["004_4a8ecf2fbf830e32.txt"]["text"] == "\n".join(l.strip() for l in raw.split("\n") if l.strip())


# ---------------------------------------------------------------- chrome rules
def test_related_articles_at_the_tail_are_cut():
    text = "\n".join(BODY + ["مقالات ذات صلة", "دولي",
                             "يتابع المسؤولون آخر الأخبار على شاشة التلفزيون في مركز الفرز بينما تستمر عملية...",
                             "اقتصاد", "ستواجه موجة ارتفاعات حادة في الأسهم الأميركية مجموعة من البيانات..."])
    assert strip_chrome(text) == "\n".join(BODY)


def test_a_related_heading_high_up_drops_only_itself():
    text = "\n".join(["اقرأ أيضا", BODY[0], "آخر الأخبار", BODY[1], BODY[2]])
    assert strip_chrome(text) == "\n".join(BODY)
    # "read also" mid-article, with the article going on after it
    text = "\n".join([BODY[0], BODY[1], "اقرأ أيضاً:", BODY[2]])
    assert strip_chrome(text) == "\n".join(BODY)


def test_readers_comments_are_cut_even_when_long():
    comment = "تعليق طويل من أحد القراء يعبر فيه عن رأيه في الزيارة ويطيل الكلام في تفاصيل كثيرة " * 3
    text = "\n".join(BODY + ["التعليقات", comment.strip()])
    assert strip_chrome(text) == "\n".join(BODY)


def test_social_embed_and_its_cut_off_text_go():
    text = "\n".join([BODY[0], "تصريح صحفي حول منع النظام السوري عقد مؤتمر جود في دمشق منع النظام…",
                      "تم النشر بواسطة هيئة التنسيق الوطنية في سوريا في السبت، ٢٧ مارس ٢٠٢١", BODY[1]])
    assert strip_chrome(text) == "\n".join(BODY[:2])
    # a body line before the attribution that is not cut off stays
    text = "\n".join([BODY[0], "تم النشر بواسطة صفحة الوزارة في الأحد، ٢٨ مارس ٢٠٢١", BODY[1]])
    assert strip_chrome(text) == "\n".join(BODY[:2])


@pytest.mark.parametrize("line", [
    "Connect with us", "Hi, what are you looking for?", "Next Previous", "88591 - Stc", "***", "// انتهى //",
    "آخر تحديث: 21:40 (بيروت)", "increase حجم الخط decrease", "أضف تعليقك", "اضف تعليقك", "اترك تعليقاً",
    "عذراً التعليقات مغلقة", "التعليقات مغلقة.", "Comments are closed.",
    "لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *",
    "يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك. قبول قراءة المزيد",
    "اشترك في نشرتنا الإخبارية", "اشترك هنا للحصول على آخر الأخبار والتحديثات والعروض الخاصة",
    "قد يعجبك ايضا", "شارك عبر: فيسبوك | تويتر | واتساب", "الرئيسية » أخبار » سياسة",
    "أخبار | رياضة | اقتصاد | ثقافة", "جميع الحقوق محفوظة © 2024", "(تصوير: علي الزهراني)",
    "للتواصل مع الكاتب ارسل رسالة SMS", "تبدأ بالرمز (100) ثم مسافة ثم نص الرسالة إلى", "...المزيد",
])
def test_chrome_lines_go(line):
    assert strip_chrome("\n".join([BODY[0], line, BODY[1], BODY[2]])) == "\n".join(BODY)


@pytest.mark.parametrize("line", [
    "التعاون الاقتصادي", "موسكو", "2015", "الثلاثاء 2023/03/14", "«تحشيد عقائدي» ضد «داعش» وإظهار لصوت «القاعدة»",
    "المزيد من المعاناة", "عين اليوم – الرياض", "وقال: “سنواصل العمل معا”.",
    "The minister said the talks were constructive and that both sides agreed to meet again next year in Moscow.",
])
def test_short_body_lines_stay(line):
    text = "\n".join([BODY[0], line, BODY[1], BODY[2]])
    assert strip_chrome(text) == text


def test_a_line_broken_around_a_link_goes_on_its_sentence():
    """A page that breaks the line around each linked name keeps a space beside the break
    ("استقبل ⏎الملك⏎ ضيفه"): the pieces are one sentence again, a comma glued back, even
    when the linked name comes twice; a break with no space beside it, after a sentence mark
    or before a blank line stays a paragraph break."""
    text = ("استقبل رئيس البلاد \nنعمان الكبير\n، والوزير \nسالم\n ضيفه في القصر.\n"
            "وقال \nنعمان الكبير\n إن المحادثات مثمرة.\nعنوان فرعي\nنص الفقرة التالية. \n وانتهى اللقاء \n\nخاتمة")
    assert strip_chrome(text) == "\n".join([
        "استقبل رئيس البلاد نعمان الكبير، والوزير سالم ضيفه في القصر.",
        "وقال نعمان الكبير إن المحادثات مثمرة.", "عنوان فرعي", "نص الفقرة التالية.", "وانتهى اللقاء", "خاتمة"])
    # an old site's wrap with an indent inside a sentence
    assert clean_text("شارك الوفد في فعاليات\n            المؤتمر الدولي للطاقة.") == \
        "شارك الوفد في فعاليات المؤتمر الدولي للطاقة."


def test_a_hard_wrapped_paragraph_closed_by_a_lone_period_is_one_paragraph():
    """A source that hard-wraps its paragraphs leaves no space at the breaks, but pushes the
    closing period onto a line of its own: the run of lines before it is one paragraph again,
    so a meeting noun and the leaders after the break are one sentence."""
    text = ("صرح المتحدث باسم الرئاسة سليم الكعبي أن المباحثات الثنائية\n"
            "التي جرت، مساء الاثنين، بين الرئيس نعمان الكبير وضيفه الرئيس\n"
            "سالم العادل تناولت العلاقات بين البلدين\n.\n"
            "وأضاف أن الجانبين اتفقا على اللقاء مجددا.")
    assert strip_chrome(text) == "\n".join([
        "صرح المتحدث باسم الرئاسة سليم الكعبي أن المباحثات الثنائية التي جرت، مساء الاثنين، بين الرئيس "
        "نعمان الكبير وضيفه الرئيس سالم العادل تناولت العلاقات بين البلدين.",
        "وأضاف أن الجانبين اتفقا على اللقاء مجددا."])


def test_lines_before_a_lone_period_that_are_no_wrapped_paragraph_stay_apart():
    """Near-misses: a short heading before the wrapped run stays its own line; a lone period after a
    single line (its paragraph's period pushed down) changes nothing; a line ending in a sentence mark
    or a blank line ends the run; headings before a paragraph longer than a wrapped line stay apart;
    a lone period after a blank line joins nothing."""
    heading = "لقاء القمة\nاستقبل الرئيس نعمان الكبير اليوم في القصر الجمهوري ضيفه الرئيس\nسالم العادل\n.\nخاتمة"
    assert strip_chrome(heading) == "\n".join([
        "لقاء القمة", "استقبل الرئيس نعمان الكبير اليوم في القصر الجمهوري ضيفه الرئيس سالم العادل.", "خاتمة"])
    single = "عنوان الخبر بلا نقطة\nاستقبل الرئيس نعمان الكبير اليوم في القصر الجمهوري ضيفه\n.\nخاتمة"
    assert strip_chrome(single) == "\n".join([
        "عنوان الخبر بلا نقطة", "استقبل الرئيس نعمان الكبير اليوم في القصر الجمهوري ضيفه", "خاتمة"])
    ended = "وصل الرئيس نعمان الكبير إلى العاصمة في زيارة رسمية تستمر يومين.\nاستقبله الرئيس سالم العادل\n.\nخاتمة"
    assert strip_chrome(ended) == "\n".join([
        "وصل الرئيس نعمان الكبير إلى العاصمة في زيارة رسمية تستمر يومين.", "استقبله الرئيس سالم العادل", "خاتمة"])
    # headings as long as wrapped lines, then a paragraph written on one line: longer than a wrapped line
    para = "أكدت الصحف أن زيارة الرئيس نعمان الكبير إلى العاصمة فتحت صفحة جديدة في العلاقات " * 2
    headings = ("صحيفة الشروق: الزيارة تفتح صفحة جديدة في العلاقات\n"
                "صحيفة الأمل: الزيارة تمثل نقطة تحول في تاريخ البلدين\n" + para.strip() + "\n.\nخاتمة")
    assert strip_chrome(headings) == "\n".join([
        "صحيفة الشروق: الزيارة تفتح صفحة جديدة في العلاقات", "صحيفة الأمل: الزيارة تمثل نقطة تحول في تاريخ البلدين",
        para.strip(), "خاتمة"])
    blank = "استقبل الرئيس نعمان الكبير اليوم في القصر الجمهوري ضيفه الرئيس\nسالم العادل\n\n.\nخاتمة"
    assert strip_chrome(blank) == "\n".join([
        "استقبل الرئيس نعمان الكبير اليوم في القصر الجمهوري ضيفه الرئيس", "سالم العادل", "خاتمة"])


def test_prefix_and_repeats():
    text = "\n".join(["Next Previous عين اليوم – الرياض", "عنوان الخبر هنا", BODY[0], "عنوان الخبر هنا", BODY[1]])
    assert strip_chrome(text) == "\n".join(["عين اليوم – الرياض", "عنوان الخبر هنا", BODY[0], BODY[1]])


def test_whitespace_is_tidied_but_letters_are_kept():
    raw = "  \u0627\u0644\u0623\u0633\u062f\u00a0\u0641\u064a   \u0645\u0648\u0633\u0643\u0648\r\n\r\n\ufefb\u0628\u0623\u0633"
    assert clean_text(raw) == "الأسد في موسكو\nلابأس"


def test_boilerplate_refuses_unfolded_regexes(tmp_path):
    path = tmp_path / "bp.yaml"
    path.write_text("lines: []\npatterns: ['أضف تعليقك']\nembeds: []\ntail_markers: []\n", encoding="utf-8")
    with pytest.raises(ValueError, match="unfolded"):
        load_boilerplate(path)


# ---------------------------------------------------------------- display form and bulk folding
ALPHABET = st.sampled_from(list(
    "ابتثجحخدذرزسشصضطظعغفقكلمنهوي" "أإآٱىةؤئء" "\u064b\u064e\u0650\u0651\u0652\u0670\u0640"
    "٠١٢٣٤٥٦٧٨٩۱۲" "ڤکگی" "\ufefb\ufef7\ufe8d\ufeb3\ufdfc\ufdfd" "abcXYZ019 .,:؟،«»“”…"
    "\u00a0\u2009\u202f\u3000\t\r\n\x0b\x0c\x00\x1a\u200b\u200c\u200f\ufeff\u00a8\u0301\u2026\u00bd"))


@hsettings(max_examples=250, deadline=None)
@given(st.lists(ALPHABET, max_size=60).map("".join))
def test_display_form_is_normalize_display(text):
    assert display_form(text) == normalize_display_reference(text)


@hsettings(max_examples=100, deadline=None)
@given(st.lists(st.lists(ALPHABET, max_size=40).map("".join), min_size=1, max_size=5))
def test_fold_series_is_fold(texts):
    assert fold_series(pl.Series(texts, dtype=pl.Utf8)).to_list() == [fold(t) for t in texts]


@hsettings(max_examples=100, deadline=None)
@given(st.lists(st.lists(ALPHABET, max_size=40).map("".join), min_size=1, max_size=5))
def test_arabic_ratio_expr_is_arabic_ratio(texts):
    got = pl.DataFrame({"t": texts}).select(arabic_ratio_expr("t"))["t"].to_list()
    assert got == pytest.approx([arabic_ratio(t) for t in texts])


def test_fold_keeps_whitespace_apart():
    # clean_texts folds lines after collapsing their whitespace, strip_chrome's keys
    # fold them before: the same keys as long as fold maps whitespace to whitespace
    # and anything else to a non-space or nothing (but the hashtag underscore, read as a
    # space: both key paths split on whitespace again after folding).
    for k, v in FOLD_TABLE.items():
        if chr(k) in WORD_JOINERS:
            assert v == " "
        elif chr(k).isspace():
            assert v is not None and len(v) == 1 and v.isspace(), hex(k)
        else:
            assert not v or (len(v) == 1 and not v.isspace()), hex(k)


def test_split_whitespace_is_str_split_whitespace():
    # _line_keys collapses whitespace in polars: the same characters as str.split()
    chars = pl.Series([chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000])
    got = chars.filter(chars.str.contains(f"^{SPLIT_WHITESPACE}$")).to_list()
    assert got == [c for c in chars.to_list() if c.isspace()]
    assert "\x1c" in got and "\u2028" in got and "\u200b" not in got


def test_line_keys_are_line_key():
    lines = ["  أضف  تعليقك: ", "\u2028«اقرأ أيضاً»\x1c", "Next\u3000Previous ...", "", " - ", "قال \u064b  الوزير_x\x1c\x1d"]
    assert _line_keys(pl.Series(lines)).to_list() == [_line_key(x) for x in lines]
    assert _line_keys(pl.Series(lines)).to_list()[:3] == ["اضف تعليقك", "اقرا ايضا", "next previous"]


@hsettings(max_examples=200, deadline=None)
@given(st.lists(st.lists(ALPHABET, max_size=30).map("".join), max_size=6))
def test_line_keys_are_line_key_on_any_line(lines):
    assert _line_keys(pl.Series(lines, dtype=pl.Utf8)).to_list() == [_line_key(x) for x in lines]


CHROME_TEXTS = [
    "\n".join([BODY[0], "أضف تعليقك", BODY[1], "  \u064b  ", "عنوان  الخبر\u200b هنا", "عنوان الخبر هنا", BODY[2]]),
    "\n".join(["Next Previous عين اليوم – الرياض", "…المزيد", BODY[0], "مقالات ذات صلة", "دولي", "اقتصاد"]),
    "",
    "\n\n  \n",
    "ٌ \u200c",
    "\n".join([BODY[1], "التعليقات", "تعليق من أحد القراء"]),
]


def test_clean_texts_is_clean_text_one_by_one():
    assert clean_texts(CHROME_TEXTS) == [clean_text(t) for t in CHROME_TEXTS]
    # a lone mark is no text; a line equal to an earlier one once folded is a repeat
    assert clean_texts(CHROME_TEXTS)[0] == "\n".join([BODY[0], BODY[1], "عنوان الخبر\u200b هنا", BODY[2]])
    assert clean_texts([]) == []


@hsettings(max_examples=100, deadline=None)
@given(st.lists(st.lists(st.one_of(ALPHABET, st.sampled_from(["\n", "  ", "اضف تعليقك", "Comments are closed"])),
                         max_size=40).map("".join), max_size=5))
def test_clean_texts_is_clean_text_on_any_text(texts):
    assert clean_texts(texts) == [clean_text(t) for t in texts]


def minhash_reference(folded: pl.Series) -> tuple[np.ndarray, np.ndarray]:
    """minhash_signatures as first written: words by one DataFrame explode, all
    shingles in one numpy pass."""
    n = folded.len()
    sig = np.full((n, NUM_PERM), _MASK32, dtype=np.uint64)
    words = (pl.DataFrame({"t": folded}).with_row_index("doc")
             .select("doc", pl.col("t").str.split(" ").alias("w")).explode("w")
             .filter(pl.col("w").str.len_bytes() > 0))
    words = words.with_columns(pl.col("w").str.strip_chars(EDGE_PUNCT)).filter(pl.col("w").str.len_bytes() > 0)
    if words.height < SHINGLE:
        return sig, np.zeros(n, dtype=bool)
    h = words["w"].hash(seed=20150721).to_numpy()
    doc = words["doc"].to_numpy().astype(np.int64)
    m = len(h) - SHINGLE + 1
    with np.errstate(over="ignore"):
        sh = h[:m] * _SHINGLE_MULTS[0]
        for k in range(1, SHINGLE):
            sh ^= h[k:k + m] * _SHINGLE_MULTS[k]
        sh ^= sh >> np.uint64(31)
        sh *= np.uint64(0xBF58476D1CE4E5B9)
        sh ^= sh >> np.uint64(29)
    same_doc = doc[:m] == doc[SHINGLE - 1:]
    sh, sdoc = sh[same_doc], doc[:m][same_doc]
    has = np.bincount(sdoc, minlength=n) >= MIN_SHINGLES
    np.minimum.at(sig.reshape(-1), sdoc * NUM_PERM + (sh >> np.uint64(58)).astype(np.int64), sh & _MASK32)
    return sig, has  # (not densified)


WORDS = "الرئيس الروسي فلاديمير بوتين أجرى لقاء مع نظيره السوري في مدينة سوتشي جنوب روسيا لبحث تسوية الأزمة".split()


@pytest.mark.parametrize("chunk", [1, 3, 40, 1 << 19])
def test_minhash_signatures_equal_the_reference(monkeypatch, chunk):
    texts = ["", " ".join(WORDS), " ".join(WORDS[:13]), " ".join(WORDS[:14]), "، . - !", "a  b   c , d e",
             " ".join(w + "،" for w in WORDS) + " «" + " ".join(WORDS[::-1]) + "»", "", "\n".join(WORDS), "x"]
    monkeypatch.setattr(duplicates_module, "_CHUNK_WORDS", chunk)
    sig, has = minhash_signatures(pl.Series(texts, dtype=pl.Utf8))
    ref, ref_has = minhash_reference(pl.Series(texts, dtype=pl.Utf8))
    assert has.tolist() == [False, True, False, True, False, False, True, False, False, False]
    assert ref_has.tolist() == has.tolist()
    full = (ref != _MASK32).all(axis=1)  # densification only fills empty bins of texts with a signature
    assert np.array_equal(sig[full], ref[full]) and np.array_equal(sig[~has], ref[~has])
    assert (sig[has] != _MASK32).all() and sig.dtype == np.uint64 and sig.shape == (len(texts), NUM_PERM)
    # punctuation glued to words changes nothing; word order does
    assert np.array_equal(sig[1], minhash_signatures(pl.Series([" ".join(w + "،" for w in WORDS)]))[0][0])
    assert not np.array_equal(sig[1], minhash_signatures(pl.Series([" ".join(WORDS[::-1])]))[0][0])


def test_minhash_signatures_of_nothing():
    sig, has = minhash_signatures(pl.Series([], dtype=pl.Utf8))
    assert sig.shape == (0, NUM_PERM) and has.shape == (0,)
    sig, has = minhash_signatures(pl.Series(["a b", ""], dtype=pl.Utf8))
    assert (sig == _MASK32).all() and not has.any()


# ---------------------------------------------------------------- titles and dates
def test_guess_title():
    assert guess_title("الأسد يلتقي بوتين في سوتشي\n" + BODY[0]) == "الأسد يلتقي بوتين في سوتشي"
    assert guess_title("الثلاثاء 2023/03/14\nالأسد في موسكو للبحث في التعاون\n" + BODY[0]) == \
        "الأسد في موسكو للبحث في التعاون"
    assert guess_title(BODY[0] + "\n" + BODY[1]) is None
    # up to TITLE_MAX_WORDS (25) words, trailing spaces or not; one more is a paragraph
    assert guess_title(" ".join(["كلمة"] * 25) + " \n" + BODY[0]) == " ".join(["كلمة"] * 25) + " "
    assert guess_title(" ".join(["كلمة"] * 26) + "\n" + BODY[0]) is None


@pytest.mark.parametrize("value, expected", [
    ("2015-07-21", dt.date(2015, 7, 21)), ("2015-07-21 02:51:32", dt.date(2015, 7, 21)),
    ("2023-03-14T23:30:00-05:00", dt.date(2023, 3, 14)), ("2023-03-14T10:00:00Z", dt.date(2023, 3, 14)),
    ("2023/03/14", dt.date(2023, 3, 14)), ("14/03/2023", dt.date(2023, 3, 14)),
    ("٢٠٢١-٠٣-٢٧", dt.date(2021, 3, 27)), ("2023-02-30", None), ("yesterday", None), (None, None),
])
def test_parse_published(value, expected):
    assert parse_published(value) == expected


def test_header_date():
    assert header_date("الثلاثاء 2023/03/14\nالأسد في موسكو") == dt.date(2023, 3, 14)
    assert header_date("14-03-2023\nنص") == dt.date(2023, 3, 14)
    assert header_date("سطر\nسطر\nسطر\n2020/01/01") is None  # only the first lines count


def test_published_date_origins():
    docs = docs_frame([
        {"raw_text": BODY[0], "published_at": "2015-07-21 02:51:32"},
        {"raw_text": "الثلاثاء 2023/03/14\n" + BODY[1], "published_at": "not a date"},
        {"raw_text": BODY[2]},
    ])
    articles, _ = clean(docs, S)
    got = dict(zip(articles["source_file"], zip(articles["published_date"], articles["published_date_origin"])))
    assert got == {"d0.txt": (dt.date(2015, 7, 21), "metadata"), "d1.txt": (dt.date(2023, 3, 14), "text"),
                   "d2.txt": (None, "none")}


# ---------------------------------------------------------------- quarantine
def test_no_arabic_and_nothing_left_are_quarantined():
    docs = docs_frame([
        {"raw_text": "The minister visited the new school on Monday and met the teachers there. " * 3},
        {"raw_text": "Connect with us\nMenu"},
        {"raw_text": "التعليقات\nأضف تعليقك\nاشترك في نشرتنا الإخبارية"},
        {"raw_text": BODY[0] + "\nSome English chrome"},
    ])
    articles, quarantine = clean(docs, S)
    assert articles["source_file"].to_list() == ["d3.txt"]
    assert articles["text"][0] == BODY[0]
    assert dict(zip(quarantine["source_file"], quarantine["reason"])) == {
        "d0.txt": "no_arabic", "d1.txt": "no_arabic", "d2.txt": "empty"}
    assert quarantine["detail"].null_count() == 0


def test_prepare_takes_the_raw_texts_as_python_strings_alike():
    docs = docs_frame([{"raw_text": BODY[0] + "\nأضف تعليقك", "published_at": "2015-07-21"},
                       {"raw_text": "Connect with us"}, {"raw_text": "الثلاثاء 2023/03/14\n" + BODY[1]}])
    given = prepare(docs.drop("raw_text"), S, docs["raw_text"].to_list())
    assert given.equals(prepare(docs, S))
    assert given["text"].to_list()[0] == BODY[0] and given["_reason"].to_list() == [None, "no_arabic", None]


# ---------------------------------------------------------------- ids and duplicates
def test_exact_copies_point_at_the_earliest():
    text = "\n".join(BODY)
    docs = docs_frame([
        {"source_file": "a.txt", "raw_text": text, "published_at": "2020-01-02"},
        {"source_file": "b.txt", "raw_text": "Connect with us\n" + text + "\nالتعليقات", "published_at": "2020-01-01"},
        {"source_file": "c.txt", "raw_text": text, "published_at": "2020-01-01"},
    ])
    articles, _ = clean(docs, S)
    rows = {r["source_file"]: r for r in articles.iter_rows(named=True)}
    folded = fold(text)
    first = hashlib.sha256(folded.encode()).hexdigest()[:16]
    assert rows["b.txt"]["article_id"] == first and rows["b.txt"]["duplicate_of"] is None
    assert rows["c.txt"]["article_id"] == hashlib.sha256((folded + "\0c.txt").encode()).hexdigest()[:16]
    assert rows["a.txt"]["article_id"] == hashlib.sha256((folded + "\0a.txt").encode()).hexdigest()[:16]
    assert rows["c.txt"]["duplicate_of"] == first and rows["a.txt"]["duplicate_of"] == first
    assert articles["article_id"].is_unique().all()


def test_near_copies_point_at_the_original():
    original = (SEEDS / "004_4a8ecf2fbf830e32.txt").read_text(encoding="utf-8")
    words = original.split(" ")
    for i in (40, 120, 200):
        words[i] = "أيضا"
    near = "شارك الخبر\nطباعة\n" + " ".join(words) + "\nالأكثر قراءة\nتابعونا\n"
    other = (SEEDS / "000_e4cb65079a8bf2ce.txt").read_text(encoding="utf-8")
    docs = docs_frame([
        {"source_file": "copies/004 نسخة.txt", "raw_text": near, "published_at": "2018-05-17"},
        {"source_file": "004.txt", "raw_text": original, "published_at": "2018-05-17"},
        {"source_file": "000.txt", "raw_text": other, "published_at": "2018-05-17"},
    ])
    articles, _ = clean(docs, S)
    rows = {r["source_file"]: r for r in articles.iter_rows(named=True)}
    assert rows["copies/004 نسخة.txt"]["duplicate_of"] == rows["004.txt"]["article_id"]
    assert "شارك الخبر" not in rows["copies/004 نسخة.txt"]["text"]
    assert rows["004.txt"]["duplicate_of"] is None and rows["000.txt"]["duplicate_of"] is None
    assert rows["copies/004 نسخة.txt"]["article_id"] != rows["004.txt"]["article_id"]


def test_find_duplicates_chains_exact_copies_of_a_near_copy_to_the_original():
    """Signatures built by hand (64 values): b is a near copy of a (60 of 64 equal),
    c an exact copy of b, d unrelated; visited d, a, b, c. c points at a (through b),
    and an exact copy visited before its original's near match is found still ends
    at the original."""
    base = np.arange(1, NUM_PERM + 1, dtype=np.uint64) * np.uint64(7919)
    near = base.copy()
    near[:4] += np.uint64(1)
    other = base + np.uint64(10**6)
    sigs = np.stack([base, near, near, other])
    has = np.ones(4, dtype=bool)
    keys = ["ka", "kb", "kb", "kd"]
    bands = band_keys(sigs)
    dup_of, exact = find_duplicates(keys, [3, 0, 1, 2], bands, has, sigs.__getitem__)
    assert dup_of == [None, 0, 0, None] and exact == [False, False, True, False]
    # c before b in the order: c is the original of key "kb" and the near copy of a
    dup_of, exact = find_duplicates(keys, [0, 2, 1, 3], bands, has, sigs.__getitem__)
    assert dup_of == [None, 0, 0, None] and exact == [False, True, False, False]
    assert find_duplicates([], [], np.zeros((0, 12), dtype=np.uint64), np.zeros(0, dtype=bool),
                           sigs.__getitem__) == ([], [])


def test_clean_is_deterministic_whatever_the_input_order():
    texts = [(SEEDS / n).read_text(encoding="utf-8") for n in sorted(SEED_CHECKS)]
    rows = [{"source_file": f"f{i}.txt", "raw_text": t, "published_at": "2020-01-01"} for i, t in enumerate(texts)]
    rows += [{"source_file": "g.txt", "raw_text": texts[2], "published_at": "2020-01-01"}]
    a, _ = clean(docs_frame(rows), S)
    b, _ = clean(docs_frame(rows[::-1]), S)
    assert a.equals(b)
    assert a.filter(pl.col("source_file") == "g.txt")["duplicate_of"][0] == \
        a.filter(pl.col("source_file") == "f2.txt")["article_id"][0]


# ---------------------------------------------------------------- a real corpus
@pytest.fixture(scope="module")
def saudinewsnet_sample():
    zips = sorted(CORPUS.glob("*.zip"))
    if not zips:
        pytest.skip("SaudiNewsNet corpus not available")
    with zipfile.ZipFile(zips[0]) as zf:
        records = json.loads(zf.read(zf.namelist()[0]))
    random.Random(7).shuffle(records)
    return [r for r in records if r["content"].strip()][:300]


def test_saudinewsnet_body_paragraphs_survive(saudinewsnet_sample):
    """Cleaning keeps >= 95% of the characters of lines longer than 80 characters
    (the body paragraphs), and every article stays an article."""
    docs = docs_frame([{"source_file": f"r{i}", "raw_text": r["content"], "title": r["title"],
                        "published_at": r["date_extracted"]} for i, r in enumerate(saudinewsnet_sample)])
    articles, quarantine = clean(docs, S)
    assert quarantine.height == 0 and articles.height == 300
    cleaned = dict(zip(articles["source_file"], articles["text"]))
    total = kept = 0
    for i, r in enumerate(saudinewsnet_sample):
        lines = set(cleaned[f"r{i}"].split("\n"))
        for line in display_form(r["content"]).split("\n"):
            line = " ".join(line.split())
            if len(line) > 80:
                total += len(line)
                kept += len(line) * (line in lines)
    assert total > 100_000
    assert kept / total >= 0.95
    assert (articles["published_date_origin"] == "metadata").all()
    assert articles["title"].null_count() == 0


def test_no_docs_give_empty_tables():
    articles, quarantine = clean(pl.DataFrame(schema=DOC_SCHEMA), S)
    assert articles.height == 0 and quarantine.height == 0
    assert articles.columns[:11] == ["article_id", "source_file", "source", "url", "title", "language",
                                     "published_date", "published_date_origin", "text", "n_chars", "duplicate_of"]


def test_header_date_is_a_dateline_not_a_banner_or_an_event():
    # a dateline at the head of the lead line, in either calendar form
    assert header_date("دمشق - 3 تشرين الأول 2015 - أعلن وزير المالية زيادة الرواتب") == dt.date(2015, 10, 3)
    assert header_date("عنوان الخبر هنا\nالأحد 1436/12/20") is None  # a Hijri year needs its month name
    assert header_date("عنوان الخبر هنا\nالسبت 20 ذو الحجة 1436 هـ") == dt.date(2015, 10, 3)
    # a "today is" banner, the site's clock and a copyright line are not the article's date
    assert header_date("اليوم هو الخميس 3 ديسمبر 2026\nعنوان\nنص") is None
    assert header_date("الساعة الآن 10:45 - 03/12/2026\nعنوان") is None
    assert header_date("جميع الحقوق محفوظة © 12/05/2019\nعنوان") is None
    # a date deep inside the lead sentence is the event's, not the dateline
    assert header_date("أعلنت الحكومة في بيان رسمي صدر عنها مساء أمس أن الاتفاق سيوقع في 12 أيار 2019 في العاصمة") is None
    # the banner is skipped, the dateline below it still counts
    assert header_date("اليوم هو الخميس 3 ديسمبر 2026\nبغداد، 14-03-2023\nنص") == dt.date(2023, 3, 14)
