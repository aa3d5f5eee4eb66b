"""Ingest: compressed files (.gz, .bz2, .xz), web archives (WARC, WARC.gz) and RSS/Atom
feeds, each built here in a few lines; bad ones quarantined like the others; and the
`source` of an HTML page (never its headline)."""
from __future__ import annotations

import bz2
import gzip
import io
import lzma

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from tests.test_ingest import AR, AR2, run, write, zip_bytes

PAGE = f"<html><head><title>الأسد في موسكو</title></head><body><article><p>{AR}</p><p>{AR2}</p></article></body></html>"
COMPRESS = {".gz": gzip.compress, ".bz2": bz2.compress, ".xz": lzma.compress}


# ---------------------------------------------------------------- compressed files
@pytest.mark.parametrize("suffix", COMPRESS)
def test_compressed_files_of_each_type_are_read_as_the_inner_type(tmp_path, suffix):
    pack = COMPRESS[suffix]
    write(tmp_path, f"a.txt{suffix}", pack(AR.encode("cp1256")))
    write(tmp_path, f"p.html{suffix}", pack(PAGE.encode()))
    write(tmp_path, f"r.jsonl{suffix}", pack(('{"content": "%s", "date": "2015-07-21"}\n{"content": "%s"}\n'
                                              % (AR, AR2)).encode()))
    write(tmp_path, f"j.json{suffix}", pack(('[{"text": "%s"}]' % AR2).encode()))
    docs, quarantine = run(tmp_path)
    assert quarantine == {}
    got = {name: (doc["input_format"], doc["encoding"], doc["published_at"]) for name, doc in docs.items()}
    assert got == {f"a.txt{suffix}": ("txt", "cp1256", None), f"p.html{suffix}": ("html", "utf-8", None),
                   f"r.jsonl{suffix}#0": ("jsonl", "utf-8", "2015-07-21"), f"r.jsonl{suffix}#1": ("jsonl", "utf-8", None),
                   f"j.json{suffix}#0": ("json", "utf-8", None)}
    assert docs[f"a.txt{suffix}"]["raw_text"] == AR
    assert docs[f"a.txt{suffix}"]["n_bytes"] == len(AR.encode("cp1256"))  # the decompressed bytes


def test_bad_compressed_files_are_quarantined(tmp_path):
    write(tmp_path, "broken.txt.gz", gzip.compress(AR.encode())[:-12])
    write(tmp_path, "junk.txt.xz", b"not xz at all")
    write(tmp_path, "bomb.jsonl.bz2", bz2.compress(b" " * 30_000_000))  # past 200x, stopped at 1 MB
    write(tmp_path, "big.txt.gz", gzip.compress(AR.encode() * 20))
    write(tmp_path, "plain.gz", gzip.compress(AR.encode()))
    write(tmp_path, "twice.txt.gz.gz", gzip.compress(gzip.compress(AR.encode())))
    docs, quarantine = run(tmp_path, max_file_bytes=2000)
    assert docs == {}
    reasons = {name: row["reason"] for name, row in quarantine.items()}
    assert reasons == {"broken.txt.gz": "parse_error", "junk.txt.xz": "parse_error", "bomb.jsonl.bz2": "zip_bomb",
                       "big.txt.gz": "too_large", "plain.gz": "not_text", "twice.txt.gz.gz": "not_text"}


def test_compressed_members_of_a_zip_and_a_compressed_zip_are_read(tmp_path):
    write(tmp_path, "z.zip", zip_bytes({"a.txt.gz": gzip.compress(AR.encode()), "b.txt.xz": b"junk"}))
    write(tmp_path, "y.zip.xz", lzma.compress(zip_bytes({"m.txt": AR2.encode()})))
    docs, quarantine = run(tmp_path)
    assert {name: doc["raw_text"] for name, doc in docs.items()} == {"z.zip/a.txt.gz": AR, "y.zip.xz/m.txt": AR2}
    assert quarantine["z.zip/b.txt.xz"]["reason"] == "parse_error"


