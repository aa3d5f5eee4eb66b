"""The order of a summit sideline meeting's two sides (tasks/extract/visits/sides_order.py): the text's order, but a
meeting noun with a singular possessive pronoun ("بلقائه مع أمير دولة الكويت", his meeting with the Emir of Kuwait)
puts its owner first, though the sentence names him after the other ("..., قال المالكي", Maliki said). A dual pronoun
("لقائهما", their meeting), a meeting verb, or a noun with no pronoun keep the text's order. Invented texts, the whole
lexicon."""
import datetime as dt

import pytest

from tests.extract.test_visits_detect import mention_rows

THU = dt.date(2013, 2, 7)
MALIKI, SABAH = "Nouri al-Maliki", "Sabah Al-Ahmad Al-Jaber Al-Sabah"
# "The Iraqi PM Nouri al-Maliki affirmed that Iraq's message at the Islamic summit held in Cairo is to reject violence."
OPEN = "أكد رئيس الوزراء العراقي نوري المالكي أن رسالة العراق في القمة الإسلامية المنعقدة في القاهرة هي نبذ العنف. "


def rows(sentence):
    return [(r["kind"], r["visitor"], r["host"], r["city"]) for r in mention_rows(OPEN + sentence, THU)]


def test_his_meeting_with_the_emir_puts_its_owner_first():
    # "As for his meeting with the Emir of Kuwait on the summit's sidelines, Maliki said there is great understanding"
    text = "وفيما يتعلق بلقائه مع أمير دولة الكويت على هامش القمة، قال المالكي إن هناك تفاهما كبيرا بين البلدين."
    assert rows(text) == [("reported", MALIKI, SABAH, "Cairo")]


@pytest.mark.parametrize("sentence", [
    # "during their meeting on the sidelines, the Emir of Kuwait and the Iraqi PM discussed": a dual pronoun
    "وخلال لقائهما على هامش القمة، بحث أمير دولة الكويت ورئيس الوزراء العراقي نوري المالكي العلاقات بين البلدين.",
    # "on the sidelines, the Emir of Kuwait met the Iraqi PM": a verb
    "وعلى هامش القمة، التقى أمير دولة الكويت رئيس الوزراء العراقي نوري المالكي وبحثا العلاقات بين البلدين.",
    # "the Emir of Kuwait held a meeting with Maliki": a noun with no pronoun
    "وعلى هامش القمة عقد أمير دولة الكويت لقاء مع المالكي بحثا خلاله العلاقات بين البلدين.",
])
def test_other_sideline_meetings_keep_the_texts_order(sentence):
    assert rows(sentence) == [("reported", SABAH, MALIKI, "Cairo")]


def test_his_summit_with_his_counterpart_is_the_owners_whoever_the_next_sentence_names():
    # "He pointed out, ahead of his summit with his Russian counterpart, Vladimir Putin, in Helsinki today, Monday,
    # that relations are tense. Trump said in a tweet ...": the owner is the story's Trump, not the next sentence's guess
    text = ("أعلن الرئيس الأمريكي دونالد ترامب أن قمة حلف الأطلسي التي حضرها الأسبوع الماضي كانت ناجحة. "
            "كما لفت، قبيل قمته مع نظيره الروسي، فلاديمير بوتين في هلسنكي اليوم الاثنين، إلى أن العلاقات مع موسكو "
            "متوترة. وقال ترامب في تغريدة إن العلاقات مع روسيا لم تكن يوما أسوأ مما هي عليه الآن.")
    assert [(r["kind"], r["visitor"], r["host"], r["city"]) for r in mention_rows(text, dt.date(2018, 7, 16))] == [
        ("reported", "Donald Trump", "Vladimir Putin", "Helsinki")]


# A third country's meeting whose first sentence names the two in another clause's order ("قبل كيم ... دعوة ...
# ترامب", Kim accepted Trump's invitation) takes the order of the first meeting noun that names them after "بين"
# (sides_order.between_order: "القمة التاريخية بين ترامب وكيم", the historic summit between Trump and Kim).
WED = dt.date(2018, 6, 13)
TRUMP, KIM = "Donald Trump", "Kim Jong-un"
# "North Korean leader Kim Jong-un accepted US President Donald Trump's invitation to visit Washington, after their
# meeting in Singapore on Tuesday."
ACCEPTED = ("قبل الزعيم الكوري الشمالي كيم جونغ أون دعوة الرئيس الأمريكي دونالد ترامب لزيارة واشنطن، بعد اجتماعهما "
            "في سنغافورة الثلاثاء. ")


def singapore(sentence):
    return [(r["kind"], r["visitor"], r["host"], r["city"]) for r in mention_rows(ACCEPTED + sentence, WED)]


def test_the_summit_between_the_two_gives_their_order():
    # "At a press conference after the historic summit between Trump and Kim, Trump announced a halt to the drills."
    text = "وفي مؤتمر صحفي عقب القمة التاريخية بين ترامب وكيم، أعلن ترامب وقف المناورات العسكرية."
    assert singapore(text) == [("reported", TRUMP, KIM, "Singapore")]


@pytest.mark.parametrize("sentence", [
    # "after the historic summit, Trump announced ...": no "بين"
    "وفي مؤتمر صحفي عقب القمة التاريخية، أعلن ترامب وقف المناورات العسكرية.",
    # "a meeting between Trump and Moon in Washington last month": another pair's "بين"
    "وأعلن ترامب وقف المناورات بعد لقاء بين ترامب ومون في واشنطن الشهر الماضي.",
])
def test_no_between_noun_of_the_pair_keeps_the_texts_order(sentence):
    assert [r for r in singapore(sentence) if KIM in r] == [("reported", KIM, TRUMP, "Singapore")]
