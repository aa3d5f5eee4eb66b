"""Which clause a date or a cue belongs to, when it stands after the meeting word: a
since-clause ("منذ بدأت العلاقات ... عام 1957") dates something else (since.py), a meeting noun's
past relative clause ("قمته ... التي انعقدت في سنغافورة في يونيو") dates the meeting
however far, and "عشية" (on the eve of) after a meeting times it before another event;
a day right after "الصادرة" (issued) or "عددها الصادر" (its issue out) dates a newspaper, not a meeting;
a day before "بمناسبة زيارة" (on the occasion of the visit) dates the event held for it; a year
after "انتخابات" (elections) or "الموقع" (signed) dates another event."""
from __future__ import annotations

import re
from functools import cache
from typing import Any

from tasks.extract.calendar import calendar_words
from tasks.extract.tense import verb_tense
from tasks.extract.visits.antecedent import relative_after
from tasks.extract.visits.article import Article
from tasks.extract.visits.triggers import trigger_spec
from ziyarat.arabic import PROCLITIC_LETTERS, fold_term, nisba, resolve_weekday
from ziyarat.lexicon import get_lexicon, grammar_words, trigger_words, triggers_lexicon
from ziyarat.matching import Hit


RELATIVE_CLAUSE_CHARS = 150  # from a meeting noun to the date of its past relative clause


def in_relative_clause(art: Article, i: int, h: Hit, d: Any) -> bool:
    """The date is in the past relative clause of the meeting noun, however far: "قمته
    التاريخية مع الرئيس الأمريكي دونالد ترامب التي انعقدت في سنغافورة في يونيو" (his historic
    summit with President Trump, which was held in Singapore in June) dates that summit.
    No comma and no other meeting word between."""
    if trigger_spec(h.group).get("tense") or not 0 <= d.start - h.end <= RELATIVE_CLAUSE_CHARS:
        return False
    end = art.word_end(h.end)
    own = _own_comma(art, end)  # "في القمة، التي عقدت في ..." (at the summit, which was held in ...): its own clause
    words = art.folded_slice(own, d.start).split()
    if any(p in art.text[own:d.start] for p in "،,") or art.near("triggers", i, end, d.start):
        return False
    return any(w in grammar_words("relative_pronouns") and verb_tense(nxt) == "past"
               for w, nxt in zip(words, words[1:]))


PAST_DATE_AFTER_CHARS = 50  # from a meeting noun to its own date: "لقائهما في دافوس في شهر يناير الماضي"


def past_date_after(art: Article, i: int, h: Hit) -> bool:
    """A date told as gone ("يناير الماضي", last January; "الشهر الماضي") stands right after the meeting
    word, in its phrase: "خلال لقائهما في دافوس في شهر يناير الماضي" (during their meeting in Davos
    last January) was held then, whatever plan the sentence tells elsewhere ("من المقرر افتتاح
    الطريق", the road is due to open): not a plan, and its date is not a statement's. No comma or
    past verb between (_verb_or_comma)."""
    past = calendar_words().past_words
    for d in art.dates.get(i, []):
        if d.date is None or not 0 <= d.start - h.end <= PAST_DATE_AFTER_CHARS \
                or art.near("triggers", i, art.word_end(h.end), d.start) or _verb_or_comma(art, art.word_end(h.end), d.start):
            continue
        nxt = [w.strip("\u060c,.:;") for w in art.folded_slice(d.end, min(art.sentences[i][1], d.end + 20)).split()[:1]]
        if set(nxt) & past or set(art.folded_slice(d.start, d.end).split()) & past:
            return True
    return False


def _verb_or_comma(art: Article, lo: int, hi: int) -> bool:
    """A comma or a past verb between: "اللقاء بين الزعيمين بعدما انسحب ترمب، الثلاثاء الماضي" (the
    meeting between the two leaders after Trump withdrew, last Tuesday) dates the withdrawal."""
    gap = art.text[lo:hi]
    return any(p in gap for p in "\u060c,") or any(verb_tense(w) == "past" for w in art.folded_slice(lo, hi).split())


PERSONS_CLAUSE_CHARS = 40  # the relative to the date in it: "الذي زار ميونيخ يومي الثلاثاء"


