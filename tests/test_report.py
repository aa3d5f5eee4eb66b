"""Report: HTML page (filters, toggle, search, leaders, map, CSP, escaping and bidi
isolation), Markdown summary, table artifact rows."""
import base64
import datetime as dt
import hashlib
import html
import logging
import re
import shutil
import subprocess
from pathlib import Path

import polars as pl
import pytest

from tasks.aggregate import aggregate
from tasks.identify import add_identifiers
from tasks.report import escape_markdown, render_markdown_summary, render_report, summary, visits_artifact_rows
from tasks.report import mapsvg
from tasks.report.page import template
from ziyarat import schemas

D = dt.date
ASSAD, PUTIN, ERDOGAN = "Bashar al-Assad", "Vladimir Putin", "Recep Tayyip Erdogan"
SCRIPT = "<script>document.title='pwned'</script>"
IMG = "<img src=x onerror=\"document.title='pwned'\">"
LINK = "[اضغط هنا](javascript:alert(1))"
EVIDENCE_AR = "وصل الرئيس بشار الأسد إلى موسكو في زيارة رسمية"
RLO = "\u202e"
LONG_WORD = "x" * 6000


def _tables() -> dict[str, pl.DataFrame]:
    """Four visits: 2023 Moscow (two articles, hostile text), 2018 Sochi, an undated
    Erdogan -> Assad visit in Damascus, and October 2015 only referenced. Article a2's
    source, file name and URL carry a right-to-left override; a3's title is one
    6,000-character word."""
    articles = schemas.conform("articles", pl.DataFrame([
        ("a1", "000.txt", "SANA", D(2023, 3, 14), f"{SCRIPT} <b>title</b>", "javascript:alert('url')"),
        ("a2", f"{RLO}txt.100", f"{RLO}evil source", D(2023, 3, 14), None, f"https://example.org/{RLO}gpj.exe"),
        ("a3", "004.txt", "RT Arabic", D(2018, 5, 17), LONG_WORD, None),
        ("a4", "005.txt", "Anadolu", None, None, None),
    ], schema=["article_id", "source_file", "source", "published_date", "title", "url"], orient="row")
        .with_columns(text=pl.lit("نص"), published_date_origin=pl.lit("metadata"), n_chars=pl.lit(2)))

    def vm(a, date, ev, city="Moscow", kind="reported", precision="day", participants=(), pair=(ASSAD, PUTIN),
           country="Russia"):
        return {"article_id": a, "kind": kind, "visitor": pair[0], "host": pair[1], "city": city, "country": country,
                "date": date, "date_precision": precision if date else None, "visit_type": "official",
                "announced": True, "evidence": ev, "evidence_start": 10, "evidence_end": 10 + len(ev),
                "participants": list(participants), "confidence": 1.0}

    visit_mentions = schemas.conform("visit_mentions", pl.DataFrame([
        {**vm("a1", D(2023, 3, 15), EVIDENCE_AR, participants=["Mikhail Bogdanov"]), "date_evidence": "الأربعاء"},
        vm("a2", D(2023, 3, 14), f"قال المصدر {SCRIPT} ثم {LINK} و{IMG}"),
        vm("a3", D(2018, 5, 17), "التقى الأسد بوتين في سوتشي", city="Sochi"),
        vm("a2", D(2015, 10, 1), "زيارته الأولى في تشرين الأول 2015", kind="referenced", precision="month"),
        vm("a4", None, "وصل أردوغان إلى دمشق", city="Damascus", country="Syria", pair=(ERDOGAN, ASSAD)),
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
    out = add_identifiers(aggregate(articles, None, visit_mentions, article_topics, quotes, topics))
    return {**out, "articles": articles, "article_topics": article_topics, "quotes": quotes}


@pytest.fixture(scope="module")
def tables():
    return _tables()


@pytest.fixture(scope="module")
def page(tables):
    return render_report(tables)


def _vid(tables, **where) -> str:
    visits = tables["visits"]
    for col, value in where.items():
        visits = visits.filter(pl.col(col).is_null() if value is None else pl.col(col) == value)
    assert visits.height == 1
    return visits["visit_id"][0]


def _select(page: str, name: str) -> list[tuple[str, str]]:
    """(value, text) of every option of the named filter."""
    block = re.search(rf'<select name="{name}">(.*?)</select>', page).group(1)
    return [(html.unescape(v), html.unescape(t)) for v, t in re.findall(r'<option value="([^"]*)">([^<]*)</option>', block)]


# ---------------------------------------------------------------- filters, toggle, search
def test_filters_list_every_leader_country_year_and_topic_with_counts(page):
    assert _select(page, "leader") == [("", "all"), (ASSAD, f"{ASSAD} (4)"), (ERDOGAN, f"{ERDOGAN} (1)"),
                                       (PUTIN, f"{PUTIN} (3)")]
    assert _select(page, "country") == [("", "all"), ("Russia", "Russia (3)"), ("Syria", "Syria (1)")]
    # newest year first, visits without a date last
    assert _select(page, "year") == [("", "all"), ("2023", "2023 (1)"), ("2018", "2018 (1)"), ("2015", "2015 (1)"),
                                     ("undated", "undated (1)")]
    assert _select(page, "topic") == [("", "all"), ("economic_cooperation", "Economic cooperation (1)"),
                                      ("military_cooperation", "Military cooperation (1)"),
                                      ("turkey_syria_normalisation", "Turkey-Syria normalisation (1)")]
    assert '<input type="search" name="q"' in page


def test_table_rows_carry_the_filter_values(page, tables):
    vid = _vid(tables, start_date=D(2023, 3, 14))
    row = re.search(rf'<tr id="row-{vid}"[^>]*>', page).group(0)
    assert 'class="reported"' in row and 'data-status="reported"' in row
    assert f'data-leaders="[&quot;{ASSAD}&quot;, &quot;{PUTIN}&quot;]"' in row
    assert 'data-country="Russia"' in row and 'data-year="2023"' in row
    assert 'data-topics="[&quot;economic_cooperation&quot;, &quot;turkey_syria_normalisation&quot;]"' in row
    undated = re.search(rf'<tr id="row-{_vid(tables, start_date=None)}"[^>]*>', page).group(0)
    assert 'data-year="undated"' in undated


def test_referenced_visits_are_hidden_until_the_toggle(page, tables):
    referenced = re.search(rf'<tr id="row-{_vid(tables, n_articles=0)}"[^>]*>', page).group(0)
    assert 'class="referenced"' in referenced
    toggle = re.search(r'<input type="checkbox" id="show-referenced"[^>]*>', page).group(0)
    assert "checked" not in toggle
    assert '<label class="toggle" for="show-referenced">' in page
    # the CSS rule that hides them works without script; the count shown is of reported visits
    assert "#show-referenced:not(:checked) ~ .table-wrap tr.referenced { display: none; }" in page
    assert 'showing <span id="shown">3</span> of 4 visits' in page
    # the toggle precedes the table as its sibling, inside the one form the script reads
    form = re.search(r'<form id="filters".*?</form>', page, re.S).group(0)
    assert form.index('id="show-referenced"') < form.index('<div class="table-wrap">')


def test_the_table_is_rendered_once_newest_first(page, tables):
    assert page.count('<table id="visits-table"') == 1
    rows = re.findall(r'<tr id="row-([^"]+)"', page)
    order = tables["visits"].sort("start_date", descending=True, nulls_last=True)["visit_id"].to_list()
    assert rows == order


# ---------------------------------------------------------------- leaders, undated, topics, details
def test_one_section_per_leader_with_counts(page, tables):
    assert re.findall(r'<section class="leader" id="leader-([^"]+)">', page) == \
        ["Bashar_al-Assad", "Vladimir_Putin", "Recep_Tayyip_Erdogan"]
    assad = re.search(r'<section class="leader" id="leader-Bashar_al-Assad">.*?</section>', page).group(0)
    assert "3 reported visits (2 as visitor, 1 as host), 1 referenced only; 2018–2023." in assad
    assert f'data-leader="{ASSAD}"' in assad  # the link that filters the table by this leader
    assert f'<bdi dir="auto">{PUTIN}</bdi> (2)' in assad and f'<bdi dir="auto">{ERDOGAN}</bdi> (1)' in assad


def test_undated_visits_are_labelled_by_their_pair(page, tables):
    vid = _vid(tables, start_date=None)
    details = re.search(rf'<details class="visit reported" id="visit-{vid}"><summary>(.*?)</summary>', page).group(1)
    assert details == (f'<bdi dir="auto">{ERDOGAN}</bdi> → <bdi dir="auto">{ASSAD}</bdi>, '
                       '<bdi dir="auto">Damascus</bdi> <span class="muted">(undated)</span>')
    assert f'<bdi dir="auto">{ERDOGAN} → {ASSAD}, Damascus (undated)</bdi>' in page  # in the leaders' lists
    assert "<th scope=\"col\">undated" not in page


def test_topics_matrix_counts_agenda_and_context_per_leader(page):
    matrix = page.split('<section id="topics">')[1].split("</section>")[0]
    head = re.findall(r'<th scope="col"><a href="#leader-([^"]+)">', matrix)
    assert head == ["Bashar_al-Assad", "Vladimir_Putin", "Recep_Tayyip_Erdogan"]
    turkey = re.search(r'<tr data-topic-id="turkey_syria_normalisation">.*?</tr>', matrix).group(0)
    assert re.findall(r'<td class="n">([^<]*)</td>', turkey) == ["1", "1 ●", "1 ●", ""]
    economic = re.search(r'<tr data-topic-id="economic_cooperation">.*?</tr>', matrix).group(0)
    assert re.findall(r'<td class="n">([^<]*)</td>', economic) == ["1", "1 ○", "1 ○", ""]


def test_visit_details_have_participants_quotes_and_evidence(page, tables):
    vid = _vid(tables, start_date=D(2023, 3, 14))
    section = re.search(rf'<details class="visit reported" id="visit-{vid}">.*?</details>', page).group(0)
    assert "Mikhail Bogdanov" in section
    assert f'<bdi dir="auto">{PUTIN}</bdi></strong>: <blockquote' in section
    assert '<a href="#article-a1">article <bdi dir="auto">a1</bdi></a> [10–' in section
    assert f'id="ev-{vid}-1"' in section
    # the date words an article used are article text too: isolated
    assert '<span class="badge">reported visit (<bdi dir="rtl" lang="ar" class="ar">الأربعاء</bdi>)</span>' in section
    assert "date: 2023-03-14 (1 article) vs 2023-03-15 (1 article)" in section
    assert 'id="article-a1"' in page and 'id="article-a2"' in page


# ---------------------------------------------------------------- map
def test_projection_is_equirectangular_in_half_degrees():
    assert mapsvg.project(0, 0) == (360, 180)
    assert mapsvg.project(90, -180) == (0, 0)
    assert mapsvg.project(55.75, 37.62) == pytest.approx((435.24, 68.5))


def test_map_has_a_circle_per_city_at_its_projected_coordinates(page, tables):
    svg = re.search(r'<svg class="map".*?</svg>', page).group(0)
    circles = re.findall(r'<circle class="city (\w+)" cx="([\d.]+)" cy="([\d.]+)"[^>]*data-place="([^"]+)"', svg)
    coords = {r["city"]: (r["lat"], r["lon"]) for r in tables["visits"].to_dicts()}
    assert coords["Moscow"] == pytest.approx((55.75204, 37.61781))  # from the lexicon, not the test
    expected = {city: (f"{2 * (lon + 180):.1f}", f"{2 * (90 - lat):.1f}") for city, (lat, lon) in coords.items()}
    assert {(cx, cy) for _, cx, cy, _ in circles} == set(expected.values())
    assert len(circles) == 3  # Moscow (a reported and a referenced visit), Sochi, Damascus
    assert '<text x="' in svg and ">Moscow</text>" in svg
    # the land outline is drawn from the committed path file
    outline = mapsvg.world_outline()
    assert f'd="{outline}"' in svg and len(outline) > 10_000
    assert re.fullmatch(r"(M\d+ \d+l-?\d+ -?\d+( -?\d+ -?\d+)*z)+", outline)  # closed rings of relative moves
    assert outline.count("M") > 250  # every country's rings, islands included
    # every table row's place is one of the circles, so the script can show the right ones
    places = {p for *_, p in circles}
    assert set(re.findall(r'<tr [^>]*data-place="([^"]+)"', page)) == places


def test_view_box_zooms_on_the_cities_and_stays_inside_the_world():
    x, y, w, h = mapsvg.view_box([mapsvg.project(55.75, 37.62), mapsvg.project(33.51, 36.29)])
    assert (w, h) == (160, 80)  # the narrowest view, 80 x 40 degrees
    assert x <= 2 * (36.29 + 180) and x + w >= 2 * (37.62 + 180)
    assert mapsvg.view_box([(0, 0), (720, 360)]) == (0, 0, 720, 360)
    assert mapsvg.view_box([]) == (0, 0, 720, 360)


def test_a_city_with_only_referenced_visits_is_hidden_by_default():
    visits = [{"visit_id": "v1", "lat": 10.0, "lon": 20.0, "city": "A", "country": "X", "n_articles": 0},
              {"visit_id": "v2", "lat": -10.0, "lon": -20.0, "city": "B", "country": "Y", "n_articles": 2}]
    svg = mapsvg.map_svg(visits)
    assert re.search(r'<circle class="city referenced" cx="400.0" cy="160.0"[^>]* hidden>', svg)
    assert re.search(r'<circle class="city reported" cx="320.0" cy="200.0"[^>]*"><title>B, Y: 1 reported visit, 0 referenced<', svg)
    assert mapsvg.map_svg([{**visits[0], "lat": None}]).startswith('<p class="muted">No visit')


# ---------------------------------------------------------------- CSP, escaping, bidi
def _csp(page: str) -> str:
    return html.unescape(re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', page).group(1))


def test_only_the_pages_own_script_may_run(page):
    csp = _csp(page)
    scripts = re.findall(r"<script>(.*?)</script>", page, re.S)
    assert scripts == [template("report.js")]  # one script, ours; the article's <script> is text
    digest = base64.b64encode(hashlib.sha256(scripts[0].encode()).digest()).decode()
    assert f"script-src 'sha256-{digest}';" in csp
    style = re.search(r"<style>(.*?)</style>", page, re.S).group(1)
    assert f"style-src 'sha256-{base64.b64encode(hashlib.sha256(style.encode()).digest()).decode()}';" in csp
    assert csp.startswith("default-src 'none';") and "unsafe-inline" not in csp
    assert ' style="' not in page  # inline style attributes would be blocked by the hashed style-src


def test_untrusted_text_is_escaped_in_html(page):
    assert page.lower().count("<script") == 1 and "<img" not in page.lower()
    assert "&lt;script&gt;document.title=&#x27;pwned&#x27;&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=&quot;document.title=&#x27;pwned&#x27;&quot;&gt;" in page
    assert ('<bdi dir="auto">&lt;script&gt;document.title=&#x27;pwned&#x27;&lt;/script&gt; &lt;b&gt;title&lt;/b&gt;'
            "</bdi>") in page  # the article title
    assert "[اضغط هنا](javascript:alert(1))" in page
    hrefs = re.findall(r'href="([^"]*)"', page)
    assert hrefs and all(h.startswith("#") for h in hrefs)  # every link points inside the page
    assert '<code><bdi dir="ltr">javascript:alert(&#x27;url&#x27;)</bdi></code>' in page  # the url as text only


def test_every_source_file_and_url_sits_in_its_own_bdi(page):
    article = re.search(r'<li id="article-a2">.*?</li>', page).group(0)
    assert f'<bdi dir="auto">{RLO}evil source</bdi> · <code><bdi dir="ltr">{RLO}txt.100</bdi></code>' in article
    assert f'<code><bdi dir="ltr">https://example.org/{RLO}gpj.exe</bdi></code>' in article
    # no override character outside a bdi: strip every bdi and none is left
    assert RLO not in re.sub(r"<bdi[^>]*>[^<]*</bdi>", "", page)


def test_long_words_wrap(page):
    assert f'<bdi dir="auto">{LONG_WORD}</bdi>' in page
    assert "overflow-wrap: anywhere;" in page.split("body {")[1].split("}")[0]
    assert "table.visits { table-layout: fixed; }" in page


def test_page_is_self_contained(page):
    assert not re.search(r"(src|href)=\"(https?:)?//", page)
    assert "<link" not in page and "@import" not in page and "url(" not in page


def test_arabic_is_right_to_left(page):
    assert f'<p dir="rtl" lang="ar" class="ar">{EVIDENCE_AR}</p>' in page
    assert '<blockquote dir="rtl" lang="ar" class="ar">العلاقات ممتازة</blockquote>' in page
    assert "unicode-bidi: isolate" in page
    assert f'<bdi dir="auto">{ASSAD}</bdi>' in page


# ---------------------------------------------------------------- Markdown and artifacts
def test_markdown_summary_escapes_untrusted_text(tables):
    md = render_markdown_summary(tables)
    assert "<script" not in md and "<img" not in md
    # once from the evidence sentence, once from the quote
    assert md.count("&lt;script&gt;document.title='pwned'&lt;/script&gt;") == 2
    assert md.count(r"\[اضغط هنا\]\(javascript:alert\(1\)\)") == 2
    assert "](javascript" not in md
    assert r"\| \*مهم\* \`x\`" in md
    table = [line for line in md.splitlines() if line.startswith("| ")]
    assert len(table) == 1 + 4  # header + one row per visit
    assert table[1].startswith("| 2015\\-10") or table[1].startswith("| 2015-10")
    assert "0 (referenced)" in table[1]
    assert f"## {ERDOGAN} → {ASSAD}, Damascus \\(undated\\)" in md  # an undated visit named by its pair


def test_escape_markdown_in_table_cells():
    assert escape_markdown("a|b\nc", cell=True) == r"a\|b c"
    assert escape_markdown("[x](javascript:y) <b> *_` &lt;") == r"\[x\]\(javascript:y\) &lt;b&gt; \*\_\` \&lt;"
    assert escape_markdown(None) == ""


def test_visits_artifact_rows(tables):
    rows = visits_artifact_rows(tables)
    assert [r["when"] for r in rows] == ["2015-10", "2018-05-17", "2023-03-14 → 2023-03-15", "undated"]
    assert [r["status"] for r in rows] == ["referenced only", "reported", "reported", "reported"]
    assert rows[2]["n_articles"] == 2 and rows[2]["topics"] == "economic_cooperation, turkey_syria_normalisation"
    assert all(isinstance(v, (str, int)) for r in rows for v in r.values())


def test_publish_report_writes_atomically_and_publishes_artifacts(tables, tmp_path, monkeypatch):
    import prefect.artifacts

    calls = {}
    monkeypatch.setattr(prefect.artifacts, "create_markdown_artifact",
                        lambda **kw: calls.setdefault("markdown", kw))
    monkeypatch.setattr(prefect.artifacts, "create_table_artifact", lambda **kw: calls.setdefault("table", kw))
    monkeypatch.setattr(summary, "get_run_logger", lambda: logging.getLogger("test"))
    (tmp_path / "report.html").write_text("old")
    path = summary.publish_report.fn(tables, tmp_path)
    assert path == tmp_path / "report.html"
    assert path.read_text(encoding="utf-8") == render_report(tables)
    assert [p.name for p in tmp_path.iterdir()] == ["report.html"]  # no temp files left
    assert (calls["markdown"]["key"], calls["table"]["key"]) == summary.artifact_keys(tmp_path)
    assert calls["markdown"]["markdown"] == render_markdown_summary(tables)
    assert len(calls["table"]["table"]) == 4


# ---------------------------------------------------------------- in a browser
CHROMIUM = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)
# A probe the tests add to the page (with its hash in the CSP): it reports the page's width
# and the rows the page's own script left visible.
PROBE = ("window.addEventListener('load', function () { setTimeout(function () {"
         "document.body.setAttribute('data-width', document.documentElement.scrollWidth);"
         "document.body.setAttribute('data-visible', Array.prototype.filter.call("
         "document.querySelectorAll('#visits-table tbody tr'), function (r) { return r.offsetParent !== null; })"
         ".map(function (r) { return r.id; }).join(' ')); }, 300); });")


def _with_probe(page: str, search: str = "") -> str:
    digest = base64.b64encode(hashlib.sha256(PROBE.encode()).digest()).decode()
    assert "script-src &#x27;sha256-" in page  # the meta's content is escaped like any attribute
    page = page.replace("script-src &#x27;sha256-", f"script-src &#x27;sha256-{digest}&#x27; &#x27;sha256-", 1)
    page = page.replace('<input type="search" name="q"', f'<input type="search" name="q" value="{search}"', 1)
    return page.replace("</body>", f"<script>{PROBE}</script></body>", 1)


def _dump_dom(html_text: str, tmp_path: Path) -> str:
    html_file = tmp_path / "report.html"
    html_file.write_text(html_text, encoding="utf-8")
    result = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={tmp_path / 'profile'}",
         "--window-size=1280,900", "--virtual-time-budget=3000", "--dump-dom", html_file.as_uri()],
        capture_output=True, text=True, timeout=180,
    )
    assert "<title>ziyarat report</title>" in result.stdout, result.stderr[-2000:]
    return result.stdout


@pytest.mark.skipif(CHROMIUM is None, reason="chromium not installed")
def test_report_in_headless_chromium_filters_wraps_and_runs_no_injected_script(page, tables, tmp_path):
    dom = _dump_dom(_with_probe(page), tmp_path)
    assert "pwned" not in dom.split("<body")[0]  # the injected script never set the title
    assert "<img" not in dom and EVIDENCE_AR in dom and "[اضغط هنا](javascript:alert(1))" in dom
    width = int(re.search(r'data-width="(\d+)"', dom).group(1))
    assert width <= 1280  # the 6,000-character word wraps instead of widening the page
    visible = re.search(r'data-visible="([^"]*)"', dom).group(1).split()
    reported = tables["visits"].filter(pl.col("n_articles") > 0)["visit_id"].to_list()
    assert sorted(visible) == sorted(f"row-{v}" for v in reported)  # referenced rows hidden by default
    # the page's own script ran and filtered: a search typed before load leaves one row
    sochi = _dump_dom(_with_probe(page, search="sochi"), tmp_path)
    assert re.search(r'data-visible="([^"]*)"', sochi).group(1) == f"row-{_vid(tables, city='Sochi')}"
    assert '<span id="shown">1</span>' in sochi
    # and the map with it: only Sochi's circle is left
    circles = dict(re.findall(r'<circle class="city \w+" [^>]*data-place="([^"]+)"([^>]*)>', sochi))
    assert sorted(hidden == " hidden=\"\"" for hidden in circles.values()) == [False, True, True]


@pytest.mark.skipif(CHROMIUM is None, reason="chromium not installed")
def test_a_script_whose_hash_is_not_in_the_csp_does_not_run(page, tables, tmp_path):
    tampered = _with_probe(page, search="sochi").replace(template("report.js"), template("report.js") + ";", 1)
    dom = _dump_dom(tampered, tmp_path)
    assert '<span id="shown">3</span>' in dom  # the filter script was refused: nothing filtered


def test_each_data_dir_has_its_own_artifact_keys(tmp_path):
    """Prefect's "latest" artifact of a key is per data dir, not whichever dir ran last."""
    one, two = summary.artifact_keys(tmp_path / "a"), summary.artifact_keys(tmp_path / "b")
    assert one != two and one == summary.artifact_keys(tmp_path / "x" / ".." / "a")
    for key in one + two:
        assert re.fullmatch(r"ziyarat-(summary|visits)-[0-9a-f]{8}", key)


def test_publish_report_inside_a_flow_creates_artifacts(prefect_backend, tables, tmp_path):
    """Against a real (throw-away) Prefect server: the artifacts exist under their keys."""
    from prefect import flow
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterKey, FlowRunFilter, FlowRunFilterId
    from prefect.runtime import flow_run

    @flow(name="report-test")
    def publish(data_dir: str):
        return summary.publish_report(tables, Path(data_dir)), flow_run.id

    path, run_id = publish(str(tmp_path))
    assert path == tmp_path / "report.html"
    assert 'id="visits-table"' in (tmp_path / "report.html").read_text(encoding="utf-8")
    # The session's Prefect backend is shared with other runs: read this run's artifacts only.
    summary_key, visits_key = summary.artifact_keys(tmp_path)
    with get_client(sync_client=True) as client:
        found = {a.key: a for a in client.read_artifacts(
            artifact_filter=ArtifactFilter(key=ArtifactFilterKey(any_=[summary_key, visits_key])),
            flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=[run_id])))}
    assert set(found) == {summary_key, visits_key}
    assert found[summary_key].type == "markdown"
    assert "&lt;script&gt;" in found[summary_key].data
    assert found[visits_key].type == "table"


