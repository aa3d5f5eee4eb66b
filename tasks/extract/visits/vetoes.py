"""Vetoes: the checks that rule a trigger out before any leader is bound to it (negated,
hypothetical, the same visit said again) or that tell the trigger belongs to someone
who is not a leader (an official, an organisation, a delegation)."""
from __future__ import annotations

import re
from typing import Any

from tasks.extract.visits.partner_slot import slot_leaders
from tasks.extract.visits.article import Article
from tasks.extract.visits.avoided import avoided
from tasks.extract.visits.begun import on_the_day
from tasks.extract.visits.conditional import held_if
from tasks.extract.visits.efforts import needed
from tasks.extract.visits.greeters import guests_as_group, seen_off_by_official
from tasks.extract.visits.leaders import distinct, is_leader, pid
from tasks.extract.visits.prospects import title_start
from tasks.extract.visits.scope import out_of_scope
from tasks.extract.visits.triggers import definite, trigger_spec
from ziyarat.arabic import CONJUNCTIONS, QUOTE_MARKS, SENTENCE_END_MARKS, fold_term
from ziyarat.lexicon import get_lexicon, grammar_words, trigger_words, triggers_lexicon
from ziyarat.matching import Hit


def negated(art: Article, h: Hit) -> bool:
    """A negation in the four words before the trigger, in its own clause: "لم يجر
    الأسد أي زيارة", or an absence from it ("غياب الملك سلمان عن قمة"); not across "أن"/"إن" (that): in "مصادر لم تسمها إن الأسد زار"
    (sources it did not name said al-Assad visited) the "لم" is the sources'. Or an avoidance of it
    (visits.avoided): "تجاهل أوباما زيارة مصر" (Obama ignored visiting Egypt)."""
    neg = {fold_term(w) for w in triggers_lexicon()["negation"]}
    comp = trigger_words("complementizers")
    last = [w.strip("،,") for w in art.words_before(art.word_start(h.start), 1)]
    if last and last[0] in grammar_words("negation_nouns"):
        return True  # "بعدم زيارة باكستان" (not to visit Pakistan): right before the word only
    if last and last[0] in trigger_words("absence_prepositions") and \
            set(w.strip("،,") for w in _clause_words_before(art, h.start, 5)) & trigger_words("absence"):
        return True  # "غياب الملك سلمان عن قمة" (King Salman's absence from the summit)
    if avoided(art, h):
        return True  # "تجنب بوتين زيارة دمشق" (Putin avoided visiting Damascus), past a "that" too
    for w in reversed(_clause_words_before(art, h.start, 4)):
        w = w.strip("،,")
        if w in comp:
            return False
        if w in neg or (len(w) > 1 and w[0] in CONJUNCTIONS and w[1:] in neg):
            return True
    return False


def _clause_words_before(art: Article, pos: int, n: int) -> list[str]:
    """The n words before pos within its sentence: in "الوضع لا يسمح. واستقبل مرسي غول"
    (the situation does not allow it. And Morsi received Gul) the "لا" is the sentence before's."""
    before = art.folded_slice(max(0, pos - 40), pos)
    cut = max(before.rfind(c) for c in SENTENCE_END_MARKS + "\n")
    return before[cut + 1:].split()[-n:]


def search_adverb(art: Article, h: Hit) -> bool:
    """"بحثا عن" (bahthan 'an, in search of) is an adverb, not the dual verb "بحثا" (the
    two discussed): "تحضر القمة بحثا عن مزيد من الدعم" (attends seeking more support)."""
    words = art.folded_slice(art.word_start(h.start), art.word_end(h.end) + 6).split()[:2]
    return " ".join(words) in grammar_words("search_phrases")


POST_ADJECTIVE_CHARS = 60  # how far after a meeting noun its adjective may stand ("قمة ترامب وكيم المحتملة")


COORDINATED_CHARS = 40  # from a wished-for visit word to a meeting word joined to it by "و" (and)
CALLED_OFF_CHARS = 80  # how far a cancel / postpone word may stand from the meeting it calls off


