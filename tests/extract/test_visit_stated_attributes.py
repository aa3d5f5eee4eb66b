"""A reported meeting's type, city and day as its sentences state them: a state visit "to" a country,
a short visit (no type), a meeting word cited in quotation marks, "غداة" (the day after), a day
before a "حيث" (where) clause, a lead's day when the lead calls the meeting earlier this month.
Texts are invented; the real lexicon reads them."""
import datetime as dt

import pytest

pytest.importorskip("tasks.extract.entities")

from tests.extract.test_visit_attributes import dated, typed  # noqa: E402
from tests.extract.test_visits_detect import reported_rows  # noqa: E402


def test_a_state_visit_to_a_country_named_after_a_preposition_stays_a_state_visit():
    # "بزيارة دولة للولايات المتحدة" (on a state visit to the United States): li- ties the country
    # to the visit as its goal; the State of a country is named with no preposition
    text = ("استقبل الرئيس الأمريكي دونالد ترامب أمس نظيره الفرنسي إيمانويل ماكرون الذي يقوم بزيارة دولة "
            "للولايات المتحدة.")
    assert typed(text) == [("Emmanuel Macron", "state", None)]
    # "بزيارة دولة قطر" (visited the State of Qatar): no type is said
    text = ("قام الرئيس التركي رجب طيب أردوغان أمس بزيارة دولة قطر حيث التقى أمير قطر الشيخ تميم بن حمد "
            "آل ثاني.")
    assert typed(text) == [("Recep Tayyip Erdogan", None, None)]


def test_a_short_visit_is_no_working_visit():
    # "زيارة قصيرة" (a short visit) says how long, not the visit's type
    text = ("أجرى الرئيس التركي رجب طيب أردوغان أمس محادثات مع الرئيس الروسي فلاديمير بوتين في موسكو خلال "
            "زيارة قصيرة إلى روسيا.")
    assert typed(text) == [("Recep Tayyip Erdogan", None, "Moscow")]
    # "زيارة عمل قصيرة" (a short working visit) is a working visit
    assert typed(text.replace("زيارة قصيرة", "زيارة عمل قصيرة")) == [("Recep Tayyip Erdogan", "working", "Moscow")]


def test_the_type_of_another_pairs_visit_in_a_digest_is_not_the_rows():
    # a digest's item: "يصل ميقاتي ... في زيارة رسمية" types Mikati's trip, not Morsi's told before it
    published = dt.date(2013, 1, 30)
    text = ("أهم الأخبار المتوقعة اليوم: يغادر الرئيس محمد مرسي في زيارة إلى ألمانيا تستغرق عدة ساعات، يلتقي "
            "خلالها المستشارة الألمانية أنجيلا ميركل. وفي أنقرة يصل رئيس وزراء لبنان نجيب ميقاتي في زيارة "
            "رسمية ليوم واحد، ويلتقي رئيس الوزراء التركي رجب طيب أردوغان.")
    assert [(r["visitor"], r["visit_type"]) for r in reported_rows(text, published)] == [
        ("Mohamed Morsi", None), ("Najib Mikati", "official")]
    # a sentence naming no leader still types the pair's visit told before it
    text = ("التقى الرئيس التركي رجب طيب أردوغان الرئيس الروسي فلاديمير بوتين أمس في موسكو. وتعد الزيارة "
            "الرسمية الأولى منذ عامين.")
    assert typed(text) == [("Recep Tayyip Erdogan", "official", "Moscow")]
