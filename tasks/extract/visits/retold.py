"""Meetings a sentence tells as behind its news: a visit noun with "الأخيرة" (last) after it or after its adjectives,
or after its genitive leader, "مؤخرا" (lately) or "منذ شهرين" (two months ago) in its clause, a "كان ... قد" (had done)
clause, a visit noun (not one being made: making) the topic of a judging verb or a clause's "as for", the subject of a
past or judging predicate in a "that"-clause ("أن زيارة ... كانت", that the visit was; "«مرفوضة»", rejected), the genitive
of "نتائج" (the results of), of "تأييد" (support for) or of an anniversary, and a definite meeting noun "that was held" ("القمة التي انعقدت") with no day of its own;
an undated meeting in a "when" clause under a "that" ("إن العلاقات تحسنت عندما زار", relations improved when he
visited), in a background note ("يذكر أن", it is recalled that) or a visit noun after "كانت" (was).
timing.visit_kind reads them to make such a meeting an earlier one (referenced)."""
from __future__ import annotations

import re

from tasks.extract.tense import verb_tense
from tasks.extract.visits.article import Article
from tasks.extract.visits.clauses import coordinated_that_subject, subject_before_relative
from tasks.extract.visits.counted import counted, days_after
from tasks.extract.visits.making import judged_now, making_now
from tasks.extract.visits.since import months_ago
from tasks.extract.visits.triggers import compound_end, definite, trigger_spec
from ziyarat.arabic import SENTENCE_END_MARKS, WA, fold_term
from ziyarat.lexicon import grammar_words, trigger_words
from ziyarat.matching import Hit

LATELY_CHARS = 60  # from a visit word to the "مؤخرا" (lately) of its clause
RELATIVE_CHARS = 30  # from a meeting noun, past its adjectives, to "التي انعقدت" (that was held)
RELATIVE_DAY_CHARS = 30  # ... and on to a day of that relative clause ("بينهما اليوم")
PREDICATE_CHARS = 80  # from a visit noun, past its genitive and place, to its clause's predicate
COORDINATED_CHARS = 120  # from a visit noun back to the one it is coordinated with ("... وزيارة")
CLAUSE_CHARS = 40  # how far back a visit noun's clause is read for what governs it
TOPIC_CHARS = 80  # from a clause's "as for" ("وعن") to a visit noun coordinated with its topic
JUDGE_WORDS = 4  # a judging verb and its subject ("ووصف الرئيس الأسد زيارته") before the visit noun


def retold(art: Article, i: int, h: Hit) -> bool:
    """An undated meeting the sentence tells as behind it: a visit noun with "الأخيرة" /
    "الناجحة" as its adjective ("الزيارة الأخيرة لقنديل", Qandil's last visit; "الزيارة
    الناجحة التي قام بها", the successful visit he made), or "مؤخرا" (lately) in the
    trigger's clause after it ("الذي زار واشنطن مؤخرا", who visited Washington lately); a judged one not if being made."""
    if told_last(art, i, h):
        return True
    if (_talked_about(art, i, h) or _commented_on(art, i, h)) and not (making_now(art, h) or judged_now(art, i, h)) or _first_to_visit(art, i, h) \
            or months_ago(art, i, h, LATELY_CHARS) or _anniversary_of(art, i, h) or _held_relative(art, i, h) or _coordinated_with_retold(art, i, h) \
            or counted(art, h) or days_after(art, h) or _when_past(art, h) or background_note(art, i, h) \
            or _kana_topic(art, i, h):
        return True
    return told_lately(art, i, h)


def told_last(art: Article, i: int, h: Hit) -> bool:
    """A visit noun told as the last one made: "الأخيرة" (last) after it or its adjectives ("زيارته الأخيرة للعراق",
    his last visit to Iraq) or after its genitive leader ("زيارة مرسي الأخيرة إلى ألمانيا", Morsi's last visit)."""
    end = art.word_end(h.end)
    if not trigger_spec(h.group).get("tense") and any(_adjectives_only(art, end, c.start) for c in art.cues(i, "c:retrospective_after")):
        return True
    return _last_after_genitive(art, i, h)