def persons_past_relative(art: Article, i: int, h: Hit, d: Any) -> bool:
    """The date follows the meeting word inside the past relative clause of a person named after
    it, near, with no comma and no other person closing the clause first: in "من المقرر أن يلتقي نابوليتانو الذي زار ميونيخ
    يومي الثلاثاء والأربعاء مع ميركل غدا الخميس" (Napolitano, who visited Munich on Tuesday and
    Wednesday, is due to meet Merkel tomorrow, Thursday) the Tuesday is the earlier trip's.
    timing reads it for a meeting told ahead only: a past meeting's guest "الذي وصل أمس" (who
    arrived yesterday) is dated by his arrival. The clause: relative_after, wa=False ("والذي" opens none)."""
    if d.start < h.end:
        return False
    between = [m for m in art.persons.get(i, []) if h.end <= m.end <= d.start]
    if not between:
        return False
    m = between[-1]  # the person nearest before the date: "مع ميركل ... غدا" closes Napolitano's clause
    clause = relative_after(art, m.end, d.start, wa=False)
    if clause is None:
        return False
    at, words = clause
    return d.start - at <= PERSONS_CLAUSE_CHARS and len(words) >= 2 and verb_tense(words[1]) == "past" \
        and not any(p in art.text[at:d.start] for p in "\u060c,")


@cache
def comma_relative() -> re.Pattern:
    """A comma, "و" maybe, and a relative pronoun (folded text): the opening of a relative clause set off by
    a comma ("، والذي بلغ", "، التي أطلقت")."""
    return re.compile(r"[\u060c,]\s*\u0648?(" + "|".join(sorted(grammar_words("relative_pronouns"))) + r")\s")


def _own_comma(art: Article, end: int) -> int:
    """Past the comma right after a meeting noun ending at end, when a relative pronoun follows it: the relative
    clause is the noun's own ("القمة، التي عقدت", the summit, which was held); else end."""
    m = re.match(r"\s*[\u060c,]\s*\u0648?(\S+)", art.text[end:end + 20])
    return end + m.end(0) - len(m.group(1)) if m and fold_term(m.group(1)) in grammar_words("relative_pronouns") else end


def after_comma_relative(art: Article, h: Hit, d: Any) -> bool:
    """The date follows the trigger past a comma and a relative pronoun: the clause is about
    the noun before it, not the meeting: "خلال محادثاته مع سينج على أهمية تعزيز حجم التبادل
    التجاري، والذي بلغ خلال العام الماضي ..." (during his talks with Singh on raising trade,
    which reached last year ...) dates the trade. Not a leader's clause: "التقى بوتين
    أردوغان، الذي وصل أمس" (met Erdogan, who arrived yesterday) dates the visit."""
    if d.start < h.end:
        return False
    m = comma_relative().search(art.folded_slice(h.end, d.start))
    if m is None:
        return False
    comma = h.end + m.start()  # (the folded slice keeps its offsets in undiacritised text)
    if _own_comma(art, art.word_end(h.end)) > art.word_end(h.end) and comma <= art.word_end(h.end) + 1:
        return False  # the meeting noun's own relative clause: "القمة، التي عقدت في 12 يونيو" dates the summit
    if _begins_the_visit(art, h, comma, art.folded_slice(comma + 1, d.start).split()):
        return False
    return not any(0 <= comma - p.end <= LEADER_COMMA_CHARS for p in art.leaders.get(art.sent_of(h.start), []))


def enclosed_relative(art: Article, h: Hit, d: Any) -> bool:
    """The date, before the trigger, is inside a relative clause set off by commas about another
    noun: "نتائج العملية الشاملة، التي تم إطلاقها في فبراير الماضي، وذلك خلال مباحثاته مع نظيره"
    (the results of the operation, which was launched last February, during his talks with his
    counterpart) dates the operation. Not a leader's clause ("أردوغان، الذي وصل أمس، التقى بوتين",
    Erdogan, who arrived yesterday, met Putin: his arrival) nor a meeting word's ("وخلال زيارته،
    التي بدأت أمس، التقى", during his visit, which began yesterday, he met)."""
    if d.end > h.start:
        return False
    i = art.sent_of(h.start)
    lo = max(art.sentences[i][0], d.start - ENCLOSED_CLAUSE_CHARS)
    opened = list(comma_relative().finditer(art.folded_slice(lo, d.start)))
    if not opened or not re.search(r"[\u060c,]", art.folded_slice(d.end, h.start)):
        return False  # no relative clause opened before the date, or it does not close before the trigger
    comma = lo + opened[-1].start()
    if re.search(r"[\u060c,]", art.folded_slice(comma + 1, d.start)):
        return False
    if art.near("triggers", i, comma - ANTECEDENT_CHARS, d.start):
        return False  # the clause is about a meeting word: its date is that meeting's
    return not any(0 <= comma - p.end <= LEADER_COMMA_CHARS for p in art.leaders.get(i, []))


