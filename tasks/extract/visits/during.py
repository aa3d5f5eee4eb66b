"""A place in the clause a "during the visit" phrase hangs on, not the visit's: "قلصت إسرائيل منطقة
الصيد في بحر غزة، ردا على إطلاق صواريخ أثناء زيارة أوباما" (Israel cut the fishing zone off Gaza, in
answer to rockets fired during Obama's visit) is no visit to Gaza; and a place on the other side of the
comma that closes a fronted time clause ("قبل أن يتوجه إلى الرياض، التقى ماكرون السيسي": before heading
to Riyadh, Macron met Sisi), which is another leg of the trip than the main clause's meeting. A meeting
told in such a fronted clause takes the main verb's tense (fronted_holding_tense, fronted_sa_future); its
sides are the main clause's subject and its partner (visits.sides.fronted_sides)."""
from __future__ import annotations

from typing import Any

from tasks.extract.tense import verb_tense
from tasks.extract.visits.article import Article
from tasks.extract.visits.triggers import trigger_spec
from ziyarat.arabic import WA, fold_term
from ziyarat.lexicon import grammar_words, trigger_words

COMMAS = "\u060c,"  # the Arabic comma and the Latin one


def earlier_clause_place(art: Article, h: Any, p: Any) -> bool:
    """The place stands before a meeting or trip noun that follows a during-word (grammar.yaml
    during_words: "أثناء زيارة", "خلال لقاء"), with a comma between them: the place is the earlier clause's,
    which the "during" phrase only dates. Not a noun with a pronoun ("خلال زيارتهما", during their
    visit): "سيجتمع ترامب وبوتين في هلسنكي، الاثنين، وتخرج احتجاجات خلال زيارتهما للمدينة" speaks of
    the travellers the clause before names, at their city; "وصل أوباما إلى رام الله، في إطار جولته"
    (no during-word) and "ألقى كلمة في القدس أثناء زيارة أوباما" (no comma) keep theirs too.
    Across a fronted time clause's comma (fronted_comma): the clause's place is not that of the main verb's
    meeting unless the clause tells an arrival that is over ("بعد وصوله إلى القاهرة، التقى": he met there; a
    noun, "بعد مصافحتهما في سنغافورة، قال عن القمة", may name the clause's own meeting); the main
    clause's is not the fronted meeting's, but is a fronted arrival's ("قبيل وصوله، وقع البلدان في أبوظبي")."""
    if (comma := fronted_comma(art, h)) is not None and (p.start < comma) != (h.start < comma):
        return _across_fronted(art, h, comma)
    if p.end > h.start or trigger_spec(h.group).get("tense") or h.suffix:
        return False
    before = [w.removeprefix(WA) for w in art.words_before(art.word_start(h.start), 1)]
    if not before or before[0] not in grammar_words("during_words"):
        return False
    return any(c in art.text[p.end:h.start] for c in COMMAS)


def conjunct_place(art: Article, h: Any, p: Any) -> bool:
    """The place stands in the item before a meeting or trip noun that "و" joins right after a comma, in a
    sentence naming no leader and no visit word before that noun: a list of the day's news, "اتفاق بين الروس
    والفصائل في بلدة حدودية، ولقاء تاريخي بين رئيس الوزراء الإثيوبي والرئيس الإريتري" (an agreement ... in a
    border town, and a historic meeting between ...): the place is the earlier item's. Not a verb ("وصل إلى
    أنقرة، والتقى": he met there), a noun with a pronoun ("، ولقاؤه"), a noun with no "و" ("في أسمرة، لقاء
    تاريخي": in Asmara, a historic meeting), nor after a leader or a visit word ("وصل أوباما إلى القدس، ولقاء")."""
    if p.end > h.start or trigger_spec(h.group).get("tense") or h.suffix or not h.prefix.startswith(WA):
        return False
    start = art.word_start(h.start)
    if art.text[:start].rstrip()[-1:] not in COMMAS:
        return False
    i = art.sent_of(h.start)
    lo = art.sentences[i][0]
    return not art.near("leaders", i, lo, start) and not art.near("triggers", i, lo, start - 1)


def _across_fronted(art: Article, h: Any, comma: int) -> bool:
    """A place on the other side of the fronted clause's comma from h is not h's (earlier_clause_place)."""
    if h.start < comma:
        return trigger_spec(h.group).get("role") != "arrive"
    i = art.sent_of(h.start)
    lo = art.sentences[i][0]
    over = art.folded_slice(lo, comma).split()[0].removeprefix(WA) in grammar_words("after_words")
    arrived = over and any(trigger_spec(t.group).get("role") == "arrive" for t in art.near("triggers", i, lo, comma))
    return bool(trigger_spec(h.group).get("tense")) and not arrived


FRONTED_CLAUSE_CHARS = 160  # from the sentence's start to the comma that closes its fronted time clause


