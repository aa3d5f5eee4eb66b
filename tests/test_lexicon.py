"""The lexicon: YAML loads into one automaton; tenures resolve offices by date; the
Arabic boundary rules accept proclitics and refuse matches inside words."""
import datetime as dt
import re

import pytest

from ziyarat.arabic import fold
from ziyarat.lexicon import PERSON, PLACE, get_lexicon, spellings


@pytest.fixture(scope="module")
def lex():
    return get_lexicon()


def _hits(lex, text):
    """(surface in folded text, kind, id) for every boundary-respecting match."""
    f = fold(text)
    out = []
    for s, e, _key, payloads in lex.match(f):
        for kind, ref, _weak, _lam in payloads:
            out.append((f[s:e], kind, ref if isinstance(ref, str) else ref.phrase))
    return out


def _ids(lex, text):
    return {ref for _s, kind, ref in _hits(lex, text) if kind in (PERSON, PLACE)}


def test_sizes_and_ids(lex):
    assert len(lex.people) >= 150
    assert len(lex.places) >= 150
    assert len(lex.orgs) >= 50
    assert lex.n_keys > 5000
    ids = list(lex.people) + list(lex.places) + list(lex.orgs)
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"[a-z0-9_]+", i) for i in ids)
    assert lex.people["vladimir_putin"].name_en == "Vladimir Putin"
    assert lex.places["kremlin"].city == "Moscow"
    assert lex.places["hmeimim_base"].city == "Latakia"


@pytest.mark.parametrize("office,country,when,expected", [
    ("head_of_state", "Syria", "2023-03-14", "bashar_al_assad"),
    ("head_of_state", "Syria", "2025-06-01", "ahmed_al_sharaa"),
    ("head_of_state", "United States", "2016-05-01", "barack_obama"),
    ("head_of_state", "United States", "2018-05-01", "donald_trump"),
    ("head_of_state", "United States", "2022-05-01", "joe_biden"),
    ("head_of_state", "United States", "2025-05-01", "donald_trump"),
    ("head_of_state", "Iran", "2015-07-01", "hassan_rouhani"),
    ("head_of_state", "Iran", "2022-07-01", "ebrahim_raisi"),
    ("head_of_state", "Iran", "2025-01-01", "masoud_pezeshkian"),
    ("head_of_state", "Saudi Arabia", "2015-07-01", "salman_bin_abdulaziz"),
    ("head_of_state", "Saudi Arabia", "2014-07-01", "abdullah_bin_abdulaziz"),
    ("crown_prince", "Saudi Arabia", "2018-01-01", "mohammed_bin_salman"),
    ("foreign_minister", "Russia", "2015-01-01", "sergey_lavrov"),
    ("defence_minister", "Russia", "2021-09-14", "sergei_shoigu"),
    ("defence_minister", "Russia", "2024-09-14", "andrei_belousov"),
    ("spokesperson", "Russia", "2018-05-17", "dmitry_peskov"),
    ("head_of_state", "Turkey", "2016-01-01", "recep_tayyip_erdogan"),
    ("head_of_government", "Turkey", "2013-01-01", "recep_tayyip_erdogan"),
    ("head_of_state", "Qatar", "2014-01-01", "tamim_bin_hamad"),
    ("head_of_state", "Egypt", "2015-01-01", "abdel_fattah_el_sisi"),
])
def test_holder_by_date(lex, office, country, when, expected):
    assert lex.holder(office, country, dt.date.fromisoformat(when)).id == expected


def test_holder_gap_is_none(lex):
    # between Assad's fall (2024-12-08) and al-Sharaa's presidency (2025-01-29)
    assert lex.holder("head_of_state", "Syria", dt.date(2025, 1, 1)) is None


def test_abd_spellings():
    assert spellings("سلمان بن عبد العزيز") == {"سلمان بن عبد العزيز", "سلمان بن عبدالعزيز"}
    assert "عبد الله الثاني" in spellings("عبدالله الثاني")


@pytest.mark.parametrize("text", ["وبوتين", "لبوتين", "فبوتين", "«بوتين»", "بوتين،", "“بوتين”", "(بوتين)"])
def test_proclitics_and_punctuation(lex, text):
    assert "vladimir_putin" in _ids(lex, text)


@pytest.mark.parametrize("text", ["بوتينية", "ابوتين", "سبوتين"])
def test_no_match_inside_words(lex, text):
    assert "vladimir_putin" not in _ids(lex, text)


def test_lam_lam_case(lex):
    # لِ + الأسد is written للأسد; لِ + الكرملين is للكرملين; لِ + اللاذقية is للاذقية
    assert "bashar_al_assad" in _ids(lex, "للأسد")
    assert "kremlin" in _ids(lex, "وللكرملين")
    assert "latakia" in _ids(lex, "للاذقية")
    assert "kremlin" in _ids(lex, "بالكرملين")
    # the lam-less key is not accepted without the lam: "لاسد" alone is nothing
    assert "bashar_al_assad" not in _ids(lex, "لأسد")


def test_adjective_is_not_a_place(lex):
    # السورية "the Syrian (fem.)" must not match سورية "Syria"
    assert "syria" not in _ids(lex, "الحكومة السورية")
    assert "syria" in _ids(lex, "في سورية")


def test_weak_flag_and_title_payloads(lex):
    hits = _hits(lex, "الأسد")
    assert ("الاسد", PERSON, "bashar_al_assad") in hits
    f = fold("الرئيس السوري")
    (s, e, key, payloads), *_ = [m for m in lex.match(f) if m[1] - m[0] == len(f)]
    assert any(p[0] == "title" and p[1].office == "head_of_state" and p[1].country == "Syria" for p in payloads)
