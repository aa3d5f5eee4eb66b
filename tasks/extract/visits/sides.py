"""Which sides a meeting word names when the leaders around it are not simply its two: states
("محادثات مع كوريا الشمالية", talks with North Korea: the officials'), the two after "بين"
(between), or three countries' leaders around a summit noun (the three's summit, no pair), or the main
clause's subject for a meeting noun in a time phrase behind another meeting ("استقبل X Y عقب لقاء بـZ":
X met Z); whether a counterpart word names a meeting's other side or one attending it."""
from __future__ import annotations

import re
from typing import Any

from tasks.extract.visits.article import Article
from tasks.extract.visits.during import fronted_comma
from tasks.extract.visits.leaders import distinct, is_leader, pid
from tasks.extract.visits.owners import departs
from tasks.extract.visits.triggers import trigger_spec
from ziyarat.arabic import CONJUNCTIONS, fold_term
from ziyarat.lexicon import PLACE, TITLE, get_lexicon, grammar_words, trigger_words
from ziyarat.matching import Hit

STATES_CHARS = 60  # from a talks noun to the "مع" / "بين" that names its sides, past an adverb or a quote
STATES_CHAIR_CHARS = 12  # from the states to the leaders who chair their talks, one word: "برئاسة بوتين والسيسي"
PEOPLE_WORD_CHARS = 40  # the people's plural right after "مع" / "بين": "مع الفلسطينيين"


ATTENDING_CHARS = 2  # from "بحضور" (attending) to the counterpart word it governs


def counterpart_side(art: Article, i: int) -> bool:
    """Sentence i names a leader's other side by a counterpart word ("نظيره", "الجانبان"), not one only
    attending: in "استقبل الرئيس ... وزير الفلاحة الجزائري، بحضور نظيره التونسي" (received the Algerian
    minister, his Tunisian counterpart attending) "نظيره" is the minister's, and the guest is no leader."""
    attending = {c.end for c in art.cues(i, "c:participant_cues")}
    return any(not any(0 <= c.start - e <= ATTENDING_CHARS for e in attending) for c in art.cues(i, "c:counterpart"))


OFFICE_WORDS = 6  # from an office noun to its country's adjective: "وزير الموارد المائية والكهرباء السوداني"


def foreign_official(art: Article, i: int, known: Any) -> bool:
    """Sentence i names an official of another country than the known leader's as the meeting's other
    side: a person of the lexicon holding an office that day ("استقبل السيسي الأمير محمد بن سلمان"), or an
    office noun whose phrase ends in another country's adjective, not one only attending: "استقبل السيسي
    خالد العيسى، وزير الدولة السعودي" (received the Saudi minister of state, a name the lexicon lacks),
    or in its name, a genitive: "يستقبل مرسي في نيودلهي نائب رئيس الهند" (receives India's vice-president)."""
    if any(not is_leader(m) and m.offices and m.country and m.country != known.country for m in art.persons.get(i, [])):
        return True
    adjectives = get_lexicon().adjectives
    attending = {c.end for c in art.cues(i, "c:participant_cues")}
    for c in art.cues(i, "c:official_nouns"):
        if any(0 <= c.start - e <= ATTENDING_CHARS for e in attending):
            continue  # "بحضور وزير الخارجية المصري" (the foreign minister attending)
        for w in art.folded_slice(c.end, min(art.sentences[i][1], c.end + OFFICE_WORDS * 12)).split()[:OFFICE_WORDS]:
            country = adjectives.get(w.strip("\u060c,."))
            if country:
                if country != known.country and not art.near("leaders", i, c.start, c.end + OFFICE_WORDS * 12):
                    return True
                break
            if w[-1:] in "\u060c,.":
                break  # the phrase ends
        if _country_genitive(art, i, c, known):
            return True
    return False


GENITIVE_WORDS = 2  # office words between the office noun and the country it is of: "نائب رئيس وزراء الهند"


