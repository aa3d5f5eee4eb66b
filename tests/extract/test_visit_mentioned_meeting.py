"""A meeting mentioned inside another story is no news of it: a bare meeting noun a verb of referring governs
("وأشار أردوغان إلى لقائه بنظيره", Erdogan referred to his meeting with his counterpart; recalled.referred_to), and
the pair's first meeting as the time of another act past a lead with other news ("عقب أول لقاء بين زعيمي البلدين",
after the two leaders' first meeting; aside._first_as_anchor), are earlier meetings (referenced). A day in the
sentence, a meeting the verb does not govern, a saying after the meeting and a lead that tells the meeting stay
news. Invented texts, the real lexicon."""
import datetime as dt
from collections import defaultdict

from tasks.extract import extract_article

PUB = dt.date(2017, 5, 31)
ERDOGAN, TRUMP, PUTIN, MACRON = "Recep Tayyip Erdogan", "Donald Trump", "Vladimir Putin", "Emmanuel Macron"
PHONE_LEAD = "اختار الرئيس الأميركي دونالد ترامب طريقة جديدة للتواصل مع قادة العالم حيث أعطاهم رقم هاتفه المحمول. "


def kinds(text):
    out = defaultdict(list)
    extract_article("a", text, PUB, out)
    return sorted({(r["kind"], r["visitor"], r["host"]) for r in out["visit_mentions"]})


def test_a_meeting_referred_to_is_an_earlier_one():
    text = "أشار أردوغان إلى لقائه بنظيره الأمريكي دونالد ترامب وقال إن العلاقات جيدة."
    assert kinds(text) == [("referenced", ERDOGAN, TRUMP)]


def test_other_verbs_of_referring_and_an_attached_preposition():
    for text in ("تطرق أردوغان إلى لقائه مع الرئيس الروسي فلاديمير بوتين في سوتشي.",
                 "ونوه الرئيس التركي رجب طيب أردوغان، في كلمته أمام البرلمان، بلقائه مع الرئيس الروسي فلاديمير بوتين.",
                 "تحدث أردوغان عن لقائه مع الرئيس الروسي فلاديمير بوتين."):
        assert kinds(text) == [("referenced", ERDOGAN, PUTIN)], text


def test_a_first_meeting_as_the_time_of_another_act_is_background():
    text = PHONE_LEAD + "كما تبادل ترامب أرقام الهاتف مع الرئيس الفرنسي إيمانويل ماكرون عقب أول لقاء بين زعيمي البلدين."
    assert kinds(text) == [("referenced", TRUMP, MACRON)]


def test_a_referred_meeting_dated_today_stays_news():
    text = "وأشار أردوغان إلى لقائه بالرئيس الأمريكي دونالد ترامب اليوم في واشنطن."
    assert kinds(text) == [("reported", ERDOGAN, TRUMP)]


def test_a_meeting_the_verb_does_not_govern_stays_news():
    text = "وأشار أردوغان خلال لقائه بالرئيس الأمريكي دونالد ترامب إلى أن العلاقات جيدة."
    assert kinds(text) == [("reported", ERDOGAN, TRUMP)]


def test_praise_of_the_meeting_is_no_reference():
    text = "وأشاد أردوغان بلقائه مع الرئيس الروسي فلاديمير بوتين."
    assert kinds(text) == [("reported", ERDOGAN, PUTIN)]


def test_a_saying_after_the_first_meeting_stays_news():
    text = PHONE_LEAD + "وقال ترامب عقب أول لقاء مع الرئيس الفرنسي إيمانويل ماكرون إن العلاقات ممتازة."
    assert kinds(text) == [("reported", TRUMP, MACRON)]


def test_a_first_meeting_the_lead_tells_stays_news():
    text = "التقى الرئيس الأميركي دونالد ترامب الرئيس الفرنسي إيمانويل ماكرون في بروكسل للمرة الأولى. " \
           "وتبادل ترامب أرقام الهاتف مع ماكرون عقب أول لقاء بين زعيمي البلدين."
    assert kinds(text) == [("reported", TRUMP, MACRON)]


def test_a_first_meeting_dated_yesterday_stays_news():
    text = PHONE_LEAD + "كما تبادل ترامب أرقام الهاتف مع الرئيس الفرنسي إيمانويل ماكرون عقب أول لقاء بين زعيمي البلدين أمس."
    assert kinds(text) == [("reported", TRUMP, MACRON)]


def test_a_meeting_past_the_verbs_own_object_stays_news():
    # the verb's object is the welcome ("إلى ترحيب"); the visit is the welcome's, not the referring verb's
    text = "وأشار المتحدث إلى ترحيب الرئيس التركي رجب طيب أردوغان بزيارة الرئيس الروسي فلاديمير بوتين إلى أنقرة."
    assert kinds(text) == [("reported", PUTIN, ERDOGAN)]
