"""Candidates: what one trigger says, before the merge. For each trigger of a sentence that names a
leader: the vetoes, the roles (who visits whom), the other side when the sentence names only one leader,
the place, the date, reported or referenced (spaCy's find, then decide: each step a named function)."""
from __future__ import annotations

from dataclasses import replace
from typing import Any

from tasks.extract.tense import imperfect_told_past
from tasks.extract.visits.article import Article, Candidate, rank
from tasks.extract.visits.titled_named import titled_named
from tasks.extract.visits.leaders import country_head, likely_head, pid
from tasks.extract.visits.place import city_of_meeting, opened_scene, scene_city
from tasks.extract.visits.between_capitals import between_goal
from tasks.extract.visits.headline_goal import headline_goal
from tasks.extract.visits.country_anaphor import anaphoric_goal
from tasks.extract.visits.plans import plan_cue
from tasks.extract.visits.ahead import ahead_marked, ahead_of_arrival, first_to_tense, inherit_plan, when_ahead
from tasks.extract.visits.framed import during_past, past_auxiliary
from tasks.extract.visits.fronted import fronted_told_past
from tasks.extract.visits.reach import MAX_REACH, Reach, in_reach
from tasks.extract.visits.invitations import invitation
from tasks.extract.visits.owners import called_guest, partner_elsewhere, views_owners_only
from tasks.extract.visits.meetings import fronted_subject, implicit_subject, meet_roles
from tasks.extract.visits.roles import ROLE_RULES, WEAK_VISITOR, guest_named_before, received_guest, with_subject
from tasks.extract.visits.month_parts import month_part_ahead
from tasks.extract.visits.prospects import past_cue_near
from tasks.extract.visits.making import making_now
from tasks.extract.visits.timing import event_date, first_since, hedge_settled, visit_kind
from tasks.extract.visits.return_leg import arrival_home, back_from, home_before
from tasks.extract.visits.respective import respective_day
from tasks.extract.visits.summits import body_summit_named, summit_arrival_place, summit_trip
from tasks.extract.visits.bilateral import bilateral_partner
from tasks.extract.visits.tour import fellow_travellers, further_destination_head
from tasks.extract.visits.title_host import partner_title_office
from tasks.extract.visits.tour_legs import tour_purpose_traveller, tour_traveller, undated_leg
from tasks.extract.visits.calls import call_told_next
from tasks.extract.visits.aside import during_retold_visit
from tasks.extract.visits.clauses import joined_clause_between, past_date_after, that_clause_between
from tasks.extract.visits.followon import follow_on_roles
from tasks.extract.visits.coordinated import co_arrival, coordinated_partners
from tasks.extract.visits.dual_back import dual_back_roles
from tasks.extract.visits.greeters import fellow_guests, group_receiver
from tasks.extract.visits.trace import kept, note
from tasks.extract.visits.things import abstract_arrival, thing_side
from tasks.extract.visits.triggers import purpose_noun, trigger_spec
from tasks.extract.visits.sides import between_states, counterpart_side, foreign_official, framed_other_meeting
from tasks.extract.visits.seats import body_seat_countries, lives_in_exile
from tasks.extract.visits.body_clause import trip_body
from tasks.extract.visits.second_meeting import carried_meeter
from tasks.extract.visits.partner_slot import claimed_elsewhere, slot_first
from tasks.extract.visits.objects import empty_with_slot, envoy_listed, listed_objects
from tasks.extract.visits.stand_in import proxy_excused
from tasks.extract.visits.messages import greeting_in_person, message_absentees
from tasks.extract.visits.outsiders import article_contacts, leaders_contacts
from tasks.extract.visits.officials import international_body, officials_before_summit, received_by_official, someone_elses
from tasks.extract.visits.multilateral import body_summit, peak_of
from tasks.extract.visits.small_summit import summit_sides
from tasks.extract.visits.vetoes import (adjective_after, anaphoric, attached, between_nonleader, denied, hypothetical, negated, not_held, other_owner, search_adverb, slot_taken, with_nonleader)
from tasks.extract.visits.noun_sides import close_source, group_partner, talks_topic, unknown_partner
from tasks.extract.visits.residence import lodged_sides
from tasks.extract.visits.abroad_meeting import act_city, act_roles, met_abroad, received_there, receiver_abroad
from tasks.extract.visits.actors import receiving_state
from tasks.extract.visits.listed import city_of
from tasks.extract.visits.sayings import said_contact_frames
from tasks.extract.visits.welcome import welcomed_roles
from tasks.extract.visits.discussed import subject_named
from ziyarat.lexicon import grammar_words, trigger_words
from ziyarat.matching import Hit


