"""Meetings told as prospects: a meeting or visit noun governed by a noun that presupposes it
lies ahead of the news. "موعد اجتماعه" (the date of his meeting), "شرط ترامب للقاء كيم" (Trump's
condition for meeting Kim), "خطط لعقد اللقاء" (plans to hold the meeting), "فرص نجاح القمة" (the
chances of the summit's success), "قرار ترامب عقد اجتماع" (Trump's decision to hold a meeting),
"عرضا بإجراء محادثات" (an offer to hold talks); and one prepared for or looked forward to
("الاستعدادات الجارية لزيارته", "أعرب عن تطلعه لزيارة"): a meeting talked about, not held. plans.plan_cue
reads it to plan the meeting. Cue-driven: a bare "قمة ترامب وكيم" (the Trump-Kim summit) stays
what the rest of its sentence makes it, unless the sentences that go on about "the summit" put it ahead
(continued_ahead: "وستركز القمة على ...", the summit will focus on)."""
from __future__ import annotations

import re
from typing import Any

from tasks.extract.tense import verb_tense
from tasks.extract.visits.anaphora import definite_meeting
from tasks.extract.visits.article import Article, Candidate
from tasks.extract.visits.clauses import persons_past_relative, that_clause_between
from tasks.extract.visits.leaders import pid
from tasks.extract.visits.triggers import trigger_spec
from ziyarat.arabic import NOUN_PROCLITICS, fold_term, nisba
from ziyarat.lexicon import grammar_words, trigger_words
from ziyarat.matching import Hit

PROSPECT_CHARS = 160  # from the prospect noun over its owner ("قرار نظيره الأميركي، دونالد ترامب،") to the meeting noun
OWNER_TITLE_WORDS = 3  # the owner's title before his name: "الرئيس الأميركي" (the US president), "نظيره الروسي"
RELATIVE_CLAUSE_WORDS = 5  # a relative clause between a prospect noun and the meeting noun: "التي تضعها الأوقاف الإسلامية"
RELATIVE_WORDS = 3  # a relative pronoun within three words after the meeting noun: "القمة التاريخية التي جمعت"


def prospect_of(art: Article, i: int, h: Hit) -> bool:
    """A meeting or visit noun told as a prospect: prepared for or looked forward to
    (prepared_for), or governed by a prospect noun (_governed)."""
    return prepared_for(art, h) or _governed(art, i, h)


def prepared_for(art: Article, h: Hit) -> bool:
    """A li- visit noun right after a noun of preparation (and its adjective): "الاستعدادات
    الجارية لزيارته إلى جوبا" (the preparations under way for his visit to Juba) is a
    visit ahead. So after an adverb of preparation: "استعدادا لزيارته" (in preparation for his visit),
    and with li- on the noun of holding or an ordinal between: "الإعداد لانعقاد اجتماعات
    اللجنة" (the preparation for holding the committee's meetings), "تمهيدا لأول زيارة" (paving
    the way for the first visit); and after a word of looking
    forward, with li- or "إلى": "أعرب عن تطلعه لزيارة الرئيس لواشنطن" (his looking forward to the
    president's visit to Washington), "يتطلع إلى زيارة"."""
    words = [w.strip("،,") for w in art.words_before(art.word_start(h.start), 3)]
    looking = grammar_words("anticipation_words")
    # li- on a definite term drops its alif: "للقمة" (lil-qimma) is "القمة" with no proclitic left
    li = "ل" in h.prefix or art.text[h.start:h.start + 2] == "لل" and fold_term(h.term).startswith("ال")
    if li and words and words[-1].lstrip("و") in looking \
            or not li and len(words) > 1 and words[-1] == "الي" and words[-2].lstrip("و") in looking:
        return True
    if not li:
        if not words or words[-1] not in {"ل" + w for w in grammar_words("holding_nouns") | grammar_words("preparation_ordinals")}:
            return False
        words = words[:-1]  # "لانعقاد" (li-in'iqad, for holding), "لأول" (for the first)
    words = words[-2:]
    if words and words[-1] in grammar_words("preparation_adjectives"):
        words = words[:-1]
    if words and words[-1].lstrip("و") in grammar_words("preparation_adverbs"):
        i = art.sent_of(h.start)  # "تبادل كيم ومون مصافحة ... استعدادا لعقد قمة بينهما": together already
        return len({pid(m) for m in art.near("leaders", i, art.sentences[i][0], h.start)}) < 2
    return bool(words) and words[-1].lstrip("و") in grammar_words("preparation_nouns")


