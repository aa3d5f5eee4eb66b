"""Ingest: every input accounted for whatever its name (source_file names that cannot
collide, unsafe zip members quarantined) and the data dir inside the input dir skipped."""
from __future__ import annotations

import io
import os
import zipfile

import pytest

from tasks.ingest import InputError, Skipped, escape_name, ingest, list_inputs, skipped_outputs
from tests.test_ingest import AR, AR2, run, write, zip_bytes
from ziyarat.settings import Settings


def zip_with_raw_names(members: list[tuple[bytes, bytes]]) -> bytes:
    """A zip whose member names are the given raw bytes without the UTF-8 flag (as old
    tools write them); zipfile itself would store non-ASCII names as flagged UTF-8."""
    buf = io.BytesIO()
    placeholders = [(b"N%03d" % i + b"x" * (len(raw) - 4), raw) for i, (raw, _) in enumerate(members)]
    with zipfile.ZipFile(buf, "w") as zf:
        for (placeholder, _), (_, data) in zip(placeholders, members):
            zf.writestr(placeholder.decode("ascii"), data)
    out = buf.getvalue()
    for placeholder, raw in placeholders:  # same length: offsets and CRCs stay right
        out = out.replace(placeholder, raw)
    return out


@pytest.mark.parametrize("real, shown", [
    ("a.txt", "a.txt"),
    ("خبر عن الزيارة.txt", "خبر عن الزيارة.txt"),
    ("feed.jsonl#0", "feed.jsonl%230"),
    ("a.txt~2", "a.txt%7E2"),
    ("100%.txt", "100%25.txt"),
    (os.fsdecode(b"\xff.txt"), "%FF.txt"),
    ("\\xff.txt", "\\xff.txt"),
    ("%FF.txt", "%25FF.txt"),
])
def test_escape_name_keeps_every_real_name_distinct(real, shown):
    assert escape_name(real) == shown


def test_repeated_zip_members_are_numbered_apart_from_a_real_tilde_name(tmp_path):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf, pytest.warns(UserWarning, match="Duplicate name"):
        zf.writestr("a.txt", AR)
        zf.writestr("a.txt", AR2)
        zf.writestr("a.txt~2", AR + " " + AR2)
    write(tmp_path, "z.zip", buf.getvalue())
    docs, quarantine = run(tmp_path)
    assert {name: doc["raw_text"] for name, doc in docs.items()} == {"z.zip/a.txt": AR, "z.zip/a.txt~2": AR2}
    assert quarantine["z.zip/a.txt%7E2"]["reason"] == "not_text"  # its type is '.txt~2'
    assert len(quarantine) == 1


def test_a_file_named_like_a_record_is_its_own_input(tmp_path):
    write(tmp_path, "feed.jsonl", '{"text": "%s"}\n' % AR)
    write(tmp_path, "feed.jsonl#0", AR2)
    docs, quarantine = run(tmp_path)  # ingest's accounting check passes
    assert list(docs) == ["feed.jsonl#0"] and docs["feed.jsonl#0"]["raw_text"] == AR
    assert quarantine["feed.jsonl%230"]["reason"] == "not_text"  # its type is '.jsonl#0'


def test_undecodable_name_bytes_stay_apart_from_their_escaped_spelling(tmp_path):
    (tmp_path / "in").mkdir()
    try:
        (tmp_path / "in" / os.fsdecode(b"\xff.txt")).write_text(AR)
    except (OSError, UnicodeEncodeError):
        pytest.skip("this file system refuses names that are not UTF-8")
    write(tmp_path, "\\xff.txt", AR2)
    write(tmp_path, "%FF.txt", AR + " " + AR2)
    docs, quarantine = run(tmp_path)
    assert quarantine == {}
    assert {name: doc["raw_text"] for name, doc in docs.items()} == {
        "%FF.txt": AR, "\\xff.txt": AR2, "%25FF.txt": AR + " " + AR2}


def test_zip_member_names_that_are_not_utf8_stay_distinct(tmp_path):
    write(tmp_path, "z.zip", zip_with_raw_names([
        (b"\xff.txt", AR.encode()), ("é.txt".encode("utf-8"), AR2.encode()), (b"%FF.txt", b"x " + AR.encode())]))
    docs, quarantine = run(tmp_path)
    assert quarantine == {}
    assert sorted(docs) == ["z.zip/%25FF.txt", "z.zip/%FF.txt", "z.zip/é.txt"]
    assert docs["z.zip/%FF.txt"]["raw_text"] == AR


