"""Leaders who are both the objects of one meeting word: "حيث اجتمع مع الأسد وأردوغان" (where
he met with Assad and Erdogan) names two people the unnamed subject met, not a meeting of the
two. The pair the rules read there is dropped for the subject's meeting with the first of them
(candidates.candidate, then meetings.implicit_subject); after "مع كل من" (with each of) it is no
meeting at all (meetings.each_of_start); nor is it after a reception verb whose subject is no leader
("إنه استقبل في البرلمان ملك إسبانيا ورئيس كولومبيا", he received the king of Spain and the
president of Colombia); nor is a meeting verb told in a meeting of three sides or more (many_sided), nor a
meeting word whose one side is two leaders joined by "و" and whose other is a third (multilateral.three_sided);
nor a pair with the leader another stands in for ("نيابة عن الرئيس", on behalf of the president: stand_in); nor the
two owners of a dual meeting noun ("قمتي مون وترامب", the two summits of Moon and Trump: dual_owners)."""
from __future__ import annotations

from typing import Any

from tasks.extract.visits.article import Article
from tasks.extract.visits.leaders import coordinated, is_leader, pid
from tasks.extract.visits.multilateral import three_sided
from tasks.extract.visits.prospects import title_word
from tasks.extract.visits.meetings import each_of_start, with_object
from tasks.extract.visits.stand_in import absent_principals
from tasks.extract.visits.triggers import trigger_spec
from ziyarat.arabic import BI, CONJUNCTIONS, fold_term
from ziyarat.lexicon import trigger_words
from ziyarat.matching import Hit


def listed_objects(art: Article, i: int, h: Hit, role: str, visitor: Any, host: Any) -> tuple[Any, Any] | None:
    """The sides of the meeting word h of sentence i as read (visitor, host): None when both are
    in a list after "مع كل من" (X never met Y); the first alone when both are objects of its
    "مع" (with_coobjects), so that the subject named before is the other side."""
    if (away := absent_principals(art, i)) and any(s is not None and pid(s) in away for s in (visitor, host)):
        return None  # "نيابة عن الرئيس" (on behalf of the president): he is not there (stand_in)
    if role == "receive" and visitor is not None and host is not None and trigger_spec(h.group).get("tense") \
            and received_together(art, i, h, visitor, host):
        return None
    if role in ("meet", "receive") and visitor is not None and host is not None and three_sided(art, i, h):
        return None  # "يعقد A ونظيره B محادثات مع C": the three's meeting, a trilateral summit, no pair's
    if role != "meet" or visitor is None or host is None:
        return visitor, host
    if many_sided(art, i, h):
        return None  # "وفي قمة سداسية التقى البشير السيسي وأبي أحمد وديبي": the summit, no pair's
    if dual_owners(art, h, visitor, host):  # "قمتي مون وترامب مع كيم": Moon's with Kim (Trump's, coordinated_partners)
        first, second = sorted((visitor, host), key=lambda m: m.start)
        partner = _dual_partner(art, i, second)
        return None if partner is None else (first, partner)
    each_at = each_of_start(art, i, h)
    if each_at is not None and min(visitor.start, host.start) >= each_at:
        return None
    if with_coobjects(art, h, visitor, host):
        return min((visitor, host), key=lambda m: m.start), None  # "اجتمع مع X وY": both met him
    return visitor, host


def with_coobjects(art: Article, h: Hit, a: Any, b: Any) -> bool:
    """a and b both follow the meeting word h, the first named by its "مع" (with), the second
    joined to the first by "و" (and): "مع الأسد وأردوغان", "مع عباس والرئيس الإسرائيلي بيريز"."""
    first, second = sorted((a, b), key=lambda m: m.start)
    if first.start < h.end or not (with_object(art, h, first, lone=True) or _bi_object(art, h, first)):
        return False
    return coordinated(art, first, second)


DUAL_TITLE_WORDS = 4  # from a dual noun to its first owner's name: "خادم الحرمين الشريفين الملك"
DUAL_SUFFIX = "\u064a"  # ي: the dual in construct, "قمتي" (qimmatay, the two summits of), "لقاءي" (liqa'ay)