def hypothetical(art: Article, i: int, h: Hit) -> bool:
    """A proposal, a wish or a condition before the trigger in its sentence: "اقترح ...
    عقد اجتماع" (iqtaraha, proposed), "إمكانية عقد اجتماع" (the possibility of), "إذا
    سارت القمة" (if); or, after a meeting noun, its adjective: "القمة المحتملة" (the
    possible summit), with no other trigger between."""
    # a cue may hold the trigger: "حال زيارته" (in case of his visit), "قد يزور" (may visit)
    if any(c.end <= h.start and not out_of_scope(art, i, c, h) or c.start < h.start < c.end for c in art.cues(i, "c:hypothetical")) or needed(art, h):
        return True
    if ("و" in h.prefix or "ل" in h.prefix) and any(
            t.group.startswith("t:") and 0 <= h.start - t.end <= COORDINATED_CHARS and needed(art, t)
            and not any(p in art.text[t.end:h.start] for p in "،,") for t in art.by_sent.get(i, ())):
        # "مهتم بزيارة كوريا الشمالية ولقاء كيم" (interested in visiting ... and meeting Kim); a purpose
        # with li- too: "رغبته بزيارة بيونغ يانغ للقاء كيم" (his wish to visit Pyongyang to meet Kim)
        return True
    return adjective_after(art, i, h, "c:hypothetical_after") or _modal_predicate(art, i, h) or held_if(art, i, h)


MODAL_PREDICATE_CHARS = 100  # from a meeting noun to the "may be" of its predicate, past its place and date


def _modal_predicate(art: Article, i: int, h: Hit) -> bool:
    """A meeting noun whose predicate is "قد يكون" (may be): "لقاؤه مع بوتين في هلسنكي قد
    يكون أسهل" (his meeting with Putin in Helsinki may be easier) speaks of a meeting
    ahead; in its clause, with no other trigger between. Never for a verb."""
    if trigger_spec(h.group).get("tense"):
        return False
    end = art.word_end(h.end)
    # not past a comma or after wa- (and): "تبرز زيارة الرئيس ... متانة العلاقات، وقد يكون"
    # (the visit shows how strong ties are, and ... may be) starts another clause
    return any(0 <= c.start - end <= MODAL_PREDICATE_CHARS and not trigger_between(art, i, end, c.start)
               and not art.near("c:clause_breaks", i, end, c.start) and "و" not in c.prefix
               and not any(p in art.text[end:c.start] for p in "،,")
               for c in art.cues(i, "c:modal_predicate"))


def adjective_after(art: Article, i: int, h: Hit, group: str) -> bool:
    """A cue of ``group`` follows the meeting noun h as its adjective: within
    POST_ADJECTIVE_CHARS after it, with no other trigger between ("قمة بوتين وأردوغان
    المحتملة", "زيارته المقبلة"); never for a verb."""
    if trigger_spec(h.group).get("tense"):
        return False
    return any(0 <= c.start - h.end <= POST_ADJECTIVE_CHARS and not trigger_between(art, i, h.end, c.start)
               and not _said_between(art, h.end, c.start)
               # an indefinite one ("لقاء محتمل", "زيارة رسمية محتملة") right after it or one adjective on: in "قمة
               # بينهما تمثل حقل ألغام سياسي محتمل" (a potential minefield) it is the minefield's
               and (fold_term(c.term).startswith("ال") or len(art.folded_slice(art.word_end(h.end), c.start).split()) <= 1
                    or art.folded_slice(max(0, c.start - 4), c.start)[-1:] in QUOTE_MARKS  # 'بالـ"محتملة"'
                    and art.folded_slice(max(0, c.start - 4), c.start).rstrip(QUOTE_MARKS).endswith("ال"))
               for c in art.cues(i, group) if group != "c:future_after" or not awaited_today(art, i, c))


TODAY_AFTER_CHARS = 3  # from a plan adjective to its "اليوم" (today): "القمة المرتقبة اليوم"


