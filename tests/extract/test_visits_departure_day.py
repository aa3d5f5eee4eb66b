"""A departure's sentence that goes on with the traveller's own later arrival or start dates the visit by that later
day (visits.departures.later_start, read by timing.event_date and lead_day): "غادر ... مساء الأحد ... حيث يبدأ
الاثنين زيارة" (left on Sunday evening ... where he begins on Monday a visit) is Monday's visit. A departure told
with no later day, or a later day of a summit's or forum's own start, keeps the departure's day. So does a sentence
after it that opens with the traveller's own arrival in the departure's goal (visits.departures.later_arrival): "غادر
... الليلة الماضية متوجها إلى إسرائيل ... ويصل الرئيس أوباما إلى إسرائيل في وقت لاحق الأربعاء" is Wednesday's
visit; not another's arrival, nor his at another leg. Invented sentences, the real lexicon."""
import datetime as dt

import pytest

from tests.extract.test_visits_detect import reported_rows

PAIR = ("Emmanuel Macron", "Vladimir Putin")
MON, TUE = dt.date(2018, 5, 28), dt.date(2018, 5, 29)


def days(text: str, published: dt.date) -> list[tuple]:
    return [(r["visitor"], r["host"], r["date"]) for r in reported_rows(text, published)]


@pytest.mark.parametrize("text, published, day", [
    # "the French president Emmanuel Macron left Paris on Sunday evening heading for Moscow, where he begins on
    # Monday an official visit during which he meets the Russian president Vladimir Putin"
    ("غادر الرئيس الفرنسي إيمانويل ماكرون باريس مساء الأحد متوجها إلى موسكو حيث يبدأ الاثنين زيارة رسمية يلتقي "
     "خلالها الرئيس الروسي فلاديمير بوتين.", MON, MON),
    # "Macron headed on Monday evening to Russia, on the understanding that he arrives at noon on Tuesday in Moscow"
    ("توجه الرئيس الفرنسي إيمانويل ماكرون مساء الاثنين إلى روسيا على أن يصل ظهر الثلاثاء إلى موسكو في زيارة يجري "
     "خلالها محادثات مع الرئيس الروسي فلاديمير بوتين.", TUE, TUE),
    # "Macron's plane took off on Monday evening heading for Moscow, and he arrives on Tuesday"
    ("أقلعت طائرة الرئيس الفرنسي إيمانويل ماكرون مساء الاثنين متوجهة إلى موسكو، ويصل الثلاثاء في زيارة يجري خلالها "
     "محادثات مع الرئيس الروسي فلاديمير بوتين.", TUE, TUE),
])
def test_a_later_arrival_or_start_told_after_the_departure_dates_the_visit(text, published, day):
    assert days(text, published) == [(*PAIR, day)]


@pytest.mark.parametrize("text", [
    # negative: "Macron left Paris on Sunday evening heading for Moscow on an official visit" (no later day)
    "غادر الرئيس الفرنسي إيمانويل ماكرون باريس مساء الأحد متوجها إلى موسكو في زيارة رسمية يلتقي خلالها الرئيس "
    "الروسي فلاديمير بوتين.",
    # negative: "... and takes part in the forum that begins tomorrow Monday" (the forum's start, a relative clause)
    "توجه الرئيس الفرنسي إيمانويل ماكرون الأحد إلى موسكو في زيارة يلتقي خلالها الرئيس الروسي فلاديمير بوتين "
    "ويشارك في المنتدى الذي يبدأ غدا الاثنين.",
    # negative: "... where the summit begins on Monday" (a feminine verb: the summit's start, not his)
    "توجه الرئيس الفرنسي إيمانويل ماكرون الأحد إلى موسكو في زيارة يلتقي خلالها الرئيس الروسي فلاديمير بوتين "
    "حيث تبدأ الاثنين القمة.",
])
def test_a_departure_with_no_later_start_of_his_own_keeps_its_day(text):
    assert days(text, MON) == [(*PAIR, dt.date(2018, 5, 27))]


# "Macron left Paris on Sunday evening heading for Moscow on an official visit during which he meets Putin."
DEPARTED = ("غادر الرئيس الفرنسي إيمانويل ماكرون باريس مساء الأحد متوجها إلى موسكو في زيارة رسمية يلتقي خلالها "
            "الرئيس الروسي فلاديمير بوتين.\n")


@pytest.mark.parametrize("after", [
    # "Macron arrives in the Russian capital at noon on Monday."
    "ويصل ماكرون إلى العاصمة الروسية ظهر الاثنين.",
    # "The visit includes economic talks. President Macron arrives in Moscow on Monday morning on a private plane."
    "وتشمل الزيارة محادثات اقتصادية.\nويصل الرئيس ماكرون إلى موسكو صباح الاثنين على متن طائرة خاصة.",
])
def test_the_travellers_own_arrival_told_in_a_later_sentence_dates_the_visit(after):
    assert days(DEPARTED + after, MON) == [(*PAIR, MON)]


@pytest.mark.parametrize("after, rows", [
    # negative: "Macron arrives in Beijing on Tuesday" (another leg, not the departure's goal)
    ("ويصل ماكرون إلى بكين الثلاثاء.", [(*PAIR, dt.date(2018, 5, 27))]),
    # negative: "The Chinese president Xi Jinping arrives in Moscow on Monday" (another's arrival)
    ("ويصل الرئيس الصيني شي جين بينغ إلى موسكو الاثنين.",
     [(*PAIR, dt.date(2018, 5, 27)), ("Xi Jinping", "Vladimir Putin", MON)]),
    # negative: "A source said that Macron arrives in Moscow on Monday morning" (no sentence opening with his arrival)
    ("وقال مصدر إن ماكرون يصل إلى موسكو صباح الاثنين.", [(*PAIR, dt.date(2018, 5, 27))]),
    # negative: "Macron arrives in Moscow next Sunday" (a week on: no arrival of this departure)
    ("ويصل ماكرون إلى موسكو صباح الأحد المقبل.", [(*PAIR, dt.date(2018, 5, 27))]),
])
def test_another_arrival_after_a_departure_leaves_its_day(after, rows):
    assert days(DEPARTED + after, MON) == rows
