"""Topics: keyword matching, agenda vs context, the taxonomy table, the seeds."""
from pathlib import Path

import pytest

from tasks.extract.topics import find_topics, taxonomy
from ziyarat.arabic import fold_with_map, normalize_display, sentence_spans

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
REQUIRED = {"bilateral_cooperation", "military_cooperation", "counter_terrorism", "political_settlement",
            "economy_trade", "energy_wheat", "humanitarian_aid", "earthquake_relief",
            "turkey_syria_normalisation", "arab_normalisation", "refugees_returns", "israel_iran",
            "ukraine_war", "gaza_war", "elections", "arms_deals", "foreign_forces_sovereignty",
            "un_security_council", "reconstruction", "kurdish_forces", "covid_vaccines"}


def topics(text, visits=()):
    return {t["topic_id"]: t for t in find_topics(text, fold_with_map(text), sentence_spans(text), list(visits))}


def test_taxonomy_has_every_required_topic_with_labels():
    tax = taxonomy()
    assert REQUIRED <= set(tax["topic_id"].to_list())
    assert tax.filter(tax["topic_id"] == "gaza_war")["label_ar"].item() == "الحرب في غزة"
    assert tax["label_en"].null_count() == 0


def test_discussion_in_an_article_with_a_meeting_is_agenda_background_is_context():
    text = "وناقش الرئيسان الحرب في غزة.\nوكان الزلزال قد ضرب البلدين في شباط."
    visit = {"kind": "reported", "evidence_start": 0, "evidence_end": 5}
    found = topics(text, [visit])
    assert found["gaza_war"]["role"] == "agenda"
    assert found["earthquake_relief"]["role"] == "context"
    assert found["gaza_war"]["evidence"] == "وناقش الرئيسان الحرب في غزة."
    e = found["earthquake_relief"]
    assert text[e["evidence_start"]:e["evidence_end"]] == e["evidence"]


def test_without_a_meeting_everything_is_context():
    found = topics("وناقش البرلمان ملف اللاجئين.")
    assert found["refugees_returns"]["role"] == "context"
    assert found["refugees_returns"]["score"] == pytest.approx(0.167)


def test_folding_and_clitics_match_variants():
    found = topics("وبحثا صفقة صواريخ إس-300 والتصعيد بين ايران واسرائيل وللانتخابات")
    assert {"arms_deals", "israel_iran", "elections"} <= set(found)
    assert "ايران واسرائيل" in found["israel_iran"]["matched"]  # the longer phrase wins


def _seed(name):
    path = next(SEEDS.glob(name + "_*.txt"))
    return normalize_display(path.read_text(encoding="utf-8"))


SEED_TOPICS = {
    "000": {"bilateral_cooperation", "political_settlement", "earthquake_relief", "turkey_syria_normalisation"},
    "001": {"bilateral_cooperation", "political_settlement", "earthquake_relief", "turkey_syria_normalisation"},
    "002": {"counter_terrorism", "covid_vaccines", "refugees_returns", "economy_trade", "elections",
            "foreign_forces_sovereignty"},
    "003": {"gaza_war", "israel_iran", "turkey_syria_normalisation", "ukraine_war"},
    "004": {"political_settlement", "arms_deals", "israel_iran"},
}


@pytest.mark.parametrize("seed", sorted(SEED_TOPICS))
def test_seed_topics(seed):
    text = _seed(seed)
    visit = {"kind": "reported", "evidence_start": 0, "evidence_end": 1}
    assert SEED_TOPICS[seed] <= set(topics(text, [visit]))


def test_seed_000_agenda_from_the_kremlin_statement():
    text = _seed("000")
    found = topics(text, [{"kind": "reported", "evidence_start": 0, "evidence_end": 1}])
    assert found["bilateral_cooperation"]["role"] == "agenda"
    assert found["political_settlement"]["role"] == "agenda"
    assert "ستتم مناقشة" in found["political_settlement"]["evidence"]


# ------------------------------------------------------------ agenda frames
class _P:
    """A person mention, as tasks.extract.entities gives it."""

    def __init__(self, start, word, name_en):
        self.start, self.end = start, start + len(word)
        self.entity_type, self.name_en, self.surface = "person", name_en, word


_VISIT = {"kind": "reported", "visitor": "Bashar al-Assad", "host": "Vladimir Putin"}


