"""An undated article's report day as a weekday (visits.undated_day.report_weekday): a meeting named by
its own weekday two or more days before it is behind the news, as a dated article finds it. Invented
sentences, the real lexicon (the whole extract step)."""
import datetime as dt

from tasks.extract import extract_article


def _kinds(text, published=None):
    out = {k: [] for k in ("mentions", "visit_mentions", "summit_mentions", "article_topics", "quotes")}
    extract_article("a", text, published, out)
    return [(v["kind"], v["visitor"], v["host"]) for v in out["visit_mentions"]]


def test_a_summit_two_days_before_the_leads_report_day_is_background():
    # said on Wednesday, the summit on Monday: two days gone
    text = ("وقال المسؤول الأمريكي، الأربعاء، ردا على سؤال بشأن نفي بوتين لأي تدخل خلال قمة هلسنكي، "
            "الاثنين، مع ترامب إن رأيه لم يتغير.")
    assert [k for k, *_ in _kinds(text)] == ["referenced"]


def test_a_meeting_nouns_weekday_days_before_the_report_is_background():
    # reported on Friday, the summit Kim praised on Tuesday
    text = ("ذكرت وكالة الأنباء المركزية، الجمعة، أن الزعيم الكوري الشمالي كيم جونغ أون أشاد بنتائج قمته مع "
            "الرئيس الكوري الجنوبي مون جاي إن الثلاثاء في بيونغ يانغ.")
    assert [k for k, *_ in _kinds(text)] == ["referenced"]
    # said on Monday (the week wraps), the talks on Thursday
    wrap = ("وأكد المتحدث باسم الكرملين، الاثنين، أن قمة الخميس بين الرئيس الروسي فلاديمير بوتين والرئيس التركي "
            "رجب طيب أردوغان لم تحسم الخلاف.")
    assert [k for k, *_ in _kinds(wrap)] == ["referenced"]


def test_a_verbs_day_is_not_counted_back():
    # a verb's day a few days back is the news a week back in a dated article too
    verb = ("ذكرت وكالة الأنباء المركزية، الجمعة، أن الرئيس الكوري الجنوبي مون جاي إن التقى الزعيم "
            "الكوري الشمالي كيم جونغ أون الثلاثاء في بيونغ يانغ.")
    assert [k for k, *_ in _kinds(verb)] == ["reported"]


def test_the_report_day_or_the_day_before_stays_the_news():
    same = ("قالت وكالة الأنباء، الثلاثاء، إن الرئيس الكوري الجنوبي مون جاي إن التقى الزعيم الكوري الشمالي "
            "كيم جونغ أون الثلاثاء في بيونغ يانغ.")
    assert [k for k, *_ in _kinds(same)] == ["reported"]
    before = same.replace("، الثلاثاء، إن", "، الأربعاء، إن")
    assert [k for k, *_ in _kinds(before)] == ["reported"]


def test_no_report_day_or_a_day_ahead_is_not_read_as_days_gone():
    # no verb of saying before the lead's weekday: nothing to count from
    bare = "التقى الرئيس الكوري الجنوبي مون جاي إن الزعيم الكوري الشمالي كيم جونغ أون الثلاثاء في بيونغ يانغ."
    assert [k for k, *_ in _kinds(bare)] == ["reported"]
    # a meeting ahead of the report ("ستعقد الثلاثاء") is a plan, not one six days gone
    ahead = ("ذكرت وكالة يونهاب، الاثنين، أن القمة بين الرئيس الأمريكي دونالد ترامب والزعيم الكوري الشمالي "
             "كيم جونغ أون ستعقد الثلاثاء في سنغافورة.")
    assert [k for k, *_ in _kinds(ahead)] != [("reported", "Donald Trump", "Kim Jong-un")]
    plan = ("قال المتحدث، الجمعة، إن الرئيس الكوري الجنوبي مون جاي إن يلتقي الزعيم الكوري الشمالي "
            "كيم جونغ أون الثلاثاء المقبل في بيونغ يانغ.")
    assert "reported" not in [k for k, *_ in _kinds(plan)]


def test_a_dated_article_is_read_by_its_date():
    # dated, the rule is not read: the summit noun's Tuesday is the 18th in a Friday 21 September article
    text = ("ذكرت وكالة الأنباء المركزية، الجمعة، أن الزعيم الكوري الشمالي كيم جونغ أون أشاد بنتائج قمته مع "
            "الرئيس الكوري الجنوبي مون جاي إن الثلاثاء في بيونغ يانغ.")
    assert [k for k, *_ in _kinds(text, dt.date(2018, 9, 21))] == ["reported"]