def _country_genitive(art: Article, i: int, c: Any, known: Any) -> bool:
    """The office noun c's phrase ends in another country's name, no preposition between and no leader named
    right after: "نائب رئيس الهند" (the vice-president of India: a title the vice blocks), "وزير خارجية
    إيران"; not "سفير في الهند" (an ambassador in India)."""
    words = art.folded_slice(c.end, min(art.sentences[i][1], c.end + OFFICE_WORDS * 12)).split()[:GENITIVE_WORDS + 1]
    for k, w in enumerate(words):
        if w in grammar_words("locatives") or (k and words[k - 1][-1:] in "\u060c,."):
            return False
        for _s, _e, _key, payloads in get_lexicon().match(" ".join(words[k:])):
            if _s:
                break
            country = next((ref.country if kind == TITLE else get_lexicon().places[ref].country
                            for kind, ref, _w, _l in payloads if kind in (TITLE, PLACE)), None)
            if country and country != known.country:
                return not art.near("leaders", i, c.start, c.end + OFFICE_WORDS * 12)
    return False


def people_plural(word: str) -> bool:
    """A folded word is a country's people in the plural: its adjective with ين / ون
    ("المصريين", "الفلسطينيون", the Egyptians, the Palestinians)."""
    return word[-2:] in ("\u064a\u0646", "\u0648\u0646") and word[:-2] in get_lexicon().adjectives


def between_states(art: Article, i: int, h: Hit) -> bool:
    """A talks noun whose sides are states: "تجري محادثات مباشرة مع كوريا الشمالية" (holds
    direct talks with North Korea), "محادثات جرت بين واشنطن وبيونغ يانغ" (talks held between
    Washington and Pyongyang): their officials' talks, not a meeting of the leaders the
    sentence names further on ("... لترتيب قمة بينه وبين الزعيم الكوري", to arrange a summit
    between him and the Korean leader: that summit's sides). A summit noun between states
    ("قمة بين واشنطن وبيونغيانغ") is its leaders', and talks the leaders chair right after the
    states ("مباحثات بين روسيا ومصر برئاسة بوتين والسيسي") are theirs."""
    if trigger_spec(h.group)["role"] != "meet" or trigger_spec(h.group).get("tense") \
            or fold_term(h.term) in trigger_words("summit_nouns"):
        return False
    end = art.word_end(h.end)
    links = {"مع", "بين"}
    for w in re.finditer(r"\S+", art.text[end:min(art.sentences[i][1], end + STATES_CHARS)]):
        word = fold_term(w.group().strip("،,"))
        if word.lstrip(CONJUNCTIONS) not in links and word not in links:
            continue
        at = end + w.end()
        if art.near("triggers", i, end, at) or art.near("persons", i, end, at) or any(p in art.text[end:at] for p in "،,"):
            return False  # the noun's own side first: "مؤتمر صحفي مع الرئيس السوداني، قال ... مع السودان"
        state = next(iter(art.near("places", i, at, at + 2)), None)
        if state is None:
            # a people's plural is a state's side too: "فشل المحادثات مع الفلسطينيين" (the failure
            # of the talks with the Palestinians) is no meeting of the leaders named before it
            people = re.match(r"\s*(\S+)", art.text[at:at + PEOPLE_WORD_CHARS])
            return bool(people) and people_plural(fold_term(people.group(1).strip("\u060c,.")))
        last = max((p.end for p in art.near("places", i, state.start, state.end + 20)), default=state.end)
        return not any(not art.near("triggers", i, last, m.start)
                       for m in art.near("leaders", i, last, last + STATES_CHAIR_CHARS))
    return False


OWN_SIDES_CHARS = 45  # from a summit noun to a side it names: "قمة بوتين والأسد", "قمة تاريخية في سوتشي مع بوتين"


def of_three(art: Article, i: int, h: Hit) -> bool:
    """A summit noun in a sentence naming leaders of three or more countries, with no sides
    of its own right after it (a genitive leader, "مع" or "بين"): "تعهد رؤساء تركيا أردوغان
    وروسيا بوتين وإيران روحاني ... في قمة احتضنتها أنقرة" (pledged ... at a summit Ankara
    hosted) is the three's summit; "قمة بوتين والأسد، فيما رحب أردوغان" is the two's."""
    if h.suffix or not _three_countries(art, i):
        return False
    end = art.word_end(h.end)
    if any(w.strip("،,").lstrip(CONJUNCTIONS) in ("مع", "بين") or w.strip("،,") in ("مع", "بين")
           for w in art.folded_slice(end, min(art.sentences[i][1], end + OWN_SIDES_CHARS)).split()):
        return False
    return not art.near("leaders", i, end, end + OWN_SIDES_CHARS)


def _three_countries(art: Article, i: int) -> bool:
    """Sentence i names leaders of three or more countries (stops at the third)."""
    seen: set = set()
    for m in art.distinct_leaders(i):
        seen.add(m.country)
        if len(seen) >= 3:
            return True
    return False


