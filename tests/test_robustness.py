"""Nothing lost, nothing corrupted: bad inputs end to end, accounting, duplicates,
atomic outputs under SIGKILL, idempotent and incremental runs, concurrent runs.

Every test builds its bad case itself in a temp dir and drives the real `ziyarat`
command in a subprocess. The subprocesses share the session's Prefect test server
(PREFECT_API_URL), so a run costs its own work plus ~5 s of imports instead of
starting a Prefect server of its own each time."""
from __future__ import annotations

import io
import json
import logging
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


def _zip_with_broken_members() -> bytes:
    """A zip with one good member, one whose CRC does not match (a stored member
    with a byte changed) and one whose deflate stream is garbage."""
    buf = io.BytesIO()
    junk = ("جملة عربية طويلة بعض الشيء للتجربة " * 40).encode()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("good.txt", PARAGRAPHS["water"].encode(), compress_type=zipfile.ZIP_DEFLATED)
        zf.writestr("bad_crc.txt", junk, compress_type=zipfile.ZIP_STORED)
        zf.writestr("bad_deflate.txt", junk[::-1], compress_type=zipfile.ZIP_DEFLATED)
    data = bytearray(buf.getvalue())
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as zf:
        for name, span in (("bad_crc.txt", range(100, 101)), ("bad_deflate.txt", range(2, 40))):
            info = zf.getinfo(name)
            start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
            for i in span:
                data[start + i] ^= 0xFF
    return bytes(data)


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
    (src / "broken.zip").write_bytes(_zip_with_broken_members())
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
    return pl.read_parquet(data / f"{name}.parquet")


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
    covered = {s.split("#")[0] for s in in_articles + in_quarantine}
    covered |= {s.split(".zip/")[0] + ".zip" for s in covered if ".zip/" in s}
    assert on_disk - {"manifest.csv"} == covered
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


# ---------------------------------------------------------------- 2: accounting fails loudly
def _frames(docs, articles, quarantine):
    return (pl.DataFrame({"source_file": docs}, schema={"source_file": pl.Utf8}),
            pl.DataFrame({"source_file": articles, "duplicate_of": [None] * len(articles)},
                         schema={"source_file": pl.Utf8, "duplicate_of": pl.Utf8}),
            pl.DataFrame({"source_file": quarantine}, schema={"source_file": pl.Utf8}))


def test_accounting_passes_when_every_input_is_in_one_table(caplog):
    from flows.pipeline import check_accounting

    logger = logging.getLogger("test.accounting")
    with caplog.at_level(logging.INFO, logger="test.accounting"):
        check_accounting(*_frames(["a.txt", "b.txt", "c.json#0"], ["a.txt", "c.json#0"], ["b.txt"]), logger)
    assert "3 inputs = 2 articles" in caplog.text


@pytest.mark.parametrize("docs, articles, quarantine, message", [
    (["a.txt", "b.txt"], ["a.txt"], [], "1 input(s) in neither articles nor quarantine, e.g. b.txt"),
    (["a.txt", "b.txt"], ["a.txt", "b.txt"], ["b.txt"], "1 input(s) in both articles and quarantine, e.g. b.txt"),
    (["a.txt"], ["a.txt", "a.txt"], [], "an input appears twice in articles"),
])
def test_accounting_mismatch_fails_loudly(docs, articles, quarantine, message):
    from flows.pipeline import check_accounting

    with pytest.raises(RuntimeError, match="accounting failed") as info:
        check_accounting(*_frames(docs, articles, quarantine), logging.getLogger("test.accounting"))
    assert message in str(info.value)
