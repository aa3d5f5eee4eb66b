"""Nothing lost, nothing corrupted: bad inputs end to end, accounting, duplicates,
atomic outputs under SIGKILL, idempotent and incremental runs, concurrent runs.

Every test builds its bad case itself in a temp dir and drives the real `ziyarat`
command in a subprocess. The subprocesses share the session's Prefect test server
(PREFECT_API_URL), so a run costs its own work plus ~5 s of imports instead of
starting a Prefect server of its own each time."""
from __future__ import annotations

import io
import json
import os
import shutil
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import polars as pl
import pytest

from tests.builders import zip_with_broken_members
from ziyarat import query

from tests.conftest import CORPUS, ROOT, SEEDS

ZIYARAT = ROOT / ".venv" / "bin" / "ziyarat"
if not ZIYARAT.exists():  # e.g. a venv somewhere else: the console script next to python
    ZIYARAT = Path(sys.executable).with_name("ziyarat")

MAX_FILE_BYTES = 200_000  # the oversize case is bigger, every seed is far smaller

# Short Arabic paragraphs written for these tests (none of them about a visit), so
# the good inputs in odd encodings and names are distinct articles, not duplicates.
PARAGRAPHS = {
    "agri": "أعلنت وزارة الزراعة اليوم عن خطة جديدة لدعم المزارعين في المناطق الريفية، وتشمل الخطة "
            "توزيع البذور والأسمدة بأسعار مخفضة خلال الموسم المقبل. وقال المتحدث باسم الوزارة إن "
            "البرنامج سيستمر ثلاث سنوات وسيشمل تدريب المزارعين على أساليب الري الحديثة.",
    "hospital": "افتتح محافظ المدينة مستشفى جديدا للأطفال يضم مئتي سرير وأقساما متخصصة في جراحة القلب "
                "والعناية المركزة، وأكد أن المستشفى سيخدم سكان القرى المجاورة أيضا وأن العمل فيه سيبدأ "
                "مطلع الشهر المقبل بعد اكتمال تجهيز المختبرات وغرف العمليات.",
    "festival": "شهدت العاصمة أمس مهرجانا ثقافيا كبيرا شارك فيه فنانون وكتاب من عدة دول عربية، وتضمن "
                "البرنامج معارض للكتب وأمسيات شعرية وعروضا مسرحية للشباب، واستمرت الفعاليات حتى "
                "ساعة متأخرة من الليل وسط حضور جماهيري واسع.",
    "sports": "قررت اللجنة الأولمبية تأجيل البطولة الإقليمية إلى فصل الربيع بسبب أعمال الصيانة في "
              "الملعب الرئيسي، وسيتم الإعلان عن المواعيد الجديدة الأسبوع المقبل بعد التشاور مع "
              "الاتحادات المشاركة ومع الجهات المسؤولة عن النقل والإقامة.",
    "gold": "ارتفعت أسعار الذهب في الأسواق المحلية بنسبة طفيفة مع زيادة الطلب قبل موسم الأعراس، وتوقع "
            "التجار أن يستمر الارتفاع حتى نهاية الشهر الجاري، فيما نصح خبراء المستهلكين بالتريث في "
            "الشراء إلى أن تستقر الأسعار العالمية.",
    "grants": "أطلقت الجامعة برنامجا للمنح الدراسية يستهدف الطلاب المتفوقين من الأسر محدودة الدخل، "
              "ويغطي البرنامج الرسوم الدراسية والسكن والكتب طوال سنوات الدراسة، ويمكن التقديم عبر "
              "موقع الجامعة حتى نهاية الفصل الحالي.",
    "water": "بدأت شركة المياه تنفيذ مشروع لتحديث شبكة الأنابيب في الأحياء القديمة للحد من التسرب "
             "وتحسين ضغط المياه في المنازل، ومن المتوقع أن ينتهي العمل في المرحلة الأولى قبل حلول "
             "فصل الصيف وفق ما أعلنه مدير المشروع.",
}

# source_file -> quarantine reason, for every bad input build_bad_inputs writes.
EXPECTED_QUARANTINE = {
    "bad/empty.txt": "empty",
    "bad/blank.txt": "empty",
    "bad/image.png": "not_text",
    "bad/png_named.txt": "not_text",
    "bad/truncated.txt": "bad_encoding",
    "bad/huge.txt": "too_large",
    "bad/malformed.json": "parse_error",
    "records.jsonl#1": "parse_error",
    "records.jsonl#3": "parse_error",
    "broken.zip/bad_crc.txt": "parse_error",
    "broken.zip/bad_deflate.txt": "parse_error",
    "bomb.zip/zeros.txt": "zip_bomb",
    "bad/scripts.html": "no_main_text",
    "bad/english.txt": "no_arabic",
    "link_outside.txt": "symlink_outside",
}
# source_file of every good input besides the seeds and the duplicates.
EXPECTED_ARTICLES = {
    "encodings/cp1256.txt", "encodings/utf16.txt", "encodings/utf8_bom.txt",
    "أخبار محلية/خبر عن المهرجان.txt", "records.jsonl#0", "records.jsonl#2",
    "broken.zip/good.txt",
}
NEAR_COPY = "copies/004 نسخة معدلة.txt"  # seed 004 with other chrome and a few words changed
EXACT_COPY = "copies/002 copy.txt"       # seed 002 byte for byte


