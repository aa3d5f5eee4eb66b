"""HTML pages: the main text (trafilatura, lxml as a fallback) and the page's own
metadata (title, date, author, site name)."""
from __future__ import annotations

import re

CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)""", re.I)


# Page furniture that is never the article (trafilatura's recall mode keeps menus).
CHROME_XPATH = ["//nav", "//footer", "//aside", "//form", "//*[@role='navigation']", "//*[@role='banner']"]
# Metadata that names the site itself. trafilatura's own `sitename` falls back on parts
# of the <title>, which on a page without these is often the headline.
SITE_NAME_XPATH = ("//meta[@property='og:site_name' or @name='og:site_name' "
                   "or @name='application-name']/@content")


def html_main_text(html: str, url: str | None = None) -> tuple[str, dict[str, str | None]]:
    """Main text of a page (trafilatura, favouring recall, without comments; lxml's
    visible text as a fallback) and the page's own title/date/author/url metadata;
    `source` only from metadata naming the site (else the ingest takes the URL's host)."""
    import trafilatura

    meta: dict[str, str | None] = {}
    tree = trafilatura.load_html(html)
    doc = None
    if tree is not None:
        doc = trafilatura.bare_extraction(
            tree, url=url, favor_recall=True, include_comments=False, include_tables=True,
            with_metadata=True, date_extraction_params={"extensive_search": False, "original_date": True},
            prune_xpath=CHROME_XPATH,
        )
    text = None
    if doc is not None:
        text = doc.text if not isinstance(doc, dict) else doc.get("text")
        get = (lambda k: doc.get(k)) if isinstance(doc, dict) else (lambda k: getattr(doc, k, None))
        site = next((s.strip() for s in tree.xpath(SITE_NAME_XPATH) if s.strip()), None)
        meta = {"title": get("title"), "published_at": get("date"), "author": get("author"),
                "url": get("url"), "source": site}
    if not text or not text.strip():
        text = lxml_text(html)
    return text or "", meta


def lxml_text(html: str) -> str:
    """Visible text without scripts, styles, navigation, headers and footers."""
    import lxml.html

    try:
        tree = lxml.html.fromstring(html)
    except Exception:  # noqa: BLE001 - lxml raises several types on junk
        return ""
    for bad in tree.xpath("|".join(CHROME_XPATH + ["//script", "//style", "//noscript", "//template", "//iframe"])):
        bad.drop_tree()
    body = tree.find("body")
    node = body if body is not None else tree
    lines = (" ".join(t.split()) for t in node.itertext())
    return "\n".join(line for line in lines if line)