def told_lately(art: Article, i: int, h: Hit) -> bool:
    """"مؤخرا" (lately) in the trigger's clause after it: "الذي زار واشنطن مؤخرا" (who visited Washington lately)."""
    return any(0 <= c.start - h.end <= LATELY_CHARS and not art.near("c:clause_breaks", i, h.end, c.start)
               and not art.near("triggers", i, compound_end(art, i, h), c.start) for c in art.cues(i, "c:lately"))


ADJECTIVES_BEFORE_LAST = 2  # "زيارته الرسمية التاريخية الأخيرة" (his last historic official visit)


def _adjectives_only(art: Article, end: int, start: int) -> bool:
    """Nothing but definite words (its adjectives) between a visit noun ending at end and a
    "الأخيرة" (last) at start: "خلال زيارته الرسمية الأخيرة لمصر" (during his last official
    visit to Egypt) is an earlier visit as "زيارته الأخيرة" is; not past a comma or a place
    ("زيارته لمصر", li-misr, is no adjective)."""
    if start < end:
        return False
    words = art.text[end:start].split()
    return len(words) <= ADJECTIVES_BEFORE_LAST and all(fold_term(w).startswith("ال") and w.isalpha() for w in words)


def _last_after_genitive(art: Article, i: int, h: Hit) -> bool:
    """"الأخيرة" (last) right after the visit noun's genitive leader: "زيارة الرئيس
    محمود أحمدي نجاد الأخيرة لمصر" (ziyarat al-ra'is ... al-akhira, the president's last
    visit to Egypt) is an earlier visit, as "الزيارة الأخيرة" is."""
    if trigger_spec(h.group).get("tense") or h.suffix:
        return False
    owner = art.genitive_leader(i, h)
    # "زيارة الرئيس الإيراني، نجاد، الأخيرة" (an appositive name between commas) as well
    return owner is not None and any(0 <= c.start - art.word_end(owner.end) <= 2
                                     and not art.text[art.word_end(owner.end):c.start].strip(" \u060c,")
                                     for c in art.cues(i, "c:retrospective_after"))


TALK_WORDS = 6  # "الحديث" (the talk) and a time between it and its "عن" (of): "الحديث مساء الثلاثاء الماضي عن"


def _talked_about(art: Article, i: int, h: Hit) -> bool:
    """A visit noun that is what the sentence talks about, not what it tells: the object of a
    judging verb in its clause ("ووصف الأسد زيارته إلى القاهرة بالتاريخية", wa-wasafa, described
    his visit to Cairo as historic), the object of "commenting on" ("تعليقا على زيارة") or the
    topic the sentence opens with ("وعن زيارة الأسد إلى مصر قال ...", wa-'an, as for al-Assad's
    visit to Egypt, he said). The visit is an earlier one;
    an article telling it as news says so in a sentence of its own (the merge keeps that one).
    Visit nouns only: a judged meeting noun ("وصف أردوغان قمة سوتشي بالناجحة", described the
    Sochi summit as successful) is left to the merge, which keeps it when the lead names it."""
    if h.group != "t:visit" or trigger_spec(h.group).get("tense"):
        return False
    s, _ = art.sentences[i]
    lead = art.word_start(h.start)
    words = re.split("[\u060c,:]", art.folded_slice(max(s, lead - 60), lead))[-1].split()
    clause = named_subject_folded(art, i, s, lead)[-JUDGE_WORDS:]
    judged = [k for k, w in enumerate(clause) if w in grammar_words("evaluation_verbs")]
    if judged and not set(clause[judged[-1]:]) & (trigger_words("complementizers") | grammar_words("during_words")):
        return True  # not "واعتبر المراقبون أن زيارة الأسد اليوم ..." (that the visit today ...), "وأشاد الأسد خلال زيارته" (during)
    if " ".join(art.words_before(lead, 2)) in grammar_words("comment_leads") | grammar_words("example_leads"):
        return True  # "تعليقا على زيارة الأسد" (commenting on al-Assad's visit), "كما حدث في زيارة" (as happened in)
    if words and words[-1] == "عن" and set(words[-TALK_WORDS:-1]) & grammar_words("talk_nouns"):
        return True  # "كان الحديث مساء الثلاثاء عن زيارة أوباما" (the talk on Tuesday evening was of Obama's visit)
    return _topic_of_clause(art, s, lead)


