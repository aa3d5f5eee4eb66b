"""Near-duplicate articles: MinHash signatures over word 5-shingles of the folded text
(vectorised with numpy and polars), LSH banding, and the walk that marks each article
as an exact or near copy of an earlier one. Used by clean (tasks/clean.py) and, over the
held articles' small columns, by the accumulating data dir (ziyarat/dataset.py), where
`linked` finds the few held articles a run's new ones can change."""
from __future__ import annotations

from typing import Callable

import numpy as np
import polars as pl

from ziyarat.arabic import EDGE_PUNCT

# Near duplicates: MinHash over word 5-shingles of the folded text, LSH at this
# Jaccard threshold, then the estimate is checked against it again.
NEAR_DUP_THRESHOLD = 0.8
NUM_PERM = 64  # one bin per value of a shingle hash's top 6 bits
LSH_BANDS = (12, 5)
SHINGLE = 5
MIN_SHINGLES = 10  # shorter texts are only compared exactly

_MASK32 = np.uint64(0xFFFFFFFF)
_SHINGLE_MULTS = np.array([0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9,
                           0xD6E8FEB86659FD93, 0xFF51AFD7ED558CCD], dtype=np.uint64)


_BAND_MULTS = np.array([0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9,
                        0xD6E8FEB86659FD93, 0xFF51AFD7ED558CCD, 0x94D049BB133111EB], dtype=np.uint64)
_CHUNK_WORDS = 1 << 19  # words per numpy pass of minhash_signatures (arrays of ~4 MB)


def _min_bins(h: np.ndarray, doc: np.ndarray, sig: np.ndarray) -> None:
    """MinHash binning of the words with hashes `h` of texts `doc` (rows of `sig`,
    words of a text in a row): every 5-shingle inside one text lowers its bin."""
    m = len(h) - SHINGLE + 1
    with np.errstate(over="ignore"):
        sh = h[:m] * _SHINGLE_MULTS[0]
        tmp = np.empty_like(sh)
        for k in range(1, SHINGLE):
            sh ^= np.multiply(h[k:k + m], _SHINGLE_MULTS[k], out=tmp)
        sh ^= sh >> np.uint64(31)
        sh *= np.uint64(0xBF58476D1CE4E5B9)
        sh ^= sh >> np.uint64(29)
    same_doc = doc[:m] == doc[SHINGLE - 1:]
    sh, sdoc = sh[same_doc], doc[:m][same_doc]
    keys = sdoc * NUM_PERM + (sh >> np.uint64(64 - 6)).astype(np.int64)  # top 6 bits: the bin
    np.minimum.at(sig.reshape(-1), keys, sh & _MASK32)


def minhash_signatures(folded: pl.Series) -> tuple[np.ndarray, np.ndarray]:
    """One-permutation MinHash signatures (NUM_PERM values per text) of word
    5-shingles, vectorised over all texts: words are hashed by polars, shingles
    combined with numpy, each shingle falls in one of NUM_PERM bins by its top bits
    and a bin keeps its smallest value; empty bins borrow from the next bin
    (rotation densification), so short texts still compare fairly.
    Returns (signatures uint64[n, NUM_PERM], has_signature bool[n])."""
    n = folded.len()
    sig = np.full((n, NUM_PERM), _MASK32, dtype=np.uint64)
    # Words: split on spaces, then punctuation glued to words ("البدلات," vs
    # "البدلات،") stripped, as it should not break a shingle; empty ones dropped.
    # One explode of the lists alone (the text of word i is found by np.repeat).
    lists = folded.str.split(" ")
    per_text = lists.list.len().fill_null(0).to_numpy()
    words = lists.explode(empty_as_null=False, keep_nulls=False).str.strip_chars(EDGE_PUNCT)
    kept = (words.str.len_bytes() > 0).to_numpy()
    hashes = words.hash(seed=20150721).to_numpy()
    del lists, words
    # Shingles never cross texts, so numpy takes the texts a chunk at a time: arrays
    # of a few MB are reused by the allocator instead of faulted in afresh.
    has = np.zeros(n, dtype=bool)
    ends = np.cumsum(per_text)
    i = 0
    while i < n:
        start = int(ends[i] - per_text[i])
        j = max(int(np.searchsorted(ends, start + _CHUNK_WORDS, side="right")), i + 1)
        keep = kept[start:ends[j - 1]]
        h = hashes[start:ends[j - 1]][keep]
        doc = np.repeat(np.arange(j - i, dtype=np.int64), per_text[i:j])[keep]
        # Words are in text order: a text of w words has its w - 4 shingles in a row.
        has[i:j] = np.bincount(doc, minlength=j - i) - (SHINGLE - 1) >= MIN_SHINGLES
        if len(h) >= SHINGLE:
            _min_bins(h, doc, sig[i:j])
        i = j
    # Densify: an empty bin takes the value of the next non-empty bin to its right
    # (circularly), shifted by a constant per hop, so equal sets stay equal.
    rows = np.flatnonzero(has & (sig == _MASK32).any(axis=1))
    if rows.size:
        sub = sig[rows]
        valid = sub != _MASK32
        pos = np.arange(2 * NUM_PERM)
        idx = np.where(np.concatenate([valid, valid], axis=1), pos, 4 * NUM_PERM)
        nxt = np.minimum.accumulate(idx[:, ::-1], axis=1)[:, ::-1][:, :NUM_PERM]
        hops = (nxt - pos[:NUM_PERM]).astype(np.uint64)
        borrowed = np.take_along_axis(sub, nxt % NUM_PERM, axis=1)
        with np.errstate(over="ignore"):
            sig[rows] = np.where(valid, sub, (borrowed + hops * np.uint64(0x9E3779B1)) % np.uint64(0xFFFFFFFB))
    return sig, has