def dual_owners(art: Article, h: Hit, a: Any, b: Any) -> bool:
    """a and b are the two owners of the dual meeting noun h in construct, named right after it (only a title
    between) and joined by "و" (and): "لتحضير قمتي مون وترامب" (to prepare the summits of Moon and of Trump)
    tells two summits, each of its owners with a third leader, not a meeting of the two. Not a dual with "بين"
    ("القمتين بين كيم ومون"), whose sides are the two named, nor "قمتهما" (their summit)."""
    if trigger_spec(h.group).get("tense") or fold_term(h.suffix or "") != DUAL_SUFFIX:
        return False
    first, second = sorted((a, b), key=lambda m: m.start)
    if first.start < h.end:
        return False
    title = art.folded_slice(art.word_end(h.end), first.start).split()
    # the second owner is the next leader, joined by "و": not "قمتي ترامب وبوتين مع كيم" read as Trump and Kim
    return len(title) <= DUAL_TITLE_WORDS and all(title_word(w) or w.startswith("ال") for w in title) \
        and coordinated(art, first, second) and not art.near("leaders", art.sent_of(h.start), first.end, second.start - 1)


def _dual_partner(art: Article, i: int, second: Any) -> Any:
    """The leader named by the "مع" (with) right after a dual noun's second owner, only a title between: the
    third side of both summits ("قمتي مون وترامب مع الزعيم كيم"); else None."""
    for m in sorted(art.leaders.get(i, []), key=lambda m: m.start):
        if m.start > second.end:
            words = art.folded_slice(second.end, m.start).split()
            return m if words and words[0] == "مع" and len(words) <= DUAL_TITLE_WORDS + 1 and is_leader(m) \
                and all(title_word(w) or w.startswith("ال") for w in words[1:]) else None
    return None


BI_OBJECT_WORDS = 6  # from the meeting verb to the name: a subject, "برئيس" and the rest of his title
BI_TITLE_WORDS = 3  # after "برئيس": "الوزراء الإسرائيلي"


def _bi_object(art: Article, h: Hit, m: Any) -> bool:
    """m is the one a bi- (with) on his title names after the meeting verb h: "سيلتقي وليام برئيس
    الوزراء الإسرائيلي نتنياهو" (William will meet with the Israeli PM Netanyahu), no comma between."""
    words = art.folded_slice(art.word_end(h.end), m.start).split()
    # the bi- may be glued on the mention itself, its title in it: "برئيس الوزراء الإسرائيلي نتنياهو"
    k = max((j for j, w in enumerate(words) if w[:1] == BI and (title_word(w[1:]) or w == BI)), default=None)
    return k is not None and len(words) <= BI_OBJECT_WORDS and len(words) - k - 1 <= BI_TITLE_WORDS \
        and not any(ch in " ".join(words) for ch in "،,:؛.")


def received_together(art: Article, i: int, h: Hit, a: Any, b: Any) -> bool:
    """a and b, of two countries, both follow the reception verb h, the second joined to the
    first by "و" (and), no leader named before the verb in its clause and none after them: the
    two are received (or receive) together, neither hosts the other: "استقبل في البرلمان ملك
    إسبانيا ورئيس كولومبيا" (he received in parliament the king of Spain and the president of
    Colombia)."""
    first, second = sorted((a, b), key=lambda m: m.start)
    if first.start < h.end or first.country == second.country or not coordinated(art, first, second):
        return False
    leaders = [m for m in art.leaders.get(i, []) if is_leader(m)]
    s = art.sentences[i][0]
    clause_start = max([s] + [s + k + 1 for k, ch in enumerate(art.text[s:h.start]) if ch in "\u060c,"])
    return not any(clause_start <= m.start < h.start or m.start > second.end for m in leaders)


WITH_SLOT_CHARS = 25  # from a trigger ending in "مع" (with) to the leader it names
TITLED_SLOT_CHARS, TITLE_WORDS = 60, 4  # "مع رئيس الوزراء الإسرائيلي، بنيامين نتنياهو": his title, a comma, his name


def empty_with_slot(art: Article, i: int, h: Hit) -> bool:
    """A trigger that ends in "مع" (with: "ناقش مع", discussed with) names its other side
    right after it; when no leader or "نظيره" (his counterpart) comes there, the talks are
    with someone else: "ناقش مع هؤلاء الأجانب إمكانية ... مقابلة الرئيس الروسي" (discussed
    with these foreigners the possibility of meeting the Russian president). A leader's title
    closed by a comma before his name fills the slot: "في المؤتمر الصحفي الذي جمعه مع رئيس
    الوزراء الإسرائيلي، بنيامين نتنياهو" (with the Israeli prime minister, Benjamin Netanyahu)."""
    if fold_term(h.term).split()[-1] != "مع":
        return False
    lo, hi = h.end, h.end + WITH_SLOT_CHARS
    return not (art.near("leaders", i, lo, hi) or art.near("c:counterpart", i, lo, hi) or _titled_leader(art, i, h.end))


