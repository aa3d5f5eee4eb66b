"""An official who only tells a meeting: the office noun right after a speech verb ("وأضاف المسؤول أن", and
the official added that), or before one, is the teller of the "أن" clause, not the subject of the meeting
verb in it when that verb names its own subject, a leader, right after it (tasks/extract/visits/speaker.py
speaks_clause, read by officials.official_subject). Invented sentences, the real lexicon."""
import datetime as dt
from collections import defaultdict

from tasks.extract import extract_article

PUB = dt.date(2019, 3, 5)  # a Tuesday


def rows(text, pub=PUB):
    out = defaultdict(list)
    extract_article("a", text, pub, out, source="test")
    return [(r["kind"], r["visitor"], r["host"], r["city"], str(r["date"])) for r in out["visit_mentions"]]


def reported(text, pub=PUB):
    return [r[1:] for r in rows(text, pub) if r[0] == "reported"]


TODAY = [("Angela Merkel", "Emmanuel Macron", "Paris", "2019-03-05")]


def test_an_official_telling_two_leaders_meeting_today():
    # "and the official added that Macron and Merkel are scheduled to meet today in Paris"
    assert reported("وأضاف المسؤول أن من المقرر أن يجتمع ماكرون وميركل اليوم في باريس.") == TODAY
    # "a French official said that Macron is expected to meet Merkel today in Paris"
    assert reported("وقال مسؤول فرنسي إن من المتوقع أن يلتقي ماكرون مع ميركل اليوم في باريس.") == TODAY


def test_the_speech_verb_after_the_office_noun():
    # "the French foreign minister said that Macron is to meet Merkel today in Paris"
    assert reported("وزير الخارجية الفرنسي قال إن من المقرر أن يلتقي ماكرون بميركل اليوم في باريس.") == TODAY


def test_a_leader_telling_his_own_meeting_stays_his():
    # "the French president Macron said he met the German chancellor Merkel today in Berlin": the speaker is a side
    text = "وقال الرئيس الفرنسي ماكرون إنه التقى المستشارة الألمانية ميركل اليوم في برلين."
    assert reported(text) == [("Emmanuel Macron", "Angela Merkel", "Berlin", "2019-03-05")]


def test_an_official_telling_his_own_meeting_gives_no_pair():
    # "the official added that he is to meet Macron and Merkel today": "أنه" (that he), the official meets them
    assert rows("وأضاف المسؤول أنه من المقرر أن يلتقي ماكرون وميركل اليوم في باريس.") == []
    # "the German foreign minister stressed that he met Macron today in Paris, on behalf of Merkel's government"
    assert reported("وأكد وزير الخارجية الألماني أنه التقى الرئيس الفرنسي ماكرون اليوم في باريس.") == []


def test_an_official_as_the_clause_subject_or_no_speech_verb():
    # "the official added that the French foreign minister is to meet Chancellor Merkel today": the minister's meeting
    assert reported("وأضاف المسؤول أن من المقرر أن يلتقي وزير الخارجية الفرنسي المستشارة ميركل اليوم في برلين.") == []
    # "the French foreign minister wants to meet President Trump and Chancellor Merkel": "أن" after a wish, no saying
    assert rows("ويريد وزير الخارجية الفرنسي أن يلتقي الرئيس الأمريكي ترامب والمستشارة الألمانية ميركل في واشنطن.") == []


def test_a_meeting_told_for_another_day_stays_ahead():
    # "... are scheduled to meet tomorrow in Paris": planned, not reported
    out = rows("وأضاف المسؤول أن من المقرر أن يجتمع ماكرون وميركل غدا في باريس.")
    assert [r for r in out if r[0] == "reported"] == []
    assert [r[1:3] for r in out] == [("Angela Merkel", "Emmanuel Macron")]