def band_keys(sigs: np.ndarray) -> np.ndarray:
    """The LSH band values of each signature, one uint64 per band (LSH_BANDS): two
    texts with equal rows in a band have equal values there (a hash: unequal rows
    may rarely collide, which only adds a candidate that is then checked)."""
    bands, rows = LSH_BANDS
    out = np.zeros((len(sigs), bands), dtype=np.uint64)
    with np.errstate(over="ignore"):
        for r in range(rows):  # sum of row r times its multiplier, one (n, bands) pass per row
            out += sigs[:, r:bands * rows:rows] * _BAND_MULTS[r]  # row r of every band: a view, not a copy
    return out


def band_collisions(bands: np.ndarray, has_sig: np.ndarray) -> np.ndarray:
    """True for texts that share at least one LSH band with another text (`bands`:
    their band_keys): only these can have LSH candidates, so only these go through the
    LSH walk, and only their signatures are read (on SaudiNewsNet ~90% are skipped)."""
    out = np.zeros(len(bands), dtype=bool)
    idx = np.flatnonzero(has_sig)
    if idx.size < 2:
        return out
    hit = np.zeros(idx.size, dtype=bool)
    for b in range(bands.shape[1]):
        hit |= pl.Series(bands[idx, b]).is_duplicated().to_numpy()
    out[idx] = hit
    return out


def linked(seeds: np.ndarray, keys: pl.Series, bands: np.ndarray, has_sig: np.ndarray) -> np.ndarray:
    """True for the seed texts and every text joined to one by a chain of shared
    exact keys or shared LSH bands (`bands`: band_keys of their signatures): the
    connected parts of the "same key or same band" graph that hold a seed.
    find_duplicates never looks beyond such a part (a text's candidates share a band
    with it, its exact copies its key), so what it decides for the other texts cannot
    change when the seeds come or go. Each step looks up the frontier's keys and
    bands in the columns of all texts (hash joins, no pairwise work); the signatures
    themselves are not needed, only their band keys."""
    reached = np.asarray(seeds, dtype=bool).copy()
    frontier = reached.copy()
    columns = [pl.Series(bands[:, b]) for b in range(bands.shape[1])]
    while frontier.any():
        hit = keys.is_in(keys.filter(pl.Series(frontier)).unique().implode()).to_numpy().copy()
        from_sig = frontier & has_sig
        if from_sig.any():
            near = np.zeros_like(hit)
            for b, column in enumerate(columns):
                near |= column.is_in(pl.Series(np.unique(bands[from_sig, b])).implode()).to_numpy()
            hit |= near & has_sig
        frontier = hit & ~reached
        reached |= hit
    return reached


