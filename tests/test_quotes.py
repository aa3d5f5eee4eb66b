"""Quotes: pairing of quotation marks, speaker attribution, scare-quotes skipped."""
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tasks.quotes import find_quotes, quote_spans
from ziyarat.arabic import normalize_display, sentence_spans

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@dataclass
class M:
    entity_id: str
    entity_type: str
    name_en: str
    surface: str
    start: int
    end: int
    country: str | None = None
    city: str | None = None
    offices: list = field(default_factory=list)


def people(text, names):
    out = []
    for word, (pid, en, kind) in names.items():
        pos = text.find(word)
        while pos >= 0:
            out.append(M(pid, kind, en, word, pos, pos + len(word)))
            pos = text.find(word, pos + 1)
    return sorted(out, key=lambda m: m.start)


NAMES = {"الأسد": ("assad", "Bashar al-Assad", "person"), "بوتين": ("putin", "Vladimir Putin", "person"),
         "الكرملين": ("kremlin", "Kremlin", "place")}


def quotes(text):
    rows = find_quotes(text, sentence_spans(text), people(text, NAMES))
    for r in rows:
        assert text[r["start"]:r["end"]] == r["quote"]
    return rows


def test_reversed_and_ascii_marks_pair_in_order():
    text = "قال ”هذا نص أول“ ثم \"نص ثان هنا\" و«نص ثالث»"
    assert [text[s:e] for s, e in quote_spans(text)] == ["هذا نص أول", "نص ثان هنا", "نص ثالث"]


def test_speaker_is_the_person_after_the_verb():
    [q] = quotes("وقال الأسد لبوتين: “إن اجتماعنا اليوم مهم للغاية”.")
    assert (q["speaker"], q["speaker_id"], q["verb"]) == ("Bashar al-Assad", "assad", "قال")
    assert q["quote"] == "إن اجتماعنا اليوم مهم للغاية"


def test_participle_continues_the_clause_speaker():
    text = "واستهل بوتين اللقاء بتهنئة الأسد، معتبراً أنّ “هذه النتائج تؤكد ثقة السوريين”."
    [q] = quotes(text)
    assert q["speaker"] == "Vladimir Putin"


def test_person_after_that_is_not_the_speaker():
    text = "واعتبر بوتين أن الوضع “يتجه إلى التصعيد الخطير”.\nكما أشار إلى أنّ الأسد يعمل “لتحسين الحوار مع خصومه”."
    rows = quotes(text)
    assert [r["speaker"] for r in rows] == ["Vladimir Putin", "Vladimir Putin"]


def test_scare_quotes_and_quoted_names_are_skipped():
    text = "بحسب موقع الرئاسة “الكرملين“ وقد وصفتها بالـ “مروعة” وفق وكالة “سانا“."
    assert quotes(text) == []


def test_unknown_speaker_keeps_the_surface_name():
    [q] = quotes("“في نهاية المطاف، تريد روسيا إعادة تأكيد السيطرة،” كما زعم عمر أوزكيزيلجيك.")
    assert q["speaker"] == "عمر أوزكيزيلجيك" and q["speaker_id"] is None


@pytest.fixture(scope="module")
def seed_quotes():
    ents = pytest.importorskip("tasks.entities")
    out = {}
    for path in sorted(SEEDS.glob("*.txt")):
        text = normalize_display(path.read_text(encoding="utf-8"))
        out[path.name[:3]] = find_quotes(text, sentence_spans(text), ents.find_mentions(text))
    return out


def test_seed_003_assad_speaks_to_putin(seed_quotes):
    speakers = {q["quote"][:12]: q["speaker"] for q in seed_quotes["003"]}
    assert speakers["بالنظر إلى ك"] == "Bashar al-Assad"
    assert "Recep Tayyip Erdogan" in speakers.values()


def test_seed_002_putin_quotes(seed_quotes):
    rows = seed_quotes["002"]
    by_start = {q["quote"][:10]: q["speaker"] for q in rows}
    assert by_start["بجهودنا ال"] == "Vladimir Putin"
    assert by_start["تكمن في وج"] == "Vladimir Putin"
    assert by_start["الجيشين قد"] == "Bashar al-Assad"
    assert not any(q["quote"] in ("الكرملين", "سانا", "كوفاكس") for q in rows)
