"""Topics: keyword matching, agenda vs context, the taxonomy table, the seeds."""
from pathlib import Path

import pytest

from tasks.topics import find_topics, taxonomy
from ziyarat.arabic import fold_with_map, normalize_display, sentence_spans

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
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