# ---------------------------------------------------------------- web archives
def warc(records: list[tuple], gz: bool = True, info: bool = True) -> bytes:
    """A WARC of (uri, date, content type, status, body) response records, after a
    warcinfo record (not an input) when `info`."""
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gz)
    if info:
        writer.write_record(writer.create_warcinfo_record("test.warc", {"software": "ziyarat tests"}))
    for uri, date, ctype, status, body in records:
        http = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=http,
                                                      warc_headers_dict={"WARC-Date": date}))
    return buf.getvalue()


def test_warc_records_keep_their_url_date_and_charset(tmp_path):
    dated = PAGE.replace("<head>", '<head><meta property="article:published_time" content="2018-03-10">')
    write(tmp_path, "c.warc.gz", warc([
        ("https://www.example.com/a", "2018-03-14T10:00:00Z", "text/html; charset=windows-1256", "200 OK",
         PAGE.encode("cp1256")),
        ("https://news.example.org/b", "2018-03-15T08:00:00Z", "text/html", "200 OK", dated.encode()),
        ("https://www.example.com/c.png", "2018-03-15T10:00:00Z", "image/png", "200 OK", b"\x89PNG\r\n"),
        ("https://www.example.com/old", "2018-03-15T10:00:00Z", "text/html", "301 Moved Permanently", b""),
    ]))
    write(tmp_path, "plain.warc", warc([("https://ex.org/x", "2019-01-02T03:04:05Z", "text/plain; charset=utf-8",
                                         "200 OK", AR.encode())], gz=False, info=False))
    docs, quarantine = run(tmp_path)
    got = {name: (doc["url"], doc["source"], doc["published_at"], doc["encoding"], doc["input_format"])
           for name, doc in docs.items()}
    assert got == {  # record 0 of c.warc.gz is its warcinfo
        "c.warc.gz#1": ("https://www.example.com/a", "example.com", "2018-03-14T10:00:00Z", "cp1256", "html"),
        "c.warc.gz#2": ("https://news.example.org/b", "news.example.org", "2018-03-10", "utf-8", "html"),
        "plain.warc#0": ("https://ex.org/x", "ex.org", "2019-01-02T03:04:05Z", "utf-8", "txt"),
    }
    assert AR in docs["c.warc.gz#1"]["raw_text"]
    assert {name: row["reason"] for name, row in quarantine.items()} == {"c.warc.gz#3": "not_text", "c.warc.gz#4": "empty"}


