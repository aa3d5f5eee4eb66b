"""The tense of the verb that governs a date or a visit word, from the words before it:
perfect (past), sa- / sawfa + imperfect (future), a bare imperfect (news present, read as
future). Verb lists are data (months.yaml: perfect_verbs, future_function_words, not_verbs), and no
word of a name in the lexicon is read as a verb."""
from __future__ import annotations

import datetime as dt
import re
from functools import cache

from ziyarat.arabic import fold, fold_term
from ziyarat.lexicon import ORG, PERSON, PLACE, get_lexicon, grammar_words, trigger_words

@cache
def _words(name: str) -> frozenset[str]:
    """A word list of months.yaml, folded, read on first use (not at import: the flow's
    own process imports the extract modules but never finds dates). perfect_verbs: past
    verbs common in news ("التقى" -> "التقي"); future_function_words: سوف "will", لن "will
    not", من المقرر "scheduled"; not_verbs: words that look like verbs by their first
    letter but are not (months, names, nouns)."""
    return frozenset(fold_term(w) for w in get_lexicon().months[name])


def verb_tense(before: str) -> str | None:
    """Tense of the verb governing a date, from the sentence text before it:
    "past" for a perfect verb (وصل "arrived", أجرى "held", قالت "she said"), "future"
    for سـ/سوف + imperfect (سيلتقي "will meet") or a bare imperfect (يستقبل "receives",
    used in news for what is about to happen), "past" for لم + imperfect ("لم تستضف", did
    not host), None when no verb is found."""
    return _governing(before)[0]


def future_marked(before: str) -> bool:
    """The verb governing a date is a future the text marks as one: sa- / sawfa + imperfect ("سيزور", will
    visit) or a future function word ("من المقرر", scheduled), not a bare imperfect (the news present)."""
    tense, _, _, word = _governing(before)
    return tense == "future" and (word[0] == "\u0633" or word in _words("future_function_words"))


def _governing(before: str) -> tuple[str | None, list[str], int, str]:
    """(tense, the folded words, the index of the governing verb, the verb as read) of verb_tense."""
    folded = fold(before)
    found = _last_words(folded, TENSE_WORDS)
    words = [m.group() for m in found]
    for k in range(len(words) - 1, -1, -1):
        for w in _strip_conj(words[k]):
            t = _classify(w) or _relative_perfect(words, k, w)
            if t == "future" and w[0] != "\u0633" and k > 0 and words[k - 1] in _JUSSIVE_PAST:
                return "past", words, k, w  # "لم تستضف" (lam tastadif, did not host): lam + imperfect is past
            if t == "future" and w[0] != "\u0633" and (_describes_noun(words, k) or _closed_relative(
                    words, k, folded[found[k].end():])):
                break  # "في أول زيارة يقوم بها" (on the first visit he makes): not the date's verb
            if t:
                return t, words, k, w
    return None, words, -1, ""


def opens_past(after: str) -> bool:
    """The text right after a date opens with a past predicate: لم/لما + imperfect ("لم يكن", was not) or a
    perfect verb as its first word; read by dates for a weekday no verb before it governs."""
    words = fold(after).split()[:2]
    if not words:
        return False
    if words[0] in _JUSSIVE_PAST:
        return len(words) == 2 and words[1][:1] in "\u064a\u062a\u0646\u0627"
    return any(_classify(w) == "past" for w in _strip_conj(words[0]))


def yesterday_present(before: str, weekday: int, published: dt.date | None) -> bool:
    """A weekday (0 = Monday) of the day before publication governed by a bare imperfect, the news present of a
    wire's lead written that day: "يقوم رئيس الوزراء البريطاني الخميس بزيارة مفاجئة إلى طرابلس" (makes a surprise
    visit to Tripoli on Thursday) published on Friday is the Thursday before, not next week's. Not a sa- future or
    سوف, nor an imperfect after a particle ("على أن يزور", "من المقرر أن يبدأ", "لن", "قد": grammar.yaml
    news_present_blockers), "عندما" (when) or a كان form; "الخميس المقبل" (next) says itself which. Nor a weekday
    after a preposition of a frame: "يزور بوتين القاهرة منذ الثلاثاء" (since Tuesday) is a stay's start."""
    if published is None or (published.weekday() - weekday) % 7 != 1:
        return False
    if fold(before).split()[-1:] in ([w] for w in grammar_words("frame_prepositions")):
        return False
    tense, words, k, w = _governing(before)
    blockers = grammar_words("news_present_blockers") | grammar_words("future_particles") | grammar_words(
        "when_words") | grammar_words("kana_forms") | _words("future_function_words")
    return tense == "future" and w[:1] in "\u064a\u062a" and (k == 0 or words[k - 1] not in blockers)


TENSE_WORDS = 14  # how far back the governing verb is looked for, in words that are no name's


