"""The day of a saying is not the day of the meeting it judges: "اعتبرت الخارجية الروسية،
الأربعاء، أن قمة بوتين وترامب في هلسنكي كانت ناجحة" (the Russian foreign ministry held on
Wednesday that the Putin-Trump summit in Helsinki was a success) dates the ministry's words; the
summit, told as over by its past predicate, keeps its own day (another sentence's: "القمة التي
عقدت الاثنين") or none. So is the day of an act told before a meeting noun whose own past relative
clause dates it: "أعلنت سنغافورة، الأحد، عن تكلفة استضافة القمة التي جمعت ترامب وكيم في 12 يونيو"
(Singapore announced on Sunday the cost of hosting the summit that brought Trump and Kim together on
12 June): Sunday is the announcement's (dated_by_own_clause). So is the day of a third party's saying whose
clause tells another act and names the meeting only after that act's verb: "قال مدير المعرض الثلاثاء إن الصحف
أبرزت زيارة أردوغان إلى موسكو" (said on Tuesday that the papers highlighted Erdogan's visit) (deep_in_saying). Nor is a day inside what was said at the
meeting: "قال السبسي خلال لقائه مع الملك محمد السادس إن البلدين سيوقعان الاتفاق في أبريل" (said during his
meeting with the king that the two would sign the deal in April) dates the signing (said_clause_day). Read by
timing.event_date and lead_day."""
from __future__ import annotations

import bisect
import re
from functools import cache
from typing import Any

from tasks.extract.tense import verb_tense
from tasks.extract.visits.article import Article
from tasks.extract.visits.clauses import in_relative_clause
from tasks.extract.visits.triggers import trigger_spec
from ziyarat.arabic import fold_term
from ziyarat.lexicon import grammar_words, trigger_words
from ziyarat.matching import Hit

SAYING_CHARS = 40  # from the saying's day to its "أن" (that): "، الأربعاء، أن"
SUBJECT_CHARS = 3  # from "أن" to the meeting noun that opens the reported clause
PREDICATE_CHARS = 100  # from the meeting noun over its genitive, its place and a noun joined to it to its predicate
_WORD = re.compile(r"\S+")


def judged_meeting_day(art: Article, d: Any, h: Hit | None = None) -> bool:
    """d dates a saying whose "that"-clause opens with a bare meeting noun (h, or any) told as
    over by a past predicate ("كانت ناجحة", was a success; "أسفرت عن", resulted in), or framed by a
    present one ("تأتي في إطار", comes within; "تهدف إلى", aims at: grammar.yaml framing_present_predicates), said by no
    side of it: no leader is named before the "أن". A leader's own word ("قال بوتين الأربعاء إن
    محادثاته كانت بناءة") is said at the talks; a meeting verb ("أن بوتين التقى") has its own tense. So is a
    clause that names h (or, with no h, each meeting word of the sentence) deep after another act (deep_in_saying)."""
    i = art.sent_of(d.start)
    s, e = art.sentences[i]
    comp = next((d.end + w.end() for w in _WORD.finditer(art.text[d.end:min(e, d.end + SAYING_CHARS)])
                 if fold_term(w.group().strip("،,")) in trigger_words("complementizers")), None)
    if comp is None or any(m.start < comp for m in art.leaders.get(i, [])):
        return False
    told = [h] if h is not None else [t for t in art.by_sent.get(i, ()) if t.group.startswith("t:")]
    if told and all(deep_in_saying(art, i, d, comp, t) for t in told):
        return True
    nouns = [t for t in art.near("triggers", i, comp, comp + SUBJECT_CHARS)
             if not trigger_spec(t.group).get("tense") and "س" not in t.prefix]
    if not nouns or (h is not None and h.start != nouns[0].start):
        return False
    t = nouns[0]
    end = art.word_end(t.end)
    for w in _WORD.finditer(art.text[end:min(e, end + PREDICATE_CHARS)]):
        word = fold_term(w.group().strip("\u060c,«»\""))
        if word in grammar_words("judged_past_predicates") or word in grammar_words("framing_present_predicates"):
            return True
        if re.search("[\u060c,:;.]", w.group()) or word in grammar_words("outcome_predicate_stops"):
            return False
    return False


