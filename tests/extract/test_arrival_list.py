"""A round-up of a summit's arrivals carried on past "و" (and): "وصل تباعا كل من A و B، تلاهم C" (A and B
arrived one after another, C followed them), "ثم C" (then C), "ثم وصل C", "كما وصل C" (C arrived as well),
"ثم أمير دولة الكويت ..." (then the emir of Kuwait). C is one more traveller of the list, hosted as the others
are (by the leader told receiving the arrivals, or the summit country's head), never their host
(visits.arrival_list, read by tour.fellow_travellers and coordinated). A meeting, a reception or another verb
after "ثم" / "تلاه" ends the list. Invented texts, the real lexicon."""
import datetime as dt
from collections import defaultdict

from tasks.extract import extract_article

DOHA_DAY = dt.date(2013, 3, 26)
CAIRO_DAY = dt.date(2013, 2, 6)
HADI, ABBAS, BASHIR = "Abdrabbuh Mansur Hadi", "Mahmoud Abbas", "Omar al-Bashir"
HAMAD, MORSI = "Hamad bin Khalifa Al Thani", "Mohamed Morsi"
# the host of a summit's arrivals, told receiving most of them in a sentence of its own
GREETED = ("وصل إلى الدوحة اليوم رؤساء الوفود العربية للمشاركة في القمة، وكان في استقبال معظمهم أمير قطر"
           " الشيخ حمد بن خليفة آل ثاني.\n")


def rows(text, day=DOHA_DAY):
    out = defaultdict(list)
    extract_article("a", text, day, out)
    return sorted((r["visitor"], r["host"], r["city"], r["date"]) for r in out["visit_mentions"] if r["kind"] == "reported")


def doha(*visitors):
    return sorted((v, HAMAD, "Doha", DOHA_DAY) for v in visitors)


def test_the_leader_who_followed_the_listed_ones_is_a_guest_too():
    text = GREETED + "ووصل بعد الظهر تباعا كل من الرئيس اليمني عبد ربه منصور هادي والرئيس الفلسطيني محمود عباس، تلاهم الرئيس السوداني عمر البشير."
    assert rows(text) == doha(HADI, ABBAS, BASHIR)


def test_then_the_next_leader_with_no_place_in_the_sentence():
    text = GREETED + "ووصل بعد الظهر الرئيس اليمني عبد ربه منصور هادي، ثم الرئيس السوداني عمر البشير."
    assert rows(text) == doha(HADI, BASHIR)


def test_then_arrived_and_arrived_as_well():
    for word in ("ثم وصل", "كما وصل"):
        text = GREETED + f"ووصل بعد الظهر الرئيس اليمني عبد ربه منصور هادي، {word} الرئيس السوداني عمر البشير."
        assert rows(text) == doha(HADI, BASHIR), word


def test_the_next_leader_past_a_long_title():
    text = GREETED + ("ووصل بعد الظهر الرئيس اليمني عبد ربه منصور هادي والرئيس الفلسطيني محمود عباس، ثم أمير دولة"
                      " الكويت الشيخ صباح الأحمد الجابر الصباح.")
    assert rows(text) == doha(HADI, ABBAS, "Sabah Al-Ahmad Al-Jaber Al-Sabah")


def test_the_follower_in_a_sentence_with_the_place_gets_his_own_row():
    text = "ووصل إلى الدوحة بعد ظهر اليوم الرئيس اليمني عبد ربه منصور هادي، تلاه الرئيس السوداني عمر البشير، للمشاركة في القمة العربية."
    assert rows(text) == doha(HADI, BASHIR)


def test_a_third_country_follower_is_hosted_by_the_summit_country():
    text = ("وصل إلى القاهرة اليوم تباعا كل من الرئيس الفلسطيني محمود عباس والرئيس السوداني عمر البشير، تلاهم"
            " الرئيس الإيراني محمود أحمدي نجاد، للمشاركة في القمة الإسلامية.")
    assert rows(text, CAIRO_DAY) == sorted((v, MORSI, "Cairo", CAIRO_DAY) for v in (ABBAS, BASHIR, "Mahmoud Ahmadinejad"))


def test_then_met_the_president_keeps_him_the_host():
    text = "وصل الرئيس الفلسطيني محمود عباس إلى القاهرة اليوم، ثم التقى الرئيس محمد مرسي في قصر الاتحادية."
    assert rows(text, CAIRO_DAY) == [(ABBAS, MORSI, "Cairo", CAIRO_DAY)]


