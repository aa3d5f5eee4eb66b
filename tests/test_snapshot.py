"""Snapshots: a run is committed by one pointer swap, so a reader sees the previous
tables or the new ones, never a mix, whatever moment the writer dies at.

The kill test runs the commit in a subprocess that exits (os._exit: no cleanup, as
kill -9) at its k-th file-system operation, for every k; after each, every reader
(the read helper, the DuckDB file's views, the plain DATA/<table> folders that
../shared/gold/score.py globs, and `ziyarat query`) is checked."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import duckdb
import polars as pl

from ziyarat import schemas, store
from ziyarat import query

ROOT = Path(__file__).resolve().parent.parent
ZIYARAT = ROOT / ".venv" / "bin" / "ziyarat"
CHECKED = ("articles", "mentions", "visits")


def tables(n: int) -> dict[str, pl.DataFrame]:
    """n rows in each of three tables (the others empty)."""
    ids = [f"a{i}" for i in range(n)]
    return {
        "articles": pl.DataFrame({"article_id": ids, "source_file": [f"f{i}.txt" for i in range(n)],
                                  "text": ["نص"] * n, "published_date_origin": ["none"] * n}),
        "mentions": pl.DataFrame({"article_id": ids, "entity_id": ["x"] * n, "entity_type": ["person"] * n,
                                  "surface": ["نص"] * n, "start": [0] * n, "end": [2] * n}),
        "visits": pl.DataFrame({"visit_id": [f"v{i}" for i in range(n)], "visitor": ["A"] * n, "host": ["B"] * n}),
    }


# The child commits tables(NEW), its articles as a part staged beforehand (as a run's
# workers stage theirs), and dies at its KILL-th file-system operation.
CHILD = textwrap.dedent("""
    import os, sys
    sys.path.insert(0, {root!r})
    from ziyarat import parts, store
    from tests.test_snapshot import tables
    data, kill, new = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    count = [0]

    def counted(fn):
        def wrapper(*args, **kwargs):
            count[0] += 1
            if count[0] == kill:
                os._exit(9)
            return fn(*args, **kwargs)
        return wrapper

    for mod, name in [(store.os, "replace"), (store.os, "link"), (store.os, "symlink"),
                      (store.shutil, "rmtree"), (store, "_write_parquet"), (store, "_build_views")]:
        setattr(mod, name, counted(getattr(mod, name)))
    frames = tables(new)
    staged = parts.write_part(store.staging_dir(data) / "articles.parquet", "articles", frames.pop("articles"))
    add = {{**{{name: [df] for name, df in frames.items()}}, "articles": [staged]}}
    store.commit(data, keep={{}}, add=add, state={{"run": new}})
    print(count[0])