def test_a_web_archive_is_streamed_and_only_its_pages_are_limited(tmp_path):
    page = PAGE.encode()
    write(tmp_path, "big.warc.gz", warc([(f"https://ex.org/{i}", "2018-03-14T10:00:00Z", "text/html", "200 OK",
                                          page) for i in range(3)]
                                        + [("https://ex.org/big", "2018-03-14T10:00:00Z", "text/html", "200 OK",
                                            page * 10)]))
    size = (tmp_path / "in" / "big.warc.gz").stat().st_size
    docs, quarantine = run(tmp_path, max_zip_bytes=size // 2, max_file_bytes=len(page) + 10)
    assert sorted(docs) == ["big.warc.gz#1", "big.warc.gz#2", "big.warc.gz#3"]
    assert quarantine["big.warc.gz#4"]["reason"] == "too_large"


def test_bad_web_archives_are_quarantined(tmp_path):
    good = warc([("https://ex.org/x", "2018-03-14T10:00:00Z", "text/html", "200 OK", PAGE.encode())], gz=False)
    write(tmp_path, "junk.warc.gz", b"five words pass for arc")
    write(tmp_path, "only_info.warc", warc([], gz=False))
    write(tmp_path, "torn.warc", good + b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99\r\n\r\nshort")
    docs, quarantine = run(tmp_path)
    assert list(docs) == ["torn.warc#1"]  # the record before the damage stands
    reasons = {name: row["reason"] for name, row in quarantine.items()}
    assert reasons == {"junk.warc.gz": "parse_error", "only_info.warc": "empty", "torn.warc#2": "parse_error"}


# ---------------------------------------------------------------- feeds
RSS = f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>الوطن</title><link>https://alwatan.example</link>
<item><title>الأسد في موسكو</title><link>https://alwatan.example/1</link>
<pubDate>Tue, 14 Mar 2023 01:00:00 +0300</pubDate><description>ملخص قصير</description>
<content:encoded><![CDATA[<p>{AR}</p><script>x()</script><p>{AR2}</p>]]></content:encoded></item>
<item><title>خبر آخر</title><link>https://alwatan.example/2</link><description>{AR2}</description></item>
<item><title>بلا نص</title></item>
</channel></rss>"""
ATOM = f"""<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Example News</title>
<entry><title>قمة</title><link href="https://atom.example/q"/><author><name>مراسل</name></author>
<published>2023-03-14T10:00:00+03:00</published><summary>ملخص</summary>
<content type="html">&lt;p&gt;{AR}&lt;/p&gt;</content></entry></feed>"""


def test_rss_and_atom_items_are_articles_with_their_full_text(tmp_path):
    write(tmp_path, "f.rss", RSS)
    write(tmp_path, "a.atom", ATOM)
    write(tmp_path, "f.xml.gz", gzip.compress(RSS.encode()))
    docs, quarantine = run(tmp_path)
    rss = docs["f.rss#0"]
    assert rss["raw_text"] == f"{AR}\n{AR2}"  # content:encoded, not the summary; the script gone
    assert (rss["title"], rss["url"], rss["source"], rss["published_at"], rss["input_format"]) == (
        "الأسد في موسكو", "https://alwatan.example/1", "الوطن", "2023-03-14T01:00:00+03:00", "feed")
    assert docs["f.rss#1"]["raw_text"] == AR2  # no full text: the description
    atom = docs["a.atom#0"]
    assert (atom["raw_text"], atom["author"], atom["published_at"], atom["source"]) == (
        AR, "مراسل", "2023-03-14T10:00:00+03:00", "Example News")
    assert docs["f.xml.gz#0"]["raw_text"] == rss["raw_text"]
    assert {name: row["reason"] for name, row in quarantine.items()} == {"f.rss#2": "empty", "f.xml.gz#2": "empty"}


def test_bad_feeds_are_quarantined(tmp_path):
    write(tmp_path, "not_a_feed.xml", "<root><a>1</a></root>")
    write(tmp_path, "empty.rss", '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title></channel></rss>')
    write(tmp_path, "binary.atom", b"\x89PNG\r\n\x1a\n\x00\x00")
    write(tmp_path, "torn.rss", RSS[:RSS.index("<item><title>خبر آخر")])  # cut after one item: still read
    docs, quarantine = run(tmp_path)
    assert list(docs) == ["torn.rss#0"]
    assert {name: row["reason"] for name, row in quarantine.items()} == {
        "not_a_feed.xml": "parse_error", "empty.rss": "empty", "binary.atom": "parse_error"}


# ---------------------------------------------------------------- the source of an HTML page
BODY = f"<body><article><h1>الأسد يلتقي بوتين</h1><p>{AR}</p><p>{AR2}</p></article></body>"


@pytest.mark.parametrize("head, source", [
    # trafilatura's sitename takes these title parts and meta tags: the headline
    ("<title>عاجل | الأسد يلتقي بوتين في موسكو...</title>", None),
    ("<title>خبر</title><meta name='copyright' content='الأسد يلتقي بوتين'>", None),
    ("<title>الأسد يلتقي بوتين</title><meta property='og:site_name' content='الوطن'>", "الوطن"),
    ("<title>الأسد يلتقي بوتين</title><meta name='application-name' content='صحيفة الرياض'>", "صحيفة الرياض"),
    ("<title>عاجل | الأسد يلتقي بوتين...</title><link rel='canonical' href='https://www.alwatan.example/n/1'>",
     "alwatan.example"),
])
def test_an_html_page_never_gets_its_headline_as_source(tmp_path, head, source):
    write(tmp_path, "p.html", f"<html><head>{head}</head>{BODY}</html>")
    docs, quarantine = run(tmp_path)
    assert docs["p.html"]["source"] == source
