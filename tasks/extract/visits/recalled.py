"""A visit told inside a memory or a document: "ويستذكر الكاتب زيارة الرئيس الإيراني إلى القاهرة" (the writer
recalls the Iranian president's visit to Cairo), "وثائق سرية تكشف تفاصيل زيارة كارتر" (secret documents reveal the
details of Carter's visit), "في مثل هذا اليوم زار" (on this day ... visited). The sentence's news is the recalling,
the sermon or the archive; the visit is an earlier one it retells (GUIDE: referenced), whatever title resolves
today. The frame (grammar.yaml recall_frames, or document_nouns a few words from revealing_verbs) stands in the
trigger's clause a few words before it, or opens its sentence. A background note ("يذكر أن", it is recalled that)
with a day of its own days gone ("يوم السبت الماضي", last Saturday) recalls an earlier visit too (noted_days_ago),
as does a visit a concluding verb ends two days or more before, told past the lead (concluded_days_ago).
So does an argument citing it as evidence (grammar.yaml evidence_frames: "العلامة على ذلك كانت استقبال", the sign
of that was the reception; "والدليل على ذلك زيارة", the proof of that is the visit): an example, not the news; and
a habit (grammar.yaml habit_frames: "لطالما", it has long been; "كلما زار", whenever he visited): no one meeting.
So does "previous" as the meeting noun's own adjective (triggers.yaml previous_after): "خلال مؤتمر صحفي مشترك
سابق مع بوتين" (during an earlier joint press conference with Putin), "في لقاء سابق بينهما" (in a previous meeting
of theirs) is another meeting than the news (previous_meeting). So is a meeting noun right after a comparison or a
precedence (grammar.yaml comparison_frames: "كما حدث في قمة هلسنكي", as happened at the Helsinki summit; "ومن قبلها
زيارة", and before it the visit): cited beside the news (compared). So does a verb of referring whose object is the bare
meeting noun, in a sentence with no day: "وأشار أردوغان إلى لقائه بنظيره الأمريكي" (Erdogan referred to his meeting
with his American counterpart), "تطرق إلى", "نوه بـ", "تحدث عن" (referred_to). timing.visit_kind reads it."""
from __future__ import annotations

import re

from tasks.extract.calendar import unit_words
from tasks.extract.tense import verb_tense
from tasks.extract.visits.article import Article, Candidate, lead_sentence
from tasks.extract.visits.last_week import lead_news
from tasks.extract.visits.making import making_now
from tasks.extract.visits.prospects import counted_down_to
from tasks.extract.visits.retold import RECENT_DAYS, background_note, told_lately
from tasks.extract.visits.since import meeting_since, present_verb
from tasks.extract.visits.triggers import trigger_spec
from tasks.extract.visits.vetoes import trigger_between
from ziyarat.arabic import QUOTE_MARKS, WA, fold_term
from ziyarat.lexicon import grammar_words, trigger_words
from ziyarat.matching import Hit

RECALL_CHARS = 80  # from the trigger back over its clause to the frame
RECALL_WORDS = 7  # "وكشفت وثائق إسرائيلية نشرتها الصحيفة أمس تفاصيل زيارة": the frame within these words
PUNCTUATION = "\u060c,:;«»\"()"  # none between a meeting noun and its adjective
PREVIOUS_WORDS = 1  # adjectives between a meeting noun and its "سابق" (previous): "مؤتمر صحفي مشترك سابق"
FRAME_WORDS = 4  # the longest frame, in words ("في مثل هذا اليوم")
COMPARED_WORDS = 5  # the longest comparison frame, in words ("على غرار ما حدث في")
OPENING_CHARS = 40  # the sentence's opening words read for a frame ("في مثل هذا اليوم")
REVEAL_WORDS = 2  # from a document noun to its revealing verb, either way ("وثائق إسرائيلية تكشف")
AGO_CHARS = 120  # from the meeting word over its objects and place to a vague "ago" after it
REFERRED_WORDS = 10  # a referring verb, its subject, an adverb: "ونوه الرئيس التركي رجب طيب أردوغان، في كلمته أمام البرلمان، بـ"
REFERRED_CHARS = 120  # ... read back from the meeting noun