def fronted_comma(art: Article, h: Any) -> int | None:
    """The comma closing the time clause that opens h's sentence (grammar.yaml other_meeting_frames:
    "قبل أن يتوجه إلى الرياض،", "وعقب لقائه مع X،", "وفي أعقاب المحادثات،", past a speaker's frame: "وفي تصريحات
    له قبيل محادثاته مع X،", grammar.yaml speech_frames), when a main clause follows it;
    None when the sentence opens otherwise. The fronted clause and the main one tell two acts: a place in
    one is not where the other's meeting is."""
    i = art.sent_of(h.start)
    lo, hi = art.sentences[i]
    words = art.folded_slice(lo, min(hi, lo + FRONTED_CLAUSE_CHARS)).split()
    if words[:1] == ["\u0641\u064a"] or words[:1] == [WA + "\u0641\u064a"]:  # "وفي أعقاب"
        words = words[1:]
        frames = grammar_words("speech_frames")  # "وفي تصريحات له قبيل", "وفي تصريحات عقب"
        words = words[2:] if " ".join(words[:2]) in frames else words[1:] if words[:1] and words[0] in frames else words
    if not words or words[0].removeprefix(WA).strip(COMMAS) not in grammar_words("other_meeting_frames"):
        return None
    for k in range(lo, min(hi, lo + FRONTED_CLAUSE_CHARS)):
        if art.text[k] not in COMMAS:
            continue
        # a name in apposition between two commas goes on the clause: "مع رئيسة الوزراء، تيريزا ماي، سيقضي"
        if any(0 < m.start - k <= 2 and art.text[m.end:m.end + 2].strip()[:1] in COMMAS for m in art.persons.get(i, [])):
            continue
        return k if art.text[k + 1:hi].strip() else None
    return None


def fronted_aside(art: Article, i: int, h: Any, own: frozenset[int]) -> bool:
    """h stands in the fronted time clause of sentence i and a meeting word of the row (`own`) in its
    main clause: "قبل أن يتوجه إلى الرياض، التقى ماكرون السيسي في القاهرة" (before heading to Riyadh, Macron
    met Sisi in Cairo): the heading does not vote for the meeting's city."""
    comma = fronted_comma(art, h)
    return comma is not None and h.start < comma and any(s > comma for s in own) \
        and art.sent_of(h.start) == i


def fronted_holding_tense(art: Article, h: Any) -> tuple[bool, str | None]:
    """A holding phrase ("عقد لقاء", "إجراء محادثات": grammar.yaml holding_nouns) in a fronted time clause
    is the verbal noun, not the verb "he held": "وعقب إنهاء المباحثات وعقد لقاء مع ماي، سيقضي ترامب" (after
    ending the talks and holding a meeting with May, Trump will spend) tells the meeting in the main
    verb's tense, here ahead: (True, that tense, None when no verb opens the main clause). Not after "أن"
    ("بعد أن عقد لقاء", after he held a meeting: a verb): (False, None)."""
    comma = fronted_comma(art, h)
    first = fold_term(h.term.split()[0])
    if comma is None or h.start > comma or len(h.term.split()) < 2 or first not in grammar_words("holding_nouns"):
        return False, None
    if art.words_before(art.word_start(h.start), 1)[-1:] == [fold_term("أن")]:
        return False, None
    main = art.folded_slice(comma + 1, art.sentences[art.sent_of(h.start)][1]).split()[:1]
    return True, verb_tense(main[0]) if main else None


def fronted_sa_future(art: Article, h: Any) -> bool:
    """A meeting noun or holding phrase (fronted_holding_tense) in a fronted time clause whose main verb is a
    sa- future: "وبعد محادثات مع ميركل، سيزور ماكرون" (after talks with Merkel, Macron will visit), "، سيقضي
    ترامب": a programme ahead, as "سيعقد لقاء" is (governed.joined_to_future); a day still dates it."""
    comma = fronted_comma(art, h)
    if comma is None or h.start > comma:
        return False
    if trigger_spec(h.group).get("tense") and not fronted_holding_tense(art, h)[0]:
        return False  # a verb of its own: "قبل أن يلتقي"
    main = art.folded_slice(comma + 1, art.sentences[art.sent_of(h.start)][1]).split()[:1]
    return bool(main) and main[0].removeprefix(WA).startswith("\u0633") and verb_tense(main[0]) == "future"


SINCE_WORDS = 4  # words from "منذ" (since) to the place: "منذ عودة ترامب إلى البيت الأبيض"


def since_place(art: Article, h: Any, p: Any) -> bool:
    """The place, after the meeting word, ends a "since" phrase (triggers.yaml since) with no comma
    between: "في أول لقاء بينهما منذ عودة ترامب إلى البيت الأبيض" (their first meeting since Trump's return
    to the White House), "منذ قمتهما في هلسنكي": the place is the earlier event's, not this meeting's. Not a
    since-phrase of time (since_time_words): "وصل الرئيسان منذ قليل إلى قصر القبة" (arrived a while ago at the palace)."""
    if p.start < h.end:
        return False
    words = art.folded_slice(h.end, p.start).split()[-SINCE_WORDS:]
    since = trigger_words("since")
    k = next((k for k in range(len(words) - 1, -1, -1) if words[k].removeprefix(WA) in since), None)
    return k is not None and not any(c in w for w in words[k:] for c in COMMAS) \
        and not (k + 1 < len(words) and words[k + 1] in grammar_words("since_time_words"))  # "منذ قليل إلى قصر القبة"

