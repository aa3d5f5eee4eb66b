"""Backdrops: a meeting held days before publication that the article tells only as the setting of other news,
each mention a meeting noun governed by a preposition ("دافع ترامب عن لقائه مع بوتين", Trump defended his
meeting with Putin; "وأثارت تصريحاته خلال قمته مع بوتين الاثنين غضبا", his remarks during his summit with
Putin on Monday stirred anger, in a Wednesday article): the news is the defence, the remarks or the anger, and
the meeting is referenced. The day before publication only behind a lead that tells a third party's act of
that day ("أعلن وزير الخارجية ... الأربعاء في سيول" then "بناء على تعهد كيم، الثلاثاء، خلال قمته مع ترامب", the
foreign minister said on Wednesday in Seoul ... what Kim pledged on Tuesday during his summit with Trump).
visits.merge reads it (with aside.dated_aside, which needs a lead that does not name the pair)."""
from __future__ import annotations

from tasks.extract.tense import verb_tense
from tasks.extract.visits.article import Article, Candidate, lead_sentence
from tasks.extract.visits.aside import STALE_DAYS
from tasks.extract.visits.leaders import pid
from tasks.extract.visits.timing import returned_after, under_way
from tasks.extract.visits.triggers import trigger_spec
from ziyarat.arabic import WA
from ziyarat.lexicon import grammar_words


def backdrop_only(art: Article, group: list[Candidate], cands: list[Candidate]) -> bool:
    """Every mention of the pair is a meeting or visit noun (no verb tells it held) right after a preposition
    (grammar.yaml frame_prepositions, noun_prepositions: "خلال قمته", "عن لقائه", "في قمة هلسنكي"), none
    ahead, under way or ended by a return home; one is dated, by a day right by it, at least STALE_DAYS before
    publication and none later than that (or the day before, past a lead of a third party's act that day:
    _todays_other_lead). "أجرى ترامب محادثات مع بوتين" (held talks), "قام بزيارة" (made a visit) or "وجرت قمة
    ... الجمعة" (a summit was held) tell the meeting in their own clause: news; so does a meeting verb in any
    sentence naming both ("التقى أوباما خلال الزيارة نتنياهو وعباس", met during the visit Netanyahu and Abbas),
    and a trip of the traveller still going (_trip_going)."""
    pub = art.published
    if pub is None or not group:
        return False
    days = [(pub - (c.end_date or c.date)).days for c in group if c.date is not None and c.precision == "day"]
    if not days or min(days) < 1 or any(c.date is not None and c.precision != "day" for c in group) or not any(
            c.date_strong and c.precision == "day" for c in group):
        return False
    if min(days) < STALE_DAYS and not _todays_other_lead(art, group):
        return False
    return all(_governed_noun(art, c) and not c.future and not under_way(art, c.hit)
               and not returned_after(art, c.hit) for c in group) and not _verb_with_both(art, group) \
        and not _trip_going(art, group, cands) and not _lead_act_at(art, group)


def _lead_act_at(art: Article, group: list[Candidate]) -> bool:
    """The lead tells an act at the meeting, its noun after a frame preposition ("وفي مؤتمر صحفي مشترك مع السيسي
    يوم الأربعاء تحدث بوتين", at a joint press conference with Sisi on Wednesday Putin spoke), with no day of its
    own near publication: the meeting's news, however old. Not "قال مكتبه الأحد إنه تعهد خلال القمة التي جمعته
    الجمعة" (his office said on Sunday he pledged during the summit of Friday: Sunday's news). A bare meeting noun in the
    lead after another preposition is its news too; one with its owner's pronoun is not ("دافع ترامب عن لقائه مع
    بوتين", defended his meeting with Putin: one held before)."""
    lead, pub = lead_sentence(art), art.published
    if any(c.sentence == lead and not c.hit.suffix and _word_before(art, c) not in grammar_words("frame_prepositions")
           for c in group):
        return True  # "وأعلن الكرملين الأربعاء عن لقاء بين أردوغان وبوتين في موسكو": a bare noun, the lead's news
    return any(c.sentence == lead and _word_before(art, c) in grammar_words("frame_prepositions") for c in group) and not any(
        d.precision == "day" and d.date is not None and 0 <= (pub - d.date).days < STALE_DAYS
        for d in art.dates.get(lead, []))