def awaited_today(art: Article, i: int, c: Any) -> bool:
    """A plan adjective dated today right after it: "القمة المرتقبة اليوم" (the summit awaited today),
    "مباحثاته المقررة اليوم" (his talks scheduled today) in the day's article are under way, as "سيلتقي
    اليوم" (will meet today) is; "المرتقبة مساء اليوم" (this evening) and "المرتقبة غدا" lie ahead."""
    return any(  # undated too: "اليوم" is the article's own day (begun.on_the_day)
        d.kind == "relative" and on_the_day(art, d) and 0 <= d.start - c.end <= TODAY_AFTER_CHARS
        and not any((fold_term(d.surface) + " ").startswith(w + " ") for w in grammar_words("tonight_words"))
        for d in art.dates.get(i, []))


def another_adjective(art: Article, c: Any) -> bool:
    """The cue is "آخر" as "another", the adjective of the noun before it, not "the last" of a past
    meeting ("آخر لقاء"): a comma or stop right after it ("وفي شأن آخر، وصلت ميركل", on another matter,
    Merkel arrived) or a noun of another matter before it ("من جانب آخر التقى", on the other hand, met)."""
    if fold_term(c.term) not in grammar_words("another_adjective"):
        return False
    before = art.folded_slice(max(0, c.start - 12), c.start).split()[-1:]
    return art.folded_slice(c.end, c.end + 3).lstrip()[:1] in ("،", ",", ".") \
        or bool(before) and before[0].removeprefix("و").removeprefix("ب") in grammar_words("another_matter_nouns")


HELD_LAST_CHARS = 90  # a holding verb this far before "آخر" (past its subject, a title and a time phrase)


def held_last(art: Article, c: Any, h: Any) -> bool:
    """The cue is "آخر" (the last) right before the meeting noun a holding verb of its sentence takes for
    object: "عقد الرئيس، بعد ظهر اليوم، آخر اجتماع له مع" (held this afternoon his last meeting with) is the
    last of a visit's meetings, told as news; "وكان آخر لقاء بينهما" (their last meeting was) stays recalled."""
    words = fold_term(c.term).split()
    if not words or words[0] not in grammar_words("another_adjective") or not c.start <= h.start <= c.end + 1:
        return False
    lo = max(art.sentences[art.sent_of(c.start)][0], c.start - HELD_LAST_CHARS)
    held = grammar_words("holding_verbs")
    return any(w.removeprefix("و").removeprefix("ف") in held for w in art.folded_slice(lo, c.start).split())


def _said_between(art: Article, start: int, end: int) -> bool:
    """A "that" (أن / إنه, anna / innahu) between a meeting noun and a cue opens the clause a
    speaker says: "وقال الشاهد الذي يؤدي حاليا زيارة لألمانيا إنه من المحتمل رفع" (Chahed, who is
    on a visit to Germany, said that it is possible to lift ...): the cue is the saying's, not
    the visit's adjective."""
    return any(w.strip("،,") in trigger_words("complementizers") for w in art.folded_slice(start, end).split())


def denied(art: Article, i: int, h: Hit) -> bool:
    """A denial before the trigger in its sentence: "نفى الكرملين أن يكون بوتين قد
    التقى ..." (nafa, denied), "لا صحة لما تردد عن لقاء" (there is no truth in)."""
    return any(c.end <= h.start and not out_of_scope(art, i, c, h) for c in art.cues(i, "c:denial"))


def not_held(art: Article, i: int, h: Hit) -> str | None:
    """Why a meeting the sentence names was not held (yet): "called_off" when a cancel
    or postpone word stands near it in its clause ("ألغى ترامب القمة", "تأجيل الزيارة"), a planned
    meeting; "unconfirmed" when the sentence hedges it ("أنباء عن لقاء", "مصادر لم
    تسمها"); None otherwise."""
    breaks = art.cues(i, "c:clause_breaks")
    cues = [c for c in art.cues(i, "c:called_off") if c.end <= h.start] + \
        [c for c in art.cues(i, "c:called_off_after") if c.start >= h.end]
    for c in cues:
        lo, hi = (c.end, h.start) if c.end <= h.start else (h.end, c.start)
        if hi - lo <= CALLED_OFF_CHARS and not any(lo <= b.start < hi for b in breaks):
            return "called_off"  # in the trigger's clause: not "... بعد أن ألغى ترامب القمة"
    if art.cues(i, "c:unconfirmed") or hedged_later(art, i):
        return "unconfirmed"
    return None