def test_the_report_reads_only_the_cited_articles_rows(tables):
    """Articles no visit cites add to the article count and nothing else: their
    quotes, topics and rows are never grouped, and the page is the one without them."""
    from tasks.report.model import report_data

    extra = {
        "articles": pl.concat([tables["articles"], tables["articles"].filter(pl.col("article_id") == "a1")
                               .with_columns(article_id=pl.lit("z9"), source_file=pl.lit("999.txt"))]),
        "quotes": pl.concat([tables["quotes"], tables["quotes"].head(1).with_columns(article_id=pl.lit("z9"))]),
        "article_topics": pl.concat([tables["article_topics"],
                                     tables["article_topics"].head(1).with_columns(article_id=pl.lit("z9"))]),
    }
    data = report_data({**tables, **extra})
    assert data.n_articles == 5 and sorted(data.articles["article_id"]) == ["a1", "a2", "a3", "a4"]
    assert "z9" not in data.quotes_by_article and "z9" not in data.agenda_by_article
    assert render_report({**tables, **extra}) == render_report(tables).replace("4 articles", "5 articles")


def test_cited_articles_are_those_of_visits_and_of_linked_visit_mentions():
    from tasks.report.model import cited_articles
    visits = pl.DataFrame({"visit_id": ["v1"], "article_ids": [["a1", "a2"]]})
    mentions = pl.DataFrame({"article_id": ["a2", "a3", "a4"], "visit_id": ["v1", "v1", None]})
    assert cited_articles({"visits": visits, "visit_mentions": mentions}) == {"a1", "a2", "a3"}


