"""A visit whose results are the article's news: the headline names the results of a visit ("مجلس الوزراء يستعرض
نتائج زيارة قنديل للعراق", the cabinet reviews the results of Qandil's visit to Iraq) and the lead tells them
("استعرض مجلس الوزراء نتائج الزيارة التي أجراها ...", reviewed the results of the visit he made). Such a visit has
just ended and is the one the article reports, unless the lead calls it his last ("عرض على الرئيس نتائج زيارته
الأخيرة للعراق", presented to the president the results of his last visit to Iraq: retold.told_last); the genitive
of "نتائج" (the results of) deeper in an article about something else stays a visit behind the news
(retold._commented_on), and so does one a date puts weeks back (timing.visit_kind reads the date first)."""
from __future__ import annotations

from tasks.extract.visits.article import Article, lead_sentence
from tasks.extract.visits.retold import told_last
from tasks.extract.visits.triggers import trigger_spec
from ziyarat.lexicon import grammar_words, trigger_words
from ziyarat.matching import Hit

LEAD_REACH = 1  # sentences past the lead that still tell its news (a text that repeats its headline first)
NAMED_CHARS = 80  # from a visit noun past its genitive ("الزيارة المهمة التي أجراها الدكتور هشام قنديل") to its place


def results_news(art: Article, i: int, h: Hit) -> bool:
    """The visit noun h, in sentence i, is the genitive of a noun of what came out of a visit ("نتائج", results;
    grammar visit_outcome_heads) in the article's lead, and the headline names the results of the same visit: a
    leader or a country named after both nouns ("نتائج زيارة قنديل للعراق"). Not results followed up ("ومتابعة تنفيذ
    نتائج زيارة العراق", and following up the implementation of the results of the Iraq visit: grammar
    results_followup_heads), nor those of his last visit (retold.told_last), nor those of a visit the headline does
    not name (to Iraq under one on South Sudan)."""
    lead = lead_sentence(art)
    if lead is None or i > lead + LEAD_REACH or art.headline is None:
        return False
    before = art.words_before(art.word_start(h.start), 2)
    head = art.headline()
    if not before or before[-1] not in grammar_words("visit_outcome_heads") or head is None \
            or len(before) > 1 and before[0] in grammar_words("results_followup_heads") or told_last(art, i, h):
        return False  # "نتائج زيارته الأخيرة" (the results of his last visit): one behind the news
    end = art.word_end(h.end)
    body = art.near("leaders", i, end, end + NAMED_CHARS), art.near("places", i, end, end + NAMED_CHARS)
    return any(_same_visit(body, own) for own in _headline_results(head))


def _same_visit(body: tuple[list, list], head: tuple[list, list]) -> bool:
    """Two (leaders, places) named after two visit nouns tell the same visit: a country both name when both name
    one (a visit to Qatar is not one to Russia, whoever made it), else a leader both name."""
    countries = [{p.country for p in places if p.country} for _, places in (body, head)]
    if all(countries):
        return bool(countries[0] & countries[1])
    people = [{m.entity_id or m.name_en for m in leaders} for leaders, _ in (body, head)]
    return bool(people[0] & people[1])


def _headline_results(head: Article) -> list[tuple[list, list]]:
    """(leaders, places) named after each meeting noun of the headline that follows a noun of what came out of it
    ("نتائج زيارة", the results of the visit; "حصيلة مباحثات", the outcome of the talks) whose genitive is no
    official, envoy or delegation (triggers message_bearers, office_of; grammar group_subjects): not "نتائج زيارة وزير
    الموارد المائية" (the results of the water minister's visit) nor "نتائج زيارة بعثة صندوق النقد" (the IMF mission's)."""
    heads, out = grammar_words("visit_outcome_heads"), []
    others = trigger_words("message_bearers") | trigger_words("office_of") | grammar_words("group_subjects")
    for i, hits in head.by_sent.items():
        for h in hits:
            if not h.group.startswith("t:") or trigger_spec(h.group).get("tense") \
                    or (head.words_before(head.word_start(h.start), 1) or [""])[0] not in heads:
                continue
            end = head.word_end(h.end)
            if (head.folded_slice(end, end + NAMED_CHARS).split() or [""])[0].strip("\u060c,\"«»") not in others:
                out.append((head.near("leaders", i, end, end + NAMED_CHARS), head.near("places", i, end, end + NAMED_CHARS)))
    return out


__all__ = ["results_news"]