def _zip_bomb() -> bytes:
    """20 MB of zeros deflated to ~20 KB: a compression ratio of ~1000."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("zeros.txt", b"0" * (20 * 1024 * 1024))
    return buf.getvalue()


def _near_copy(text: str) -> str:
    """The same article as another site prints it: other chrome lines around it and
    three words changed."""
    words = text.split(" ")
    for i in (40, 120, 200):
        words[i] = "أيضا"
    return "شارك الخبر\nطباعة\n" + " ".join(words) + "\nالأكثر قراءة\nتابعونا\n"


def build_bad_inputs(root: Path, outside: Path) -> Path:
    """The seeds plus every kind of bad input under root/'in'; returns that dir."""
    src = root / "in"
    for sub in ("bad", "encodings", "copies", "أخبار محلية"):
        (src / sub).mkdir(parents=True, exist_ok=True)
    for seed in SEEDS.glob("*.txt"):
        shutil.copy(seed, src / seed.name)
    manifest = (SEEDS / "manifest.csv").read_text(encoding="utf-8").rstrip("\n") + "\n"
    manifest += f"{NEAR_COPY},2018-05-17,,,\n{EXACT_COPY},2021-09-14,,,\n"
    (src / "manifest.csv").write_text(manifest, encoding="utf-8")
    (src / NEAR_COPY).write_text(_near_copy((SEEDS / "004_4a8ecf2fbf830e32.txt").read_text(encoding="utf-8")),
                                 encoding="utf-8")
    shutil.copy(SEEDS / "002_8a3e7e0daba9592b.txt", src / EXACT_COPY)

    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4
    bad = src / "bad"
    (bad / "empty.txt").write_bytes(b"")
    (bad / "blank.txt").write_text(" \n\t\n   \r\n\u00a0\n", encoding="utf-8")
    (bad / "image.png").write_bytes(png)
    (bad / "png_named.txt").write_bytes(png)
    arabic = PARAGRAPHS["agri"].encode("utf-8")
    (bad / "truncated.txt").write_bytes(arabic[: len(arabic) // 2 * 2 - 1])  # cut inside a letter
    (bad / "huge.txt").write_text((PARAGRAPHS["gold"] + "\n") * (MAX_FILE_BYTES // 300), encoding="utf-8")
    (bad / "malformed.json").write_text('{"content": "' + PARAGRAPHS["sports"] + '", "title": ', encoding="utf-8")
    (bad / "scripts.html").write_text(
        "<html><head><script>var a = 1;</script><style>p {color: red}</style></head>"
        "<body><script>document.write('مرحبا بكم في الموقع');</script><noscript></noscript></body></html>",
        encoding="utf-8")
    (bad / "english.txt").write_text("The minister visited the new school on Monday and met the teachers. " * 5,
                                     encoding="utf-8")

    enc = src / "encodings"
    (enc / "cp1256.txt").write_bytes(PARAGRAPHS["agri"].encode("cp1256"))
    (enc / "utf16.txt").write_bytes(PARAGRAPHS["hospital"].encode("utf-16"))  # with its BOM
    (enc / "utf8_bom.txt").write_bytes(PARAGRAPHS["grants"].encode("utf-8-sig"))
    (src / "أخبار محلية" / "خبر عن المهرجان.txt").write_text(PARAGRAPHS["festival"], encoding="utf-8")

    lines = [json.dumps({"content": PARAGRAPHS["sports"], "title": "تأجيل البطولة"}, ensure_ascii=False),
             '{"content": "سطر مكسور', json.dumps({"text": PARAGRAPHS["gold"], "date": "2020-02-02"},
                                                   ensure_ascii=False),
             "[1, 2"]
    (src / "records.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (src / "broken.zip").write_bytes(zip_with_broken_members(PARAGRAPHS["water"]))
    (src / "bomb.zip").write_bytes(_zip_bomb())

    outside.mkdir(parents=True, exist_ok=True)
    (outside / "secret.txt").write_text(PARAGRAPHS["water"], encoding="utf-8")
    (src / "link_outside.txt").symlink_to(outside / "secret.txt")
    return src


# ---------------------------------------------------------------- running the CLI
@pytest.fixture(scope="module")
def cli_env(prefect_backend):
    """Environment for `ziyarat` subprocesses: offline Prefect, the session's test
    server, a small max_file_bytes and a wide console."""
    from prefect.settings import get_current_settings

    env = dict(os.environ, PREFECT_SERVER_ANALYTICS_ENABLED="false", DO_NOT_TRACK="1",
               PREFECT_LOGGING_LEVEL="WARNING", ZIYARAT_MAX_FILE_BYTES=str(MAX_FILE_BYTES),
               ZIYARAT_WORKERS="2", COLUMNS="200", PYTHONUNBUFFERED="1")
    url = get_current_settings().api.url
    if url:
        env["PREFECT_API_URL"] = str(url)
    return env


def ziyarat(env: dict, *args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    """Run `ziyarat ARGS` from the repository root and wait for it."""
    return subprocess.run([str(ZIYARAT), *args], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=timeout)


def start(env: dict, *args: str) -> subprocess.Popen:
    """Start `ziyarat ARGS` in its own process group (so a kill takes its workers too)."""
    return subprocess.Popen([str(ZIYARAT), *args], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, start_new_session=True)


def kill_group(proc: subprocess.Popen) -> None:
    """SIGKILL the run and every process it started, then reap it."""
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    proc.communicate(timeout=60)


def read(data: Path, name: str) -> pl.DataFrame:
    from ziyarat import store

    return store.read_table(data, name)


def leftovers_of(data: Path) -> list[str]:
    """What a killed run left: temp files, and snapshot dirs nothing points at."""
    from ziyarat import store

    current = store.snapshot_dir(data)
    referenced = {current.name, store.read_manifest(current).get("parent")} if current else set()
    snaps = [p.name for p in (data / store.SNAPSHOTS).iterdir() if p.name not in referenced] \
        if (data / store.SNAPSHOTS).is_dir() else []
    return sorted(snaps + [p.name for p in data.iterdir() if ".tmp" in p.name])


def assert_ok(result: subprocess.CompletedProcess) -> None:
    assert result.returncode == 0, f"exit {result.returncode}\nstdout:\n{result.stdout}\nstderr:\n{result.stderr}"


# ---------------------------------------------------------------- 1 + 3: bad inputs and duplicates end to end
@pytest.fixture(scope="module")
def mixed_run(cli_env, tmp_path_factory):
    """One CLI run over the seeds mixed with every kind of bad input."""
    root = tmp_path_factory.mktemp("mixed")
    src = build_bad_inputs(root, tmp_path_factory.mktemp("outside"))
    data = root / "data"
    result = ziyarat(cli_env, "run", "--input", str(src), "--data", str(data), "--quiet")
    return src, data, result


def test_mixed_inputs_run_exits_zero(mixed_run):
    _, data, result = mixed_run
    assert_ok(result)
    assert "Traceback" not in result.stderr
    summary = json.loads((data / "_state.json").read_text())["summary"]
    assert summary["quarantined"] == len(EXPECTED_QUARANTINE)
    assert f"{summary['quarantined']} quarantined" in result.stdout


def test_every_input_is_in_exactly_one_table(mixed_run):
    src, data, result = mixed_run
    assert_ok(result)
    articles, quarantine = read(data, "articles"), read(data, "quarantine")
    in_articles = articles["source_file"].to_list()
    in_quarantine = quarantine["source_file"].to_list()
    assert len(in_articles) == len(set(in_articles))
    assert len(in_quarantine) == len(set(in_quarantine))
    assert not set(in_articles) & set(in_quarantine)
    seeds = {p.name for p in SEEDS.glob("*.txt")}
    assert set(in_articles) == seeds | EXPECTED_ARTICLES | {NEAR_COPY, EXACT_COPY}
    assert dict(zip(in_quarantine, quarantine["reason"])) == EXPECTED_QUARANTINE
    # every file on disk (but the manifest) is accounted for, itself or as records/members
    on_disk = {p.relative_to(src).as_posix() for p in src.rglob("*") if p.is_file() or p.is_symlink()}
    top_level = {s.split("#")[0].split(".zip/")[0] + (".zip" if ".zip/" in s else "")
                 for s in in_articles + in_quarantine}
    assert on_disk - {"manifest.csv"} == top_level
    # a quarantine row says what is wrong in words, and hashes the bytes it could read
    assert quarantine["detail"].null_count() == 0
    sha = dict(zip(in_quarantine, quarantine["bytes_sha256"]))
    assert sha["bad/image.png"] and len(sha["bad/image.png"]) == 64


def test_odd_encodings_and_names_decode_to_the_same_text(mixed_run):
    _, data, _ = mixed_run
    text = dict(read(data, "articles").select("source_file", "text").iter_rows())
    assert text["encodings/cp1256.txt"] == PARAGRAPHS["agri"]
    assert text["encodings/utf16.txt"] == PARAGRAPHS["hospital"]
    assert text["encodings/utf8_bom.txt"] == PARAGRAPHS["grants"]
    assert text["أخبار محلية/خبر عن المهرجان.txt"] == PARAGRAPHS["festival"]
    assert text["records.jsonl#2"] == PARAGRAPHS["gold"]
    assert text["broken.zip/good.txt"] == PARAGRAPHS["water"]


def test_near_and_exact_copies_point_at_their_originals(mixed_run):
    _, data, _ = mixed_run
    articles = read(data, "articles")
    by_file = {r["source_file"]: r for r in articles.iter_rows(named=True)}
    near, original = by_file[NEAR_COPY], by_file["004_4a8ecf2fbf830e32.txt"]
    assert near["duplicate_of"] == original["article_id"]
    assert near["article_id"] != original["article_id"]
    assert "شارك الخبر" not in near["text"] and "الأكثر قراءة" not in near["text"]
    exact, first = by_file[EXACT_COPY], by_file["002_8a3e7e0daba9592b.txt"]
    assert exact["duplicate_of"] == first["article_id"]
    assert exact["text"] == first["text"] and exact["article_id"] != first["article_id"]
    originals = articles.filter(pl.col("duplicate_of").is_null())
    assert set(articles["source_file"]) - set(originals["source_file"]) == {NEAR_COPY, EXACT_COPY}
    assert articles["article_id"].is_unique().all()


def test_a_copy_does_not_count_twice_in_visits(mixed_run):
    _, data, _ = mixed_run
    articles = read(data, "articles")
    ids = dict(articles.select("source_file", "article_id").iter_rows())
    visits = read(data, "visits").filter(pl.col("n_articles") > 0)
    sochi = visits.filter(pl.col("city") == "Sochi").row(0, named=True)
    assert sochi["n_articles"] == 1
    assert ids["004_4a8ecf2fbf830e32.txt"] in sochi["article_ids"]
    sept_2021 = visits.filter(pl.col("start_date").dt.year() == 2021).row(0, named=True)
    assert sept_2021["n_articles"] == 1
    # the same four reported visits as the seeds alone: the copies add none
    assert visits.height == 4
    assert sorted(visits["n_articles"].to_list()) == [1, 1, 1, 2]


# ---------------------------------------------------------------- inputs that are not plain files
def _ingest_in_thread(src: Path, seconds: float):
    """ingest() over src in a thread; (docs, quarantine) or None when it is still
    running after `seconds` (it is then left blocked, as a daemon thread)."""
    import threading

    from tasks.ingest import ingest
    from ziyarat.settings import Settings

    result: dict = {}

    def work():
        try:
            result["frames"] = ingest(Settings(input_dir=src, data_dir=src.parent / "data"))
        except BaseException as exc:  # noqa: BLE001 - reported by the test
            result["error"] = exc

    t = threading.Thread(target=work, daemon=True)
    t.start()
    t.join(seconds)
    if "error" in result:
        raise result["error"]
    return result.get("frames")


def test_a_named_pipe_in_the_input_dir_does_not_hang_the_run(tmp_path):
    """A FIFO (or socket, device) is listed like a file, but reading it blocks until
    someone writes: it must be quarantined without being opened."""
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(SEEDS / "004_4a8ecf2fbf830e32.txt", src / "a.txt")
    fifo = src / "pipe.txt"
    os.mkfifo(fifo)
    frames = _ingest_in_thread(src, 15)
    if frames is None:  # unblock the reader so the thread can end, then fail
        fd = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
        os.close(fd)
        pytest.fail("ingest blocked reading a named pipe (pipe.txt) in the input dir")
    docs, quarantine = frames
    assert docs["source_file"].to_list() == ["a.txt"]
    assert quarantine["source_file"].to_list() == ["pipe.txt"]
    assert quarantine["reason"][0] in {"not_text", "unreadable"}


def test_a_zip_with_two_members_of_the_same_name_keeps_both_apart(tmp_path):
    """Zip files may hold two members with one name; both must be accounted for
    under distinct source_file values, or the run's accounting check fails."""
    import warnings

    src = tmp_path / "in"
    src.mkdir()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns "Duplicate name"
        with zipfile.ZipFile(src / "dupes.zip", "w") as zf:
            zf.writestr("x.txt", PARAGRAPHS["agri"])
            zf.writestr("x.txt", PARAGRAPHS["hospital"])
    frames = _ingest_in_thread(src, 60)
    assert frames is not None
    docs, quarantine = frames
    names = docs["source_file"].to_list() + quarantine["source_file"].to_list()
    assert len(names) == 2 and len(set(names)) == 2, names
    assert all(n.startswith("dupes.zip/") for n in names)


