"""Talks that were calls (tasks/extract/visits/calls.py): talks told "also" after a call with one of the pair are
another call. Invented sentences, the stand-in lexicon of test_visits."""
from tests.extract.test_visits import run


def reported(rows):
    return [(r["visitor"], r["host"]) for r in rows if r["kind"] == "reported"]


def test_talks_told_also_after_a_call_with_one_of_the_pair_are_another_call():
    """"Macron renewed his support in a phone call with Merkel ... Merkel also held talks on Wednesday with the
    Italian prime minister": another call (the real lexicon reads it)."""
    import datetime as dt

    import polars as pl

    from tasks.extract import extract
    text = ("جدد الرئيس الفرنسي إيمانويل ماكرون دعمه خلال اتصال هاتفي مع المستشارة الألمانية أنجيلا ميركل. "
            "وقال مسؤول إن أنجيلا ميركل أجرت أيضا محادثات الأربعاء مع رئيس الوزراء الإيطالي جوزيبي كونتي.")
    out = extract(pl.DataFrame({"article_id": ["a"], "text": [text], "published_date": [dt.date(2018, 7, 5)]}))
    assert reported(out["visit_mentions"].to_dicts()) == []


def test_talks_also_told_with_a_trip_or_with_no_call_before_stay_held():
    # a trip in the talks' sentence: held
    text = ("جدد بوتين دعمه خلال اتصال هاتفي مع الأسد. "
            "ووصل الأسد إلى أنقرة والتقى أيضا أردوغان.")
    assert ("Bashar al-Assad", "Recep Tayyip Erdogan") in reported(run(text))
    # no call before: the talks are the news
    text = "استقبل بوتين السيسي في موسكو. وأجرى الأسد أيضا محادثات الأربعاء مع أردوغان."
    assert len(reported(run(text))) == 2