def hedged_later(art: Article, i: int) -> bool:
    """A later sentence calls the article's visit unconfirmed by a bare definite visit or meeting noun right
    before the hedge: "وتأتي الزيارة غير المؤكدة قبل ..." (the unconfirmed visit comes before ...) hedges the
    meeting told before it ("أن كيم سافر إلى بكين للقاء شي", that Kim travelled to Beijing to meet Xi)."""
    return any(0 < c.start - t.end <= 2 and t.group.startswith("t:") and not t.suffix and definite(t)
               and trigger_spec(t.group)["role"] in ("visit", "meet")
               for j in range(i + 1, len(art.sentences)) for c in art.cues(j, "c:unconfirmed")
               for t in art.by_sent.get(j, ()))


def trigger_between(art: Article, i: int, lo: int, hi: int) -> bool:
    return any(lo <= t.start < hi for t in art.by_sent.get(i, ()) if t.group.startswith("t:"))


def anaphoric(h: Hit, triggers: list[Hit]) -> bool:
    """"الزيارة" (al-ziyara, *the* visit) after a visit verb in its sentence is that
    visit again: in "زار بحاح عدن وأجرى خلال الزيارة جولة ليعود إلى الرياض" it adds
    nothing, and the places after it are not its destination. Likewise "الاجتماع" (*the*
    meeting) after a meeting word: "قمة جمعت بوتين وترامب، وسط آمال بأن يفتح الاجتماع
    ..." (hopes that the meeting opens ...) is the summit again, past the cues that dated it."""
    role = trigger_spec(h.group)["role"]
    if role not in ("visit", "meet") or h.suffix or not definite(h):
        return False
    earlier = ("arrive", "visit") if role == "visit" else ("meet",)
    return any(t.end <= h.start and trigger_spec(t.group)["role"] in earlier for t in triggers)


def other_owner(art: Article, i: int, h: Hit, role: str, before: list) -> bool:
    """The trigger belongs to someone who is not a leader: a non-leader noun right
    after it ("زيارة وزير الخارجية"; with "his", whom he met: "لقائه زوجة بولارد"), a pronoun subject standing for a non-leader
    ("قال السفير إنه زار الجزائر"), or an organisation right before a visit noun
    ("قبول الائتلاف زيارة موسكو", the coalition's accepting to visit Moscow) that governs no leader; a group's reception or farewell by an
    official named after it ("وكان في وداع الأميرين وزير الطيران", greeters.seen_off_by_official), and a reception
    of a group no leader gives ("على استقبال الرؤساء", greeters.guests_as_group)."""
    if role == "reception" and seen_off_by_official(art, i, h) or guests_as_group(art, i, h):
        return True
    if (not h.suffix or role == "meet") and any(0 <= c.start - h.end <= 2 for c in art.cues(i, "c:nonleader_slot")) \
            and not slot_leaders(art, i, h):  # not the first of a list going on to a leader: "اجتمع برئيس البرلمان ورئيس الوزراء X"
        # ... not a leader's title: "زيارة الوزير الأول الجزائري سلال" (the Algerian PM's visit)
        return art.genitive_leader(i, h) is None
    if _relative_doer_nonleader(art, i, h):
        return True
    words = [w.strip("،,") for w in art.words_before(art.word_start(h.start), 1)]
    pron = trigger_words("pronoun_subject")
    if words and words[0] in pron:
        prior = [m for m in art.persons.get(i, []) if m.end <= h.start]
        if prior and not is_leader(max(prior, key=lambda m: m.end)):
            return True
    if role == "visit" and not h.suffix:
        # ... but a leader the noun governs owns it: "انتقدت الجامعة العربية زيارة الرئيس X"
        # (the Arab League criticised President X's visit), the organisation the verb's subject
        orgs = [m for m in art.orgs if 0 <= h.start - m.end <= 3]
        if orgs and not (before and before[-1].end > orgs[-1].end) and art.genitive_leader(i, h) is None:
            return True
    return False


