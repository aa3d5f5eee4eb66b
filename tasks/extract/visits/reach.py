"""The leaders a trigger can bind (:class:`Reach`): those of its sentence within
MAX_REACH characters and before a reported-speech verb or an adverb of preparation after it.
The roles and the vetoes both read it, so it lives apart from either."""
from __future__ import annotations

import re
from typing import Any, NamedTuple

from tasks.extract.visits.antecedent import second_relative
from tasks.extract.visits.article import Article
from tasks.extract.visits.leaders import distinct
from tasks.extract.visits.triggers import trigger_spec
from ziyarat.arabic import fold_term
from ziyarat.lexicon import grammar_words, trigger_words
from ziyarat.matching import Hit

MAX_REACH = 160  # characters between a trigger and a leader it can bind
PREP_NEXT_CHARS = 40  # past MAX_REACH: room for an adverb of preparation and the li- word after it
PREP_SUBJECT_WORDS = 6  # "يستعد الرئيس الأمريكي دونالد ترامب للقاء": a verb of preparing, its subject, the li- word


NO_ROLES: tuple[Any, Any, float] = (None, None, 0.0)  # what a role rule returns when the trigger binds no leader


class Reach(NamedTuple):
    """The leaders a trigger can bind, in text order: all of them, one per person
    before it (the last mention) and after it (the first), and the one right after
    it (its subject or genitive) when no other visit word comes between."""

    leaders: list
    before: list
    after: list
    near_after: Any = None  # set by with_subject(), once the vetoes have passed


def in_reach(art: Article, i: int, h: Hit) -> Reach:
    """The leaders of sentence i the trigger h can bind."""
    # leaders within reach of the trigger: a long sentence listing a dozen names
    # is not one meeting; past a reported-speech verb after the trigger a leader is
    # the speaker or the topic ("عشية المحادثات ... أعلن أردوغان أن بوتين ...")
    barrier = art.first_after("c:speech", i, h.end)
    # ... nor, after a trip word, past "يرافقه" / "برفقة" (accompanied by) unless he escorts the doer
    # in his own country (escort): in "زار بوتين قبر الجندي المجهول، يرافقه الرئيس الصربي" the Serbian
    # president goes with Putin. A meeting's object may stand past it ("التقى، برفقة وزيره، الرئيس ...")
    companion = art.first_after("c:companion_cues", i, h.end) if h.group.startswith("t:") \
        and trigger_spec(h.group)["role"] in ("visit", "arrive") else None
    prep = prepared_meeting_start(art, i, h.end)
    # ... nor past a cause ("بسبب دعم موسكو للرئيس السوري", because of Moscow's support for the Syrian president)
    cause = art.first_after("c:cause_links", i, h.end)
    # ... nor past a second relative clause on the noun h's own clause tells of ("، والتي", and which: second_relative)
    for stop in (prep, cause, second_relative(art, i, h, h.end + MAX_REACH)):
        barrier = stop if barrier is None or stop is not None and stop < barrier else barrier
    # (a leader ending MAX_REACH before the trigger starts at most his length earlier)
    window = art.near("leaders", i, h.start - MAX_REACH - art.longest("leaders", i), h.end + MAX_REACH)
    L = sorted((m for m in window if max(m.start - h.end, h.start - m.end, 0) <= MAX_REACH
                and (barrier is None or m.start < barrier)
                and (companion is None or m.start < companion or escort(art, i, m))),
               key=lambda m: m.start)
    # one person per side: a title and the name after it ("خادم الحرمين الشريفين الملك
    # سلمان", the Custodian of the Two Holy Mosques King Salman) are one leader
    before = distinct([m for m in L if m.end <= h.start], keep="last")
    after = distinct([m for m in L if m.start >= h.end], keep="first")
    return Reach(L, before, after)


def escort(art: Article, i: int, m: Any) -> bool:
    """A leader accompanying a trip's doer is its host when a place of his country is named in the
    sentence or the title: "وصول أردوغان إلى التجمع يرافقه عزت بيغوفيتش" under a title setting the
    rally in Sarajevo. Not the Serbian president with Putin at a Moscow monument."""
    return bool(m.country) and any(p.country == m.country for j in {0, i} for p in art.places.get(j, []))


def prepared_meeting_start(art: Article, i: int, lo: int) -> int | None:
    """Where an adverb of preparation with a li- word after it starts in sentence i after lo:
    "تجريان محادثات استعدادا لعقد قمة مع كيم" (the two countries hold talks in preparation for
    a summit with Kim): the leaders past it are the prepared meeting's, not the talks'."""
    # only within reach: a leader past MAX_REACH is out of it anyway (bounded per trigger, so a
    # 40k-character sentence with a trigger every few words stays linear)
    end = min(art.sentences[i][1], lo + MAX_REACH + PREP_NEXT_CHARS)
    words = [(lo + w.start(), fold_term(w.group().strip("،,"))) for w in re.finditer(r"\S+", art.text[lo:end])]
    adverbs = grammar_words("preparation_adverbs")
    at = next((pos for (pos, w), (_, nxt) in zip(words, words[1:])
               if w.lstrip("و") in adverbs and nxt.startswith("ل")), None)
    # ... or a new clause whose verb is one of preparing, its subject, then a li- word: "عقدت قمة بين
    # زعيمي الكوريتين فيما يستعد كيم للقاء ترامب" (a summit of the two Koreas' leaders was held, while Kim
    # prepares to meet Trump): Kim and Trump are the prepared meeting's, not the summit's
    verbs, breaks = grammar_words("preparation_verbs"), trigger_words("clause_breaks")
    for k, (pos, w) in enumerate(words):
        if at is not None and pos >= at:
            break
        opens = w.startswith("و") and w[1:] in verbs or w in verbs and k and words[k - 1][1].removeprefix("و") in breaks
        if opens and any(nxt.startswith("ل") for _, nxt in words[k + 1:k + 1 + PREP_SUBJECT_WORDS]):
            return words[k - 1][0] if w in verbs else pos
    return at


def trigger_between(art: Article, i: int, h: Hit, m: Any) -> bool:
    """Another trigger of the sentence starts between h and the mention m."""
    return any(t.start < m.start and t is not h for t in art.near("triggers", i, h.end, m.start))
