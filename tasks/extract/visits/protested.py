"""A visit told only as what a protest is against: "نددوا بزيارة الرئيس الإيراني لمصر" (they denounced the
Iranian president's visit to Egypt), "وقفة احتجاجية ... للإعلان عن رفضهم لزيارة أوباما للقدس" (a sit-in to
declare their rejection of Obama's visit to Jerusalem), "اللافتات المنددة بزيارة أمير قطر" (the banners
denouncing the emir's visit): the protest is the news, the visit its background, planned or over (read by
`aside.aside_only`). A pair the article tells by any other word keeps that word's reading, and a visit the protest
says is under way ("احتجاجات على زيارة يجريها", protests at a visit he is making), one with his meeting told right
after it ("ولقائه الرئيس مرسي", and his meeting with President Morsi: on the visit's day, session 19's reason to
leave protests to time), one to a venue (a trip's stop, "لمسجد الحسين") and one the headline tells as the news
(headline.judged_in_headline) stay news."""
from __future__ import annotations

import datetime as dt

from tasks.extract.visits.article import Article, Candidate
from tasks.extract.visits.headline import judged_in_headline
from tasks.extract.visits.timing import under_way
from tasks.extract.visits.triggers import trigger_spec
from ziyarat.arabic import AL, LI, WA
from ziyarat.lexicon import get_lexicon, grammar_words

MEETING_AFTER_CHARS = 80  # from the visit noun past its traveller and host country to "ولقائه" (his meeting)


def protested_only(art: Article, group: list[Candidate]) -> bool:
    """Every mention of the pair is a visit noun, with no tense of its own, undated, with no day in its sentence and
    not under way, right after a protest head (grammar.yaml protest_heads: "ضد", "احتجاجا على", "نددوا ب", "رفضهم ل").
    Not in an article telling the last days' events (_recent_day): a protest then may be at a visit under way
    ("شهدت العاصمة البريطانية ظهر الجمعة مظاهرات احتجاجا على زيارة ترامب لبريطانيا", Trump still in Scotland on
    Saturday), and so may one the article dates
    today by its host's reception ("رفضها لزيارة ... من تستقبله اليوم", whom you receive today): the tense and
    lead-day rules read those."""
    return bool(group) and all((spec := trigger_spec(c.hit.group))["role"] == "visit"
                               and not spec.get("tense") and not c.past and not c.future
                               and c.date is None and not c.date_strong and not art.dates.get(c.sentence)
                               and not under_way(art, c.hit) and _after_protest(art, c) and not _meeting_after(art, c)
                               and not _to_venue(art, c)
                               and not judged_in_headline(art, c.sentence, c.hit, c.host.country) for c in group) \
        and not _recent_day(art)


def _to_venue(art: Article, c: Candidate) -> bool:
    """The visit's first place in its clause is a venue (places.yaml venues): "وقفة احتجاجية ضد زيارة أحمدي نجاد لمسجد
    الحسين" (a sit-in against Najad's visit to al-Hussein mosque) is a stop of a trip, protested on its day."""
    start, end = _clause_after(art, c)
    place = next(iter(art.near("places", c.sentence, start, end)), None)
    return place is not None and get_lexicon().places[place.entity_id].kind == "venue"


def _clause_after(art: Article, c: Candidate) -> tuple[int, int]:
    """From the end of the visit noun's word to its clause's comma, at most MEETING_AFTER_CHARS on."""
    start = art.word_end(c.hit.end)
    end = min(art.sentences[c.sentence][1], start + MEETING_AFTER_CHARS)
    return start, min((k for k in (art.text.find(p, start, end) for p in "\u060c,") if k >= 0), default=end)


def _meeting_after(art: Article, c: Candidate) -> bool:
    """Another meeting word of the sentence right after the visit noun: "احتجاجا على زيارة نجاد لمصر ولقائه الرئيس مرسي"
    (at Najad's visit to Egypt and his meeting with President Morsi) names the meeting held, told on its day."""
    start, end = _clause_after(art, c)
    return bool(art.near("triggers", c.sentence, start, end))


def _recent_day(art: Article) -> bool:
    """A day of publication or the day before anywhere in the text, outside quotes (or, undated, today, yesterday
    or a weekday): the article tells the last days' events, so the visit protested may be under way."""
    pub = art.published
    return any(d.precision == "day" and not art.in_quote(d.start) and (
        d.date is not None and pub - dt.timedelta(days=1) <= d.date <= pub if pub
        else d.kind in ("weekday", "relative")) for ds in art.dates.values() for d in ds)


def _after_protest(art: Article, c: Candidate) -> bool:
    """The words right before the noun, with the preposition glued to it ("بزيارة": "ب"), end in a protest head, and
    the noun names its traveller after it ("رفضهم لزيارة الرئيس الأمريكي"): the visit as the protest's topic."""
    start = art.word_start(c.hit.start)
    if c.hit.suffix:
        return False  # "احتجاجا على زيارته" (at his visit) after an act on him there: he is present
    glued = art.folded_slice(start, c.hit.start).removeprefix(WA)
    if glued.endswith(AL) or glued == LI + LI:  # "لل": li- with the article's alef dropped ("للزيارة")
        return False  # "احتجاجا على الزيارة" (at the visit): the one the article tells, read by its own words
    words = [w.strip("\u060c,") for w in art.words_before(start, 2)]
    heads = grammar_words("protest_heads")
    return any(" ".join(words[k:] + ([glued] if glued else [])).removeprefix(WA) in heads for k in range(len(words)))