def _topic_of_clause(art: Article, s: int, lead: int) -> bool:
    """The clause of the visit noun opens "as for" (its own topic lead), at the sentence's start
    or past a comma: "وأشار إلى أن ...، وعن زيارة نجاد إلى مصر وزيارة مرسي لإيران قال" (and as
    for Najad's visit to Egypt and Morsi's visit to Iran, he said); a noun coordinated after the
    first ("وزيارة مرسي", and Morsi's visit) is the same topic, until the clause's speech verb."""
    opening = _clause_before(art, s, lead, TOPIC_CHARS)
    if not opening:
        return False
    if " ".join(opening) in grammar_words("topic_leads"):
        return True
    lead_words = next((n for n in (1, 2) if " ".join(opening[:n]) in grammar_words("topic_leads")), 0)
    if not lead_words or art.text[lead] != "و":
        return False
    speech = trigger_words("speech_verbs") | trigger_words("speech_participles")
    return not {w.removeprefix("و") for w in opening[lead_words:]} & speech


def _commented_on(art: Article, i: int, h: Hit) -> bool:
    """A visit noun the sentence comments on: the subject of a "that"-clause (or of its own
    clause) whose predicate is past, "أن زيارة رئيس الوزراء للقاهرة كانت الضوء الأخضر" (that
    the PM's visit to Cairo was the green light), "أن زيارة الأسد أسهمت في" (that al-Assad's
    visit contributed to); or the genitive of what came out of it, "نتائج زيارة" (the results
    of the visit). The visit is behind the news; one told as news is told so elsewhere too.
    Not "زيارته" (his visit) with a pronoun: the visitor's own word on it."""
    if h.group != "t:visit" or trigger_spec(h.group).get("tense") or h.suffix:
        # "أكد الأسد أن زيارته حققت نتائج" (al-Assad affirmed that his visit achieved results),
        # "عبر عن سعادته لنتائج زيارته" (voiced his joy at the results of his visit): a
        # visitor's word on his own visit closes it, as news
        return False
    (s, e), lead = art.sentences[i], art.word_start(h.start)
    before = art.words_before(lead, 1)
    if before and before[0] in grammar_words("visit_outcome_heads") | grammar_words("visit_stance_heads"):
        return True  # "استعرض المجلس نتائج زيارة ..." (the cabinet reviewed the results of the visit)
    clause = _clause_before(art, s, lead, CLAUSE_CHARS)
    if clause and clause[-1] not in trigger_words("complementizers") and not coordinated_that_subject(art, s, lead):
        return False  # "خلال زيارة الأسد كانت هناك" (during al-Assad's visit there were): not its subject
    end = art.word_end(h.end)
    prev, closing = "", -1
    tokens = list(re.finditer(r"\S+", art.text[end:min(e, end + PREDICATE_CHARS)]))
    for k, m in enumerate(tokens):
        w = fold_term(m.group().strip("\u060c,:;.«»\""))
        if w in grammar_words("visit_outcome_predicates"):
            # a present verdict ("تمثل", is) judges the visit as it is: not a comment on one behind the news,
            # unless the noun is set back ("زيارته السابقة للقاهرة تمثل", his previous visit to Cairo is)
            return prev not in grammar_words("outcome_predicate_stops") and not _tensed_between(art, i, end, end + m.start()) \
                and (w not in grammar_words("present_verdict_predicates") or _set_back(tokens[:k]))
        if closing < k:
            closing = _appositive(tokens, k) or closing  # skip "، رئيس الوزراء،" (, the prime minister,)
        if re.search("[\u060c,:;.]", m.group()) and k > closing and not (
                k + 1 < len(tokens) and fold_term(tokens[k + 1].group()) in grammar_words("predicate_resumers")):
            # the clause ends before a predicate; quotes do not end it ("زيارة «نجاد» لمصر تمثل"),
            # nor a comma "إنما" (innama, rather) resumes after: "زيارة نجاد لمصر خلال المؤتمر، إنما تمثل"
            return False
        prev = w
    return False