def recalled(art: Article, i: int, h: Hit) -> bool:
    """A recall frame (a memory, a memoir, a secret document, an archive) among the last RECALL_WORDS words of
    the trigger's clause before it (past the last comma, colon or quote), or opening its sentence: "في مثل هذا
    اليوم وصل ... والتقى" (on this day he arrived ... and met) frames every meeting the sentence tells."""
    s = art.sentences[i][0]
    start = art.word_start(h.start)
    words = re.split("[\u060c,:;«»\"]", art.folded_slice(max(s, start - RECALL_CHARS), start))[-1].split()[-RECALL_WORDS:]
    opening = art.folded_slice(s, min(start, s + OPENING_CHARS)).split()[:FRAME_WORDS + 1]
    return _has_frame(words) or _has_frame(opening) or previous_meeting(art, i, h) or press_topic(art, i, h) \
        or compared(art, i, h) or referred_to(art, i, h)


def compared(art: Article, i: int, h: Hit) -> bool:
    """A comparison or a precedence frame (grammar.yaml comparison_frames) ending right before a meeting noun: "كما حدث
    في قمة هلسنكي مع بوتين" (as happened at the Helsinki summit with Putin), "زيارة نجاد لمصر، ومن قبلها زيارة مرسي
    لطهران" (Ahmadinejad's visit to Egypt, and before it Morsi's visit to Tehran) cite an earlier meeting beside the
    news. Not a verb: "وقبلها التقى الرئيس نظيره" (and before that the president met his counterpart) may be the day's."""
    if trigger_spec(h.group).get("tense"):
        return False
    words = [w.strip("\u060c,") for w in art.words_before(art.word_start(h.start), COMPARED_WORDS)]
    frames = grammar_words("comparison_frames")
    return any(" ".join(words[k:]) in frames for k in range(len(words)))


def referred_to(art: Article, i: int, h: Hit) -> bool:
    """The bare meeting noun is the object of a verb of referring (grammar.yaml referring_verbs) through its
    preposition (referring_preps: "إلى", "عن", or a "بـ"/"لـ" on the noun), the verb's subject and an adverb between
    them and no quote, colon, clause break, other meeting word or other such preposition (the verb's object came
    before: "وأشار ... إلى تقدم الرئيس بطلب لزيارة غزة"), in a sentence with no day: "وأشار أردوغان إلى لقائه بنظيره
    الأمريكي" (Erdogan referred to his meeting with his American counterpart), "ونوه بلقائه" (he noted his meeting)
    tell an earlier meeting as a topic of the speaker's remarks. "وأشار أردوغان اليوم إلى لقائه" (today) and a
    meeting said to be going on ("زيارته الحالية", his current visit) stay the news; so does one the verb does not
    govern: "وأشار خلال لقائه" (he pointed out, during his meeting)."""
    if trigger_spec(h.group).get("tense") or art.dates.get(i) or making_now(art, h):
        return False
    s, start, end = art.sentences[i][0], art.word_start(h.start), art.word_end(h.end)
    after = art.folded_slice(end, art.sentences[i][1]).split()[:1]
    if after and after[0].strip("\u060c,.") in grammar_words("current_adjectives"):
        return False
    lo = max(s, start - REFERRED_CHARS)
    words = [(lo + w.start(), fold_term(w.group().strip("\u060c,"))) for w in re.finditer(r"\S+", art.text[lo:start])]
    if not set(h.prefix) & {"\u0628", "\u0644"}:  # "بلقائه", "لزيارته": the noun's own "with" / "to"
        if not words or words[-1][1] not in grammar_words("referring_preps"):
            return False
        words = words[:-1]
    words = words[-REFERRED_WORDS:]
    verbs = [k for k, (_, w) in enumerate(words) if w.removeprefix(WA) in grammar_words("referring_verbs")]
    if not verbs:
        return False
    at = words[verbs[-1]][0]
    return not any(w in grammar_words("referring_preps") for _, w in words[verbs[-1] + 1:]) \
        and not any(ch in art.text[at:start] for ch in ":«»\"") \
        and not art.near("c:clause_breaks", i, at + 1, start - 1) and not art.near("triggers", i, at + 1, start - 1)


