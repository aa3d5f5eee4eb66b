"""A meeting noun a demonstrative points back with ("هذا اللقاء", this meeting) adds no pair of its own
(tasks/extract/visits/anaphora.py). Invented sentences, the stand-in lexicon of test_visits."""
from tests.extract.test_visits import run


def reported(rows):
    return sorted((r["visitor"], r["host"]) for r in rows if r["kind"] == "reported")


def test_this_meeting_after_a_told_meeting_names_no_new_pair():
    """"In the course of this meeting Abbas told Putin of his concern about Trump's decision to stop aid":
    Trump is the topic, the meeting is the one told before (the real lexicon reads it)."""
    import datetime as dt

    import polars as pl

    from tasks.extract import extract
    text = ("استقبل الرئيس الروسي فلاديمير بوتين السبت الرئيس الفلسطيني محمود عباس في الكرملين. "
            "وفي سياق هذا اللقاء أبلغ عباس بوتين قلقه إزاء قرار الرئيس الأمريكي دونالد ترامب وقف المساعدات.")
    out = extract(pl.DataFrame({"article_id": ["a"], "text": [text], "published_date": [dt.date(2019, 4, 3)]}))
    assert reported(out["visit_mentions"].to_dicts()) == [("Mahmoud Abbas", "Vladimir Putin")]


def test_this_meeting_with_the_told_pair_or_with_nothing_told_before_stays():
    # the same pair again: merged into the told meeting
    text = "استقبل بوتين الأسد في الكرملين. وفي سياق هذا اللقاء بحث الأسد مع بوتين الوضع."
    assert reported(run(text)) == [("Bashar al-Assad", "Vladimir Putin")]
    # no meeting read before it: the one it points to is unread, its pair kept
    assert reported(run("وفي سياق هذا اللقاء بحث الأسد مع بوتين في موسكو الوضع.")) == [
        ("Bashar al-Assad", "Vladimir Putin")]


def test_a_meeting_noun_without_a_demonstrative_gives_its_own_pair():
    text = ("استقبل بوتين الأسد في الكرملين. "
            "وفي سياق اللقاء مع أردوغان في موسكو أبلغ بوتين أردوغان قلقه.")
    assert ("Recep Tayyip Erdogan", "Vladimir Putin") in reported(run(text)) or \
        ("Vladimir Putin", "Recep Tayyip Erdogan") in reported(run(text))
