"""Another party's trip: a place after a leader's visit word that is the goal of someone else's
travel, or of things moved ("نقل الخبرة إلى مصر", transferring expertise to Egypt), or a project's site
(project_site: "لتطوير مركز التدريب بالقاهرة", to develop the training centre in Cairo), not the leader's. "زار الرئيس الفرنسي معسكر المنتخب قبل سفر اللاعبين إلى موسكو" (the
French president visited the team's camp before the players' departure for Moscow) is no visit to
Moscow: Moscow is the players' goal. So is a place in a relative clause whose subject is other
leaders: "أن يصل ترامب إلى القاعدة التي هبط بها رؤساء سابقون خلال زيارات لسنغافورة" (the base where
former presidents landed on visits to Singapore) tells their visits. visits.place drops such a
place from the meeting's venue."""
from __future__ import annotations

import re
from typing import Any

from tasks.extract.visits.article import Article
from tasks.extract.visits.sides import people_plural
from tasks.extract.visits.triggers import trigger_spec
from ziyarat.arabic import BI, LI, WA, fold_term, nisba
from ziyarat.lexicon import grammar_words, trigger_words
from ziyarat.matching import Hit

TRAVEL_GOAL_CHARS = 50  # from a travel word over its genitive to the place: "قبيل مغادرة اللاعبين إلى روسيا"
GENITIVE_WORDS = 3  # the travellers between the travel word and "إلى": "الوفد الرياضي المرافق"
OBJECT_WORDS = 5  # the things between a transfer noun and "إلى": "مزيد من الاستثمارات الهندية"
OTHERS_RELATIVE_CHARS = 80  # from a relative pronoun to a place in its clause: "التي هبط بها رؤساء ... لسنغافورة"
RELATIVE_SUBJECT_WORDS = 3  # the clause's verb, a resumptive pronoun ("بها", there), then its subject


def others_goal(art: Article, i: int, h: Hit, p: Any) -> bool:
    """The place p, after the visit word h, is the goal of another party's travel: a travel noun
    or verb (grammar.yaml travel_words) whose genitive or subject, up to "إلى" (to) or a glued
    li-, is neither a person nor a title ("سفر اللاعبين إلى موسكو", the players' travel to Moscow;
    not "سفر الرئيس إلى موسكو", the president's), or a relative clause whose subject is other leaders or a people
    ("التي هبط بها رؤساء سابقون"). A place with no such words before it stays the visit's."""
    if p.start < h.end:
        return False
    return _travellers_goal(art, i, h, p) or _others_relative(art, i, h, p)


def _words(art: Article, lo: int, hi: int) -> list[tuple[int, str]]:
    """The folded words between lo and hi with where each starts; a comma or full stop ends none."""
    return [(lo + m.start(), fold_term(m.group().strip("\u060c,.:"))) for m in re.finditer(r"\S+", art.text[lo:hi])]


def _travel_word(word: str, words: str = "travel_words") -> bool:
    """A travel noun or verb, with wa- and bi-/li- glued on: "ومغادرة", "لسفر", "بوصول", "يسافر"
    (or a word of another grammar.yaml list: transfer_nouns, "لنقل")."""
    w = word.removeprefix(WA)
    return bool({w, w[1:] if w[:1] in BI + LI else w} & grammar_words(words))


def _title(word: str) -> bool:
    """A leader's title or "نظيره" (his counterpart), with wa- and bi-/li- glued on: "الرئيس", "للرئيس"
    (li-l-ra'is, for the president). Not a nisba: "مغادرة المنتخب الفرنسي" (the French team's departure)."""
    w = word.removeprefix(WA)
    forms = {w, w[1:]} if w[:1] in BI + LI else {w}
    if w[:2] == LI + LI:
        forms.add("\u0627" + w[1:])  # "للرئيس" -> "الرئيس": li- + al- written with one lam
    return bool(forms & (grammar_words("masculine_titles") | trigger_words("counterpart")))


def _travellers_goal(art: Article, i: int, h: Hit, p: Any) -> bool:
    return travellers_goal(art, i, h.end, p)


