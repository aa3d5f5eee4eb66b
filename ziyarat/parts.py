"""Part files read and written a piece at a time: the readers and writers a run's
workers use on the part files of the staging folder and the snapshots (the layout
and the commit are in ziyarat/store.py). A part is written in row groups of
store.ROW_GROUP_ROWS rows and read by projected scans, so no process holds a whole
table, nor the articles' text when it does not need it."""
from __future__ import annotations

from pathlib import Path
from typing import Callable

import polars as pl
import pyarrow.parquet as pq

from ziyarat import files, store


def read_rows(path: Path, columns: list[str] | None = None, offset: int = 0, length: int | None = None) -> pl.DataFrame:
    """Rows offset..offset+length of one part file (only `columns`): a projected
    scan that decodes only the row groups holding them."""
    scan = pl.scan_parquet(path)
    if columns is not None:
        scan = scan.select(columns)
    return scan.slice(offset, length).collect()


def count_part_rows(path: Path) -> int:
    """Rows of one part file, from its footer."""
    return pq.read_metadata(path).num_rows


SCRATCH = "none"  # the codec of a run's scratch files, read back once: zstd costs more CPU than the disk it saves


def write_scratch(df: pl.DataFrame, path: Path) -> Path:
    """One of a run's scratch files (small columns it writes and reads back once), uncompressed."""
    pq.write_table(df.to_arrow(), str(path), compression=SCRATCH)
    return path


class PartWriter:
    """One part file of table `name` written a frame at a time, each in row groups of
    at most store.ROW_GROUP_ROWS rows: a worker holds one chunk's rows, never the part's.
    No file is made when no frame has rows (close() then returns None). `compression`
    is Parquet's codec (SCRATCH for a part the run reads back once)."""

    def __init__(self, path: Path, name: str, compression: str = "zstd") -> None:
        self.path, self.name, self.rows, self.compression = Path(path), name, 0, compression
        self._writer: pq.ParquetWriter | None = None

    def write(self, df: pl.DataFrame) -> None:
        for frame in store.frames_to_write(self.name, [df]):
            table = frame.to_arrow()
            if self._writer is None:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                self._writer = pq.ParquetWriter(str(self.path), table.schema, compression=self.compression)
            elif table.schema != self._writer.schema:
                table = table.cast(self._writer.schema)
            self._writer.write_table(table, row_group_size=store.ROW_GROUP_ROWS)
            self.rows += frame.height

    def close(self) -> Path | None:
        if self._writer is None:
            return None
        self._writer.close()
        files.fsync_file(self.path)
        return self.path

    def __enter__(self) -> "PartWriter":
        return self

    def __exit__(self, *exc) -> None:
        if self._writer is not None and exc[0] is not None:
            self._writer.close()


def write_part(path: Path, name: str, df: pl.DataFrame) -> Path | None:
    """One frame as a part file of table `name` (None when it has no rows)."""
    with PartWriter(path, name) as writer:
        writer.write(df)
        return writer.close()


def rewrite_part(src: Path, dst: Path, name: str, fn: Callable[[pl.DataFrame], pl.DataFrame]) -> Path | None:
    """Part file `src` passed through `fn` (a row-wise frame -> frame function) into
    `dst`, a row group at a time (memory: one group, whatever the part's size)."""
    with PartWriter(dst, name) as writer:
        for batch in pq.ParquetFile(src).iter_batches(batch_size=store.ROW_GROUP_ROWS):
            writer.write(fn(pl.from_arrow(batch)))
        return writer.close()
