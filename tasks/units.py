"""The work units of a run: plain functions a worker runs (a process of the shared
pool, or a Dask worker), each reading and writing part files on storage it shares
with the flow, and returning only small columns. No unit returns text: the flow
process never holds the articles' text, whatever the corpus size.

- :func:`read_unit`: some inputs (about ``Settings.unit_bytes`` of them) read and
  cleaned; the accepted rows, text and MinHash signature included, staged as a part
  file; returns their small columns (``dataset.ID_COLUMNS`` and source: what ids and
  duplicates are decided on, with the signatures' 12 band keys instead of their 64
  values) and the quarantine.
- :func:`extract_unit`: a slice of a staged part (or of a held articles part when the
  code changed) with its final ids attached, written as the ``articles`` part, and
  extract's tables for it written as parts; returns their paths and row counts, and
  the articles whose extraction failed (tasks/extract/isolation.py: they get no rows).
"""
from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import Path

import polars as pl

from tasks import aggregate as aggregate_stage
from tasks import clean as clean_stage
from tasks import duplicates
from tasks import extract as extract_stage
from tasks import ingest as ingest_stage
from tasks.extract import isolation
from tasks.extract import topics as topics_stage
from tasks.extract.isolation import Failure
from ziyarat import dataset, parts, schemas, store
from ziyarat.settings import Settings

STAGED = "_staged"  # a unit's accepted rows as clean prepared them (no ids yet)
STAGED_COLUMNS = [c for c in schemas.TABLES["articles"] if c not in ("article_id", "duplicate_of")]
SIGNATURE = "_sig"  # staged beside the rows: read back only for the rows deciding duplicates needs it of
EXTRACT_COLUMNS = ["article_id", "text", "published_date", "source", "title"]  # source: the outlet (its home country)
ID_NAMES = ["source_file", "article_id", "duplicate_of"]  # a new article's final ids


# ---------------------------------------------------------------- ingest + clean
@dataclass
class Read:
    """What reading some inputs gave, without the text and without a row per article:
    the staged parts, the files of their rows' small columns and of the documents
    read (each unit writes its own, so the flow holds only their names, whatever the
    corpus size), the quarantine (ingest's and clean's), the manifest rows used."""

    staged: list[tuple[Path, int]]  # each staged part file and its rows
    small: list[Path]  # per unit: dataset.ID_COLUMNS + source of its staged rows, in their order (band keys)
    docs: list[Path]  # per unit: the source_file of every document it read (for the run's accounting)
    n_docs: int
    quarantine: pl.DataFrame
    manifest_used: set[str] = field(default_factory=set)


