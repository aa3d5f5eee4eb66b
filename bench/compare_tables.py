"""Compare the output tables of two data dirs row for row (order ignored).

    .venv/bin/python bench/compare_tables.py BEFORE_DATA_DIR AFTER_DATA_DIR

Every ``*.parquet`` table under either dir (the public tables of ``ziyarat.schemas``
and any other) is read with polars, its rows sorted on every column (list and struct
columns sorted on their JSON text) and compared with ``DataFrame.equals``. Prints one
line per table (rows before / after, equal or the first differing rows) and exits 1
when a table differs or exists on one side only. Used to check that a refactoring
changes no output (issue 12): run the pipeline into two fresh data dirs, once per
version of the code, then compare.
"""
from __future__ import annotations

import sys
from pathlib import Path

import polars as pl


def tables(data_dir: Path) -> dict[str, list[Path]]:
    """Table name -> its Parquet files: the part files of each table folder of the
    current snapshot (``DATA/current/<table>/*.parquet``), or, in the older layout,
    every ``*.parquet`` under the dir (name: its path without suffix)."""
    current = data_dir / "current"
    if current.is_dir():
        return {d.name: sorted(d.glob("*.parquet")) for d in sorted(current.iterdir())
                if d.is_dir() and any(d.glob("*.parquet"))}
    return {str(p.relative_to(data_dir).with_suffix("")): [p] for p in sorted(data_dir.rglob("*.parquet"))
            if not any(part.startswith((".", "_tmp")) for part in p.relative_to(data_dir).parts)}


def read(paths: list[Path]) -> pl.DataFrame:
    """One table from its files (part files stacked, columns matched by name)."""
    return pl.concat([pl.read_parquet(p) for p in paths], how="diagonal_relaxed")


def canonical(df: pl.DataFrame) -> pl.DataFrame:
    """The rows in one order: sorted on every column, nested ones on their JSON text."""
    keys = []
    for name, dtype in df.schema.items():
        if isinstance(dtype, (pl.List, pl.Struct, pl.Array)):
            keys.append(pl.col(name).map_elements(lambda v: repr(v), return_dtype=pl.String).alias(f"__{name}"))
        else:
            keys.append(pl.col(name))
    if not keys:
        return df
    sort_cols = [k.meta.output_name() for k in keys]
    return df.with_columns([k for k in keys if k.meta.output_name().startswith("__")]) \
        .sort(sort_cols, nulls_last=True).select(df.columns)


def compare(before: Path, after: Path) -> list[str]:
    """One line per table; lines for differences start with "DIFF"."""
    a, b = tables(before), tables(after)
    lines = []
    for name in sorted(a.keys() | b.keys()):
        if name not in a or name not in b:
            lines.append(f"DIFF {name}: only in {'after' if name not in a else 'before'}")
            continue
        x, y = read(a[name]), read(b[name])
        if x.schema != y.schema:
            lines.append(f"DIFF {name}: schema {x.schema} != {y.schema}")
            continue
        cx, cy = canonical(x), canonical(y)
        if cx.equals(cy):
            lines.append(f"same {name}: {x.height} rows")
            continue
        only_x = cx.join(cy, on=cx.columns, how="anti", nulls_equal=True) if not _nested(cx) else cx
        lines.append(f"DIFF {name}: {x.height} rows before, {y.height} after; first rows before only:\n"
                     f"{only_x.head(5)}")
    return lines


def _nested(df: pl.DataFrame) -> bool:
    return any(isinstance(t, (pl.List, pl.Struct, pl.Array)) for t in df.schema.values())


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    lines = compare(Path(argv[0]), Path(argv[1]))
    print("\n".join(lines))
    return 1 if any(line.startswith("DIFF") for line in lines) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