# ---------------------------------------------------------------- 2: accounting fails loudly
def _frames(docs, articles, quarantine):
    return (pl.DataFrame({"source_file": docs}, schema={"source_file": pl.Utf8}),
            pl.DataFrame({"source_file": articles, "duplicate_of": [None] * len(articles)},
                         schema={"source_file": pl.Utf8, "duplicate_of": pl.Utf8}),
            pl.DataFrame({"source_file": quarantine}, schema={"source_file": pl.Utf8}))


def test_accounting_passes_when_every_input_is_in_one_table():
    from ziyarat.dataset import account

    line = account(*_frames(["a.txt", "b.txt", "c.json#0"], ["a.txt", "c.json#0"], ["b.txt"]))
    assert line == "accounting: 3 inputs = 2 articles (0 duplicates) + 1 quarantined"


@pytest.mark.parametrize("docs, articles, quarantine, message", [
    (["a.txt", "b.txt"], ["a.txt"], [], "1 input(s) in neither articles nor quarantine, e.g. b.txt"),
    (["a.txt", "b.txt"], ["a.txt", "b.txt"], ["b.txt"], "1 input(s) in both articles and quarantine, e.g. b.txt"),
    (["a.txt"], ["a.txt", "a.txt"], [], "an input appears twice in articles"),
    (["a.txt", "b.txt"], ["a.txt"], ["b.txt", "b.txt"], "an input appears twice in quarantine, e.g. b.txt"),
])
def test_accounting_mismatch_fails_loudly(docs, articles, quarantine, message):
    from ziyarat.dataset import account

    with pytest.raises(RuntimeError, match="accounting failed") as info:
        account(*_frames(docs, articles, quarantine))
    assert message in str(info.value)