def sentence_candidates(art: Article, i: int) -> list[Candidate]:
    """The candidates of sentence i: one per leader pair and kind, the best ranked."""
    hits = art.by_sent[i]
    triggers = [h for h in hits if h.group.startswith("t:") and not art.in_speech_at(h.start)]
    # a noun inside a verb phrase ("مباحثات" in "يجري مباحثات") stands with its verb
    # (a longer trigger holding h starts at most the longest trigger's length before it)
    longest = art.longest("triggers", i)
    triggers = [h for h in triggers if not any(t is not h and t.start <= h.start and h.end <= t.end
                                               and (t.end - t.start) > (h.end - h.start) and not art.in_speech_at(t.start)
                                               for t in art.near("triggers", i, h.start - longest, h.start))]
    if not triggers:
        return []
    groups = {h.group for h in hits}
    if leaders_contacts(art, i) and not greeting_in_person(art, i, triggers):
        framing = said_contact_frames(art, i, triggers)  # "قال خلال لقائه ... إن شعبه يتطلع": the saying's
        note("remote_contact", i, [h for h in triggers if h not in framing])
        if not framing:
            return []  # a phone call, a cable, greetings: not a visit (even "during his visit")
        triggers = framing
    if "c:proxy" in groups and not envoy_listed(art, i, triggers) and not proxy_excused(art, i):
        note("proxy", i, triggers)
        return []  # the leader acts through an envoy or by instruction
    cands = []
    for h in triggers:
        reason = _vetoed_trigger(art, i, h, triggers)
        if reason:
            note(reason, i, h)
        elif hosted := hosted_candidates(art, i, h):
            cands.extend(hosted)  # a small summit: each guest with its host
        elif (c := candidate(art, i, h)) is not None:
            cands.append(c)
    cands.extend(co for c in list(cands) for co in [*coordinated_partners(art, i, c), *fellow_guests(art, c)])
    cands = [respective_day(art, i, c) for c in cands]  # "العبادي وتميم، اللذان زارا ... الثلاثاء والأربعاء"
    inherit_plan(art, cands)
    senders = message_absentees(art, i) if cands and "c:remote_contact" in groups else set()
    for c, why in [(c, "remote_contact" if call_told_next(art, c) else "message_party") for c in cands
                   if call_told_next(art, c) or {pid(c.visitor), pid(c.host)} & senders]:
        note(why, i, c.hit)
        cands.remove(c)  # the next sentence says the talks were a call; he sent (or was sent) the greetings an envoy carried
    best: dict[tuple, Candidate] = {}
    for cand in cands:
        # one candidate per pair and kind in a sentence: the best-directed, dated one
        key = (frozenset((pid(cand.visitor), pid(cand.host))), cand.kind, cand.date if cand.kind == "referenced" else None)
        old = best.get(key)
        best[key] = _pooled(cand, old) if old is None or rank(cand) > rank(old) else _pooled(old, cand)
    # an undated reading of a pair beside a dated one of the same kind is that meeting again: "يزور أردوغان غدا روسيا في زيارة يلتقي خلالها بوتين" (visits tomorrow ... meets)
    dated = {(k[0], k[1]) for k, c in best.items() if c.date is not None}
    out = [c for k, c in best.items() if not (c.kind == "referenced" and c.date is None and (k[0], k[1]) in dated)]
    out.extend(first_since(art, i, out))
    kept(out)
    return out