""")


def commit_in_child(data: Path, kill: int, new: int) -> subprocess.CompletedProcess:
    script = CHILD.format(root=str(ROOT))
    return subprocess.run([sys.executable, "-c", script, str(data), str(kill), str(new)],
                          capture_output=True, text=True, timeout=120, cwd=ROOT)


def seen_by_readers(data: Path) -> dict[str, set[int]]:
    """Row counts of the checked tables as each reader sees them."""
    helper = {name: store.read_table(data, name).height for name in CHECKED}
    con = duckdb.connect(str(data / store.DB_NAME), read_only=True, config={"file_search_path": str(data)})
    views = {name: con.execute(f"select count(*) from {name}").fetchone()[0] for name in CHECKED}
    con.close()
    con = duckdb.connect()
    plain = {name: con.execute(f"select count(*) from read_parquet('{data}/{name}/**/*.parquet')").fetchone()[0]
             for name in CHECKED}
    con.close()
    q = subprocess.run([str(ZIYARAT), "query", "select (select count(*) from articles) as articles, "
                        "(select count(*) from mentions) as mentions, (select count(*) from visits) as visits",
                        "--data", str(data), "--format", "json"], capture_output=True, text=True, timeout=120)
    assert q.returncode == 0, q.stderr
    cli = json.loads(q.stdout)[0]
    state = store.read_state(data)
    return {"helper": set(helper.values()), "views": set(views.values()), "plain": set(plain.values()),
            "query": set(cli.values()), "state": {state["run"]} | {state["tables"][n] for n in CHECKED}}


def test_a_commit_killed_at_any_step_shows_all_old_or_all_new(tmp_path):
    data = tmp_path / "data"
    store.write_tables(data, tables(1), {"run": 1})
    store.write_tables(data, tables(2), {"run": 2})  # a parent, and one snapshot for the GC to delete
    shutil.copytree(data, tmp_path / "dry", symlinks=True)
    dry = commit_in_child(tmp_path / "dry", 10**6, 3)
    assert dry.returncode == 0, dry.stderr
    n_ops = int(dry.stdout.strip())
    assert n_ops >= 10  # parts, views, state, links, swap: each step has operations to die at
    outcomes = []
    for kill in range(1, n_ops + 1):
        killed = tmp_path / f"k{kill}"
        shutil.copytree(data, killed, symlinks=True)
        child = commit_in_child(killed, kill, 3)
        assert child.returncode == 9, child.stderr
        seen = seen_by_readers(killed)
        assert all(counts == seen["helper"] for counts in seen.values()), (kill, seen)
        assert seen["helper"] in ({2}, {3}), (kill, seen)
        outcomes.append(seen["helper"].pop())
        with store.run_lock(killed):  # the next run removes what the killed one left
            pass
        assert {s.name for s in (killed / store.SNAPSHOTS).iterdir()} <= {
            store.snapshot_dir(killed).name, store.read_manifest(store.snapshot_dir(killed)).get("parent")}
        assert not [p for p in killed.iterdir() if p.name.endswith(".tmp")]
        assert not (killed / store.STAGING).exists()  # what the killed run staged is gone too
        assert {store.read_table(killed, n).height for n in CHECKED} == {outcomes[-1]}
    # old up to the swap, new from the swap on: the swap is the one commit point
    swap = outcomes.index(3)
    assert outcomes == [2] * swap + [3] * (n_ops - swap) and 0 < swap < n_ops


def test_the_previous_snapshot_is_kept_and_older_ones_deleted(tmp_path):
    for n in (1, 2, 3):
        store.write_tables(tmp_path, tables(n), {"run": n})
    snaps = sorted(p.name for p in (tmp_path / store.SNAPSHOTS).iterdir())
    current = store.snapshot_dir(tmp_path)
    assert len(snaps) == 2 and current.name in snaps
    assert store.read_manifest(current)["parent"] in snaps
    assert store.read_state(tmp_path)["run"] == 3 and store.read_table(tmp_path, "visits").height == 3


def test_plain_paths_show_the_current_snapshot(tmp_path):
    store.write_tables(tmp_path, tables(2))
    store.write_tables(tmp_path, tables(4))
    for name in schemas.TABLES:
        assert (tmp_path / name).is_symlink() and (tmp_path / name).is_dir()
        files = sorted((tmp_path / name).glob("*.parquet"))
        assert len(files) == 1
        assert pl.read_parquet(files[0]).columns == list(schemas.TABLES[name])
    assert pl.read_parquet(next((tmp_path / "articles").glob("*.parquet"))).height == 4


def test_kept_parts_are_hard_links_not_copies(tmp_path):
    store.commit(tmp_path, keep={}, add={"articles": [tables(3)["articles"]]}, state={})
    first = store.part_files(store.snapshot_dir(tmp_path), "articles")
    store.commit(tmp_path, keep={"articles": [p.name for p in first]},
                 add={"articles": [tables(2)["articles"].with_columns(pl.lit("b.txt").alias("source_file"))]}, state={})
    parts = store.part_files(store.snapshot_dir(tmp_path), "articles")
    assert len(parts) == 2 and parts[0].name == first[0].name
    assert os.stat(parts[0]).st_ino == os.stat(first[0]).st_ino
    assert store.read_table(tmp_path, "articles").height == 5


def test_staged_parts_are_moved_into_the_snapshot(tmp_path):
    from ziyarat import parts

    store.write_tables(tmp_path, tables(1))
    staging = store.staging_dir(tmp_path)
    staged = parts.write_part(staging / "mentions.parquet", "mentions", tables(3)["mentions"])
    inode = os.stat(staged).st_ino
    held = [p.name for p in store.part_files(store.snapshot_dir(tmp_path), "mentions")]
    store.commit(tmp_path, keep={"mentions": held}, add={"mentions": [staged]}, state={})
    [kept, moved] = store.part_files(store.snapshot_dir(tmp_path), "mentions")
    assert os.stat(moved).st_ino == inode and not staged.exists()  # moved, not copied
    assert store.read_table(tmp_path, "mentions").height == 1 + 3
    assert store.read_state(tmp_path)["tables"]["mentions"] == 4
    assert not (tmp_path / store.STAGING).exists()


def test_many_parts_are_compacted_into_one(tmp_path, monkeypatch):
    monkeypatch.setattr(store, "MAX_PARTS", 3)
    for i in range(4):
        keep = [p.name for p in store.part_files(store.snapshot_dir(tmp_path), "mentions")]
        store.commit(tmp_path, keep={"mentions": keep}, add={"mentions": [tables(i + 1)["mentions"]]}, state={})
    parts = store.part_files(store.snapshot_dir(tmp_path), "mentions")
    assert len(parts) == 1 and parts[0].name.endswith("-all.parquet")
    assert store.read_table(tmp_path, "mentions").height == 1 + 2 + 3 + 4


def test_a_copied_data_dir_reads_its_own_files(tmp_path):
    original = tmp_path / "original"
    store.write_tables(original, tables(3))
    for how, copy in (("links kept", tmp_path / "copy_a"), ("links followed", tmp_path / "copy_b")):
        shutil.copytree(original, copy, symlinks=how == "links kept")
    shutil.rmtree(original)
    for copy in (tmp_path / "copy_a", tmp_path / "copy_b"):
        # ziyarat's own readers build their views from the manifest, and re-point the file
        assert query.run(copy, "select count(*) as n from visits")["n"][0] == 3
        con = duckdb.connect(str(copy / store.DB_NAME), read_only=True)  # any client, any cwd
        assert con.execute("select count(*) from articles").fetchone()[0] == 3
        con.close()
        moved = copy.parent / (copy.name + "_moved")
        copy.rename(moved)
        assert store.repoint_views(moved) is True  # the file named the old place: rebuilt
        assert store.repoint_views(moved) is False  # and only once
        con = duckdb.connect(str(moved / store.DB_NAME), read_only=True)
        assert con.execute("select count(*) from mentions").fetchone()[0] == 3
        con.close()
        store.write_tables(moved, tables(5))  # a later run into the copy swaps its own pointer
        assert (moved / store.CURRENT).is_symlink()
        assert query.run(moved, "select count(*) as n from articles")["n"][0] == 5
