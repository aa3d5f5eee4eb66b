"""A place that says where a third party spoke, not where the meeting's leaders were: "وقال هنية،
في خطبة صلاة الجمعة في غزة: «إن زيارة أوباما ...»" (Haniyeh said, in the Friday sermon in Gaza:
Obama's visit ...) is no dateline of Obama's meeting with Abbas; "قال أوباما في مؤتمر صحفي في عمان:"
(Obama said at a press conference in Amman:) is where one of the pair stood, and "غزة: قال ..." (a
bare name opening the line) stays the desk's. And the speaker a speech word names right after it,
one the lexicon does not know (unknown_speaker), owns the meeting noun "لقائه" (his meeting) that
follows: "وقال الكتاتني للصحفيين عقب لقائه مع البشير" is no leader's meeting told before. A known leader
who opened a sentence before with a speech verb goes on owning it after a subjectless one (speaker_before),
and "زيارته لمصر" (his visit to Egypt) too, in a sentence naming no leader (spoken_trip), and so is the
unnamed side of "خلال المباحثات التي جرت مع X" (during the talks held with X) told there (held_with_speaker)."""
from __future__ import annotations

import re
from typing import Any

from tasks.extract.visits.agreement import feminine_pronoun, is_woman
from tasks.extract.visits.article import Article
from tasks.extract.visits.leaders import is_leader, pid
from tasks.extract.visits.triggers import trigger_spec
from ziyarat.arabic import AL, BI, LI, WA, WITH, fold_term
from ziyarat.lexicon import generic_titles, grammar_words, quotes_lexicon, trigger_words
from ziyarat.matching import Hit

FROM = fold_term("\u0645\u0646")  # من (min, from)
PREPOSITION_WORDS = 2  # words before the place that may hold its preposition: "في مدينة غزة"


def _after_preposition(art: Article, p: Any) -> bool:
    """A preposition or a locative noun (grammar.yaml locatives, and "من" from) stands in the two
    words before the place, or bi-/li- is glued on: not a bare name."""
    if p.start > 0 and art.text[p.start - 1] in BI + LI:
        return True
    words = [w.strip("\u060c,").removeprefix(WA) for w in art.words_before(p.start, PREPOSITION_WORDS)]
    return any(w in grammar_words("locatives") or w == FROM for w in words)


def third_party_place(art: Article, j: int, p: Any, pair: tuple[Any, ...]) -> bool:
    """The place of sentence j stands after a preposition in the clause of a speaker who is neither
    of the meeting's `pair`: no one of the pair is named before the place, and someone else is ("وقال
    هنية، في خطبة الجمعة في غزة:"), or an official's noun is ("وقال مسؤول في حماس في غزة:", an
    official said in Gaza). False with no pair given, or when one of the pair is named before it ("قال
    أوباما في مؤتمر صحفي في عمان:"; "بعد لقائه بيريز، قال أوباما في القدس:" too, whoever comes first)."""
    ids = {pid(m) for m in pair if m is not None}
    if not ids or not _after_preposition(art, p):
        return False
    lo = art.sentences[j][0]
    before = [m for m in art.persons.get(j, []) if m.end <= p.start]
    if any(pid(m) in ids for m in before):
        return False
    return bool(before) or any(lo <= c.start and c.end <= p.start for c in art.cues(j, "c:official_nouns"))


def _named_word(art: Article, i: int, s: int, word: str) -> bool:
    """The word at s is a name or an official's noun: a common given name ("سامي"), or a definite
    word that is no title of a leader ("الرئيس"), no date ("اليوم", "الخميس"), no anaphoric
    source ("البيان", the statement), and no person the lexicon knows (those are read already)."""
    w = fold_term(word.strip("\u060c,:.\"'()\u00ab\u00bb"))
    if any(m.start <= s < m.end for m in art.persons.get(i, [])) or any(d.start <= s < d.end for d in art.dates.get(i, [])):
        return False
    if w in grammar_words("given_names"):
        return True
    anaphora = {fold_term(a) for a in quotes_lexicon().get("anaphora", [])}
    return w.startswith(AL) and len(w) > 3 and w not in generic_titles() and w not in anaphora


