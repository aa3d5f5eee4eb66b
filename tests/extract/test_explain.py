"""explain: every visit word of an article with the rule that kept or dropped it,
on text written here (a real visit, a phone call, a negated and a planned meeting)."""
import datetime as dt

import polars as pl

from tasks.extract import extract
from tasks.extract.explain import REASONS, explain, find_article
from tasks.extract.visits.trace import built, note, restart, tracing

PUBLISHED = dt.date(2024, 7, 25)
TEXT = ("وصل الرئيس السوري بشار الأسد إلى موسكو أمس في زيارة رسمية والتقى الرئيس الروسي فلاديمير بوتين.\n"
        "وأجرى الرئيس التركي رجب طيب أردوغان اتصالا هاتفيا مع الرئيس بوتين بحث خلاله زيارة الأسد.\n"
        "ولم يلتق أردوغان بالرئيس الأسد في أنقرة.\n"
        "ومن المقرر أن يزور الرئيس أردوغان موسكو الشهر المقبل.")
ARTICLE = {"article_id": "a1", "source_file": "news/a1.txt", "url": "https://example.org/a1", "title": None,
           "source": None, "published_date": PUBLISHED, "duplicate_of": None, "text": TEXT}


def explained() -> dict:
    tables = extract(pl.DataFrame({"article_id": ["a1"], "text": [TEXT], "published_date": [PUBLISHED]}))
    return explain(ARTICLE, tables["mentions"], tables["visit_mentions"])


def by_trigger(result: dict) -> dict[str, dict]:
    return {t["trigger"]: t for s in result["sentences"] for t in s["triggers"]}


def test_each_meeting_word_shows_the_rule_that_kept_or_dropped_it():
    result = explained()
    t = by_trigger(result)
    assert (t["وصل"]["accepted"], t["وصل"]["kind"], t["وصل"]["visitor"], t["وصل"]["host"], t["وصل"]["city"]) == (
        True, "reported", "Bashar al-Assad", "Vladimir Putin", "Moscow")
    assert (t["وصل"]["row"], t["وصل"]["outcome"]) == (0, "the row's evidence")
    phone = next(x for s in result["sentences"] if s["index"] == 1 for x in s["triggers"] if x["trigger"] == "زيارة")
    assert (phone["trigger"], phone["accepted"], phone["reason"]) == ("زيارة", False, "remote_contact")
    assert phone["because"] == REASONS["remote_contact"]
    assert (t["يلتق"]["accepted"], t["يلتق"]["reason"]) == (False, "negated")
    assert (t["يزور"]["kind"], t["يزور"]["visitor"], t["يزور"]["why_kind"]) == (
        "referenced", "Recep Tayyip Erdogan", "referenced: a future verb or a plan (a planned meeting)")
    assert t["يزور"]["row"] == 1


def test_people_places_dates_and_rows_are_listed():
    result = explained()
    leaders = {p["name"] for p in result["people"] if p["leader"]}
    assert leaders == {"Bashar al-Assad", "Vladimir Putin", "Recep Tayyip Erdogan"}
    assert [p["name"] for p in result["places"]] == ["Moscow", "Ankara", "Moscow"]
    assert [(d["surface"], d["date"]) for d in result["dates"]] == [
        ("أمس", "2024-07-24"), ("الشهر المقبل", "2024-08-01")]
    assert [(r["kind"], r["visitor"], r["host"]) for r in result["rows"]] == [
        ("reported", "Bashar al-Assad", "Vladimir Putin"), ("referenced", "Recep Tayyip Erdogan", "Vladimir Putin")]
    assert result["rows_match_rerun"] is True


def test_an_article_without_two_leaders_says_the_rules_did_not_run():
    text = "قال متحدث إن زيارة الوفد إلى القاهرة انتهت."
    tables = extract(pl.DataFrame({"article_id": ["b"], "text": [text], "published_date": [PUBLISHED]}))
    result = explain({**ARTICLE, "article_id": "b", "text": text}, tables["mentions"], tables["visit_mentions"])
    [s] = result["sentences"]
    assert [(t["trigger"], t["reason"]) for t in s["triggers"]] == [("زيارة", "article_not_considered")]
    assert result["rows"] == []


