"""A perfect verb with an object pronoun right after a relative pronoun is past: "زيارته التي بدأها الاثنين"
(his visit, which he began on Monday), "المحادثات التي عقدها الأحد" (the talks he held on Sunday); without
the relative pronoun the pronoun ending reads the word as a noun (tasks/extract/tense.py _relative_perfect), and
the weekday took the present main verb's future. Invented sentences, the real lexicon."""
import datetime as dt
from collections import defaultdict

from tasks.extract import extract_article
from tasks.extract.tense import verb_tense

PUB = dt.date(2013, 3, 20)  # a Wednesday


def rows(text, pub=PUB):
    out = defaultdict(list)
    extract_article("a", text, pub, out)
    return sorted((r["kind"], r["visitor"], r["host"], str(r["date"])) for r in out["visit_mentions"])


def test_a_perfect_with_its_object_pronoun_after_a_relative_pronoun_is_past():
    assert verb_tense("يسعى الرئيس خلال زيارته لألمانيا التي بدأها") == "past"
    assert verb_tense("يواصل الرئيس المحادثات التي عقدها") == "past"
    assert verb_tense("يواصل الرئيس جولته والتى استهلها") == "past"


def test_an_imperfect_with_its_object_pronoun_after_a_relative_pronoun_stays_future():
    # the negative: "التي يبدأها" (which he begins) is the present, read ahead as before
    assert verb_tense("يسعى الرئيس خلال زيارته لألمانيا التي يبدأها") == "future"


def test_a_weekday_after_the_visit_he_began_is_the_past_one():
    # "the American president Barack Obama seeks, during his visit to Germany which he began on Monday, to
    # persuade the Europeans": the visit under way since last Monday, not one planned for next Monday
    text = "يسعى الرئيس الأمريكي باراك أوباما خلال زيارته لألمانيا التي بدأها الاثنين إلى إقناع الأوروبيين."
    assert rows(text) == [("reported", "Barack Obama", "Angela Merkel", "2013-03-18")]


def test_a_weekday_after_the_visit_he_begins_stays_ahead():
    text = "يسعى الرئيس الأمريكي باراك أوباما خلال زيارته لألمانيا التي يبدأها الاثنين إلى إقناع الأوروبيين."
    assert rows(text) == [("referenced", "Barack Obama", "Angela Merkel", "2013-03-25")]
