"""Report: HTML page, Markdown summary, table artifact rows; untrusted text escaped."""
import datetime as dt
import logging
import re
import shutil
import subprocess
from pathlib import Path

import polars as pl
import pytest

from tasks import report
from tasks.aggregate import aggregate
from tasks.report import escape_markdown, render_markdown_summary, render_report, visits_artifact_rows
from ziyarat import schemas

D = dt.date
ASSAD, PUTIN = "Bashar al-Assad", "Vladimir Putin"
SCRIPT = "<script>document.title='pwned'</script>"
IMG = "<img src=x onerror=\"document.title='pwned'\">"
LINK = "[اضغط هنا](javascript:alert(1))"
EVIDENCE_AR = "وصل الرئيس بشار الأسد إلى موسكو في زيارة رسمية"


def _tables() -> dict[str, pl.DataFrame]:
    """Three visits: 2023 Moscow (two articles, one with hostile text), 2018 Sochi,
    and October 2015 only referenced."""
    articles = schemas.conform("articles", pl.DataFrame([
        ("a1", "000.txt", "SANA", D(2023, 3, 14), "<b>title</b>"),
        ("a2", "001.txt", None, D(2023, 3, 14), None),
        ("a3", "004.txt", "RT Arabic", D(2018, 5, 17), None),
    ], schema=["article_id", "source_file", "source", "published_date", "title"], orient="row").with_columns(
        text=pl.lit("نص"), published_date_origin=pl.lit("metadata"), n_chars=pl.lit(2),
        url=pl.lit("javascript:alert('url')")))

    def vm(a, date, ev, city="Moscow", kind="reported", precision="day", participants=()):
        return {"article_id": a, "kind": kind, "visitor": ASSAD, "host": PUTIN, "city": city, "country": "Russia",
                "date": date, "date_precision": precision, "visit_type": "official", "announced": True,
                "evidence": ev, "evidence_start": 10, "evidence_end": 10 + len(ev),
                "participants": list(participants), "confidence": 1.0}

    visit_mentions = schemas.conform("visit_mentions", pl.DataFrame([
        vm("a1", D(2023, 3, 15), EVIDENCE_AR, participants=["Mikhail Bogdanov"]),
        vm("a2", D(2023, 3, 14), f"قال المصدر {SCRIPT} ثم {LINK} و{IMG}"),
        vm("a3", D(2018, 5, 17), "التقى الأسد بوتين في سوتشي", city="Sochi"),
        vm("a2", D(2015, 10, 1), "زيارته الأولى في تشرين الأول 2015", kind="referenced", precision="month"),
    ], infer_schema_length=None))
    article_topics = schemas.conform("article_topics", pl.DataFrame([
        ("a1", "turkey_syria_normalisation", "agenda", 0.9, "تطبيع العلاقات بين دمشق وأنقرة"),
        ("a2", "economic_cooperation", "context", 0.4, "التعاون الاقتصادي"),
        ("a3", "military_cooperation", "agenda", 0.8, "التعاون العسكري"),
    ], schema=["article_id", "topic_id", "role", "score", "evidence"], orient="row"))
    quotes = schemas.conform("quotes", pl.DataFrame({
        "article_id": ["a2", "a1"], "speaker": [PUTIN, "بيسكوف"],
        "quote": [f"نحن {SCRIPT} و {LINK} | *مهم* `x`", "العلاقات ممتازة"], "start": [5, 50], "end": [40, 65]}))
    topics = pl.DataFrame({
        "topic_id": ["turkey_syria_normalisation", "economic_cooperation", "military_cooperation"],
        "label_en": ["Turkey-Syria normalisation", "Economic cooperation", "Military cooperation"],
        "label_ar": ["تطبيع العلاقات التركية السورية", "التعاون الاقتصادي", "التعاون العسكري"],
    })
    out = aggregate(articles, None, visit_mentions, article_topics, quotes, topics)
    return {**out, "articles": articles, "article_topics": article_topics, "quotes": quotes}


@pytest.fixture(scope="module")
def tables():
    return _tables()


@pytest.fixture(scope="module")
def page(tables):
    return render_report(tables)


