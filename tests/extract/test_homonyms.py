"""A bare surname that is also a common word or a surname many share (people.yaml after_name_variants,
tasks/extract/homonyms.after_full_name): "لي" ("to me", Lee Hsien Loong) names the leader only after his full
name earlier in the article, standing alone (no proclitic: "ولي العهد" is the crown prince), outside quoted
speech ("قال لي", he told me) and with no namesake named in full before it (Li Keqiang, Lee Kuan Yew).
Moon Jae-in's "مون" is not listed (eval/ROUNDS.md, session 35 bare35): without it his bare surname stays
nobody. Invented sentences, the real lexicon."""
import datetime as dt
from collections import defaultdict

import pytest

from tasks.extract import extract_article
from tasks.extract.entities import find_mentions
from ziyarat.arabic import fold_with_map

DAY = dt.date(2018, 5, 26)
LEE = "قال رئيس وزراء سنغافورة لي هسين لونغ إن بلاده مستعدة لاستضافة القمة. "
MOON = "قال رئيس كوريا الجنوبية مون جيه إن إن المحادثات مع الشمال تسير بشكل جيد. "


def people(text):
    return [m.entity_id for m in find_mentions(text, fold_with_map(text), DAY) if m.entity_type == "person"]


def rows(text):
    out = defaultdict(list)
    extract_article("a", text, DAY, out)
    return sorted((r["kind"], r["visitor"], r["host"], r["date"]) for r in out["visit_mentions"])


def test_the_bare_surname_names_him_after_his_full_name():
    assert people(LEE + "وأدلى لي بهذه التصريحات.") == ["lee_hsien_loong"] * 2
    assert people(LEE + "ومن المتوقع أن يلتقي ترامب لي قبل بدء القمة.") == ["lee_hsien_loong", "donald_trump",
                                                                          "lee_hsien_loong"]


def test_a_surname_not_listed_stays_nobody():
    assert people(MOON + "وقال مون إن اللقاء كان مثمرا.") == ["moon_jae_in"]


@pytest.mark.parametrize("text", [
    "وأدلى لي بهذه التصريحات. " + LEE,  # before the full name
    LEE + "وقال مسؤول: \"قال لي الرئيس إن القمة ستنجح\".",  # "told me", in quoted speech
    LEE + "واستقبل ولي العهد الوفد.",  # with a proclitic: "the crown prince"
    LEE + "والتقى رئيس الوزراء الصيني لي كه تشيانغ الوفد. وقال لي إن",  # a namesake named in full before it
    LEE + "وقال ابنه إن والده لي كوان يو بخير. وقال لي إن",
])
def test_the_bare_surname_names_nobody_here(text):
    assert people(text).count("lee_hsien_loong") == 1


def test_without_the_full_name_the_word_is_nobody():
    assert people("قال لي صديقي إن الرئيس مون سيزور المدينة.") == []


def test_lee_kuan_yews_full_name_is_his_own():
    assert people("خرج لي كوان يو من المستشفى. وقال ابنه لي هسين لونغ إن والده بخير.") == \
        ["lee_kuan_yew", "lee_hsien_loong"]


def test_a_meeting_told_with_the_bare_surname_is_found():
    text = LEE + "واستقبل لي اليوم الزعيم الكوري الشمالي كيم جونغ أون في مكتبه."
    assert rows(text) == [("reported", "Kim Jong-un", "Lee Hsien Loong", DAY)]


def test_the_crown_prince_is_no_bare_surname_of_lee():
    assert rows(LEE + "واستقبل ولي العهد اليوم الزعيم الكوري الشمالي كيم جونغ أون في مكتبه.") == []


# A bare surname two people named in full share ("كيم": Kim Jong-un, his sister Kim Yo-jong) names the one named in
# full before it while the other is not yet (homonyms.named_before); after both, or before either, nobody.
KIM_FIRST = "أشاد الزعيم الكوري الشمالي كيم جونغ أون بالمحادثات مع الجنوب. "
SISTER = "وكانت شقيقته كيم يو جونغ برفقته."


def test_a_shared_bare_surname_before_the_second_full_name_is_the_first_named():
    text = KIM_FIRST + "ووصل كيم إلى سنغافورة مساء اليوم. " + SISTER
    assert people(text) == ["kim_jong_un", "kim_jong_un", "kim_yo_jong"]
    assert rows(text) == [("reported", "Kim Jong-un", "Lee Hsien Loong", DAY)]


def test_a_shared_bare_surname_after_both_full_names_or_before_either_is_nobody():
    assert people(KIM_FIRST + SISTER + " ووصل كيم إلى سنغافورة مساء الأحد.") == ["kim_jong_un", "kim_yo_jong"]
    assert people("ووصل كيم إلى سنغافورة مساء الأحد. " + KIM_FIRST + SISTER) == ["kim_jong_un", "kim_yo_jong"]


LI = "قال رئيس الوزراء الصيني لي كه تشيانغ اليوم إن بلاده لا تسعى إلى تقسيم أوروبا. "


def test_li_keqiangs_bare_surname_names_him_after_his_full_name():
    # Li Keqiang's second mention is his bare surname, as Lee Hsien Loong's
    assert people(LI + "وأكد لي أن بلاده تدعم وحدة أوروبا.") == ["li_keqiang"] * 2


def test_a_joint_press_conference_told_with_li_keqiangs_bare_surname_is_his_meeting():
    text = LI + "وقال لي خلال مؤتمر صحافي مشترك مع رئيس وزراء بلغاريا بويكو بوريسوف في صوفيا إن التعاون مفيد."
    assert rows(text) == [("reported", "Li Keqiang", "Boyko Borisov", DAY)]


@pytest.mark.parametrize("text", [
    LI + "وقال مسؤول بلغاري: \"قال لي الوزير إن القمة ستنجح\".",  # "told me", in quoted speech
    LI + "واستقبل ولي العهد الوفد الصيني.",  # with a proclitic: "the crown prince"
    LEE + LI + "وقال لي إن التعاون مفيد.",  # a namesake named in full before it
])
def test_li_keqiangs_bare_surname_names_nobody_here(text):
    assert people(text).count("li_keqiang") == 1


def test_a_press_conference_with_a_bare_li_before_his_full_name_is_no_meeting():
    text = ("وقال لي خلال مؤتمر صحافي مشترك مع رئيس وزراء بلغاريا بويكو بوريسوف إن التعاون مفيد. "
            "ويزور رئيس الوزراء الصيني لي كه تشيانغ ألمانيا الأسبوع المقبل.")
    assert not [r for r in rows(text) if r[0] == "reported"]


def test_prev_word_is_the_word_before_in_each_text():
    """homonyms.prev_word is cached per (text, offset): two texts with a name at the same offset each give
    their own word before it, past a comma or a dash, and the same call twice gives the same word."""
    from tasks.extract.homonyms import prev_word
    first, second = "زار جامعة القاهرة", "زار مطار، القاهرة"
    assert prev_word(first, 10) == "جامعة"
    assert prev_word(second, 10) == "مطار"
    assert prev_word(first, 10) == "جامعة"
    assert prev_word("وصل بن - سلمان", 9) == "بن"
    assert prev_word("سلمان", 0) == ""
