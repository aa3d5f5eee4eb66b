"""Ingest: every format, every quarantine reason, manifests and accounting, on tiny
inputs built in tmp_path."""
from __future__ import annotations

import functools
import hashlib
import io
import json
import zipfile
from pathlib import Path

import polars as pl
import pytest

from tests.builders import zip_with_broken_members
from tasks.ingest import (AccountingError, InputError, accounting, combine, decode_text, groups, ingest, list_inputs, plan,
                          read_inputs, read_manifest)
from ziyarat import schemas
from ziyarat.settings import Settings

AR = ("التقى الرئيس السوري بشار الأسد نظيره الروسي فلاديمير بوتين في موسكو اليوم "
      "وبحث الجانبان التعاون الثنائي والأوضاع في المنطقة.")
AR2 = "أعلنت وزارة الزراعة عن خطة جديدة لدعم المزارعين في المناطق الريفية خلال الموسم المقبل."
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256))
TRUNCATED = AR.encode("utf-8")[:AR.encode("utf-8").index("ب".encode()) + 1]  # cut inside the letter ba


def run(tmp_path: Path, **kw) -> tuple[dict, dict]:
    """ingest() over tmp_path/'in'; returns ({source_file: doc row}, {source_file: quarantine row})."""
    docs, quarantine = ingest(Settings(input_dir=tmp_path / "in", **kw))
    assert docs.columns[:11] == ["source_file", "raw_text", "title", "url", "source", "author", "published_at",
                                 "bytes_sha256", "n_bytes", "input_format", "meta_origin"]
    schemas.check("quarantine", quarantine)
    return ({r["source_file"]: r for r in docs.iter_rows(named=True)},
            {r["source_file"]: r for r in quarantine.iter_rows(named=True)})


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / "in" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def zip_bytes(members: dict[str, bytes], method=zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", method) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buf.getvalue()


# ---------------------------------------------------------------- txt and encodings
def test_utf8_txt_is_a_doc_with_the_hash_of_its_bytes(tmp_path):
    raw = AR.encode("utf-8")
    write(tmp_path, "a.txt", raw)
    docs, quarantine = run(tmp_path)
    assert quarantine == {}
    doc = docs["a.txt"]
    assert doc["raw_text"] == AR
    assert doc["bytes_sha256"] == hashlib.sha256(raw).hexdigest()
    assert doc["n_bytes"] == len(raw)
    assert (doc["input_format"], doc["encoding"], doc["meta_origin"], doc["published_at"]) == ("txt", "utf-8", None, None)


@pytest.mark.parametrize("encoded, encoding", [
    (AR.encode("utf-8-sig"), "utf-8"),
    (AR.encode("utf-16"), "utf-16"),
    (AR.encode("utf-16-be"), "utf-16-be"),  # no BOM: charset-normalizer finds it
    (AR.encode("utf-16-le"), "utf-16-le"),
    ("\ufeff".encode("utf-16-be") + AR.encode("utf-16-be"), "utf-16"),
    (AR.encode("cp1256"), "cp1256"),
    (AR.encode("iso-8859-6"), "iso8859-6"),  # once read as cp1256: 'انتâé' for 'التقى'
    (AR2.encode("iso-8859-6")[:40], "iso8859-6"),  # too short for charset-normalizer alone
])
def test_encodings_are_detected(tmp_path, encoded, encoding):
    write(tmp_path, "a.txt", encoded)
    docs, quarantine = run(tmp_path)
    assert quarantine == {}
    assert AR.startswith(docs["a.txt"]["raw_text"]) or AR2.startswith(docs["a.txt"]["raw_text"])
    assert docs["a.txt"]["encoding"] == encoding


@pytest.mark.parametrize("name, data, reason", [
    ("empty.txt", b"", "empty"),
    ("blank.txt", " \n\t\r\n\u00a0\n".encode("utf-8"), "empty"),
    ("image.png", PNG, "not_text"),
    ("png_named.txt", PNG, "not_text"),
    ("nul.txt", b"abc\x00def", "not_text"),
    ("truncated.txt", TRUNCATED, "bad_encoding"),
    ("latin1.txt", "café crème brûlée".encode("latin-1"), "bad_encoding"),
    ("notes.md", b"# notes", "not_text"),
    ("doc.pdf", b"%PDF-1.4 ...", "not_text"),
])
def test_bad_files_are_quarantined_with_a_reason(tmp_path, name, data, reason):
    write(tmp_path, name, data)
    docs, quarantine = run(tmp_path)
    assert docs == {}
    row = quarantine[name]
    assert row["reason"] == reason
    assert row["detail"]
    assert row["bytes_sha256"] == hashlib.sha256(data).hexdigest()
    assert row["n_bytes"] == len(data)


def test_blank_is_not_strip():
    from tasks.ingest.decode import blank

    assert all(blank(chr(c)) == (not chr(c).strip()) for c in range(0x110000))
    assert [blank(t) for t in ["", " \n\t\u00a0\u3000", " ا ", "\u200b"]] == [True, True, False, False]


def test_truncated_utf8_says_so():
    with pytest.raises(Exception) as err:
        decode_text(TRUNCATED)
    assert err.value.reason == "bad_encoding" and "truncated" in err.value.detail


def test_too_large_is_refused_before_reading(tmp_path):
    write(tmp_path, "big.txt", AR * 20)
    write(tmp_path, "small.txt", AR)
    docs, quarantine = run(tmp_path, max_file_bytes=1000)
    assert quarantine["big.txt"]["reason"] == "too_large"
    assert quarantine["big.txt"]["n_bytes"] == len((AR * 20).encode())
    assert list(docs) == ["small.txt"]


def test_hidden_files_are_ignored_and_odd_names_work(tmp_path):
    write(tmp_path, ".gitkeep", b"")
    write(tmp_path, "sub/.DS_Store", b"\x00\x01")
    write(tmp_path, ".hidden_dir/a.txt", AR)
    write(tmp_path, "أخبار محلية/خبر عن الزيارة.txt", AR)
    write(tmp_path, "with space & (odd) #chars!.txt", AR2)
    docs, quarantine = run(tmp_path)
    assert quarantine == {}
    # '#' is escaped: "x.jsonl#0" names record 0 of x.jsonl (see test_ingest_names.py)
    assert sorted(docs) == ["with space & (odd) %23chars!.txt", "أخبار محلية/خبر عن الزيارة.txt"]
    assert docs["أخبار محلية/خبر عن الزيارة.txt"]["raw_text"] == AR


def test_symlinks_outside_are_not_followed(tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text(AR2, encoding="utf-8")
    write(tmp_path, "real.txt", AR)
    (tmp_path / "in" / "link_outside.txt").symlink_to(outside / "secret.txt")
    (tmp_path / "in" / "dir_outside").symlink_to(outside)
    (tmp_path / "in" / "link_inside.txt").symlink_to(tmp_path / "in" / "real.txt")
    docs, quarantine = run(tmp_path)
    assert quarantine["link_outside.txt"]["reason"] == "symlink_outside"
    assert quarantine["dir_outside"]["reason"] == "symlink_outside"
    assert docs["link_inside.txt"]["raw_text"] == AR
    assert "secret" not in " ".join(docs)


def test_missing_input_dir_is_a_one_line_input_error(tmp_path):
    with pytest.raises(InputError) as err:
        ingest(Settings(input_dir=tmp_path / "nope"))
    assert "input directory not found" in str(err.value) and "\n" not in str(err.value)
    assert isinstance(err.value, ValueError)


# ---------------------------------------------------------------- html
ARTICLE_HTML = f"""<html><head><title>الأسد في موسكو</title>
<meta property="og:title" content="الأسد في موسكو">
<meta property="article:published_time" content="2023-03-14T10:00:00+00:00">
<script>var tracking = "لا تظهر";</script></head>
<body><nav><ul><li>الرئيسية</li><li>سياسة</li><li>اقتصاد</li></ul></nav>
<article><h1>الأسد في موسكو</h1><p>{AR}</p><p>{AR2}</p>
<p>وأكد الجانبان أهمية مواصلة التنسيق في القضايا الإقليمية والدولية وتعزيز العلاقات.</p></article>
<footer>جميع الحقوق محفوظة</footer></body></html>"""


def test_html_main_text_and_metadata(tmp_path):
    write(tmp_path, "page.html", ARTICLE_HTML)
    docs, quarantine = run(tmp_path)
    doc = docs["page.html"]
    assert quarantine == {}
    assert doc["input_format"] == "html"
    assert AR in doc["raw_text"] and AR2 in doc["raw_text"]
    assert "tracking" not in doc["raw_text"] and "لا تظهر" not in doc["raw_text"]
    assert doc["title"] == "الأسد في موسكو"
    assert doc["published_at"] == "2023-03-14" and doc["meta_origin"] == "metadata"


def test_html_in_windows_1256_with_a_meta_charset(tmp_path):
    html = f'<html><head><meta charset="windows-1256"></head><body><article><p>{AR}</p><p>{AR2}</p></article></body></html>'
    write(tmp_path, "old.htm", html.encode("cp1256"))
    docs, _ = run(tmp_path)
    assert AR in docs["old.htm"]["raw_text"]


@pytest.mark.parametrize("html, reason", [
    ("<html><head><script>var a = 1;</script><style>p {color: red}</style></head>"
     "<body><script>document.write('مرحبا بكم');</script><noscript></noscript></body></html>", "no_main_text"),
    ("<html><body><nav><a href='/'>الرئيسية</a><a href='/x'>سياسة</a></nav></body></html>", "no_main_text"),
    ("   \n", "empty"),
])
def test_html_without_main_text_is_quarantined(tmp_path, html, reason):
    write(tmp_path, "page.html", html)
    docs, quarantine = run(tmp_path)
    assert docs == {}
    assert quarantine["page.html"]["reason"] == reason


# ---------------------------------------------------------------- json / jsonl
def test_json_object_and_array_records(tmp_path):
    one = {"content": AR, "title": "عنوان", "url": "https://www.example.com/a", "date": "2015-07-21",
           "author": "مراسل"}
    write(tmp_path, "one.json", json.dumps(one, ensure_ascii=False))
    many = [{"text": AR2, "published_at": "2020-01-02T03:04:05Z", "source": "wire"},
            {"content": AR, "date_extracted": "2015-07-21 02:51:32"},
            {"title": "no text here"},
            {"content": "   "},
            ["not", "an", "object"]]
    write(tmp_path, "many.json", json.dumps(many, ensure_ascii=False, indent=1))
    docs, quarantine = run(tmp_path)
    d = docs["one.json"]
    assert (d["raw_text"], d["title"], d["url"], d["author"]) == (AR, "عنوان", "https://www.example.com/a", "مراسل")
    assert d["source"] == "example.com"  # from the url when the record names none
    assert (d["published_at"], d["meta_origin"], d["input_format"]) == ("2015-07-21", "metadata", "json")
    assert docs["many.json#0"]["published_at"] == "2020-01-02T03:04:05Z"
    assert docs["many.json#0"]["source"] == "wire"
    assert docs["many.json#1"]["published_at"] == "2015-07-21 02:51:32"
    # a record's hash is the hash of its own JSON text as written in the file
    assert docs["many.json#1"]["bytes_sha256"] == hashlib.sha256(
        json.dumps(many[1], ensure_ascii=False, indent=1).replace("\n", "\n ").encode()).hexdigest()
    assert {k: v["reason"] for k, v in quarantine.items()} == {
        "many.json#2": "parse_error", "many.json#3": "empty", "many.json#4": "parse_error"}


@pytest.mark.parametrize("text, reason", [
    ('{"content": "' + AR + '", "title": ', "parse_error"),
    ("[]", "empty"),
    ("42", "parse_error"),
    ('[{"content": "x"} {"content": "y"}]', "parse_error"),
])
def test_bad_json_files(tmp_path, text, reason):
    write(tmp_path, "bad.json", text)
    docs, quarantine = run(tmp_path)
    assert docs == {}
    assert quarantine["bad.json"]["reason"] == reason


def test_jsonl_with_broken_lines_keeps_the_good_ones(tmp_path):
    lines = [json.dumps({"content": AR, "title": "أ"}, ensure_ascii=False),
             '{"content": "سطر مكسور',
             "",
             json.dumps({"text": AR2, "date": "2020-02-02"}, ensure_ascii=False),
             "[1, 2"]
    write(tmp_path, "records.jsonl", "\n".join(lines) + "\n")
    docs, quarantine = run(tmp_path)
    assert sorted(docs) == ["records.jsonl#0", "records.jsonl#3"]
    assert docs["records.jsonl#3"]["raw_text"] == AR2
    assert docs["records.jsonl#3"]["published_at"] == "2020-02-02"
    assert docs["records.jsonl#0"]["bytes_sha256"] == hashlib.sha256(lines[0].encode()).hexdigest()
    assert {k: v["reason"] for k, v in quarantine.items()} == {
        "records.jsonl#1": "parse_error", "records.jsonl#4": "parse_error"}
    assert "line 2" in quarantine["records.jsonl#1"]["detail"]


# ---------------------------------------------------------------- zip
def test_zip_members_are_read_as_files(tmp_path):
    members = {"a.txt": AR.encode(), "sub/b.json": json.dumps([{"content": AR2}], ensure_ascii=False).encode(),
               "c.jsonl": (json.dumps({"content": AR}, ensure_ascii=False) + "\n").encode(),
               "pic.png": PNG, "inner.zip": zip_bytes({"x.txt": b"x"}), "__MACOSX/._a.txt": b"junk",
               "مقال.txt": AR2.encode()}
    write(tmp_path, "arc.zip", zip_bytes(members))
    docs, quarantine = run(tmp_path)
    assert sorted(docs) == ["arc.zip/a.txt", "arc.zip/c.jsonl#0", "arc.zip/sub/b.json#0", "arc.zip/مقال.txt"]
    assert docs["arc.zip/a.txt"]["bytes_sha256"] == hashlib.sha256(AR.encode()).hexdigest()
    assert docs["arc.zip/sub/b.json#0"]["raw_text"] == AR2
    assert {k: v["reason"] for k, v in quarantine.items()} == {"arc.zip/pic.png": "not_text",
                                                               "arc.zip/inner.zip": "not_text"}


def test_zip_with_broken_members_keeps_the_good_one(tmp_path):
    write(tmp_path, "broken.zip", zip_with_broken_members(AR))
    docs, quarantine = run(tmp_path)
    assert list(docs) == ["broken.zip/good.txt"]
    assert {k: v["reason"] for k, v in quarantine.items()} == {
        "broken.zip/bad_crc.txt": "parse_error", "broken.zip/bad_deflate.txt": "parse_error"}


def test_not_a_zip_is_a_parse_error(tmp_path):
    write(tmp_path, "fake.zip", b"PK\x03\x04 this is not really a zip")
    _, quarantine = run(tmp_path)
    assert quarantine["fake.zip"]["reason"] == "parse_error"


def test_zip_bomb_by_ratio_and_by_declared_total(tmp_path):
    bomb = zip_bytes({"zeros.txt": b"0" * (3 * 1024 * 1024), "ok.txt": AR.encode()})
    write(tmp_path, "bomb.zip", bomb)
    docs, quarantine = run(tmp_path, max_file_bytes=10 * 1024 * 1024)
    assert quarantine["bomb.zip/zeros.txt"]["reason"] == "zip_bomb"
    assert list(docs) == ["bomb.zip/ok.txt"]
    # the same archive against a 1 MB budget for everything it declares
    docs, quarantine = run(tmp_path, max_zip_bytes=1024 * 1024)
    assert docs == {}
    assert quarantine["bomb.zip"]["reason"] == "zip_bomb"


def test_zip_member_lying_about_its_size_is_stopped_while_reading(tmp_path):
    """A member whose header declares 10 bytes: zipfile stops at the declared size
    and the CRC check fails, so nothing past the declaration is ever held."""
    data = bytearray(zip_bytes({"a.txt": AR.encode()}))
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as zf:
        info = zf.getinfo("a.txt")
    # the central directory's uncompressed size field: 24 bytes into its record
    central = bytes(data).rfind(b"PK\x01\x02")
    data[central + 24:central + 28] = (10).to_bytes(4, "little")
    data[info.header_offset + 22:info.header_offset + 26] = (10).to_bytes(4, "little")
    write(tmp_path, "liar.zip", bytes(data))
    docs, quarantine = run(tmp_path)
    assert docs == {}
    assert quarantine["liar.zip/a.txt"]["reason"] == "parse_error"


# ---------------------------------------------------------------- manifest
def test_manifest_metadata_wins_and_is_not_an_input(tmp_path):
    write(tmp_path, "a.txt", AR)
    write(tmp_path, "sub/b.txt", AR2)
    write(tmp_path, "c.json", json.dumps({"content": AR, "date": "2001-01-01", "title": "من السجل"},
                                         ensure_ascii=False))
    write(tmp_path, "manifest.csv", "file,published_at,source,url,title\n"
                                    "a.txt,2023-03-14,enab,https://x.org/a,عنوان المقال\n"
                                    "./sub/b.txt,2021-09-14T10:00:00Z,,,\n"
                                    "c.json,2002-02-02,,,\n"
                                    "missing.txt,2020-01-01,,,\n")
    docs, quarantine = run(tmp_path)
    assert quarantine == {}
    assert sorted(docs) == ["a.txt", "c.json", "sub/b.txt"]
    a = docs["a.txt"]
    assert (a["published_at"], a["source"], a["url"], a["title"], a["meta_origin"]) == (
        "2023-03-14", "enab", "https://x.org/a", "عنوان المقال", "metadata")
    assert docs["sub/b.txt"]["published_at"] == "2021-09-14T10:00:00Z"
    assert docs["sub/b.txt"]["title"] is None
    # the manifest's date beats the record's; the record's title stays (manifest cell empty)
    assert (docs["c.json"]["published_at"], docs["c.json"]["title"]) == ("2002-02-02", "من السجل")


def test_manifest_given_elsewhere(tmp_path):
    write(tmp_path, "a.txt", AR)
    other = tmp_path / "meta.csv"
    other.write_text("file,published_at\na.txt,2019-05-05\n", encoding="utf-8")
    docs, _ = run(tmp_path, manifest=other)
    assert docs["a.txt"]["published_at"] == "2019-05-05"
    with pytest.raises(InputError, match="manifest not found"):
        ingest(Settings(input_dir=tmp_path / "in", manifest=tmp_path / "nope.csv"))


@pytest.mark.parametrize("content, message", [
    ("name,published_at\na.txt,2020-01-01\n", "no 'file' column"),
    ("file,published_at\na.txt,14/03/2023\n", "line 2: published_at '14/03/2023' is not an ISO date"),
    ("file,published_at\na.txt,2020-01-01,extra\n", "line 2 has 3 fields, the header has 2"),
    ("", "empty"),
    ('file,title\na.txt,"unclosed\n', "line"),
    ("file,title\na.txt,one\na.txt,two\n", "listed twice"),
])
def test_malformed_manifest_raises_a_clear_input_error(tmp_path, content, message):
    write(tmp_path, "a.txt", AR)
    path = write(tmp_path, "manifest.csv", content)
    with pytest.raises(InputError) as err:
        ingest(Settings(input_dir=tmp_path / "in"))
    assert message in str(err.value)
    assert str(path) in str(err.value)


def test_manifest_with_bom_and_extra_columns(tmp_path):
    path = tmp_path / "m.csv"
    path.write_text("\ufeffFile,Published_At,notes\na.txt,2020-01-01,hello\n", encoding="utf-8")
    assert read_manifest(path).rows == {"a.txt": {"title": None, "url": None, "source": None, "author": None,
                                                  "published_at": "2020-01-01"}}


# ---------------------------------------------------------------- accounting
def test_every_input_is_in_exactly_one_place(tmp_path):
    write(tmp_path, "a.txt", AR)
    write(tmp_path, "b.png", PNG)
    write(tmp_path, "r.jsonl", json.dumps({"content": AR2}, ensure_ascii=False) + "\nbroken\n")
    write(tmp_path, "z.zip", zip_bytes({"m.txt": AR.encode(), "n.json": b"[{"}))
    write(tmp_path, "manifest.csv", "file,published_at\na.txt,2020-01-01\n")
    settings = Settings(input_dir=tmp_path / "in")
    docs, quarantine = ingest(settings)
    assert [name for name, _ in list_inputs(settings)] == ["a.txt", "b.png", "r.jsonl", "z.zip"]
    units = [("a.txt", None), ("b.png", None), ("r.jsonl", None), ("z.zip", None),
             ("z.zip/m.txt", "z.zip"), ("z.zip/n.json", "z.zip")]
    in_docs, in_quarantine = docs["source_file"].to_list(), quarantine["source_file"].to_list()
    assert sorted(in_docs + in_quarantine) == ["a.txt", "b.png", "r.jsonl#0", "r.jsonl#1", "z.zip/m.txt", "z.zip/n.json"]
    report = accounting(units, in_docs, in_quarantine)
    assert report == {"units": 6, "docs": 3, "quarantined": 3, "missing": [], "stray": [], "shared_names": [],
                      "overlap": [], "duplicated": []}


def test_accounting_reports_every_kind_of_problem():
    units = [("a.txt", None), ("z.zip", None), ("z.zip/m.txt", "z.zip"), ("z.zip/n.txt", "z.zip"), ("r.jsonl", None)]
    ok = accounting(units, ["a.txt", "z.zip/m.txt", "r.jsonl#0"], ["z.zip/n.txt", "r.jsonl#4"])
    assert [k for k, v in ok.items() if v and isinstance(v, list)] == []
    lost = accounting(units, ["a.txt", "r.jsonl#0"], ["z.zip/n.txt"])
    assert lost["missing"] == ["z.zip/m.txt"]  # a zip member counts, not only its zip
    assert accounting(units, ["a.txt", "a.txt", "z.zip/m.txt", "r.jsonl#0"], ["z.zip/n.txt"])["duplicated"] == ["a.txt"]
    assert accounting(units, ["a.txt", "z.zip/m.txt", "r.jsonl#0"], ["a.txt", "z.zip/n.txt"])["overlap"] == ["a.txt"]
    assert accounting(units, ["a.txt", "z.zip/m.txt", "r.jsonl#0", "ghost.txt"], ["z.zip/n.txt"])["stray"] == ["ghost.txt"]
    assert accounting(units + [("a.txt", None)], ["a.txt", "z.zip/m.txt", "r.jsonl#0"],
                      ["z.zip/n.txt"])["shared_names"] == ["a.txt"]


def test_combine_stops_on_a_lost_input(tmp_path):
    write(tmp_path, "a.txt", AR)
    write(tmp_path, "b.txt", AR2)
    settings = Settings(input_dir=tmp_path / "in")
    inputs, manifest = plan(settings)
    part = read_inputs(inputs, settings, manifest)
    assert [u for u, _ in part.units] == ["a.txt", "b.txt"]
    lost = part._replace(docs=part.docs.filter(pl.col("source_file") != "b.txt"))
    with pytest.raises(AccountingError, match=r"1 missing, e.g. 'b.txt'"):
        combine([lost], manifest)


def test_read_inputs_can_give_the_raw_texts_as_python_strings(tmp_path):
    write(tmp_path, "a.txt", AR)
    write(tmp_path, "b.json", json.dumps([{"content": AR2, "title": "عنوان"}, {"content": ""}], ensure_ascii=False))
    settings = Settings(input_dir=tmp_path / "in")
    inputs, manifest = plan(settings)
    whole = read_inputs(inputs, settings, manifest)
    part = read_inputs(inputs, settings, manifest, raw_as_list=True)
    assert whole.raw is None and part.raw == whole.docs["raw_text"].to_list() == [AR, AR2]
    assert part.docs.equals(whole.docs.drop("raw_text")) and part.quarantine.equals(whole.quarantine)
    assert part.units == whole.units and part.docs["title"].to_list() == [None, "عنوان"]


def test_saudinewsnet_zip_reads_every_record(tmp_path):
    corpus = Settings().corpus("saudinewsnet")
    zips = sorted(corpus.glob("*.zip"))
    if not zips:
        pytest.skip("SaudiNewsNet corpus not available")
    smallest = min(zips, key=lambda p: p.stat().st_size)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / smallest.name).write_bytes(smallest.read_bytes())  # tmp only, never the repo
    docs, quarantine = ingest(Settings(input_dir=tmp_path / "in"))
    with zipfile.ZipFile(smallest) as zf:
        n_records = sum(len(json.loads(zf.read(name))) for name in zf.namelist())
    assert docs.height + quarantine.height == n_records
    assert docs["source"].null_count() == 0 and docs["published_at"].null_count() == 0
    assert set(quarantine["reason"]) <= {"empty"}
    assert docs["source_file"][0] == f"{smallest.name}/{smallest.stem}.json#0"


# ---------------------------------------------------------------- reading in parallel
def test_groups_keep_every_input_once_in_order_with_balanced_bytes(tmp_path):
    sizes = [5000, 100, 100, 4000, 300, 2500, 2500, 10, 6000, 700]
    for i, n in enumerate(sizes):
        write(tmp_path, f"f{i:02d}.txt", "ب" * (n // 2))
    settings = Settings(input_dir=tmp_path / "in")
    inputs, _ = plan(settings)
    for n in (1, 2, 3, 4, 8, 50):
        parts = groups(inputs, n)
        assert [item for part in parts for item in part] == inputs  # every input once, in order
        assert 1 <= len(parts) <= min(n, len(inputs)) and all(parts)
    biggest = max(sum(path.stat().st_size for _, path in part) for part in groups(inputs, 2))
    assert biggest <= sum(sizes) * 0.6  # two halves of about equal bytes, not one big group
    assert groups([], 4) == [[]]


def test_reading_in_groups_in_a_pool_equals_one_pass(tmp_path):
    """The flow reads groups of inputs in the process pool and combines them: the
    result is the serial ingest's, row for row, quarantine and manifest included."""
    from ziyarat import parallel

    write(tmp_path, "a.txt", AR)
    write(tmp_path, "b.png", PNG)
    write(tmp_path, "c.json", json.dumps([{"content": AR2, "date": "2015-07-21"}, {"content": ""}],
                                         ensure_ascii=False))
    write(tmp_path, "d/e.html", f"<html><body><article><p>{AR}</p></article></body></html>")
    write(tmp_path, "z.zip", zip_bytes({"m.txt": AR2.encode(), "n.json": b"[{"}))
    write(tmp_path, "manifest.csv", "file,published_at\na.txt,2020-01-01\nz.zip/m.txt,2019-02-02\n")
    settings = Settings(input_dir=tmp_path / "in")
    docs, quarantine = ingest(settings)
    inputs, manifest = plan(settings)
    read = functools.partial(read_inputs, settings=settings, manifest=manifest)
    parts = parallel.map(read, groups(inputs, 3), workers=2)
    got_docs, got_quarantine = combine(parts, manifest)
    assert got_docs.equals(docs) and got_quarantine.equals(quarantine)
    assert docs.height == 4 and quarantine.height == 3
    assert docs.filter(pl.col("source_file") == "z.zip/m.txt")["published_at"].item() == "2019-02-02"


def test_combine_warns_about_manifest_rows_no_group_used(tmp_path, caplog):
    write(tmp_path, "a.txt", AR)
    write(tmp_path, "b.txt", AR2)
    write(tmp_path, "manifest.csv", "file,published_at\na.txt,2020-01-01\nb.txt,2020-01-02\nghost.txt,2020-01-03\n")
    settings = Settings(input_dir=tmp_path / "in")
    inputs, manifest = plan(settings)
    parts = [read_inputs(group, settings, manifest) for group in groups(inputs, 2)]
    assert [p[2] for p in parts] == [{"a.txt"}, {"b.txt"}]  # each group records its own rows
    with caplog.at_level("WARNING"):
        combine(parts, manifest)
    assert "1 row(s) name no input, e.g. ghost.txt" in caplog.text