def test_the_number_of_articles_can_be_given_instead_of_a_row_per_article(tables):
    """The flow hands the report only the cited articles and the database's count."""
    from tasks.report.summary import render_all

    counted = render_all(tables, n_articles=123456)
    assert "from **123456** articles" in counted.markdown
    own = render_all(tables)
    assert f"from **{tables['articles'].height}** articles" in own.markdown


def test_the_chronological_order_of_rows_read_once_is_that_of_the_table():
    """render_all reads the visits once: the oldest-first order the summary and the
    artifact show is the one visits_in_order gives (dates, then end dates, undated last)."""
    from tasks.report.model import chronological, visits_in_order

    D = dt.date
    visits = schemas.conform("visits", pl.DataFrame({
        "visit_id": ["v_c", "v_a", "v_u", "v_b", "v_e"], "visitor": ["X"] * 5, "host": ["Y"] * 5,
        "start_date": [D(2023, 3, 14), D(2023, 3, 14), None, D(2021, 1, 2), D(2023, 3, 14)],
        "end_date": [D(2023, 3, 15), D(2023, 3, 15), None, None, None]}))
    newest_first = visits_in_order(visits, newest_first=True)
    assert [v["visit_id"] for v in chronological(newest_first)] == ["v_b", "v_a", "v_c", "v_e", "v_u"]
    assert chronological(newest_first) == visits_in_order(visits)


def test_the_artifact_rows_from_the_grouped_tables_are_those_from_the_tables(tables):
    from tasks.report.model import report_data

    data = report_data(tables)
    assert visits_artifact_rows(tables, data) == visits_artifact_rows(tables)
    assert [r["visit_id"] for r in visits_artifact_rows(tables)] == [v["visit_id"] for v in data.chronological]


def test_an_isolated_run_is_made_once_per_distinct_text():
    """bidi: Arabic gets rtl, the rest auto, every run escaped; a page repeats names and
    ids (~3 times each over 240k articles), so each distinct text is built once."""
    from tasks.report import text

    text._isolated.cache_clear()
    assert text.bidi("بشار الأسد") == '<bdi dir="rtl" lang="ar" class="ar">بشار الأسد</bdi>'
    assert text.bidi("a<b", tag="p", cls="q") == '<p dir="auto" class="q">a&lt;b</p>'
    assert text.bidi("بشار الأسد") == '<bdi dir="rtl" lang="ar" class="ar">بشار الأسد</bdi>'
    assert text.bidi(2023) == '<bdi dir="auto">2023</bdi>' and text.bidi(None) == text.bidi("") == ""
    assert (text._isolated.cache_info().misses, text._isolated.cache_info().hits) == (3, 1)