def unknown_speaker(art: Article, i: int, h: Any) -> bool:
    """Before the meeting noun h of sentence i, a speech verb or remarks noun ("قال", "تصريحات") is
    followed right away by a name the lexicon does not know ("جاء ذلك في تصريحات الكتاتني للصحفيين
    عقب لقائه مع الرئيس البشير", in remarks of Katatni after his meeting with Bashir; "وقال سامي
    ... عقب لقائه"): the pronoun of "لقائه" is his, not a leader's named in the sentences before.
    Not "وقال للصحفيين" (no subject) nor "وقال الرئيس" (a leader's bare title)."""
    lo = art.sentences[i][0]
    words = [(lo + w.start(), w.group()) for w in re.finditer(r"\S+", art.text[lo:h.start])]
    speech = trigger_words("speech_verbs") | trigger_words("own_act_heads")
    for (_, w), (s, nxt) in zip(words, words[1:]):
        f = fold_term(w.strip("\u060c,"))
        if (f in speech or (f[:1] in (WA, BI) and f[1:] in speech)) and _named_word(art, i, s, nxt):
            return True
    return False


SPEAKER_OPENING_WORDS = 5  # from a sentence's speech verb to its subject's name: "قالت المستشارة الألمانية أنجيلا ميركل"
SPEAKER_MET_CHARS = 40  # from "اجتماعها" to the name of the leader met: "برئيس الجمهورية الباجي قائد السبسي"
SPEAKER_BACK = 2  # sentences back over which a subjectless speech verb ("وأضاف") carries its speaker
SPEAKER_TRIP_PLACE_CHARS = 12  # "زيارته لمصر": the destination right after the trip noun (as owners.TRIP_PLACE_CHARS)


def _opens_speech(art: Article, j: int) -> bool:
    """Sentence j opens with a speech verb ("قال", "وأشار"); read once per sentence (every trigger of a
    sentence and of the one after it asks)."""
    return art.memo(("opens_speech", j), lambda: _first_word_speech(art, j))


def _first_word_speech(art: Article, j: int) -> bool:
    words = art.folded_slice(art.sentences[j][0], art.sentences[j][1]).split()[:1]
    return bool(words) and words[0].strip("،,").removeprefix(WA) in trigger_words("speech_verbs")


def _trip_places(art: Article, i: int, h: Hit) -> set[str]:
    """The countries of the places right after a trip noun with a pronoun ("زيارته لمصر", "لدى وصوله إلى
    القاهرة"): where its owner went. Empty for a meeting noun."""
    if h.suffix not in ("\u0647", "\u0647\u0627") or trigger_spec(h.group)["role"] not in ("visit", "arrive"):
        return set()
    end = art.word_end(h.end)
    return {p.country for p in art.places.get(i, []) if p.country and 0 <= p.start - end <= SPEAKER_TRIP_PLACE_CHARS}


def speaker_before(art: Article, i: int, h: Hit) -> Any | None:
    """The owner of "لقائه" (his meeting) in a sentence that opens with a speech verb naming no
    subject ("وأشارت خلال الندوة ... عقب اجتماعها برئيس الجمهورية", and she pointed out at the press
    conference after her meeting with the president): the speaker that verb goes on with, the
    subject of the speech verb opening a sentence before; a leader, of the pronoun's gender. With no
    leader met after it, a trip noun to another country's place ("وأشار خلال زيارته لمصر اليوم إلى",
    and he pointed out during his visit to Egypt today) is that speaker's only when the sentence right
    before names no one else: "قال علي زيدان رئيس وزراء ليبيا إن ..." (Libya's PM said that ...)."""
    lead = [w.strip("،,") for w in art.folded_slice(art.sentences[i][0], h.start).split()]
    if set(lead) & trigger_words("complementizers") or any(art.sentences[i][0] <= o.end <= h.start for o in art.orgs):
        return None  # "وأضاف أن مجلس الوزراء ركز في اجتماعه" (the cabinet's meeting): another subject
    met = sorted((m for m in art.leaders.get(i, []) if 0 <= m.start - h.end <= SPEAKER_MET_CHARS), key=lambda m: m.start)
    trip = set() if met else _trip_places(art, i, h)
    if not (met or trip) or met and any(ch in art.text[h.end:met[0].start] for ch in "،,:"):
        return None  # the one met right after it, a leader: not "اجتماعه مع سونغ، السبت، إنه والرئيس الصيني"
    told = running_speaker(art, i)
    if told is None:
        return None
    j, named = told
    m = named[0]
    if trip and (j != i - 1 or m.country in trip or any(pid(n) != pid(m) for n in named)):
        return None  # "قال X لنظيره Y ... . وأشار خلال زيارته": whose trip is not told
    return m if is_leader(m) and is_woman(m) == feminine_pronoun(h) else None