def _set_back(tokens: list[re.Match]) -> bool:
    """The words between a visit noun and its present verdict set it back: "السابقة" (previous), "الأخيرة"
    (last) (triggers.yaml previous_after, retrospective_after) or a year ("زيارة السيسي للمغرب عام 2014")."""
    marks = trigger_words("previous_after") | trigger_words("retrospective_after")
    words = [fold_term(t.group().strip("\u060c,:;.«»\"")) for t in tokens]
    return any(w in marks or re.fullmatch(r"\d{4}", w) for w in words)


APPOSITIVE_WORDS = 3  # "زيارة هشام قنديل، رئيس الوزراء، للعراق" (a title between commas)


def _appositive(tokens: list[re.Match], k: int) -> int:
    """The index of the comma that closes an appositive the comma ending token k opens, of at
    most three words with no verb (0 if none): "إن زيارة هشام قنديل، رئيس الوزراء، للعراق حققت"
    (that the visit of Hesham Qandil, the prime minister, to Iraq achieved); not "، التي بدأت
    اليوم،" (that began today)."""
    if not tokens[k].group().endswith(("\u060c", ",")):
        return 0
    for j in range(k + 1, min(len(tokens), k + 1 + APPOSITIVE_WORDS)):
        if verb_tense(tokens[j].group()) is not None or re.search("[:;.]", tokens[j].group()):
            return 0
        if tokens[j].group().endswith(("\u060c", ",")):
            return j
    return 0


def _anniversary_of(art: Article, i: int, h: Hit) -> bool:
    """A visit noun whose anniversary the sentence tells: "الذكرى الأولى لزيارة الأسد" (the
    first anniversary of al-Assad's visit), or that names a day in a sentence with no date of
    its own: "يوم زيارة قنديل للأردن" (yawm, on the day of Qandil's visit to Jordan) dates
    something else by an earlier visit; "أمس يوم زيارة" (yesterday, the day of the visit) is news. (A return from a visit, "عاد ... بعد زيارة", stays
    that visit's news: return_leg.returned_after.)"""
    if h.group != "t:visit" or trigger_spec(h.group).get("tense"):
        return False
    s, _ = art.sentences[i]
    lead = art.word_start(h.start)
    before = _clause_before(art, s, lead, CLAUSE_CHARS)
    if before and before[-1] in grammar_words("visit_day_heads") and not art.dates.get(i):
        return True  # "ما جرى يوم زيارة قنديل للأردن" (what happened on the day of Qandil's visit to Jordan)
    return bool(set(before[-3:]) & grammar_words("anniversary_words"))


def _held_relative(art: Article, i: int, h: Hit) -> bool:
    """A definite meeting noun whose relative clause says it was held: "في القمة التاريخية التي
    انعقدت بينهما" (at the historic summit that was held between them), "اللقاء الذي جرى"
    (the meeting that took place). With no day near (timing.visit_kind asks), it is a meeting
    behind the news; "التي عقدت اليوم" (held today) is dated and stays."""
    if trigger_spec(h.group).get("tense") or trigger_spec(h.group)["role"] not in ("meet", "visit") \
            or not definite(h) or h.suffix:
        return False
    _, e = art.sentences[i]
    end = art.word_end(h.end)
    words = art.folded_slice(end, min(e, end + RELATIVE_CHARS)).split()
    at = next((k for k, w in enumerate(words) if w in trigger_words("relative_pronouns")), None)
    if at is None or at == len(words) - 1 or words[at + 1] not in trigger_words("past_event_verbs") \
            or any(ch in " ".join(words[:at + 1]) for ch in "\u060c,:;."):
        return False
    # the relative clause's own day ("التي انعقدت بينهما اليوم") makes it the news
    return not any(end <= d.start <= end + RELATIVE_CHARS + RELATIVE_DAY_CHARS for d in art.dates.get(i, []))


