"""A small summit its host holds (tasks/extract/visits/small_summit.py): a meeting noun told as three-sided
that names its three leaders in its sentence, held in one of their countries, is each guest's visit to the
host (GUIDE: a small meeting); a third country's venue, none at all, a fourth leader or a larger number of
sides gives no pair. Invented sentences, the real lexicon."""
import datetime as dt

import pytest

from tests.extract.test_visits_detect import mention_rows

DAY = dt.date(2013, 2, 7)  # a Thursday
CAIRO_GUESTS = [("Abdullah Gul", "Mohamed Morsi", "Cairo", dt.date(2013, 2, 6)),
                ("Mahmoud Ahmadinejad", "Mohamed Morsi", "Cairo", dt.date(2013, 2, 6))]
SUMMIT = ("انتهت أمس {where}القمة {sides} التي جمعت الرئيس محمد مرسي والرئيس الإيراني محمود أحمدي نجاد "
          "والرئيس التركي عبد الله جول{tail}.")


def _reported(text, published=DAY):
    return sorted((r["visitor"], r["host"], r["city"], r["date"]) for r in mention_rows(text, published)
                  if r["kind"] == "reported")


def test_the_guests_of_a_trilateral_summit_in_the_hosts_capital_visit_him():
    # "the trilateral summit that brought together Morsi, Ahmadinejad and Gül ended yesterday in Cairo"
    text = SUMMIT.format(where="في القاهرة ", sides="الثلاثية", tail=" لبحث الأزمة السورية")
    assert _reported(text) == CAIRO_GUESTS


def test_the_venue_named_in_the_next_sentence_beside_a_summit_series_names_the_host():
    # "the trilateral summit held yesterday between ... dealt with Syria" + "the Islamic summit had opened in
    # Cairo": the numbered summit is no bare "القمة" of the series the article names, and Cairo is Egypt's
    text = ("أعلن المتحدث أن القمة الثلاثية التي انعقدت أمس بين الرئيس محمود أحمدي نجاد والرئيس محمد مرسي "
            "والرئيس التركي عبد الله جول تناولت الملف السوري.\nوكانت القمة الإسلامية قد افتتحت أعمالها بالقاهرة أمس.")
    assert _reported(text) == CAIRO_GUESTS


def test_a_meeting_verb_told_in_a_trilateral_meeting_gives_the_hosts_pairs():
    # "Sisi met Bashir and Deby in a trilateral meeting in Khartoum": Bashir hosted both (no day told)
    text = ("والتقى الرئيس عبد الفتاح السيسي الرئيس السوداني عمر البشير والرئيس التشادي إدريس ديبي "
            "في اجتماع ثلاثي بالخرطوم.")
    assert _reported(text, dt.date(2018, 1, 30)) == [("Abdel Fattah el-Sisi", "Omar al-Bashir", "Khartoum", None),
                                                     ("Idriss Deby", "Omar al-Bashir", "Khartoum", None)]


@pytest.mark.parametrize("where, sides, tail", [
    ("في نيويورك ", "الثلاثية", " لبحث الأزمة السورية"),  # a third country's city: no host
    ("", "الثلاثية", " لبحث الأزمة السورية"),  # no venue told
    ("في القاهرة ", "الثلاثية", "، فيما غاب أمير قطر الشيخ حمد بن خليفة"),  # a fourth leader named
    ("في القاهرة ", "الرباعية", " لبحث الأزمة السورية"),  # four sides, three named
])
def test_a_small_summit_with_no_host_or_other_sides_gives_no_pair(where, sides, tail):
    assert _reported(SUMMIT.format(where=where, sides=sides, tail=tail)) == []


def test_a_meeting_on_a_trilateral_summits_sidelines_stays_the_pairs_own():
    # "on the trilateral summit's sidelines in Cairo Morsi met his Turkish counterpart Gül yesterday"
    text = "وعلى هامش القمة الثلاثية في القاهرة التقى الرئيس محمد مرسي نظيره التركي عبد الله جول أمس."
    assert _reported(text) == [CAIRO_GUESTS[0]]


# Talks a leader hosts between others (small_summit.hosted_sides): each guest visited the host.
HOSTED_DAY = dt.date(2018, 6, 25)  # a Monday
TALKS_LEAD = "يبدأ رئيس جنوب السودان سلفا كير اليوم الاثنين جولة محادثات مع زعيم المعارضة المسلحة. "