def _last_words(folded: str, n: int) -> list[re.Match]:
    """The last words of a folded text, back to the n-th that lies in no name the lexicon finds there
    (a person, place or organisation): a subject's names ("الرئيس الصيني شي جين بينغ") do not push
    its verb out of reach."""
    found = list(re.finditer(r"\w+", folded))
    if len(found) <= n:
        return found
    spans = [(s, e) for s, e, _key, payloads in get_lexicon().match(folded)
             if any(p[0] in _NAME_KINDS for p in payloads)]
    count = 0
    for i in range(len(found) - 1, -1, -1):
        m = found[i]
        if not any(s <= m.start() and m.end() <= e for s, e in spans):
            count += 1
            if count == n:
                return found[i:]
    return found


_OBJECT_PRONOUNS = ("\u0647\u0645\u0627", "\u0647\u0627", "\u0647")  # هما ها ه: "him/her/them both" after a verb


def _relative_perfect(words: list[str], k: int, w: str) -> str | None:
    """"past" for a listed perfect with an object pronoun right after a relative pronoun: "زيارته التي
    بدأها الاثنين" (his visit, which he began on Monday), "المحادثات التي عقدها الأحد" (the talks he held on
    Sunday); the pronoun would otherwise read the verb as a noun. None otherwise."""
    prev = words[k - 1].removeprefix("\u0648") if k > 0 else ""
    if prev not in grammar_words("relative_pronouns"):
        return None
    stem = next((w[:-len(p)] for p in _OBJECT_PRONOUNS if w.endswith(p) and len(w) - len(p) >= 3), None)
    return "past" if stem is not None and stem in _words("perfect_verbs") else None


def _describes_noun(words: list[str], k: int) -> bool:
    """The imperfect words[k] opens a relative clause on the noun before it, its pronoun
    after it: "زيارة يقوم بها" (a visit he makes), "الجولة التي يقوم بها" (the tour he is
    making) describe the visit, they tell no tense of a date after them."""
    prev = words[k - 1] if k > 0 else ""
    nxt = words[k + 1] if k + 1 < len(words) else ""
    return nxt in _words("relative_clause_objects") and (
        prev in grammar_words("relative_pronouns") or (prev.endswith("\u0647") and prev not in trigger_words("pronoun_subject")))


def _closed_relative(words: list[str], k: int, rest: str) -> bool:
    """The imperfect words[k] opens a relative clause a comma closes before the date: in "قال
    عباس، الذي يزور موسكو، الخميس إن ..." (Abbas, who is visiting Moscow, said on Thursday that)
    the visit is under way and Thursday the saying's, told by the verb before."""
    prev = words[k - 1].removeprefix("\u0648") if k > 0 else ""
    return prev in grammar_words("relative_pronouns") and ("\u060c" in rest or "," in rest)


@cache
def _not_verbs() -> frozenset[str]:
    """Words that look like verbs by their first letters but are not: months.yaml not_verbs, and every
    word of a name of a person, place or organisation in the lexicon. Foreign names open as a sa- future
    ("سيلفا" Silva, "ستارمر" Starmer, "سيدني" Sydney) or an imperfect ("توسك" Tusk, "يونكر" Juncker,
    "يلدريم"), and Arabic ones as a perfect ("أشرف" Ashraf); read as verbs, they gave the date after them
    a tense of their own ("محادثات مع لولا دا سيلفا في بكين الثلاثاء": next Tuesday). A real verb that is
    also a name ("كان" Kan, "صدر" Sadr) is in perfect_verbs, which is asked first."""
    return _words("not_verbs") | _name_words()


@cache
def _name_words() -> frozenset[str]:
    """Every word of every spelling of a person, place or organisation in the lexicon, folded."""
    return frozenset(w for key, (_k, payloads, _plain) in get_lexicon().automaton.items()
                     if any(p[0] in _NAME_KINDS for p in payloads) for w in key.split())


_NAME_KINDS = frozenset({PERSON, PLACE, ORG})
_JUSSIVE_PAST = frozenset({"\u0644\u0645", "\u0648\u0644\u0645", "\u0641\u0644\u0645", "\u0644\u0645\u0627"})  # لم ولم فلم لما


def _strip_conj(w: str) -> tuple[str, ...]:
    # a listed non-verb stays whole: "فرانسوا" (François) is no fa- + "رانسوا"
    if len(w) > 3 and w[0] in "\u0648\u0641" and w not in _not_verbs():  # و ف "and/so"
        return (w, w[1:])
    return (w,)