@pytest.mark.parametrize("member", ["../../evil.txt", "a/../../b.txt", "/etc/evil.txt", "..\\evil.txt", "C:/evil.txt",
                                    "../.hidden.txt"])
def test_members_climbing_out_of_the_zip_are_quarantined_as_unsafe(tmp_path, member):
    write(tmp_path, "z.zip", zip_bytes({member: AR.encode(), "ok.txt": AR2.encode(), "./here.txt": AR2.encode()}))
    docs, quarantine = run(tmp_path)
    assert sorted(docs) == ["z.zip/./here.txt", "z.zip/ok.txt"]
    assert quarantine[f"z.zip/{member}"]["reason"] == "unsafe_path"


def test_compressed_and_record_names_are_accounted_for_in_a_zip(tmp_path):
    import gzip

    write(tmp_path, "z.zip", zip_bytes({
        "r.jsonl.gz": gzip.compress(('{"text": "%s"}\n{"text": ""}\n' % AR).encode()),
        "r.jsonl": ('{"text": "%s"}\n' % AR2).encode()}))
    docs, quarantine = run(tmp_path)
    assert sorted(docs) == ["z.zip/r.jsonl#0", "z.zip/r.jsonl.gz#0"]
    assert quarantine["z.zip/r.jsonl.gz#1"]["reason"] == "empty"


# ---------------------------------------------------------------- the data dir inside the input dir
def test_a_data_dir_inside_the_input_dir_is_skipped_and_counted(tmp_path):
    write(tmp_path, "a.txt", AR)
    write(tmp_path, "out/report.html", f"<html><body><p>{AR2}</p></body></html>")
    write(tmp_path, "out/articles.parquet", b"PAR1...")
    write(tmp_path, "out/_state.json", "{}")
    write(tmp_path, "out/snapshots/1/visits.parquet", b"PAR1...")
    write(tmp_path, "outside/b.txt", AR2)  # a neighbour of the data dir is read
    settings = Settings(input_dir=tmp_path / "in", data_dir=tmp_path / "in" / "out")
    assert [name for name, _ in list_inputs(settings)] == ["a.txt", "outside/b.txt"]
    assert skipped_outputs(settings) == Skipped("out", 6)  # 4 files and 2 folders
    docs, quarantine = ingest(settings)
    assert docs["source_file"].to_list() == ["a.txt", "outside/b.txt"] and quarantine.height == 0


def test_a_data_dir_elsewhere_or_not_yet_made_skips_nothing(tmp_path):
    write(tmp_path, "a.txt", AR)
    assert skipped_outputs(Settings(input_dir=tmp_path / "in", data_dir=tmp_path / "data")) is None
    not_made = Settings(input_dir=tmp_path / "in", data_dir=tmp_path / "in" / "data")
    assert skipped_outputs(not_made) is None
    assert [name for name, _ in list_inputs(not_made)] == ["a.txt"]


def test_a_data_dir_given_by_another_path_is_still_skipped(tmp_path):
    write(tmp_path, "a.txt", AR)
    write(tmp_path, "out/report.html", "<html></html>")
    settings = Settings(input_dir=tmp_path / "in", data_dir=tmp_path / "in" / "x" / ".." / "out")
    assert [name for name, _ in list_inputs(settings)] == ["a.txt"]
    assert skipped_outputs(settings) == Skipped("out", 1)


def test_the_input_dir_as_data_dir_is_a_one_line_input_error(tmp_path):
    write(tmp_path, "a.txt", AR)
    with pytest.raises(InputError, match="is the input dir: pass --data"):
        list_inputs(Settings(input_dir=tmp_path / "in", data_dir=tmp_path / "in" / "."))


def test_what_a_run_writes_in_its_data_dir_inside_the_input_dir_is_no_new_input(tmp_path):
    """The run's catalogue of inputs (content hashes) is the same after it wrote its
    tables and report there: the next run can be 'nothing to do'."""
    from ziyarat import cache

    write(tmp_path, "a.txt", AR)
    settings = Settings(input_dir=tmp_path / "in", data_dir=tmp_path / "in" / "data")

    def catalogue():
        return cache.catalogue(list_inputs(settings), cache.context_key(settings))

    before = catalogue()
    write(tmp_path, "data/report.html", f"<html><body><p>{AR2}</p></body></html>")
    write(tmp_path, "data/snapshots/1/articles/part-0.parquet", b"PAR1...")
    assert catalogue().equals(before)
    write(tmp_path, "b.txt", AR2)  # a real new input is seen
    assert catalogue()["source_file"].to_list() == ["a.txt", "b.txt"]