def _governed(art: Article, i: int, h: Hit) -> bool:
    """A meeting or visit noun (no verb) that a prospect noun governs: right after a noun of
    its date ("موعد اجتماعه", the date of his meeting; not "توقيت", its timing, praised after it
    too) or of its chance ("فرصة لقاء بين", a chance of a meeting between), or after a noun of plan,
    condition, decision, offer, option, place or chance through li- / bi- on the meeting noun
    ("شرط ترامب للقاء", "خطة ترامب للقاء كيم") or a noun of holding or success between ("خطط
    لعقد اللقاء", "قرار نظيره، دونالد ترامب، عقد اجتماع", "عرضا بإجراء محادثات", "فرص نجاح
    القمة", "كخيار لاستضافة القمة"). The prospect noun's owner (a person and his title) and its
    adjective may stand between. Not a meeting whose relative clause is past ("مكان انعقاد القمة
    التي جمعت", the place of the summit that brought together): that one was held."""
    if trigger_spec(h.group).get("tense") or h.prefix.lstrip("وف") not in ("", "ل", "ب", "لل", "بال"):
        return False
    if past_relative(art, i, h):
        return False
    lo = max(art.sentences[i][0], h.start - PROSPECT_CHARS)
    words = [(fold_term(w.group().strip("،,")), lo + w.start(), w.group())
             for w in re.finditer(r"\S+", art.text[lo:art.word_start(h.start)])]
    spans = [(m.start, m.end) for m in art.persons.get(i, [])]
    k = len(words) - 1
    linked = h.prefix.lstrip("وف") != ""  # "للقاء" (li-liqa', for meeting), "بالاجتماع"
    if k >= 0 and _stems(words[k][0]) & (grammar_words("holding_nouns") | grammar_words("prospect_links")):
        k, linked = k - 1, True  # "لعقد" (to hold), "بإجراء", "نجاح" (the success of)
    k = _before_relative(words, k) if linked else k
    owner = False
    while k >= 0 and any(s <= words[k][1] < e for s, e in spans):
        k, owner = k - 1, True  # "شرط الرئيس دونالد ترامب للقاء": the condition's owner
    titles = 0
    while owner and k >= 0 and titles < OWNER_TITLE_WORDS and title_word(words[k][0]):
        k, titles = k - 1, titles + 1
    while k >= 0 and words[k][0] in grammar_words("preparation_adjectives"):
        k -= 1
    if k < 0 or words[k][2].endswith((".", ":", "؛")) or (not owner and words[k][2].endswith(("،", ","))):
        return False
    stems = _stems(words[k][0])
    # its time, or its chance with no owner between ("فرصة لقاء بين", a chance of a meeting between), right before it
    bare = grammar_words("prospect_times") | (set() if owner else grammar_words("prospect_chances"))
    return bool(stems & bare or linked and stems & grammar_words("prospect_nouns"))


def _before_relative(words: list[tuple[str, int, str]], k: int) -> int:
    """Index of the word before a short relative clause that ends at words[k] and is told in the
    present ("الشروط التي تضعها الأوقاف لزيارة", the conditions that the endowments set for the
    visit; "الخطة التي يعدها البيت الأبيض للقاء"): the prospect noun it describes; else k. Not a
    past one ("الشروط التي وضعها", that it set: a condition already met may be the held visit's)."""
    for r in range(k, max(k - RELATIVE_CLAUSE_WORDS, -1), -1):
        if words[r][2].endswith((".", ":", "؛", "،", ",")) and r < k:
            return k
        if words[r][0].removeprefix("و") in grammar_words("relative_pronouns"):
            present = r < k and verb_tense(words[r + 1][2]) == "future"  # a bare imperfect: "تضعها"
            return r - 1 if present else k
    return k


def _stems(word: str) -> set[str]:
    """The word and the same without each noun proclitic it may carry: "كخيار" is also "خيار"
    (as an option), "والخطط" "خطط"; "فرص" (chances) stays itself too."""
    return {word} | {word[len(p):] for p in NOUN_PROCLITICS if p and word.startswith(p) and len(word) - len(p) >= 3}


def title_word(word: str) -> bool:
    """A word of a person's title before his name: "الرئيس", "نظيره" (his counterpart), or a
    nisba adjective ("الأميركي", the American; "الكوري")."""
    return word in grammar_words("masculine_titles") or word in trigger_words("counterpart") \
        or nisba(word)


PAIRED_CHARS = 80  # from a leader right after a meeting noun's title to the other side named with him


