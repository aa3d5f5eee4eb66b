"""Deciding duplicates again only where new (or dropped) articles reach
(tasks.duplicates.linked, tasks.clean.assign_ids with decided rows): the ids and
duplicate_of equal those of one decision over every article, on made-up texts with
exact copies, near copies (one word changed in sixty) and earlier-dated copies."""
from __future__ import annotations

import datetime as dt
import random

import numpy as np
import polars as pl
import pytest

from tasks.clean import assign_ids
from tasks.duplicates import NUM_PERM, band_collisions, band_keys, find_duplicates, linked, minhash_signatures, with_bands

WORDS = [f"w{i}" for i in range(400)]  # made-up words: shingles of unrelated texts never meet


def _text(rng: random.Random) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(60))


def _near(text: str, rng: random.Random) -> str:
    words = text.split()
    words[rng.randrange(10, 50)] = "changed"
    return " ".join(words)


def corpus(seed: int, n: int = 60) -> pl.DataFrame:
    """The small columns prepare gives, for n made-up texts of which about a third
    are exact or near copies (or copies of copies) of earlier ones, on random dates."""
    rng = random.Random(seed)
    texts: list[str] = []
    for _ in range(n):
        pick = rng.random()
        if texts and pick < 0.15:
            texts.append(rng.choice(texts))
        elif texts and pick < 0.35:
            texts.append(_near(rng.choice(texts), rng))
        else:
            texts.append(_text(rng))
    sigs, has = minhash_signatures(pl.Series(texts, dtype=pl.Utf8))
    keys = [f"k{hash(t) & 0xFFFFFFFF:x}" for t in texts]
    files = [f"f{i:03d}.txt" for i in range(n)]
    return pl.DataFrame({
        "source_file": files,
        "published_date": [dt.date(2020, 1, 1) + dt.timedelta(days=rng.randrange(10)) for _ in range(n)],
        "_key": keys, "_id": [f"id-{k}" for k in keys], "_id_copy": [f"id-{k}-{f}" for k, f in zip(keys, files)],
        "_sig": sigs.reshape(n, NUM_PERM), "_has_sig": has,
    }, schema_overrides={"_sig": pl.Array(pl.UInt64, NUM_PERM)})


def _ids(frame: pl.DataFrame) -> pl.DataFrame:
    return frame.select("source_file", "article_id", "duplicate_of").sort("source_file")


@pytest.mark.parametrize("seed", range(8))
def test_deciding_only_what_new_and_dropped_rows_reach_equals_deciding_over_all(seed):
    """Held = decided over A and D (one earlier run), then D's input read again (its
    rows dropped) and B added: the rows linked to B or D decided again give what
    one decision over A and B gives."""
    every = corpus(seed)
    rng = np.random.default_rng(seed)
    part = rng.choice(3, size=every.height, p=[0.6, 0.3, 0.1])  # 0 = A, 1 = B (new), 2 = D (dropped)
    a_and_d = every.filter(pl.Series(part != 1))
    held = assign_ids(a_and_d)
    kept = held.filter(pl.Series(part[part != 1] == 0))
    dropped = held.filter(pl.Series(part[part != 1] == 2))
    new = every.filter(pl.Series(part == 1))
    both = pl.concat([kept, new], how="diagonal_relaxed")
    want = _ids(assign_ids(every.filter(pl.Series(part != 2))))
    assert want["duplicate_of"].is_not_null().sum() >= 5  # the corpus has copies to find
    assert _ids(assign_ids(both, dropped)).equals(want)


def test_an_earlier_dated_new_copy_becomes_the_original_and_re_keys_the_held_one():
    every = corpus(1, n=12)
    held = assign_ids(every)
    copy = every.filter(pl.col("source_file") == "f003.txt").with_columns(
        pl.lit("e000.txt").alias("source_file"), pl.lit(dt.date(2019, 12, 1)).alias("published_date"),
        pl.lit("id-copy-e000").alias("_id_copy"))
    got = _ids(assign_ids(pl.concat([held, copy], how="diagonal_relaxed"))).rows_by_key("source_file")
    assert held.filter(pl.col("source_file") == "f003.txt")["duplicate_of"].to_list() == [None]
    assert got["e000.txt"] == [(copy["_id"][0], None)]
    assert got["f003.txt"] == [(every["_id_copy"][3], copy["_id"][0])]