def test_talks_a_leader_hosts_between_two_foreign_leaders_are_each_guests_visit():
    # "Cameron hosts in London today talks between the Afghan president Karzai and the Pakistani president Zardari"
    text = ("يستضيف رئيس الوزراء البريطاني ديفيد كاميرون اليوم في لندن محادثات بين الرئيس الأفغاني حامد كرزاي "
            "والرئيس الباكستاني آصف علي زرداري حول الحدود.")
    day = dt.date(2013, 2, 4)
    assert _reported(text, day) == [("Asif Ali Zardari", "David Cameron", "London", day),
                                    ("Hamid Karzai", "David Cameron", "London", day)]


def test_talks_hosted_between_the_two_rivals_are_the_sentence_befores_leaders_visit():
    # "Kiir begins today a round of talks with the armed opposition's leader. Bashir hosts in Khartoum this
    # round of talks between the two rivals": Kiir visited Bashir
    text = TALKS_LEAD + "ويستضيف الرئيس السوداني عمر البشير في الخرطوم هذه الجولة من المحادثات بين الخصمين."
    assert _reported(text, HOSTED_DAY) == [("Salva Kiir Mayardit", "Omar al-Bashir", "Khartoum", HOSTED_DAY)]


@pytest.mark.parametrize("second", [
    # the two countries' talks may be ministers': no dual of persons
    "ويستضيف الرئيس السوداني عمر البشير في الخرطوم هذه الجولة من المحادثات بين البلدين.",
    # no leader hosts: the African Union
    "ويستضيف الاتحاد الأفريقي في أديس أبابا هذه الجولة من المحادثات بين الخصمين.",
    # hosted in a third country's capital: no host's visit
    "ويستضيف الرئيس السوداني عمر البشير في نيروبي هذه الجولة من المحادثات بين الخصمين.",
])
def test_hosted_talks_between_a_dual_with_no_leaders_sides_or_host_give_no_pair(second):
    assert _reported(TALKS_LEAD + second, HOSTED_DAY) == []


def test_a_dual_after_hosted_talks_with_no_meeting_before_gives_no_pair():
    # the sentence before names Kiir but no meeting: "Kiir said today the war must end"
    text = ("قال رئيس جنوب السودان سلفا كير اليوم إن الحرب يجب أن تنتهي. "
            "ويستضيف الرئيس السوداني عمر البشير في الخرطوم جولة من المحادثات بين الخصمين.")
    assert _reported(text, HOSTED_DAY) == []


PARIS_DAY = dt.date(2020, 3, 2)  # a Monday
JOINT_TALKS = ("{desk}يعقد الرئيس الموريتاني محمد ولد الغزواني ونظيره السنغالي ماكي سال محادثات اليوم الاثنين "
               "مع الرئيس الفرنسي إيمانويل ماكرون{where} حول الأمن في منطقة الساحل.")
MACRON_GUESTS = [("Macky Sall", "Emmanuel Macron", "Paris", PARIS_DAY),
                 ("Mohamed Ould Ghazouani", "Emmanuel Macron", "Paris", PARIS_DAY)]


@pytest.mark.parametrize("desk, where", [
    ("باريس (رويترز) - ", ""),  # the host's capital as the dateline
    ("", " في قصر الإليزيه بباريس"),  # the host's palace as the venue
])
def test_two_leaders_holding_talks_with_a_third_in_his_country_each_visit_him(desk, where):
    # "Ghazouani and his counterpart Sall hold talks today, Monday, with Macron (in Paris)": Macron hosts both
    assert _reported(JOINT_TALKS.format(desk=desk, where=where), PARIS_DAY) == MACRON_GUESTS


def test_a_joint_press_conference_of_three_in_the_hosts_capital_gives_his_guests():
    # "Macron said today at a joint press conference with Ghazouani and Sall" under a Paris dateline
    text = ("باريس (رويترز) - قال الرئيس الفرنسي إيمانويل ماكرون اليوم الاثنين في مؤتمر صحفي مشترك مع الرئيس "
            "الموريتاني محمد ولد الغزواني والرئيس السنغالي ماكي سال إن الأمن أولوية.")
    assert _reported(text, PARIS_DAY) == MACRON_GUESTS


