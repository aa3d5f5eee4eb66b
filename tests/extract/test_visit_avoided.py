"""A visit or meeting a leader ignored, avoided or held back from is one he did not make
(tasks/extract/visits/avoided.py); someone else's visit passed over, or an avoidance of another
thing, keeps the visit. Invented sentences, the stand-in lexicon of test_visits."""
import pytest

from tests.extract.test_visits import run


def reported(rows):
    return [(r["visitor"], r["host"]) for r in rows if r["kind"] == "reported"]


@pytest.mark.parametrize("text", [
    # "the writer criticised the Turkish president Erdogan's ignoring a visit to Egypt on his tour"
    "وانتقد الكاتب تجاهل الرئيس التركي أردوغان، زيارة مصر خلال جولته في المنطقة.",
    # "Putin avoided visiting Damascus on his regional tour last week"
    "وتجنب بوتين زيارة دمشق خلال جولته الإقليمية الأسبوع الماضي.",
    # "King Salman's holding back from visiting Cairo raised the observers' questions"
    "وأثار إحجام الملك سلمان عن زيارة القاهرة تساؤلات المراقبين.",
    # "Erdogan refrained from meeting Sisi in New York"
    "وامتنع أردوغان عن لقاء السيسي في نيويورك.",
    # "the writer said that Putin ignored visiting Damascus in his first term": past a "that"
    "وقال الكاتب إن بوتين تجاهل زيارة دمشق في ولايته الأولى.",
    # "Putin avoided meeting al-Assad in Moscow": a meeting noun's genitive is the one met
    "وتجنب بوتين لقاء الأسد في موسكو.",
])
def test_a_visit_or_meeting_a_leader_avoided_is_not_reported(text):
    assert reported(run(text)) == []


@pytest.mark.parametrize("text,pair", [
    # the same sentences with the visit made
    ("وانتقد الكاتب زيارة الرئيس التركي أردوغان مصر خلال جولته في المنطقة.", ("Recep Tayyip Erdogan", "Abdel Fattah el-Sisi")),
    ("وقام بوتين بزيارة دمشق حيث التقى الأسد.", ("Vladimir Putin", "Bashar al-Assad")),
    # "the papers ignored Erdogan's visit to Moscow and his meeting with Putin": the visit's owner is its genitive
    ("وتجاهلت الصحف زيارة أردوغان إلى موسكو ولقاءه بوتين.", ("Recep Tayyip Erdogan", "Vladimir Putin")),
    # "Sisi ignored Erdogan's visit to Moscow": another leader's visit, made
    ("وتجاهل السيسي زيارة أردوغان إلى موسكو حيث التقى بوتين.", ("Recep Tayyip Erdogan", "Vladimir Putin")),
    # "Putin avoided talking about Syria during Erdogan's visit to Moscow": the avoidance governs the talk
    ("وتجنب بوتين الحديث عن سوريا خلال زيارة أردوغان إلى موسكو.", ("Recep Tayyip Erdogan", "Vladimir Putin")),
    # "the opposition ignored his visit to Moscow": a visit noun with a pronoun is his, made
    ("وتجاهلت المعارضة زيارته إلى موسكو حيث التقى أردوغان بوتين.", ("Recep Tayyip Erdogan", "Vladimir Putin")),
    # "Erdogan visited Moscow where he met Putin, ignoring the criticism": the avoidance after the visit
    ("وزار أردوغان موسكو حيث التقى بوتين، متجاهلا الانتقادات.", ("Recep Tayyip Erdogan", "Vladimir Putin")),
    # "no trips for the president except Putin's visit to Damascus": "except" keeps the visit
    ("ولا رحلات للرئيس باستثناء زيارة بوتين إلى دمشق حيث التقى الأسد.", ("Vladimir Putin", "Bashar al-Assad")),
])
def test_a_visit_made_beside_an_avoidance_word_is_reported(text, pair):
    assert pair in reported(run(text))
