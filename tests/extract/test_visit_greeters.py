"""Receptions of several arriving leaders (tasks/extract/visits/greeters.py): "وكان في استقبالهم" (receiving
them) after an arrival list receives every leader of the list, not only the one named last. Invented sentences,
the real lexicon."""
import datetime as dt

import polars as pl

from tasks.extract import extract

PUB = dt.date(2015, 5, 5)
SUMMIT_DAY = dt.date(2013, 2, 6)  # the emir of Qatar then: Hamad bin Khalifa


def _reported(text, published=PUB):
    out = extract(pl.DataFrame({"article_id": ["a"], "text": [text], "published_date": [published]}))
    return sorted((r["visitor"], r["host"]) for r in out["visit_mentions"].to_dicts() if r["kind"] == "reported")


def test_a_reception_of_them_after_delegations_headed_by_leaders_receives_each_leader():
    """"The leaders' arrival in Riyadh was completed: the Kuwaiti delegation headed by Sheikh Sabah arrived, the
    Bahraini one headed by King Hamad, and the Omani one headed by the Sultan's representative. King Salman received
    them": Sabah and Hamad, not the Sultan (his representative came)."""
    text = ("اكتمل اليوم وصول القادة إلى الرياض، إذ وصل الوفد الكويتي برئاسة الشيخ صباح الأحمد الجابر الصباح، "
            "والوفد البحريني برئاسة الملك حمد آل خليفة، والوفد العماني برئاسة ممثل السلطان قابوس بن سعيد. "
            "وكان في استقبالهم لدى وصولهم الملك سلمان بن عبدالعزيز.")
    assert _reported(text) == [("Hamad bin Isa Al Khalifa", "Salman bin Abdulaziz"),
                               ("Sabah Al-Ahmad Al-Jaber Al-Sabah", "Salman bin Abdulaziz")]


def test_a_reception_of_him_after_two_delegations_receives_one_guest():
    """Negative: "وكان في استقباله" (receiving him, one guest) after two delegations adds no fellow guest."""
    text = ("اكتمل اليوم وصول القادة إلى الرياض، إذ وصل الوفد الكويتي برئاسة الشيخ صباح الأحمد الجابر الصباح، "
            "والوفد البحريني برئاسة الملك حمد آل خليفة. وكان في استقباله لدى وصوله الملك سلمان بن عبدالعزيز.")
    assert len(_reported(text)) == 1


def test_two_leaders_seen_off_together_by_a_minister_are_not_each_others_host():
    """"The emir of Kuwait left Cairo, as did the emir of Qatar, and the civil aviation minister saw the two emirs
    (them both) off at the airport": a farewell after "كان" whose guests are several and whose greeter is no
    leader pairs neither guest with the other (greeters.seen_off_by_official)."""
    for farewell in ("وكان في وداع الأميرين بمطار القاهرة وزير الطيران المدني.", "وكان في وداعهما بالمطار وزير الطيران المدني."):
        text = ("غادر أمير الكويت الشيخ صباح الأحمد الجابر الصباح القاهرة اليوم، كما غادر أمير قطر الشيخ حمد بن خليفة "
                "آل ثاني، " + farewell)
        assert _reported(text, SUMMIT_DAY) == []


def test_one_leader_seen_off_by_a_minister_or_two_by_a_leader_keep_their_rows():
    """Negatives: one guest received by a minister keeps the visited country's head as host, and a reception whose
    greeter after it is a leader is still his: the rule leaves both."""
    one = "وصل أمير الكويت الشيخ صباح الأحمد الجابر الصباح إلى القاهرة اليوم، وكان في استقباله بالمطار وزير الطيران المدني."
    assert _reported(one, SUMMIT_DAY) == [("Sabah Al-Ahmad Al-Jaber Al-Sabah", "Mohamed Morsi")]
    led = "وصل الرئيس التركي عبد الله جول إلى القاهرة اليوم، وكان في استقباله الرئيس المصري محمد مرسي."
    assert _reported(led, SUMMIT_DAY) == [("Abdullah Gul", "Mohamed Morsi")]


def test_leaders_named_after_a_reception_of_presidents_as_a_group_are_fellow_guests():
    """"The university's head used to receive presidents at its gate, as he did with the Palestinian president
    and the Turkish prime minister": the reception's object is a group (arriving_guests), no leader gives it, the
    two named after it are its members, neither the other's host (greeters.guests_as_group)."""
    text = ("واعتاد رئيس الجامعة على استقبال الرؤساء عند بوابة الجامعة، كما فعل مع الرئيس الفلسطيني محمود عباس "
            "ورئيس الوزراء التركي رجب طيب أردوغان.")
    assert _reported(text, SUMMIT_DAY) == []


def test_a_leader_receiving_the_leaders_as_a_group_still_hosts_the_one_named():
    """Negative: the group's reception given by a leader named before it ("وكان الرئيس مرسي في استقبال القادة
    المشاركين، ومنهم الرئيس عباس", Morsi received the leaders, among them Abbas) keeps its row."""
    text = ("وكان الرئيس المصري محمد مرسي في استقبال القادة المشاركين بمطار القاهرة اليوم، ومنهم الرئيس الفلسطيني "
            "محمود عباس.")
    assert _reported(text, SUMMIT_DAY) == [("Mahmoud Abbas", "Mohamed Morsi")]