def _pooled(winner: Candidate, other: Candidate | None) -> Candidate:
    """The better-directed reading of a pair keeps the day the other reading of the same
    sentence holds right by its own word: in "عقد مرسي جلسة مباحثات، اليوم الخميس، مع
    الرئيس التركي جول، الذي بدأ زيارة رسمية لمصر" the visit gives the direction, the
    talks the day (Thursday); and the other's past verb: "التقى" (met) in "التقى أوباما خلال
    الزيارة نتنياهو" tells the meeting as held though the visit noun wins."""
    if other is None or winner.kind != "reported" or other.kind != "reported":
        return winner
    winner = replace(winner, past=True) if other.past else winner
    if winner.date_strong or not other.date_strong:
        return winner
    return replace(winner, date=other.date, end_date=other.end_date, precision=other.precision,
                   date_evidence=other.date_evidence, date_strong=True)


TRIP_DIRECTED = 1.5  # direction evidence strong enough to orient the trip's other meetings
DESTINATION_CHARS = 6  # "زيارته إلى بغداد": the place after the visit noun and one preposition


def orient_by_trip(cands: list[Candidate]) -> None:
    """A reported meeting whose direction is only guessed, between a leader whose current trip the article
    states (a directed visit to country C) and another leader of C, not in a third country: the traveller
    visits. "زار مرسي الهند ... وأجرى مباحثات مع الرئيس ... ورئيس الوزراء" (Morsi visited India ... talks
    with the president and the prime minister): Morsi visits both; so does one the sentence states a trip of
    ("التقى أوباما خلال الزيارة نتنياهو وعباس", during the visit Obama met Netanyahu and Abbas)."""
    stated = [c for c in cands if c.kind == "reported" and c.directed >= TRIP_DIRECTED]
    trips = {(pid(c.visitor), c.host.country) for c in stated if c.host.country}
    told = {(pid(c.visitor), c.sentence) for c in stated}
    for c in cands:
        if c.directed >= 1.0 or c.kind != "reported" or (c.country and c.country not in (c.visitor.country, c.host.country)):
            continue  # stated already, an earlier or planned meeting, or held in a third country
        goes = [(pid(x), y.country) in trips or (pid(x), c.sentence) in told for x, y in ((c.visitor, c.host), (c.host, c.visitor))]
        if goes[1] and not goes[0]:
            c.visitor, c.host = c.host, c.visitor
        if any(goes):
            c.directed = 1.0


def _vetoed_trigger(art: Article, i: int, h: Hit, triggers: list[Hit]) -> str | None:
    """Why trigger h of sentence i says no meeting was held, or None."""
    if purpose_noun(h):
        return "purpose_noun"  # "لبحث" (li-bahth, to discuss) is a noun of purpose
    if trigger_spec(h.group).get("said_of_calls") and any(not art.in_quote(x.start) for x in article_contacts(art)):
        return "remote_contact"  # "ناقش الرئيسان" (the two presidents discussed) in an article about their call
    if trigger_spec(h.group).get("subject_before_with") and not subject_named(art, i, h):
        return "no_leader_bound"
    if _first_person(art, h):
        return "quoted"
    if search_adverb(art, h):
        return "search_adverb"
    if empty_with_slot(art, i, h):
        return "not_leaders_trigger"
    if talks_topic(art, h):
        return "talks_topic"
    if negated(art, h):
        return "negated"
    if hypothetical(art, i, h):
        return "hypothetical"
    if denied(art, i, h):
        return "denied"
    # states' talks ("المحادثات مع كوريا الشمالية") are no leaders' meeting a later "المحادثات" names again
    if anaphoric(h, triggers) and anaphoric(h, [t for t in triggers if t.end <= h.start and not between_states(art, i, t)
                                                 and not officials_before_summit(art, i, t, h)]):
        return "anaphoric"
    return next((reason for reason, check in (("abstract_arrival", abstract_arrival), ("views_owners", views_owners_only),
                                              ("thing_side", thing_side), ("close_source", close_source),
                                              ("arrival_home", arrival_home)) if check(art, i, h)), None)


def _first_person(art: Article, h: Hit) -> bool:
    """The trigger is, or follows, a first-person verb: a speaker's own account ("قمت
    بزيارة مصر", I made a visit to Egypt), however the quotation marks were left."""
    words = art.words_before(start := art.word_start(h.start), 2) + [art.folded_slice(start, art.word_end(h.end))]
    return any(w.strip("،,\"").lstrip("و") in trigger_words("first_person_verbs") for w in words)


