"""A summit named by its venue (tasks/extract/visits/named_summit.py): "قمة هلسنكي" (the Helsinki summit) with no day or
week in its sentence is a known event told behind the news, so the meeting is referenced, and the pair's bare nouns
elsewhere ("بعد قمة ... بين ترامب وبوتين", after a summit between Trump and Putin) retell it. A summit "in" a city
("قمة في هلسنكي"), a definite "القمة", one dated by its own day, one ahead ("قبيل قمة هلسنكي") and a meeting told by a
verb stay as they were. Invented texts, the whole lexicon."""
import datetime as dt

import pytest

from tests.extract.test_visits_detect import mention_rows

THU = dt.date(2018, 7, 19)
TRUMP, PUTIN = "Donald Trump", "Vladimir Putin"


def reported(text):
    return [(r["visitor"], r["host"]) for r in mention_rows(text, THU) if r["kind"] == "reported"]


def kinds(text):
    return [(r["kind"], r["visitor"], r["host"]) for r in mention_rows(text, THU)]


@pytest.mark.parametrize("text", [
    # "Democratic lawmakers asked to hear the interpreter, amid the growing row over the Helsinki summit between
    # Trump and his Russian counterpart Putin"
    "طالب مشرعون ديمقراطيون باستدعاء المترجمة للاستماع إليها، وسط تنامي الجدل حول قمة هلسنكي بين الرئيس الأميركي "
    "دونالد ترامب ونظيره الروسي فلاديمير بوتين.",
    # "The EU's foreign policy chief affirmed that the Helsinki summit between Trump and Putin proved that dialogue is
    # the only way"
    "أكدت منسقة السياسة الخارجية بالاتحاد الأوروبي أن قمة هلسنكي بين الرئيس الأميركي دونالد ترامب والرئيس الروسي "
    "فلاديمير بوتين أقامت الدليل على أن الحوار هو السبيل الوحيد.",
])
def test_a_summit_named_by_its_venue_is_referenced(text):
    rows = kinds(text)
    assert rows and all(kind == "referenced" for kind, _, _ in rows)


def test_the_pairs_bare_summit_elsewhere_retells_the_named_one():
    # "The poll came after a controversial summit and press conference between Trump and his Russian counterpart
    # Putin. But Trump's performance at the Helsinki summit, where he declined to blame Putin, did not affect his
    # popularity."
    text = ("أظهر استطلاع للرأي أن شعبية الرئيس الأميركي دونالد ترامب لم تتراجع. "
            "وجاء الاستطلاع بعد قمة ومؤتمر صحفي مثيرين للجدل بين ترامب ونظيره الروسي فلاديمير بوتين. "
            "بيد أن أداء ترامب في قمة هلسنكي، حيث رفض تحميل بوتين المسؤولية، لم يكن له تأثير على شعبيته.")
    assert reported(text) == []


@pytest.mark.parametrize("text", [
    # "amid the growing row over a summit between Trump and Putin in Helsinki": a summit "in" a city, no name
    "طالب مشرعون ديمقراطيون باستدعاء المترجمة، وسط تنامي الجدل حول قمة بين الرئيس الأميركي دونالد ترامب ونظيره "
    "الروسي فلاديمير بوتين في هلسنكي.",
    # "Trump was asked at the Helsinki summit on Thursday whether he believes his intelligence services": its own day
    "وقد سئل الرئيس الأميركي دونالد ترامب في قمة هلسنكي الخميس مع نظيره الروسي فلاديمير بوتين إن كان يصدق "
    "أجهزته الاستخبارية.",
])
def test_a_summit_in_a_city_or_dated_by_its_day_stays_reported(text):
    assert reported(text) == [(TRUMP, PUTIN)]


def test_a_meeting_told_by_a_verb_stays_reported_beside_the_named_summit():
    # "Trump met his Russian counterpart Putin today in Helsinki. The Helsinki summit between Trump and Putin drew
    # wide criticism."
    text = ("التقى الرئيس الأميركي دونالد ترامب اليوم الخميس نظيره الروسي فلاديمير بوتين في هلسنكي. "
            "وأثارت قمة هلسنكي بين ترامب وبوتين انتقادات واسعة.")
    assert reported(text) == [(TRUMP, PUTIN)]
