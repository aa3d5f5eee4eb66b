"""Which referenced mentions an article leaves open in time (visits.open_reference, the
visit_mentions column `open_reference`): an arrival word with no date, not planned, and
no cue in its sentence that tells it earlier, over, ahead, invited or denied. Only these may
be made reported by the cross-article step (tasks/aggregate/under_way.py). Texts are
invented; the real lexicon reads them."""
import datetime as dt
from collections import defaultdict

import pytest

from tasks.extract import extract_article, read_article
from tasks.extract.visits.article import Article, Candidate
from tasks.extract.visits.open_reference import open_reference

PUB = dt.date(2018, 9, 28)


def opened(text, planned=False):
    """(trigger as written, open) for each trigger word of the text, read as an undated reference."""
    r = read_article(text, PUB)
    art = Article(text, r.sents, r.ents, [], PUB)
    return [(art.text[h.start:h.end], open_reference(art, Candidate("referenced", None, None, 1.0, i, h, None, None,
                                                                     None, None, None, None, 1.0), planned))
            for i, hs in sorted(art.by_sent.items()) for h in hs if h.group.startswith("t:")]


def test_an_undated_arrival_with_no_cue_is_open():
    # the paper noted that Erdogan, upon his arrival at Tegel airport, spoke in German
    assert opened("وأشارت الصحيفة إلى أن أردوغان ولدى وصوله إلى مطار تيغل تحدث بالألمانية.") == [("وصول", True)]
    # Modi, on arriving at Charles de Gaulle airport, spoke to members of the Indian community
    assert opened("وذكرت الصحيفة أن مودي فور وصوله إلى مطار شارل ديغول تحدث إلى أبناء الجالية الهندية.") == [("وصول", True)]


@pytest.mark.parametrize("text", [
    "وكان أردوغان قد تحدث بالألمانية لدى وصوله إلى مطار تيغل.",  # had spoken (pluperfect)
    "وقال أردوغان بعد وصوله إلى برلين إنه سعيد.",  # after his arrival
    "ولم يتحدث أردوغان إلى الصحفيين لدى وصوله إلى مطار تيغل.",  # did not speak: a negation
    "وقالت الصحيفة إن أردوغان لدى وصوله إلى مطار تيغل في زيارته السابقة تحدث بالألمانية.",  # his previous visit
    "ومن المقرر أن يتحدث مودي إلى الصحفيين لدى وصوله إلى مطار شارل ديغول.",  # scheduled
    # EU diplomats said that the Cypriot president, who arrived in Brussels, fought ...: the body's meeting
    "وقال دبلوماسيون في الاتحاد الأوروبي إن الرئيس القبرصي الذي وصل إلى بروكسل ناضل من أجل بلاده.",
])
def test_an_arrival_placed_in_time_or_denied_is_not_open(text):
    assert opened(text) and not any(is_open for _, is_open in opened(text))


def test_a_planned_reference_or_a_visit_noun_is_not_open():
    assert opened("وأشارت الصحيفة إلى أن أردوغان ولدى وصوله إلى مطار تيغل تحدث بالألمانية.", planned=True) == [("وصول", False)]
    # a protest against his visit: a visit noun, told before, during and after the stay alike
    assert opened("نظم مئات من الأكراد مظاهرة احتجاجا على زيارة أردوغان لألمانيا.") == [("زيارة", False)]


def rows(text):
    out = defaultdict(list)
    extract_article("a", text, PUB, out)
    return [(r["kind"], r.get("open_reference")) for r in out["visit_mentions"]]


def test_rows_carry_the_flag_only_on_references():
    # arrived in Berlin today (reported: no flag); scheduled to visit later this month (planned: closed)
    assert rows("وصل الرئيس التركي رجب طيب أردوغان إلى برلين اليوم الخميس في زيارة دولة إلى ألمانيا.") == [("reported", None)]
    assert rows("ومن المقرر أن يزور الرئيس التركي رجب طيب أردوغان ألمانيا في وقت لاحق هذا الشهر.") == [("referenced", False)]
