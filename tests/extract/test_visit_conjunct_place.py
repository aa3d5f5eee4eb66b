"""A place in the news item before a meeting noun joined by "و" after a comma is that item's, not the
meeting's (tasks/extract/visits/during.py conjunct_place): in a digest, "اتفاق ... في حلب، ولقاء بين ..." (an
agreement ... in Aleppo, and a meeting between ...) was no meeting in Aleppo. Invented texts, the real lexicon."""
import datetime as dt

import polars as pl

from tasks.extract import extract

DAY = dt.date(2018, 7, 9)


def reported(text, day=DAY):
    out = extract(pl.DataFrame({"article_id": ["a"], "text": [text], "published_date": [day]}))
    return sorted((r["visitor"], r["host"], r["city"]) for r in out["visit_mentions"].to_dicts() if r["kind"] == "reported")


def test_an_earlier_news_item_place_is_not_the_meeting_city():
    text = ("في عناوين الصحف: هدنة هشة بين الجيش والمسلحين في حلب، ولقاء نادر بين رئيس الوزراء الإثيوبي آبي أحمد "
            "والرئيس الإريتري إسياس أفورقي.")
    assert [r[2] for r in reported(text)] == [None]  # before: Aleppo
    text = ("في عناوين الصحف: هدنة هشة بين الجيش والمسلحين في حلب، ولقاء نادر بين رئيس الوزراء الإثيوبي آبي أحمد "
            "والرئيس الإريتري إسياس أفورقي.\nوقالت الصحف إن آبي أحمد وصل إلى أسمرة حيث التقى أفورقي.")
    assert reported(text) == [("Abiy Ahmed", "Isaias Afwerki", "Asmara")]  # before: Aleppo, named first


def test_a_place_before_the_joined_meeting_stays_when_the_sentence_is_the_pairs():
    """A leader or a visit word before the comma: the place is the trip's ("arrived in Asmara, and talks")."""
    text = "وصل رئيس الوزراء الإثيوبي آبي أحمد إلى أسمرة، ومحادثات مع الرئيس الإريتري إسياس أفورقي تبدأ اليوم."
    assert [r[2] for r in reported(text)] == ["Asmara"]
    text = "وصل رئيس الوزراء الإثيوبي آبي أحمد إلى أسمرة، والتقى الرئيس الإريتري إسياس أفورقي."
    assert reported(text) == [("Abiy Ahmed", "Isaias Afwerki", "Asmara")]


def test_a_fronted_place_with_no_waw_stays_the_venue():
    text = "في أسمرة، لقاء تاريخي بين رئيس الوزراء الإثيوبي آبي أحمد والرئيس الإريتري إسياس أفورقي."
    assert [r[2] for r in reported(text)] == ["Asmara"]