def title_start(art: Article, words: list[str], m: Any) -> int:
    """Where the title of the leader m, named right after ``words``, begins among them: at the last title head
    ("الرئيس", "رئيس", "نظيره", with its "و" or not) followed only by title words and definite nouns ("رئيس الوزراء
    البريطاني", the British prime minister); len(words) when none. The title and the name are one unit: in "قمة
    سيجلس فيها الرئيس الأميركي دونالد ترامب والروسي فلاديمير بوتين" (a summit in which the US president Donald Trump
    and the Russian Vladimir Putin will sit) two words, not four, stand between the summit and him. Only when the
    other side is named with him (another leader within PAIRED_CHARS after him, in his sentence: "الاجتماع الذي
    استضافه رئيس الوزراء البريطاني ديفيد كاميرون للرئيسين الباكستاني والأفغاني" names no one to pair him with), and
    not a title possessed by the noun before it (triggers possessor_heads, grammar sanction_nouns: "بعلم ومصادقة
    رئيس الوزراء، أردوغان", with the knowledge and approval of the prime minister, Erdogan: not a side)."""
    heads = grammar_words("masculine_titles") | trigger_words("counterpart")
    owners = trigger_words("possessor_heads") | grammar_words("sanction_nouns")
    i = art.sent_of(m.start)
    if not any(pid(o) != pid(m) and 0 <= o.start - m.end <= PAIRED_CHARS for o in art.leaders.get(i, [])):
        return len(words)
    for k in range(len(words) - 1, -1, -1):
        w = words[k]
        if w in heads or w[:1] == "\u0648" and w[1:] in heads:
            owner = words[k - 1] if k else ""
            return len(words) if owner in owners or owner[:1] in "\u0648\u0628" and owner[1:] in owners else k
        if not (title_word(w) or w.startswith("\u0627\u0644")):
            break
    return len(words)


def past_relative(art: Article, i: int, h: Hit) -> bool:
    """The meeting noun's relative clause is told in the past: "القمة التي جمعتهما" (the summit
    that brought them together), "الاجتماع الذي عقد" (the meeting that was held)."""
    end = art.word_end(h.end)
    words = art.folded_slice(end, art.sentences[i][1]).split()[:RELATIVE_WORDS + 1]
    for k, w in enumerate(words[:RELATIVE_WORDS]):
        if w.strip("،,").removeprefix("و") in grammar_words("relative_pronouns"):  # "والتي" (and which) too
            return k + 1 < len(words) and verb_tense(words[k + 1].strip("،,.")) == "past"
    return False


def own_day(art: Article, c: Candidate) -> bool:
    """The candidate's day may be its meeting's: a verb's, or a noun's that does not open the
    "that" clause of the verb the day belongs to. In "وقال ترامب السبت إن القمة مع كيم تمثل فرصة"
    (Trump said on Saturday that the summit with Kim is a chance) Saturday is the saying's and
    says nothing of the summit: when the article plans the pair's meeting, this is that plan
    (merge). "أعرب خلال قمتهما، السبت، عن" (he voiced during their summit on Saturday) is dated. Nor is a
    day after the noun in the past relative clause of a person named after it (clauses.persons_past_relative): in
    "إلى قمة بين كيم والرئيس الأمريكي ترامب الذي أعلن الاثنين أن لقاءه ... سيتم" (to a summit between Kim and
    President Trump, who announced on Monday that their meeting will take place) Monday is the announcing."""
    if trigger_spec(c.hit.group).get("tense") or (c.date is None and not c.date_strong):
        return True
    if any(d.surface == c.date_evidence and persons_past_relative(art, c.sentence, c.hit, d)
           for d in art.dates.get(c.sentence, [])):
        return False
    start = art.word_start(c.hit.start)
    if not [w for w in art.words_before(start, 1) if w.strip("،,") in trigger_words("complementizers")]:
        return True
    # undated, the day has no value (nor evidence): any unresolved day before the "that"
    return not any((d.surface == c.date_evidence or c.date is None and d.date is None) and d.end <= start
                   and that_clause_between(art, d.end, start) for d in art.dates.get(c.sentence, []))


def counted_down_to(art: Article, c: Hit) -> bool:
    """A past-reference cue "قبل <count>" (a count ago: "قبل أسابيع", weeks ago) that is tied by
    "من" / "على" to an event it counts down to: "قبل أسابيع من القمة المرتقبة" (weeks before
    the awaited summit) puts the summit ahead, not the meeting weeks back."""
    term = fold_term(c.term).split()
    nxt = art.folded_slice(c.end, min(len(art.text), c.end + 8)).split()[:1]
    return bool(term) and term[0] in grammar_words("countdown_leads") and bool(nxt) \
        and nxt[0] in grammar_words("countdown_links")


