"""A bare title (titles.yaml named_titles) stands for the one person the article has already named with a
title it heads (tasks/extract/bare_title.py, read by tasks/extract/entities.py). Invented sentences, the real
lexicon."""
import datetime as dt

import polars as pl

from tasks.extract import extract
from tasks.extract.bare_title import TitleHeads
from tasks.extract.entities import find_mentions
from ziyarat.arabic import fold_with_map
from ziyarat.lexicon import get_lexicon

D2017, D2018 = dt.date(2017, 3, 3), dt.date(2018, 7, 13)


def titled(text, published=D2018):
    """The people bare titles resolved to, in text order: (id, surface)."""
    return [(m.entity_id, m.surface) for m in find_mentions(text, fold_with_map(text), published)
            if m.entity_type == "person" and m.resolved_by == "title"]


def reported(text, published=D2017):
    out = extract(pl.DataFrame({"article_id": ["a"], "text": [text], "published_date": [published]}))
    return sorted((r["visitor"], r["host"]) for r in out["visit_mentions"].to_dicts() if r["kind"] == "reported")


def test_the_chancellor_named_before_is_the_bare_chancellor_and_her_meeting_gives_the_pair():
    text = ("قالت المستشارة الألمانية أنجيلا ميركل اليوم إن بلادها مستعدة لاستقبال اللاجئين. "
            "وأضافت المستشارة التي التقت في تونس اليوم الرئيس الباجي قائد السبسي أن الهجرة تراجيديا إنسانية.")
    assert titled(text, D2017) == [("angela_merkel", "المستشارة")]
    assert reported(text) == [("Angela Merkel", "Beji Caid Essebsi")]


def test_the_bare_king_queen_and_prime_minister_take_the_one_so_titled():
    # "العاهل" heads "العاهل الأردني"; "الملك" opens the name "الملك سلمان"; "رئيسة الوزراء" heads May's title
    assert titled("استقبل العاهل الأردني الملك عبد الله الثاني الرئيس الفرنسي. وقال العاهل إن المحادثات مثمرة.") == [
        ("emmanuel_macron", "الرئيس الفرنسي"), ("abdullah_ii", "العاهل")]
    assert titled("وصل الملك سلمان إلى القاهرة. واستقبل الملك في قصر الاتحادية وفدا.", dt.date(2016, 4, 7)) == [
        ("salman_bin_abdulaziz", "الملك")]
    assert titled("اجتمعت رئيسة الوزراء البريطانية تيريزا ماي مع الرئيس الأمريكي. وقالت رئيسة الوزراء إن اللقاء مثمر.") == [
        ("donald_trump", "الرئيس الأمريكي"), ("theresa_may", "رئيسة الوزراء")]


def test_two_so_titled_or_none_leave_the_bare_title_nobodys():
    # two kings named: the bare king is either, so nobody (never a guess by office)
    assert titled("التقى الملك سلمان العاهل الأردني الملك عبد الله الثاني. وقال الملك إن المحادثات مثمرة.",
                  dt.date(2016, 4, 7)) == []
    # a queen nobody named, beside a named prime minister: not May (BB-805's shape), not the queen by office
    assert titled("اجتمع الرئيس الأمريكي دونالد ترامب مع رئيسة الوزراء البريطانية تيريزا ماي كما يجتمع مع الملكة في قلعة وندسور.") == []
    # the German chancellor's masculine title is not the feminine bare one's head, nor is the president a named title
    assert titled("التقى المستشار الألماني أولاف شولتس الرئيس الفرنسي. وقالت المستشارة إن اللقاء مهم.",
                  dt.date(2023, 3, 14)) == [("emmanuel_macron", "الرئيس الفرنسي")]
    assert titled("استقبل الرئيس الروسي فلاديمير بوتين ضيفه. وقال الرئيس إن اللقاء مهم.") == []


def test_a_bare_title_before_a_name_or_a_word_of_its_own_is_not_the_one_named_before():
    # an adviser ("المستشار الإعلامي", the media adviser) and a king named after the title are others
    assert titled("التقت المستشارة الألمانية أنجيلا ميركل الرئيس الفرنسي. وقال المستشار الإعلامي إن اللقاء مهم.") == [
        ("emmanuel_macron", "الرئيس الفرنسي")]
    assert titled("وصل الملك سلمان إلى القاهرة. والتقى الملك فيصل الوفد.", dt.date(2016, 4, 7)) == []


def test_a_judge_titled_counsellor_lends_the_bare_title_to_nobody():
    # "المستشار" is also a judge's style in Egypt: Mahmoud Mekki, vice-president in 2013, no head of government
    assert titled("قال نائب الرئيس المستشار محمود مكي إن الحوار مستمر. وأضاف المستشار أن الدستور جاهز.",
                  dt.date(2013, 1, 10)) == []


def test_title_heads_counts_people_holding_the_office_not_mentions():
    lex, heads = get_lexicon(), TitleHeads()
    heads.note("المستشاره الالمانيه", "angela_merkel")
    heads.note("المستشاره", "angela_merkel")
    assert heads.holder("المستشاره", lex, D2018) == "angela_merkel"
    assert heads.holder("المستشاره", lex, dt.date(2023, 3, 14)) is None  # no longer chancellor
    heads.note("المستشاره النمساويه", "sebastian_kurz")
    assert heads.holder("المستشاره", lex, D2018) is None
    assert heads.holder("الرئيس", lex, D2018) is None  # not a named title