def _coordinated_with_retold(art: Article, i: int, h: Hit) -> bool:
    """A visit noun joined by "و" (and) to the visit noun before it, which the sentence tells as
    behind it, shares its head: "تفعيل نتائج زيارة المقريف لمصر وزيارة زيدان لمصر" (acting on
    the results of Magariaf's visit to Egypt and Zeidan's visit to Egypt) retells both."""
    if h.group != "t:visit" or trigger_spec(h.group).get("tense") or art.text[art.word_start(h.start)] != "و":
        return False
    prev = [t for t in art.near("triggers", i, h.start - COORDINATED_CHARS, h.start - 1) if t.end <= h.start]
    if not prev or prev[-1].group != "t:visit" or trigger_spec(prev[-1].group).get("tense") \
            or re.search("(?<!\\s\u062f)[.;:]", art.text[prev[-1].end:h.start]):  # not "د." (Dr.)
        return False
    t = prev[-1]
    return _commented_on(art, i, t) or _anniversary_of(art, i, t) or _talked_about(art, i, t)


def _clause_before(art: Article, s: int, lead: int, chars: int) -> list[str]:
    """The folded words of lead's clause before it (past the last comma, colon or quote),
    at most chars back and not before the sentence's start s."""
    return re.split("[\u060c,:;«»\"]", art.folded_slice(max(s, lead - chars), lead))[-1].split()


def _tensed_between(art: Article, i: int, lo: int, hi: int) -> bool:
    """A visit or meeting verb between lo and hi (its own clause): nouns coordinated with
    the visit noun ("زيارة الأسد ولقاءه السيسي كانت", his visit and his meeting) are not."""
    return any(trigger_spec(t.group).get("tense") for t in art.near("triggers", i, lo, hi))


def _first_to_visit(art: Article, i: int, h: Hit) -> bool:
    """A present visit verb in the relative clause of "أول رئيس" (the first president): "وكان
    الأسد أول رئيس سوري يزور مصر" (the first Syrian president to visit Egypt) says who he is, not
    that he travels now; "وصل ... ليصبح أول رئيس يزور" keeps its arrival ("وصل") reported."""
    if trigger_spec(h.group).get("tense") != "future" or "س" in h.prefix or fold_term(h.term).startswith(("سي", "ست")):
        return False
    s, _ = art.sentences[i]
    words = art.folded_slice(max(s, art.word_start(h.start) - 40), art.word_start(h.start)).split()[-4:]
    nouns = grammar_words("first_of_kind_nouns")
    return any(w in grammar_words("first_of_kind") and (words[k + 1] in nouns or " ".join(words[k + 1:k + 3]) in nouns)
               for k, w in enumerate(words[:-1]))


KANA_SUBJECT_WORDS = 7  # "كان" (kana), a subject with its title, "قد" (qad)


