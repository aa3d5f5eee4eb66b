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
