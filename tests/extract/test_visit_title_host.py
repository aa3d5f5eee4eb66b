"""A bare royal title as a meeting's partner names the monarch (tasks/extract/visits/title_host.py): in a country
whose head of government receives foreign leaders (triggers.yaml host_office_by_country), "اجتمع ... مع الملكة" (met
with the Queen), "التقى ... بالملك" (met the King), "مع الإمبراطور" (with the Emperor) is the head of state, not the
prime minister the bare arrival keeps; "الملكة" beside a king is his consort (no host by title), and a Saudi "الملك"
was the king already. Invented sentences, the whole lexicon."""
import datetime as dt

import pytest

from tests.extract.test_visits_detect import mention_rows

LONDON = dt.date(2018, 7, 13)
MADRID = dt.date(2018, 11, 28)
TOKYO = dt.date(2017, 11, 6)


def pairs(text, day):
    return [(r["kind"], r["visitor"], r["host"]) for r in mention_rows(text, day)]


@pytest.mark.parametrize("text, day, host", [
    ("واجتمع الرئيس الأمريكي دونالد ترامب اليوم مع الملكة في لندن.", LONDON, "Elizabeth II"),
    ("والتقى الرئيس الأمريكي دونالد ترامب في لندن بالملكة اليوم.", LONDON, "Elizabeth II"),
    ("والتقى الرئيس الصيني شي جين بينغ اليوم في مدريد بالملك.", MADRID, "Felipe VI"),
    ("واجتمع الرئيس الأمريكي دونالد ترامب اليوم في طوكيو مع الإمبراطور.", TOKYO, "Emperor Akihito"),
])
def test_a_bare_royal_title_is_the_monarch(text, day, host):
    assert [(p[0], p[2]) for p in pairs(text, day)] == [("reported", host)]


@pytest.mark.parametrize("text, day, host", [
    # a queen beside a king is his consort: the host stays the one by office
    ("والتقى الرئيس الصيني شي جين بينغ اليوم في مدريد بالملكة.", MADRID, "Pedro Sanchez"),
    # no title: the arrival's host by office
    ("وصل الرئيس الأمريكي دونالد ترامب إلى لندن اليوم.", LONDON, "Theresa May"),
    # the king of a country whose head of state receives: unchanged
    ("والتقى الرئيس الروسي فلاديمير بوتين اليوم في الرياض بالملك.", dt.date(2017, 10, 5), "Salman bin Abdulaziz"),
])
def test_no_royal_partner_keeps_the_host_by_office(text, day, host):
    assert [p[2] for p in pairs(text, day)] == [host]


def test_a_title_in_another_clause_is_no_partner():
    # "met the foreign secretary, then spoke of the Queen": the title is not the meeting's partner
    text = "واجتمع الرئيس الأمريكي دونالد ترامب اليوم في لندن مع وزير الخارجية، ثم تحدث عن الملكة."
    assert all(p[2] != "Elizabeth II" for p in pairs(text, LONDON))