def pluperfect_at(art: Article, i: int, h: Hit) -> bool:
    """The trigger is in a "كان ... قد <verb>" clause (kana ... qad, had done) that is
    split by its subject: "وكان الأسد قد زار موسكو والتقى بوتين" (al-Assad had visited
    Moscow and met Putin); the contiguous "كان قد" is a past_reference cue."""
    s, _ = art.sentences[i]
    # within the clause, over a long subject and the verb's objects: "وكان أوباما قد أعلن في وقت سابق خلال لقائه",
    # "وكان زعيم كوريا الشمالية كيم جونج أون قد عبر في بيان مشترك مع رئيس كوريا الجنوبية ... في قمتهما"
    clause = re.split("[\u060c,]", art.folded_slice(max(s, art.word_start(h.start) - 130), art.word_start(h.start)))[-1]
    if not trigger_spec(h.group).get("tense") and _kana_qad(clause.split()[-22:]):
        return True  # "وكان ترامب قد قال خلال اجتماعه مع بوتين" (Trump had said during his meeting)
    for t in art.by_sent.get(i, ()):
        if t.start > h.start:
            break
        if not (t.group.startswith("t:") and trigger_spec(t.group).get("tense")):
            continue
        # the subject may carry its title: "وكان حيدر العبادي رئيس وزراء العراق قد التقى" (Haider
        # al-Abadi, Iraq's prime minister, had met); within the clause
        clause = re.split("[\u060c,]", art.folded_slice(max(s, art.word_start(t.start) - 70), art.word_start(t.start)))[-1]
        words = [w.strip("،,") for w in clause.split()]
        if words and words[-1] == "قد" and (any(w in grammar_words("kana_forms") for w in words[-KANA_SUBJECT_WORDS - 1:-1])
                                            or subject_before_relative(art, i, art.word_start(t.start))):
            return True  # "وكان بوتين، الذي ...، قد التقى" (Putin, who ..., had met): the subject runs on
        if trigger_spec(t.group).get("tense") == "past" and (
                kana_subject(words[-SUBJECT_WORDS - 1:])  # a name counts as one word: "كان الرئيس أحمدي نجاد زار"
                or kana_subject(named_subject_folded(art, i, s, art.word_start(t.start))[-SUBJECT_WORDS - 1:])):
            return True
    return _continued_pluperfect(art, i)


def _continued_pluperfect(art: Article, i: int) -> bool:
    """Sentence i goes on, with "و" (and), a pluperfect sentence a line break cut with no stop
    mark (a crawled page's hard wrap, past a line with a number alone): "كان نجاد زار مصر ...
    لحضور قمة يومي" / "6" / "و7 فبراير واجتمع مع الرئيس مرسي" (and on the 7th met President
    Morsi) is in that "كان" (had) clause; only a line opening "و" and a number is such a cut."""
    if not re.match("\u0648\\s?\\d", art.text[art.sentences[i][0]:art.sentences[i][1]]):  # و and a number
        return False
    j = i - 1
    while j >= 0 and not re.search("[^\\W\\d_]{2}", art.text[art.sentences[j][0]:art.sentences[j][1]]):
        j -= 1  # a line with a number alone ("6")
    if j < 0 or art.text[art.sentences[j][0]:art.sentences[j][1]].rstrip()[-1:] in SENTENCE_END_MARKS:
        return False
    first = [t for t in art.by_sent.get(j, ()) if t.group.startswith("t:") and trigger_spec(t.group).get("tense")][:1]
    return bool(first) and pluperfect_at(art, j, first[0])


SUBJECT_WORDS = 3  # words of a subject between كان and its perfect: "وكان الرئيس السوداني البشير"


def kana_subject(words: list[str]) -> bool:
    """"كان" then only its subject before a perfect verb: "وكان البشير توجه إلى القاهرة"
    (al-Bashir had gone to Cairo), a pluperfect without قد; not past "أن" (that) or a
    relative pronoun ("كان لافتا أن أردوغان زار", "كانت القمة التي عقدت")."""
    at = max((k for k, w in enumerate(words) if w in grammar_words("kana_forms")), default=None)
    if at is None or at == len(words) - 1:
        return False
    between = words[at + 1:]
    stops = trigger_words("complementizers") | grammar_words("relative_pronouns")
    return not any(w in stops or verb_tense(w) is not None for w in between)


def _kana_qad(words: list[str]) -> bool:
    """"كان ... قد" split by a subject (a title and a name) among the words, no "after" word past it: "وكان ترامب قد قال خلال";
    not "وكان السيسي قد عاد ... بعد زيارة" (had come back after a visit: just ended), unless "قد" says (speech_verbs):
    "وكان بوتين قد أكد عقب لقائه" (had stated after his meeting) is as old."""
    words = [w.strip("،,") for w in words]
    return any(w == "قد" and any(k in grammar_words("kana_forms") for k in words[max(0, j - 8):j]) and (words[j + 1:j + 2] and words[j + 1] in trigger_words(
        "speech_verbs") or not any(x.removeprefix(WA) in trigger_words("after_leads") for x in words[j:])) for j, w in enumerate(words))


