"""The fast paths give exactly what the straightforward paths give.

* folding: ``arabic.fold`` (one ``str.translate``) and the whole-column
  ``arabic.fold_series`` (polars) equal ``arabic.fold_reference`` (the camel-tools
  pipeline); ``arabic.normalize_display`` (camel-tools only on the words it would
  change) equals ``arabic.normalize_display_reference``;
* extraction: a multi-row batch run in the shared process pool gives the same rows as
  running the extractor on one article at a time.

Checked on the seeds and on a fixed sample of ~500 SaudiNewsNet articles (every 60th
record, plus articles about visits so that visits, dates and quotes are exercised).
"""
from __future__ import annotations

import datetime as dt
import json
import zipfile

import polars as pl
import pytest

from tests.conftest import CORPUS, SEEDS
from ziyarat import arabic

STEP = 60  # every 60th record: 518 of the corpus's 31,030
VISIT = "\u0632\u064a\u0627\u0631"  # زيار (ziyar-, "visit")


def _seed_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]


def _corpus_records() -> list[dict]:
    """Every STEP-th record of the corpus, then up to 80 visit articles of the first zip."""
    picked, visits, i = [], [], 0
    for path in sorted(CORPUS.glob("*.zip")):
        with zipfile.ZipFile(path) as zf:
            for name in zf.namelist():
                for record in json.loads(zf.read(name)):
                    if i % STEP == 0:
                        picked.append(record)
                    elif len(visits) < 80 and VISIT in (record.get("content") or ""):
                        visits.append(record)
                    i += 1
    return picked + visits


@pytest.fixture(scope="module")
def corpus_records() -> list[dict]:
    if not CORPUS.is_dir() or not any(CORPUS.glob("*.zip")):
        pytest.skip("SaudiNewsNet corpus not present")
    return _corpus_records()


@pytest.fixture(scope="module")
def corpus_texts(corpus_records) -> list[str]:
    texts = [(r.get("title") or "") + "\n" + (r.get("content") or "") for r in corpus_records]
    assert len(texts) >= 500
    return texts


# ---------------------------------------------------------------- folding
def test_fold_equals_camel_tools_reference_on_seeds():
    texts = _seed_texts()
    assert len(texts) == 5
    for text in texts:
        for form in (text, arabic.normalize_display(text)):
            assert arabic.fold(form) == arabic.fold_reference(form)


def test_fold_equals_camel_tools_reference_on_corpus_sample(corpus_texts):
    differ = [i for i, t in enumerate(corpus_texts) if arabic.fold(t) != arabic.fold_reference(t)]
    assert differ == []


def test_fold_reference_covers_marks_the_corpus_really_has(corpus_texts):
    """The comparison above is not vacuous: the sample has diacritics, hamza'd alefs,
    alef maksura and teh marbuta, which both paths must fold."""
    joined = "".join(corpus_texts)
    for c in ("\u064e", "\u0651", "\u0623", "\u0625", "\u0649", "\u0629"):  # fatha shadda أ إ ى ة
        assert c in joined
        assert c not in arabic.fold(joined)


def test_fold_with_map_points_back_to_the_display_text(corpus_texts):
    for text in corpus_texts[:200]:
        f = arabic.fold_with_map(text)
        assert f.text == arabic.fold(text)
        if f.index is not None:
            assert "".join(text[int(i)] for i in f.index) == "".join(
                c for c in text if c not in arabic.DELETED)


def test_fold_series_equals_fold(corpus_texts):
    texts = _seed_texts() + corpus_texts
    assert arabic.fold_series(pl.Series(texts)).to_list() == [arabic.fold(t) for t in texts]


def test_normalize_display_equals_the_camel_tools_reference(corpus_texts):
    texts = _seed_texts() + corpus_texts
    assert [arabic.normalize_display(t) for t in texts] == [arabic.normalize_display_reference(t) for t in texts]


