"""A meeting held days before publication that the article tells only as the setting of other news (a defence of it,
remarks made during it), each mention a meeting noun after a preposition, is referenced (visits.backdrop). Invented
sentences, the stand-in lexicon of test_visits."""
import datetime as dt

from tests.extract.test_visits import D, run

PUB = dt.date(2023, 3, 17)  # a Friday
MONDAY = dt.date(2023, 3, 13)


def kinds(rows):
    return sorted({(r["visitor"], r["host"], r["kind"]) for r in rows})


def _monday(text, day=MONDAY):
    at = text.find("الاثنين")
    return run(text, PUB, dates=[D(at, at + len("الاثنين"), "الاثنين", day, "day", "weekday")])


# "Erdogan defended his meeting with Putin amid criticism; and his remarks during his summit with Putin in Moscow on
# Monday angered the opposition"
DEFENDED = ("دافع الرئيس أردوغان عن لقائه مع بوتين وسط انتقادات واسعة. "
            "وأثارت تصريحات أردوغان خلال قمته مع بوتين في موسكو الاثنين غضب المعارضة.")


def test_a_meeting_days_old_told_only_as_what_is_defended_is_referenced():
    assert kinds(_monday(DEFENDED)) == [("Recep Tayyip Erdogan", "Vladimir Putin", "referenced")]


def test_a_meeting_told_only_as_background_the_day_before_publication_stays_reported():
    rows = _monday(DEFENDED, PUB - dt.timedelta(days=1))
    assert ("Recep Tayyip Erdogan", "Vladimir Putin", "reported") in kinds(rows)


def test_a_meeting_days_old_told_by_a_meeting_verb_stays_reported():
    # "Erdogan defended his meeting with Putin; Erdogan met Putin in Moscow on Monday and made remarks that angered"
    text = ("دافع الرئيس أردوغان عن لقائه مع بوتين وسط انتقادات واسعة. "
            "والتقى أردوغان بوتين في موسكو الاثنين وأدلى بتصريحات أغضبت المعارضة.")
    assert ("Recep Tayyip Erdogan", "Vladimir Putin", "reported") in kinds(_monday(text))