NAME_SKIP_CHARS = 60  # how far back a judging verb's subject name may reach before the visit noun


def named_subject_folded(art: Article, i: int, s: int, lead: int) -> list[str]:
    """The folded words of lead's clause before it, a person's name right before lead counted
    as one word: "وصف الرئيس الإيراني محمود أحمدي نجاد زيارته" (described the Iranian
    president Mahmoud Ahmadinejad his visit) reads as "وصف الرئيس الإيراني <name> زيارته", so the
    judging verb stays within its few words of the noun whatever the length of the name."""
    pos, named = lead, False
    while True:
        near = [m for m in art.near("persons", i, max(s, pos - NAME_SKIP_CHARS), pos) if m.end <= pos]
        last = near[-1] if near else None
        if last is None or art.text[last.end:pos].strip(" \u00ab\u00bb\"") or last.start >= pos:
            break
        pos, named = last.start, True
    words = re.split("[\u060c,:]", art.folded_slice(max(s, pos - 60), pos))[-1].split()
    return words + (["_name_"] if named else [])


def _when_past(art: Article, h: Hit) -> bool:
    """A past visit or meeting verb right after "عندما" / "حين" (when), or a visit noun after
    "when" and a past verb: "عندما زار الأسد القاهرة" (when al-Assad visited Cairo), "حين قام
    بزيارة" (when he made a visit) frame another event by an earlier visit; a day near the verb
    makes it the news (timing.visit_kind asks only when there is none)."""
    words = [w.strip("\u060c,") for w in art.words_before(art.word_start(h.start), 2)]
    if not words or h.prefix not in ("", "\u0648"):
        return False
    when = grammar_words("when_words")
    tense = trigger_spec(h.group).get("tense")
    if tense == "past" and not h.prefix:
        return words[-1] in when and not _dated_clause(art, h) and _framed_when(art, h)
    if tense == "past":
        # "عندما زار الأسد القاهرة والتقى السيسي" (when he visited Cairo and met Sisi): the
        # coordinated verb is in the same "when" clause
        i = art.sent_of(h.start)
        prev = [t for t in art.near("triggers", i, h.start - COORDINATED_CHARS, h.start - 1) if t.end <= h.start]
        if not prev or re.search("[\u060c,.;:]", art.text[prev[-1].end:h.start]):
            return False
        # ... with no day of the first verb's either ("عندما زار ... اليوم والتقى": today)
        return _when_past(art, prev[-1]) and not any(prev[-1].start - LATELY_CHARS <= d.start <= h.start
                                                     for d in art.dates.get(i, []))
    return not h.prefix and not tense and len(words) == 2 and words[0] in when and verb_tense(words[1]) == "past" \
        and _framed_when(art, h)


FRAME_CHARS = 80  # how far before a "when" its sentence's "that" or "كان" (was) may stand


def _framed_when(art: Article, h: Hit) -> bool:
    """The "when" clause hangs on a said or a background clause: a "that" ("إن العلاقات تحسنت
    عندما زار", that relations improved when he visited) or "كان" ("كان من المفترض حين زار", it
    was supposed when he visited) before it in the sentence; "وبحث السيسي الأزمة عندما قام
    بزيارة موسكو" (Sisi discussed the crisis when he made a visit to Moscow) tells the visit."""
    s = art.sentences[art.sent_of(h.start)][0]
    words = {w.strip("\u060c,") for w in art.folded_slice(max(s, h.start - FRAME_CHARS), art.word_start(h.start)).split()}
    return bool(words & (trigger_words("complementizers") | grammar_words("kana_forms")))


RECENT_DAYS = 2  # a day of the note's sentence this close before publication makes its meeting the news


def _dated_clause(art: Article, h: Hit) -> bool:
    """A date in the trigger's clause after it (up to its comma): "عندما وصل أردوغان إلى برلين
    الخميس، ..." (when Erdogan arrived in Berlin on Thursday) tells the arrival of the news."""
    i = art.sent_of(h.start)
    end = art.word_end(h.end)
    stop = re.search("[\u060c,.;:]", art.text[end:art.sentences[i][1]])
    hi = end + stop.start() if stop else art.sentences[i][1]
    return any(end <= d.start <= hi for d in art.dates.get(i, []))