def running_speaker(art: Article, i: int) -> tuple[int, list[Any]] | None:
    """The speaker a speech verb opening sentence i goes on with: the sentence j before (at most
    SPEAKER_BACK back, each between opening with a speech verb and naming no one) whose opening
    speech verb names a person within its first words, or that quotes a person as saying ("ونقلت قناة
    روسيا اليوم عن ميدفيديف قوله إن", the channel quoted Medvedev as saying that: _quoted_speaker), with
    the persons j names (the speaker first)."""
    j = i
    for _ in range(SPEAKER_BACK + 1):
        if j < i and (quoted := _quoted_speaker(art, j)):
            return j, quoted
        if not _opens_speech(art, j):
            return None
        named = sorted((m for m in art.persons.get(j, []) if not art.in_quote(m.start)), key=lambda m: m.start)
        s = art.sentences[j][0]
        if j < i and named and len(art.folded_slice(s, named[0].start).split()) < SPEAKER_OPENING_WORDS:
            return j, named
        if j < i and named or j == 0:
            return None
        j -= 1
    return None


def _quoted_speaker(art: Article, j: int) -> list[Any]:
    """The persons sentence j names, the first one first, when he is the one it quotes: a speech noun
    ("قوله", his saying; triggers.yaml speech_nouns) right after his name ("عن ميدفيديف قوله إن"); else []."""
    named = sorted((m for m in art.persons.get(j, []) if not art.in_quote(m.start)), key=lambda m: m.start)
    after = art.folded_slice(named[0].end, art.sentences[j][1]).split()[:1] if named else []
    return named if after and after[0].strip("\u060c,") in trigger_words("speech_nouns") else []


def spoken_trip(art: Article, i: int) -> bool:
    """Sentence i names no leader, opens with a speech verb and tells a trip with a pronoun whose
    owner is the leader who spoke in the sentence before (speaker_before): it is read as a
    leader's sentence ("قال X ... . وأشار خلال زيارته لمصر اليوم إلى", X's visit to Egypt)."""
    if i == 0 or art.leaders.get(i) or not art.leaders.get(i - 1) or not _opens_speech(art, i) \
            or not _opens_speech(art, i - 1):
        return False
    return any(h.group.startswith("t:") and not art.in_speech_at(h.start) and _trip_places(art, i, h)
               and not any(m.start < h.start for m in art.persons.get(i, [])) and speaker_before(art, i, h) is not None for h in art.by_sent.get(i, ()))


IN = fold_term("\u0641\u064a")  # في (fi, in)
FEMININE = "\u062a"  # ت: the feminine ending of a perfect speech verb ("أضافت", she added)
HELD_WITH_WORDS = 6  # from the relative clause's verb to its "مع": "جرت أمس في قصر الكرملين مع"


def _carries_speaker(art: Article, k: int) -> bool:
    """Sentence k opens with a speech verb that names no subject of its own: the word after it is a
    "that", a preposition or an adverb (grammar.yaml speaker_carried_words), or a date ("وأضاف اليوم")."""
    if not _opens_speech(art, k):
        return False
    s, e = art.sentences[k]
    words = [(s + w.start(), w.group()) for w in re.finditer(r"\S+", art.text[s:e])][:2]
    if len(words) < 2 or words[0][1].endswith(("\u060c", ",")):
        return len(words) == 2
    w = fold_term(words[1][1].strip("\u060c,"))
    return w in trigger_words("complementizers") | grammar_words("speaker_carried_words") \
        or any(d.start <= words[1][0] < d.end for d in art.dates.get(k, []))


def _held_with(art: Article, i: int, h: Hit, partner: Any) -> bool:
    """h is a definite meeting noun after "خلال" / "في" (during, in) whose relative clause, a verb of
    holding or taking place with no subject of its own, runs to the "مع" (with) that names partner:
    "خلال المباحثات التي جرت أمس مع" (during the talks that took place yesterday with), "في اللقاء الذي
    أجراه مع" (in the meeting he held with), past one adjective ("المباحثات الثنائية التي"). Not "التي
    أجراها الوفد مع" (that the delegation held with) nor one naming a person or an official there."""
    spec = trigger_spec(h.group)
    if spec["role"] != "meet" or spec.get("tense") or h.suffix or h.prefix or not fold_term(h.term).startswith(AL):
        return False
    before = art.words_before(art.word_start(h.start), 1)
    if not before or before[0].strip("\u060c,").removeprefix(WA) not in grammar_words("during_words") | {IN}:
        return False
    end = art.word_end(h.end)
    words = [(end + w.start(), fold_term(w.group().strip("\u060c,"))) for w in re.finditer(r"\S+", art.text[end:partner.start])]
    k = 1 if words and words[0][1].startswith(AL) and words[0][1] not in grammar_words("relative_pronouns") else 0
    if len(words) < k + 3 or words[k][1] not in grammar_words("relative_pronouns") \
            or words[k + 1][1] not in trigger_words("past_event_verbs") | grammar_words("held_it_verbs"):
        return False
    at = next((n for n, (_, w) in enumerate(words) if w == WITH and n > k + 1), None)
    if at is None or at - k - 2 > HELD_WITH_WORDS or any(ch in art.text[end:words[at][0]] for ch in "\u060c,:\u061b"):
        return False
    slot = words[k + 2]  # the verb's subject would stand right after it (VSO): "التي أجراها الوفد"
    return not (at > k + 2 and _named_word(art, i, slot[0], slot[1])) and not art.near("persons", i, end, partner.start - 1) \
        and not art.near("c:official_nouns", i, end, words[at][0])


