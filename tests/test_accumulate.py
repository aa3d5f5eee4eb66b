"""The data dir accumulates: a run adds what is new or changed under --input (by
content), keeps everything already there, and re-derives visits over all of it; a
run over A then B equals one run over A and B together."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import polars as pl
import pytest

from tests.conftest import ROOT, SEEDS
from ziyarat import cache, schemas, store
from ziyarat.settings import Settings

A_FILES = ("000_e4cb65079a8bf2ce.txt", "001_98cf9488d9f03ab7.txt", "002_8a3e7e0daba9592b.txt")
B_FILES = ("003_fb02ca414c7ccfc7.txt", "004_4a8ecf2fbf830e32.txt")
COPY = "0000_copy.txt"  # an exact copy of 001, dated a day earlier: in A+B it is the original
MANIFEST_HEAD = "file,published_at,source,url,title\n"


def _seed_manifest() -> dict[str, str]:
    lines = (SEEDS / "manifest.csv").read_text(encoding="utf-8").splitlines()[1:]
    return {line.split(",")[0]: line for line in lines}


def make_input(folder: Path, files: tuple[str, ...], copy: bool = False, english: bool = False) -> Path:
    """A folder of seed files with their manifest rows (plus the dated copy of 001,
    and a quarantined English file, when asked)."""
    folder.mkdir(parents=True)
    rows = _seed_manifest()
    lines = [rows[name] for name in files]
    for name in files:
        shutil.copy(SEEDS / name, folder / name)
    if copy:
        shutil.copy(SEEDS / A_FILES[1], folder / COPY)
        lines.append(f"{COPY},2023-03-13,,,")
    if english:
        (folder / "english.txt").write_text("Only English words here, nothing else.", encoding="utf-8")
    (folder / "manifest.csv").write_text(MANIFEST_HEAD + "\n".join(lines) + "\n", encoding="utf-8")
    return folder


def tables(data: Path) -> dict[str, list[str]]:
    """Every public table's rows as sorted canonical JSON (an order-free comparison)."""
    out = {}
    for name in schemas.TABLES:
        df = store.read_table(data, name)
        out[name] = sorted(json.dumps(r, ensure_ascii=False, sort_keys=True, default=str) for r in df.to_dicts())
    return out


def run(inp: Path, data: Path, replace: bool = False) -> dict:
    from flows.launch import run_pipeline

    return run_pipeline(Settings(input_dir=inp, data_dir=data), replace=replace)


@pytest.fixture(scope="module")
def runs(prefect_backend, tmp_path_factory):
    """A then B into one data dir; A+B in one run into another; B again."""
    root = tmp_path_factory.mktemp("accumulate")
    a = make_input(root / "a", A_FILES, english=True)
    b = make_input(root / "b", B_FILES, copy=True)
    ab = make_input(root / "ab", A_FILES + B_FILES, copy=True, english=True)
    data, full = root / "data", root / "full"
    out = {"root": root, "a": a, "b": b, "ab": ab, "data": data, "full": full}
    out["first"] = run(a, data)
    out["after_a"] = tables(data)
    out["second"] = run(b, data)
    out["after_b"] = tables(data)
    out["again"] = run(b, data)
    out["after_again"] = tables(data)
    out["full_summary"] = run(ab, full)
    out["full_tables"] = tables(full)
    return out


def test_a_then_b_equals_one_run_over_a_and_b(runs):
    inc, full = runs["after_b"], runs["full_tables"]
    assert inc.keys() == full.keys()
    for name in inc:
        assert inc[name] == full[name], name
    assert len(full["articles"]) == 6 and len(full["quarantine"]) == 1
    assert len(full["visits"]) > 0 and len(full["mentions"]) > 100


def test_the_second_run_keeps_the_first_runs_articles(runs):
    assert runs["first"]["articles"] == 3 and runs["second"]["articles"] == 6
    assert runs["second"]["articles_added"] == 3 and runs["second"]["inputs_read"] == 3
    articles = store.read_table(runs["data"], "articles")
    assert set(A_FILES) < set(articles["source_file"])