def candidate(art: Article, i: int, h: Hit) -> Candidate | None:
    """The candidate trigger h of sentence i yields, or None."""
    spec = trigger_spec(h.group)
    role = spec["role"]
    tense, told_past = _tense(art, i, h, spec)
    reach = in_reach(art, i, h)
    if _vetoed(art, i, h, role, spec, reach):
        note("not_leaders_trigger", i, h)
        return None
    reach = with_subject(art, i, h, reach)
    leg = tour_traveller(art, i, h)  # "جولته ...، استهلها بزيارة النيجر": a leg of his tour, of no day told
    visitor, host, directed = (leg, None, 2.0) if leg is not None else _roles(art, i, h, role, reach)
    if visitor is None and host is None:
        note("no_leader_bound", i, h)
        return None
    visitor, host = _other_side_in_sentence(art, i, h, role, reach, visitor, host)
    if (sides := listed_objects(art, i, h, role, visitor, host)) is None:
        note("not_leaders_trigger", i, h)
        return None  # "مباحثات مع كل من X و Y" (talks with each of X and Y): X never met Y
    visitor, host = sides
    scene = None  # the sentence that named the meeting's unnamed subject
    if visitor is None and host is not None and received_guest(art, i, h, reach):
        # "استقبله X" / "استقبال من قبل X" with the guest told before: his arrival
        visitor = guest_named_before(art, i, host)
    elif role == "meet" and (visitor is None) != (host is None):
        # "وتابع خلال مؤتمر صحفي مع X" (he went on, at a press conference with X): his subject, told before; "جولته ... للقاء X": the tour's
        subject = implicit_subject(art, i, h, visitor or host) or fronted_subject(art, i, h, visitor or host) or tour_purpose_traveller(art, i, h, visitor or host)
        if subject is not None:
            visitor, host, scene = subject, visitor or host, art.sent_of(subject.start)
    invited = invitation(art, i, h)
    if invited is not None:
        # "دعا السيسي خادم الحرمين لزيارة مصر": the invited leader will travel
        inviter, invitee = invited
        visitor, host, directed = invitee or visitor, inviter or host, 2.0
        if visitor is None or (host is not None and pid(visitor) == pid(host)):
            note("invitation_unclear", i, h)
            return None
    city, country = _meeting_place(art, i, h, role, visitor)
    opener = opened_scene(art, i, h, visitor, host) if city is None and scene is None else None  # a round-up's
    scene = opener[0] if opener else scene  # paragraph: "في باريس اعرب هولاند الجمعة ... وقال في مؤتمر صحافي مع"
    if city is None and scene is not None:  # "وقال ترامب للصحفيين في منتجع مارالاغو ... وتابع خلال
        # مؤتمر صحفي مع آبي": where the subject was speaking is where the press conference was
        city, country = scene_city(art, scene, {visitor.country, host.country})
    pair = _complete_pair(art, i, h, role, visitor, host, country, invited)
    if pair is None:
        note("no_second_side", i, h)
        return None
    visitor, host, conf = pair
    if host.start < 0 and country and host.country != country:
        city, country = None, host.country  # the head of a further destination listed (further_destination_head)
    if visitor.country and host.country and visitor.country == host.country:
        note("same_country", i, h)
        return None  # two leaders of one country
    visitor, host = lodged_sides(art, i, h, role, visitor, host, country)  # a host's call at his guest's lodging
    visitor, host, directed, city, country = _orient(role, *co_arrival(art, h, role, country, visitor, host), directed,
                                                     city, country, invited, _destination(art, i, h))
    if directed < 1.0 and called_guest(art, i, host) and not called_guest(art, i, visitor):
        visitor, host, directed = host, visitor, 1.5  # "مع الرئيس الأمريكي الزائر" (the visiting president)
    elif directed < 1.0 and called_guest(art, i, visitor):
        directed = 1.5
    c = _timed(art, i, h, (tense, told_past), (visitor, host, directed, conf), (city, country), invited, opener)
    return c if leg is None else undated_leg(art, c)