BETWEEN_WORDS = 5  # words from a meeting noun to the "بين" (between) that names its sides
BETWEEN_CHARS = 160  # from a meeting noun to the second side it names after "بين"
BETWEEN_TITLE_WORDS = 3  # "والرئيس الروسي" (and the Russian president) before the second side's name


def between_sides(art: Article, i: int, h: Hit) -> tuple[Any, Any] | None:
    """The two leaders a meeting noun names after "بين" (between), side by side: in "قبيل
    لقاء جمع الأحد أردوغان بالسيسي، وقبل قمة الاثنين بين أردوغان وبوتين" (before a summit on
    Monday between Erdogan and Putin) the summit's sides are those two, not the nearer Sisi."""
    if trigger_spec(h.group).get("tense"):
        return None
    people = distinct(art.near("persons", i, h.end, h.end + BETWEEN_CHARS), "first")
    if len(people) < 2 or not (is_leader(people[0]) and is_leader(people[1])) or people[0].country == people[1].country:
        return None
    raw = art.folded_slice(art.word_end(h.end), people[0].start).split()
    words = [w.strip("،,") for w in raw]
    # the first side's title may stand after "بين" too: "القمة بين الرئيس الأمريكي A والزعيم الكوري B"
    at = max((k for k, w in enumerate(words) if w in trigger_words("between_words")), default=None)
    if at is None or at >= BETWEEN_WORDS or len(words) - at - 1 > BETWEEN_TITLE_WORDS \
            or any(p in " ".join(raw[at + 1:]) for p in "،,.:؛"):
        return None
    gap = art.folded_slice(people[0].end, people[1].start).split()
    if len(gap) > BETWEEN_TITLE_WORDS or not gap or not gap[0].startswith("و") or any(p in " ".join(gap) for p in "،,.:؛"):
        return None  # "بين A و B", "بين A والرئيس الروسي B" (and the Russian president B)
    if departs(art, i, people[1]) and not departs(art, i, people[0]):
        return people[1], people[0]  # "... قبل ساعات من مغادرة B" (hours before B left): B came
    named_before = {pid(m) for m in art.persons.get(i, []) if m.end <= h.start}
    if pid(people[1]) in named_before and pid(people[0]) not in named_before:
        # "أكد مرسي، في المحادثات التي جمعت بين ميركل ومرسي" (Morsi stressed, in the talks between Merkel
        # and Morsi): the sentence's subject first, as meet_roles orders a pair it finds by nearness
        return people[1], people[0]
    return people[0], people[1]


FRONTED_SUBJECT_CHARS = 40  # from the comma closing a fronted time clause to the main clause's subject


def fronted_sides(art: Article, i: int, h: Hit) -> tuple[Any, Any] | None:
    """The sides of a meeting word in the time clause that opens the sentence, no leader before it in
    the clause (not "عقب لقاء X مع Y", X's own): the one leader the clause names after it, and the main
    clause's subject, the first person after the clause's comma (grammar.yaml other_meeting_frames):
    "وعقب لقاء مع رئيسة الوزراء ماي، سيقضي ترامب عطلة" (after a meeting with May, Trump will spend a
    holiday) is Trump's meeting with May; (None, None) when they are of one country; None otherwise."""
    comma = fronted_comma(art, h)
    if comma is None or h.start > comma or trigger_spec(h.group).get("role") != "meet":
        return None
    lo = art.sentences[i][0]
    if any(m.start < h.start for m in art.persons.get(i, []) if lo <= m.start < comma):
        return None
    partners = distinct([m for m in art.leaders.get(i, []) if h.end <= m.start < comma], "first")
    after = sorted((m for m in art.persons.get(i, []) if 0 <= m.start - comma <= FRONTED_SUBJECT_CHARS),
                   key=lambda m: m.start)
    if len(partners) != 1 or not after or not is_leader(after[0]) or pid(after[0]) == pid(partners[0]):
        return None
    return (None, None) if after[0].country == partners[0].country else (after[0], partners[0])


FRAMED_PARTNER_CHARS = 50  # from the framed meeting noun to the leader it names: "بالرئيس الفرنسي X"
FRAMED_MAIN_ROLES = ("meet", "receive", "reception")  # the main verb tells a meeting


