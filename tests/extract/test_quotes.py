"""Quotes: pairing of quotation marks, speaker attribution, scare-quotes skipped."""
from pathlib import Path

import pytest

from tests.builders import M
from tasks.extract.entities import find_mentions
from tasks.extract.quotes import find_quotes
from ziyarat.quotation import quote_spans
from ziyarat.arabic import normalize_display, sentence_spans

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


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
    out = {}
    for path in sorted(SEEDS.glob("*.txt")):
        text = normalize_display(path.read_text(encoding="utf-8"))
        out[path.name[:3]] = find_quotes(text, sentence_spans(text), find_mentions(text))
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


# ------------------------------------------------------------ attribution mechanisms
ORGS = {"الرئاسة السورية": ("syria_presidency", "Syrian Presidency", "organization"), **NAMES}


def quotes_with(text, names):
    rows = find_quotes(text, sentence_spans(text), people(text, names))
    return [(r["speaker"], r["quote"]) for r in rows]


def test_organisation_behind_a_carrier_noun_and_the_statement_pointing_back():
    text = ("وأشار بيان الرئاسة السورية إلى أنه كان في استقبال الأسد “نائب وزير الخارجية وسفير روسيا”.\n"
            "وأوضح البيان أن الأسد يرافقه “وفد وزاري كبير”.")
    assert [s for s, _ in quotes_with(text, ORGS)] == ["Syrian Presidency", "Syrian Presidency"]


def test_a_quote_right_after_another_keeps_its_speaker():
    text = "وقال بوتين إن هناك تبادلا للآراء حول “جميع الموضوعات المتعلقة بالوضع”، “هذا كل ما يمكنني قوله”."
    assert [s for s, _ in quotes_with(text, NAMES)] == ["Vladimir Putin", "Vladimir Putin"]


def test_two_word_quote_inside_reported_speech_but_not_a_term_or_a_name():
    text = "وقال بوتين إن الأسد أجرى معه “مباحثات مفصلة” حول سوريا."
    assert quotes_with(text, NAMES) == [("Vladimir Putin", "مباحثات مفصلة")]
    assert quotes_with("وقال بوتين إن “المناطق الآمنة” فكرة سيئة.", NAMES) == []
    assert quotes_with("وقال فلان لإذاعة “راديو الكل” إن الشاحنات دخلت المخيم فارغة.", NAMES) == []


def test_according_to_yields_to_the_earlier_speech_verb():
    text = "وأكد المصدر وفقا لموقع 24 أن التنظيم “سيتخلى عن عناصره إذا لم يحتج إليهم”."
    assert quotes_with(text, NAMES) == [("المصدر", "سيتخلى عن عناصره إذا لم يحتج إليهم")]


def test_attribution_after_the_quote_opens_a_clause():
    text = "“تريد روسيا وإيران إعادة تأكيد السيطرة على سوريا”، كما زعم عمر أوزكيزيلجيك، الخبير في المجلس الأطلسي."
    assert quotes_with(text, NAMES) == [("عمر أوزكيزيلجيك", "تريد روسيا وإيران إعادة تأكيد السيطرة على سوريا")]
    # "ووصف" (and the description ...) after a quote is not an attribution, nor is a name like "أبي طالب"
    assert quotes_with("وتشمل التهم “الإساءة إلى المقدسات الإسلامية” ووصف أدوية بشكل غير قانوني.", NAMES) == []
    assert quotes_with("إن المنطقة تخسر باعتماد «السياسة الطائفية المتطرفة» بعيدا عن علي بن أبي طالب وعدالته.",
                       NAMES) == []


def test_unknown_speaker_surface_stops_at_a_role_or_relative_and_skips_a_leading_role():
    cases = {
        "وتقول غواتين التي تعمل في المعهد «أنا أدرس المعادلات التي تفسر الحركة»": "غواتين",
        "ويقول غيوم كلارييه الأستاذ الجامعي «إنه أمر منطقي تماما هنا»": "غيوم كلارييه",
        "واكد محاميه محمود علي زاده طبطبائي في صفحته ان موكله “لا ينكر أيا من التعاليم”.": "محمود علي زاده طبطبائي",
        "وتقول آنا بورشفسكايا، الباحثة في معهد واشنطن، إن الحرب “عملت على تكثيف التعاون الأمني”.": "آنا بورشفسكايا",
    }
    for text, speaker in cases.items():
        assert [s for s, _ in quotes_with(text, NAMES)] == [speaker], text


# ------------------------------------------------------------ fast paths
def test_that_complementiser_found_as_the_word_rule_finds_it():
    """_has_that (one regex over the folded stretch) agrees with the rule it stands
    for: a word that is "ان/انه/انها" behind و/ب and between commas or shaddas."""
    from tasks.extract.quotes import _has_that
    from ziyarat.arabic import fold

    for word in ("أن", "وأن", "بأنه", "،إنها،", "أنّ", "وبإنه", "أنهم", "فأن", "الأن", "و،أن", "أنه،", "ان\u200c"):
        text = "وقال " + word + " الأمر"
        rule = any(w.strip("ّ،,").lstrip("وب") in ("ان", "انه", "انها") for w in fold(text).split())
        assert _has_that(text, 0, len(text)) == rule, word


def test_speech_verbs_are_only_looked_for_around_quotes_but_all_found_there():
    """The speech verbs found around the quotes are those of a whole-text pass."""
    from tasks.extract.quotes import _matcher
    from ziyarat.arabic import fold_with_map

    text = normalize_display(next(SEEDS.glob("002_*.txt")).read_text(encoding="utf-8"))
    folded = fold_with_map(text)
    whole = _matcher().matcher.find(folded)
    ranges = [(s - 150, s) for s, _ in quote_spans(text)] + [(e, e + 120) for _, e in quote_spans(text)]
    inside = [h for h in whole if any(lo <= h.start < hi for lo, hi in ranges)]
    assert inside
    found = _matcher().find(folded, ranges)
    assert [h for h in found if any(lo <= h.start < hi for lo, hi in ranges)] == inside