def test_a_trip_to_a_third_countrys_reported_summit_says_why_it_has_no_host():
    text = ("وصل الرئيس الأمريكي دونالد ترامب، الأحد، إلى العاصمة السويدية ستوكهولم، عشية قمته مع الرئيس الصيني "
            "شي جين بينغ.\nوعقد ترامب قمته مع شي اليوم الاثنين في قاعة المدينة.")
    day = dt.date(2018, 7, 16)
    tables = extract(pl.DataFrame({"article_id": ["c"], "text": [text], "published_date": [day]}))
    result = explain({**ARTICLE, "article_id": "c", "text": text, "published_date": day},
                     tables["mentions"], tables["visit_mentions"])
    t = by_trigger(result)
    assert (t["وصل"]["accepted"], t["وصل"]["reason"]) == (False, "third_party_trip")
    assert [(r["visitor"], r["host"]) for r in result["rows"]] == [("Donald Trump", "Xi Jinping")]


def test_find_article_by_id_source_file_or_url_prefers_the_original():
    articles = pl.DataFrame({"article_id": ["a1", "a2"], "source_file": ["x.txt", "y.txt"],
                             "url": ["https://e.org/1", "https://e.org/1"], "duplicate_of": [None, None]})
    assert find_article(articles, "a2")["source_file"] == "y.txt"
    assert find_article(articles, "x.txt")["article_id"] == "a1"
    dup = articles.with_columns(pl.Series("duplicate_of", ["a2", None]))
    assert find_article(dup, "https://e.org/1")["article_id"] == "a2"
    assert find_article(articles, "nope") is None


def test_notes_are_kept_only_while_tracing():
    from ziyarat.matching import Hit

    h = Hit(0, 3, "t:arrive_past", "وصل", "", "")
    note("negated", 0, h)  # no trace: nothing kept, nothing raised
    with tracing() as trace:
        note("proxy", 2, [h, h])
    assert [(n.reason, n.sentence) for n in trace.notes] == [("proxy", 2), ("proxy", 2)]


def test_the_rerun_reads_the_article_as_the_run_does_outlet_and_undated_time():
    # an Egyptian outlet's round-up: its own leader's visit told in passing is the day's news
    # (visits.aside reads the outlet's country); an undated story's time comes from its text
    text = "أبرز أحداث اليوم.\nزيارة السيسي لروسيا انتهت بتوقيع اتفاقيات في مجالات عدة."
    for source, published in (("shorouknews", dt.date(2023, 3, 14)), ("shorouknews", None)):
        tables = extract(pl.DataFrame({"article_id": ["e1"], "text": [text], "published_date": [published],
                                       "source": [source]}, schema_overrides={"published_date": pl.Date}))
        article = {**ARTICLE, "article_id": "e1", "source": source, "published_date": published, "text": text}
        result = explain(article, tables["mentions"], tables["visit_mentions"])
        assert result["rows_match_rerun"] is True
        assert [(r["kind"], r["visitor"]) for r in result["rows"]] == [
            (r["kind"], r["visitor"]) for r in tables["visit_mentions"].iter_rows(named=True)]
    assert [(r["kind"], r["visitor"], r["host"]) for r in result["rows"]][:1] == [
        ("reported", "Abdel Fattah el-Sisi", "Vladimir Putin")]


def test_a_headline_read_by_a_rule_does_not_replace_the_text_in_the_explanation():
    # the statement's undated visit noun asks the headline (visits.headline), which is built as an Article too:
    # the explanation must still show the text's sentences, not the headline's
    published = dt.date(2013, 2, 6)
    text = ("قال المتحدث باسم الحزب إن زيارة الرئيس الإيراني محمود أحمدي نجاد لمصر مرفوضة.\n"
            "وأضاف أن الرئيس محمد مرسي لم يرد على مطالب الحزب.")
    title = "الحزب يرفض زيارة أحمدي نجاد لمصر"
    tables = extract(pl.DataFrame({"article_id": ["h"], "text": [text], "published_date": [published],
                                   "title": [title]}))
    result = explain({**ARTICLE, "article_id": "h", "title": title, "published_date": published, "text": text},
                     tables["mentions"], tables["visit_mentions"])
    [s] = result["sentences"]
    assert (s["index"], s["text"]) == (0, text.split("\n")[0])
    [t] = s["triggers"]
    assert (t["trigger"], t["accepted"], t["kind"], t["visitor"]) == ("زيارة", True, "reported", "Mahmoud Ahmadinejad")


def test_the_trace_keeps_the_first_article_built_until_a_restart():
    with tracing() as trace:
        built("text")
        built("headline")
        assert trace.article == "text"
        restart()
        assert trace.article is None
        built("text read again")
    assert trace.article == "text read again"
