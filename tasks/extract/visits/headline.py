"""The article's headline as its time anchor for an undated visit noun the text judges.

A statement with no day ("قال المتحدث إن زيارة الرئيس الإيراني لمصر «مرفوضة»", the spokesman said
the Iranian president's visit to Egypt is «rejected») tells the visit under way when the headline
names the same visit as the news: the noun's genitive leader is a leader of the headline, the
headline has a visit word (a noun, or a present trip verb, not a sa- future) and no word that puts
the visit behind or ahead of the news (the cues past_reference, future_plan, first_since,
retrospective_after, lately: "بعد زيارة", "المرتقبة", "غدا", "الأخيرة"; "نتائج", the results of; a
past predicate, "زيارة ... نجحت"), and a country it names is one the sentence names after the noun.
Read by retold.retold (as making.judged_today, whose clause guards it shares): such a noun is no
earlier visit. A headline telling a visit now, naming its traveller and the host's country and no other leader,
makes the pair's lone undated mention deep in the text the news (headline_visit, read by merge._told_as_news: "الصحف
تبرز زيارة الرئيس للهند", a press round-up's headline). The headline is read (its entities found) only when a rule
asks, once per article."""
from __future__ import annotations

from typing import Any, Callable

from tasks.extract.tense import sa_future, verb_tense
from tasks.extract.visits.article import Article
from tasks.extract.visits.triggers import trigger_spec
from ziyarat.arabic import fold_term, sentence_spans
from ziyarat.lexicon import grammar_words, trigger_words
from ziyarat.matching import Hit

HEADLINE_TENSE_CUES = ("c:past_reference", "c:future_plan", "c:first_since", "c:retrospective_after", "c:lately")
PLACE_AFTER_CHARS = 60  # from the visit noun, past its genitive, to the place it is to ("زيارة الرئيس الإيراني لمصر")


def headline_reader(title: str | None, find_mentions: Callable[[str], list], published: Any, period: Any = None,
                    home: str | None = None) -> Callable[[], Article | None]:
    """A function giving the headline read as an Article (its entities by `find_mentions`), or
    None when there is no headline; it reads it the first time it is called."""
    cache: list[Article | None] = []

    def read() -> Article | None:
        if not cache:
            cache.append(Article(title, sentence_spans(title), find_mentions(title), [], published, period, home)
                         if title and title.strip() else None)
        return cache[0]
    return read


def judged_in_headline(art: Article, i: int, h: Hit, host_country: str | None = None) -> bool:
    """The visit noun h (in sentence i, no day in it) is the visit the headline tells as the news
    (see the module's docstring); with `host_country` (a candidate's host's), a headline naming
    countries must name that one ("بزيارة الرئيس الإيراني إلى مصر" is no visit to a Saudi host)."""
    if art.headline is None or trigger_spec(h.group).get("tense") or h.suffix or art.dates.get(i):
        return False
    owner = art.genitive_leader(i, h)
    if owner is None or any(sa_future(w) for w in art.folded_slice(*art.sentences[i]).split()):
        return False  # "وقفات ... ستكون" (protests that will be held): the visit is still ahead
    head = art.headline()
    if head is None or not names_visit_now(head):
        return False
    if not names_owner(art, head, owner):
        return False
    end = art.word_end(h.end)
    text_countries = {p.country for p in art.near("places", i, end, end + PLACE_AFTER_CHARS) if p.country}
    head_countries = {p.country for ps in head.places.values() for p in ps if p.country}
    if head_countries and host_country is not None and host_country not in head_countries:
        return False
    return not (text_countries and head_countries and not text_countries & head_countries) and judged_current(art, i, h)


TODAY_PREDICATE_CHARS = 80  # from the visit noun, past its genitive and place, to its predicate ("زيارة نجاد لمصر «مرفوضة»")


