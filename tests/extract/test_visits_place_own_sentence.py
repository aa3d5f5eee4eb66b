"""In the meeting's own sentence, a visit word that gave the pair nothing (a minister's arrival home told
beside the talks: "وكان الوزير قد وصل القاهرة ... بعد أن شارك في المباحثات التي أجراها السيسي في موسكو")
places no meeting when the pair's own word names its city (place.article_city): main took Cairo, one
vote against Moscow, the earliest, and turned the pair round (the leader whose country holds the city
hosts). Invented sentences, the real lexicon."""
from __future__ import annotations

import datetime as dt

from tests.extract.test_visits_detect import mention_rows

DAY = dt.date(2019, 6, 29)


def _reported(text):
    return [(r["visitor"], r["host"], r["city"]) for r in mention_rows(text, DAY) if r["kind"] == "reported"]


def test_an_official_s_arrival_home_beside_the_talks_abroad_gives_them_no_city():
    text = ("وكان \"شكري\" قد وصل القاهرة عن طريق عمان، عقب مغادرته من العاصمة الروسية، أمس، وذلك بعد أن شارك "
            "فى المباحثات التى أجراها الرئيس عبد الفتاح السيسي فى موسكو أمس مع نظيره الروسي فلاديمير بوتين.")
    assert _reported(text) == [("Abdel Fattah el-Sisi", "Vladimir Putin", "Moscow")]
    text = ("وكان سامح شكري قد وصل إلى القاهرة أمس، بعد أن شارك في المحادثات التي أجراها الرئيس عبد الفتاح "
            "السيسي في موسكو مع نظيره الروسي فلاديمير بوتين.")
    assert _reported(text) == [("Abdel Fattah el-Sisi", "Vladimir Putin", "Moscow")]
    # another verb, leaders, cities and order: a foreign minister back in Paris after Macron's meeting in Berlin
    text = ("ووصل جان إيف لودريان إلى باريس مساء أمس، بعدما حضر اللقاء الذي عقده الرئيس إيمانويل ماكرون "
            "في برلين أمس مع المستشارة أنجيلا ميركل.")
    assert _reported(text) == [("Emmanuel Macron", "Angela Merkel", "Berlin")]


def test_the_pair_s_own_arrival_still_places_them_and_a_meeting_of_no_city_keeps_the_other():
    """Near misses: the leader's own arrival is the pair's word and votes ("وصل السيسي إلى موسكو، حيث التقى
    بوتين"); with no city of the talks' own, the minister's arrival is all the sentence tells (unchanged)."""
    text = "وصل الرئيس عبد الفتاح السيسي إلى موسكو أمس، حيث التقى الرئيس فلاديمير بوتين."
    assert _reported(text) == [("Abdel Fattah el-Sisi", "Vladimir Putin", "Moscow")]
    text = ("وكان \"شكري\" قد وصل القاهرة أمس، وذلك بعد أن شارك فى المباحثات التى أجراها الرئيس عبد الفتاح السيسي "
            "مع نظيره الروسي فلاديمير بوتين.")
    assert _reported(text) == [("Vladimir Putin", "Abdel Fattah el-Sisi", "Cairo")]