def background_note(art: Article, i: int, h: Hit) -> bool:
    """A meeting told in a sentence that opens as a note on the background: "يذكر أن" (it is
    recalled that), "يشار إلى أن" (it is noted that), "تجدر الإشارة إلى أن" (it is worth noting
    that): with no day of its own (timing.visit_kind asks only then), no present verb and not
    said to be going on, it is an earlier meeting the note recalls; "يذكر أن ميركل حلت اليوم"
    (arrived today) is dated and stays the news."""
    s, _ = art.sentences[i]
    opening = " ".join(art.folded_slice(s, min(h.start, s + 40)).split()[:4])
    note = next((w for w in grammar_words("background_notes") if (opening + " ").startswith(w + " ")), None)
    if note is None:
        return False
    own = trigger_spec(h.group).get("tense")
    pub = art.published
    fresh = pub is not None and any(d.date is not None and 0 <= (pub - d.date).days <= RECENT_DAYS for d in art.dates.get(i, []))
    # the verb told after the note: "يشار إلى أن نجاد يقوم بزيارة" (is making a visit) is under way
    body = [m.end() for m in re.finditer(r"\S+", art.text[s:h.start])][len(note.split()) - 1:][:1]
    told = verb_tense(art.text[s + body[0]:art.word_end(h.start)]) if body else None
    return (not fresh and own != "future" and told != "future" and "\u0633" not in h.prefix and not _now_said(art, i, h)
            and not _lead_trip(art, i))


def _lead_trip(art: Article, i: int) -> bool:
    """The lead, dated on the publication day, names the note's leader and a foreign place of the
    note: "أعلن قنديل، اليوم الخميس، ... بالقرب من مطار جوبا" then "يذكر أن قنديل قد عقد خلال زيارته
    لجنوب السودان" (it is recalled that Qandil held, during his visit to South Sudan): that day's trip."""
    both = {m.entity_id for m in art.leaders.get(i, [])} & {m.entity_id for m in art.leaders.get(0, [])}
    pub, own = art.published, {m.country for m in art.leaders.get(i, []) if m.entity_id in both}
    if i == 0 or pub is None or not own or not any(d.date == pub for d in art.dates.get(0, [])):
        return False
    return bool(({m.country for m in art.places.get(0, [])} & {m.country for m in art.places.get(i, [])}) - own - {None})


def _now_said(art: Article, i: int, h: Hit) -> bool:
    """"حاليا" (now) or "الحالية" (current) within the trigger's clause after it or in the trigger itself ("متواجد
    الآن في", is now in: visits.presence's predicate), or its clause (making)."""
    end = art.word_end(h.end)
    words = [w.strip("\u060c,") for w in art.folded_slice(h.start, min(art.sentences[i][1], end + LATELY_CHARS)).split()]
    return bool(set(words) & (grammar_words("now_adverbs") | grammar_words("current_adjectives"))) or making_now(art, h)


def _kana_topic(art: Article, i: int, h: Hit) -> bool:
    """A visit noun that is the subject of "كانت" (was) right before it, with no "قد" (the
    pluperfect of a verb) in its clause and no date in the sentence: "وكانت زيارة الرئيس
    الإيراني هي الأولى لمصر منذ" (the Iranian president's visit was the first to Egypt since)
    says what the visit was, an earlier one."""
    if h.group != "t:visit" or trigger_spec(h.group).get("tense") or art.dates.get(i):
        return False
    before = [w.strip("\u060c,") for w in art.words_before(art.word_start(h.start), 1)]
    if not (before and before[0] in grammar_words("kana_forms")):
        return False
    end = art.word_end(h.end)
    clause = re.split("[\u060c,:;.]", art.folded_slice(end, min(art.sentences[i][1], end + PREDICATE_CHARS)))[0]
    return "قد" not in clause.split()