# ---------------------------------------------------------------- 4: atomic outputs (store level)
def _tiny_tables(n: int) -> dict[str, pl.DataFrame]:
    articles = pl.DataFrame({"article_id": [f"a{i}" for i in range(n)], "source_file": [f"f{i}.txt" for i in range(n)],
                             "text": ["نص"] * n, "published_date_origin": ["none"] * n})
    mentions = pl.DataFrame({"article_id": [f"a{i}" for i in range(n)], "entity_id": ["x"] * n,
                             "entity_type": ["person"] * n, "surface": ["نص"] * n, "start": [0] * n,
                             "end": [2] * n})
    return {"articles": articles, "mentions": mentions}


def test_a_write_killed_before_its_swap_leaves_the_old_set(tmp_path, monkeypatch):
    """(Every step of the commit, in a killed subprocess: tests/test_snapshot.py.)"""
    from ziyarat import store

    store.write_tables(tmp_path, _tiny_tables(2), {"run": 1})
    real = store._symlink

    def die_at_swap(data_dir, name, target):  # the process "dies" just before the pointer moves
        if name == store.CURRENT:
            raise KeyboardInterrupt
        real(data_dir, name, target)

    monkeypatch.setattr(store, "_symlink", die_at_swap)
    with pytest.raises(KeyboardInterrupt):
        store.write_tables(tmp_path, _tiny_tables(5), {"run": 2})
    monkeypatch.undo()
    assert read(tmp_path, "articles").height == 2 and read(tmp_path, "mentions").height == 2
    assert store.read_state(tmp_path)["run"] == 1
    stale = tmp_path / ".visits.abcd1234.tmp"  # and a temp link of some earlier killed run
    stale.symlink_to("nowhere")
    with store.run_lock(tmp_path):  # the next run removes the unfinished snapshot and the temp link
        pass
    assert len(list((tmp_path / store.SNAPSHOTS).iterdir())) == 1 and not stale.is_symlink()
    assert query.run(tmp_path, "select count(*) as n from articles")["n"][0] == 2


