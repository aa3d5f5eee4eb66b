"""Which leaders a meeting word pairs when its sentence names several (tasks/extract/visits/partner_slot.py): the
meeting word's own partner slot, the list its "مع" (with) or bi- opens ("مع رئيس البرلمان ورئيس الوزراء X", with the
speaker and the prime minister X), takes precedence over a leader named earlier in the sentence, and a leader another
trigger of the sentence has already paired (its object, "استقبل A B، كما ...", or the traveller of another visit noun,
"زيارة الرئيس الروسي بوتين") is not the other side. On main the nearest leader won. Invented sentences, the real
lexicon."""
import datetime as dt

import polars as pl
import pytest

from tasks.extract import extract

MAY_2016 = dt.date(2016, 5, 10)  # a Tuesday


def reported(text):
    out = extract(pl.DataFrame({"article_id": ["a"], "text": [text], "published_date": [MAY_2016]}))
    return sorted((r["visitor"], r["host"]) for r in out["visit_mentions"].to_dicts() if r["kind"] == "reported")


@pytest.mark.parametrize("text, expected", [
    # "Abe met the Indian president Mukherjee in New Delhi today, and held talks with the speaker of parliament and
    # the prime minister Modi": the talks' "مع" list names Modi after a title with no name
    ("التقى رئيس الوزراء الياباني شينزو آبي اليوم في نيودلهي الرئيس الهندي برناب موخيرجي، كما أجرى مباحثات مع "
     "رئيس البرلمان ورئيس الوزراء ناريندرا مودي.",
     [("Shinzo Abe", "Narendra Modi"), ("Shinzo Abe", "Pranab Mukherjee")]),
    # the same with "a series of meetings with ..."
    ("التقى رئيس الوزراء الياباني شينزو آبي اليوم في نيودلهي الرئيس الهندي برناب موخيرجي، كما عقد سلسلة لقاءات مع "
     "رئيس البرلمان ورئيس الوزراء ناريندرا مودي.",
     [("Shinzo Abe", "Narendra Modi"), ("Shinzo Abe", "Pranab Mukherjee")]),
    # "... then he met with (bi-) the speaker of parliament and the prime minister Modi"
    ("وصل رئيس الوزراء الياباني شينزو آبي اليوم إلى نيودلهي، والتقى الرئيس الهندي برناب موخيرجي، ثم اجتمع برئيس "
     "البرلمان ورئيس الوزراء ناريندرا مودي.",
     [("Shinzo Abe", "Narendra Modi"), ("Shinzo Abe", "Pranab Mukherjee")]),
    # "Erdogan received Rouhani in Ankara. Rouhani's visit coincides with the Russian president Putin's visit to
    # Ankara": Putin is the second visit's traveller, not Rouhani's host
    ("استقبل الرئيس التركي رجب طيب أردوغان اليوم في أنقرة نظيره الإيراني حسن روحاني. وتأتي زيارة روحاني تزامنا مع "
     "زيارة الرئيس الروسي فلاديمير بوتين إلى أنقرة.",
     [("Hassan Rouhani", "Recep Tayyip Erdogan"), ("Vladimir Putin", "Recep Tayyip Erdogan")]),
    # "diplomats criticised Erdogan's not receiving the Senegalese president Sall, and his going to the Ankara
    # airport to receive the Iranian president Rouhani today": Sall is the first reception's object
    ("وانتقد دبلوماسيون عدم استقبال الرئيس التركي رجب طيب أردوغان لرئيس السنغال ماكي سال، وذهابه لمطار أنقرة "
     "لاستقبال الرئيس الإيراني حسن روحاني اليوم.",
     [("Hassan Rouhani", "Recep Tayyip Erdogan")]),
])
def test_the_meeting_word_pairs_its_own_partner(text, expected):
    assert reported(text) == expected


@pytest.mark.parametrize("text, expected", [
    # another clause with its own subject: "Merkel met Hollande in Berlin, while Putin held talks with Erdogan in
    # Ankara": no Merkel -> Erdogan, no Hollande -> Putin
    ("التقت المستشارة الألمانية أنجيلا ميركل اليوم في برلين الرئيس الفرنسي فرانسوا هولاند، فيما أجرى الرئيس الروسي "
     "فلاديمير بوتين مباحثات مع الرئيس التركي رجب طيب أردوغان في أنقرة.",
     [("Francois Hollande", "Angela Merkel"), ("Vladimir Putin", "Recep Tayyip Erdogan")]),
    # the list names no leader: "... and met with the speaker of parliament and the foreign minister"
    ("وصل رئيس الوزراء الياباني شينزو آبي اليوم إلى نيودلهي، والتقى الرئيس الهندي برناب موخيرجي، ثم اجتمع برئيس "
     "البرلمان ووزير الخارجية.",
     [("Shinzo Abe", "Pranab Mukherjee")]),
    # a comma closes the list: "talks with the speaker, and the prime minister Modi said ..." (Modi speaks)
    ("التقى رئيس الوزراء الياباني شينزو آبي اليوم في نيودلهي الرئيس الهندي برناب موخيرجي، كما أجرى مباحثات مع "
     "رئيس البرلمان، وقال رئيس الوزراء ناريندرا مودي إن العلاقات قوية.",
     [("Shinzo Abe", "Pranab Mukherjee")]),
    # a trip returned: "Rouhani's visit comes in response to Erdogan's visit to Tehran": Erdogan still hosts
    ("قال محلل إن زيارة الرئيس الإيراني حسن روحاني تأتي ردا على زيارة الرئيس التركي رجب طيب أردوغان لطهران.",
     [("Hassan Rouhani", "Recep Tayyip Erdogan")]),
    # a list past "على غرار" (such as), one item after a comma: each still met
    ("على هامش مشاركته في قمة مجموعة السبع بمدينة تاورمينا الإيطالية، كان لرئيس الوزراء الكندي جاستن ترودو لقاءات "
     "مع عدة قادة دول على غرار المستشارة الألمانية أنجيلا ميركل والرئيس الامريكي باراك أوباما، والفرنسي فرانسوا هولاند.",
     [("Justin Trudeau", "Angela Merkel"), ("Justin Trudeau", "Barack Obama"), ("Justin Trudeau", "Francois Hollande")]),
    # a negated reception only: no meeting
    ("وانتقد دبلوماسيون عدم استقبال الرئيس التركي رجب طيب أردوغان لرئيس السنغال ماكي سال اليوم.", []),
    # talks "مع" a leader right after the word, the nearer leader before it of the other country: unchanged
    ("استقبل الرئيس المصري عبد الفتاح السيسي اليوم في القاهرة الرئيس الفرنسي فرانسوا هولاند، كما أجرى مباحثات مع "
     "المستشارة الألمانية أنجيلا ميركل.",
     [("Angela Merkel", "Abdel Fattah el-Sisi"), ("Francois Hollande", "Abdel Fattah el-Sisi")]),
])
def test_a_leader_outside_the_slot_is_not_drawn_in(text, expected):
    assert reported(text) == expected
