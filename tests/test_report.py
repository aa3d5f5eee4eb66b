"""Report: HTML page, Markdown summary, table artifact rows; untrusted text escaped."""
import datetime as dt
import logging
import re
import shutil
import subprocess
from html.parser import HTMLParser
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
    assert '<bdi dir="rtl" lang="ar" class="ar">تطبيع العلاقات التركية السورية</bdi>' in matrix
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
    for kind in ("markdown", "table"):
        assert re.fullmatch(r"[a-z0-9-]+", calls[kind]["key"])
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
    with get_client(sync_client=True) as client:
        found = {a.key: a for a in client.read_artifacts(
            artifact_filter=ArtifactFilter(key=ArtifactFilterKey(any_=["ziyarat-summary", "ziyarat-visits"])),
            flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=[run_id])))}
    assert set(found) == {"ziyarat-summary", "ziyarat-visits"}
    assert found["ziyarat-summary"].type == "markdown"
    assert "&lt;script&gt;" in found["ziyarat-summary"].data
    assert found["ziyarat-visits"].type == "table"


# ---------------------------------------------------------------- hostile layout: long words, bidi overrides
RLO = "\u202e"  # RIGHT-TO-LEFT OVERRIDE: without isolation it reverses everything after it on the line
BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069\u200e\u200f]")
LONG_WORD = "ب" * 3000 + "x" * 3000  # one 6,000-character token, no space to break at


@pytest.fixture(scope="module")
def crafted():
    """The tables with an article whose source, file name and url carry an RLO and
    whose title and evidence hold a 6,000-character word."""
    tables = _tables()
    tables["articles"] = tables["articles"].with_columns(
        source=pl.when(pl.col("article_id") == "a1").then(pl.lit(f"{RLO}SANA moc.")).otherwise("source"),
        source_file=pl.when(pl.col("article_id") == "a1").then(pl.lit(f"{RLO}gpj.exe")).otherwise("source_file"),
        url=pl.lit(f"https://example.org/{RLO}news"),
        title=pl.when(pl.col("article_id") == "a3").then(pl.lit(LONG_WORD)).otherwise("title"))
    tables["visit_mentions"] = tables["visit_mentions"].with_columns(
        evidence=pl.when(pl.col("article_id") == "a3").then(pl.lit(f"التقى الأسد بوتين {LONG_WORD}"))
        .otherwise("evidence"))
    return tables, render_report(tables)


class _Innermost(HTMLParser):
    """Each text run of the page with the elements open around it."""

    VOID = {"meta", "br", "img", "hr", "input", "link", "line", "circle"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, dict]] = []
        self.runs: list[tuple[str, list[tuple[str, dict]]]] = []

    def handle_starttag(self, tag, attrs):
        if tag not in self.VOID:
            self.stack.append((tag, dict(attrs)))

    def handle_endtag(self, tag):
        while self.stack:
            if self.stack.pop()[0] == tag:
                break

    def handle_data(self, data):
        self.runs.append((data, list(self.stack)))


def test_every_input_field_with_bidi_controls_is_isolated(crafted):
    """Each text run holding a bidi control character (the RLO of a source, a file
    name, a URL) is the whole content of its own <bdi> (or of a whole sentence's
    <p>/<blockquote> with dir set), so it cannot reorder the field after it."""
    tables, page = crafted
    parser = _Innermost()
    parser.feed(page)
    runs = [(text, stack) for text, stack in parser.runs if BIDI_CONTROLS.search(text)]
    assert len(runs) >= 4  # source, file name, and the url of the three articles
    for text, stack in runs:
        tag, attrs = stack[-1]
        assert tag == "bdi" or (tag in ("p", "blockquote") and "dir" in attrs), (text[:40], stack)
    for field in (f"{RLO}SANA moc.", f"{RLO}gpj.exe", f"https://example.org/{RLO}news"):
        assert f'<bdi dir="auto">{field}</bdi>' in page
    assert f'<code><bdi dir="auto">{RLO}gpj.exe</bdi></code>' in page
    assert f'<code class="muted"><bdi dir="auto">https://example.org/{RLO}news</bdi></code>' in page


def test_long_words_wrap_anywhere(crafted):
    _, page = crafted
    css = page.split("<style>", 1)[1].split("</style>", 1)[0]
    body_rule = re.search(r"\bbody \{([^}]*)\}", css).group(1)
    assert "overflow-wrap: anywhere" in body_rule
    assert "nowrap" not in css and "<pre" not in page
    assert LONG_WORD in page  # shown whole, wrapped by the browser, not cut


def _page_width(page: str, tmp_path: Path, name: str) -> int:
    """The page's laid-out width in a 1,200 px wide headless Chromium (a copy of the
    page with a script that writes it into the DOM; the real page forbids scripts)."""
    probe = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", page).replace(
        "</body>", "<script>document.body.dataset.width = document.documentElement.scrollWidth</script></body>")
    html_file = tmp_path / f"{name}.html"
    html_file.write_text(probe, encoding="utf-8")
    result = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--window-size=1200,800",
         f"--user-data-dir={tmp_path / ('profile-' + name)}", "--dump-dom", html_file.as_uri()],
        capture_output=True, text=True, timeout=120)
    found = re.search(r'data-width="(\d+)"', result.stdout)
    assert found, result.stderr[-2000:]
    return int(found.group(1))


@pytest.mark.skipif(CHROMIUM is None, reason="chromium not installed")
def test_a_6000_character_word_does_not_widen_the_page_in_chromium(crafted, tmp_path):
    _, page = crafted
    assert _page_width(page, tmp_path, "wrapped") <= 1200
    # the same page without the rule is as wide as the word (what the test guards against)
    assert _page_width(page.replace("overflow-wrap: anywhere;", ""), tmp_path, "unwrapped") > 5000