def plan_read(inputs: list[tuple[str, Path]], unit_bytes: int, at_least: int = 1) -> list[list[tuple[str, Path]]]:
    """The inputs cut into runs of neighbours of about `unit_bytes` each (at least
    `at_least` units when there are enough inputs); an input is never split."""
    total = 0
    for _rel, path in inputs:
        try:
            total += max(1, path.lstat().st_size)
        except OSError:
            total += 1
    return ingest_stage.groups(inputs, max(at_least, -(-total // max(1, unit_bytes))))


def read_unit(inputs: list[tuple[str, Path]], settings: Settings, manifest: ingest_stage.Manifest,
              staging: Path) -> Read:
    """Read and clean some inputs; stage the accepted rows (text included) as one
    part file in `staging`, a chunk of settings.batch_size documents at a time."""
    part = ingest_stage.read_inputs(inputs, settings, manifest, raw_as_list=True)  # cleaned in Python: never Arrow
    ingest_stage.check_part(part)
    docs, raw = part.docs, part.raw
    accepted, quarantine = [], [part.quarantine]
    name = f"read-{clean_stage.sha16(inputs[0][0] if inputs else '')}.parquet"  # a unit's first input is its own
    # staged parts are scratch, read back once by the merge and extract: written
    # uncompressed (zstd took ~0.5 CPU-s per 100 MB of text, both ways)
    with parts.PartWriter(staging / name, STAGED, compression=parts.SCRATCH) as writer:
        for i in range(0, max(docs.height, 1), settings.batch_size):
            prepared = clean_stage.prepare(docs.slice(i, settings.batch_size), settings, raw[i:i + settings.batch_size])
            ok, rejected = clean_stage.split_rejected(prepared)
            writer.write(ok.select(*STAGED_COLUMNS, SIGNATURE))
            accepted.append(duplicates.with_bands(ok.select(*dataset.DEDUP_COLUMNS, "source"))
                            .select(*dataset.ID_COLUMNS, "source"))
            quarantine.append(rejected)
        path = writer.close()
    accepted = pl.concat(accepted, how="vertical")
    staging.mkdir(parents=True, exist_ok=True)
    small = parts.write_scratch(accepted, staging / name.replace(".parquet", ".small.parquet"))
    read_docs = parts.write_scratch(docs.select("source_file"), staging / name.replace(".parquet", ".docs.parquet"))
    return Read(staged=[(path, accepted.height)] if path is not None else [], small=[small], docs=[read_docs],
                n_docs=docs.height, quarantine=pl.concat(quarantine, how="vertical_relaxed"),
                manifest_used=part.manifest_used)


def combine_read(reads: list[Read], manifest: ingest_stage.Manifest) -> Read:
    """The units' results as one."""
    ingest_stage.warn_unused(manifest, set().union(*(r.manifest_used for r in reads)))
    return Read(staged=[s for r in reads for s in r.staged], small=[p for r in reads for p in r.small],
                docs=[p for r in reads for p in r.docs], n_docs=sum(r.n_docs for r in reads),
                quarantine=pl.concat([r.quarantine for r in reads], how="vertical_relaxed"))


# ---------------------------------------------------------------- merge
@dataclass(frozen=True)
class MergeJob:
    """What deciding the run's ids and duplicates needs: the held snapshot, the
    inputs held after the run and those read again, what the read units wrote."""

    snapshot: Path | None
    inputs: list[str]  # every input held after the run (the catalogue's source_file)
    replaced: list[str]  # inputs read again: their earlier rows go
    extract_again: bool  # the code changed: every held article is extracted anew
    staged: list[Path]  # what the read units wrote (Read): the staged parts, in order,
    small: list[Path]  # their rows' small columns, in the same order,
    docs: list[Path]  # and the documents they read
    quarantine: pl.DataFrame  # the run's whole quarantine, conformed
    staging: Path


@dataclass(frozen=True)
class MergeResult:
    """The merge as the flow holds it: file names and counts, no row per article."""

    index: Path  # every article held after the run (dataset.SLIM_INDEX_COLUMNS), by source_file
    ids: Path  # the run's new articles: source_file, input_file, article_id, duplicate_of, in staged order
    new_index: Path | None  # their index rows (the part the commit adds to _index)
    carried: dataset.Carried
    held: int  # articles held after the run
    held_duplicates: int
    added: int  # the run's new articles
    added_duplicates: int
    rekeyed: int  # earlier articles whose id or duplicate_of changed
    accounting: str  # the accounting line (dataset.account)


def _frames(paths: list[Path]) -> pl.DataFrame:
    return pl.concat([pl.read_parquet(p) for p in paths], how="vertical_relaxed")


def merge_unit(job: MergeJob) -> MergeResult:
    """Ids and duplicates over the articles held and the run's new ones (small
    columns: band keys, not signatures, which are read back only for the rows that
    need them), the run's accounting, which held parts stay and which are rewritten;
    the merged index and the new rows' ids written to the staging folder."""
    decide = functools.partial(clean_stage.assign_ids, signatures_of=dataset.signatures_reader(job.snapshot, job.staged))
    merged = dataset.merge_articles(dataset.read_index(job.snapshot, duplicates.with_bands), _frames(job.small),
                                    set(job.inputs), set(job.replaced), decide)
    accounting = dataset.account(_frames(job.docs), merged.articles, job.quarantine)
    carried = dataset.carry(job.snapshot, merged, set(job.replaced), set(job.inputs),
                            extract_again=job.extract_again, staging=job.staging)
    merged = dataset.stage_new_index(merged, job.staging, job.staged)
    index, ids = job.staging / "merged-index.parquet", job.staging / "merged-ids.parquet"
    parts.write_scratch(merged.index, index)
    parts.write_scratch(merged.articles, ids)
    return MergeResult(index=index, ids=ids, new_index=merged.new_index, carried=carried, held=merged.index.height,
                  held_duplicates=int(merged.index["duplicate_of"].is_not_null().sum()),
                  added=merged.articles.height, added_duplicates=int(merged.articles["duplicate_of"].is_not_null().sum()),
                  rekeyed=merged.fixes.height, accounting=accounting)


# ---------------------------------------------------------------- extract
@dataclass(frozen=True)
class ExtractJob:
    """Rows offset..offset+length of one part file to extract: a staged part with
    its rows' final ids (`ids`: the merge's ids file and the row of it where the
    part's rows start), or a held articles part (`ids` None: the ids are in it)."""

    source: Path
    offset: int
    length: int
    ids: tuple[Path, int] | None
    out: Path  # the staging folder
    tag: str  # unique among the run's jobs: names the parts written


@dataclass
class Extracted:
    """The part files an extract job wrote (per table; none when it had no rows) and
    how many rows each got; the articles whose extraction failed (counted, the first
    isolation.KEPT kept with their errors)."""

    paths: dict[str, Path] = field(default_factory=dict)
    rows: dict[str, int] = field(default_factory=dict)
    articles: int = 0
    failed: int = 0
    failures: list[Failure] = field(default_factory=list)


def extract_jobs(sources: list[tuple[Path, int, tuple[Path, int] | None]], size: int,
                 out: Path) -> list[ExtractJob]:
    """Slices of at most `size` rows of each (part file, rows, ids) source (each
    slice makes one part file per table)."""
    return [ExtractJob(path, offset, min(size, n - offset), ids, out, f"{i}-{offset}")
            for i, (path, n, ids) in enumerate(sources) for offset in range(0, n, max(1, size))]


def extract_unit(job: ExtractJob, chunk_rows: int = 4000) -> Extracted:
    """Extract one job's articles, `chunk_rows` at a time; write its articles part
    (staged rows with their final ids) and extract's tables as part files in the
    staging folder."""
    tables = {**({"articles": "articles"} if job.ids is not None else {}), **dataset.EXTRACT_PARTS}
    writers = {name: parts.PartWriter(job.out / f"{table}-{job.tag}.parquet", table) for name, table in tables.items()}
    done = Extracted()
    for offset in range(job.offset, job.offset + job.length, max(1, chunk_rows)):
        length = min(chunk_rows, job.offset + job.length - offset)
        rows = parts.read_rows(job.source, EXTRACT_COLUMNS if job.ids is None else STAGED_COLUMNS, offset, length)
        if job.ids is not None:
            ids_file, start = job.ids
            ids = parts.read_rows(ids_file, ID_NAMES, start + offset, length)
            rows = schemas.conform("articles", rows.join(ids, on="source_file").sort("source_file"))
            writers["articles"].write(rows)
        done.articles += rows.height
        failures: list[Failure] = []
        for name, df in extract_stage.extract(rows.select(EXTRACT_COLUMNS), failures).items():
            writers[name].write(schemas.conform(name, df))
        done.failed += len(failures)
        done.failures += failures[:isolation.KEPT - len(done.failures)]
    for name, writer in writers.items():
        done.rows[tables[name]] = writer.rows
        path = writer.close()
        if path is not None:
            done.paths[tables[name]] = path
    return done


@dataclass
class ExtractedAll:
    """What the extract jobs of a run wrote: part files per table (in job order),
    rows per table, articles extracted and the number of jobs; the articles whose
    extraction failed (all counted, the first isolation.KEPT kept)."""

    paths: dict[str, list[Path]]
    rows: dict[str, int]
    articles: int
    jobs: int
    failed: int = 0
    failures: list[Failure] = field(default_factory=list)


def combine_extracted(done: list[Extracted]) -> ExtractedAll:
    """The jobs' results as one."""
    out = ExtractedAll(paths={}, rows={}, articles=sum(d.articles for d in done), jobs=len(done),
                       failed=sum(d.failed for d in done),
                       failures=[f for d in done for f in d.failures][:isolation.KEPT])
    for d in done:
        for table, n in d.rows.items():
            out.rows[table] = out.rows.get(table, 0) + n
            if table in d.paths:
                out.paths.setdefault(table, []).append(d.paths[table])
    return out


# ---------------------------------------------------------------- aggregate
@dataclass(frozen=True)
class AggregateJob:
    """What aggregate reads: the snapshot the run builds on (its derived tables reused
    for the pairs of leaders whose inputs did not change, when it is intact and was
    made by this code), the parts carried and written, the merged index."""

    snapshot: Path | None
    reuse: bool  # the snapshot is intact and made by this code
    carried: dataset.Carried
    written: dict[str, list[Path]]  # extract's part files per table
    index: Path  # MergeResult.index


def aggregate_unit(job: AggregateJob) -> dict[str, pl.DataFrame]:
    """Visit mentions of every article held merged into visits; per-visit and
    per-topic summaries (from small columns: never the articles' text; the topics
    only of the articles with a visit mention, the only ones the summaries join)."""
    index = pl.read_parquet(job.index, columns=list(dict.fromkeys(["article_id", "source_file",
                                                                    *aggregate_stage.ARTICLE_COLUMNS])))

    def every(name: str, columns: tuple[str, ...] | None = None, article_ids: pl.Series | None = None) -> pl.DataFrame:
        table = dataset.EXTRACT_PARTS[name]
        rows = dataset.read_carried(job.snapshot, job.carried, table, job.written.get(table, []),
                                    list(columns) if columns else None, article_ids)
        rows = schemas.conform(name, rows, columns)
        return dataset.in_article_order(rows, index)
    visit_mentions = every("visit_mentions")
    topics = every("article_topics", aggregate_stage.TOPIC_COLUMNS, visit_mentions["article_id"].unique())
    held = None
    if job.snapshot is not None and job.reuse:
        tables = [store.snapshot_table(job.snapshot, n) for n in (*aggregate_stage.HELD_TABLES, aggregate_stage.PAIRS)]
        held = aggregate_stage.Held(*tables) if all(t is not None for t in tables) else None
    return aggregate_stage.aggregate(index.select(aggregate_stage.ARTICLE_COLUMNS), None, visit_mentions, topics,
                                     None, topics_stage.taxonomy(), summit_mentions=every("summit_mentions"), held=held)