ENCLOSED_CLAUSE_CHARS = 60  # from a comma and its relative pronoun to the date inside the clause
ANTECEDENT_CHARS = 25  # the noun a relative clause is about stands this close before its comma


def _begins_the_visit(art: Article, h: Hit, comma: int, clause: list[str]) -> bool:
    """The relative clause after a visit noun's first comma begins the visit: "زيارته الرسمية
    للمملكة المغربية، والتي تبدأ صباح اليوم" (his official visit to Morocco, which begins this
    morning). With no other meeting word before the comma: "زيارة لمصر، يشارك خلالها في القمة،
    التي تبدأ الأربعاء" (taking part in the summit, which begins on Wednesday) dates the summit; nor a
    summit's name, taken off the meeting words (summits.Summits.unbind_names): "وصل ... للمشاركة في القمة
    الإسلامية، التي تبدأ أعمالها غدا" (arrived to take part in the Islamic summit, which starts
    tomorrow) arrived today, the summit starts tomorrow."""
    if trigger_spec(h.group)["role"] not in ("visit", "arrive") or len(clause) < 2:
        return False
    i = art.sent_of(h.start)
    if any(p in art.text[h.end:comma] for p in "\u060c,") or art.near("triggers", i, h.end, comma) \
            or any(h.end <= t.start and t.end <= comma for t in art.hits if t.group.startswith("t:")):  # (all hits: unbound too)
        return False
    return clause[1] in grammar_words("start_verbs") | grammar_words("began_verbs")


LEADER_COMMA_CHARS = 4  # from a leader's name to the comma of his relative clause


AHEAD_RELATIVE_WORDS = 6  # over a summit's name to its clause: "قمة منظمة التعاون الإسلامي في دورتها الـ12 التي"


def ahead_relative(art: Article, i: int, t: Hit) -> bool:
    """The meeting noun t (no verb) has a relative clause told in the present, a few words on,
    no comma and no leader between: "للمشاركة بالقمة الإسلامية التي تعقد غدا الأربعاء" (to take
    part in the Islamic summit, which is held tomorrow, Wednesday) is a summit ahead, and the day
    of its clause is the summit's, not that of the reception or arrival told before it."""
    if trigger_spec(t.group).get("tense"):
        return False
    end = art.word_end(t.end)
    words = art.folded_slice(end, art.sentences[i][1]).split()[:AHEAD_RELATIVE_WORDS + 1]
    for k, w in enumerate(words[:AHEAD_RELATIVE_WORDS]):
        if w.removeprefix("\u0648") in grammar_words("relative_pronouns"):
            pos = end + len(" ".join(words[:k]))
            return k + 1 < len(words) and verb_tense(words[k + 1].strip("\u060c,.")) == "future" \
                and not art.near("leaders", i, end, pos)
        if w[-1:] in "\u060c,.:":
            return False
    return False


def named_ahead(art: Article, d: Any) -> bool:
    """A weekday that says itself it is ahead, "الخميس المقبل" (next Thursday), after publication: not the
    day of a meeting told in the past ("التقى ... للتحضير لمؤتمر الخميس المقبل", met to prepare next
    Thursday's conference), which a past verb would otherwise move back a week."""
    return getattr(d, "said", None) == "future" and art.published is not None and d.date is not None and d.date > art.published


AHEAD_CLAUSE_CHARS = 100  # from a relative pronoun told in the present to a date in its clause
FRAME_BACK_CHARS = 25  # past the trigger to a frame pointing back ("التقى الرئيسين على هامشها")


