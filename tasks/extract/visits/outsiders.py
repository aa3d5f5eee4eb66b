"""Outsiders' contacts: a remote-contact cue (triggers.yaml remote_contact) whose other party is no
leader, so it cannot join the two sides of a meeting its sentence tells. The sentence-wide veto
(visits.candidates) leaves such a cue out. Two shapes:
- a call with the press: the speaker's phone interview, the call's partner right after it a press
  word (triggers.yaml press_parties) or a quoted outlet: "وقال خلال اتصال هاتفي مع الإعلامية ...
  وهناك رفض لزيارة الرئيس" (said during a phone call with the TV host ... there is rejection of the
  president's visit), "في اتصال هاتفي لـ«الصحيفة»";
- a message a body sends, the subject of a sending verb before it neither a leader nor a title:
  "وجهت جبهة المعارضة رسالة إلى الرئيس تستنكر فيها استقباله نظيره" (the opposition front sent the
  president a letter denouncing his reception of his counterpart);
- a contact inside a concession after the meeting the sentence tells (conceded_contact): "خلال مباحثاته
  مع رئيس الوزراء الليبي منذ أيام، على الرغم من تقديم طلب رسمي له ورسالة" (during his talks ... days ago,
  despite a formal request and a letter presented to him): the letter is what the talks ignored.
A call or a message with no named party, or between leaders, stays a remote contact."""
from __future__ import annotations

import re
from typing import Any

from tasks.extract.visits.article import Article
from tasks.extract.visits.leaders import is_leader
from ziyarat.arabic import CONJUNCTIONS, LI, WITH, fold_term
from ziyarat.lexicon import grammar_words, trigger_words

PARTNER_WORDS = 2  # words from a call to its partner: "مع الإعلامية", "لـ«الصحيفة»"
QUOTE_OPENERS = "«\"“"
TATWEEL = "\u0640"
SENDER_WORDS, SENDER_CHARS = 6, 80  # from a sending verb to its message: "وجهت جبهة الأحواز الإيرانية بالقاهرة رسالة"
BREAKS = "\u060c,.:;\u061b"
CONCESSION_WORDS, CONCESSION_CHARS = 8, 90  # from "الرغم" to the cue: "الرغم من تقديم طلب رسمي له ورسالة"


def outsider_contact(art: Article, i: int, c: Any) -> bool:
    """Cue c of sentence i is a call with the press or a message a non-leader body sends."""
    return press_call(art, c) or body_message(art, i, c) or conceded_contact(art, i, c)


def press_call(art: Article, c: Any) -> bool:
    """A call word whose partner, right after it past "مع" (with) or li- (to), is a press word
    or an outlet's name in quotation marks: "اتصال هاتفي مع الإعلامية", "هاتفيا لـ«الصحيفة»"; not a
    quotation with neither before it."""
    if fold_term(c.term) not in trigger_words("call_words"):
        return False
    words = art.text[art.word_end(c.end):art.word_end(c.end) + 60].split()[:PARTNER_WORDS]
    if words and fold_term(words[0]) == WITH:
        word = words[1] if len(words) > 1 else ""
    elif words and words[0][:1] == LI:
        word = words[0][1:].lstrip(TATWEEL)  # "لـ«الصحيفة»", "لبرنامج": li- (and its tatweel) glued on
    else:
        return False  # "خلال اتصال هاتفي «أثار جدلا»" (a call that stirred controversy): a quotation, no partner
    if word[:1] in QUOTE_OPENERS:
        return True
    return fold_term(word.strip("،,.«»\"“”")) in trigger_words("press_parties")


def body_message(art: Article, i: int, c: Any) -> bool:
    """A message noun told as sent by a body: a sending verb before it, no comma between, the first word
    of its subject a body (triggers.yaml message_bodies) and no leader named before the message: "وجهت
    جبهة المعارضة رسالة" (the front sent a letter). Not "بعث الرئيس برسالة" (the president sent a message)."""
    if fold_term(c.term) not in trigger_words("carried_messages"):
        return False
    at = art.word_start(c.start)
    lo = max(art.sentences[i][0], at - SENDER_CHARS)
    words = [(lo + w.start(), w.group()) for w in re.finditer(r"\S+", art.text[lo:at])][-SENDER_WORDS - 1:]
    verbs = trigger_words("sending_verbs")
    k = next((n for n in range(len(words) - 1, -1, -1) if {fold_term(words[n][1]), _bare(fold_term(words[n][1]))} & verbs), None)
    if k is None or k + 1 >= len(words) or any(w[-1:] in BREAKS for _, w in words[k:]):
        return False
    if fold_term(words[k + 1][1]) not in trigger_words("message_bodies"):
        return False
    return not any(is_leader(m) for m in art.near("persons", i, words[k][0], at))


def conceded_contact(art: Article, i: int, c: Any) -> bool:
    """Cue c stands in a concession (grammar.yaml concessive_openers) within CONCESSION_WORDS words before it, no
    punctuation and no trigger between, and a trigger of the sentence stands before the concession: "تجاهل القضية
    خلال مباحثاته مع رئيس الوزراء، على الرغم من ... ورسالة" (ignored the issue during his talks, despite ... a
    letter). Not a concession before any meeting word: "رغم الاتصالات بين الرئيسين، لم يلتقيا" stays a contact."""
    at = art.word_start(c.start)
    lo = max(art.sentences[i][0], at - CONCESSION_CHARS)
    words = [(lo + w.start(), w.group()) for w in re.finditer(r"\S+", art.text[lo:at])][-CONCESSION_WORDS:]
    openers = grammar_words("concessive_openers")
    k = next((n for n in range(len(words) - 1, -1, -1) if fold_term(words[n][1]) in openers), None)
    if k is None or any(w[-1:] in BREAKS for _, w in words[k:]) or art.near("triggers", i, words[k][0], at):
        return False
    return bool(art.near("triggers", i, art.sentences[i][0], words[k][0] - 1))


def _bare(word: str) -> str:
    """A verb without its conjunction: "ووجهت" -> "وجهت"."""
    return word[1:] if word[:1] in CONJUNCTIONS and len(word) > 3 else word


def leaders_contacts(art: Article, i: int) -> list[Any]:
    """The remote-contact cues of sentence i but outsiders' contacts: those that may join a meeting's sides."""
    return [c for c in art.cues(i, "c:remote_contact") if not outsider_contact(art, i, c)]


def article_contacts(art: Article) -> list[Any]:
    """leaders_contacts of every sentence of the article."""
    return [c for i in range(len(art.sentences)) for c in leaders_contacts(art, i)]
