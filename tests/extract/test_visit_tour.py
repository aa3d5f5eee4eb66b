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


# Another leg of a tour told only in passing beside the leg reported (tour.passing_legs): its host, the head by
# office of a country named only in the reported leg's sentences, never named, is an earlier trip: referenced.
QATAR_TALKS = f"بحث {SISI_TITLE}، مع أمير قطر الشيخ تميم بن حمد، خلال زيارته إلى الدوحة، أمس الاثنين، سبل دعم التعاون."


@pytest.mark.parametrize("text", [
    # "heads today to Doha, after concluding his short visit to Saudi Arabia ...; Sisi will meet Qatar's emir"
    f"يتوجه {SISI_TITLE} اليوم إلى الدوحة، بعد اختتام زيارته القصيرة إلى السعودية حيث التقى قادة دول الخليج. "
    "ويلتقي السيسي في الدوحة أمير قطر تميم بن حمد.",
    # "... is on a tour begun last week with a visit to Jordan, last Wednesday, that took in Saudi Arabia and Qatar"
    QATAR_TALKS + " جدير بالذكر، أن الرئيس المصري يقوم حاليا بجولة خارجية بدأت الأسبوع الماضي بزيارة الأردن، "
    "يوم الأربعاء الماضي، وشملت زيارة السعودية وقطر.",
])
def test_an_earlier_leg_told_in_passing_beside_the_reported_leg_is_referenced(text):
    rows = _tour_rows(text)
    assert [r[:4] for r in rows if r[3] == SALMAN] == [("referenced", False, "Abdel Fattah el-Sisi", SALMAN)]
    assert [r[:4] for r in rows if r[0] == "reported"] == [("reported", False, "Abdel Fattah el-Sisi", TAMIM)]


@pytest.mark.parametrize("text", [
    # the Saudi leg told on its own too: "Sisi's visit to Saudi Arabia resulted in five agreements"
    f"أسفرت زيارة {SISI_TITLE} للسعودية عن توقيع خمس اتفاقيات. وبحث السيسي مع أمير قطر الشيخ تميم بن حمد في الدوحة "
    "أمس سبل التعاون، بعد زيارته للسعودية.",
    # a round-up of a tour made, its legs undated: "returned to Cairo after a tour during which he visited Saudi
    # Arabia and Qatar; in Doha, Sisi met Qatar's emir"
    f"عاد {SISI_TITLE} إلى القاهرة بعد جولة زار خلالها السعودية وقطر. وفي الدوحة التقى السيسي أمير قطر الشيخ تميم بن حمد.",
    # no leg's host named: "heads today to Doha after concluding his visit to Saudi Arabia"
    f"يتوجه {SISI_TITLE} اليوم إلى الدوحة، بعد اختتام زيارته القصيرة إلى السعودية.",
])
def test_a_leg_told_on_its_own_or_beside_no_named_host_keeps_its_row(text):
    assert ("reported", False, "Abdel Fattah el-Sisi", SALMAN) in [r[:4] for r in _tour_rows(text)]