def deep_in_saying(art: Article, i: int, d: Any, comp: int, h: Hit) -> bool:
    """d is the day of a saying (a speech verb before it, its "that" ending at comp) whose clause tells
    another act by a subject of its own, named before its verb, and names the meeting noun h only after that
    verb: "ذكرت جمعية المزارعين، الأربعاء، أن المبيعات ارتفعت خلال القمة التي جمعت ..." (the farmers'
    union said on Wednesday that sales rose during the summit that brought ... together): Wednesday dates
    the saying, not the summit. Not when a leader or a counterpart ("الجانبين") stands between the "that" and
    h ("أن الرئيس بحث خلال لقائه", that the president discussed during his meeting: the meeting is the news),
    nor a verb-first clause ("أن تكون زيارته بادرة", that his visit be a first step: the visit its subject),
    nor a subject pointing back ("أن تلك اللقاءات شملت", that those meetings included), nor a pronoun "that"
    ("إنه", he), nor a meeting verb (its own tense)."""
    if h.start < comp or art.sent_of(h.start) != i or trigger_spec(h.group).get("tense") or "\u0633" in h.prefix:
        return False
    said = trigger_words("speech_verbs")
    if not any(w in said or w.removeprefix("\u0648") in said for w in art.folded_slice(art.sentences[i][0], d.start).split()):
        return False
    if fold_term(art.text[art.word_start(comp - 1):comp]) in trigger_words("pronoun_subject"):
        return False
    words = [fold_term(w.group().strip("\u060c,")) for w in _WORD.finditer(art.text[comp:h.start])]
    verb = next((k for k, w in enumerate(words) if verb_tense(w) is not None), None)
    if not verb or words[0] in grammar_words("demonstratives"):
        return False  # no verb, a verb-first clause, or "تلك اللقاءات"
    return not (art.near("leaders", i, comp, h.start) or art.near("c:counterpart", i, comp, h.start))


OWN_CLAUSE_PRECISIONS = ("day", "month", "year")  # a clause's date that dates its meeting: not a week or a season
OWN_CLAUSE_WORDS = 2  # from the meeting noun to the relative pronoun of its clause, past an adjective ("القمة التاريخية التي")


def dated_by_own_clause(art: Article, i: int, h: Hit, d: Any) -> bool:
    """d stands before the meeting noun h of sentence i, and h's own past relative clause, opening right after
    it, has a date of its own (clauses.in_relative_clause): d is the main clause's act's, not the meeting's.
    Not a relative clause of a later word: in "زيارته إلى إقناع ترامب الذي انسحب من الاتفاق المبرم سنة 2015"
    the year is the deal's."""
    if d.end > h.start:
        return False
    words = art.folded_slice(art.word_end(h.end), art.sentences[i][1]).split()[:OWN_CLAUSE_WORDS]
    return any(w in grammar_words("relative_pronouns") for w in words) and any(
        e.start >= h.end and e.precision in OWN_CLAUSE_PRECISIONS and in_relative_clause(art, i, h, e)
        for e in art.dates.get(i, []))


FAR_SAYING_CHARS = 150  # from an outlet's saying day to a meeting word told in a later saying of its sentence


def outlet_saying_day(art: Article, i: int, h: Hit, d: Any) -> bool:
    """d is the day of a news outlet's saying (a speech verb, then an outlet noun as its subject: grammar.yaml
    news_media, no leader between, a "that" within SAYING_CHARS after d), and the meeting word h stands far after
    it (FAR_SAYING_CHARS) past a later speech verb of the sentence: "وقالت صحيفة «...» أمس إن منظمة دعت ...،
    ونقلت الصحيفة عن خبراء قولهم ...، وأضافت: الرئيس ترك الأزمة وجاء لزيارة ألمانيا" (a paper said yesterday
    that ..., and added: he came to visit Germany): the paper's day, not the visit's, which it only comments on.
    Not a day inside the reported clause ("قالت الوكالة إن الرئيس وصل أمس"), nor a meeting word in the dated
    saying's own clause ("ذكرت الوكالة أمس أن الرئيس التقى ..."), nor a speaker who is a person."""
    if d.end > h.start or h.start - d.end < FAR_SAYING_CHARS or art.sent_of(h.start) != i:
        return False
    comp = _that_after(art, i, d)
    if comp is None or comp > h.start:
        return False
    said = _speech_heads()
    words = [(art.sentences[i][0] + w.start(), fold_term(w.group().strip("،,")))
             for w in _WORD.finditer(art.text[art.sentences[i][0]:d.start])]
    verb = next((k for k in range(len(words) - 1, -1, -1)
                 if words[k][1] in said or words[k][1].removeprefix("و") in said), None)
    if verb is None or verb + 1 >= len(words) or words[verb + 1][1] not in grammar_words("news_media"):
        return False
    if art.near("leaders", i, words[verb][0], d.start):
        return False
    return any(w in said or w.removeprefix("و") in said for w in art.folded_slice(comp, h.start).split())


@cache
def _speech_heads() -> frozenset[str]:
    """The first word of each speech verb (triggers.yaml speech_verbs: "نقلت عن" -> "نقلت")."""
    return frozenset(w.split()[0] for w in trigger_words("speech_verbs"))


