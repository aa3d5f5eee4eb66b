"""A leader's trip abroad whose host the sentence does not name (the visited country's leader on the
day hosts): told by the leader's own office ("أعلن مكتب رئيس الوزراء X أنه غادر إلى ...",
visits.office_voice), or to "العاصمة" with li- before the city's bare name ("زيارته للعاصمة برلين",
grammar.yaml locatives). Texts are invented; the real lexicon reads them."""
import datetime as dt

import polars as pl
import pytest

pytest.importorskip("tasks.extract.entities")

from tasks.extract import extract  # noqa: E402

DAY = dt.date(2019, 6, 12)  # a Wednesday


def reported(text: str, published: dt.date = DAY) -> list[tuple]:
    out = extract(pl.DataFrame({"article_id": ["a"], "text": [text], "published_date": [published]}))
    rows = out["visit_mentions"].filter(pl.col("kind") == "reported").to_dicts()
    return [(r["visitor"], r["host"], r["city"], r["date"]) for r in rows]


def test_the_leaders_office_announcing_he_arrived_tells_his_own_trip():
    text = ("أعلن المكتب الإعلامي لرئيس الوزراء اللبناني، سعد الحريري، أنه وصل إلى الرياض مساء أمس "
            "الثلاثاء في زيارة رسمية تستمر يومين.")
    assert reported(text) == [("Saad Hariri", "Salman bin Abdulaziz", "Riyadh", dt.date(2019, 6, 11))]


def test_the_office_announcing_a_ministers_trip_is_not_its_owners():
    text = "أعلن المكتب الإعلامي لرئيس الوزراء اللبناني سعد الحريري أن وزير المالية غادر إلى الرياض أمس."
    assert reported(text) == []


def test_the_offices_director_saying_he_arrived_is_not_the_leader():
    text = "قال مدير مكتب رئيس الوزراء اللبناني سعد الحريري إنه وصل إلى الرياض أمس للقاء مسؤولين."
    assert reported(text) == []


def test_a_visit_to_the_capital_with_li_before_the_bare_city_name_finds_its_host():
    text = "دشن الرئيس الفرنسي إيمانويل ماكرون معرضا للفنون اليوم خلال زيارته الحالية للعاصمة برلين."
    assert reported(text) == [("Emmanuel Macron", "Angela Merkel", "Berlin", DAY)]


def test_arriving_at_his_own_capital_with_li_is_no_visit():
    text = "عاد الرئيس الفرنسي إيمانويل ماكرون اليوم للعاصمة باريس بعد إجازة قصيرة."
    assert reported(text) == []


def test_a_capital_bordered_with_li_is_no_place_of_the_visit():
    text = ("زار الرئيس الفرنسي إيمانويل ماكرون واشنطن اليوم، بعد غارات على الغوطة الشرقية المتاخمة "
            "للعاصمة دمشق.")
    assert reported(text) == [("Emmanuel Macron", "Donald Trump", "Washington", DAY)]