def _relative_doer_nonleader(art: Article, i: int, h: Hit) -> bool:
    """"المباحثات التي أجراها الوفد مع المسؤولين" (the talks that the delegation held
    with the officials): the doer named right after "relative pronoun + meeting verb"
    is a non-leader noun, so the meeting is not a leader's."""
    lex = triggers_lexicon()
    relatives = {fold_term(w) for w in lex.get("relative_pronouns", [])}
    for c in art.cues(i, "c:nonleader_slot"):
        if not 0 < c.start - h.end <= 40:
            continue
        words = [w.strip("،,") for w in art.folded_slice(h.end, c.start).split()]
        if len(words) == 2 and words[0] in relatives and words[1] in trigger_words("meeting_links"):
            return True
    return False


def between_nonleader(art: Article, i: int, h: Hit) -> bool:
    """The meeting word is followed (within five words) by "بين" (between) and the
    two people named next are its sides; True when one of them is not a leader:
    "الاجتماع ... بين الرئيس المصري والأمير محمد بن سلمان" is no meeting of two leaders.
    Nor is one whose "بين" opens on a non-leader noun: "مشاورات بين مسؤولين في كوريا الشمالية
    وآخرين" (consultations between officials of North Korea and others) are theirs, whatever
    leaders the sentence names after them ("على صعيد اللقاء بين كيم وترامب")."""
    if _between_officials(art, i, h):
        return True
    people = distinct(sorted((m for m in art.persons.get(i, []) if m.start >= h.end), key=lambda m: m.start),
                       keep="first")
    if len(people) < 2:
        return False
    a, b = people[0], people[1]
    words = [w.strip("،,") for w in art.folded_slice(h.end, a.start).split()]
    between = {fold_term(w) for w in triggers_lexicon().get("between_words", [])}
    if len(words) > 5 or not any(w in between for w in words[-2:]):
        return False
    gap = art.folded_slice(a.end, b.start).split()
    if len(gap) > 1 or (gap and gap[0].strip("،,") not in ("و", "")):
        return False  # "بين A و B" only: A and B side by side
    return not (is_leader(a) and is_leader(b))


BETWEEN_WORDS = 2  # "مشاورات بين", "اجتماع مغلق بين": "بين" within two words after the meeting noun
TITLE_CHARS = 40  # a leader named this close after the noun is the one it titles: "بين الوزير الأول الجزائري سلال"


def _between_officials(art: Article, i: int, h: Hit) -> bool:
    """The first word after the meeting noun's "بين" is a non-leader noun that titles no leader."""
    end = art.word_end(h.end)
    between = {fold_term(w) for w in triggers_lexicon().get("between_words", [])}
    for w in list(re.finditer(r"\S+", art.text[end:art.sentences[i][1]]))[:BETWEEN_WORDS]:
        if fold_term(w.group().strip("،,")) in between:
            at = end + w.end()
            nouns = [c for c in art.cues(i, "c:nonleader_slot") + art.cues(i, "c:official_nouns") if 0 <= c.start - at <= 2]
            return bool(nouns) and not any(is_leader(m) and 0 <= m.start - at <= TITLE_CHARS for m in art.persons.get(i, []))
    return False


WITH_CHARS = 40  # from a meeting noun to its "مع" (with), past a place: "اجتماع في البيت الأبيض مع"


