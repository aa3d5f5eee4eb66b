"""Receptions of several arriving leaders (tasks/extract/visits/greeters.py): "وكان في استقبالهم" (receiving
them) after an arrival list receives every leader of the list, not only the one named last. Invented sentences,
the real lexicon."""
import datetime as dt

import polars as pl

from tasks.extract import extract

PUB = dt.date(2015, 5, 5)


def _reported(text):
    out = extract(pl.DataFrame({"article_id": ["a"], "text": [text], "published_date": [PUB]}))
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