def travellers_goal(art: Article, i: int, lo: int, p: Any) -> bool:
    """The place p (in sentence i, past lo) is where another party or things moved go: "سفر اللاعبين إلى
    موسكو", "نقل الخبرة الهندية إلى مصر" (others_goal's first reading, with no visit word)."""
    words = _words(art, max(lo, p.start - TRAVEL_GOAL_CHARS), p.start)
    if words and words[-1][1] in grammar_words("goal_prepositions"):
        words = words[:-1]
    elif art.text[p.start - 1:p.start] != LI:
        return False
    k = next((k for k in range(len(words) - 1, -1, -1) if _travel_word(words[k][1])), None)
    if k is None or not 1 <= len(words) - k - 1 <= GENITIVE_WORDS:
        # things moved: "نقل الخبرة الهندية إلى مصر" (transferring Indian expertise to Egypt), "جذب مزيد من
        # الاستثمارات إلى مصر" (attracting more investment to Egypt): where the things go, the object longer
        k = next((k for k in range(len(words) - 1, -1, -1) if _travel_word(words[k][1], "transfer_nouns")), None)
        if k is None or not 1 <= len(words) - k - 1 <= OBJECT_WORDS:
            return False  # a travel noun with a pronoun ("سفره إلى موسكو", his travel) is not here: its genitive is his
    if any(_title(w) for _, w in words[k + 1:]):
        return False  # "قبل سفر الرئيس إلى موسكو" (before the president's travel to Moscow): the leader's; so is
        # "مغادرة الوفد المرافق للرئيس" (the departure of the delegation with the president)
    return not art.near("persons", i, words[k][0], p.start)


def _others_relative(art: Article, i: int, h: Hit, p: Any) -> bool:
    return others_clause(art, i, max(h.end, p.start - OTHERS_RELATIVE_CHARS), p.start)


def others_clause(art: Article, i: int, lo: int, hi: int) -> bool:
    """hi stands in a relative clause opened between lo and hi, with no comma and no person in
    it, whose verb has for subject other leaders or a people (triggers.yaml plural_heads, a
    people's plural): "التي هبط بها رؤساء أميركيون سابقون" (where former US presidents landed)."""
    words = _words(art, lo, hi)
    k = next((k for k in range(len(words) - 1, -1, -1) if words[k][1] in grammar_words("relative_pronouns")), None)
    if k is None or any(c in art.text[words[k][0]:hi] for c in "\u060c,"):
        return False
    subject = [w for _, w in words[k + 2:k + 2 + RELATIVE_SUBJECT_WORDS]]
    others = trigger_words("plural_heads")
    return any(w in others or people_plural(w) for w in subject) and not art.near("persons", i, words[k][0], hi)


def others_visit(art: Article, i: int, h: Hit) -> bool:
    """A visit noun in a relative clause about other leaders is theirs, not the leader's named
    before the clause: in "أن يصل ترامب إلى القاعدة التي هبط بها رؤساء سابقون خلال زيارات
    لسنغافورة" the visits to Singapore are the former presidents'."""
    if trigger_spec(h.group)["role"] != "visit" or trigger_spec(h.group).get("tense"):
        return False
    start = art.word_start(h.start)
    return others_clause(art, i, max(art.sentences[i][0], start - OTHERS_RELATIVE_CHARS), start)


PROJECT_WORDS = 6  # from a li- verbal noun to the place that ends its phrase: "لتطوير مركز التدريب المعنى بشبرا الخيمة"


def project_site(art: Article, p: Any) -> bool:
    """The place p ends a purpose phrase: a li- (for) verbal noun of building or moving things (grammar.yaml
    project_nouns, transfer_nouns) stands within PROJECT_WORDS words before it in its clause: "ستقدم الهند منحة
    لتطوير مركز التدريب بالقاهرة" (India will give a grant to develop the training centre in Cairo) names where the
    centre is, not where the leaders were. Not "لإجراء محادثات في القاهرة" (to hold talks in Cairo)."""
    hi = art.word_start(p.start)  # before a glued bi-/li-: "بالقاهرة"
    lo = max(0, hi - 80)
    cut = max(art.text.rfind(c, lo, hi) for c in "\u060c,.")
    nouns = grammar_words("project_nouns") | grammar_words("transfer_nouns")
    for _, w in _words(art, max(lo, cut + 1), hi)[-PROJECT_WORDS:]:
        w = w.removeprefix(WA)
        if w[:1] == LI and (w[1:] in nouns or (w[1:2] == LI and w[2:] in nouns)):
            return True
    return False