def held_with_speaker(art: Article, i: int, h: Hit, partner: Any) -> Any | None:
    """The unnamed other side of a meeting with partner told in a sentence whose speech verb names no
    subject and goes on with the speaker before: "قال رئيس الوزراء الروسي ميدفيديف إن ... . وأضاف أن
    الجانب البرازيلي طرح القضية خلال المباحثات التي جرت أمس مع رئيسة البرازيل روسيف" (Russia's PM
    Medvedev said ... . He added that the Brazilian side raised the issue during the talks held yesterday
    with Brazil's president Rousseff): the speaker (running_speaker), a leader of the verb's gender and of
    another country than partner, not the one a head possesses ("مساعد ميدفيديف", Medvedev's aide). None
    when a person, body or official is named before h, a sentence between names a subject of its own
    ("وقال المتحدث"), or the noun's clause names its holder (_held_with). Read by visits.meetings.implicit_subject."""
    if not _held_with(art, i, h, partner) or not _carries_speaker(art, i):
        return None
    lo = art.sentences[i][0]
    if art.near("persons", i, lo, h.start) or art.near("c:official_nouns", i, lo, h.start) \
            or any(lo <= o.start < h.start for o in art.orgs):
        return None
    told = running_speaker(art, i)
    if told is None or not all(_carries_speaker(art, k) for k in range(told[0] + 1, i)):
        return None
    m = told[1][0]
    verb = fold_term(art.text[lo:art.sentences[i][1]].split()[0]).removeprefix(WA)
    feminine = verb.endswith(FEMININE) and verb[:-1] in trigger_words("speech_verbs")
    if not is_leader(m) or is_woman(m) != feminine or m.country == partner.country or pid(m) == pid(partner) \
            or art.possessed(m, trigger_words("person_heads")):
        return None  # "قال مساعد ميدفيديف" (Medvedev's aide said): the aide speaks on
    return m


SPEAKER_CLAUSE_WORDS = 8  # from a speaker's noun to his "أن": "وأضاف المسؤول الكندي الذي طلب عدم نشر اسمه أن"
SPEAKER_VERB_CHARS = 2  # from the speech verb to its speaker's noun right after it: "وأضاف المسؤول"
CLAUSE_SUBJECT_CHARS = 2  # from the clause's verb to the leader right after it, its subject: "أن يجتمع ترودو"


def speaks_clause(art: Article, i: int, c: Any, h: Hit) -> bool:
    """The office noun c (c:official_nouns) only speaks the "أن/إن" (that) clause that holds the verb
    trigger h of sentence i, a clause with a subject of its own: in "وأضاف المسؤول أن من المقرر أن
    يجتمع ترودو وترامب اليوم" (and the official added that Trudeau and Trump are to meet today) the
    meeting is the two leaders', the official its teller. A speech verb (c:speech) stands right before
    c or between c and the clause's "أن"; the verb names its subject, a leader, right after it (the
    verb-first order the "أن" clause takes after "من المقرر"). Not with "أنه/إنه" (that he) in the clause:
    "قال الوزير إنه التقى الرئيس" (the minister said he met the president) is the speaker's own act."""
    start = art.word_start(h.start)
    words = [(c.end + w.start(), fold_term(w.group().strip("\u060c,"))) for w in re.finditer(r"\S+", art.text[c.end:start])]
    comp = trigger_words("complementizers")
    k = next((n for n, (_, w) in enumerate(words) if w.removeprefix(WA) in comp), None)
    if k is None or k > SPEAKER_CLAUSE_WORDS:
        return False
    if any(w in trigger_words("pronoun_subject") for _, w in words[k:]):
        return False
    cut, that = art.word_start(c.start), words[k][0]
    if not any(0 <= cut - art.word_end(v.end) <= SPEAKER_VERB_CHARS or c.end <= v.start < that for v in art.cues(i, "c:speech")):
        return False
    end = art.word_end(h.end)
    return any(0 <= m.start - end <= CLAUSE_SUBJECT_CHARS for m in art.leaders.get(i, []))
