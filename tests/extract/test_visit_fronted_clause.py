"""A time clause that opens the sentence ("قبل أن يتوجه إلى ...،", "وعقب لقاء مع ...،") before the main
verb and its subject: its place is another act's than the main clause's meeting, and its own meeting's
other side is the main clause's subject (visits.during.fronted_comma, visits.sides.fronted_sides).
Texts are invented; the real lexicon reads them."""
import datetime as dt

import polars as pl
import pytest

pytest.importorskip("tasks.extract.entities")

from tasks.extract import extract  # noqa: E402

DAY = dt.date(2019, 6, 29)  # a Saturday


def reported(text: str) -> list[tuple]:
    out = extract(pl.DataFrame({"article_id": ["a"], "text": [text], "published_date": [DAY]}))
    vm = out["visit_mentions"].filter(pl.col("kind") == "reported")
    return sorted((r["visitor"], r["host"], r["city"]) for r in vm.to_dicts())


def test_the_next_leg_of_a_fronted_before_clause_is_not_the_meetings_city():
    text = ("قبل أن يتوجه إلى العاصمة التركية أنقرة، التقى الرئيس الروسي فلاديمير بوتين الرئيس الإيراني حسن روحاني "
            "في طهران أمس وبحثا الملف السوري.")
    assert reported(text) == [("Vladimir Putin", "Hassan Rouhani", "Tehran")]


def test_a_fronted_before_clause_gives_no_city_to_a_meeting_that_names_none():
    text = "قبل أن يتوجه إلى أنقرة، التقى الرئيس الروسي فلاديمير بوتين الرئيس الإيراني حسن روحاني أمس."
    assert [(v, h) for v, h, c in reported(text)] == [("Vladimir Putin", "Hassan Rouhani")]
    assert reported(text)[0][2] != "Ankara"


def test_an_arrival_told_as_over_in_a_fronted_clause_keeps_its_city():
    # negative: after arriving in Tehran he met Rouhani there
    text = "وبعد وصوله إلى طهران، التقى الرئيس الروسي فلاديمير بوتين الرئيس الإيراني حسن روحاني أمس."
    assert reported(text) == [("Vladimir Putin", "Hassan Rouhani", "Tehran")]


def test_the_meeting_of_a_fronted_after_clause_is_the_main_subjects():
    text = ("وعقب إنهاء المشاورات وعقد لقاء مع المستشارة الألمانية أنغيلا ميركل، أمضى الرئيس الفرنسي إيمانويل "
            "ماكرون يومين في منتجع على الساحل ثم سافر إلى العاصمة الإيطالية روما.")
    assert [(v, h) for v, h, c in reported(text)] == [("Emmanuel Macron", "Angela Merkel")]
    assert reported(text)[0][2] != "Rome"


def test_a_fronted_meeting_with_its_own_leader_keeps_its_sides():
    # negative: the clause names whose meeting it was; the main clause's subject is someone else's
    text = ("وعقب لقاء الرئيس الروسي فلاديمير بوتين مع الرئيس التركي رجب طيب أردوغان في سوتشي، قال الرئيس "
            "الإيراني حسن روحاني إن الحل سياسي.")
    assert reported(text) == [("Recep Tayyip Erdogan", "Vladimir Putin", "Sochi")]  # Sochi: Putin hosts


def test_a_meeting_noun_in_the_main_clause_keeps_the_fronted_clauses_city():
    # negative: "the summit" the main clause speaks of is the fronted handshake's, in Sochi
    text = ("بعد مصافحتهما التاريخية في سوتشي الثلاثاء، قال الرئيس التركي رجب طيب أردوغان للرئيس الروسي فلاديمير "
            "بوتين عن القمة إنها ناجحة.")
    assert [c for v, h, c in reported(text)] == ["Sochi"]


def kinds(text: str) -> list[tuple]:
    out = extract(pl.DataFrame({"article_id": ["a"], "text": [text], "published_date": [DAY]}))
    return [(r["visitor"], r["host"], r["kind"], r["planned"]) for r in out["visit_mentions"].to_dicts()]


def test_a_holding_phrase_in_a_fronted_clause_takes_the_main_verbs_future():
    text = ("وبعد إجراء محادثات مع المستشارة الألمانية أنغيلا ميركل، سيزور الرئيس الفرنسي إيمانويل ماكرون "
            "مصنعا للسيارات في ضواحي المدينة.")
    assert kinds(text) == [("Emmanuel Macron", "Angela Merkel", "referenced", True)]


def test_a_holding_phrase_in_a_fronted_clause_before_a_past_verb_stays_news():
    # negative: the main verb is past, the meeting held
    text = ("وبعد إجراء محادثات مع المستشارة الألمانية أنغيلا ميركل، زار الرئيس الفرنسي إيمانويل ماكرون "
            "مصنعا للسيارات في ضواحي المدينة.")
    assert kinds(text) == [("Emmanuel Macron", "Angela Merkel", "reported", False)]


def test_a_speakers_frame_before_the_fronted_clause_leaves_his_talks_the_main_subjects():
    # "in remarks of his before his talks with his Russian counterpart, the French president said":
    # "his" is the main clause's subject, not the Syrian president of the sentence before
    text = ("قال الرئيس السوري بشار الأسد إن الحل بيد السوريين. وفي تصريحات له قبيل محادثاته مع نظيره "
            "الروسي، قال الرئيس الفرنسي إيمانويل ماكرون إن الرئيس بوتين يتمتع بدور حاسم.")
    assert [(v, h) for v, h, c in reported(text)] == [("Emmanuel Macron", "Vladimir Putin")]
    # ... a one-word frame: "in remarks after his talks with his Russian counterpart"
    text = text.replace("وفي تصريحات له قبيل", "وفي تصريحات عقب")
    assert [(v, h) for v, h, c in reported(text)] == [("Emmanuel Macron", "Vladimir Putin")]


def test_a_speakers_frame_with_a_meeting_naming_its_own_leaders_keeps_them():
    # negative: "in remarks of his after the meeting of Putin with Erdogan, Rouhani said": the
    # clause names whose meeting it was (unchanged)
    text = ("وفي تصريحات له عقب لقاء الرئيس الروسي فلاديمير بوتين مع الرئيس التركي رجب طيب أردوغان في سوتشي، "
            "قال الرئيس الإيراني حسن روحاني إن الحل سياسي.")
    assert [(v, h) for v, h, c in reported(text)] == [("Recep Tayyip Erdogan", "Vladimir Putin")]