def _tense(art: Article, i: int, h: Hit, spec: dict) -> tuple[str | None, bool]:
    """(tense, told_past) of trigger h: its own or its verb's, a past auxiliary before it, an arrival's."""
    tense = "future" if ahead_marked(art, h) or when_ahead(art, h) else first_to_tense(art, h, spec.get("tense"))
    told_past = tense == "past" or (tense is None and past_auxiliary(art, h)) or (
        tense == "future" and not ahead_marked(art, h) and imperfect_told_past(art.text[max(art.sentences[i][0], h.start - 80):h.start]))
    tense = "past" if told_past else tense
    if not told_past and ahead_of_arrival(art, i, h):
        tense = "future"  # the arrival's past is not the meeting's: its weekday is the next one
    return tense, told_past


def hosted_candidates(art: Article, i: int, h: Hit) -> list[Candidate]:
    """Each guest of the small summit h names with its host (small_summit.summit_sides), as stated."""
    sides = summit_sides(art, i, h)
    if sides is None:
        return []
    host, guests, city, country = sides
    when = _tense(art, i, h, trigger_spec(h.group))
    return [_timed(art, i, h, when, (guest, host, 2.0, 0.8), (city, country), None, None) for guest in guests]


def _timed(art: Article, i: int, h: Hit, when: tuple[str | None, bool], pair: tuple[Any, Any, float, float],
           place: tuple[str | None, str | None], invited: tuple | None, opener: tuple | None) -> Candidate:
    """The candidate of a pair once its sides and place are known: its date, reported or referenced, planned."""
    (tense, told_past), (visitor, host, directed, conf), (city, country) = when, pair, place
    told_past, tense = (True, "past") if tense is None and (during_past(art, i, h, (visitor, host)) or fronted_told_past(
        art, i, h)) else (told_past, tense)
    date, end_date, precision, date_ev, strong = event_date(art, i, h, tense)
    told_past = told_past or (date is None and strong and art.published is not None)  # another's later day (afterward)
    if opener is not None and date is None:
        date, precision, date_ev, strong = opener[1].date, "day", opener[1].surface, True
    if back_from(art, h):  # the day is the return's
        date, end_date, precision, date_ev, strong = None, None, None, None, False
    status = _status(art, i, h)
    kind = "referenced" if invited is not None or status or during_retold_visit(art, i, h) or framed_other_meeting(art, i, h) else visit_kind(art, i, h, date, precision, tense, end_date)
    if _statement_date(art, i, kind, date, invited) and not past_date_after(art, i, h):
        date, end_date, precision, date_ev, strong = None, None, None, None, False
    if home_before(art, i, h, (visitor, host), country):  # the saying's day after a return home: news, its own day
        date, end_date, precision, date_ev = None, None, None, None  # unknown (strong stays, as event_date's undated)
    planned = kind == "referenced" and _planned(art, i, h, tense, date, invited, status, precision)  # the merge's future:
    return Candidate(kind, visitor, host, directed, i, h, city, country or None, date, end_date,  # the pair's undated
                     precision, date_ev, conf, strong, tense == "future" or planned,  # mentions echo the plan
                     told_past, planned)


def _meeting_place(art: Article, i: int, h: Hit, role: str, visitor: Any) -> tuple[str | None, str | None]:
    """(city, country) of the meeting: a leader's own public act is where he held it (act_city); else the meeting's
    place (city_of_meeting), or, for an arrival that names none in a summit's story, the summit's city."""
    if role == "act":
        return act_city(art, i, h)
    if role == "receive" and (state := receiving_state(art, i, h)) is not None:
        return city_of(state[0]), state[0].country  # "استقبلت الهند" (India received): where the guest went
    found = summit_arrival_place(art, i, h, role, visitor, city_of_meeting(art, i, h, visitor if role in ("arrive", "visit") else None))
    goal = between_goal(art, i, h, visitor) if found == (None, None) else None  # "زيارة مرسي ... بين نيودلهي والقاهرة"
    if found == (None, None) and goal is None:  # "احتجاجا على زيارة نجاد لشيخ الأزهر" under "زيارة ... لمصر"
        return headline_goal(art, i, h, visitor) or anaphoric_goal(art, i, h, visitor) or found  # or "البلاد"
    return found if goal is None else (None, goal)

