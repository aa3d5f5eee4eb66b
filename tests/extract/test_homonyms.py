"""Bare surnames shared by two people an article names in full (tasks/extract/homonyms.py)."""
from __future__ import annotations

import datetime as dt

from tasks.extract.entities import find_mentions

FEB_2018 = dt.date(2018, 2, 27)


def kims(text: str) -> list[tuple[str, str]]:
    return [(m.entity_id, text[m.start:m.end]) for m in find_mentions(text, published=FEB_2018)
            if m.entity_id.startswith("kim_")]


def test_a_bare_surname_after_another_mans_full_name_is_not_the_leader():
    """The envoy Kim Yong-chol is named in full after the leader; the bare "كيم" that follows is
    the envoy, so no mention of Kim Jong-un comes of it."""
    text = ("أوفد الزعيم كيم جونغ أون الجنرال كيم يونغ شول إلى سيول. "
            "وكان كيم التقى الرئيس مون جاي ان الأحد.")
    assert kims(text) == [("kim_jong_un", "كيم جونغ أون"), ("kim_yong_chol", "كيم يونغ شول")]


def test_a_bare_surname_after_the_leaders_own_later_full_name_is_the_leader():
    """The leader is named in full after the envoy: the bare "كيم" is the leader again."""
    text = ("وصل الجنرال كيم يونغ شول إلى سيول. ثم التقى مون جاي ان الزعيم كيم جونغ أون. "
            "وقال كيم إن بلاده مستعدة.")
    assert kims(text) == [("kim_yong_chol", "كيم يونغ شول"), ("kim_jong_un", "كيم جونغ أون"),
                          ("kim_jong_un", "كيم")]


def test_a_bare_surname_with_no_other_full_namesake_stays_the_leader():
    text = "التقى الرئيس مون جاي ان الزعيم كيم جونغ أون في بانمونجوم. وقال كيم إن بلاده مستعدة."
    assert kims(text) == [("kim_jong_un", "كيم جونغ أون"), ("kim_jong_un", "كيم")]
