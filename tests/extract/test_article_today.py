"""The article's own today: a story that says "اليوم الإثنين" (today, Monday) but is dated Tuesday
(published after midnight or a day late) counts its every other اليوم, أمس, غدا from Monday
(tasks.extract.own_day, read once by tasks.extract.article_time). Invented sentences, the real lexicon."""
import datetime as dt

from tasks.extract import extract_article
from tasks.extract.article_time import article_time
from tasks.extract.own_day import own_day
from ziyarat.arabic import fold_with_map

TUESDAY = dt.date(2013, 3, 26)
MONDAY, SUNDAY = dt.date(2013, 3, 25), dt.date(2013, 3, 24)
GUEST = ("Moncef Marzouki", "Hamad bin Khalifa Al Thani")
RECEPTION = "واستقبل أمير قطر حمد بن خليفة آل ثاني اليوم الرئيس التونسي محمد منصف المرزوقي في الدوحة."


def _reported(text, published=TUESDAY):
    out = {k: [] for k in ("mentions", "visit_mentions", "summit_mentions", "article_topics", "quotes")}
    extract_article("a", text, published, out)
    return [v["date"] for v in out["visit_mentions"] if v["kind"] == "reported" and (v["visitor"], v["host"]) == GUEST]


def _own(text, published=TUESDAY):
    return own_day(text, fold_with_map(text), published)


def test_a_round_up_dated_today_monday_counts_this_evening_from_monday():
    text = ("وصل إلى العاصمة القطرية الدوحة، اليوم الإثنين، عدد من القادة العرب للمشاركة في القمة.\n"
            "ووصل مساء اليوم الرئيس التونسي محمد منصف المرزوقي حيث كان في استقباله أمير قطر حمد بن خليفة آل ثاني.")
    assert _reported(text) == [MONDAY]


def test_another_sentence_stating_today_monday_dates_a_bare_today():
    text = "أعلنت الرئاسة القطرية اليوم الإثنين جدول أعمال القمة العربية.\n" + RECEPTION
    assert _reported(text) == [MONDAY]


def test_yesterday_sunday_says_today_is_monday():
    text = "وكان وزراء الخارجية العرب قد أقروا مساء أمس الأحد مشروع جدول الأعمال.\n" + RECEPTION
    assert _own(text) == (MONDAY, "مساء أمس الأحد")
    assert _reported(text) == [MONDAY]


def test_a_datelines_weekday_is_the_articles_day():
    text = "الدوحة - الإثنين: بدأ توافد القادة العرب على قطر للمشاركة في القمة.\n" + RECEPTION
    assert _own(text) == (MONDAY, "الدوحة - الإثنين")
    assert _reported(text) == [MONDAY]


def test_the_articles_time_keeps_the_stated_day_and_its_words():
    text = "قال المتحدث صباح اليوم – الإثنين – إن القمة تبدأ غدا."
    t = article_time(text, fold_with_map(text), TUESDAY)
    assert (t.day, t.origin, t.evidence) == (MONDAY, "text", "صباح اليوم – الإثنين")


def test_two_different_todays_change_nothing():
    text = ("أعلنت الرئاسة القطرية اليوم الإثنين جدول أعمال القمة.\n"
            "وبدأ اليوم الثلاثاء توافد القادة العرب على الدوحة.\n" + RECEPTION)
    assert _own(text) is None
    assert _reported(text) == [TUESDAY]


def test_the_publications_own_weekday_changes_nothing():
    text = "أعلنت الرئاسة القطرية اليوم الثلاثاء جدول أعمال القمة.\n" + RECEPTION
    assert _own(text) is None
    assert _reported(text) == [TUESDAY]


def test_a_today_in_quoted_speech_is_the_speakers():
    text = 'وقال المتحدث: "بدأنا اليوم الإثنين استقبال الوفود".\n' + RECEPTION
    assert _own(text) is None
    assert _reported(text) == [TUESDAY]


def test_a_weekday_three_days_back_is_not_a_late_story():
    text = "أعلنت الرئاسة القطرية اليوم السبت جدول أعمال القمة.\n" + RECEPTION
    assert _own(text) is None
    assert _reported(text) == [TUESDAY]


def test_a_weekday_after_a_verb_at_the_start_is_no_dateline():
    assert _own("يزور الرئيس التونسي - الإثنين - الدوحة للمشاركة في القمة.") is None
    assert _own("وعاد الوفد في نفس اليوم الإثنين إلى بلاده.") is None


def test_the_weekday_anchored_scan_finds_what_the_whole_text_scan_finds():
    # module._stated_matches looks for the pattern only around the weekdays (a plain search): the same matches
    # as stated.finditer over the whole text, set-off marks, new lines, "الأحد عشر" (eleven) and all
    from tasks.extract import own_day as module
    stated, _dateline = module._patterns()
    texts = ["وصل اليوم الإثنين وفد، وغادر أمس الأحد آخر.",
             "صباح اليوم – الاثنين – استقبل الرئيس ضيفه، ومساء أمس\n(الأحد) وصل.",
             "وفي اليوم الأحد عشر من الشهر التقى الرئيسان، ثم اليوم  الثلاثاء.",
             "الإثنين الثلاثاء اليوم الخميس الجمعة غدا السبت",
             "قال: \"اليوم الأربعاء\" ووصل الاربعاء"]
    for text in texts:
        ft = fold_with_map(text).text
        whole = [m.span() for m in stated.finditer(ft)]
        assert whole  # each text holds at least one
        assert [m.span() for m in module._stated_matches(ft, stated, module._weekday_starts(ft), module._rel_reach())] == whole