def press_topic(art: Article, i: int, h: Hit) -> bool:
    """A paper pointing to a visit as the topic of its piece, the bare meeting noun right after "أشارت الصحيفة
    إلى" / "لفتت الصحيفة لـ" (grammar.yaml press_pointers, news_media), in a sentence with no day: "وأشارت
    الصحيفة لزيارة الرئيس ... إلى القاهرة قائلة" (the paper pointed to the president's visit to Cairo, saying)
    reviews an earlier visit; "وأشارت الصحيفة إلى زيارة الرئيس ... اليوم" (today) stays the news."""
    if trigger_spec(h.group).get("tense") or art.dates.get(i):
        return False
    start = art.word_start(h.start)
    noun = art.folded_slice(start, art.word_end(h.end)).removeprefix(WA)
    before = art.words_before(start, 3)
    if not (noun.startswith("ل") and not fold_term(h.term).startswith("ل")):  # "لزيارة": the noun's own "to"
        if not before or before[-1] not in grammar_words("press_pointers_to"):
            return False
        before = before[:-1]
    return len(before) >= 2 and before[-2].removeprefix(WA) in grammar_words("press_pointers") \
        and before[-1] in grammar_words("news_media")


def previous_meeting(art: Article, i: int, h: Hit) -> bool:
    """"سابق" / "السابقة" (previous) right after the meeting noun ("مؤتمر صحفي مشترك سابق", "لقاء سابق"), or after
    one definite adjective of a definite one ("اللقاء الثنائي السابق"; "زيارة تعد سابقة", a visit that is a precedent,
    is none), agreeing with it in definiteness (a noun with a pronoun is definite: "لقائهما السابق"), with no
    punctuation and no person between: in "زيارة الرئيس السابق" (the former president's visit) the adjective is the
    president's."""
    if trigger_spec(h.group).get("tense"):
        return False
    end = art.word_end(h.end)
    noun = art.folded_slice(art.word_start(h.start), end).split()
    definite = bool(noun) and (noun[0].removeprefix(WA).startswith("ال") or bool(h.suffix))
    for c in art.cues(i, "c:previous_after"):
        between = art.folded_slice(end, c.start).split() if c.start >= end else None
        if between is None or len(between) > PREVIOUS_WORDS or any(ch in art.text[end:c.start] for ch in PUNCTUATION):
            continue
        if all(w.startswith("ال") == definite for w in between + [fold_term(c.term)]) and (definite or not between) \
                and not any(end <= m.start < c.start for m in art.persons.get(i, [])):
            return True
    return False


def told_ago(art: Article, i: int, h: Hit) -> bool:
    """A vague "ago" (triggers.yaml ago: "منذ أشهر", months ago; "قبل عدة أسابيع", several weeks ago)
    after the meeting word in its clause, with no other meeting word or clause break between: "محادثات بوتين
    ونتنياهو التي جرت في موسكو منذ عدة أسابيع" (Putin and Netanyahu's talks held in Moscow several weeks ago)
    retells an earlier meeting. Not a countdown: "قبل أسابيع من القمة" (weeks before the summit); nor one in the
    words a speaker says at the meeting: "في مؤتمر صحفي مع نظيره: «... مع إيطاليا قبل أشهر»"; nor "the first
    since": "في أول اجتماع بينهما منذ أشهر" (in their first meeting in months)."""
    end = art.word_end(h.end)
    before = [w.strip("،,") for w in art.words_before(art.word_start(h.start), 1)]
    if before and before[0] in grammar_words("first_words") or any(
            h.start <= f.start < art.sentences[i][1] for f in art.cues(i, "c:first_since")):
        return False  # "في أول اجتماع بينهما منذ أشهر" (their first meeting in months): no earlier one
    return any(0 <= c.start - end <= AGO_CHARS
               and not trigger_between(art, i, end, c.start) and not art.near("c:clause_breaks", i, end, c.start)
               and not any(q in art.text[end:c.start] for q in QUOTE_MARKS + ":")
               and not counted_down_to(art, c) and _ago_of(art, i, h, c) for c in art.cues(i, "c:ago"))


