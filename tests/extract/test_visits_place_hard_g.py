"""Foreign names with a hard g spelt with jim, as Egyptian outlets write them ("براج" for Prague, "سنجافورة"
for Singapore, "داونينج ستريت"): variants in places.yaml beside the ghain spellings, so the city is read and, with
it, who hosts (merge._reported_row: the leader whose country holds the city). A word that only starts with the
letters ("براجماتي", pragmatic) is no place. Invented sentences, the real lexicon."""
from __future__ import annotations

import datetime as dt

from tests.extract.test_visit_noun_sides import reported

FEB_2013 = dt.date(2013, 2, 4)


def test_prague_spelt_with_jim_is_the_city_and_its_leader_hosts():
    # "the Turkish prime minister criticised the EU today in Prague, and said at the end of his meeting with his
    # Czech counterpart ..."
    text = ("انتقد رئيس الوزراء التركي رجب طيب أردوغان اليوم في براج سياسة الاتحاد الأوروبي، وقال في ختام لقائه "
            "مع نظيره التشيكي بيتر نيكاس إن بلاده تنتظر.")
    assert reported(text, FEB_2013) == [("Recep Tayyip Erdogan", "Petr Necas", "Prague")]


def test_singapore_spelt_with_jim_gives_the_summit_its_city():
    text = ("اتفق الرئيس الأمريكي دونالد ترامب وزعيم كوريا الشمالية كيم جونغ أون على طي صفحة الماضي خلال قمة "
            "سنجافورة الثلاثاء.")
    assert reported(text, dt.date(2018, 6, 12)) == [("Donald Trump", "Kim Jong-un", "Singapore")]


def test_a_word_that_starts_like_prague_is_no_place():
    # the negative: "نهجا براجماتيا" (a pragmatic approach) names no city
    text = ("وقال رئيس الوزراء التركي رجب طيب أردوغان في ختام لقائه مع نظيره التشيكي بيتر نيكاس إن بلاده تتبع "
            "نهجا براجماتيا.")
    assert [row[2] for row in reported(text, FEB_2013)] == [None]