def test_untrusted_text_is_escaped_in_html(page):
    assert "<script" not in page.lower()
    assert "<img" not in page.lower()
    assert "&lt;script&gt;document.title=&#x27;pwned&#x27;&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=&quot;document.title=&#x27;pwned&#x27;&quot;&gt;" in page
    assert "&lt;b&gt;title&lt;/b&gt;" in page  # the article title too
    # the markdown link stays text; every link in the page points inside the page
    assert "[اضغط هنا](javascript:alert(1))" in page
    hrefs = re.findall(r'href="([^"]*)"', page)
    assert hrefs and all(h.startswith("#") for h in hrefs)
    assert "javascript:alert(&#x27;url&#x27;)" in page  # the url shown as text only


def test_page_is_self_contained(page):
    assert not re.search(r"(src|href)=\"(https?:)?//", page)
    assert "<link" not in page and "@import" not in page and "url(" not in page
    assert "script-src 'none'" in page


def test_arabic_is_right_to_left(page):
    assert f'<p dir="rtl" lang="ar" class="ar">{EVIDENCE_AR}</p>' in page
    assert '<blockquote dir="rtl" lang="ar" class="ar">العلاقات ممتازة</blockquote>' in page
    assert "unicode-bidi: isolate" in page
    assert f'<bdi dir="auto">{ASSAD}</bdi>' in page  # English names isolated inside mixed lines


def test_timeline_has_every_visit(page, tables):
    visits = tables["visits"]
    assert visits.height == 3
    timeline = page.split('<section id="timeline">')[1].split("</section>")[0]
    for row in visits.to_dicts():
        assert f'id="t-{row["visit_id"]}"' in timeline
        assert f'href="#visit-{row["visit_id"]}"' in timeline
        assert f'id="visit-{row["visit_id"]}"' in page  # the section it links to
    assert re.search(r'<li class="referenced"[^>]*>.*?2015-10', timeline)
    assert "referenced only (1 mention)" in timeline
    assert "2023-03-14 → 2023-03-15" in timeline and "2 articles" in timeline
    assert "<svg" in timeline and timeline.count("<circle") == 3


def test_matrix_shows_topic_labels_and_roles(page):
    matrix = page.split('<section id="matrix">')[1].split("</section>")[0]
    for label in ("Turkey-Syria normalisation", "Economic cooperation", "Military cooperation"):
        assert label in matrix
    assert '<span dir="rtl" lang="ar" class="ar">تطبيع العلاقات التركية السورية</span>' in matrix
    turkey_row = re.search(r'<tr data-topic-id="turkey_syria_normalisation">.*?</tr>', matrix).group(0)
    assert "● agenda" in turkey_row
    economic_row = re.search(r'<tr data-topic-id="economic_cooperation">.*?</tr>', matrix).group(0)
    assert "○ context" in economic_row and "● agenda" not in economic_row


def test_visit_sections_have_participants_quotes_and_evidence(page, tables):
    vid = tables["visits"].filter(pl.col("start_date") == D(2023, 3, 14))["visit_id"][0]
    section = re.search(rf'<section class="visit reported" id="visit-{vid}">.*?</section>', page).group(0)
    assert "Mikhail Bogdanov" in section
    assert '<bdi dir="auto">Vladimir Putin</bdi></strong>: <blockquote' in section
    assert '<a href="#article-a1">article a1</a> [10–' in section
    assert f'id="ev-{vid}-1"' in section
    assert "date: 2023-03-14 (1 article) vs 2023-03-15 (1 article)" in section
    assert 'id="article-a1"' in page and 'id="article-a2"' in page


def test_markdown_summary_escapes_untrusted_text(tables):
    md = render_markdown_summary(tables)
    assert "<script" not in md and "<img" not in md
    # once from the evidence sentence, once from the quote
    assert md.count("&lt;script&gt;document.title='pwned'&lt;/script&gt;") == 2
    assert md.count(r"\[اضغط هنا\]\(javascript:alert\(1\)\)") == 2
    assert "](javascript" not in md
    assert r"\| \*مهم\* \`x\`" in md
    table = [line for line in md.splitlines() if line.startswith("| ")]
    assert len(table) == 1 + 3  # header + one row per visit
    assert table[1].startswith("| 2015\\-10") or table[1].startswith("| 2015-10")
    assert "0 (referenced)" in table[1]


