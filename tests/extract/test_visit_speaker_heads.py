"""A speaker titled as the head of a body (a movement, a party, a union) who says "أنه وصل"
(that he arrived) tells his own trip, not a leader's named later in the clause
(tasks/extract/visits/officials.py speaker_not_leader; triggers.yaml title_of_body).
Invented sentences, the real lexicon."""
import datetime as dt
from collections import defaultdict

from tasks.extract import extract_article


def reported_pairs(text, pub=dt.date(2019, 4, 3)):
    out = defaultdict(list)
    extract_article("a", text, pub, out, source="JawharaFM")
    return [(r["visitor"], r["host"]) for r in out["visit_mentions"] if r["kind"] == "reported"]


def test_a_movements_head_who_says_he_came_to_protest_a_leader_is_the_traveller():
    # "the head of the Karama movement said today that he arrived in Cairo to demonstrate
    # against the US president": his trip, no visit of Trump's to Egypt
    text = "أكد رئيس تيار الكرامة سالم العياري اليوم الأربعاء أنه وصل إلى القاهرة للتظاهر ضد الرئيس الأمريكي دونالد ترامب."
    assert reported_pairs(text) == []
    # ... nor with a definite body noun and no date between
    text = "أكد رئيس الحركة سالم العياري أنه وصل إلى القاهرة للتظاهر ضد الرئيس الأمريكي دونالد ترامب."
    assert reported_pairs(text) == []


def test_a_leader_titled_by_a_federation_who_says_he_arrived_is_still_the_traveller():
    # "the president of the Russian Federation, Vladimir Putin, said he arrived in Cairo":
    # "الاتحاد" (federation) heads a state here, and its holder is named
    text = "أكد رئيس الاتحاد الروسي فلاديمير بوتين اليوم الأربعاء أنه وصل إلى القاهرة لبحث العلاقات الثنائية."
    assert reported_pairs(text) == [("Vladimir Putin", "Abdel Fattah el-Sisi")]
    text = "أكد الرئيس الأمريكي دونالد ترامب اليوم الأربعاء أنه وصل إلى القاهرة لبحث العلاقات."
    assert reported_pairs(text) == [("Donald Trump", "Abdel Fattah el-Sisi")]