def test_tables_are_readable_by_other_users(tmp_path):
    from ziyarat import store

    store.write_tables(tmp_path, _tiny_tables(1))
    umask = os.umask(0o022)
    os.umask(umask)
    snap = store.snapshot_dir(tmp_path)
    files = [*store.part_files(snap, "articles"), *store.part_files(snap, "visits"), snap / store.STATE_NAME,
             snap / store.DB_NAME]
    for path in files:
        assert path.stat().st_mode & 0o777 == 0o666 & ~umask, path.name


# ---------------------------------------------------------------- 4 + 6: kill -9 and concurrent runs (CLI)
BIG_RECORDS = 1500


def write_corpus_sample(path: Path, n: int) -> int:
    """The first n SaudiNewsNet records as JSONL in a temp dir (never in the repo)."""
    records: list[dict] = []
    for archive in sorted(CORPUS.glob("*.zip")):
        with zipfile.ZipFile(archive) as zf:
            for member in zf.namelist():
                if member.endswith(".json"):
                    records += json.loads(zf.read(member))
        if len(records) >= n:
            break
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        for record in records[:n]:
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    return min(n, len(records))


def lock_held(data: Path) -> bool:
    """Whether some process holds the data dir's run lock (from /proc/locks, without
    touching the lock ourselves)."""
    try:
        inode = (data / ".ziyarat.lock").stat().st_ino
        lines = Path("/proc/locks").read_text().splitlines()
    except OSError:
        return False
    return any(len(f := line.split()) > 5 and f[5].rsplit(":", 1)[-1] == str(inode) for line in lines)