# ---------------------------------------------------------------- near duplicates
def _find_duplicates_with_datasketch(keys, order, sigs, has_sig, threshold):
    """clean.find_duplicates as first written, on datasketch's MinHashLSH."""
    import numpy as np
    from datasketch import LeanMinHash, MinHashLSH

    from tasks.duplicates import LSH_BANDS, NUM_PERM, band_collisions, band_keys

    collides = band_collisions(band_keys(sigs), has_sig)
    dup_of, exact, first = [None] * len(keys), [False] * len(keys), {}
    rank = {i: r for r, i in enumerate(order)}
    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM, params=LSH_BANDS)
    for i in order:
        if keys[i] in first:
            earlier = first[keys[i]]
            dup_of[i] = dup_of[earlier] if dup_of[earlier] is not None else earlier
            exact[i] = True
            continue
        first[keys[i]] = i
        if not collides[i]:
            continue
        mh = LeanMinHash(seed=1, hashvalues=sigs[i], scheme="legacy")
        close = [c for c in lsh.query(mh) if float(np.mean(sigs[c] == sigs[i])) >= threshold]
        if close:
            dup_of[i] = min(close, key=rank.__getitem__)
            continue
        lsh.insert(i, mh, check_duplication=False)
    return dup_of, exact


def test_find_duplicates_equals_datasketch_lsh(corpus_records):
    pytest.importorskip("datasketch")
    import numpy as np

    from tasks.clean import prepare
    from tasks.duplicates import NEAR_DUP_THRESHOLD, NUM_PERM, band_keys, find_duplicates
    from ziyarat.settings import Settings

    texts = [(r.get("content") or "") for r in corpus_records]
    # exact copies, copies with a line added (near), and cut-short copies
    texts += texts[:100] + [t + "\nنسخة" for t in texts[100:250]] + [t[: len(t) * 9 // 10] for t in texts[250:400]]
    docs = pl.DataFrame({
        "source_file": [f"f{i:05d}" for i in range(len(texts))], "raw_text": texts,
        "title": [None] * len(texts), "url": [None] * len(texts), "source": [None] * len(texts),
        "author": [None] * len(texts), "published_at": ["2015-07-21"] * len(texts),
        "bytes_sha256": ["x"] * len(texts), "n_bytes": [len(t) for t in texts],
        "input_format": ["json"] * len(texts),
    }, schema_overrides={c: pl.Utf8 for c in ("title", "url", "source", "author")})
    frame = prepare(docs, Settings()).filter(pl.col("_reason").is_null())
    order = frame.with_row_index("_i").sort(["published_date", "source_file"])["_i"].to_list()
    sigs = frame["_sig"].to_numpy().reshape(frame.height, NUM_PERM).astype(np.uint64)
    has_sig = frame["_has_sig"].to_numpy()
    keys = frame["_key"].to_list()
    got = find_duplicates(keys, order, band_keys(sigs), has_sig, sigs.__getitem__)
    assert got == _find_duplicates_with_datasketch(keys, order, sigs, has_sig, NEAR_DUP_THRESHOLD)
    dup_of, exact = got
    assert sum(exact) >= 100 and sum(d is not None for d in dup_of) >= 300


# ---------------------------------------------------------------- extraction
def _articles(texts: list[str], published: list[dt.date | None]) -> pl.DataFrame:
    from tasks.clean import clean_texts

    return pl.DataFrame({
        "article_id": [f"a{i:04d}" for i in range(len(texts))],
        "text": clean_texts(texts),
        "published_date": published,
    }, schema={"article_id": pl.Utf8, "text": pl.Utf8, "published_date": pl.Date})


def _sorted(df: pl.DataFrame) -> pl.DataFrame:
    return df.sort(df.columns, nulls_last=True)


def _one_at_a_time(articles: pl.DataFrame) -> dict[str, pl.DataFrame]:
    from tasks.extract import extract
    from ziyarat import schemas

    parts = [extract(articles.slice(i, 1)) for i in range(articles.height)]
    return {name: pl.concat([schemas.conform(name, p[name]) for p in parts], how="vertical")
            for name in parts[0]}


def _assert_same(batched: dict[str, pl.DataFrame], single: dict[str, pl.DataFrame]) -> None:
    assert batched.keys() == single.keys()
    for name in batched:
        assert batched[name].schema == single[name].schema, name
        assert _sorted(batched[name]).equals(_sorted(single[name])), name


@pytest.fixture(scope="module")
def seed_articles() -> pl.DataFrame:
    import csv

    with open(SEEDS / "manifest.csv", encoding="utf-8") as fh:
        dates = {r["file"]: r.get("published_at") for r in csv.DictReader(fh)}
    paths = sorted(SEEDS.glob("*.txt"))
    published = [dt.date.fromisoformat(dates[p.name][:10]) if dates.get(p.name) else None for p in paths]
    return _articles([p.read_text(encoding="utf-8") for p in paths], published)


@pytest.fixture(scope="module")
def corpus_articles(corpus_records) -> pl.DataFrame:
    texts = [(r.get("title") or "") + "\n" + (r.get("content") or "") for r in corpus_records]
    published = [dt.date.fromisoformat(r["date_extracted"][:10]) if r.get("date_extracted") else None
                 for r in corpus_records]
    return _articles(texts, published)


def test_extract_in_the_pool_equals_one_article_at_a_time_on_seeds(seed_articles):
    from tasks.extract import extract
    from ziyarat import parallel

    batched = parallel.run(extract, seed_articles, workers=2)
    single = _one_at_a_time(seed_articles)
    _assert_same(batched, single)
    assert batched["visit_mentions"].filter(pl.col("kind") == "reported").height >= 4
    assert batched["quotes"].height > 0


def test_extract_in_the_pool_equals_one_article_at_a_time_on_corpus(corpus_articles):
    from tasks.extract import extract
    from ziyarat import parallel

    half = -(-corpus_articles.height // 2)
    batches = [corpus_articles.slice(0, half), corpus_articles.slice(half)]
    assert len(batches) == 2 and all(b.height > 100 for b in batches)
    futures = [parallel.pool(2).submit(extract, b) for b in batches]
    parts = [f.result() for f in futures]
    batched = {name: pl.concat([p[name] for p in parts], how="vertical") for name in parts[0]}
    single = _one_at_a_time(corpus_articles)
    _assert_same(batched, single)
    # the sample is not trivially empty: it exercises every part of the extractor
    assert batched["mentions"].height > 1000
    assert batched["visit_mentions"].height > 0
    assert batched["article_topics"].height > 0
    assert batched["quotes"].height > 0


# ---------------------------------------------------------------- the re-run cache
def _all_tables(data) -> dict[str, list[str]]:
    from ziyarat import schemas, store

    return {name: sorted(repr(r) for r in store.read_table(data, name).rows()) for name in schemas.TABLES}


def test_rerun_with_no_new_input_does_no_work_and_keeps_identical_tables(prefect_backend, tmp_path):
    import os
    import shutil

    from flows.launch import run_pipeline
    from ziyarat import store
    from ziyarat.settings import Settings

    inp, data = tmp_path / "in", tmp_path / "data"
    shutil.copytree(SEEDS, inp)
    settings = Settings(input_dir=inp, data_dir=data)
    first = run_pipeline(settings)
    assert first["inputs_unchanged"] is False and first["articles"] == 5
    before = _all_tables(data)

    again = run_pipeline(settings)  # nothing changed: nothing to do, and no flow run for it
    assert again["inputs_unchanged"] is True and again["outputs_unchanged"] is True
    assert again["flow_run"] is False and "flow_run" not in first
    assert again["reused_articles"] == 5 and again["extract_batches"] == 0
    assert again["visits"] == first["visits"]
    assert _all_tables(data) == before
    state = json.loads((data / "_state.json").read_text())
    assert state["summary"]["outputs_unchanged"] is True and state["summary"]["reused_articles"] == 5

    part = store.part_files(store.snapshot_dir(data), "visits")[0]
    part.unlink()  # a table's file gone: the run writes the tables again, reading no input
    restored = run_pipeline(settings)
    assert restored["inputs_unchanged"] is True and restored["outputs_unchanged"] is False
    assert restored["reused_articles"] == 5 and restored["extract_batches"] == 0
    assert _all_tables(data) == before

    # a touched input (same bytes, new mtime) is not read again: the key is the content
    path = inp / "003_fb02ca414c7ccfc7.txt"
    os.chmod(path, 0o644)
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000))
    third = run_pipeline(settings)
    assert third["outputs_unchanged"] is True and third["inputs_read"] == 0
    assert _all_tables(data) == before
    (inp / "new.txt").write_text("وصل الرئيس السوري بشار الأسد إلى موسكو.", encoding="utf-8")
    fourth = run_pipeline(settings)
    assert fourth["inputs_unchanged"] is False and fourth["articles"] == 6
    assert fourth["inputs_read"] == 1 and fourth["reused_articles"] == 5