def _roles(text, persons=(), visit=_VISIT):
    ms = [_P(i, w, n) for w, n in persons for i in range(len(text)) if text.startswith(w, i)]
    rows = find_topics(text, fold_with_map(text), sentence_spans(text), [visit] if visit else [], ms)
    return {t["topic_id"]: t["role"] for t in rows}


def test_background_link_after_the_named_object_is_context():
    roles = _roles("وسيناقش الطرفان العلاقات الثنائية على خلفية الحرب في أوكرانيا.")
    assert roles == {"bilateral_cooperation": "agenda", "ukraine_war": "context"}


def test_background_link_before_any_object_stays_on_the_agenda():
    roles = _roles("وسيتم بحث التطورات الأخيرة على ضوء التصعيد بين إسرائيل وإيران.")
    assert roles["israel_iran"] == "agenda"


def test_a_new_clause_ends_the_discussion_scope():
    roles = _roles("وسيبحث الجانبان ملف الانتخابات، وأضاف أن دمشق تتواصل مع الجامعة العربية.")
    assert roles == {"elections": "agenda", "arab_normalisation": "context"}


def test_topic_before_the_cue_in_its_comma_segment_is_agenda():
    assert _roles("وقد يكون ملف اللاجئين من ضمن الملفات التي ستطرح في القمة.")["refugees_returns"] == "agenda"


def test_meeting_noun_makes_a_discussion_agenda_without_a_detected_visit():
    assert _roles("وجرى خلال الجلسة بحث العلاقات الثنائية.", visit=None)["bilateral_cooperation"] == "agenda"
    assert _roles("وجرى بحث العلاقات الثنائية.", visit=None)["bilateral_cooperation"] == "context"


def test_talks_with_someone_about_a_topic_is_agenda():
    roles = _roles("وسيجري محادثات مع نظيره حول القضايا الاقتصادية.", visit=None)
    assert roles["economy_trade"] == "agenda"


def test_a_meeting_leader_speaking_at_the_meeting_and_after_is_agenda():
    text = ("وقال بوتين خلال اللقاء إن العلاقات جيدة.\nوتشهد البلاد أزمة.\n"
            "واعتبر بوتين أن اللاجئين يعودون.\nوأكد كذلك أهمية إعادة الإعمار.")
    roles = _roles(text, [("بوتين", "Vladimir Putin")])
    assert roles["refugees_returns"] == "agenda"
    assert roles["reconstruction"] == "agenda"  # no name: the same leader goes on


def test_a_leaders_earlier_words_and_outsiders_are_context():
    text = "وكان الأسد قد أشار إلى ضرورة انسحاب القوات التركية.\nوقال أردوغان إن اللاجئين كثيرون."
    roles = _roles(text, [("الأسد", "Bashar al-Assad"), ("أردوغان", "Recep Tayyip Erdogan")])
    assert (roles["foreign_forces_sovereignty"], roles["refugees_returns"]) == ("context", "context")


def test_what_a_leader_seeks_from_the_visit_is_agenda():
    roles = _roles("ويسعى الأسد للحصول على مساعدة لمواجهة آثار الزلزال.", [("الأسد", "Bashar al-Assad")])
    assert roles["earthquake_relief"] == "agenda"


# ------------------------------------------------------------ cues searched by range
def test_cues_searched_by_range_are_the_whole_text_cues():
    """The cues looked for in chosen stretches (RangeMatcher) are exactly the ones one
    whole-text pass finds starting there, wherever the stretches begin and end --
    also beside a phrase broken by a line end ("على\\nخلفية") and clitics."""
    from tasks.extract.topics import _ALL_CUES, _cue_matcher, _matcher

    text = _seed("003")[:3000] + "\nوسيناقش الطرفان على\nخلفية الأزمة، وعلى جدول أعمالهما. وأضاف:"
    folded = fold_with_map(text)
    whole = [h for h in _matcher().find(folded) if h.group in _ALL_CUES]
    assert whole
    for a in range(0, len(text), 23):
        for length in (0, 3, 40, 500):
            ranges = [(a, a + length), (a + length + 5, a + 2 * length + 9)]
            inside = [h for h in whole if any(lo <= h.start < hi for lo, hi in ranges)]
            found = _cue_matcher(_ALL_CUES).find(folded, ranges)
            assert [h for h in found if any(lo <= h.start < hi for lo, hi in ranges)] == inside
            assert set(found) <= set(whole)