def with_nonleader(art: Article, i: int, h: Hit) -> bool:
    """A meeting noun whose "مع" (with) names an official first: "خلال اجتماع في البيت
    الأبيض مع ولي العهد السعودي" (during a meeting at the White House with the Saudi crown
    prince) is the official's meeting, whatever leader the sentence names later. A meeting
    verb's "مع" naming a non-leader slot too: "يجتمع أوباما كل يوم مع كبار مساعديه" (Obama
    meets his senior aides every day) is no meeting with a leader named elsewhere."""
    if trigger_spec(h.group)["role"] != "meet":
        return False
    if interview(art, i, h):
        return True
    verb = bool(trigger_spec(h.group).get("tense"))
    end = _past_subject(art, i, art.word_end(h.end)) if verb else art.word_end(h.end)
    with_at = next((end + w.end() for w in re.finditer(r"\S+", art.text[end:min(art.sentences[i][1], end + WITH_CHARS)])
                    if fold_term(w.group().strip("،,")) == "مع"), None)
    if with_at is None or art.near("triggers", i, end, with_at):
        return False
    officials = art.cues(i, "c:nonleader_slot") + art.cues(i, "c:official_nouns")
    if any(0 <= c.start - with_at <= 2 for c in officials):  # ... unless its list goes on to a leader:
        return not slot_leaders(art, i, h)  # "مع رئيس البرلمان ورئيس الحكومة الشاهد" (with the speaker and the PM)
    if verb:
        # no leader for subject but an official: "واجتمع روسيل ونائبه مع الرئيس بيريز، ثم توجها إلى
        # رام الله لإجراء مقابلة مع ... عباس" (Rosell and his deputy met Peres, then went to meet Abbas);
        # not one only present: "واجتمع بحضور الوزير مع ..." (met, the minister attending, with ...)
        return end == art.word_end(h.end) and not art.near("c:participant_cues", i, end, with_at) \
            and any(end <= c.start and c.end <= with_at for c in officials)
    first = min((m for m in art.persons.get(i, []) if m.start >= with_at), key=lambda m: m.start, default=None)
    if first is None or first.start - with_at > UNKNOWN_SLOT_CHARS or is_leader(first):
        return False
    # ... unless a leader is listed with him: "مع مايك بنس نائب الرئيس الأميركي ورئيس الوزراء
    # الكندي جاستن ترودو" (with Pence, the US vice-president, and the Canadian prime minister)
    return not any(0 <= m.start - first.end <= LIST_CHARS and _listed_with(art.text[first.end:m.start])
                   for m in art.leaders.get(i, []))


def interview(art: Article, i: int, h: Hit) -> bool:
    """A meeting noun whose partner is a medium: "في لقاء مع قناة العربية" (in an interview with al-Arabiya),
    "في لقاء معه على فضائية الحياة" (in an interview with him on al-Hayat TV), "لقاء تلفزيوني" (a TV
    interview): the leaders of what is said there ("أن أوباما سيتقبل مرسي") are not its sides."""
    if trigger_spec(h.group).get("tense"):
        return False
    end = art.word_end(h.end)
    words = [fold_term(w.strip("،,")) for w in art.text[end:min(art.sentences[i][1], end + 40)].split()[:3]]
    if words and words[0] in grammar_words("with_pronouns"):
        words = words[1:]
    if words and words[0] in grammar_words("medium_prepositions"):
        words = words[1:]
    media = grammar_words("news_media") | grammar_words("interview_media")
    return bool(words) and (words[0] in media or words[0][:1] in "لب" and words[0][1:] in media
                            or words[0].startswith("لل") and "ا" + words[0][1:] in media)


SUBJECT_CHARS = 30  # from a verb to its subject's name, past his title: "بحث الرئيس الفلسطيني محمود عباس"


def _past_subject(art: Article, i: int, end: int) -> int:
    """The end of the leader right after a meeting verb (its subject, after his title, no
    comma or "مع" between), else the verb's end: the "مع" (with) of "بحث الرئيس الفلسطيني
    محمود عباس، اليوم، مع السفير" (Abbas discussed today with the ambassador) follows him."""
    m = min((m for m in art.leaders.get(i, []) if m.start >= end), key=lambda m: m.start, default=None)
    if m is None or m.start - end > SUBJECT_CHARS:
        return end
    gap = art.folded_slice(end, m.start)
    if any(p in gap for p in "\u060c,.:\u061b") or {"مع", "ومع"} & set(gap.split()):
        return end
    return m.end


LIST_CHARS = 60  # from an official to a leader listed after him with "و" (and)


def _listed_with(gap: str) -> bool:
    """The text between two people lists the second with the first: a "و" (and) word, no comma."""
    return not any(p in gap for p in "،,.:؛") and any(w.startswith("\u0648") for w in gap.split())