def test_an_earlier_dated_copy_takes_the_original_id_and_re_keys_the_old_rows(runs):
    articles = store.read_table(runs["data"], "articles")
    ids = dict(zip(articles["source_file"], articles["article_id"]))
    dup = dict(zip(articles["source_file"], articles["duplicate_of"]))
    assert dup[A_FILES[1]] == ids[COPY] and dup[COPY] is None
    before = {json.loads(r)["source_file"]: json.loads(r)["article_id"] for r in runs["after_a"]["articles"]}
    assert before[A_FILES[1]] == ids[COPY]  # 001 had the id its earlier copy now has ...
    mentions = store.read_table(runs["data"], "mentions")
    per_article = mentions.group_by("article_id").len()
    counts = dict(zip(per_article["article_id"], per_article["len"]))
    assert counts[ids[A_FILES[1]]] == counts[ids[COPY]] > 0  # ... and its rows followed it to its new id


def test_the_same_input_twice_adds_nothing(runs):
    again = runs["again"]
    assert again["flow_run"] is False and again["outputs_unchanged"] is True
    assert again["inputs_read"] == 0 and again["articles"] == 6
    assert runs["after_again"] == runs["after_b"]


def test_a_changed_file_replaces_its_rows(runs, tmp_path):
    data = tmp_path / "data"
    shutil.copytree(runs["full"], data, symlinks=True)
    inp = tmp_path / "in"
    shutil.copytree(runs["ab"], inp)
    old = store.read_table(data, "articles").filter(pl.col("source_file") == B_FILES[0])["article_id"][0]
    text = (inp / B_FILES[0]).read_text(encoding="utf-8")
    (inp / B_FILES[0]).write_text(text[: len(text) // 2], encoding="utf-8")
    summary = run(inp, data)
    assert summary["inputs_read"] == 1 and summary["inputs_replaced"] == 1 and summary["articles"] == 6
    for name in ("articles", "mentions", "visit_mentions", "article_topics", "quotes"):
        assert old not in store.read_table(data, name)["article_id"].to_list(), name
    fresh = tmp_path / "fresh"
    run(inp, fresh)
    assert tables(data) == tables(fresh)


def test_an_input_edited_in_place_with_the_same_size_and_mtime_is_read_again(runs, tmp_path):
    data = tmp_path / "data"
    shutil.copytree(runs["full"], data, symlinks=True)
    inp = tmp_path / "in"
    shutil.copytree(runs["ab"], inp)
    path = inp / A_FILES[2]
    st = path.stat()
    text = path.read_text(encoding="utf-8")
    edited = text.replace("موسكو", "موسقو", 1)  # Moscow misspelt: the same length in UTF-8 bytes
    assert edited != text and len(edited.encode()) == len(text.encode())
    path.write_text(edited, encoding="utf-8")
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert path.stat().st_size == st.st_size and path.stat().st_mtime_ns == st.st_mtime_ns
    summary = run(inp, data)
    assert summary["inputs_read"] == 1 and summary["inputs_replaced"] == 1
    article = store.read_table(data, "articles").filter(pl.col("source_file") == A_FILES[2])
    assert "موسقو" in article["text"][0]


def test_replace_starts_the_data_dir_over(runs, tmp_path):
    data = tmp_path / "data"
    shutil.copytree(runs["data"], data, symlinks=True)
    summary = run(runs["a"], data, replace=True)
    assert summary["articles"] == 3 and summary["articles_added"] == 3
    assert sorted(store.read_table(data, "articles")["source_file"]) == sorted(A_FILES)
    assert len(list((data / store.SNAPSHOTS).iterdir())) == 2  # the new one and the one before it


def test_a_code_change_extracts_every_held_article_again(runs, tmp_path, monkeypatch):
    from flows import run as run_module

    data = tmp_path / "data"
    shutil.copytree(runs["data"], data, symlinks=True)
    monkeypatch.setattr(run_module.cache, "code_fingerprint", lambda: "another version")
    summary = run(runs["b"], data)
    assert summary["code_changed"] is True and summary["inputs_read"] == 0
    assert summary["reused_articles"] == 0 and summary["extract_batches"] > 0
    assert tables(data) == runs["after_b"]
    assert store.read_state(data)["code_fingerprint"] == "another version"


def test_the_fingerprint_covers_moved_modules_and_lexicons_not_the_report(tmp_path):
    for rel in ("tasks/visits.py", "tasks/report.py", "ziyarat/cli.py", "ziyarat/lexicons/people.yaml",
                "ziyarat/store.py"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(f"# {rel}\n")
    covered = [p.relative_to(tmp_path).as_posix() for p in cache.code_files(tmp_path)]
    assert covered == ["tasks/visits.py", "ziyarat/lexicons/people.yaml", "ziyarat/store.py"]
    before = cache.code_fingerprint(tmp_path)
    (tmp_path / "tasks/extract").mkdir()
    (tmp_path / "tasks/visits.py").rename(tmp_path / "tasks/extract/visits.py")  # moved, same bytes
    moved = cache.code_fingerprint(tmp_path)
    assert moved != before
    (tmp_path / "tasks/report.py").write_text("# the report changed\n")  # changes no table
    assert cache.code_fingerprint(tmp_path) == moved
    (tmp_path / "ziyarat/lexicons/people.yaml").write_text("# a new leader\n")
    assert cache.code_fingerprint(tmp_path) != moved


def test_the_content_key_sees_through_same_size_edits_and_never_opens_a_pipe(tmp_path):
    a, fifo = tmp_path / "a.txt", tmp_path / "pipe"
    a.write_bytes(b"abc")
    first = cache.hash_file(a)
    a.write_bytes(b"abd")
    assert cache.hash_file(a) != first and cache.hash_file(a)[1] == 3
    os.mkfifo(fifo)
    assert cache.hash_file(fifo)[0].startswith("special:")


def test_an_older_layout_asks_for_replace_in_one_line(prefect_backend, tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    pl.DataFrame({"visit_id": ["v"]}).write_parquet(data / "visits.parquet")
    from prefect.settings import get_current_settings

    # the session's test server: a temporary one per run may not start in time on a busy machine
    env = dict(os.environ, PREFECT_LOGGING_LEVEL="WARNING", PREFECT_API_URL=str(get_current_settings().api.url))
    exe = ROOT / ".venv" / "bin" / "ziyarat"
    refused = subprocess.run([str(exe), "run", "--input", str(SEEDS), "--data", str(data), "--quiet"],
                             capture_output=True, text=True, env=env, timeout=300)
    assert refused.returncode != 0
    assert [line for line in refused.stderr.splitlines() if line.strip()] == [refused.stderr.strip()]
    assert "--replace" in refused.stderr and (data / "visits.parquet").exists()
    replaced = subprocess.run([str(exe), "run", "--input", str(SEEDS), "--data", str(data), "--quiet", "--replace"],
                              capture_output=True, text=True, env=env, timeout=300)
    assert replaced.returncode == 0, replaced.stderr
    assert not (data / "visits.parquet").exists() and store.read_table(data, "articles").height == 5


def test_a_first_run_with_every_input_quarantined_holds_no_article_then_grows(runs, tmp_path):
    """No articles part at all yet (every input quarantined): the run still writes its
    tables and report, and the next run adds to it."""
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "english.txt").write_text("Only English words here, nothing else.", encoding="utf-8")
    data = tmp_path / "data"
    first = run(bad, data)
    assert (first["articles"], first["quarantined"]) == (0, 1) and (data / "report.html").exists()
    assert store.read_table(data, "articles").height == 0
    second = run(runs["a"], data)
    assert second["articles"] == len(A_FILES) and second["quarantined"] == 1
