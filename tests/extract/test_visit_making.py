"""A visit told under way by its own clause (tasks/extract/visits/making.py): a relative clause's arrival of
publication's day ("الذي يصل القاهرة اليوم", who arrives in Cairo today) keeps its own time against a plan
phrase of the main clause ("للإعداد لزيارة", to prepare the visit). Invented sentences, the stand-in lexicon
of test_visits."""
import pytest

from tests.extract.test_visit_dates import PUB, run_dated

PREP = "وصل إلى مطار القاهرة منذ قليل وفد أمني روسي للإعداد لزيارة الرئيس بوتين "


def kinds(rows):
    return sorted((r["kind"], r["planned"], r["visitor"], r["host"], r["date"]) for r in rows)


@pytest.mark.parametrize("clause", [
    "الذي يصل القاهرة اليوم للقاء السيسي.",
    "الذي يصل القاهرة مساء اليوم للقاء السيسي.",
    "الذي يصل إلى القاهرة اليوم الأربعاء للمشاركة في القمة مع السيسي.",
    "الذي سيصل القاهرة اليوم للقاء السيسي.",  # "سيصل اليوم" (will arrive today) is the day's as well
])
def test_a_relative_arrival_today_keeps_its_day_against_a_preparation(clause):
    rows = run_dated(PREP + clause)
    assert ("reported", False, "Vladimir Putin", "Abdel Fattah el-Sisi", PUB) in kinds(rows)


@pytest.mark.parametrize("clause", [
    "الذي يصل القاهرة غدا للقاء السيسي.",  # a later day: the plan
    "الذي يصل القاهرة الأسبوع المقبل للقاء السيسي.",
    "الذي سيصل القاهرة الخميس المقبل للقاء السيسي.",
    "الذي يصل القاهرة للقاء السيسي.",  # undated
])
def test_a_relative_arrival_ahead_or_undated_stays_planned(clause):
    rows = run_dated(PREP + clause)
    assert [r for r in kinds(rows) if r[0] == "reported"] == []
    assert any(r[:2] == ("referenced", True) for r in kinds(rows))


def test_a_plan_on_the_arrival_itself_is_read_by_its_day():
    # "من المقرر أن يصل بوتين القاهرة اليوم" (Putin is scheduled to arrive today): no relative clause; the frame
    # with publication's day is the day's arrival (begun.scheduled_today, session 41), tomorrow's stays a plan
    assert [r["kind"] for r in run_dated("من المقرر أن يصل بوتين القاهرة اليوم للقاء السيسي.")] == ["reported"]
    assert [r["kind"] for r in run_dated("من المقرر أن يصل بوتين القاهرة غدا للقاء السيسي.")] == ["referenced"]


# making.cut_short: a visit its owner cut short ("قطع زيارته", "اختصرت زيارتها") was under way when the news broke,
# however deep in the text it is told; the whole lexicon (extract_article), invented sentences
CUT_LEAD = "شهدت العاصمة التركية مظاهرات واسعة اليوم احتجاجا على التفجير.\nوقالت الشرطة إن المهاجمين فروا من المكان.\n"


def _cut_rows(sentence):
    import datetime as dt

    from tests.extract.test_visits_detect import mention_rows
    return sorted((r["kind"], r["visitor"], r["host"]) for r in mention_rows(CUT_LEAD + sentence, dt.date(2013, 3, 12)))


@pytest.mark.parametrize("sentence, visitor, host", [
    ("وقطع الرئيس التركي عبد الله جول زيارته إلى ألمانيا.", "Abdullah Gul", "Angela Merkel"),
    ("ودان رئيس الوزراء التركي رجب طيب أردوغان التفجير واختصر زيارته إلى روسيا.", "Recep Tayyip Erdogan", "Vladimir Putin"),
    ("وقرر الرئيس الأمريكي باراك أوباما قطع جولته الآسيوية وزيارته لليابان للعودة إلى واشنطن.", "Barack Obama", "Shinzo Abe"),
])
def test_a_visit_cut_short_is_news_deep_in_the_text(sentence, visitor, host):
    assert ("reported", visitor, host) in _cut_rows(sentence)


def test_a_visit_cut_short_is_only_its_owners():
    # the leader listed before the one who cut her visit short was absent, not visiting
    rows = _cut_rows("وغاب الرئيس الروسي فلاديمير بوتين، والمستشارة الألمانية أنجيلا ميركل التي قطعت زيارتها لتركيا.")
    assert ("reported", "Angela Merkel", "Abdullah Gul") in rows
    assert ("referenced", "Vladimir Putin", "Abdullah Gul") in rows


@pytest.mark.parametrize("sentence", [
    "ودان رئيس الوزراء التركي رجب طيب أردوغان التفجير خلال زيارته إلى روسيا.",  # no cut verb: an aside
    "وكان أردوغان قد قطع زيارته إلى ألمانيا العام الماضي بسبب زلزال.",  # cut short last year: background
])
def test_a_visit_not_cut_short_today_stays_background(sentence):
    assert not [r for r in _cut_rows(sentence) if r[0] == "reported"]


def test_a_general_rule_of_cutting_visits_short_gives_no_row():
    assert _cut_rows("وفي الدول الديمقراطية يقطع الرئيس زيارته إذا وقعت أزمة.") == []
