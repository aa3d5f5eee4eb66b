"""The database as part files that accumulate: what a run keeps, drops, re-keys and adds.

A run adds one part per table for what it read (articles, quarantine, the index of
small columns, and the rows extract made: mentions, raw visit mentions, topics,
quotes). Earlier parts are kept as they are unless some of their rows belong to an
input the run read again (those rows go: the input's new rows replace them) or an
article's id changed (an exact copy became the original when the earlier original's
input changed or an earlier-dated copy arrived): only those parts are rewritten.

Ids and duplicates are decided over every article held, from the index's small
columns (dates, exact keys and MinHash signatures; no text), so a run over A then B
gives the ids one run over A and B gives. The derived tables (visit_mentions with
their visit links, visits, visit_topics, topic_summary) are rebuilt each run from
small columns of all parts."""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable

import polars as pl

from ziyarat import parts, store

INDEX = "_index"  # one row per article: ids, dates, dedup keys and signatures, its input
RAW_VISITS = "_visit_mentions"  # visit mentions as extract made them (before aggregate links them)
INPUTS = "_inputs"  # every input held: source_file, content hash, context (see cache.catalogue)
# extract's tables -> the part table that stores them
EXTRACT_PARTS = {"mentions": "mentions", "visit_mentions": RAW_VISITS, "summit_mentions": "summit_mentions",
                 "article_topics": "article_topics", "quotes": "quotes"}
ID_COLUMNS = ("source_file", "published_date", "_key", "_id", "_id_copy", "_bands", "_has_sig")
DEDUP_COLUMNS = (*(c for c in ID_COLUMNS if c != "_bands"), "_sig")  # what clean gives: signatures, not bands
INDEX_COLUMNS = ("article_id", "duplicate_of", "input_file", "source", *ID_COLUMNS, "_sig")


def input_of(source_file: str, inputs: set[str]) -> str:
    """The input file a row came from: the row's source_file itself, or the longest
    input name it extends after a "/" (zip member) or "#" (record)."""
    name = source_file
    while name not in inputs:
        cut = max(name.rfind("/"), name.rfind("#"))
        if cut <= 0:
            return source_file
        name = name[:cut]
    return name


@dataclass
class Merged:
    """The articles of a run merged with those held: what to write and what to fix."""

    articles: pl.DataFrame  # the run's new articles (source_file, input_file, final ids; no text), as staged
    index: pl.DataFrame  # every article held after the run (SLIM_INDEX_COLUMNS: no signatures)
    dropped_files: set[str]  # source_file of earlier articles whose input was read again
    dropped_ids: set[str]  # their article ids
    fixes: pl.DataFrame  # earlier articles whose id or duplicate_of changed: source_file, old id, new values
    remap: dict[str, str] = field(default_factory=dict)  # earlier article_id -> new one
    new_rows: pl.DataFrame | None = None  # the new articles' index rows (INDEX_COLUMNS), until staged
    new_index: Path | None = None  # the new articles' index rows, staged (see stage_new_index)


SLIM_INDEX_COLUMNS = [c for c in INDEX_COLUMNS
                      if c not in (*ID_COLUMNS, "_sig") or c in ("source_file", "published_date")]


def read_index(snapshot: Path | None, slim: Callable[[pl.DataFrame], pl.DataFrame],
               chunk_rows: int = 50_000) -> pl.DataFrame | None:
    """The held index (None when there is none) without its signatures: their band
    keys (`_bands`) instead. Parts written before the index kept band keys have them
    made by `slim` (clean's with_bands: a `_sig` column -> a `_bands` column) from
    `chunk_rows` signatures at a time, so the signatures of every article held are
    never in memory at once; deciding duplicates reads the few it needs
    (signatures_reader)."""
    frames = []
    for path in store.part_files(snapshot, INDEX):
        have = set(pl.read_parquet_schema(path))
        frame = pl.read_parquet(path, columns=[c for c in INDEX_COLUMNS if c != "_sig" and c in have])
        if frame.height and ("_bands" not in have or frame["_bands"].null_count()):  # (compacted from such parts)
            bands = [slim(parts.read_rows(path, ["_sig"], offset, chunk_rows))
                     for offset in range(0, frame.height, chunk_rows)]
            made = pl.concat(bands, rechunk=True).to_series() if bands else None
            frame = frame.with_columns(made if "_bands" not in have else pl.coalesce("_bands", made))
        frames.append(frame)
    return pl.concat(frames, how="diagonal_relaxed") if frames else None


