"""Visits and meetings between leaders, one article at a time.

A *reported* visit needs a sentence that states a visit or a meeting (a trigger from
``lexicons/triggers.yaml``) with two leaders of different countries around it (heads
of state or government; the second may come from the headline or a neighbouring
sentence when the sentence points at him: "نظيره" nazirahu, "his counterpart", or a
city in his country). Who travelled and who received comes from the trigger's role
("وصل الأسد إلى موسكو" -> al-Assad visits; "استقبل بوتين الأسد" -> Putin hosts), else
from the city (the leader whose country holds it hosts). All trigger sentences about
the same pair merge into one reported row; earlier or planned meetings ("آخر لقاء ...
2021", "الأولى منذ آذار 2023", "سيلتقي ... الشهر المقبل") become *referenced* rows.

The steps, one module each, in the order they run:

- ``article``: the per-article index (hits, leaders, places, dates by sentence);
- ``candidates``: per trigger, ``vetoes`` -> ``roles`` -> the other side -> ``place``
  -> ``timing`` (date, reported or referenced);
- ``named_head``: the host of a visit to an unnamed head, when the article names him elsewhere;
  no such host for a trip whose sentence names the third country's leader it came to meet, met as reported;
- ``merge``: one reported row per leader pair, deduplicated referenced rows, each
  with its setting (a visit, a third country, a summit's sidelines);
- ``summits``: the multilateral summits the article names (``summit_mentions``);
- ``trip_share``: what a trip's meetings share: a meeting at a gathering in a third country takes the
  trip's city (and day); then ``place_wide``, a reported meeting's city from the article's other meeting
  words when its own give none; then a meeting's city and visit type from the same trip's other meetings;
- ``title_city``: a reported meeting's city from the headline when the text gives none.

``triggers`` reads the lexicon, ``leaders`` says who is a leader, ``clauses`` which clause a
date or a cue after the meeting word belongs to (for ``timing``).
"""
from __future__ import annotations

import datetime as dt
from typing import Any, Callable

from tasks.extract.visits.article import Article, Candidate
from tasks.extract.visits.anaphora import told_pairs_only
from tasks.extract.visits.calls import call_in_lead
from tasks.extract.visits.ahead import inherit_trip_plan, purpose_of_planned_trip
from tasks.extract.visits.governed import host_of_planned_sequel
from tasks.extract.visits.bygone import joined_to_old_trip, out_of_term
from tasks.extract.visits.candidates import orient_by_trip, sentence_candidates
from tasks.extract.visits.dual_back import back_pair, told_back
from tasks.extract.visits.first_meeting import earlier_first_meeting
from tasks.extract.visits.leaders import country_head, is_leader, pid
from tasks.extract.visits.merge import merge
from tasks.extract.visits.inviter import inviter_not_host
from tasks.extract.visits.named_head import named_host, trip_to_third_party
from tasks.extract.visits.speaker import spoken_trip
from tasks.extract.visits.summits import Summits
from tasks.extract.visits.teasers import other_stories
from tasks.extract.visits.tour import later_legs, passing_legs, trip_ahead
from tasks.extract.visits.tour_lists import tour_phrases
from tasks.extract.visits.triggers import act_trigger_matcher
from tasks.extract.visits.trip_share import share_trips
from tasks.extract.visits.within_trip import inside_trip_under_way
from tasks.extract.visits.greeted_trip import received_on_trip
from tasks.extract.visits.whereabouts import placed_now
from tasks.extract.visits.title_city import title_cities
from tasks.extract.visits.titles_abroad import hosts_by_office
from tasks.extract.visits.trace import restart
from ziyarat.arabic import resolve_weekday

__all__ = ["country_head", "find_visits", "find_visits_and_summits", "is_leader", "may_hold_visit", "resolve_weekday",
           "title_cities"]


def may_hold_visit(mentions: list) -> bool:
    """A visit needs a leader and a second party: another leader, or a place (the
    visited country's leader may go unnamed: "وصل أمير الكويت إلى القاهرة")."""
    leaders = {pid(m) for m in mentions if is_leader(m)}
    return len(leaders) >= 2 or (len(leaders) == 1 and any(m.entity_type == "place" for m in mentions))


