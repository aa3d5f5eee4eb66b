"""A trip told with a pronoun ("خلال زيارته لمصر", during his visit to Egypt) in a sentence that names
no leader and opens with a subjectless speech verb ("وأشار", and he pointed out) is the trip of the
leader who spoke in the sentence right before, its only person (tasks/extract/visits/speaker.py
speaker_before, spoken_trip). Invented sentences, the real lexicon."""
import datetime as dt
from collections import defaultdict

from tasks.extract import extract_article


def reported(text, pub=dt.date(2013, 3, 8)):
    out = defaultdict(list)
    extract_article("a", text, pub, out, source="JawharaFM")
    return [(r["visitor"], r["host"], str(r["date"])) for r in out["visit_mentions"] if r["kind"] == "reported"]


SAID = "قال علي زيدان رئيس وزراء ليبيا، إن بلاده ستتخذ خطوات جديدة لتسهيل التنقل بين البلدين. "


def test_his_visit_in_the_sentence_after_the_leader_spoke_is_the_leaders():
    # "Libya's PM said ... . And he pointed out, at a press conference during his visit to Egypt
    # today, Thursday, that security is the first file": Zeidan visits Egypt (its head, Morsi)
    text = SAID + "وأشار خلال مؤتمر صحفي عقده خلال زيارته لمصر اليوم الخميس، إلى أن الملف الأمني يأتي أولا."
    assert reported(text) == [("Ali Zeidan", "Mohamed Morsi", "2013-03-07")]
    # "and he added upon his arrival in Cairo today ...": an arrival noun the same
    text = SAID + "وأضاف لدى وصوله إلى القاهرة اليوم أن الملف الأمني يأتي أولا."
    assert reported(text) == [("Ali Zeidan", "Mohamed Morsi", "2013-03-08")]


def test_his_visit_after_two_people_or_a_minister_spoke_is_no_leaders():
    # the sentence before names a second person (his Tunisian counterpart): whose trip is unsaid
    text = ("قال علي زيدان رئيس وزراء ليبيا لنظيره التونسي حمادي الجبالي إن بلاده ستتخذ خطوات جديدة. "
            "وأشار خلال زيارته لمصر اليوم الخميس، إلى أن الملف الأمني يأتي أولا.")
    assert reported(text) == []
    # a minister spoke before, of the president: the minister's visit
    text = ("قال وزير الخارجية الليبي محمد عبد العزيز إن بلاده تقدر دعم الرئيس محمد مرسي. "
            "وأشار خلال زيارته لمصر اليوم الخميس، إلى أن الملف الأمني يأتي أولا.")
    assert reported(text) == []


def test_his_past_visit_recalled_after_that_is_not_reported():
    # "and he pointed out that his visit to Egypt last year was fruitful": an earlier trip
    text = SAID + "وأشار إلى أن زيارته لمصر العام الماضي كانت مثمرة."
    assert reported(text) == []


def test_his_visit_home_after_the_leader_spoke_is_no_visit():
    # "and he said upon his arrival in Tripoli ...": back home, no one visited
    text = SAID + "وأضاف لدى وصوله إلى طرابلس اليوم أن الملف الأمني يأتي أولا."
    assert reported(text) == []