def ahead_relatives_day(art: Article, i: int, h: Hit, d: Any) -> bool:
    """The date, before the trigger and a comma, is in a relative clause told in the present about a
    noun that is neither a leader nor a meeting word: in "للمشاركة في القمة الإسلامية التي تعقد يومي
    الأربعاء والخميس المقبلين، وكان في استقباله مرسي" (to take part in the Islamic summit, held on
    Wednesday and Thursday, and Morsi received him) the days are the summit's, not the reception's.
    "خلال زيارته التي تبدأ اليوم، التقى" (during his visit, which begins today, he met) keeps its day."""
    if d.end > h.start or h.start - d.end > 3 * AHEAD_CLAUSE_CHARS or not re.search(r"[\u060c,]", art.folded_slice(d.end, h.start)):
        return False  # (a day that far is left to the other rules: no slice over a long sentence)
    after = art.folded_slice(d.end, min(art.sentences[i][1], art.word_end(h.end) + FRAME_BACK_CHARS)).split()
    if any(w.strip("\u060c,.").removeprefix("\u0648") in grammar_words("frames_back") for w in after):
        return False  # "والتقى على هامشها" (met on its sidelines): the meeting is in that event, on its day
    lo = max(art.sentences[i][0], d.start - AHEAD_CLAUSE_CHARS)
    clause = art.folded_slice(lo, d.start)
    opened = [m for m in _present_relative().finditer(clause) if not re.search(r"[\u060c,.]", clause[m.start():])]
    if not opened or verb_tense(opened[-1]["verb"]) != "future":
        return False
    at = lo + opened[-1].start()
    return not art.near("triggers", i, at - ANTECEDENT_CHARS, at) and \
        not any(0 <= at - p.end <= LEADER_COMMA_CHARS for p in art.leaders.get(i, []))


@cache
def _present_relative() -> re.Pattern:
    """A relative pronoun ("التي", "الذي", "والتي" ...) and the word after it (folded text)."""
    return re.compile(r"(?<!\w)\u0648?(?:" + "|".join(sorted(grammar_words("relative_pronouns"))) + r")\s+(?P<verb>\w+)")


EVE_OBJECT_CHARS = 12  # from "عشية" (on the eve of) to a meeting word it governs


def eve_of_another(art: Article, i: int, c: Hit) -> bool:
    """An eve cue after the trigger governing no meeting word: "يلتقي الحريري بوتين
    الأربعاء، عشية مشاركته في الافتتاح" (meets Putin on Wednesday, on the eve of his taking
    part in the opening) times the meeting before another event; "المحادثات ... تتقدم،
    عشية القمة بين ترامب وكيم" (talks advance on the eve of the summit) still plans the summit."""
    return fold_term(c.term) in trigger_words("eve_cues") and \
        not art.near("triggers", i, c.end, c.end + EVE_OBJECT_CHARS)


ATTRIBUTION_WORDS = 3  # from "وفقا لما" (according to what) over its verb and subject to the day


def issue_day(art: Article, d: Any) -> bool:
    """The date names a newspaper's issue or a report: "أبرزت الصحف المصرية الصادرة الخميس
    مباحثات مرسي مع ميركل" (the Egyptian papers issued on Thursday highlighted Morsi's talks
    with Merkel) is a press review published that day, the talks the day before or undated;
    "وفقا لما أوردته اليوم وسائل الإعلام" (according to what the media reported today) dates
    the reporting; so does "مقال أوردته صحيفة ...، الأربعاء" (an article a paper ran on Wednesday)."""
    words = [w.strip("،,") for w in art.words_before(d.start, 3)]
    words = [w for w in words if w]
    if words and words[-1] in grammar_words("issue_fillers"):
        words = words[:-1]
    if words and words[-1] in grammar_words("issue_words"):
        return True
    clause = re.split(r"[،,.:؛]", art.folded_slice(max(0, d.start - 60), d.start))[-1]
    if any(f" {lead} " in f" {clause} " and len(clause.split(lead)[-1].split()) <= ATTRIBUTION_WORDS
           for lead in grammar_words("attribution_leads")):
        return True
    # "كما أعلن المكتب «يوروستات»، أمس": its subject may hold quotes and a comma, not a full stop
    said = " " + re.sub(r"[،,«»\"]", " ", re.split(r"[.:؛]", art.folded_slice(max(0, d.start - 80), d.start))[-1]) + " "
    return any(f" {lead} " in said and len(said.split(f" {lead} ")[-1].split()) <= AS_ANNOUNCED_WORDS
               for lead in grammar_words("as_announced_leads") | grammar_words("published_piece_leads"))