def attached(art: Article, h: Hit, m: Any) -> bool:
    """The leader follows the meeting word closely (three words at most, his title not counted) or through a linking
    word: "بين" (between), "مع" (with), "جمعت" (brought together); with no other meeting word between them; or a gathering verb right before the meeting word, the verb first:
    "جمعت جلسة عمل اليوم بقصر قرطاج الرئيس ... بنظيره" (a working session brought together today ...)."""
    before = [w.strip("،,") for w in art.words_before(art.word_start(h.start), 1)]
    gather = trigger_words("meeting_links") & trigger_words("gather_links")
    if before and (before[0] in gather or (len(before[0]) > 2 and before[0][0] in CONJUNCTIONS and before[0][1:] in gather)):
        return True
    triggers = art.near("triggers", art.sent_of(h.start), 0, h.start)
    if any(not anaphoric(t, triggers + [h]) for t in art.near("triggers", art.sent_of(h.start), h.end, m.start - 1)):
        # "لقاءات مع الحكومة ... مع احتمال عقد قمة بين ترامب وكيم": the nearer meeting word has
        # him; not "the meeting" that only names this one again ("المحادثات ... الاجتماع بين")
        return False
    words = [w.strip("،,") for w in art.folded_slice(h.end, m.start).split()]
    words, links = words[:title_start(art, words, m)], trigger_words("meeting_links")  # his title is his: one unit
    return len(words) <= 3 or any(w in links or (len(w) > 2 and w[0] in CONJUNCTIONS and w[1:] in links) for w in words)


def slot_taken(art: Article, i: int, h: Hit, role: str, before: list) -> bool:
    """The person right after the trigger (its subject, "التقى دي ميستورا الأسد", or
    the visit noun's genitive, "زيارة الأمير محمد بن سلمان") is not a leader: the
    meeting is that official's, not the leaders'. For a receive verb the object slot
    counts too ("استقبل الملك ... وزير الخارجية ...")."""
    if h.suffix or role == "reception":
        return False  # "لقائه", "زيارته": the pronoun is the subject
    if trigger_spec(h.group).get("tense") and _official_right_after(art, i, h) and not slot_leaders(art, i, h):
        return True  # "التقى خلالها المسؤولين الإيرانيين" (met the Iranian officials during it), not "اجتمع برئيس البرلمان ورئيس الوزراء X"
    persons = distinct(sorted((m for m in art.persons.get(i, []) if m.start >= h.end), key=lambda m: m.start),
                        keep="first")
    if persons and not trigger_spec(h.group).get("tense") and 0 <= persons[0].start - art.word_end(h.end) <= 1 \
            and not is_leader(persons[0]):
        return True  # a noun's genitive owns it: "أكد ترامب زيارة مايك بومبيو إلى بيونغيانغ" (Pompeo's visit)
    if before and h.start - before[-1].end <= 40 and role != "receive":
        return False  # SVO: "الأسد يلتقي ..."
    if role == "arrive" and persons and _arrival_official(art, i, h, persons[0]):
        return True  # "وصل إلى مطار القاهرة أمس محمد العلمي، سفير المغرب الجديد، الذي عينه الملك"
    if not persons or persons[0].start - h.end > (80 if _office_first(art, i, h, persons[0]) else 40):
        return False
    first = persons[0]
    if not is_leader(first) or art.possessed(first, trigger_words("possessor_heads")):
        return True
    if role == "receive" and any(0 <= c.start - first.end <= 2 and not c.prefix for c in art.cues(i, "c:nonleader_slot")):
        return True  # the object right after the subject: "استضاف الرئيس البشير الخصمين" (hosted the two rivals)
    # the subject's name may follow its title, a mention of its own: "الرئيس الألماني فرانك والتر شتاينماير"
    end = max((m.end for m in art.persons.get(i, []) if pid(m) == pid(first) and 0 <= m.start - first.end <= 40), default=first.end)
    if role == "meet" and any(0 <= c.start - end <= 2 and not c.prefix and _apart(art, c, persons) for c in art.cues(i, "c:nonleader_slot")):
        return True  # "التقى الرئيس ... لاعبي المنتخب، بعد ... صور لهما مع الرئيس" (met the players, after photos with)
    if role == "receive" and len(persons) > 1 and persons[1].start - first.end <= 100:
        second = persons[1]
        return not is_leader(second) and not (before and h.start - before[-1].end <= 60) \
            and not _co_subject(art, first, second)
    return False


