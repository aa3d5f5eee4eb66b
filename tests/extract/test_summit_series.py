"""Summit series of the lexicon (ziyarat/lexicons/summits.yaml, tasks/extract/visits/summits.py): the GCC
leaders' consultative summit is a summit the article names, so a bare "القمة" (the summit) after it is that
summit, no meeting of the leaders named around it. Invented sentences, the real lexicon."""
import datetime as dt

import polars as pl

from tasks.extract import extract

PUB = dt.date(2015, 5, 5)


def _out(text):
    return extract(pl.DataFrame({"article_id": ["a"], "text": [text], "published_date": [PUB]}))


def _reported(out):
    return sorted((r["visitor"], r["host"]) for r in out["visit_mentions"].to_dicts() if r["kind"] == "reported")


def test_the_bare_summit_after_the_gcc_consultative_summit_is_no_meeting_of_two_leaders():
    """"The king opened the consultative summit of the GCC leaders in Riyadh. He began his opening speech to the
    summit by recalling the late King Abdullah, then welcomed the Emir of Kuwait": no pair."""
    text = ("أعلن الملك سلمان بن عبدالعزيز اليوم انطلاق القمة التشاورية لقادة دول مجلس التعاون في الرياض. "
            "وبدأ الملك سلمان كلمته الافتتاحية للقمة بتذكر الملك الراحل عبدالله بن عبدالعزيز، ثم رحب "
            "بأمير الكويت الشيخ صباح الأحمد الجابر الصباح.")
    out = _out(text)
    assert _reported(out) == []
    assert "GCC consultative summit" in set(out["summit_mentions"]["name"].to_list())


def test_a_summit_of_two_leaders_in_an_article_naming_no_series_stays_their_meeting():
    """Negative: with no series named, "القمة" between two leaders is their meeting."""
    text = ("عقد الملك سلمان بن عبدالعزيز وأمير الكويت الشيخ صباح الأحمد الجابر الصباح اليوم في الرياض "
            "قمة ثنائية بحثا فيها العلاقات.")
    assert _reported(_out(text)) == [("Sabah Al-Ahmad Al-Jaber Al-Sabah", "Salman bin Abdulaziz")]