def test_linked_follows_shared_keys_and_bands_and_nothing_else():
    """a-b share a band (near copies), b-c an exact key, d is alone: seeding a
    reaches a, b and c; seeding d reaches d."""
    base = np.arange(1, NUM_PERM + 1, dtype=np.uint64) * np.uint64(7919)
    near = base.copy()
    near[5:10] += np.uint64(1)  # band 1 differs, the other bands are shared
    sigs = np.stack([base, near, base + np.uint64(10**6), base + np.uint64(2 * 10**6)])
    has = np.array([True, True, False, True])  # c is too short to have a signature
    keys = pl.Series(["ka", "kb", "kb", "kd"])
    bands = band_keys(sigs)
    assert linked(np.array([True, False, False, False]), keys, bands, has).tolist() == [True, True, True, False]
    assert linked(np.array([False, False, False, True]), keys, bands, has).tolist() == [False, False, False, True]


def test_held_rows_no_new_or_dropped_row_reaches_keep_their_decision_as_it_is():
    """What an earlier run decided is taken as it is, not decided again: a held id
    marked by hand stays when nothing new touches it, and is redone when a new exact
    copy of it arrives."""
    held = assign_ids(corpus(3, n=20)).with_columns(
        pl.when(pl.col("source_file") == "f000.txt").then(pl.lit("marked")).otherwise("article_id").alias("article_id"))
    assert _ids(assign_ids(held)).equals(_ids(held))
    copy = held.filter(pl.col("source_file") == "f000.txt").drop("article_id", "duplicate_of").with_columns(
        pl.lit("f999.txt").alias("source_file"))
    got = _ids(assign_ids(pl.concat([held, copy], how="diagonal_relaxed"))).rows_by_key("source_file")
    assert got["f000.txt"][0][0] != "marked" and got["f999.txt"][0][1] == got["f000.txt"][0][0]


@pytest.mark.parametrize("seed", range(4))
def test_rows_with_band_keys_only_have_just_the_signatures_the_lsh_walk_needs_read(seed):
    """Held rows as the flow reads them and new rows as the units give them (with_bands:
    band keys, no _sig): the ids equal one decision over every row with signatures,
    and signatures_of is asked only for rows linked to a new one that share an LSH
    band with another such row (the only ones the walk compares), each once."""
    every = corpus(seed)
    held = assign_ids(every.head(50))
    asked: list[str] = []

    def signatures_of(files: pl.Series) -> pl.DataFrame:
        asked.extend(files.to_list())
        return every.filter(pl.col("source_file").is_in(files.implode())).select("source_file", "_sig")

    slim, new = with_bands(held), with_bands(every.tail(10))
    assert "_sig" not in slim.columns and slim["_bands"].dtype == pl.Array(pl.UInt64, 12)
    got = assign_ids(pl.concat([slim, new], how="diagonal_relaxed"), signatures_of=signatures_of)
    assert _ids(got).equals(_ids(assign_ids(every)))
    bands = band_keys(every["_sig"].to_numpy().reshape(60, NUM_PERM))
    reach = linked(np.arange(60) >= 50, every["_key"], bands, every["_has_sig"].to_numpy())
    shares = band_collisions(np.where(reach[:, None], bands, np.arange(60 * 12, dtype=np.uint64).reshape(60, 12)),
                             every["_has_sig"].to_numpy() & reach)
    assert asked and len(asked) == len(set(asked))
    assert set(asked) <= set(every.filter(pl.Series(shares))["source_file"])


def test_find_duplicates_reads_no_signature_when_no_two_texts_share_a_band():
    """Texts with no band in common are never compared: their signatures are not asked for."""
    texts = [" ".join(f"{w}{i}" for w in WORDS) for i in range(5)]
    sigs, has = minhash_signatures(pl.Series(texts, dtype=pl.Utf8))

    def never(rows):
        raise AssertionError(f"signatures of rows {rows} asked for")

    assert find_duplicates(pl.Series([str(i) for i in range(5)]), list(range(5)), band_keys(sigs), has, never) \
        == ([None] * 5, [False] * 5)