def wait_for(predicate, timeout: float, step: float = 0.02) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(step)
    return False


def table_snapshot(data: Path) -> dict:
    """Everything a reader can see after a run (or a killed run): the tables, the
    state file, and whether they agree with each other."""
    from ziyarat import schemas

    tables = {name: read(data, name) for name in schemas.TABLES}
    state = json.loads((data / "_state.json").read_text())
    ids = set(tables["articles"]["article_id"])
    return {
        "counts": {name: df.height for name, df in tables.items()},
        "state_counts": state["tables"],
        "orphans": {name: sorted(set(tables[name]["article_id"]) - ids)[:3]
                    for name in ("mentions", "visit_mentions", "article_topics", "quotes")},
        "unknown_visits": sorted(set(tables["visit_mentions"]["visit_id"].drop_nulls())
                                 - set(tables["visits"]["visit_id"]))[:3],
    }


def assert_consistent(snap: dict) -> None:
    assert snap["counts"] == snap["state_counts"]
    assert snap["orphans"] == {"mentions": [], "visit_mentions": [], "article_topics": [], "quotes": []}
    assert snap["unknown_visits"] == []


@pytest.fixture(scope="module")
def big_input(tmp_path_factory):
    if not CORPUS.is_dir() or not any(CORPUS.glob("*.zip")):
        pytest.skip("SaudiNewsNet corpus not found")
    src = tmp_path_factory.mktemp("big_in")
    n = write_corpus_sample(src / "saudinewsnet.jsonl", BIG_RECORDS)
    return src, n


@pytest.fixture(scope="module")
def kill_scenario(cli_env, mixed_run, big_input, tmp_path_factory):
    """A data dir holding a finished run's tables (a copy of the mixed run), then
    runs over the big corpus killed with SIGKILL at three points; after each kill,
    what a reader sees. Then one run that completes while a second one (--wait 0)
    is refused, a third (--wait) waits its turn, and a query reads."""
    _, mixed_data, mixed_result = mixed_run
    src, _ = big_input
    data = tmp_path_factory.mktemp("killed") / "data"
    shutil.copytree(mixed_data, data)
    before = table_snapshot(data)
    seen: dict = {"before": before, "kills": []}
    args = ("run", "--input", str(src), "--data", str(data), "--quiet")

    def after_kill(label: str, proc: subprocess.Popen) -> None:
        leftovers = leftovers_of(data)
        q = ziyarat(cli_env, "query", "select count(*) as n from articles", "--data", str(data), "--format", "json")
        seen["kills"].append({"label": label, "snapshot": table_snapshot(data), "leftovers": leftovers,
                              "query": q, "lock_held": lock_held(data)})

    # 1) one second in: still starting up
    proc = start(cli_env, *args)
    time.sleep(1)
    kill_group(proc)
    after_kill("after 1 s", proc)
    # 2) 1.5 seconds after it took the lock: reading / cleaning / extracting (the whole
    # run takes ~4 s after the lock on an idle 2-core machine)
    proc = start(cli_env, *args)
    wait_for(lambda: lock_held(data), 120)
    time.sleep(1.5)
    kill_group(proc)
    after_kill("1.5 s into the run", proc)
    # 3) as soon as the first temp file of the write appears
    proc = start(cli_env, *args)
    snapshots = len(list((data / "snapshots").iterdir()))
    # a new snapshot dir appears when the write starts
    writing = wait_for(lambda: len(list((data / "snapshots").iterdir())) > snapshots, 240, step=0.005)
    kill_group(proc)
    seen["caught_writing"] = writing
    after_kill("while writing", proc)

    # a run that completes, with a second run refused and a third one waiting, while
    # a reader queries the tables in a loop the whole time
    import threading

    stop, reads, errors = threading.Event(), [], []

    def reader():
        while not stop.is_set():
            try:
                reads.append(int(query.run(data, "select count(*) as n from articles")["n"][0]))
            except Exception as exc:  # noqa: BLE001 - collected for the test
                errors.append(repr(exc))
            time.sleep(0.005)

    reading = threading.Thread(target=reader, daemon=True)
    reading.start()
    first = start(cli_env, *args)
    seen["first_took_lock"] = wait_for(lambda: lock_held(data), 120)
    second = start(cli_env, *args[:-1], "--wait", "0", "--quiet")  # starts up while we query
    seen["query_while_locked"] = lock_held(data)
    seen["query_during_run"] = ziyarat(cli_env, "query", "select count(*) as n from articles",
                                       "--data", str(data), "--format", "json")
    out, err = second.communicate(timeout=300)
    seen["second"] = subprocess.CompletedProcess(second.args, second.returncode, out, err)
    seen["first_running_after_second"] = first.poll() is None
    third = start(cli_env, *args[:-1], "--wait", "300", "--quiet")
    out, err = first.communicate(timeout=600)
    time.sleep(0.2)
    stop.set()
    reading.join(30)
    seen["reads"], seen["read_errors"] = reads, errors
    seen["first"] = subprocess.CompletedProcess(first.args, first.returncode, out, err)
    seen["after_first"] = table_snapshot(data)
    seen["state_after_first"] = json.loads((data / "_state.json").read_text())
    out, err = third.communicate(timeout=600)
    seen["third"] = subprocess.CompletedProcess(third.args, third.returncode, out, err)
    seen["after_third"] = table_snapshot(data)
    seen["state"] = json.loads((data / "_state.json").read_text())
    seen["leftovers"] = leftovers_of(data)
    seen["data"] = data
    return seen