def _classify(w: str) -> str | None:
    if w in _words("perfect_verbs"):
        return "past"
    if w in _words("future_function_words"):
        return "future"
    if w in _not_verbs() or w.isdigit() or len(w) < 4 or w.startswith("\u0627\u0644"):
        return None
    noun_end = w.endswith(("\u0647", "\u0627\u062a", "\u064a\u0647"))  # ـه ـات ـيه: nouns
    # سـ + imperfect: سيلتقي "will meet", ستبدأ "will start"
    if w[0] == "\u0633" and w[1] in "\u064a\u062a\u0646" and len(w) >= 5 and not noun_end:
        return "future"
    # imperfect: يستقبل "receives", تبحث "discusses"; form-II/VI nouns (تقرير, تعاون) excluded
    if w[0] in "\u064a\u062a" and not noun_end:
        if w[0] == "\u062a" and (w[2] == "\u0627" or (len(w) >= 5 and w[3] == "\u064a")):
            return None
        if w.endswith("\u0648\u0627"):  # تبادلوا: perfect plural
            return "past"
        if w[0] == "\u062a" and len(w) == 5 and w.endswith("\u062a"):  # تمسكت (tamassakat, she held on): form-V perfect
            return "past"
        return "future"
    # perfect endings: قالت "she said", قالوا "they said"
    if w.endswith("\u0648\u0627") or (w.endswith("\u062a") and not w.endswith(("\u0627\u062a", "\u0648\u062a")) and len(w) <= 6):
        return "past"
    # أفعل / افتعل / استفعل perfects: اعلن, اجتمع, استقبل (no long ا inside, unlike اجتماع)
    if w[0] == "\u0627" and 4 <= len(w) <= 6 and "\u0627" not in w[2:] and not noun_end:
        return "past"
    return None


KANA_WORDS = 4  # from a كان form over its subject ("كان الرئيس محمد مرسي يلتقي") to the imperfect


def imperfect_told_past(before: str) -> bool:
    """An imperfect verb that tells the past, from the sentence text before it: after a كان
    form, its subject between ("بينما كان مرسي يلتقي ميركل", while Morsi was meeting Merkel),
    not past "أن" (that) or a comma ("كان من المقرر أن يلتقي", he was scheduled to meet, is
    a plan); or after "قبل أن" (before) in a past clause ("وقام بجولة في طرابلس قبل أن يلتقي
    نظيره", he toured Tripoli before he met his counterpart)."""
    words = re.split(r"[\u060c,.:]", fold(before))[-1].split()
    last = words[-KANA_WORDS:]
    at = max((k for k, w in enumerate(last) if w in grammar_words("kana_forms")), default=None)
    if at is not None and not set(last[at + 1:]) & grammar_words("subjunctive_particles"):
        return True
    return len(words) > 2 and words[-2] in grammar_words("narrative_before_an") \
        and words[-1] in grammar_words("subjunctive_particles") and verb_tense(" ".join(words[:-2])) == "past"


OUTCOME_WORDS = 5  # how far before a weekday a noun of a visit's outcome may stand


def outcome_told(before: str) -> bool:
    """A weekday a few words past a noun or a clause of what came out of a visit (grammar visit_outcome_heads,
    visit_outcome_clauses), no verb between, dates a visit already held, whatever verb governs the sentence: "ألا يرضى
    الرئيس عن نتائج زيارته لباريس يوم الخميس" (that the president will not be pleased with the results
    of his visit to Paris on Thursday) is the Thursday before; so with "ما تمخضت عنه زيارته" (what his visit yielded)."""
    words = [w.strip("\u060c,.:\"") for w in fold(before).split()[-OUTCOME_WORDS - CLAUSE_LEAD:]]
    at = outcome_end(words)  # (a clause may begin before the last words: "ما تمخضت عنه زيارته لباريس يوم")
    return at is not None and at >= len(words) - OUTCOME_WORDS and verb_tense(" ".join(words[at + 1:])) is None


CLAUSE_LEAD = 2  # the words of an outcome clause before its last: "ما تمخضت" of "ما تمخضت عنه"


def outcome_end(words: list[str]) -> int | None:
    """The index of the last word of the last outcome noun ("نتائج", results) or outcome clause ("ما أسفرت عنه",
    what it resulted in; "عما" too: grammar what_forms) among folded words, or None."""
    clauses, what = [c.split() for c in grammar_words("visit_outcome_clauses")], grammar_words("what_forms")
    ends = [k for k, w in enumerate(words) if w in grammar_words("visit_outcome_heads")]
    ends += [k + len(c) - 1 for c in clauses for k in range(len(words) - len(c) + 1)
             if words[k + 1:k + len(c)] == c[1:] and (words[k] == c[0] or c[0] in what and words[k] in what)]
    return max(ends, default=None)


__all__ = ["imperfect_told_past", "opens_past", "outcome_end", "outcome_told", "verb_tense", "yesterday_present"]


def sa_future(word: str) -> bool:
    """A sa- imperfect ("ستمنح", will give; "سينتشرون", will spread) or سوف."""
    w = word.strip("،,.:\"")
    return (w[:1] == "س" or w[:2] in ("وس", "فس")) and verb_tense(w) == "future" or w in grammar_words("future_particles")
