"""A title followed by a name the lexicon does not know stands for that person, not its holder.

"A name always beats a title": "رئيس الوزراء الفلسطيني إسماعيل هنية" (the Palestinian prime
minister Ismail Haniyeh) is Haniyeh, whoever held the office on the article's day; when the
lexicon does not know him, the title must stand for nobody rather than for the holder of the
date. Without NER, a personal name is told by its first word: a given name (the first words
of people.yaml's full names and grammar.yaml's `given_names`, less the ordinary words of
`given_name_homographs`), or عبد before an ال-word ("عبد الرحيم"). A given name of the
holder's own ("رئيس الوزراء الفلسطيني رامي ..." for Rami Hamdallah) keeps him; a verb, a
preposition, a place or punctuation after the title ("رئيس الوزراء الفلسطيني في رام الله")
is no name. Nor is a name after a title that is the genitive of an official or a reception the
title's ("المتحدث باسم الأمين العام للأمم المتحدة مارتن ...", the Secretary-General's spokesman
Martin ...; "وكان في استقبال رئيس الوزراء الأردني وائل ...", Wael ... received him: titles.yaml
other_name_heads).
"""
from __future__ import annotations

from functools import cache

from tasks.extract.homonyms import people_given_names, prev_word
from ziyarat.arabic import AL, fold_term
from ziyarat.lexicon import Lexicon, grammar_words, titles_lexicon

_ABD = "\u0639\u0628\u062f"  # عبد ("servant of"): a name with the ال-word after it
_REACH = 60  # characters after the title looked at: a name's first words
NAME_WORDS = 3  # the words of a name after the title that may be the holder's own


@cache
def given_names() -> frozenset[str]:
    """Folded given names: the lexicon's people's first words and grammar.yaml given_names,
    less grammar.yaml given_name_homographs."""
    return (people_given_names() | grammar_words("given_names")) - grammar_words("given_name_homographs")


@cache
def _links() -> frozenset[str]:
    """Words inside many names that tell no one apart: عبد and grammar.yaml patronymic (بن, ابن, بنت)."""
    return grammar_words("patronymic") | {_ABD}


@cache
def _other_name_heads() -> frozenset[str]:
    """titles.yaml other_name_heads, folded ("باسم", on behalf of; "استقبال", reception)."""
    return frozenset(fold_term(w) for w in titles_lexicon().get("other_name_heads") or ())


def other_name_after(lex: Lexicon, ft: str, e: int, holder: str | None) -> bool:
    """A personal name that is not `holder`'s (a person id) opens the words after a title
    ending at ft[e] (a comma and honorifics such as الدكتور skipped)."""
    words = ft[e:e + _REACH].replace("\u060c", " ", 1).replace(",", " ", 1).split()
    while words and words[0] in lex.honorifics:
        words = words[1:]
    if not words:
        return False
    first, nxt = words[0], words[1] if len(words) > 1 else ""
    if first == _ABD:
        if not nxt.startswith(AL):
            return False
        forms = ({first, nxt}, {first + nxt})  # "عبد الله" or its joined spelling "عبدالله"
    elif first in given_names():
        forms = ({first}, {first[:3], first[3:]}) if first.startswith(_ABD + AL) else ({first},)
    else:
        return False
    person = lex.people.get(holder) if holder else None
    if person is None:
        return True
    # his own given name, or another spelling of it before his own surname ("جون مارك إيرولت", Jean-Marc Ayrault)
    return not any(own <= person.name_words for own in forms) \
        and not any(w in person.name_words for w in words[1:NAME_WORDS] if w not in _links())


def unless_named(lex: Lexicon, ft: str, s: int, e: int, holder: str | None) -> str | None:
    """`holder`, the person the title ft[s:e] resolved to, unless another's name follows it
    and the title is no genitive of another's noun ("المتحدث باسم ...": the name is the spokesman's)."""
    if holder and other_name_after(lex, ft, e, holder) and prev_word(ft, s) not in _other_name_heads():
        return None
    return holder