def _ago_of(art: Article, i: int, h: Hit, c: Hit) -> bool:
    """The "ago" cue c after the meeting word h says how long ago that meeting was: not a span in construct with
    what follows ("منذ أيام مبارك", since Mubarak's days; "منذ أيام الحرب", since the days of the war); after منذ
    (since) only right after the meeting's clause (since.meeting_since) and not after a present verb ("يزور ...
    منذ أيام", has been visiting for days: under way); and days ago not for the lead's own past meeting verb, the
    news as "الأسبوع الماضي" (last week) is there (last_week.lead_news)."""
    nxt = art.folded_slice(c.end, min(art.sentences[i][1], c.end + 30)).split()[:1]
    if nxt and nxt[0].startswith("ال") or art.near("persons", i, c.end, c.end + 2):
        return False
    words = fold_term(c.term).split()
    if words[0] in trigger_words("since") and (present_verb(h) or not meeting_since(art, i, h, c.start)):
        return False
    return not (set(words) & unit_words("day") and lead_news(art, i, h))


def noted_days_ago(art: Article, i: int, h: Hit, date, precision: str | None) -> bool:
    """The trigger's sentence opens as a background note (retold.background_note: "يذكر أن", "تجدر الإشارة
    إلى أن") and its own day is more than RECENT_DAYS before publication: "يذكر أن الرئيس توجه إلى كمبالا
    يوم السبت الماضي" (it is recalled that the president went to Kampala last Saturday), in a Thursday's
    article, tells an earlier trip; "يذكر أن ... وصل أمس" (arrived yesterday) stays the news, and so does a
    note on the trip the lead tells (_lead_tells_trip). So does a visit concluded RECENT_DAYS or more before
    publication, told past the lead (concluded_days_ago)."""
    pub = art.published
    if date is None or pub is None or precision != "day":
        return False
    days = (pub - date).days
    return (days > RECENT_DAYS and background_note(art, i, h) or days >= RECENT_DAYS and concluded_days_ago(art, i, h)) \
        and not _lead_tells_trip(art, i)


CONCLUDED_WORDS = 10  # from a concluding verb over its subject and its day to the visit noun


def concluded_days_ago(art: Article, i: int, h: Hit) -> bool:
    """A visit noun a concluding verb (grammar.yaml concluding_verbs) governs in a sentence past the lead:
    "وقالت الصحيفة إن الرئيس اختتم يوم الخميس الماضي زيارة إلى طهران" (said the president concluded last
    Thursday a visit to Tehran), in a Sunday's article about another trip, is over and retold (read by
    noted_days_ago with its day); so is one whose relative clause says it ended (_ended_relative: "زيارته الى
    اسرائيل والتي انتهت الجمعة", his visit to Israel, which ended on Friday). Not the lead ("اختتم الرئيس أمس
    الأول زيارته": its news), nor past another visit word or a clause joined by "و" between the verb and the noun."""
    lead = lead_sentence(art)
    if lead is None or i <= lead or trigger_spec(h.group)["role"] != "visit" or trigger_spec(h.group).get("tense"):
        return False
    if _ended_relative(art, i, h):
        return True
    s, _ = art.sentences[i]
    start = art.word_start(h.start)
    words = list(re.finditer(r"\S+", art.text[max(s, start - 160):start]))[-CONCLUDED_WORDS:]
    k = next((k for k in range(len(words) - 1, -1, -1)
              if fold_term(words[k].group().strip("\u060c,")).removeprefix(WA) in grammar_words("concluding_verbs")), None)
    if k is None or any(fold_term(w.group()).startswith(WA) or w.group().endswith(".") for w in words[k + 1:]):
        return False
    verb_end = max(s, start - 160) + words[k].end()
    return not art.near("triggers", i, verb_end, start - 1)