def scheduled_event_place(art: Article, h: Hit, p: Any) -> bool:
    """The place p follows the meeting word h past a "scheduled to be held" phrase (grammar.yaml
    scheduled_participles, then a holding noun with its pronoun: "المفترض انعقادها", "المقرر عقدها") that
    follows another noun: in "بحثا سبل التحضير للقمة الأوروبية المفترض انعقادها ... ببروكسل" (the two
    discussed preparing the EU summit due to be held ... in Brussels) Brussels is the summit's venue. Not
    when only adjectives stand between h and the phrase: "القمة الأوروبية المقرر عقدها في بروكسل" is h's own."""
    if p.start < h.end:
        return False
    words = [w.strip("\u060c,") for w in art.folded_slice(art.word_end(h.end), p.start).split()]
    k = next(iter(_scheduled_at(words)), None)
    return k is not None and not all(nisba(w) for w in words[:k])


SCHEDULED_DAY_WORDS = 4  # from the holding noun to the day: "المقرر عقدها يومي الأربعاء", "المقرر عقده بالقاهرة غدا"


def scheduled_event_day(art: Article, h: Hit, d: Any) -> bool:
    """The date d stands right after a "scheduled to be held" phrase of another event noun (as
    scheduled_event_place): in "وصل ... إلى القاهرة للمشاركة في القمة الإسلامية المقرر انعقادها غدا" (arrived in
    Cairo to take part in the Islamic summit due to be held tomorrow) the morrow is the summit's, not the arrival's,
    and so it is before a comma and the trigger ("... المقرر عقدها غدا، وكان في استقباله", and he was received by),
    as clauses.ahead_relatives_day has it for "التي تعقد غدا". A meeting word's own event keeps its day:
    "القمة المقرر عقدها غدا" (the summit due tomorrow), "يلتقي ... على هامش القمة المقرر عقدها غدا" (meets on the
    sidelines of the summit due tomorrow), "وعقد على هامشها" (held on its sidelines) after the comma."""
    i = art.sent_of(h.start)
    if d.start >= h.end:
        words = [w.strip("\u060c,") for w in art.folded_slice(art.word_end(h.end), d.start).split()]
        k = next(reversed(_scheduled_at(words)), None)
        return k is not None and len(words) - k - 2 <= SCHEDULED_DAY_WORDS and not all(nisba(w) for w in words[:k]) \
            and trigger_spec(h.group)["role"] != "meet"
    between = art.folded_slice(d.end, h.start)
    after = art.folded_slice(d.end, min(art.sentences[i][1], art.word_end(h.end) + FRAME_BACK_CHARS)).split()
    if not re.search(r"[\u060c,]", between) or re.search(r"[.:\u061b]", between) \
            or any(w.strip("\u060c,.").removeprefix(WA) in grammar_words("frames_back") for w in after):
        return False
    words = [w.strip("\u060c,") for w in art.folded_slice(art.sentences[i][0], d.start).split()]
    k = next(reversed(_scheduled_at(words)), None)
    return k is not None and len(words) - k - 2 <= SCHEDULED_DAY_WORDS


FRAME_BACK_CHARS = 25  # past the trigger to a frame pointing back ("وعقد على هامشها", held on its sidelines)


def _scheduled_at(words: list[str]) -> list[int]:
    """Where in the folded words a scheduled participle (grammar.yaml scheduled_participles, wa- allowed) stands
    right before a holding noun with its pronoun (holding_nouns + "ه"/"ها"): "المقرر عقدها", "والمزمع انعقاده"."""
    parts, nouns = grammar_words("scheduled_participles"), grammar_words("holding_nouns")
    return [k for k, (w, nxt) in enumerate(zip(words, words[1:]))
            if w.removeprefix(WA) in parts and any(nxt in (n + "ه", n + "ها") for n in nouns)]