AS_ANNOUNCED_WORDS = 5  # from "كما أعلن" (as announced) over its subject to the day


OTHER_EVENT_WORDS = 3  # "الموقع مع إيران عام 2015" (signed with Iran in 2015): a participle within this many words


def another_events_day(art: Article, d: Any) -> bool:
    """The date names another event, right after its noun: "تدخلت في انتخابات عام 2016" (meddled
    in the 2016 election), "الاتفاق النووي الموقع عام 2015" (the nuclear deal signed in 2015),
    "حتى عام 2040" (until 2040, a target): no meeting of the sentence is on it."""
    cal = calendar_words()
    clause = re.split(r"[،,.:؛]", art.folded_slice(max(0, d.start - 40), d.start))[-1].split()
    words = [w for w in clause if w not in cal.year_words and w not in grammar_words("locatives")][-OTHER_EVENT_WORDS:]
    heads = grammar_words("other_event_heads") | cal.event_heads  # a year after بحلول/حتى (by/until) is a target:
    if d.precision == "year":  # "بحلول مايو" (by May) may still be a planned meeting's month
        heads = heads | {fold_term(w) for w in get_lexicon().months.get("target_words") or ()}
    if len(words) >= 2 and nisba(words[-1]):  # "الانتخابات الرئاسية عام 2016": the head before its adjective
        words = words[:-1]
    return bool(words) and (words[-1] in heads or words[-1][:1] in PROCLITIC_LETTERS and words[-1][1:] in heads
                            or any(w in grammar_words("signed_participles") for w in words))


def occasion_day(art: Article, h: Hit, d: Any) -> bool:
    """The date stands before an occasion word that opens the meeting word's phrase, with no
    comma between: "مؤتمر صحفي أمس بمناسبة زيارة الرئيس لألمانيا ولقائه ميركل" (a press
    conference yesterday on the occasion of the president's visit to Germany and his meeting
    with Merkel, bi-munasabat) dates the press conference; the visit may still lie ahead."""
    if d.end > h.start:
        return False
    between = art.folded_slice(d.end, art.word_start(h.start))
    return not re.search(r"[،,.:؛]", between) and bool(set(between.split()) & grammar_words("occasion_words"))


def joined_clause_between(art: Article, lo: int, hi: int, breaks: bool = False) -> bool:
    """A comma, then a past verb with "و" (and), stands in text[lo:hi]: what follows is
    another clause, and a leader named there is not bound by a trip word before it. In
    "وطمأن أوباما خلال زيارته حلفاءه، وأرسل تهديدات ...، وجدد دعوته للرئيس السوري بشار
    الأسد إلى الرحيل" (reassured his allies during his visit, and sent threats ..., and
    renewed his call on the Syrian president to leave) al-Assad is no host. With `breaks`, so does a
    subordinator (triggers.yaml clause_breaks) other than the "حيث" (where) of where_after_arrival, followed
    by a trip word of its own before hi: in "واستمرت زيارة ماكرون ثلاثة أيام، بينما استغرقت زيارة ميركل ساعات"
    (Macron's visit lasted three days, while Merkel's took hours) Merkel, on a trip of hers, is not Macron's
    host; in "وتأتي زيارة ميركل فيما يبحث ترامب الانسحاب" (comes while Trump weighs withdrawing) Trump is hers."""
    i, where = art.sent_of(lo), trigger_words("where_after_arrival")
    if breaks and any(lo <= c.start < hi and fold_term(c.term) not in where and any(
            trigger_spec(t.group)["role"] in ("arrive", "visit") for t in art.near("triggers", i, c.end, hi))
            for c in art.cues(i, "c:clause_breaks")):
        return True
    return any(verb_tense(m.group(1)) == "past" for m in re.finditer(r"[\u060c,]\s*(\u0648\w+)", art.text[lo:hi]))


RELATIVE_SUBJECT_CHARS = 200  # from a subject's name to "قد" (qad): a relative clause or an apposition