def test_a_meeting_that_followed_keeps_him_the_host():
    text = "وصل الرئيس الفلسطيني محمود عباس إلى القاهرة اليوم، تلاه لقاء مع الرئيس محمد مرسي."
    assert rows(text, CAIRO_DAY) == [(ABBAS, MORSI, "Cairo", CAIRO_DAY)]


def test_then_received_him_keeps_him_the_host():
    text = "وصل الرئيس الفلسطيني محمود عباس إلى القاهرة اليوم، ثم استقبله الرئيس محمد مرسي."
    assert rows(text, CAIRO_DAY) == [(ABBAS, MORSI, "Cairo", CAIRO_DAY)]


def test_a_list_the_host_received_stays_as_it_was():
    text = ("ووصل إلى الدوحة بعد ظهر اليوم الرئيس اليمني عبد ربه منصور هادي، ثم الرئيس السوداني عمر البشير، حيث كان في"
            " استقبالهما أمير قطر الشيخ حمد بن خليفة آل ثاني.")
    assert rows(text) == doha(HADI, BASHIR)


def test_a_reception_list_with_then_is_untouched():
    # only a trip word's travellers are carried on: the receiver's guests are read as before
    text = "استقبل الرئيس محمد مرسي اليوم في القاهرة الرئيس الفلسطيني محمود عباس، ثم الرئيس السوداني عمر البشير."
    assert (ABBAS, MORSI, "Cairo", CAIRO_DAY) in rows(text, CAIRO_DAY)


# A plural told arriving, its members after a word that heads them ("على رأسها", headed by; "أبرزهم", the foremost of
# them; "وفي مقدمتهم", "ومن بينهم"): the first member travels, whatever the verb's gender (it agrees with the plural),
# the ones listed with him too (visits.arrival_list.headed_traveller, grammar.yaml arrival_list_heads).
GUL, NEJAD = "Abdullah Gul", "Mahmoud Ahmadinejad"


def test_delegations_headed_by_leaders_with_a_feminine_verb():
    text = "ووصلت إلى القاهرة اليوم وفود عربية على رأسها الرئيس الفلسطيني محمود عباس والرئيس السوداني عمر البشير."
    assert rows(text, CAIRO_DAY) == sorted((v, MORSI, "Cairo", CAIRO_DAY) for v in (ABBAS, BASHIR))


def test_the_foremost_of_the_arrivals_at_the_summit_named_before():
    text = ("تستضيف القاهرة اليوم القمة الإسلامية الثانية عشرة بمشاركة 26 زعيما.\n"
            "وتأكد وصول 19 منهم، أبرزهم الرئيس التركي عبد الله جول والإيراني محمود أحمدي نجاد.")
    assert rows(text, CAIRO_DAY) == sorted((v, MORSI, "Cairo", None) for v in (GUL, NEJAD))  # no day told


def test_among_them_after_a_feminine_plural_in_another_city():
    text = "وصلت إلى الدوحة مساء اليوم وفود القادة العرب، ومن بينهم الرئيس اليمني عبد ربه منصور هادي."
    assert rows(text) == doha(HADI)


def test_officials_met_headed_by_the_president_are_no_arrivals():
    # the list is a meeting's object: the traveller met the president, who travelled nowhere
    text = "وصل الرئيس الفلسطيني محمود عباس إلى القاهرة اليوم، حيث التقى مسؤولين على رأسهم الرئيس محمد مرسي."
    assert rows(text, CAIRO_DAY) == [(ABBAS, MORSI, "Cairo", CAIRO_DAY)]


def test_a_head_word_after_a_leader_subject_names_no_traveller():
    # the arrival's subject is the leader himself; the ones "among them" are his delegation's
    text = "ووصلت إلى القاهرة اليوم رئيسة البرازيل ديلما روسيف، يرافقها وفد من بينهم وزير الخارجية."
    assert [r[0] for r in rows(text, CAIRO_DAY)] in ([], ["Dilma Rousseff"])


def test_leaders_welcomed_headed_by_a_name_are_no_arrivals():
    # no arrival word: the greetings of a plural headed by a leader
    text = "رحب الرئيس محمد مرسي بالقادة المشاركين في القمة، وفي مقدمتهم الرئيس التركي عبد الله جول."
    assert rows(text, CAIRO_DAY) == []