def _apart(art: Article, c: Hit, persons: list) -> bool:
    """The next leader after the non-leader object c stands past a comma or an "after" word, in another phrase:
    "التقى ماكرون وزير الخارجية ثم الملك سلمان" (met the minister, then King Salman) still met the king; with no
    leader after it the other side comes from elsewhere ("وسيلتقي بوتين المسؤولين ويزور دمشق", and visit Damascus)."""
    nxt = next((m for m in persons if m.start >= c.end and is_leader(m)), None)
    gap = art.folded_slice(c.end, nxt.start) if nxt is not None else ""
    return nxt is not None and (any(p in gap for p in "،,.:؛") or bool(set(gap.split()) & trigger_words("after_leads")))


def _co_subject(art: Article, first: Any, second: Any) -> bool:
    """The second person is joined to the first by "و" (and) on his own name or on the
    honorific before it: in "واستقبل أمير قطر والدكتور نبيل العربي رؤساء ..." (the emir of
    Qatar and Dr Nabil Elaraby received the presidents) the official is a co-host, not the
    one received; "وزير" (minister) begins with waw but is no "و" (and)."""
    words = art.folded_slice(first.end, art.word_end(second.start)).replace("\u060c", " ").split()
    if not words or words[0][:1] != "\u0648":
        return False
    if len(words) == 1:  # "ونبيل": the waw glued on the name, not its first letter ("وليد", Walid)
        return "\u0648" in art.text[art.word_start(second.start):second.start]
    honorifics = get_lexicon().honorifics
    return words[0][1:] in honorifics and all(w in honorifics for w in words[1:-1])


def _official_right_after(art: Article, i: int, h: Hit) -> bool:
    """A non-leader noun ("المسؤولين", "وزير", "وفد") right after a meeting verb, past one adverb
    ("خلالها", during it; "أمس"): the verb's subject or object is an official."""
    at = art.word_end(h.end)
    nxt = re.match(r"\s*(\S+)", art.text[at:min(art.sentences[i][1], at + 16)])
    if nxt and fold_term(nxt.group(1)) in grammar_words("verb_adverbs") | grammar_words("during_pronouns"):
        at += nxt.end()
    return any(0 <= c.start - at <= 2 for c in art.cues(i, "c:nonleader_slot") + art.cues(i, "c:official_nouns"))


def _office_first(art: Article, i: int, h: Hit, first: Any) -> bool:
    """An office noun opens the slot past a place and a time: "وصل القاهرة منذ قليل وزير الخارجية كيري"."""
    return any(h.end <= c.start and c.start - h.end <= 40 and c.end <= first.start
               for c in art.cues(i, "c:official_nouns") + art.cues(i, "c:nonleader_slot"))


ARRIVAL_SLOT_CHARS = 100  # an arrival verb's subject past its place and time: "وصل إلى مطار القاهرة الدولي مساء اليوم السبت، فلان، سفير"


def _arrival_official(art: Article, i: int, h: Hit, first: Any) -> bool:
    """An arrival verb with no subject before it whose slot holds an office noun (after a name the lexicon
    may not know) before any person it knows: "وصل إلى مطار القاهرة مساء اليوم محمد العلمي، سفير المغرب الجديد،
    الذي خلف السفير الذي عينه الملك" (the new ambassador arrived): the arrival is the official's, the king is
    named in his story. Not one who greets the traveller: "وصل إلى الرياض، وكان في استقباله وزير الخارجية، الرئيس"."""
    heads = trigger_words("group_title_heads")  # "رئيس وزراء بريطانيا ديفيد كاميرون": a leader's title, no official
    for c in art.cues(i, "c:official_nouns") + art.cues(i, "c:nonleader_slot"):
        if set(w.strip("،,") for w in art.words_before(art.word_start(c.start), 1)) & heads:
            continue
        if h.end <= c.start and c.start - h.end <= ARRIVAL_SLOT_CHARS and c.end <= first.start and not c.prefix \
                and not art.near("c:participant_cues", i, h.end, c.start) and not art.near("triggers", i, h.end, c.start):
            return art.genitive_leader(i, c) is None  # not a leader's title: "الوزير الأول الجزائري سلال"
    return False


UNKNOWN_SLOT_CHARS = 28  # a name after its head noun ("رئيس الوزراء الياباني شينزو آبي") starts within this
