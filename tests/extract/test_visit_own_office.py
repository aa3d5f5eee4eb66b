"""A leader titled by a lesser office he also holds on the day (visits.own_office): the Saudi crown prince who is
prime minister since September 2022, the UAE's vice-president who is its prime minister, Bahrain's crown prince who
is its prime minister since 2020. His "ولي العهد" / "نائب" / "حاكم" is no official's noun that takes the meeting
from him. Invented sentences, the real lexicon (its tenures decide)."""
import datetime as dt
from collections import defaultdict

from tasks.extract import extract_article

PUB = dt.date(2024, 10, 23)  # a Wednesday


def rows(text, pub=PUB):
    out = defaultdict(list)
    extract_article("a", text, pub, out)
    return sorted((r["kind"], r["visitor"], r["host"]) for r in out["visit_mentions"])


def test_a_crown_prince_who_is_prime_minister_arrives_as_a_leader():
    text = "وصل ولي العهد السعودي رئيس مجلس الوزراء الأمير محمد بن سلمان إلى أنقرة اليوم والتقى الرئيس أردوغان."
    assert rows(text) == [("reported", "Mohammed bin Salman", "Recep Tayyip Erdogan")]


def test_a_vice_president_and_ruler_who_is_prime_minister_arrives_as_a_leader():
    text = ("وصل نائب رئيس الدولة رئيس مجلس الوزراء حاكم دبي الشيخ محمد بن راشد آل مكتوم إلى القاهرة اليوم "
            "حيث التقى الرئيس عبد الفتاح السيسي.")
    assert rows(text) == [("reported", "Mohammed bin Rashid Al Maktoum", "Abdel Fattah el-Sisi")]


def test_a_crown_prince_who_is_prime_minister_is_received_as_a_leader():
    text = ("استقبل الرئيس عبد الفتاح السيسي اليوم ولي العهد رئيس مجلس الوزراء البحريني الأمير سلمان بن حمد آل خليفة "
            "في قصر الاتحادية.")
    assert rows(text) == [("reported", "Salman bin Hamad Al Khalifa", "Abdel Fattah el-Sisi")]


def test_the_same_crown_prince_before_he_was_prime_minister_stays_an_official():
    """Negative: in 2019 the Saudi crown prince held no head-of-government office: his arrival is no leaders' visit."""
    text = "وصل ولي العهد السعودي الأمير محمد بن سلمان إلى أنقرة اليوم والتقى الرئيس أردوغان."
    assert rows(text, dt.date(2019, 4, 3)) == []


def test_a_crown_prince_who_holds_only_that_office_stays_an_official():
    """Negative: Jordan's crown prince is received by the president: no leaders' meeting."""
    text = "استقبل الرئيس عبد الفتاح السيسي اليوم ولي العهد الأردني الأمير الحسين بن عبدالله في قصر الاتحادية."
    assert rows(text) == []


def test_a_crown_prince_receiving_a_leader_who_holds_no_lesser_office_stays_the_official():
    """Negative: the first person after "ولي العهد" is the guest, a president with no lesser office: the noun
    titles the (unnamed) crown prince, and the reception stays his."""
    text = "استقبل ولي العهد الكويتي اليوم الرئيس التركي رجب طيب أردوغان في الكويت."
    assert rows(text) == []


def test_a_bare_crown_prince_title_names_the_premier_on_his_day():
    """"ولي العهد السعودي" alone resolves to its holder; in 2024 he is also prime minister: a leaders' visit. In
    2019 (negative) he was not."""
    text = "وصل ولي العهد السعودي إلى أنقرة اليوم والتقى الرئيس أردوغان."
    assert rows(text) == [("reported", "Mohammed bin Salman", "Recep Tayyip Erdogan")]
    assert rows(text, dt.date(2019, 4, 3)) == []
