"""Backdrops: a meeting held days before publication that the article tells only as the setting of other news,
each mention a meeting noun governed by a preposition ("دافع ترامب عن لقائه مع بوتين", Trump defended his
meeting with Putin; "وأثارت تصريحاته خلال قمته مع بوتين الاثنين غضبا", his remarks during his summit with
Putin on Monday stirred anger, in a Wednesday article): the news is the defence, the remarks or the anger, and
the meeting is referenced. The day before publication only behind a lead that tells a third party's act of
that day ("أعلن وزير الخارجية ... الأربعاء في سيول" then "بناء على تعهد كيم، الثلاثاء، خلال قمته مع ترامب", the
foreign minister said on Wednesday in Seoul ... what Kim pledged on Tuesday during his summit with Trump).
visits.merge reads it (with aside.dated_aside, which needs a lead that does not name the pair)."""
from __future__ import annotations

from tasks.extract.visits.article import Article, Candidate, lead_sentence
from tasks.extract.visits.aside import STALE_DAYS
from tasks.extract.visits.leaders import pid
from tasks.extract.visits.timing import returned_after, under_way
from tasks.extract.visits.triggers import trigger_spec
from ziyarat.arabic import WA
from ziyarat.lexicon import grammar_words


def backdrop_only(art: Article, group: list[Candidate]) -> bool:
    """Every mention of the pair is a meeting or visit noun (no verb tells it held) right after a preposition
    (grammar.yaml frame_prepositions, noun_prepositions: "خلال قمته", "عن لقائه", "في قمة هلسنكي"), none
    ahead, under way or ended by a return home; one is dated to a day at least STALE_DAYS before publication
    and none later than that (or the day before, past a lead of a third party's act that day: _todays_other_lead).
    "أجرى ترامب محادثات مع بوتين" (held talks), "قام بزيارة" (made a visit) or
    "وجرت قمة ... الجمعة" (a summit was held) tell the meeting in their own clause: news; so does any meeting
    dated the day before publication or on it."""
    pub = art.published
    if pub is None or not group:
        return False
    days = [(pub - (c.end_date or c.date)).days for c in group if c.date is not None and c.precision == "day"]
    if not days or min(days) < 1 or any(c.date is not None and c.precision != "day" for c in group):
        return False
    if min(days) < STALE_DAYS and not _todays_other_lead(art, group):
        return False
    return all(_governed_noun(art, c) and not c.future and not under_way(art, c.hit)
               and not returned_after(art, c.hit) for c in group)


def _todays_other_lead(art: Article, group: list[Candidate]) -> bool:
    """The lead, before every mention of the pair, is dated on publication day and its first-named person (if
    any) is neither of the pair: "أعلن وزير الخارجية الأميركي مايك بومبيو مساء الأربعاء في سيول" (announced on
    Wednesday evening in Seoul) tells the day's news the summit of Tuesday is only the setting of."""
    lead, pair = lead_sentence(art), {pid(group[0].visitor), pid(group[0].host)}
    if lead is None or any(c.sentence <= lead for c in group):
        return False
    named = sorted(art.persons.get(lead, []), key=lambda m: m.start)
    return not (named and pid(named[0]) in pair) and any(
        d.precision == "day" and d.date == art.published for d in art.dates.get(lead, []))


def _governed_noun(art: Article, c: Candidate) -> bool:
    """c's trigger is a noun right after a preposition word: "خلال قمته" (during his summit)."""
    if trigger_spec(c.hit.group).get("proclitics") != "noun" or c.hit.prefix:
        return False
    before = art.words_before(art.word_start(c.hit.start), 1)
    return bool(before) and before[0].removeprefix(WA) in (
        grammar_words("frame_prepositions") | grammar_words("noun_prepositions"))