def _status(art: Article, i: int, h: Hit) -> str | None:
    """Why the meeting was not held (vetoes.not_held), unless a later sentence settles the hedge or the visit's
    own clause tells it as being made: in "طلبت تأجيل الزيارة ... خاصة أن رئيس الوزراء يقوم الآن بزيارة إلى تشاد"
    (asked to postpone the tour ..., as the PM is now making a visit to Chad) the postponed one is another."""
    status = not_held(art, i, h)
    if status == "unconfirmed" and hedge_settled(art, i, h) or status == "called_off" and making_now(art, h):
        return None
    return status


def _roles(art: Article, i: int, h: Hit, role: str, reach: Reach) -> tuple[Any, Any, float]:
    """(visitor, host, directed) the trigger's role rule gives; a leader's own public act has its owner alone."""
    if role == "act":
        return act_roles(art, i, h)
    if role == "receive" and (state := receiving_state(art, i, h) or receiver_abroad(art, i, h)
                              or received_there(art, i, h)) is not None:
        return state[1], None, 2.0  # a state received him, a dignitary there did ("استقبل شيخ الأزهر"), or he
        # received abroad ("استقبل مرسي بمقر إقامته بنيودلهي وفدا"): the head there by office hosts (_complete_pair)
    return follow_on_roles(art, i, h, reach) or dual_back_roles(art, i, h) or welcomed_roles(art, i, h, reach) \
        or ROLE_RULES.get(role, meet_roles)(art, i, h, reach)


def _vetoed(art: Article, i: int, h: Hit, role: str, spec: dict, reach: Reach) -> bool:
    """The trigger is someone else's (an official's, an organisation's) or, for a
    meeting noun, not tied to the leaders after it."""
    before, after = reach.before, reach.after
    if unknown_partner(art, i, h) or group_partner(art, i, h) or body_summit(art, h) or peak_of(art, h) or someone_elses(art, i, h):
        return True
    bound = bool(spec.get("ceremony"))  # visits.ceremony named its leaders past an official's title ("شهد نائب رئيس الدولة")
    if (not bound and (slot_taken(art, i, h, role, before) or other_owner(art, i, h, role, before))) \
            or (role == "meet" and (between_nonleader(art, i, h) or with_nonleader(art, i, h) or between_states(art, i, h))):
        return True
    # a meeting noun binds the leaders named right after it ("محادثات الأسد
    # وبوتين", "اللقاء مع بوتين"), not ones further on: in "اللقاء الثلاثي في قطر
    # ... بعقدة التمسك بالأسد" the meeting is the ministers', al-Assad its topic
    return role == "meet" and not spec.get("tense") and not h.suffix and bool(after) \
        and not any(h.start - m.end <= 60 for m in before) and not attached(art, h, after[0])


def _other_side_in_sentence(art: Article, i: int, h: Hit, role: str, reach: Reach,
                            visitor: Any, host: Any) -> tuple[Any, Any]:
    """The side the role left empty: the nearest foreign leader in reach (for a traveller: named after the
    visit word; one named before it is the sentence's topic, "لا تهتم بمصير الأسد وأن بوتين زار المنطقة")."""
    if (visitor is not None and host is not None) or role == "act":
        return visitor, host  # a leader's own act has no partner (abroad_meeting.act_roles)
    known0 = visitor or host
    # not what a main clause's "that" says ("قالت ... إن الأسد"), nor who travels with him ("وصل كل من A، و B")
    main_clause = not that_clause_between(art, max(art.sentences[i][0], h.start - MAX_REACH), h.start)
    fellows = fellow_travellers(art, i, visitor) if visitor is not None and role in ("arrive", "visit") else set()
    dest = city_of_meeting(art, i, h, visitor if role in ("arrive", "visit") else None)[1] if role in ("arrive", "visit") else None
    others = sorted((m for m in reach.leaders if pid(m) != pid(known0) and m.country != known0.country
                     and (role not in ("arrive", "visit") or m.start >= h.end)
                     and not (m.start >= h.end and ((main_clause and that_clause_between(art, h.end, m.start))
                                                    or joined_clause_between(art, h.end, m.start, breaks=True)))
                     and pid(m) not in fellows and not claimed_elsewhere(art, i, h, m)  # another trigger's side
                     and (dest is None or dest == known0.country or m.country == dest)),
                    key=slot_first(art, i, h))  # its own "مع" (with) list first, then the nearest
    if others:
        if visitor is None:
            visitor = others[0]
        else:
            host = others[0]
    return visitor, host