def test_previous_tables_survive_every_kill(kill_scenario):
    before = kill_scenario["before"]
    assert_consistent(before)
    assert before["counts"]["articles"] > 0
    assert len(kill_scenario["kills"]) == 3
    for kill in kill_scenario["kills"]:
        snap = kill["snapshot"]
        assert_consistent(snap)
        # nothing of the killed run is visible: the tables are the previous run's
        assert snap["counts"] == before["counts"], kill["label"]
        assert not kill["lock_held"], f"{kill['label']}: the lock outlived the killed run"


def test_queries_work_after_every_kill(kill_scenario):
    n = kill_scenario["before"]["counts"]["articles"]
    for kill in kill_scenario["kills"]:
        q = kill["query"]
        assert q.returncode == 0, f"{kill['label']}: {q.stderr}"
        assert json.loads(q.stdout) == [{"n": n}], kill["label"]


def test_the_kill_while_writing_hit_the_write(kill_scenario):
    assert kill_scenario["caught_writing"]
    # it left its temp files behind (a kill -9 runs no cleanup) ...
    assert kill_scenario["kills"][2]["leftovers"]


def test_the_next_run_completes_and_cleans_up(kill_scenario, big_input):
    _, n_records = big_input
    first = kill_scenario["first"]
    assert_ok(first)
    after = kill_scenario["after_first"]
    assert_consistent(after)
    before = kill_scenario["before"]["counts"]
    # the run added every record to what the data dir held (it accumulates)
    assert after["counts"]["articles"] + after["counts"]["quarantine"] == \
        n_records + before["articles"] + before["quarantine"]
    assert kill_scenario["leftovers"] == []  # ... which the next run removed