PAST_CUE_BEFORE, PAST_CUE_AFTER = 60, 30  # how far a past-reference cue stands from the meeting it makes earlier
CUE_CHARS = 60  # the longest cue phrase: where a cue ending near the meeting may start


def past_cue_near(art: Article, i: int, h: Hit) -> bool:
    """A past-reference cue of the meeting's own, as timing.visit_kind reads one: holding it, just
    before it, or a few words after it ("التقيا مرتين", met twice), and no countdown (counted_down_to).
    One further on tells another event: in "ستكون زيارة الرئيس لفرنسا عقب زيارته لألمانيا"
    (the president's visit to France will come after his visit to Germany) "عقب زيارته" (after
    his visit) dates the French visit, it does not make it earlier; nor does "من أي شخص آخر"
    (than anyone else, آخر also "last") at the end of a sentence."""
    near = art.near("c:past_reference", i, h.start - PAST_CUE_BEFORE - CUE_CHARS, h.end + PAST_CUE_AFTER)
    return any((0 <= h.start - c.end <= PAST_CUE_BEFORE or 0 <= c.start - h.end <= PAST_CUE_AFTER
                or c.start <= h.start < c.end) and not counted_down_to(art, c) for c in near)


def yearless_plan(art: Article, c: Candidate) -> bool:
    """An undated article's meeting, not told in the past, in a sentence with a yearless day
    ("18 مارس", no value) that a present verb governs: "يقوم الرئيس بزيارة لباكستان اعتبارا من 18 مارس
    الحالي" (makes a visit to Pakistan from 18 March): a dated article has that day after its own, a
    plan (merge._demote_unreported), as article_time takes such a day for one."""
    if art.published is not None or c.past:
        return False
    s, _ = art.sentences[c.sentence]
    return any(d.kind == "absolute" and d.date is None and d.precision == "day" and d.start > s
               and verb_tense(art.text[s:d.start]) == "future" for d in art.dates.get(c.sentence, []))


def continued_ahead(art: Article, group: list[Candidate]) -> bool:
    """The pair's meeting, told only by undated bare meeting nouns, is what the sentences right after its last
    mention go on about with no leader named (anaphora.definite_meeting, one after another: "هذه القمة", this
    summit), and one of them puts that meeting ahead (_agenda_ahead). "ذكر رئيس الوزراء أن تكلفة استضافة القمة
    بين الرئيس والزعيم تصل إلى ... وأضاف أن بلاده مستعدة لتحمل تكاليف هذه القمة. وستركز القمة على البرنامج
    النووي" (the costs of hosting the summit between the two ... the summit will focus on the nuclear programme):
    the summit is still to come, its pair planned (merge._only_planned). Not a pair a verb tells ("سيلتقي",
    "التقى"), a dated one, nor a summit whose follow-on sentence dates it today or earlier ("وستركز القمة التي
    تعقد اليوم"): today's summit is the day's news."""
    if not group or any(trigger_spec(c.hit.group)["role"] != "meet" or trigger_spec(c.hit.group).get("tense")
                        or c.past or c.date is not None for c in group):
        return False
    k = max(c.sentence for c in group) + 1
    while k < len(art.sentences) and not art.leaders.get(k) and definite_meeting(art, k, nouns=True):
        if any(_agenda_ahead(art, h) for h in art.by_sent.get(k, ())) and not any(
                d.date is None or art.published is None or d.date <= art.published for d in art.dates.get(k, [])):
            return True
        k += 1
    return False


def _agenda_ahead(art: Article, h: Hit) -> bool:
    """h is a definite meeting noun ("القمة", no proclitic) right after a sa- verb of a meeting's agenda or holding
    (grammar content_verbs, holding_present), its subject: "وستركز القمة" (the summit will focus), "كما ستتناول
    المحادثات" (the talks will also address), "وستعقد القمة" (the summit will be held)."""
    if not h.group.startswith("t:") or trigger_spec(h.group).get("tense") or h.prefix or not h.term.startswith("\u0627\u0644"):
        return False
    before = [fold_term(w.strip("،,")) for w in art.words_before(art.word_start(h.start), 1)]
    verb = before[0][1:] if before and before[0][:1] in "وف" and before[0][1:2] == "س" else before[0] if before else ""
    return verb[:1] == "س" and verb[1:] in grammar_words("content_verbs") | grammar_words("holding_present")