def subject_before_relative(art: Article, i: int, lead: int) -> bool:
    """"وكان X، الذي ...، قد <verb>" (wa-kana X, alladhi ..., qad: X, who ..., had): the verb at
    lead follows "قد" whose subject, named right after "كان" (past his title), runs on with a
    relative clause or an apposition between commas, however long, before "قد"."""
    s = art.sentences[i][0]
    q = lead
    while q > s and art.text[q - 1].isspace():
        q -= 1
    q = art.word_start(q)  # the start of "قد"
    kana, rel = grammar_words("kana_forms"), grammar_words("relative_pronouns")
    stops = trigger_words("complementizers") | rel
    for m in reversed(art.near("persons", i, max(s, q - RELATIVE_SUBJECT_CHARS), q)):
        words = re.sub("[\u060c,]", " , ", art.folded_slice(m.end, q)).split()
        if not words or any(w in kana for w in words):
            continue
        if not (words[0] in rel or words[0] == "," and len(words) > 1 and words[1] in rel
                or len(words) > 2 and words[0] == words[-1] == ","):
            continue
        before = re.split("[\u060c,:]", art.folded_slice(max(s, m.start - 40), m.start))[-1].split()
        at = max((k for k, w in enumerate(before) if w in kana), default=None)
        return at is not None and not any(w in stops or verb_tense(w) is not None for w in before[at + 1:])
    return False


def that_clause_between(art: Article, lo: int, hi: int) -> bool:
    """A "that" ("أن" / "إن") opens a reported clause between lo and hi; "بعد أن" (after)
    and "قبل أن" (before) open time clauses and do not count."""
    words = [w.strip("،,") for w in art.folded_slice(lo, hi).split()]
    comp, time = trigger_words("complementizers"), trigger_words("time_conjunctions")
    return any(w in comp and not (k and words[k - 1].lstrip("و") in time) for k, w in enumerate(words))


HEDGE_AFTER_WORDS = 2  # from an "after" word to the hedge it puts before the news: "بعد ورود تقارير"


def hedge_before(art: Article, h: Hit, u: Hit) -> bool:
    """The hedging cue u ("تقارير تفيد", reports say) follows the meeting word h and an "after" word
    right before it: "قام بزيارة إلى الصين، وذلك بعد ورود تقارير تفيد بهبوط طائرة" (made a visit to China,
    and that after reports came in of a plane landing), or an "amid" word ("عقد محادثات مع بوتين في ظل تقارير
    تفيد باحتمال مناقشتهما", held talks amid reports they may discuss): the visit is told as confirmed. Not a
    hedge before the meeting word: "بعد أنباء عن لقاء سري" (after reports of a secret meeting) still hedges it."""
    if u.start < h.end:
        return False
    before = art.folded_slice(art.sentences[art.sent_of(h.start)][0], u.start).split()[-HEDGE_AFTER_WORDS - 1:]
    return any(w.removeprefix("\u0648") in trigger_words("after_leads") for w in before) or \
        bool(before and {before[-1], before[-1].removeprefix("\u0648")} & trigger_words("amid_leads"))


def day_after(art: Article, h: Hit, d: Any) -> int:
    """1 when the meeting word h follows "بعد يوم من" (a day after) and the date d stands before that
    phrase: in "ونقل ... الأحد ... بعد يوم من قمة مفاجئة" (reported on Sunday, a day after a surprise
    summit) Sunday is the reporting's, the summit was the day before; minus N when "قبل N أيام من" (N days
    before) follows the day of another event and the meeting word is in its clause: N days after it; else 0."""
    if d.end > h.start or d.precision != "day":
        return 0
    before = art.folded_slice(d.end, art.word_start(h.start)).strip()
    if any(before.endswith(w) for w in trigger_words("day_after")):
        return 1
    lead, i = before.lstrip("\u060c, "), art.sent_of(h.start)
    n = max((int(n) for n, ws in (triggers_lexicon().get("days_before") or {}).items() for w in map(fold_term, ws)
             if (lead + " ").startswith(w + " ") and not re.search("[\u060c,.]", lead[len(w):])), default=0)
    opened = art.folded_slice(art.sentences[i][0], d.start) if n else ""  # a meeting word in the day's own clause owns it
    return 0 if n and art.near("triggers", i, art.sentences[i][0] + max(opened.rfind("\u060c"), opened.rfind(",")) + 1,
                                d.start) else -n


