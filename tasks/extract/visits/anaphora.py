"""A meeting noun a demonstrative points back with ("هذا اللقاء", this meeting; "خلال تلك الزيارة", during
that visit), "the visit" with no owner of its own (_ownerless_visit), or a definite one in the sentence right after a meeting's that names no leader (meeting_next),
is a meeting the article has already told: it adds no pair of its own. In "استقبل بوتين عباس
... وفي سياق هذا اللقاء أبلغ عباس بوتين قلقه إزاء قرار ترامب" (in the course of this meeting Abbas told Putin
of his concern about Trump's decision) the meeting is Abbas and Putin's, and Trump only its topic. But the traveller
of a trip told before meeting another leader of its country there is that trip's second host (second_host)."""
from __future__ import annotations

from tasks.extract.visits.article import Article, Candidate
from tasks.extract.visits.leaders import pid
from tasks.extract.visits.triggers import trigger_spec
from ziyarat.arabic import fold_term
from ziyarat.lexicon import grammar_words


def pointed_back(art: Article, c: Candidate) -> bool:
    """The candidate's trigger is a definite meeting noun right after a demonstrative ("هذا", "وهذه", "بتلك")."""
    h = c.hit
    if not h.group.startswith("t:") or trigger_spec(h.group).get("tense") or h.suffix or not fold_term(h.term).startswith("ال"):
        return False
    before = art.words_before(art.word_start(h.start), 1)
    if not before:
        return False
    w = before[0].strip("،,")
    demonstratives = grammar_words("demonstratives")
    return w in demonstratives or (w[:1] in "وفبل" and w[1:] in demonstratives)


def _ownerless_visit(art: Article, c: Candidate) -> bool:
    """The trigger is "الزيارة" (al-ziyara, *the* visit: a noun, no pronoun, no leader as its genitive) in a
    sentence with no other trigger before it: the visit the article told before, whoever the sentence names
    later: "زار بيرس بروكسل ... وفي أثناء الزيارة دعيت للمشاركة في ... بمشاركة رئيس بلغاريا" (during the visit
    I was invited to an event with the Bulgarian president) is Peres's visit, not the Bulgarian's."""
    h = c.hit
    if not h.group.startswith("t:") or trigger_spec(h.group)["role"] != "visit" or trigger_spec(h.group).get("tense"):
        return False
    if h.suffix or not fold_term(h.term).startswith("ال") or art.genitive_leader(c.sentence, h) is not None:
        return False
    after = art.folded_slice(art.word_end(h.end), art.word_end(h.end) + 20).split()[:2]
    if set(after) & {fold_term(w) for w in grammar_words("relative_pronouns")}:
        return False  # "الزيارة (الحالية) التي يقوم بها أردوغان" (the (current) visit Erdogan is making) is his
    return not any(t.group.startswith("t:") and t.end <= h.start for t in art.by_sent.get(c.sentence, ()))


def told_pairs_only(art: Article, cands: list[Candidate]) -> list[Candidate]:
    """The candidates, less those of a meeting noun pointed back with whose pair no earlier trigger of the
    article gave, when an earlier one gave some (but a second host of its visitor's trip: second_host); with
    none, less those whose trip the article told before without either of the pair (someone else's:
    _untold_trip); else the meeting it points to is unread: kept."""
    out: list[Candidate] = []
    for c in sorted(cands, key=lambda c: c.hit.start):
        if pointed_back(art, c) or _ownerless_visit(art, c):
            pair, told = {pid(c.visitor), pid(c.host)}, [o for o in out if o.hit.start < c.hit.start]
            if told and not any({pid(o.visitor), pid(o.host)} == pair for o in told) and not second_host(art, c, told):
                continue
            if not told and _untold_trip(art, c, pair):
                continue
        out.append(c)
    order = {id(c): k for k, c in enumerate(cands)}
    return sorted(out, key=lambda c: order[id(c)])


def second_host(art: Article, c: Candidate, told: list[Candidate]) -> bool:
    """c names, in its own sentence, another leader of the country an earlier trip of its visitor went to: the
    visit pointed back to is that trip, and he is its second host. "وصل كازنوف إلى تونس ... ويلتقي كازنوف خلال
    هذه الزيارة رئيس الجمهورية ... ورئيس الحكومة يوسف الشاهد" (Cazeneuve arrived in Tunisia ... during this visit
    he meets the president ... and the head of government Chahed): his trip's, Chahed a host as the president is.
    Not a leader of a third country nor of the traveller's own, nor another traveller's meeting."""
    host = c.host
    if host.start < 0 or art.sent_of(host.start) != c.sentence or host.country in (None, c.visitor.country):
        return False
    return any(trigger_spec(o.hit.group)["role"] in TRIP_ROLES and pid(o.visitor) == pid(c.visitor)
               and o.host.country == host.country for o in told)


TRIP_ROLES = ("visit", "arrive")  # the trip words a pointed-back "this visit" refers to


def _untold_trip(art: Article, c: Candidate, pair: set[str]) -> bool:
    """The nearest earlier sentence with a trip word (an arrival or a visit noun) names neither of the pair:
    the trip "تلك الزيارة" (that visit) points back to is someone else's, which gave no row ("وصل وزير
    الخارجية إلى الرياض ... وتأتي تلك الزيارة لتدحض تصريحات ماكرون", the minister's visit refutes what Macron
    said): Macron and the Saudi king, named or not, did not meet."""
    for k in range(c.sentence - 1, -1, -1):
        if any(h.group.startswith("t:") and trigger_spec(h.group)["role"] in ("arrive", "visit") for h in art.by_sent.get(k, ())):
            return not any(pid(m) in pair for m in art.persons.get(k, []) + art.leaders.get(k, []))
    return False


def definite_meeting(art: Article, i: int, nouns: bool = False) -> bool:
    """Sentence i speaks of the meeting with the definite article: "الاجتماع" (al-ijtima',
    the meeting), "القمة", "المحادثات", not "قمة" (a summit); with nouns, no verb ("التقى")."""
    return any(h.group.startswith("t:") and not h.prefix and h.term.startswith("\u0627\u0644")
               and not (nouns and trigger_spec(h.group).get("tense")) for h in art.by_sent.get(i, ()))


def meeting_next(art: Article, sents: list[int]) -> set[int]:
    """The sentences right after one of a meeting's own (sents) that name no leader and speak of "the
    meeting": "التقى أردوغان زيدان اليوم. وشارك في الاجتماع، بمقر رئاسة الوزراء في أنقرة، وزير
    الخارجية" (the foreign minister took part in the meeting, at the PM's office in Ankara) tells
    where that meeting was (place.article_city). A noun only: not "وكان الرئيسان قد التقيا في أديس أبابا"
    (the two had met in Addis Ababa), a verb that only spells like one ("التقى")."""
    return {i + 1 for i in sents if not art.leaders.get(i + 1) and definite_meeting(art, i + 1, nouns=True)}
