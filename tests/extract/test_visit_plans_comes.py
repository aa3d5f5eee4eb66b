"""A meeting noun right after "قبل" / "قبيل" (before) that a present "comes" (يأتي / تأتي) governs a few
words earlier is one still ahead of the news: "وتأتي تصريحات الوزير قبيل مباحثات بين الزعيمين" (the
minister's remarks come shortly before talks between the two leaders) (tasks/extract/visits/plans.py
_comes_before; grammar.yaml comes_ahead_verbs). Invented sentences, the real lexicon."""
import datetime as dt
from collections import defaultdict

from tasks.extract import extract_article

PUB = dt.date(2019, 5, 14)


def rows(text, pub=PUB):
    out = defaultdict(list)
    extract_article("a", text, pub, out, source="France24")
    return sorted((r["kind"], r["planned"], r["visitor"], r["host"]) for r in out["visit_mentions"])


LEAD = "هدد رئيس الوزراء الهندي ناريندرا مودي باكستان بالرد على أي هجوم جديد. "


def test_remarks_that_come_shortly_before_talks_leave_the_talks_ahead():
    # "... and Modi's remarks come shortly before talks between Merkel and her French counterpart Macron"
    text = LEAD + "وتأتي تصريحات مودي قبيل مباحثات بين ميركل ونظيرها الفرنسي إيمانويل ماكرون حول التجارة."
    assert rows(text) == [("referenced", True, "Angela Merkel", "Emmanuel Macron")]


def test_that_comes_before_a_meeting_leaves_the_meeting_ahead():
    # "that comes before a meeting bringing together Putin and Merkel in Berlin"
    text = LEAD + "ويأتي ذلك قبل لقاء يجمع الرئيس الروسي فلاديمير بوتين بالمستشارة الألمانية أنغيلا ميركل في برلين."
    assert rows(text) == [("referenced", True, "Vladimir Putin", "Angela Merkel")]


def test_a_past_came_or_a_comma_or_a_speaker_before_the_talks_leave_them_held():
    # "came" (past): the meeting may be over; a comma ends the clause of "comes"; "Macron said shortly before
    # talks with Trump" has no "comes": the day's talks, as before
    came = LEAD + "وجاءت تصريحات مودي قبيل مباحثات بين ميركل ونظيرها الفرنسي إيمانويل ماكرون حول التجارة."
    assert rows(came) == [("reported", False, "Angela Merkel", "Emmanuel Macron")]
    comma = LEAD + "وتأتي تصريحات مودي، قبيل مباحثات بين ميركل ونظيرها الفرنسي إيمانويل ماكرون حول التجارة."
    assert rows(comma) == [("reported", False, "Angela Merkel", "Emmanuel Macron")]
    said = "وقال الرئيس الفرنسي إيمانويل ماكرون قبيل مباحثات مع نظيره الأمريكي دونالد ترامب في البيت الأبيض إن الاتفاق مهم."
    assert rows(said) == [("reported", False, "Emmanuel Macron", "Donald Trump")]


def test_the_meeting_that_comes_before_a_summit_stays_held():
    # "Macron met Trump in Washington. And the meeting comes shortly before the G7 summit": the meeting that
    # comes is the news, only what follows "before" lies ahead
    text = ("والتقى الرئيس الفرنسي إيمانويل ماكرون نظيره الأمريكي دونالد ترامب في واشنطن. "
            "ويأتي اللقاء قبيل قمة مجموعة السبع في كندا.")
    assert rows(text) == [("reported", False, "Emmanuel Macron", "Donald Trump")]