def test_escape_markdown_in_table_cells():
    assert escape_markdown("a|b\nc", cell=True) == r"a\|b c"
    assert escape_markdown("[x](javascript:y) <b> *_` &lt;") == r"\[x\]\(javascript:y\) &lt;b&gt; \*\_\` \&lt;"
    assert escape_markdown(None) == ""


def test_visits_artifact_rows(tables):
    rows = visits_artifact_rows(tables)
    assert [r["when"] for r in rows] == ["2015-10", "2018-05-17", "2023-03-14 → 2023-03-15"]
    assert [r["status"] for r in rows] == ["referenced only", "reported", "reported"]
    assert rows[2]["n_articles"] == 2 and rows[2]["topics"] == "economic_cooperation, turkey_syria_normalisation"
    assert all(isinstance(v, (str, int)) for r in rows for v in r.values())


def test_publish_report_writes_atomically_and_publishes_artifacts(tables, tmp_path, monkeypatch):
    import prefect.artifacts

    calls = {}
    monkeypatch.setattr(prefect.artifacts, "create_markdown_artifact",
                        lambda **kw: calls.setdefault("markdown", kw))
    monkeypatch.setattr(prefect.artifacts, "create_table_artifact", lambda **kw: calls.setdefault("table", kw))
    monkeypatch.setattr(report, "get_run_logger", lambda: logging.getLogger("test"))
    (tmp_path / "report.html").write_text("old")
    path = report.publish_report.fn(tables, tmp_path)
    assert path == tmp_path / "report.html"
    assert path.read_text(encoding="utf-8") == render_report(tables)
    assert [p.name for p in tmp_path.iterdir()] == ["report.html"]  # no temp files left
    assert (calls["markdown"]["key"], calls["table"]["key"]) == report.artifact_keys(tmp_path)
    assert calls["markdown"]["markdown"] == render_markdown_summary(tables)
    assert len(calls["table"]["table"]) == 3


CHROMIUM = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)


@pytest.mark.skipif(CHROMIUM is None, reason="chromium not installed")
def test_report_renders_in_headless_chromium_without_running_scripts(page, tmp_path):
    html_file = tmp_path / "report.html"
    html_file.write_text(page, encoding="utf-8")
    profile = tmp_path / "profile"
    result = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={profile}",
         "--dump-dom", html_file.as_uri()],
        capture_output=True, text=True, timeout=120,
    )
    dom = result.stdout
    assert "<title>ziyarat report</title>" in dom, result.stderr[-2000:]
    assert "pwned" not in dom.split("<body")[0]  # the injected script never set the title
    assert "<script" not in dom and "<img" not in dom
    assert 'id="timeline"' in dom and 'id="matrix"' in dom
    assert EVIDENCE_AR in dom
    assert "[اضغط هنا](javascript:alert(1))" in dom


def test_each_data_dir_has_its_own_artifact_keys(tmp_path):
    """Prefect's "latest" artifact of a key is per data dir, not whichever dir ran last."""
    one, two = report.artifact_keys(tmp_path / "a"), report.artifact_keys(tmp_path / "b")
    assert one != two and one == report.artifact_keys(tmp_path / "x" / ".." / "a")
    for key in one + two:
        assert re.fullmatch(r"ziyarat-(summary|visits)-[0-9a-f]{8}", key)


def test_publish_report_inside_a_flow_creates_artifacts(prefect_backend, tables, tmp_path):
    """Against a real (throw-away) Prefect server: the artifacts exist under their keys."""
    from prefect import flow
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterKey

    from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterId
    from prefect.runtime import flow_run

    @flow(name="report-test")
    def publish(data_dir: str):
        return report.publish_report(tables, Path(data_dir)), flow_run.id

    path, run_id = publish(str(tmp_path))
    assert path == tmp_path / "report.html"
    assert 'id="timeline"' in (tmp_path / "report.html").read_text(encoding="utf-8")
    # The session's Prefect backend is shared with other runs: read this run's artifacts only.
    summary_key, visits_key = report.artifact_keys(tmp_path)
    with get_client(sync_client=True) as client:
        found = {a.key: a for a in client.read_artifacts(
            artifact_filter=ArtifactFilter(key=ArtifactFilterKey(any_=[summary_key, visits_key])),
            flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=[run_id])))}
    assert set(found) == {summary_key, visits_key}
    assert found[summary_key].type == "markdown"
    assert "&lt;script&gt;" in found[summary_key].data
    assert found[visits_key].type == "table"