def _abroad(role: str, known: Any, country: str | None) -> bool:
    """A trip word ("زيارة", "وصل") whose traveller goes to another country than his own."""
    return role in ("arrive", "visit") and country is not None and country != known.country


def _complete_pair(art: Article, i: int, h: Hit, role: str, visitor: Any, host: Any, country: str | None,
                   invited: tuple | None) -> tuple[Any, Any, float] | None:
    """(visitor, host, confidence) once both sides are known: the counterpart named
    elsewhere ("وصل الأسد إلى موسكو" + Putin in the headline) or the visited country's
    head, unnamed; None when there is no second side."""
    known = visitor or host
    other = host if visitor is not None else visitor
    if other is not None and pid(other) != pid(known):
        return visitor, host, 0.9
    if role == "meet" and (meeter := carried_meeter(art, i, h, known)) is not None:
        return meeter, known, 0.6  # "التقى الرئيس الفرنسي ماكرون على انفراد": the story's leader met him
    counterpart = counterpart_side(art, i)  # not "بحضور نظيره" (his counterpart attending)
    if not (counterpart or (country and country != known.country)):  # or the leaders' greeter told beside it
        if (peer := bilateral_partner(art, i, h, known)) is not None:  # "القمة المصرية التركية": the other country's
            return (visitor or peer, peer if visitor is not None else host, 0.6)
        return None if (greeter := group_receiver(art, i, role, visitor, country)) is None else (visitor, greeter, 0.5)
    # a foreign official named in the sentence is the counterpart ("استقبل السيسي الأمير محمد بن سلمان ... وعقد الطرفان مباحثات")
    # (one holding an office that day: "جنازة الرئيس الراحل", the late president's funeral, is no one's counterpart)
    official = foreign_official(art, i, known)  # ... or an office noun with another country's adjective
    # a trip for a summit or a conference ("وصل عباس إلى القاهرة للمشاركة في القمة") pairs its traveller with no
    # other participant named elsewhere; the host country's head, named or by office, still hosts the visit
    trip_to_summit = visitor is not None and role in ("arrive", "visit") and summit_trip(art, i, h, country, visitor.country) \
        and not any(m.country == country for m in art.leaders.get(i, []))
    other = None if official or trip_to_summit else partner_elsewhere(art, i, known, country, h)
    if role == "act" and other is not None and other.country not in (country, known.country) \
            and not trigger_spec(h.group).get("partners_named"):  # he met a third country's leader there (a
        return None  # summit with Kim in Singapore): that meeting's venue, no visit; a held meeting names its own
    if other is not None and other.country != country and (not counterpart or _abroad(role, known, country)):
        # "أردوغان في قمة في كازاخستان": only Kazakhstan's leader would do; nor is a trip's host a third
        # country's leader ("زيارة مرسي لألمانيا" is not his visit to Hollande)
        other = None
    if other is None and visitor is not None and (role in ("arrive", "visit") or invited or met_abroad(art, i, h, role, visitor, host, country)) and country \
            and country != visitor.country and not _meets_a_body(art, i, h, role, country) \
            and not (role != "arrive" and received_by_official(art, i, country)) and not art.cues(i, "c:private_visit") \
            and not lives_in_exile(visitor, country, art.published):  # his government's seat abroad: no trip there
        # the visited country's leader, unnamed: "وصل أمير الكويت إلى القاهرة"
        # ... or, in an undated article, the one who held the office for most of its period
        # ... or, unknown, the head of a further country the trip lists: "زيارته لإسرائيل والضفة الغربية"
        other = country_head(country, art.period, art.named, art.surnamed, partner_title_office(art, i, h, country)) \
            or likely_head(visitor, country, art.period, art.named, art.surnamed, titled_named(art)) or further_destination_head(art, i, h, country, visitor)
    other = other or (None if invited else group_receiver(art, i, role, visitor, country))
    if other is None or pid(other) == pid(known):
        return None
    if visitor is None:
        visitor = other
    else:
        host = other
    return visitor, host, (0.6 if other.start >= 0 else 0.4 if other.resolved_by == "period" else 0.5)