def index_signatures(snapshot: Path | None, source_files: pl.Series) -> pl.DataFrame:
    """source_file and _sig of the held articles named (a filtered scan of the index parts)."""
    return _signatures_in(store.part_files(snapshot, INDEX), source_files)


def signatures_reader(snapshot: Path | None, staged: list[Path]) -> Callable[[pl.Series], pl.DataFrame]:
    """source_files -> their source_file and _sig: a run's new articles from the parts
    its units staged (`staged`), the others from the held index (a new article that
    replaces a held one of the same name is found in `staged` first)."""
    def read(source_files: pl.Series) -> pl.DataFrame:
        new = _signatures_in(staged, source_files)
        rest = source_files.filter(~source_files.is_in(new["source_file"].implode()))
        return pl.concat([new, index_signatures(snapshot, rest)], how="vertical_relaxed") if rest.len() else new
    return read


def _signatures_in(paths: list[Path], source_files: pl.Series) -> pl.DataFrame:
    if not paths or source_files.len() == 0:
        return pl.DataFrame(schema={"source_file": pl.Utf8, "_sig": pl.List(pl.UInt64)})
    wanted = source_files.implode()
    # one scan per part: index parts written before `_bands` was kept lack that column
    return pl.concat([pl.scan_parquet(p).select("source_file", pl.col("_sig").cast(pl.List(pl.UInt64)))
                      .filter(pl.col("source_file").is_in(wanted)) for p in paths]).collect()


def merge_articles(held: pl.DataFrame | None, accepted: pl.DataFrame, inputs: set[str],
                   replaced: set[str], assign_ids: Callable[..., pl.DataFrame]) -> Merged:
    """The run's accepted articles (their small columns: ID_COLUMNS and source)
    merged with the `held` index (as read_index gives it, or with `_sig`): rows of
    `replaced` inputs dropped, ids and duplicates decided by `assign_ids` (clean's
    rule: its one home) only where the new and dropped rows reach. The text stays in
    the staged parts; only these columns meet here, and the merged index keeps no
    signature (only the new rows do, to be staged)."""
    if held is None:
        held = accepted.select(*ID_COLUMNS, "source").with_columns(
            pl.lit(None, dtype=pl.Utf8).alias(c) for c in ("article_id", "duplicate_of", "input_file")).head(0)
    gone = held.filter(pl.col("input_file").is_in(list(replaced)))
    kept = held.filter(~pl.col("input_file").is_in(list(replaced)))
    new = accepted.with_columns(pl.Series("input_file", [input_of(s, inputs) for s in accepted["source_file"]],
                                          dtype=pl.Utf8))
    new = new.select(*ID_COLUMNS, "input_file", "source")
    # decided: only what the new and gone rows touch is redone; the new rows last,
    # their columns not copied (rechunk=False)
    both = pl.concat([kept.drop("_sig", strict=False), new], how="diagonal_relaxed", rechunk=False) \
        if kept.height else new
    decided = assign_ids(both, gone)
    del both
    index = decided.select(SLIM_INDEX_COLUMNS).sort("source_file")
    ids = index.select("source_file", "article_id", "duplicate_of")
    new_rows = decided.slice(kept.height).select(c for c in INDEX_COLUMNS if c != "_sig")  # a view of the new rows
    del decided
    articles = new_rows.select("source_file", "input_file", "article_id", "duplicate_of")  # in the staged parts' order
    fixes = (kept.select("source_file", pl.col("article_id").alias("_old_id"), pl.col("duplicate_of").alias("_old_dup"))
             .join(ids, on="source_file")
             .filter((pl.col("_old_id") != pl.col("article_id"))
                     | pl.col("_old_dup").ne_missing(pl.col("duplicate_of"))))
    remap = {o: n for o, n in zip(fixes["_old_id"], fixes["article_id"]) if o != n}
    return Merged(articles=articles, index=index, dropped_files=set(gone["source_file"]),
                  dropped_ids=set(gone["article_id"]), fixes=fixes, remap=remap, new_rows=new_rows)