def _titled_leader(art: Article, i: int, end: int) -> bool:
    """A leader's name right after a comma that closes a few words opened by a title
    ("رئيس", "الرئيس", "نظيره"), no other person between: the one the title names."""
    leaders = art.near("leaders", i, end, end + TITLED_SLOT_CHARS)
    if not leaders or any(end <= p.start < leaders[0].start for p in art.persons.get(i, [])):
        return False
    words = art.folded_slice(end, leaders[0].start).split()
    return 0 < len(words) <= TITLE_WORDS and words[-1][-1:] in "،," and title_word(words[0]) \
        and not any(w[-1:] in "،,.:" for w in words[:-1])


MANY_SIDED_CHARS = 150  # from the meeting verb to the numbered meeting it is told in


def many_sided(art: Article, i: int, h: Hit) -> bool:
    """The meeting verb h is told in a numbered meeting ("في اجتماع رباعي", in a quadrilateral
    meeting: within_meeting, a meeting noun, a sided_after adjective) of a sentence that names three
    leaders or more: that meeting, not a pair's. So is one told in a summit with no number whose verb
    names three leaders, two of them its joined objects ("وفي القمة التي استضافتها الخرطوم التقى البشير
    السيسي وأبي أحمد", at the summit Khartoum hosted Bashir met Sisi and Abiy): the three's meeting, no
    bilateral one. A sideline ("على هامش القمة الثلاثية") is no "في"."""
    if not trigger_spec(h.group).get("tense") or len(art.distinct_leaders(i)) < 3:
        return False
    within = trigger_words("within_meeting")
    if _joined_objects(art, i, h) and any(
            t.group == "t:meet_noun" and fold_term(t.term) in trigger_words("summit_nouns") and _within(art, t, within)
            for t in art.near("triggers", i, h.start - MANY_SIDED_CHARS, h.start)):
        return True
    for c in art.near("c:sided_after", i, h.start - MANY_SIDED_CHARS, h.end + MANY_SIDED_CHARS):
        noun = next((t for t in art.near("triggers", i, c.start - 20, c.start)
                     if t.group == "t:meet_noun" and 0 <= c.start - art.word_end(t.end) <= 2), None)
        before = art.words_before(art.word_start(noun.start), 1) if noun is not None else []
        word = before[-1].strip("،,") if before else ""
        if word in within or (word[:1] in CONJUNCTIONS and word[1:] in within):  # "وفي" (and in)
            return True
    return False


def _within(art: Article, noun: Hit, within: frozenset[str]) -> bool:
    """The meeting noun stands right after within_meeting, bare or after a conjunction ("وفي القمة")."""
    before = art.words_before(art.word_start(noun.start), 1)
    word = before[-1].strip("،,") if before else ""
    return word in within or (word[:1] in CONJUNCTIONS and word[1:] in within)


def _joined_objects(art: Article, i: int, h: Hit) -> bool:
    """The first or second leader after the meeting verb h is joined by "و" to the next one, named
    within MANY_SIDED_CHARS: "التقى البشير السيسي وأبي أحمد" (Bashir met Sisi and Abiy), "التقى بوتين
    وأردوغان" past a subject named before the verb."""
    after = [m for m in art.near("leaders", i, h.end, h.end + MANY_SIDED_CHARS) if is_leader(m)]
    return any(coordinated(art, a, b) for a, b in list(zip(after, after[1:]))[:2])


ENVOY_OWNER_CHARS = 30  # from an envoy to the leader he is the envoy of: "ومبعوث الرئيس الإيراني محمود أحمدي نجاد"


def envoy_listed(art: Article, i: int, triggers: list[Hit]) -> bool:
    """Every proxy word of sentence i is an item joined by "و" (and) to the list after a meeting
    word's "مع كل من" (with each of): "أجرى الرئيس مباحثات منفصلة مع كل من رئيس وزراء A ونائب
    رئيس B ومبعوث C" (separate talks with each of ... and C's envoy): the envoy is one more
    partner, the leaders of the list were met themselves; no leader acts through him. Not the envoy
    of a leader named right after him ("ومبعوث الرئيس X"): X acts through him."""
    starts = [s for h in triggers if (s := each_of_start(art, i, h)) is not None]
    proxies = art.cues(i, "c:proxy")
    return bool(starts) and bool(proxies) and all(
        p.start > min(starts) and art.text[max(0, p.start - 2):p.start] in (" و", "\nو")
        and not any(is_leader(m) for m in art.near("persons", i, p.end, p.end + ENVOY_OWNER_CHARS)) for p in proxies)
