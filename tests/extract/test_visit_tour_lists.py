"""A tour noun read up to the countries its clause lists (tasks/extract/visits/tour_lists.py), and the legs after the
first of a present itinerary ("جولة تشمل", a tour that includes) told as ahead (tour.listed_destinations). Invented
sentences, the real lexicon; each positive gave no row, or every leg reported, on main (checked)."""
import datetime as dt

import pytest

from tests.extract.test_visits_detect import mention_rows

DAY = dt.date(2018, 3, 20)
XI, SALL, KAGAME, RAMAPHOSA = "Xi Jinping", "Macky Sall", "Paul Kagame", "Cyril Ramaphosa"
MODI, MACRON, MERKEL = "Narendra Modi", "Emmanuel Macron", "Angela Merkel"
ROUHANI, INDIA_PM, PAKISTAN_PM = "Hassan Rouhani", "Narendra Modi", "Shahid Khaqan Abbasi"


def _rows(text):
    return sorted((r["kind"], r["visitor"], r["host"]) for r in mention_rows(text, DAY))


def _reported(text):
    return [r for r in _rows(text) if r[0] == "reported"]


def test_an_adjective_and_a_relative_between_the_tour_and_its_itinerary():
    # "the Chinese president continues his African tour, which includes Senegal, Rwanda and South Africa": the first
    # leg is the news, the others lie ahead
    text = "يواصل الرئيس الصيني شي جين بينغ جولته الإفريقية التي تشمل كلا من السنغال ورواندا وجنوب أفريقيا."
    assert _rows(text) == [("referenced", XI, RAMAPHOSA), ("referenced", XI, KAGAME), ("reported", XI, SALL)]


def test_a_day_span_between_the_tour_and_in_each_of():
    # "the foreign minister accompanied India's prime minister on his tour from 10 to 14 March in France and Germany"
    text = "ورافق وزير الخارجية رئيس الوزراء الهندي ناريندرا مودي في جولته من 10 إلى 14 مارس الجاري بكل من فرنسا وألمانيا."
    assert _reported(text) == [("reported", MODI, MERKEL), ("reported", MODI, MACRON)]


def test_a_past_tour_with_its_adjective_reports_every_leg():
    # "the Chinese president ended yesterday his African tour, which took in Senegal, Rwanda and South Africa"
    text = "اختتم الرئيس الصيني شي جين بينغ أمس جولته الإفريقية التي شملت السنغال ورواندا وجنوب أفريقيا."
    assert _reported(text) == [("reported", XI, RAMAPHOSA), ("reported", XI, SALL), ("reported", XI, KAGAME)]


def test_the_listed_phrase_of_the_triggers_keeps_only_its_first_leg_as_news():
    # "the Iranian president makes an Asian tour that includes India and Pakistan": main reported both
    text = "يؤدي الرئيس الإيراني حسن روحاني جولة آسيوية تشمل كلا من الهند وباكستان."
    assert _rows(text) == [("referenced", ROUHANI, PAKISTAN_PM), ("reported", ROUHANI, INDIA_PM)]


@pytest.mark.parametrize("text", [
    # begins next week: a plan
    "يبدأ الرئيس الفرنسي إيمانويل ماكرون الأسبوع المقبل جولته الآسيوية التي تشمل كلا من الهند وفيتنام.",
    # "will include": ahead
    "ولم يشر البيت الأبيض إلى أية مبادرة من قبل الرئيس الأمريكي دونالد ترامب خلال جولته التي ستشمل اليابان أيضا.",
    # a minister's tour
    "اختتم وزير الخارجية الأمريكي مايك بومبيو جولته الآسيوية التي شملت كلا من اليابان والصين.",
    # an inspection tour at home, no country listed
    "أجرى الرئيس المصري عبد الفتاح السيسي جولة تفقدية في محافظة الإسكندرية شملت عددا من المشروعات.",
    # the tour's clause ends before the list: "ended his African tour. The talks included ..."
    "أنهى الرئيس الصيني شي جين بينغ جولته الإفريقية. وشملت المباحثات في السنغال ملفات التعاون.",
])
def test_a_plan_a_future_a_minister_a_tour_at_home_or_another_clause_reports_no_tour(text):
    assert _reported(text) == []


@pytest.mark.parametrize("text, news", [
    # "arrived on Saturday evening in India, the last stop of his Asian tour, which took in China and Japan": the tour
    # frames the arrival, China and Japan are earlier legs told in passing
    ("وصل الرئيس الفرنسي إيمانويل ماكرون مساء السبت إلى الهند المحطة الأخيرة ضمن جولته الآسيوية والتي شملت الصين "
     "واليابان.", ("reported", MACRON, "Narendra Modi")),
    # "is now on an African tour that took in Senegal and Rwanda and ends it today in South Africa": the legs done
    # before the day's
    ("ويقوم الرئيس الصيني شي جين بينغ حاليا بجولة إفريقية شملت السنغال ورواندا، ويختتمها اليوم بزيارة جنوب أفريقيا.",
     ("reported", XI, RAMAPHOSA)),
])
def test_the_earlier_legs_of_a_tour_framing_the_days_trip_are_not_its_news(text, news):
    assert _reported(text) == [news]