@pytest.mark.parametrize("desk, where", [
    ("", " في نيويورك"),  # a third country's city: a trilateral summit abroad, no host
    ("", ""),  # no venue nor dateline told
    ("داكار (رويترز) - ", ""),  # a guest's capital as the dateline: not the lone side's country
])
def test_talks_of_three_elsewhere_or_nowhere_stay_unpaired(desk, where):
    assert _reported(JOINT_TALKS.format(desk=desk, where=where), PARIS_DAY) == []


# Talks a leader hosts or sponsors told in the meeting noun's relative clause (small_summit.relative_hosted_sides).
NILE = ("أبدى الوفدان ارتياحهما للمحادثات التي {verb} الرئيس محمد مرسي بين الرئيس السوداني عمر البشير "
        "{second}{tail} أمس.")
KIIR = "ورئيس جنوب السودان سلفا كير"
NILE_GUESTS = [("Omar al-Bashir", "Mohamed Morsi"), ("Salva Kiir Mayardit", "Mohamed Morsi")]


def test_talks_a_leader_sponsors_in_the_nouns_relative_clause_are_each_guests_visit():
    # "the two delegations were pleased with the talks President Morsi sponsors between Bashir and Kiir in Cairo"
    text = NILE.format(verb="يرعاها", second=KIIR, tail=" في القاهرة")
    assert _reported(text) == [("Omar al-Bashir", "Mohamed Morsi", "Cairo", dt.date(2013, 2, 6)),
                               ("Salva Kiir Mayardit", "Mohamed Morsi", "Cairo", dt.date(2013, 2, 6))]


def test_a_meeting_a_leader_hosted_and_that_brought_two_others_together_is_each_guests_visit():
    # "the meeting President Morsi hosted, bringing Bashir and Kiir together, closed yesterday"
    text = "اختتم أمس اللقاء الذي استضافه الرئيس محمد مرسي وجمع الرئيس السوداني عمر البشير ورئيس جنوب السودان سلفا كير."
    assert _reported(text) == [(v, h, None, dt.date(2013, 2, 6)) for v, h in NILE_GUESTS]


def test_hosted_talks_a_source_is_familiar_with_are_undated_by_what_the_source_says():
    # "a source familiar with the talks Morsi hosted between Bashir and Kiir said the two agreed to resume oil
    # flows before the end of 2014": the year is the agreement's, not the talks' (no planned visit of 2014)
    text = ("قال مصدر مطلع على المباحثات التي استضافها الرئيس محمد مرسي بين الرئيس السوداني عمر البشير "
            "ورئيس جنوب السودان سلفا كير إن الجانبين اتفقا على استئناف ضخ النفط قبل نهاية 2014.")
    assert [r["kind"] for r in mention_rows(text, DAY)] == ["reported", "reported"]
    assert _reported(text) == [(v, h, None, None) for v, h in NILE_GUESTS]


@pytest.mark.parametrize("verb, second, tail", [
    ("يرعاها", KIIR, " في أديس أبابا"),  # held in a third country: the mediator's guests are not his
    ("يرعاها", "ووزير خارجية جنوب السودان", ""),  # one side no leader
    ("يرعاها", "ونائبه علي عثمان طه", ""),  # both sides of one country
    ("سيستضيفها", KIIR, ""),  # a sa- future: a plan
])
def test_relative_hosted_talks_abroad_or_without_two_foreign_leaders_give_no_guests_pair(verb, second, tail):
    pairs = {(r["visitor"], r["host"]) for r in mention_rows(NILE.format(verb=verb, second=second, tail=tail), DAY)}
    assert not pairs & set(NILE_GUESTS)


def test_talks_a_country_sponsors_name_no_host():
    # "the talks Egypt sponsors between Bashir and Kiir in Cairo": no leader hosts, the two's own pair stays
    text = NILE.format(verb="ترعاها", second=KIIR, tail=" في القاهرة").replace("الرئيس محمد مرسي", "مصر")
    assert _reported(text) == [("Omar al-Bashir", "Salva Kiir Mayardit", "Cairo", dt.date(2013, 2, 6))]