def find_visits(text: str, sentences: list[tuple[int, int]], mentions: list, dates: list,
                published: dt.date | None, period: Any = None) -> list[dict]:
    """visit_mentions rows (without article_id / visit_id) for one article; `period`
    (a ziyarat.lexicon.Period, ArticleTime.period) is when an undated article is from."""
    return find_visits_and_summits(text, sentences, mentions, dates, published, period)[0]


def find_visits_and_summits(text: str, sentences: list[tuple[int, int]], mentions: list,
                            dates: list | Callable[[], list], published: dt.date | None,
                            period: Any = None, home: str | None = None,
                            headline: Callable[[], Any] | None = None) -> tuple[list[dict], list[dict]]:
    """(visit_mentions rows, summit_mentions rows), without article_id / visit_id.
    `dates` may be a function that finds them: only called when a rule needs a date;
    `home` is the outlet's country; `headline` gives the headline read (visits.headline)."""
    if not may_hold_visit(mentions):
        return [], []
    art = Article(text, sentences, mentions, dates, published, period, home)
    art.headline = headline
    cands, summits = _read(art, published)
    if cands is None:
        return [], summits.rows()  # no candidate (the summits read no trigger hit)
    # a bare home title as the partner of the home leader's trip abroad: the visited country's holder;
    # the article is read again with it
    retitled = hosts_by_office(art, cands, mentions)
    if retitled is not None:
        restart()
        art = Article(text, sentences, retitled, dates, published, period, home)
        art.headline = headline
        cands, summits = _read(art, published)
        cands = cands or []
    return share_trips(art, merge(art, cands, summits), cands), summits.rows()


def _read(art: Article, published: dt.date | None) -> tuple[list[Candidate] | None, Summits]:
    """The article's candidates after the article-wide passes (None when no sentence has a trigger
    by a leader), and its summits."""
    summits = Summits.of(art)
    # (spoken_trip needs a leader in the sentence before: only the sentences after one are asked)
    # (a public act that survived public_act.abroad_acts has its owner abroad, named or by his remarks: "وجاءت
    # تصريحات الرئيس التركي، في كلمة ألقاها ... ببيشكك", which leaves him out of the sentence's leaders)
    if not art.leader_triggered() and not told_back(art) and not (_acts_told(art) and _remarked_acts(art)) and not any(
            spoken_trip(art, i) for i in sorted(j + 1 for j, ms in art.leaders.items() if ms) if i < len(art.sentences)) \
            and not placed_now(art) and not _tour_listed(art):  # "دعا سلال، أمس، في نواكشوط": whereabouts, no visit word
        return None, summits
    summits.unbind_names()
    remarked = _remarked_acts(art)  # once: no rule below narrows the hits
    cands: list[Candidate] = []
    for i in sorted(art.by_sent):
        if not art.leaders.get(i) and back_pair(art, i) is None and not spoken_trip(art, i) and i not in remarked:
            continue
        cands.extend(sentence_candidates(art, i))
    cands = told_pairs_only(art, out_of_term(art, other_stories(art, cands)))
    joined_to_old_trip(art, cands)
    orient_by_trip(cands)
    inherit_trip_plan(art, cands)
    purpose_of_planned_trip(cands)
    host_of_planned_sequel(art, cands)
    later_legs(art, cands)
    trip_ahead(art, cands)
    earlier_first_meeting(art, cands)
    inside_trip_under_way(art, cands)
    received_on_trip(art, cands)
    cands = call_in_lead(art, cands)
    cands = inviter_not_host(art, trip_to_third_party(art, named_host(art, cands)))
    passing_legs(art, cands)
    return cands, summits


def _acts_told(art: Article) -> bool:
    """Whether the text holds a public act's trigger at all (triggers.act_trigger_matcher): most articles
    with no trigger in a leader's sentence have none, and skip the walk of every cue (Article.hits)."""
    return bool(act_trigger_matcher().find(art.folded))


def _remarked_acts(art: Article) -> set[int]:
    """The sentences naming no leader that hold a leader's public act abroad (public_act._remarks_owner: his
    remarks, "تصريحات", possess him)."""
    return {i for i in art.by_sent if not art.leaders.get(i) and any(h.group == "t:public_act" for h in art.by_sent[i])}


def _tour_listed(art: Article) -> bool:
    """A tour noun with its countries listed (tour_lists), outside quotes, in a sentence naming a leader: a trigger
    the trigger list lacks ("جولته الإفريقية التي تشمل كلا من تنزانيا")."""
    return any(not art.in_speech_at(h.start) for h in tour_phrases(art, leaders_only=True))