def judged_current(art: Article, i: int, h: Hit) -> bool:
    """The judged visit noun h's clause tells no visit behind the news: not the genitive of "نتائج" (the
    results of), no past relative ("التي قام بها", that he made), no past predicate ("كانت", was; "حققت",
    achieved) nor a negated one ("لم تحقق")."""
    start = art.word_start(h.start)
    before = art.words_before(start, 1)
    if before and before[0] in grammar_words("visit_outcome_heads"):
        return False  # "استعرض المجلس اليوم نتائج زيارة" (reviewed today the results of the visit): it is over
    end = art.word_end(h.end)
    after = [fold_term(w.strip("\u060c,:;.\u00ab\u00bb\"")) for w in art.text[end:min(art.sentences[i][1], end + TODAY_PREDICATE_CHARS)].split()]
    if any(w in grammar_words("relative_pronouns") and verb_tense(nxt) == "past" for w, nxt in zip(after, after[1:])):
        return False  # "زيارة قنديل إلى عمان التي قام بها" (the visit he made)
    predicates = grammar_words("visit_outcome_predicates")
    said = next((w for w in after if w in predicates), None)
    return said is None or (verb_tense(said) != "past" and said not in trigger_words("negation"))


def names_owner(art: Article, head: Article, owner: Any) -> bool:
    """The headline names the visit's leader: by a mention of its own (a title, a full name) or by a
    name the text gives him, or its last word ("نجاد" for "محمود أحمدي نجاد": a bare name the
    headline alone does not resolve)."""
    who = owner.entity_id or owner.name_en
    if any((m.entity_id or m.name_en) == who for ms in head.persons.values() for m in ms):
        return True
    words = [w.strip("\u060c,:;.\u00ab\u00bb\"'") for w in head.folded_slice(0, len(head.text)).split()]
    folded = " " + " ".join(words) + " "
    for m in (m for ms in art.persons.values() for m in ms if (m.entity_id or m.name_en) == who):
        name = art.folded_slice(m.start, m.end).split()
        if m.resolved_by != "title" and name and (f" {' '.join(name)} " in folded or len(name[-1]) > 2 and name[-1] in words):
            return True
    return False


def names_visit_now(head: Article) -> bool:
    """The headline has a visit word told neither behind nor ahead of the news."""
    if any(c.group in HEADLINE_TENSE_CUES for c in head.hits):
        return False
    words = [fold_term(w.strip("\u060c,:;.\u00ab\u00bb\"'")) for w in head.text.split()]
    outcome = grammar_words("visit_outcome_predicates")
    if any(w in grammar_words("visit_outcome_heads") or (w in outcome and verb_tense(w) == "past") for w in words):
        return False  # "نتائج زيارة" (the results of the visit), "زيارة ... نجحت" (the visit succeeded)
    return any(h.group.startswith("t:") and trigger_spec(h.group)["role"] in ("visit", "arrive")
               and "\u0633" not in h.prefix and not fold_term(h.term).startswith("\u0633") and trigger_spec(h.group).get("tense") != "past" for h in head.hits)


def headline_visit(art: Article, group: list) -> bool:
    """The headline tells the pair's visit as the news: a visit word told now (names_visit_now), a place of the
    host's country, the traveller (names_owner: "روحاني" alone too) and no other leader. A press round-up's headline "الصحف تبرز زيارة الرئيس للهند"
    (the papers highlight the president's visit to India) makes the item deep in the text ("استقبلت الهند ...
    الرئيس محمد مرسي في زيارته لها", India received President Morsi on his visit) the news, not background.
    Not a headline naming another leader ("زيارة أوباما لإسرائيل" over a deep mention of Netanyahu's own trip),
    nor one naming no place of the host's country, nor a mention told by a present or future verb (_told_held)."""
    head = art.headline() if art.headline is not None else None
    if head is None or not names_visit_now(head):
        return False
    named = {m.entity_id or m.name_en for ms in head.leaders.values() for m in ms}
    countries = {p.country for ps in head.places.values() for p in ps if p.country}
    return any(named <= {c.visitor.entity_id or c.visitor.name_en} and names_owner(art, head, c.visitor)
               and c.host.country in countries and c.host.country != c.visitor.country and _told_held(c) for c in group)


def _told_held(c: Any) -> bool:
    """The mention tells the visit as held, by a past verb or a noun with no verb ahead of it: not a present or
    future verb, which may be a schedule's item ("16:00 يصل أوباما إلى مقر الرئيس ليلتقي بيرس", 16:00 Obama
    arrives at the president's residence to meet Peres, under "جدول زيارة أوباما", the schedule of Obama's visit)."""
    return not c.future and (c.past or not trigger_spec(c.hit.group).get("tense"))