def _meets_a_body(art: Article, i: int, h: Hit, role: str, country: str | None) -> bool:
    """A meeting or an act in a sentence naming an international body, its seat or its summit is with the body, not
    the city's country (officials.international_body, summits.body_summit_named). A leader's own trip to the body's
    seat (seats.body_seat_countries) or summit is still his trip: "وصل ترامب إلى بروكسل عشية قمة الناتو" (host by
    office, as the gold lists it); a trip elsewhere keeps the veto unless the body is another clause's (trip_body)."""
    if role not in ("arrive", "visit"):
        return international_body(art, i) or body_summit_named(art, i)
    return not (country in body_seat_countries(art, i) or body_summit_named(art, i)) and trip_body(art, i, h)


def _destination(art: Article, i: int, h: Hit) -> str | None:
    """The country of a place right after the visit noun ("زيارته لبغداد", "زيارته إلى بغداد")."""
    return next((p.country for p in art.places.get(i, []) if 0 <= p.start - art.word_end(h.end) <= DESTINATION_CHARS), None)


def _orient(role: str, visitor: Any, host: Any, directed: float, city: str | None, country: str | None,
            invited: tuple | None, destination: str | None = None) -> tuple[Any, Any, float, str | None, str | None]:
    """The leader whose country holds the city hosts a meeting; nobody visits his own country (the city is then his origin, or the roles were read backwards)."""
    if role == "meet" or (role == "receive" and invited is None and country and host.country != country):
        # symmetric: the leader whose country holds the city hosts; one receives where he is, abroad too:
        # in "يستقبل مرسي في نيودلهي رئيس الهند" (Morsi receives India's president in New Delhi) Morsi travelled
        if country and visitor.country == country and host.country != country:
            visitor, host = host, visitor
            directed = 1.5
        elif country and host.country == country:
            directed = 1.5
    if country and country == visitor.country and country != host.country:
        if role in ("visit", "arrive") and invited is None and (role == "visit" and directed <= WEAK_VISITOR or (
                directed < 2.0 and destination is not None and destination == country)):
            # nobody visits his own country: "الأسد التقى بوتين في موسكو بزيارة"; for
            # "زيارته" / "وصوله" only when the place is its destination right after it
            # ("زيارته لبغداد", "عقب وصوله للعراق")
            visitor, host = host, visitor
            directed = 1.0
        else:
            city, country = None, None  # the place is the origin, not the venue
    return visitor, host, directed, city, country


def _planned(art: Article, i: int, h: Hit, tense: str | None, date, invited: tuple | None, status: str | None,
             precision: str | None = None) -> bool:
    """A referenced meeting that has not happened yet: invited, cancelled or postponed, told in the future ("سيزور"),
    dated after publication (or in a part of its month that begins after it, "أواخر هذا الشهر"), or with a plan cue
    and no past one near ("زيارته المقبلة", his coming visit), unless a past date follows ("في يناير الماضي")."""
    if invited is not None or status == "called_off" or tense == "future":
        return True
    if tense != "past" and (plan_cue(art, i, h) or adjective_after(art, i, h, "c:future_after")) \
            and not past_cue_near(art, i, h) and not past_date_after(art, i, h):
        return True  # "اتفق الأحد على لقاء قريب" (agreed on Sunday on a meeting soon): Sunday is the agreement's
    return date is not None and art.published is not None and date > art.published \
        or month_part_ahead(art, i, date, precision)


def _statement_date(art: Article, i: int, kind: str, date, invited: tuple | None) -> bool:
    """A planned meeting's sentence dated in the past dates the statement ("أكدت
    الرئاسة أمس أنه يتم الإعداد لعقد قمة"), not the meeting."""
    return bool(kind == "referenced" and date is not None and art.published and date <= art.published
                and (invited is not None or art.cues(i, "c:future_plan")) and not art.cues(i, "c:past_reference"))
