"""A trip noun told with no goal of its own takes the goal the headline names for the same trip
(tasks/extract/visits/headline_goal.py): a protest, a comment or a welcome around a leader's visit whose
text names only what he visited there ("زيارة ... لشيخ الأزهر") or nothing, under a headline "زيارة X لمصر"
told now. Not a headline of another leader, of two foreign countries, told behind the news ("الأخيرة") or
ahead ("المرتقبة"), nor a text sentence naming a third country. Invented sentences, the real lexicon."""
import datetime as dt
from collections import defaultdict

import pytest

from tasks.extract import extract_article

PUB = dt.date(2013, 2, 5)


def visitors(text, title, published=PUB):
    out = defaultdict(list)
    extract_article("a", text, published, out, None, title)
    return {(r["kind"], r["visitor"], r["host"], r["city"]) for r in out["visit_mentions"]}


# each story names a place only in a sentence of its own (a visit needs one: visits.may_hold_visit)
SYRIA = " ورفع المتظاهرون لافتات تندد بما يجري في سوريا."
PROTEST = "نظم عدد من النشطاء وقفة أمام مشيخة الأزهر احتجاجا على زيارة الرئيس الإيراني أحمدي نجاد لشيخ الأزهر." + SYRIA
WELCOME = "ورحبت قيادات الطرق الصوفية اليوم بزيارة الرئيس الإيراني أحمدي نجاد لمقام أهل البيت وسط حراسة مشددة." + SYRIA
GUARD = ("وانتشرت قوات الأمن بكثافة لتأمين زيارة الرئيس التركي رجب طيب أردوغان للمسجد الكبير."
         " وقال مصدر أمني إن الخطة تشمل الطرق المؤدية إلى المطار في الأردن.")


@pytest.mark.parametrize("text,title,row", [
    (PROTEST, "متظاهرون يحتجون على زيارة الرئيس الإيراني لمصر", ("Mahmoud Ahmadinejad", "Mohamed Morsi", None)),
    (PROTEST, "وقفة احتجاجية على زيارة نجاد إلى القاهرة", ("Mahmoud Ahmadinejad", "Mohamed Morsi", "Cairo")),
    (WELCOME, "الصوفية ترحب بزيارة نجاد للقاهرة", ("Mahmoud Ahmadinejad", "Mohamed Morsi", "Cairo")),
    (GUARD, "إجراءات أمنية مشددة خلال زيارة أردوغان لتل أبيب", ("Recep Tayyip Erdogan", "Benjamin Netanyahu", "Tel Aviv")),
])
def test_the_headline_names_the_goal_of_a_trip_noun_without_one(text, title, row):
    assert ("reported", *row) in visitors(text, title)
    assert visitors(text, None) == set()  # no headline: the noun has no goal, no row


@pytest.mark.parametrize("text,title", [
    (PROTEST, "متظاهرون يحتجون على لقاء نجاد وأردوغان في القاهرة"),  # another leader in the headline
    (PROTEST, "متظاهرون يحتجون على زيارة الرئيس الإيراني لمصر وسوريا"),  # two foreign countries
    (PROTEST, "متظاهرون يتذكرون زيارة الرئيس الإيراني الأخيرة لمصر"),  # behind the news
    (PROTEST, "متظاهرون يرفضون زيارة الرئيس الإيراني المرتقبة لمصر"),  # ahead of it
    (PROTEST, "متظاهرون يحتجون أمام مشيخة الأزهر"),  # no trip in the headline
    # the text's sentence names a third country: its goal may be that one
    ("نظم عدد من النشطاء وقفة احتجاجا على زيارة الرئيس الإيراني أحمدي نجاد للسفارة السورية في لبنان.",
     "متظاهرون يحتجون على زيارة الرئيس الإيراني لمصر"),
])
def test_no_goal_from_a_headline_of_another_story_or_time(text, title):
    assert not {r for r in visitors(text, title) if r[0] == "reported"}


DAY = "وصل الرئيس الإيراني أحمدي نجاد إلى القاهرة اليوم في زيارة تستمر ثلاثة أيام."


@pytest.mark.parametrize("extra", [
    # a sa- future sentence: the plan told during the trip gives no mention of its own
    " وقالت وسائل إعلام إن نجاد سيحضر مؤتمر القمة خلال زيارته.",
    # a demand that the tour not include visiting mosques: the noun's genitive is no traveller
    " وطالبت الدعوة ألا تشمل الجولة السياحية للرئيس الإيراني، زيارة المساجد.",
])
def test_a_plan_or_an_object_takes_no_goal_that_turns_the_days_visit_ahead(extra):
    title = "صحف تهتم بزيارة الرئيس الإيراني لمصر"
    assert ("reported", "Mahmoud Ahmadinejad", "Mohamed Morsi", "Cairo") in visitors(DAY + extra, title)