def stage_new_index(merged: Merged, staging: Path, staged: list[Path]) -> Merged:
    """The run's new index rows written as a part in `staging`, each with its
    signature read back from the part its unit staged (`staged`: the units' parts, in
    the order of the run's rows), one unit at a time, and let go, so the flow does not
    hold them to the end of the run."""
    rows = merged.new_rows
    path, offset = staging / "index.parquet", 0
    with parts.PartWriter(path, INDEX) as writer:
        for part in staged:
            sigs = parts.read_rows(part, ["source_file", "_sig"])
            mine = rows.slice(offset, sigs.height)
            if not mine["source_file"].equals(sigs["source_file"]):
                raise ValueError(f"stage_new_index: the rows of {part.name} are not the run's rows in order")
            writer.write(mine.with_columns(sigs["_sig"]))
            offset += sigs.height
        if offset != rows.height:
            raise ValueError(f"stage_new_index: {rows.height - offset} new row(s) not in any staged part")
        written = writer.close()
    return replace(merged, new_rows=None, new_index=written)


def account(docs: pl.DataFrame, articles: pl.DataFrame, quarantine: pl.DataFrame) -> str:
    """Every input file/record read (`docs`: their source_file) is in exactly one of
    the run's new articles or its quarantine (the whole quarantine: ingest's and
    clean's); RuntimeError naming what is wrong otherwise. Returns the line to log."""
    in_articles = articles["source_file"]
    in_quarantine = quarantine["source_file"]
    problems = []
    if in_articles.is_duplicated().any():
        problems.append("an input appears twice in articles")
    if in_quarantine.is_duplicated().any():
        problems.append("an input appears twice in quarantine, e.g. "
                        + in_quarantine.filter(in_quarantine.is_duplicated()).sort()[0])
    # hash joins of the columns, not Python sets: a run may read a million documents
    both = in_articles.filter(in_articles.is_in(in_quarantine.implode()))
    if both.len():
        problems.append(f"{both.len()} input(s) in both articles and quarantine, e.g. {both.sort()[0]}")
    read = docs["source_file"]
    lost = read.filter(~read.is_in(in_articles.implode()) & ~read.is_in(in_quarantine.implode())).unique()
    if lost.len():
        problems.append(f"{lost.len()} input(s) in neither articles nor quarantine, e.g. {lost.sort()[0]}")
    if problems:
        raise RuntimeError("accounting failed: " + "; ".join(problems))
    return (f"accounting: {in_articles.len() + in_quarantine.len()} inputs = {articles.height} articles "
            f"({articles['duplicate_of'].is_not_null().sum()} duplicates) + {quarantine.height} quarantined")


# ---------------------------------------------------------------- carrying parts over
@dataclass
class Carried:
    """Per table: the held parts kept as they are, and the rewritten ones to add
    (part files in the run's staging folder)."""

    keep: dict[str, list[str]] = field(default_factory=dict)
    add: dict[str, list[Path]] = field(default_factory=dict)

    def put(self, name: str, paths: list[Path | None]) -> None:
        self.add.setdefault(name, []).extend(p for p in paths if p is not None)


def _by_source_file(merged: Merged):
    """Drop and fix for the tables keyed by source_file (articles, the index)."""
    fixes = merged.fixes.select("source_file", pl.col("article_id").alias("_new_id"),
                                pl.col("duplicate_of").alias("_new_dup"))
    touched = merged.dropped_files | set(fixes["source_file"])

    def hit(keys: pl.DataFrame) -> bool:
        return bool(keys["source_file"].is_in(list(touched)).any())

    def fix(df: pl.DataFrame) -> pl.DataFrame:
        df = df.filter(~pl.col("source_file").is_in(list(merged.dropped_files)))
        if fixes.height == 0:
            return df
        return (df.join(fixes, on="source_file", how="left")
                .with_columns(pl.when(pl.col("_new_id").is_not_null()).then(pl.col("_new_id"))
                              .otherwise(pl.col("article_id")).alias("article_id"),
                              pl.when(pl.col("_new_id").is_not_null()).then(pl.col("_new_dup"))
                              .otherwise(pl.col("duplicate_of")).alias("duplicate_of"))
                .drop("_new_id", "_new_dup"))
    return ["source_file"], hit, fix


