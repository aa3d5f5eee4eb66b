"""A tour over several countries (tasks/extract/visits/tour.py): the trip opened in its sentence, here by the
verb phrase "يبدأ زيارة" (begins a visit) itself, has its further listed countries as legs ahead, not
reported by its day. Invented sentences, the stand-in lexicon of test_visits."""
import pytest

from tests.extract.test_visit_dates import PUB, run_dated


def kinds(rows):
    return sorted((r["kind"], r["planned"], r["visitor"], r["host"], r["date"]) for r in rows)


def test_a_visit_begun_today_over_two_countries_has_its_second_leg_ahead():
    rows = run_dated("أعلن الكرملين أن بوتين يبدأ زيارة إلى القاهرة ودمشق اليوم.")
    assert kinds(rows) == [("referenced", True, "Vladimir Putin", "Bashar al-Assad", None),
                           ("reported", False, "Vladimir Putin", "Abdel Fattah el-Sisi", PUB)]


def test_a_visit_told_under_way_to_two_countries_visits_both():
    # "يقوم بوتين بزيارة إلى القاهرة ودمشق. (is making a visit to Cairo and Damascus): no opening, each a visit
    rows = run_dated("يقوم بوتين بزيارة إلى القاهرة ودمشق.")
    assert [r[0] for r in kinds(rows)] == ["reported", "reported"]


# A tour told as made, with the real lexicon: its countries listed after "شملت" (took in) or after the visit verb
# of its relative clause ("زار خلالها", visited during it), even after "بعد عودته من" (after his return from); each
# country's head by office receives the tour's owner, on no day the sentence gives (the return's or later).
SISI_TITLE = "الرئيس المصري عبد الفتاح السيسي"
SALMAN, TAMIM = "Salman bin Abdulaziz", "Tamim bin Hamad Al Thani"


def _tour_rows(text):
    from tests.extract.test_visits_detect import mention_rows
    return [(r["kind"], r["planned"], r["visitor"], r["host"], r["date"]) for r in mention_rows(text)]


@pytest.mark.parametrize("text", [
    # "spoke on Saturday after his return from a tour during which he visited Saudi Arabia and Qatar"
    f"تحدث {SISI_TITLE} للصحفيين السبت بعد عودته من جولة زار خلالها السعودية وقطر.",
    # "... after his return from a tour that took in Saudi Arabia and Qatar"
    f"تحدث {SISI_TITLE} للصحفيين السبت بعد عودته من جولة شملت السعودية وقطر.",
    # "said during his tour that took in Saudi Arabia and Qatar that ..."
    f"قال {SISI_TITLE} خلال جولته التي شملت السعودية وقطر إن المنطقة تحتاج إلى الاستقرار.",
])
def test_a_tour_told_as_made_visits_each_country_it_lists(text):
    assert sorted(_tour_rows(text)) == [("reported", False, "Abdel Fattah el-Sisi", SALMAN, None),
                                        ("reported", False, "Abdel Fattah el-Sisi", TAMIM, None)]


@pytest.mark.parametrize("text", [
    # a tour ahead: "begins tomorrow a tour that includes" (the present verb is not the past one)
    f"يبدأ {SISI_TITLE} غدا جولة تشمل السعودية وقطر.",
    # a minister's tour: no leader travels
    "قام وزير الخارجية المصري سامح شكري بجولة شملت السعودية وقطر.",
    # a tour of his own country's provinces
    f"قام {SISI_TITLE} بجولة شملت محافظتي أسوان والأقصر.",
])
def test_a_tour_ahead_or_no_leaders_or_at_home_visits_no_one(text):
    assert [r for r in _tour_rows(text) if r[0] == "reported"] == []