def find_duplicates(keys: pl.Series | list[str], order: list[int] | np.ndarray, bands: np.ndarray, has_sig: np.ndarray,
                    signatures_of: Callable[[np.ndarray], np.ndarray],
                    threshold: float = NEAR_DUP_THRESHOLD) -> tuple[list[int | None], list[bool]]:
    """For texts visited in `order` (earliest first): the index of the earlier text
    each one duplicates (or None) and whether the copy is exact. Exact = same `keys`
    (the folded texts, or anything equal exactly when they are, such as their
    SHA-256); near = MinHash LSH candidates (texts sharing a band: `bands`, their
    band_keys) whose estimated Jaccard >= threshold. Only originals are indexed, so
    duplicate_of always names an original.

    The signatures themselves are asked for (`signatures_of(rows)`: uint64[len(rows),
    NUM_PERM]) only for the originals that share a band with another original, the
    only ones the LSH walk visits: the others are never read into memory.

    The LSH index is datasketch's ``MinHashLSH`` banding written out: one dict per band
    from the band's value to the texts indexed with it; a query's candidates are the
    texts sharing any band (the sets datasketch returns, band rows compared through
    their 64-bit band key; a key collision only adds a candidate, which the estimate
    then rules out)."""
    n = len(keys)
    dup_of: list[int | None] = [None] * n
    exact: list[bool] = [False] * n
    rank = np.empty(n, dtype=np.int64)
    rank[np.asarray(order, dtype=np.int64)] = np.arange(n)
    # The earliest text of each exact key, for every text (polars, not a Python dict
    # walk over all texts): a text is an exact copy when that is not itself.
    first = (pl.DataFrame({"key": keys, "rank": rank}, schema={"key": pl.Utf8, "rank": pl.Int64})
             .with_row_index("i")
             .select(pl.col("i").sort_by("rank").first().over("key").alias("first"))["first"].to_numpy())
    # 12 bands of 5 rows: a pair at Jaccard 0.8 becomes a candidate 99% of the time
    # (datasketch's own choice for 0.8, 5x11, only 36%); candidates are then checked.
    buckets: list[dict[int, list[int]]] = [{} for _ in range(bands.shape[1] if bands.ndim == 2 else 0)]
    # Only originals that share an LSH band with another original can have (or be) a
    # near copy (an exact copy shares every band with its original but is never
    # indexed): they alone are walked, earliest first.
    original = first == np.arange(n)
    collides = np.zeros(n, dtype=bool)
    collides[original] = band_collisions(bands[original], has_sig[original])
    walk = np.asarray(order, dtype=np.int64)
    walk = walk[original[walk] & collides[walk]] if n else walk
    sigs = signatures_of(walk) if walk.size else np.zeros((0, NUM_PERM), dtype=np.uint64)
    at = {int(i): k for k, i in enumerate(walk.tolist())}  # text -> its row of `sigs`
    walked_bands = bands[walk].tolist() if walk.size else []
    for k, i in enumerate(walk.tolist()):
        row = walked_bands[k]
        candidates = {c for band, bucket in zip(row, buckets) for c in bucket.get(band, ())}
        if candidates:
            close = [c for c in candidates if float(np.mean(sigs[at[c]] == sigs[k])) >= threshold]
            if close:
                dup_of[i] = min(close, key=rank.__getitem__)
                continue
        for band, bucket in zip(row, buckets):
            bucket.setdefault(band, []).append(i)
    # exact copies: of their key's earliest text, or of what that one near-copies
    for i in np.flatnonzero(first != np.arange(n)).tolist():
        earlier = int(first[i])
        dup_of[i] = dup_of[earlier] if dup_of[earlier] is not None else earlier
        exact[i] = True
    return dup_of, exact


# ---------------------------------------------------------------- signatures and band keys of frames
BANDS = "_bands"  # the LSH band keys of `_sig` (band_keys): all that linking and banding read
_BANDS_TYPE = pl.Array(pl.UInt64, LSH_BANDS[0])
_SIG_TYPE = pl.Array(pl.UInt64, NUM_PERM)


def signatures(frame: pl.DataFrame) -> np.ndarray:
    """The `_sig` column as a uint64[n, NUM_PERM] array."""
    return frame["_sig"].to_numpy().reshape(frame.height, NUM_PERM).astype(np.uint64, copy=False)


def with_bands(frame: pl.DataFrame) -> pl.DataFrame:
    """`frame` with its `_sig` column replaced by `_bands` (12 band keys instead of
    64 values): all that deciding duplicates keeps of a row in memory; the `_sig` of
    the few rows the LSH walk visits is read back from where it was written."""
    bands = band_keys(signatures(frame)) if frame.height else np.zeros((0, LSH_BANDS[0]), dtype=np.uint64)
    return frame.drop("_sig").with_columns(pl.Series(BANDS, bands, dtype=_BANDS_TYPE))


def band_matrix(frame: pl.DataFrame) -> np.ndarray:
    """The band keys of every row as uint64[n, bands]: its `_bands`, or made from its
    `_sig` where `_bands` is missing."""
    bands = np.zeros((frame.height, LSH_BANDS[0]), dtype=np.uint64)
    if frame.height == 0:
        return bands
    have = frame[BANDS].is_not_null().to_numpy() if BANDS in frame.columns else np.zeros(frame.height, dtype=bool)
    if have.any():
        bands[have] = frame[BANDS].filter(pl.Series(have)).to_numpy()
    if not have.all():
        bands[~have] = band_keys(signatures(frame.filter(pl.Series(~have))))
    return bands


def signatures_by_row(frame: pl.DataFrame, signatures_of: Callable[[pl.Series], pl.DataFrame] | None
                     ) -> Callable[[np.ndarray], np.ndarray]:
    """For find_duplicates: rows -> their signatures, from the frame's `_sig` where it
    has one, else asked for by source_file (`signatures_of` gives a frame of
    source_file, _sig)."""
    def read(rows: np.ndarray) -> np.ndarray:
        sub = frame[rows]
        missing = sub["_sig"].is_null() if "_sig" in sub.columns else pl.repeat(True, sub.height, eager=True)
        if not missing.any():
            return signatures(sub)
        if signatures_of is None:
            raise ValueError("signatures_by_row: rows without _sig and no signatures_of to read them")
        names = sub["source_file"].filter(missing)
        found = signatures_of(names).unique("source_file")
        if found.height != names.len():
            raise ValueError(f"signatures_by_row: {names.len() - found.height} signature(s) not found")
        got = (sub.select("source_file").join(found.select("source_file", pl.col("_sig").alias("_found")),
                                              on="source_file", how="left", maintain_order="left")["_found"])
        sig = got.cast(_SIG_TYPE)
        if "_sig" in sub.columns:
            sig = sub["_sig"].cast(_SIG_TYPE).zip_with(~missing, sig)
        return sig.to_numpy().reshape(len(rows), NUM_PERM).astype(np.uint64, copy=False)
    return read