def _by_article_id(merged: Merged):
    """Drop and re-key for the tables keyed by article_id (extract's rows)."""
    touched = merged.dropped_ids | set(merged.remap)

    def hit(keys: pl.DataFrame) -> bool:
        return bool(keys["article_id"].is_in(list(touched)).any())

    def fix(df: pl.DataFrame) -> pl.DataFrame:
        df = df.filter(~pl.col("article_id").is_in(list(merged.dropped_ids)))
        return df.with_columns(pl.col("article_id").replace(merged.remap)) if merged.remap else df
    return ["article_id"], hit, fix


def _by_input(replaced: set[str], inputs: set[str]):
    """Drop for the quarantine (rows of inputs read again)."""
    def gone(df: pl.DataFrame) -> pl.Series:
        return pl.Series([input_of(s, inputs) in replaced for s in df["source_file"]], dtype=pl.Boolean)

    def hit(keys: pl.DataFrame) -> bool:
        return bool(replaced) and bool(gone(keys).any())

    def fix(df: pl.DataFrame) -> pl.DataFrame:
        return df.filter(~gone(df))
    return ["source_file"], hit, fix


def carry(snapshot: Path | None, merged: Merged, replaced: set[str], held_inputs: set[str],
          extract_again: bool, staging: Path) -> Carried:
    """Which held parts a run keeps as they are and which it rewrites into `staging`
    (only parts with a row to drop or re-key, a row group at a time). With
    `extract_again` (the code changed) extract's parts are all dropped: every
    article is extracted anew."""
    out = Carried()
    rules = {"articles": _by_source_file(merged), INDEX: _by_source_file(merged),
             "quarantine": _by_input(replaced, held_inputs)}
    if not extract_again:
        rules.update({name: _by_article_id(merged) for name in EXTRACT_PARTS.values()})
    for name, (keys, hit, fix) in rules.items():
        out.keep[name] = []
        for i, path in enumerate(store.part_files(snapshot, name)):
            if hit(pl.read_parquet(path, columns=keys)):
                out.put(name, [parts.rewrite_part(path, staging / f"carried-{name}-{i}.parquet", name, fix)])
            else:
                out.keep[name].append(path.name)
    return out


def read_carried(snapshot: Path | None, carried: Carried, name: str, added: list[pl.DataFrame | Path],
                 columns: list[str] | None = None, article_ids: pl.Series | None = None) -> pl.DataFrame | None:
    """Table `name` as it will be after the run (only `columns`: a projected scan of
    the part files; only the rows of `article_ids` when given, filtered as they are
    scanned): kept parts, rewritten parts, and the run's new parts or frames."""
    kept = [Path(snapshot) / name / p for p in carried.keep.get(name, [])] if snapshot else []
    paths = kept + [p for p in [*carried.add.get(name, []), *added] if isinstance(p, Path)]
    frames = [f.select(columns) if columns else f for f in added if isinstance(f, pl.DataFrame)]
    if article_ids is not None:
        frames = [f.filter(pl.col("article_id").is_in(article_ids.implode())) for f in frames]
        wanted = pl.col("article_id").is_in(article_ids.implode())
        scans = [pl.scan_parquet(p).select(columns or pl.all()).filter(wanted) for p in paths]
        held = pl.concat(scans, how="vertical_relaxed").collect() if scans else None
    else:
        held = store.read_parts(paths, name, columns)
    frames = ([held] if held is not None else []) + frames
    return pl.concat(frames, how="vertical_relaxed") if frames else None


def in_article_order(rows: pl.DataFrame, index: pl.DataFrame) -> pl.DataFrame:
    """Rows of extract's tables in one canonical order (by their article's
    source_file, each article's rows as extract made them), so the derived tables do
    not depend on which run added which article."""
    order = index.select("article_id", "source_file")
    return (rows.join(order, on="article_id", how="left", maintain_order="left")
            .sort("source_file", maintain_order=True).drop("source_file"))


def count_rows(snapshot: Path | None, carried: Carried, name: str, added: list[pl.DataFrame | Path]) -> int:
    """Rows table `name` will hold after the run (part files counted from their footers)."""
    kept = [Path(snapshot) / name / p for p in carried.keep.get(name, [])] if snapshot else []
    entries = [*kept, *carried.add.get(name, []), *added]
    return sum(parts.count_part_rows(f) if isinstance(f, Path) else f.height for f in entries if f is not None)