def test_a_second_run_on_the_same_data_dir_stops_with_one_line(kill_scenario):
    assert kill_scenario["first_took_lock"]
    second = kill_scenario["second"]
    assert kill_scenario["first_running_after_second"], "the first run ended before the second was checked"
    assert second.returncode != 0
    lines = [line for line in second.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, second.stderr
    assert "another ziyarat run is writing to" in lines[0] and "--wait" in lines[0]
    assert "Traceback" not in second.stderr and second.stdout == ""


def test_a_query_works_while_a_run_writes(kill_scenario):
    """Started while the run holds the lock, a query answers from a whole snapshot: the
    one before the run, or the run's own if it committed while the query started up
    (a small run can finish within the query's start-up)."""
    q = kill_scenario["query_during_run"]
    assert kill_scenario["query_while_locked"]
    assert q.returncode == 0, q.stderr
    before, after = (kill_scenario[k]["counts"]["articles"] for k in ("before", "after_first"))
    assert before != after
    assert json.loads(q.stdout) in ([{"n": before}], [{"n": after}])


def test_a_reader_never_sees_an_error_or_a_half_written_table(kill_scenario):
    """Queries in a loop during a whole run (writing included) see the previous
    articles table or the new one, nothing else."""
    assert kill_scenario["read_errors"] == []
    before = kill_scenario["before"]["counts"]["articles"]
    after = kill_scenario["after_first"]["counts"]["articles"]
    reads = kill_scenario["reads"]
    assert len(reads) > 20
    assert set(reads) <= {before, after}
    assert reads[0] == before and reads[-1] == after


def test_a_waiting_run_runs_after_the_first(kill_scenario):
    third = kill_scenario["third"]
    assert_ok(third)
    assert_consistent(kill_scenario["after_third"])
    assert kill_scenario["after_third"]["counts"] == kill_scenario["after_first"]["counts"]
    # it came second: everything extracted by the first run was reused
    prints = {kill_scenario[k]["code_fingerprint"] for k in ("state_after_first", "state")}
    if len(prints) > 1:
        pytest.skip(f"extraction code or lexicons changed while the test ran ({sorted(prints)})")
    summary = kill_scenario["state"]["summary"]
    assert summary["reused_articles"] == summary["articles"] > 0


# ---------------------------------------------------------------- 5: idempotent and incremental
def _rows(df: pl.DataFrame) -> list[str]:
    """A table's rows as sorted canonical JSON strings (order-free comparison)."""
    return sorted(json.dumps(row, ensure_ascii=False, sort_keys=True, default=str) for row in df.to_dicts())


def _all_tables(data: Path) -> dict[str, list[str]]:
    from ziyarat import schemas

    return {name: _rows(read(data, name)) for name in schemas.TABLES}


@pytest.fixture(scope="module")
def incremental(cli_env, tmp_path_factory):
    """Seeds run twice into one data dir, then once more after adding a file; and
    one fresh run over all the files into another data dir (run alongside)."""
    root = tmp_path_factory.mktemp("incremental")
    src, full_src = root / "in", root / "in_full"
    shutil.copytree(SEEDS, src)
    extra_name = "005_extra.txt"
    extra = (SEEDS / "003_fb02ca414c7ccfc7.txt").read_text(encoding="utf-8").split("\n")
    extra_text = PARAGRAPHS["water"] + "\n" + PARAGRAPHS["gold"] + "\n" + "\n".join(extra[len(extra) // 2:])
    shutil.copytree(SEEDS, full_src)
    (full_src / extra_name).write_text(extra_text, encoding="utf-8")
    data, full = root / "data", root / "data_full"
    fresh = start(cli_env, "run", "--input", str(full_src), "--data", str(full), "--quiet")
    runs = [ziyarat(cli_env, "run", "--input", str(src), "--data", str(data), "--quiet")]
    first = _all_tables(data)
    first_state = json.loads((data / "_state.json").read_text())
    runs.append(ziyarat(cli_env, "run", "--input", str(src), "--data", str(data), "--quiet"))
    second = _all_tables(data)
    second_state = json.loads((data / "_state.json").read_text())
    (src / extra_name).write_text(extra_text, encoding="utf-8")
    runs.append(ziyarat(cli_env, "run", "--input", str(src), "--data", str(data), "--quiet"))
    third = _all_tables(data)
    third_state = json.loads((data / "_state.json").read_text())
    out, err = fresh.communicate(timeout=600)
    runs.append(subprocess.CompletedProcess(fresh.args, fresh.returncode, out, err))
    return {"runs": runs, "tables": [first, second, third, _all_tables(full)],
            "states": [first_state, second_state, third_state, json.loads((full / "_state.json").read_text())]}


def _same_extractor(incremental, *runs: int) -> None:
    """Reuse is only expected while the extraction code is unchanged; skip (rather
    than fail) when someone edited it while this test was running."""
    prints = {incremental["states"][i]["code_fingerprint"] for i in runs}
    if len(prints) > 1:
        pytest.skip(f"extraction code or lexicons changed while the test ran ({sorted(prints)})")


def test_all_runs_succeed(incremental):
    for result in incremental["runs"]:
        assert_ok(result)


def test_two_runs_over_the_same_inputs_give_identical_tables(incremental):
    _same_extractor(incremental, 0, 1)
    first, second = incremental["tables"][:2]
    assert first.keys() == second.keys()
    for name in first:
        assert first[name] == second[name], name
    assert len(first["articles"]) == 5 and len(first["visits"]) > 0
    assert incremental["states"][1]["summary"]["reused_articles"] == 5


def test_adding_a_file_processes_only_that_file(incremental):
    _same_extractor(incremental, 0, 1, 2)
    summary = incremental["states"][2]["summary"]
    assert summary["articles"] == 6
    assert summary["reused_articles"] == 5
    assert incremental["states"][3]["summary"]["reused_articles"] == 0


def test_the_incremental_run_equals_a_full_run(incremental):
    _same_extractor(incremental, 0, 1, 2, 3)
    third, full = incremental["tables"][2], incremental["tables"][3]
    for name in third:
        assert third[name] == full[name], name
    assert len(full["articles"]) == 6
