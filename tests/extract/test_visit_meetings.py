"""The sides of a meeting word (tasks/extract/visits/meetings.py): a leader named in the object of the talks,
after the partner "مع" (with) names or the verb takes with bi-, past a word opening what was discussed ("حول",
about; "مسألة", the question of; "الموقف من", the stance on), is what was discussed, not a side
(`talked_about`, read by meet_roles and coordinated.coordinated_partners). Invented sentences, the real lexicon."""
import datetime as dt
from collections import defaultdict

from tasks.extract import extract_article

PUB = dt.date(2018, 3, 14)
STAYS = "قال الرئيس السوري بشار الأسد إنه باق في منصبه. "  # names al-Assad in full first (his bare surname is weak)
PRESS = "وأعلن الرئيس الفرنسي ماكرون في مؤتمر صحفي عقده في قصر الإليزيه أنه "  # the subject far before the verb


def pairs(text, pub=PUB):
    out = defaultdict(list)
    extract_article("a", text, pub, out, source="test")
    return sorted((r["visitor"], r["host"]) for r in out["visit_mentions"] if r["kind"] == "reported")


MACRON_ERDOGAN = ("Recep Tayyip Erdogan", "Emmanuel Macron")


def test_a_leader_in_the_stance_discussed_with_the_partner_is_no_side():
    # "discussed with Erdogan the stance on President Assad": al-Assad, nearer than Macron, is the topic
    assert pairs(STAYS + PRESS + "بحث مع أردوغان الموقف من الرئيس الأسد.") == [MACRON_ERDOGAN]


def test_a_leader_after_about_past_a_bi_partner_is_no_side():
    # "met with Erdogan (bi-) to discuss the situation around President Assad"
    assert pairs(STAYS + PRESS + "اجتمع بأردوغان لبحث الوضع حول الرئيس الأسد.") == [MACRON_ERDOGAN]


def test_a_bi_partner_and_a_leader_listed_with_him_are_both_met():
    # "met with Erdogan and President Assad": no topic word, al-Assad is met too
    assert pairs(STAYS + PRESS + "اجتمع بأردوغان والرئيس الأسد.") == [
        ("Bashar al-Assad", "Emmanuel Macron"), MACRON_ERDOGAN]


def test_a_leader_after_about_in_talks_with_a_named_partner_stays_out():
    # "discussed with the South Korean president Moon about the North Korean leader Kim": Kim is discussed
    text = "وذكر الرئيس الأمريكي دونالد ترامب في مؤتمر صحفي عقده في البيت الأبيض أنه بحث مع الرئيس الكوري الجنوبي " \
           "مون جاي إن حول الزعيم الكوري الشمالي كيم جونغ أون."
    assert pairs(text) == [("Moon Jae-in", "Donald Trump")]
    # ... but "with Moon and Kim" lists both as met
    listed = text.replace(" حول الزعيم", " والزعيم")
    assert pairs(listed) == [("Kim Jong-un", "Donald Trump"), ("Moon Jae-in", "Donald Trump")]


def test_a_topic_before_the_partner_leaves_the_partner_a_side():
    # "Macron discussed Syria with Erdogan today": "حول" before the partner, Erdogan met
    assert pairs("وبحث ماكرون اليوم حول سوريا مع أردوغان.") == [("Emmanuel Macron", "Recep Tayyip Erdogan")]


def test_a_second_with_after_the_topic_names_a_partner_again():
    # "discussed with Erdogan about Syria, and with President Assad": the second "مع" names a side
    assert pairs(STAYS + "وبحث ماكرون اليوم مع أردوغان حول سوريا ومع الرئيس الأسد.") == [
        ("Emmanuel Macron", "Bashar al-Assad"), ("Emmanuel Macron", "Recep Tayyip Erdogan")]