def _that_after(art: Article, i: int, d: Any) -> int | None:
    """The end of a "that" ("أن" / "إن") standing within SAYING_CHARS after d in sentence i, or None."""
    e = art.sentences[i][1]
    return next((d.end + w.end() for w in _WORD.finditer(art.text[d.end:min(e, d.end + SAYING_CHARS)])
                 if fold_term(w.group().strip("،,")) in trigger_words("complementizers")), None)


def said_clause_day(art: Article, h: Hit, d: Any) -> bool:
    """The day d is inside what was said at the meeting (said_after)."""
    return said_after(art, h, d.start)


def said_sides(art: Article, i: int, h: Hit, leaders: list[Any]) -> list[Any]:
    """The leaders that can be h's sides: when two of different countries stand before it, not one named
    inside what was said there (said_after): "وقال بيريز في مؤتمر صحفي مع نظيره أولاند عقب مباحثاتهما
    أن الرئيس عباس شريك للسلام" (Peres said at a press conference with Hollande that Abbas is a partner)."""
    if len({m.country for m in leaders if m.end <= h.start}) < 2:
        return leaders
    return [m for m in leaders if m.start < h.end or not said_after(art, h, m.start)]


def said_after(art: Article, h: Hit, at: int) -> bool:
    """at stands after the meeting word h past a "that" ("إن" / "أن") that opens what a speaker said there
    ("نقل ... قوله خلال اجتماعه مع مون إنه سيغلق الموقع في مايو", quoted him as saying during his meeting with
    Moon that he will close the site in May): a day, place or leader there is the saying's, not the meeting's. A speech verb, participle
    or noun (triggers.yaml speech_verbs, speech_participles, speech_nouns) stands before the "that", the
    "that" the first after it; not a later one when the meeting is already inside the saying ("قال السيسي إن ...
    قبل قمة من المتوقع أن يعقدها", said that ... before a summit expected to be held), not "من المتوقع أن"
    (expected to: the meeting's own plan), not "بعد أن" (after), not the "إن" of a name ("مون جاي إن")."""
    if at < h.end:
        return False
    i = art.sent_of(h.start)
    s = art.sentences[i][0]
    comp, time = trigger_words("complementizers"), trigger_words("time_conjunctions")
    said = trigger_words("speech_verbs") | trigger_words("speech_participles") | trigger_words("speech_nouns")
    names, speaking, before = art.persons.get(i, []), False, ""
    for w in _WORD.finditer(art.text[s:at]):
        pos, word = s + w.start(), fold_term(w.group().strip("،,"))
        if word in said or word.removeprefix("و") in said:
            speaking = True  # a speaker: the next "that" opens what he said
        elif word in comp and before.removeprefix("و") not in time and not any(m.start <= pos < m.end for m in names):
            if speaking and pos >= h.end:  # ... unless the saying is of a meeting: "وقال بيسكوف إن اللقاء سيعقد الأربعاء"
                return not art.near("triggers", i, pos, at)
            speaking = False  # "قال السيسي إن ... قمة من المتوقع أن": the meeting is inside the saying
        before = word
    return False


def said_contact_frames(art: Article, i: int, triggers: list[Hit]) -> list[Hit]:
    """The meeting triggers of sentence i that frame what a speaker said there when every remote-contact
    cue of the sentence stands inside it (said_after, or a quotation opening after the trigger): "قال
    الرئيس خلال لقائه نظيره إن شعبه يتطلع إلى السلام" (said during his meeting with his counterpart that
    his people look forward to peace) tells a held meeting; the looking forward is the saying's. Two
    leaders of different countries stand before the first cue; each cue a word of triggers.yaml
    said_contact_words, no call, cable or sending verb ("إنه أجرى اتصالا هاتفيا", that he made a phone
    call, stays a call); a trigger inside the saying ("إنه يتطلع إلى لقاء", looks forward to meeting)
    frames nothing and stays vetoed. Read by visits.candidates."""
    cues = art.cues(i, "c:remote_contact")
    words = trigger_words("said_contact_words")
    if not cues or any(fold_term(c.term) not in words for c in cues):
        return []
    first = min(c.start for c in cues)
    if len({m.country for m in art.leaders.get(i, []) if m.end <= first}) < 2:
        return []
    return [h for h in triggers if trigger_spec(h.group).get("tense") != "future" and "\u0633" not in h.prefix
            and all(said_after(art, h, c.start) or _quoted_after(art, i, h, c.start) for c in cues)]


def _quoted_after(art: Article, i: int, h: Hit, at: int) -> bool:
    """at stands in a quoted statement that opens after the meeting word h, no trigger between its opening
    and at: "قال خلال لقائه نظيره: «إن شعبنا يتطلع»" (said during his meeting: «our people look forward»)."""
    k = bisect.bisect_right(art.qstarts, at) - 1
    if k < 0 or not art.in_speech_at(at):
        return False
    start = art.quotes[k][0]
    return start >= h.end and art.sent_of(start) == i and not art.near("triggers", i, start, at)
