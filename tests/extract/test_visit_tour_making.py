"""A tour told in the present (triggers.yaml tour_making; tasks/extract/visits/tour_making.py): "جولة يجريها لكل من"
(a tour he is making to each of), "بدأ ... جولة أفريقية تشمل" (began an African tour that includes): a visit under
way to the countries listed right after it, unless the tour only frames a trip its sentence tells first. Invented
sentences, the real lexicon."""
import pytest

from tests.extract.test_visit_tour import SALMAN, SISI_TITLE, TAMIM, _tour_rows
# A tour told in the present, its first country right after it (triggers.yaml tour_making): "جولة يجريها لكل من"
# (a tour he is making to each of), "جولة يقوم بها في" (he is making in), "بدأ ... جولة أفريقية تشمل" (began a tour
# that includes): under way, a visit to its first country, whose head by office receives him; a plan only by its own
# future cues. Each sentence failed on main (no visit word: "جولة" alone is no trigger).
@pytest.mark.parametrize("text", [
    # "is trying to win support through a tour he is making to Saudi Arabia and Qatar"
    f"يحاول {SISI_TITLE} حشد الدعم العربي عبر جولة يجريها لكل من السعودية وقطر.",
    # "said during a tour he is making in Saudi Arabia that ..."
    f"وقال {SISI_TITLE} خلال جولة يقوم بها في السعودية إن أمن الخليج جزء من أمن مصر.",
    # "began yesterday a Gulf tour that includes Saudi Arabia and Qatar"
    f"بدأ {SISI_TITLE} أمس جولة خليجية تشمل السعودية وقطر.",
])
def test_a_tour_told_under_way_visits_its_first_country(text):
    reported = [r[:4] for r in _tour_rows(text) if r[0] == "reported"]
    assert ("reported", False, "Abdel Fattah el-Sisi", SALMAN) in reported
    assert {r[3] for r in reported} <= {SALMAN, TAMIM}  # "لكل من السعودية وقطر": each country, as "زيارة إلى ... و"


@pytest.mark.parametrize("text", [
    # a tour ahead: "will begin next week a tour that includes"
    f"وسيبدأ {SISI_TITLE} الأسبوع المقبل جولة تشمل السعودية وقطر.",
    # "will make a tour that includes": a sa- verb right before the tour
    f"وسيقوم {SISI_TITLE} بجولة تشمل كلاً من السعودية وقطر.",
    # the present told with days after publication's (the 29th): "in the period from 5 to 7 July"
    f"يقوم {SISI_TITLE} بجولة تشمل كلاً من السعودية وقطر في الفترة من 5 إلى 7 يوليو.",
    # a tour of his own country's provinces, in the present
    f"وقال {SISI_TITLE} خلال جولة يقوم بها في محافظة أسوان إن المشروعات تسير وفق الجدول.",
    # a minister's tour
    "وقال وزير الخارجية المصري سامح شكري خلال جولة يقوم بها في السعودية إن العلاقات قوية.",
    # a round of talks, no leader's trip
    "وانطلقت اليوم جولة جديدة من المفاوضات بين الحكومة والمعارضة في السعودية.",
])
def test_a_tour_ahead_at_home_or_of_no_leader_in_the_present_is_no_visit(text):
    assert [r for r in _tour_rows(text) if r[0] == "reported"] == []


def test_a_regional_tour_under_way_listed_after_each_of_visits_its_first_country():
    # "is now on an African tour that includes each of Niger and Mali": the present "includes" tells the whole
    # itinerary, the leg after the first lies ahead (tour_lists.itinerary_told; session 44: the pointers' golds of
    # such tours, tunisia2016 JA-localNews-3311 and JA-internationalNews-31, report the first leg only)
    text = f"يقوم {SISI_TITLE} حاليا بجولة أفريقية تشمل كلاً من النيجر ومالي."
    assert sorted(r[:4] for r in _tour_rows(text) if r[0] == "reported") == [
        ("reported", False, "Abdel Fattah el-Sisi", "Mahamadou Issoufou")]


@pytest.mark.parametrize("text", [
    # "arrived today in Beirut as part of an Arab tour that includes Saudi Arabia and Qatar": the tour frames the arrival
    f"وصل {SISI_TITLE} اليوم إلى بيروت في إطار جولة عربية تشمل السعودية وقطر.",
    # "... his tour that includes": its other legs, done or ahead
    f"وصل {SISI_TITLE} اليوم إلى بيروت في إطار جولته التي تشمل السعودية وقطر.",
])
def test_a_tour_framing_an_arrival_told_first_visits_none_of_its_listed_countries(text):
    reported = [r[:4] for r in _tour_rows(text) if r[0] == "reported"]
    assert reported == [("reported", False, "Abdel Fattah el-Sisi", "Michel Aoun")]
