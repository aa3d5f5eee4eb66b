"""The two leaders a meeting noun names after "بين" (between) are its sides, also when the first one's
title stands between "بين" and the name (tasks/extract/visits/sides.between_sides): the leader who
speaks of a summit, or hosts it, is not one of its sides. Invented sentences, the real lexicon."""
from __future__ import annotations

import datetime as dt

from tests.extract.test_visits_detect import reported_rows

DAY = dt.date(2018, 6, 20)  # the leaders named held office then


def reported(text):
    return [(v["visitor"], v["host"]) for v in reported_rows(text, DAY)]


def test_a_summit_between_two_titled_leaders_is_theirs_not_the_speakers():
    rows = reported("قال رئيس وزراء سنغافورة لي هسين لونغ إن القمة التاريخية بين الرئيس الأميركي دونالد ترامب "
                    "والزعيم الكوري الشمالي كيم جونغ أون كانت ناجحة.")
    assert len(rows) == 1 and set(rows[0]) == {"Donald Trump", "Kim Jong-un"}


def test_a_summit_between_two_untitled_leaders_is_theirs():
    rows = reported("قال رئيس وزراء سنغافورة لي هسين لونغ إن القمة التاريخية بين دونالد ترامب "
                    "وكيم جونغ أون كانت ناجحة.")
    assert len(rows) == 1 and set(rows[0]) == {"Donald Trump", "Kim Jong-un"}


def test_a_meeting_between_delegations_named_by_a_long_phrase_keeps_its_own_sides():
    # four words between "بين" and the first leader: not a title, the receiving leader's meeting stands
    rows = reported("استقبل الرئيس المصري عبد الفتاح السيسي الملك عبد الله الثاني بعد اجتماع بين وفدي البلدين "
                    "بحضور وزير الخارجية سامح شكري.")
    assert rows == [("Abdullah II of Jordan", "Abdel Fattah el-Sisi")]


def test_the_side_after_between_who_leaves_afterwards_is_the_visitor():
    # "بين A و B ... قبل ساعات من مغادرة B" (hours before B left): B travelled, whatever the text order
    rows = reported("جرت أمس محادثات مطولة بين فلاديمير بوتين ورجب طيب أردوغان تناولت الملف السوري، "
                    "قبل ساعات من مغادرة أردوغان.")
    assert rows == [("Recep Tayyip Erdogan", "Vladimir Putin")]


def test_the_side_after_between_who_is_the_sentences_subject_stays_first():
    # nothing says who travelled: the subject named before the meeting noun comes first, as before
    rows = reported("أكد الرئيس المصري عبد الفتاح السيسي، في المحادثات التي جمعت بين المستشارة الألمانية أنجيلا ميركل "
                    "والرئيس السيسي، على احترامه جميع الأديان.")
    assert rows == [("Abdel Fattah el-Sisi", "Angela Merkel")]