def framed_sides(art: Article, i: int, h: Hit) -> tuple[Any, Any] | None:
    """The sides of a meeting noun in a time phrase ("عقب لقاء بـ", "قبل اجتماعه مع": after a
    meeting with, before his meeting with) behind a main verb that tells another meeting: "استقبل
    الرئيس X السبت الرئيس Y عقب لقاء بالرئيس Z" (X received Y on Saturday after a meeting with Z)
    tells X's other meeting, with Z; Y never met Z. The main clause's subject is the first leader
    of the sentence; (None, None) when Z is of his own country (no other meeting of leaders); None
    when the phrase names no one (\"بعد لقاء جمعهما\", after a meeting that brought them together)."""
    spec = trigger_spec(h.group)
    if spec.get("tense") or spec.get("role") != "meet" or h.suffix not in ("", "ه", "ها"):
        return None
    before = art.words_before(art.word_start(h.start), 1)
    if not before or before[0].removeprefix("و") not in grammar_words("other_meeting_frames"):
        return None
    lo = art.sentences[i][0]
    if not any(t is not h and t.end <= h.start and trigger_spec(t.group).get("tense")
               and trigger_spec(t.group).get("role") in FRAMED_MAIN_ROLES for t in art.near("triggers", i, lo, h.start)):
        return None
    main = distinct(sorted((m for m in art.leaders.get(i, []) if m.end <= h.start and not art.in_quote(m.start)),
                           key=lambda m: m.start), "first")
    if len(main) < 2 or not any(m.country != main[0].country for m in main[1:]):
        return None
    partner = next((m for m in art.near("leaders", i, h.end, h.end + FRAMED_PARTNER_CHARS)
                    if not any(p in art.text[h.end:m.start] for p in "،,.:؛")), None)
    if partner is None or any(pid(partner) == pid(m) for m in main):
        return None
    subject = _main_subject(art, i, h, main)
    if not any(m.country != subject.country for m in main):
        return None
    return (None, None) if partner.country == subject.country else (subject, partner)


FRAMED_SUBJECT_CHARS = 40  # from the main verb to its subject: a title, "استقبل الرئيس الروسي X"
FRAMED_SVO_WORDS = 2  # between a fronted subject and its verb: "X قد استقبل"


def _main_subject(art: Article, i: int, h: Hit, main: list) -> Any:
    """The subject of the last verb before the framed noun: the leader right before it ("X استقبل",
    fronted), else the one right after it, before another ("استقبل الرئيس X السبت Y") or after an object
    pronoun ("استقبله الرئيس X"), else the sentence's first leader ("التقى X ...، كما التقى بـY ...
    عقب اجتماعه": the second verb's subject left unsaid)."""
    verbs = [t for t in art.near("triggers", i, art.sentences[i][0], h.start)
             if t is not h and t.end <= h.start and trigger_spec(t.group).get("tense")]
    if verbs:
        t = verbs[-1]
        before = [m for m in main if m.end <= t.start]
        gap = art.folded_slice(before[-1].end, art.word_start(t.start)) if before else ""
        if before and len(gap.split()) <= FRAMED_SVO_WORDS and not any(p in gap for p in "،,.:؛"):
            return before[-1]
        after = [m for m in main if m.start >= t.end]
        # one leader after a verb without an object pronoun is its object: "كما التقى برئيس الوزراء X"
        if after and after[0].start - t.end <= FRAMED_SUBJECT_CHARS and (len(after) > 1 or _object_pronoun(art, t)):
            return after[0]
    return main[0]


def framed_other_meeting(art: Article, i: int, h: Hit) -> bool:
    """The framed meeting (framed_sides) is told behind the main one, undated: the day before it
    is the main verb's ("استقبل X السبت Y عقب لقاء بـZ": X met Z before Saturday). One the phrase
    dates itself ("عقب اجتماعه مع Z اليوم الخميس", after his meeting with Z today, Thursday) is
    the kind its own day says."""
    sides = framed_sides(art, i, h)
    return bool(sides and sides[0] is not None) and not any(d.start >= h.end for d in art.dates.get(i, []))


def _object_pronoun(art: Article, t: Hit) -> bool:
    """The meeting verb t carries an object pronoun: "استقبله" (received him), "التقاها" (met her)."""
    word = art.folded_slice(t.start, art.word_end(t.end))
    return trigger_spec(t.group).get("role") in FRAMED_MAIN_ROLES and word.endswith(("ه", "ها", "هم", "هما"))
