"""A trip whose goal is told as "البلاد" (the country) after its sentence named the country
(tasks/extract/visits/country_anaphor.py): the visited country's head by office hosts it. Invented sentences,
the real lexicon; each positive gave no row on main (no_second_side: no place after the trip word)."""
import pytest

from tests.extract.test_visits_detect import mention_rows

MACRON, KEITA = "Emmanuel Macron", "Ibrahim Boubacar Keita"


def _rows(text):
    return [(r["kind"], r["visitor"], r["host"]) for r in mention_rows(text)]


@pytest.mark.parametrize("text", [
    # "six years after the French intervention in Mali began, the French president visits the country on Saturday"
    "بعد ستة أعوام على بدء التدخل العسكري الفرنسي في مالي يزور الرئيس الفرنسي البلاد السبت برفقة وزيرة الدفاع.",
    # "thousands marched in Gao in northern Mali, as the French president makes his visit to the country"
    "تظاهر آلاف الأشخاص في مدينة غاو شمال مالي، تزامنا مع الزيارة التي يقوم بها الرئيس الفرنسي إيمانويل ماكرون "
    "للبلاد.",
])
def test_a_trip_to_the_country_goes_to_the_foreign_country_named_before_it(text):
    assert _rows(text) == [("reported", MACRON, KEITA)]


@pytest.mark.parametrize("text", [
    # an arrival "in the country" after the place he came from: his return home, not a trip to Mali
    "قادما من مالي، وصل الرئيس الفرنسي إيمانويل ماكرون إلى البلاد.",
    # "a visit to the north of the country": a place of the country, no goal told as the country
    "تظاهر آلاف الأشخاص في مالي احتجاجا على زيارة الرئيس الفرنسي إيمانويل ماكرون لشمال البلاد.",
    # the only place before is his own country's: "the country" is France
    "شارك آلاف الأشخاص في مسيرة في باريس، تزامنا مع الزيارة التي يقوم بها الرئيس الفرنسي إيمانويل ماكرون للبلاد.",
    # the only foreign place before is the dateline's, the desk's city: "the country" is another (New Zealand, told
    # by an adjective); on main a referenced Elizabeth II -> Trump
    "نيويورك، الولايات المتحدة الأمريكية (CNN)— كشفت وثائق للاستخبارات النيوزلندية عن محاولة اغتيال الملكة إليزابيث "
    "على يد مراهق خلال زيارتها للبلاد الشهر الماضي.",
    # a minister's visit: no leader travels
    "تظاهر آلاف الأشخاص في مالي، تزامنا مع الزيارة التي يقوم بها وزير الخارجية الفرنسي جان إيف لودريان للبلاد.",
])
def test_a_return_home_a_place_of_the_country_his_own_country_a_desk_or_no_leader_is_no_trip(text):
    assert [r for r in _rows(text) if r[0] == "reported"] == []


def test_a_trip_to_the_country_on_the_eve_of_its_day_stays_a_plan():
    # "on the eve of the French president's visit to the country today": referenced, as "إلى مالي" would be
    text = "أطلقت القوات الحكومية سراح عشرات المعتقلين في مالي، عشية زيارة الرئيس الفرنسي إيمانويل ماكرون إلى البلاد."
    assert _rows(text) == [("referenced", MACRON, KEITA)]