ENDED_WORDS = 4  # from a visit noun over its goal to the relative pronoun: "زيارته الى اسرائيل والتي انتهت"


def _ended_relative(art: Article, i: int, h: Hit) -> bool:
    """A relative pronoun within ENDED_WORDS after the visit noun h, then a past verb of its ending (grammar.yaml
    ended_verbs), no comma, stop or other trigger between: "زيارته الى اسرائيل والتي انتهت الجمعة" (his visit to
    Israel, which ended on Friday). Not "التي تنتهي" (which ends: under way) nor a relative after a comma ("زيارته،
    التي انتهت إليها المفاوضات")."""
    end = art.word_end(h.end)
    words = list(re.finditer(r"\S+", art.text[end:art.sentences[i][1]]))[:ENDED_WORDS + 2]
    for k, w in enumerate(words[:ENDED_WORDS + 1]):
        word = fold_term(w.group())
        if word.removeprefix(WA) in grammar_words("relative_pronouns"):
            verb = fold_term(words[k + 1].group()).strip(PUNCTUATION + ".") if k + 1 < len(words) else ""
            return verb in grammar_words("ended_verbs") and not art.near("triggers", i, end, end + w.start())
        if word[-1:] in PUNCTUATION + ".":
            return False
    return False


def _lead_tells_trip(art: Article, i: int) -> bool:
    """The sentences up to the lead name a leader of the note's sentence and hold a visit word: "وصل عباس إلى
    شمال القوقاز" (Abbas arrived in the North Caucasus) then "ويذكر أن عباس وصل إلى موسكو الأربعاء الماضي" (it
    is recalled that Abbas arrived in Moscow last Wednesday): the note tells the first leg of the trip under way."""
    lead = lead_sentence(art)
    if lead is None or i <= lead:
        return False
    named = {m.entity_id for m in art.leaders.get(i, [])}
    return any(m.entity_id in named for k in range(lead + 1) for m in art.leaders.get(k, [])) \
        and any(h.group.startswith("t:") for k in range(lead + 1) for h in art.by_sent.get(k, []))


def _has_frame(words: list[str]) -> bool:
    """A recall frame among the words, or a document noun with a revealing verb a few words from it."""
    frames = grammar_words("recall_frames") | grammar_words("evidence_frames") | grammar_words("habit_frames")
    if any(" ".join(words[k:k + n]) in frames or " ".join(words[k:k + n]).removeprefix(WA) in frames
           for k in range(len(words)) for n in range(1, FRAME_WORDS + 1)):
        return True
    bare = [w.removeprefix(WA) if w.removeprefix(WA) in grammar_words("document_nouns") | grammar_words("revealing_verbs")
            else w for w in words]
    docs = [k for k, w in enumerate(bare) if w in grammar_words("document_nouns")]
    return any(abs(k - j) <= REVEAL_WORDS for k in docs for j, w in enumerate(bare) if w in grammar_words("revealing_verbs"))


def told_earlier(art: Article, c: Candidate) -> bool:
    """An undated referenced meeting word told behind the news by a vague time: days ago (told_ago) or
    lately (retold.told_lately), no plan, no verb or relative pronoun between ("زيارته ... للأحداث التي تشهدها
    مصر منذ عدة أيام": the events' days). The pair's bare nouns elsewhere (a subtitle's) retell it (read by merge._demote_unreported)."""
    i, end = c.sentence, art.word_end(c.hit.end)
    if c.kind != "referenced" or c.date is not None or c.future or c.planned or not c.hit.group.startswith("t:") \
            or not (told_ago(art, i, c.hit) or told_lately(art, i, c.hit)):
        return False
    at = min((x.start for x in [*art.cues(i, "c:ago"), *art.cues(i, "c:lately")] if x.start >= end), default=end)
    return not any(w.removeprefix(WA) in grammar_words("relative_pronouns") or verb_tense(w) is not None
                   for w in art.folded_slice(end, at).split())
