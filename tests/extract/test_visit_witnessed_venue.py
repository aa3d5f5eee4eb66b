"""A city that witnessed or hosted the meeting word right after it is the venue
(visits.witnessed, grammar.yaml venue_verbs); a country or region that did so names the country the
small summit's host is of (visits.place.city_of_meeting). Invented sentences, the stand-in lexicon of
test_visits, the real lexicon for the summits."""
import datetime as dt

import pytest

from tests.extract.test_visits import run
from tests.extract.test_visits_detect import mention_rows


def rows(text):
    return [(r["visitor"], r["host"], r["city"]) for r in run(text) if r["kind"] == "reported"]


@pytest.mark.parametrize("text, row", [
    # "Moscow witnessed on Tuesday talks between Sisi and Putin"
    ("وشهدت موسكو الثلاثاء محادثات بين السيسي وبوتين.", ("Abdel Fattah el-Sisi", "Vladimir Putin", "Moscow")),
    # "Sochi hosted on Tuesday a meeting that brought Putin and al-Assad together"
    ("واحتضنت سوتشي الثلاثاء لقاء جمع بوتين والأسد.", ("Bashar al-Assad", "Vladimir Putin", "Sochi")),
])
def test_a_city_witnessing_or_hosting_the_meeting_is_its_venue(text, row):
    assert rows(text) == [row]


@pytest.mark.parametrize("text", [
    # "Cairo witnessed wide protests on Tuesday, while Sisi met Putin": the protests' city, not the meeting's
    "وشهدت القاهرة الثلاثاء احتجاجات واسعة، بينما التقى السيسي بوتين.",
    # "Cairo witnessed wide protests during the past months of the crisis, and Sisi met Putin in Moscow"
    "وشهدت القاهرة احتجاجات واسعة، والتقى السيسي بوتين في موسكو.",
])
def test_a_city_witnessing_something_else_is_no_venue(text):
    assert all(city != "Cairo" for _, _, city in rows(text))


# A country or region that hosted (استضاف) or held the meeting word as its subject is the venue too, its
# country the host's: the real lexicon, a second country of the three named later in the article.
SUMMIT_DAY = dt.date(2018, 10, 10)
CRETE = ("{verb} جزيرة كريت اليونانية أمس {noun} الثلاثية بين الرئيس المصري عبد الفتاح السيسي والرئيس القبرصي "
         "نيكوس أناستاسيادس ورئيس وزراء اليونان أليكسيس تسيبراس.\nوأكد السيسي أن مصر تدعم التعاون في شرق المتوسط.")
CRETE_GUESTS = [("Abdel Fattah el-Sisi", "Alexis Tsipras"), ("Nicos Anastasiades", "Alexis Tsipras")]


def guests(text, published=SUMMIT_DAY):
    return sorted((r["visitor"], r["host"]) for r in mention_rows(text, published) if r["kind"] == "reported")


@pytest.mark.parametrize("verb, noun", [
    ("استضافت", "أعمال القمة"),  # "the Greek island of Crete hosted yesterday the trilateral summit's sessions"
    ("واحتضنت", "القمة"),  # "and Crete held the trilateral summit"
])
def test_a_region_that_hosted_a_small_summit_names_its_host(verb, noun):
    assert guests(CRETE.format(verb=verb, noun=noun)) == CRETE_GUESTS


def test_a_country_that_hosted_a_small_summit_names_its_host():
    # "Egypt hosted on Tuesday the trilateral summit between Morsi, Ahmadinejad and Gül" + "Ahmadinejad said
    # Iran welcomes cooperation": Egypt, not Iran, is where it was
    text = ("استضافت مصر الثلاثاء القمة الثلاثية بين الرئيس محمد مرسي والرئيس الإيراني محمود أحمدي نجاد والرئيس "
            "التركي عبد الله جول.\nوقال نجاد إن إيران ترحب بالتعاون.")
    assert guests(text, dt.date(2013, 2, 7)) == [("Abdullah Gul", "Mohamed Morsi"), ("Mahmoud Ahmadinejad", "Mohamed Morsi")]


@pytest.mark.parametrize("text", [
    # "Crete hosted last month an energy conference; the trilateral summit between ... was held yesterday":
    # the conference's venue, the summit's told nowhere
    "استضافت جزيرة كريت اليونانية الشهر الماضي مؤتمرا دوليا للطاقة والغاز الطبيعي، وعقدت أمس القمة الثلاثية بين "
    "الرئيس المصري عبد الفتاح السيسي والرئيس القبرصي نيكوس أناستاسيادس ورئيس وزراء اليونان أليكسيس تسيبراس.\n"
    "وأكد السيسي أن مصر تدعم التعاون في شرق المتوسط.",
    # "New York hosted the trilateral summit ...": a third country hosted it, no host among the three
    "استضافت نيويورك أمس القمة الثلاثية بين الرئيس المصري عبد الفتاح السيسي والرئيس القبرصي نيكوس أناستاسيادس "
    "ورئيس وزراء اليونان أليكسيس تسيبراس.",
])
def test_a_place_hosting_something_else_or_a_third_country_names_no_host(text):
    assert guests(text) == []


# A relative clause on the meeting noun whose venue verb takes it back ("التي تستضيفها", which ... hosts): the
# place right after that verb is the venue.
@pytest.mark.parametrize("text, row", [
    # "Sisi shook Putin's hand at the start of their historic summit, which Sochi hosts"
    ("وصافح السيسي بوتين في مستهل قمتهما التاريخية التي تستضيفها سوتشي.",
     ("Abdel Fattah el-Sisi", "Vladimir Putin", "Sochi")),
    # "Sisi and Putin held the talks which Sochi hosted on Tuesday"
    ("وأجرى السيسي وبوتين المحادثات التي استضافتها سوتشي الثلاثاء.", ("Abdel Fattah el-Sisi", "Vladimir Putin", "Sochi")),
])
def test_a_city_hosting_the_meeting_in_its_relative_clause_is_its_venue(text, row):
    assert rows(text) == [row]


@pytest.mark.parametrize("text", [
    # "Sisi met Putin, and they discussed the protests which Sochi witnessed": the protests' city
    "والتقى السيسي بوتين وبحثا الاحتجاجات التي شهدتها سوتشي.",
    # "the meeting of Sisi and Putin after the protests which Sochi witnessed": another noun's clause
    "وجاء لقاء السيسي وبوتين بعد الاحتجاجات التي شهدتها سوتشي.",
])
def test_a_city_in_another_nouns_relative_clause_is_no_venue(text):
    assert all(city != "Sochi" for _, _, city in rows(text))


def test_a_country_in_the_relative_clause_names_no_venue():
    # "the visits which Russia witnessed from Sisi and Putin": a country there hosts no pair by itself
    assert all(city is None for _, _, city in rows("وأشار إلى الزيارات التي شهدتها روسيا من السيسي وبوتين."))
