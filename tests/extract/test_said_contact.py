"""A remote-contact word inside what a speaker said at a held meeting (tasks/extract/visits/sayings.py
said_contact_frames): "يتطلع" (looks forward), greetings or a message told after the "إن"/"أن" of a
saying, or in a quotation, that a meeting of two leaders frames, leave the meeting held; a call, a cable,
or a meeting planned inside the saying stays vetoed. Invented sentences, the real lexicon."""
import datetime as dt

import polars as pl

from tasks.extract import extract

PUB = dt.date(2019, 4, 3)  # a Wednesday
MEETING = "قال الرئيس المصري عبد الفتاح السيسي خلال لقائه اليوم في القاهرة الرئيس الفرنسي إيمانويل ماكرون"


def _reported(text, day=PUB):
    out = extract(pl.DataFrame({"article_id": ["a"], "text": [text], "published_date": [day]}))
    return sorted((r["visitor"], r["host"], r["city"]) for r in out["visit_mentions"].to_dicts() if r["kind"] == "reported")


HELD = [("Emmanuel Macron", "Abdel Fattah el-Sisi", "Cairo")]


def test_looking_forward_in_the_said_clause_leaves_the_meeting_held():
    """"Sisi said during his meeting today in Cairo with Macron that the Egyptian people look forward to wider
    cooperation": a held meeting; the looking forward is what he said."""
    assert _reported(f"{MEETING} إن الشعب المصري يتطلع إلى تعاون أوسع.") == HELD


def test_looking_forward_in_a_quotation_opened_after_the_meeting_leaves_it_held():
    assert _reported(f"{MEETING}: «إن الشعب المصري يتطلع إلى تعاون أوسع مع فرنسا»") == HELD


def test_congratulations_named_in_what_was_said_at_talks_leave_them_held():
    text = ("أكد الرئيس المصري عبد الفتاح السيسي خلال مباحثاته اليوم في القاهرة مع الرئيس الفرنسي إيمانويل "
            "ماكرون أن مصر تقدر التهنئة التي تلقتها.")
    assert _reported(text) == HELD


def test_a_call_or_a_cable_told_in_the_saying_still_vetoes():
    """Negatives: a phone call or a cable inside what was said stays a remote contact."""
    assert _reported(f"{MEETING} إنه أجرى اتصالا هاتفيا مع الرئيس الأمريكي دونالد ترامب.") == []
    assert _reported("قال الرئيس المصري عبد الفتاح السيسي اليوم إن الرئيس الفرنسي إيمانويل ماكرون بعث ببرقية "
                     "تهنئة إلى الشعب المصري.") == []


def test_looking_forward_to_a_meeting_in_the_saying_is_no_held_meeting():
    """Negatives: "said that he looks forward to meeting Macron" (a plan, no meeting framing the saying), and
    looking forward told by the narrative, not inside a saying."""
    assert _reported("قال الرئيس المصري عبد الفتاح السيسي اليوم في القاهرة إنه يتطلع إلى لقاء الرئيس الفرنسي "
                     "إيمانويل ماكرون.") == []
    assert _reported("يتطلع الرئيس المصري عبد الفتاح السيسي إلى لقاء الرئيس الفرنسي إيمانويل ماكرون في القاهرة "
                     "اليوم.") == []


def test_said_contact_words_are_remote_contact_words_and_no_calls():
    from ziyarat.lexicon import trigger_words
    words = trigger_words("said_contact_words")
    assert "يتطلع" in words and words <= trigger_words("remote_contact")
    assert not words & trigger_words("call_words")
