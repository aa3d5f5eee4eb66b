"""A tour over several countries (tasks/extract/visits/tour.py): the trip opened in its sentence, here by the
verb phrase "يبدأ زيارة" (begins a visit) itself, has its further listed countries as legs ahead, not
reported by its day. Invented sentences, the stand-in lexicon of test_visits."""
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
