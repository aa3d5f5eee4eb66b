"""A meeting word that is the occasion of a leader's remarks ("وجاءت تصريحات ترامب أثناء استضافته رئيس الوزراء
الياباني", Trump's remarks came while he hosted the Japanese prime minister) was held when the remarks were made:
told as past, so a plan of the same pair told elsewhere does not make it planned (tasks/extract/visits/framed.py
remarks_occasion, read by past_auxiliary). Invented texts, the whole lexicon."""
import datetime as dt

from tests.extract.test_visits_detect import mention_rows

DAY = dt.date(2018, 4, 18)

# "The American president Donald Trump announced that American officials are holding contacts with North Korea."
LEAD = "أعلن الرئيس الأمريكي دونالد ترامب أن مسؤولين أمريكيين يجرون اتصالات مع كوريا الشمالية."
# "Fears prevailed in Tokyo that Trump's plans to hold bilateral talks would sideline Japan."
PLAN = "وسادت مخاوف في طوكيو من أن تؤدي خطط ترامب لإجراء محادثات ثنائية إلى تهميش اليابان."


def rows(*sentences):
    return sorted({(r["kind"], r["visitor"], r["host"]) for r in mention_rows("\n".join(sentences), DAY)})


def test_remarks_during_his_hosting_of_a_leader_are_a_held_visit():
    # "Trump's remarks came while he hosted the Japanese prime minister Shinzo Abe in Florida."
    held = "وجاءت تصريحات ترامب أثناء استضافته رئيس الوزراء الياباني شينزو آبي في فلوريدا."
    assert rows(LEAD, held, PLAN) == [("reported", "Shinzo Abe", "Donald Trump")]


def test_remarks_of_a_titled_leader_during_talks_are_a_held_meeting():
    # "The American president's remarks came during his talks with the Japanese prime minister Shinzo Abe."
    held = "وجاءت تصريحات الرئيس الأمريكي خلال محادثاته مع رئيس الوزراء الياباني شينزو آبي في منتجعه بفلوريدا."
    assert rows(LEAD, held, PLAN) == [("reported", "Shinzo Abe", "Donald Trump")]


def test_remarks_before_the_hosting_tell_no_held_meeting():
    # "Trump's remarks came before he hosts the Japanese prime minister": not the occasion, still planned
    ahead = "وجاءت تصريحات ترامب قبل استضافته رئيس الوزراء الياباني شينزو آبي في فلوريدا."
    assert ("reported", "Shinzo Abe", "Donald Trump") not in rows(LEAD, ahead, PLAN)


def test_remarks_in_an_interview_ahead_of_talks_tell_no_held_meeting():
    # "Trump's remarks came in an interview with Fox ahead of his talks with Abe": the occasion is the interview
    ahead = "وجاءت تصريحات ترامب في مقابلة مع قناة فوكس قبيل محادثاته مع رئيس الوزراء الياباني شينزو آبي."
    assert ("reported", "Shinzo Abe", "Donald Trump") not in rows(LEAD, ahead, PLAN)