SUBJECT_PHRASE_WORDS = 8  # from a "that" over the first noun of its subject to a noun coordinated with it


def coordinated_that_subject(art: Article, s: int, lead: int) -> bool:
    """The word at lead opens with "و" (and) and joins the subject of a "that"-clause that opens its clause: "إن دور
    مصر في مواجهة العدوان وزيارة رئيس الوزراء لغزة كان تعبيرا" (that Egypt's role ... and the PM's visit to Gaza
    was an expression), a "that", then a noun phrase with no verb, before it."""
    if art.text[lead] != "\u0648":
        return False
    words = re.split("[\u060c,:;.]", art.folded_slice(max(s, lead - 15 * SUBJECT_PHRASE_WORDS), lead))[-1].split()
    at = max((k for k, w in enumerate(words) if w in trigger_words("complementizers")), default=None)
    return at is not None and 0 < len(words) - at - 1 <= SUBJECT_PHRASE_WORDS \
        and not (at and words[at - 1].removeprefix("و") in trigger_words("time_conjunctions")) \
        and not any(verb_tense(w) is not None for w in words[at + 1:])  # not "بعد أن" (after), a time clause


SAID_DAY_CHARS = 60  # from a meeting noun to a weekday of its own: "لقائه ببوتن، في العاصمة الفنلندية هلسنكي يوم الاثنين"


def said_weekday(art: Article, i: int, h: Hit, d: Any, tense: str | None):
    """The day of a bare weekday after a meeting noun, no verb between, in a sentence a past verb of
    saying heads: "وكان ترامب قال إن سقف توقعاته منخفض إزاء لقائه ببوتن في هلسنكي يوم الاثنين" (Trump
    had said his expectations were low for his meeting with Putin in Helsinki on Monday), written on a
    Sunday; "أعلنت الرئاسة تقليص مدة زيارة مرسي إلى ألمانيا، الأربعاء" (the presidency announced the
    visit to Germany on Wednesday cut short), on a Tuesday. The saying is past, not the meeting: its day
    is the nearest such day (one a week gone is "الاثنين الماضي", left as it is). Not when a past verb
    follows the day ("لقاء الاثنين كان مثمرا", Monday's meeting was fruitful) nor for a meeting that frames
    the saying ("بعد اجتماعه الأربعاء", after his meeting on Wednesday); None when the rule does not apply."""
    if tense == "future" or trigger_spec(h.group).get("tense") or getattr(d, "kind", None) != "weekday" \
            or d.date is None or art.published is None or not 0 <= d.start - h.end <= SAID_DAY_CHARS \
            or verb_tense(art.text[h.end:d.start]) is not None:
        return None
    nxt = [w.strip("،,.؛:") for w in art.folded_slice(d.end, art.sentences[i][1]).split()[:1]]
    cal = calendar_words()
    if nxt and (verb_tense(nxt[0]) == "past" or nxt[0] in cal.past_words | cal.future_words):
        return None  # "الاثنين الماضي" (last Monday) says which Monday itself (dates.weekday_on keeps it)
    if any(w.strip("،,").removeprefix("و") in grammar_words("frame_prepositions")
           for w in art.words_before(art.word_start(h.start), 2)):
        return None  # "بعد اجتماع بوتين بروحاني يوم الأربعاء", "عقب أول قمة" (after the meeting): the saying's frame
    said = trigger_words("speech_verbs")
    if not any(w.strip("،,").removeprefix("و") in said for w in art.folded_slice(art.sentences[i][0], h.start).split()):
        return None
    return resolve_weekday(d.date.weekday(), art.published, None)


def framed(art: Article, h: Hit) -> bool:
    """A meeting noun right after a preposition of frame ("في", "خلال"): in "تم الاتفاق على إعادة
    الرفات في قمة يونيو" (the return of the remains was agreed at the June summit) the summit is
    where the agreement was made, not what was agreed on ("اتفقا على لقاء", agreed on a meeting)."""
    words = [w.strip("،,") for w in art.words_before(art.word_start(h.start), 1)]
    return bool(words) and words[-1] in grammar_words("frame_prepositions") | grammar_words("during_words")
