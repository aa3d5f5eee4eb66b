"""A meeting noun whose predicate is a sa- future is a plan (ahead.subject_of_future) also when the
two leaders it names carry long titles between the noun and the verb: "إن القمة بين الرئيس الكوري
الجنوبي ... والزعيم الكوري الشمالي ...، ستشمل عشاء" (the summit between the South Korean president and
the North Korean leader will include a dinner): the title words do not count toward the predicate's
reach. Invented texts, the real lexicon."""
import datetime as dt
from collections import defaultdict

from tasks.extract import extract_article

DAY = dt.date(2018, 4, 20)


def kinds(text, pub=DAY):
    out = defaultdict(list)
    extract_article("a", text, pub, out, source="test")
    return sorted((r["kind"], r["visitor"], r["host"]) for r in out["visit_mentions"])


def test_a_summit_between_titled_leaders_that_will_include_a_dinner_is_a_plan():
    text = ("أوضح متحدث باسم الرئاسة في سيول، أن القمة التاريخية بين الرئيس الكوري الجنوبي مون جيه إن "
            "والزعيم الكوري الشمالي كيم جونغ أون، ستتضمن مأدبة عشاء رسمية.")
    assert [k[0] for k in kinds(text)] == ["referenced"]


def test_a_summit_between_titled_leaders_that_included_a_dinner_is_held():
    # negative: the perfect "تضمنت" (included) tells a summit held
    text = ("أوضح متحدث باسم الرئاسة في سيول، أن القمة بين الرئيس الكوري الجنوبي مون جيه إن "
            "والزعيم الكوري الشمالي كيم جونغ أون، تضمنت مأدبة عشاء رسمية.")
    assert [k[0] for k in kinds(text)] == ["reported"]


def _pairs(text, pub=dt.date(2018, 7, 16)):
    return [k for k in kinds(text, pub) if k[0] == "reported"]


def test_the_title_before_a_leader_does_not_count_toward_a_meeting_nouns_window():
    """vetoes.attached with prospects.title_start: "a summit in which the US president Donald Trump and
    the Russian Vladimir Putin will sit together today in Helsinki": two words ("سيجلس فيها"), not four,
    stand between the summit and Trump; his title and name are one unit. Failed on main."""
    for title in ("الرئيس الأميركي", "رئيس الولايات المتحدة الأميركية"):
        text = (f"تتجه أنظار العالم إلى أول قمة سيجلس فيها {title} دونالد ترامب والروسي فلاديمير بوتين "
                "معا اليوم الاثنين في هلسنكي.")
        assert _pairs(text) == [("reported", "Donald Trump", "Vladimir Putin")], title


def test_words_that_are_no_title_still_count_toward_the_window():
    """Near-miss: four plain words ("التي تحدث عنها أمس") before the leader, no title among them, still
    keep the one who talked of the summit out of it."""
    text = ("تتجه أنظار العالم إلى القمة التي تحدث عنها أمس دونالد ترامب مع الصحفيين في واشنطن، "
            "وقال إن فلاديمير بوتين رجل قوي.")
    assert _pairs(text) == []
    # nor does a title make another clause's leader the summit's: "القمة ستكون مفيدة كما قال مستشار الرئيس"
    text = ("وتتجه الأنظار إلى القمة المقبلة التي ستكون مفيدة للجميع بحسب تصريحات الرئيس الأميركي دونالد ترامب "
            "عن الرئيس الروسي فلاديمير بوتين.")
    assert _pairs(text) == []


def test_a_title_owned_by_a_noun_or_with_no_partner_named_still_counts():
    """Near-misses of prospects.title_start: a title possessed by a noun of sanction ("بعلم ومصادقة رئيس الوزراء"
    with the knowledge and approval of the prime minister: the meeting is the envoys'), and a titled host named
    with no other leader after him ("الاجتماع الذي استضافه رئيس الوزراء البريطاني ديفيد كاميرون للرئيسين"):
    the title words still count, so no leader named elsewhere becomes his partner."""
    text = ("وكشفت الصحيفة عن لقاء سري بين مسؤولين من البلدين، وجرى اللقاء بعلم ومصادقة رئيس الوزراء، رجب طيب "
            "أردوغان ونظيره الإسرائيلي بنيامين نتنياهو، حسب قول الصحيفة.")
    assert _pairs(text, dt.date(2013, 1, 20)) == []
    text = ("وقال الرئيس الأميركي باراك أوباما إن قواته ستنسحب. وتدرس الهند تفاصيل الاجتماع الذي استضافه رئيس "
            "الوزراء البريطاني ديفيد كاميرون للرئيسين الباكستاني والأفغاني.")
    assert _pairs(text, dt.date(2013, 2, 5)) == []