def _verb_with_both(art: Article, group: list[Candidate]) -> bool:
    """A meeting, visit or arrival verb told held in a sentence that names both of the pair."""
    pair = {pid(group[0].visitor), pid(group[0].host)}
    return any(pair <= {pid(m) for m in art.leaders.get(i, [])} and any(
        h.group.startswith("t:") and trigger_spec(h.group).get("tense") == "past" for h in art.by_sent.get(i, ()))
        for i in range(len(art.sentences)))


def _trip_going(art: Article, group: list[Candidate], cands: list[Candidate]) -> bool:
    """Another reading of the pair's traveller is ahead, planned, or dated the day before publication or later:
    "الذي وصل الجمعة الى موسكو في زيارة تستمر ثلاثة ايام" (who arrived in Moscow on Friday on a three-day visit)
    in a Sunday article keeps his Friday talks with Putin in the trip under way."""
    pub, traveller = art.published, pid(group[0].visitor)
    return pub is not None and any(
        c not in group and pid(c.visitor) == traveller and (
            c.future or c.planned or c.date is not None and (pub - (c.end_date or c.date)).days < STALE_DAYS)
        for c in cands)


def _todays_other_lead(art: Article, group: list[Candidate]) -> bool:
    """The lead, before every mention of the pair, is dated on publication day and its first-named person (if
    any) is neither of the pair: "أعلن وزير الخارجية الأميركي مايك بومبيو مساء الأربعاء في سيول" (announced on
    Wednesday evening in Seoul) tells the day's news the summit of Tuesday is only the setting of. Not when a
    mention's own sentence opens on one of the pair as its subject ("في سياق متصل، حضّ أردوغان ... خلال زيارة
    قام بها الرئيس القرغيزي", in a related context Erdogan urged ... during the Kyrgyz president's visit: his
    act at the meeting), unless a كان form sets it back."""
    lead, pair = lead_sentence(art), {pid(group[0].visitor), pid(group[0].host)}
    if lead is None or any(c.sentence <= lead or _pair_subject(art, c.sentence, pair) for c in group):
        return False
    named = sorted(art.persons.get(lead, []), key=lambda m: m.start)
    return not (named and pid(named[0]) in pair) and any(
        d.precision == "day" and d.date == art.published for d in art.dates.get(lead, []))


SUBJECT_WORDS = 5  # more than the words before a sentence's subject: "وفي سياق متصل، حضّ" (and in a related context, urged)


def _pair_subject(art: Article, i: int, pair: set) -> bool:
    """Sentence i's first-named person, within SUBJECT_WORDS words of its start, is one of the pair, with no
    كان form (grammar.yaml kana_forms) before him."""
    s = art.sentences[i][0]
    first = min(art.persons.get(i, []), key=lambda m: m.start, default=None)
    if first is None or pid(first) not in pair:
        return False
    words = art.folded_slice(s, first.start).split()
    return len(words) < SUBJECT_WORDS and not set(words) & grammar_words("kana_forms")


def _governed_noun(art: Article, c: Candidate) -> bool:
    """c's trigger is a noun right after a preposition word: "خلال قمته" (during his summit), and the verb before
    it is not an imperfect: "يسعى أوباما خلال زيارته لألمانيا التي بدأها الاثنين" (Obama seeks during his visit
    to Germany, which he began on Monday) tells the visit under way."""
    if trigger_spec(c.hit.group).get("proclitics") != "noun" or c.hit.prefix \
            or verb_tense(art.text[art.sentences[c.sentence][0]:c.hit.start]) == "future":
        return False
    return _word_before(art, c) in grammar_words("frame_prepositions") | grammar_words("noun_prepositions")


def _word_before(art: Article, c: Candidate) -> str:
    """The folded word right before c's trigger, with no "و" (and)."""
    before = art.words_before(art.word_start(c.hit.start), 1)
    return before[0].removeprefix(WA) if before else ""
