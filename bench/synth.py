"""A synthetic corpus of N articles built from the real ones, without near-copies
(issue 13 point 5: the 1M-article run).

Every paragraph (a line of 40+ characters) of the four corpora under
``Settings().corpora_dir`` is read once; exact repeats are kept once (the corpora hold
near-copies of whole articles: their paragraphs would otherwise be drawn twice as
often). Each synthetic article is a real article's title and date followed by 3 to 8
paragraphs drawn at random from the whole pool, so two synthetic articles share a
paragraph only by chance and never most of their text: no near-copies (a run over the
result reports how many duplicates it found, which should be a handful at most).

Written as the corpora are: zips of one JSONL file each (``synthetic-00001.zip``),
``--per-zip`` records per zip, with ``id``, ``source``, ``published_at``, ``title`` and
``content``. Seeded: the same arguments give the same corpus. The corpora are only
read; the output goes where ``--out`` says (never into the repository).

    .venv/bin/python bench/synth.py --articles 1000000 --out /tmp/synth1m
"""
from __future__ import annotations

import argparse
import hashlib
import io
import json
import random
import sys
import zipfile
from pathlib import Path

from ziyarat.settings import Settings

CORPORA = ("ant2018", "egypt2013", "tunisia2016", "saudinewsnet")
MIN_PARAGRAPH = 40


def records(path: Path):
    """The records of one corpus zip (JSON array or JSONL members); a record that
    does not parse (the corpora hold a few cut ones) is passed over."""
    with zipfile.ZipFile(path) as zf:
        for member in zf.namelist():
            data = zf.read(member).decode("utf-8", errors="replace")
            texts = data.splitlines() if member.endswith(".jsonl") else [data]
            for text in texts:
                try:
                    parsed = json.loads(text) if text.strip() else []
                except json.JSONDecodeError:
                    continue
                yield from (r for r in (parsed if isinstance(parsed, list) else [parsed]) if isinstance(r, dict))


def date_of(record: dict) -> str | None:
    for key in ("published_at", "date", "date_extracted"):
        value = record.get(key)
        if isinstance(value, str) and len(value) >= 10 and value[:4].isdigit():
            return value[:10]
    return None


def pool(corpora_dir: Path, corpora: tuple[str, ...]) -> tuple[list[str], list[tuple[str, str]]]:
    """Unique paragraphs, and (title, date) of every dated article with a title."""
    seen: set[bytes] = set()
    paragraphs: list[str] = []
    heads: list[tuple[str, str]] = []
    for corpus in corpora:
        for path in sorted((corpora_dir / corpus).glob("*.zip")):
            for rec in records(path):
                content, title, day = rec.get("content"), rec.get("title"), date_of(rec)
                if isinstance(title, str) and title.strip() and day:
                    heads.append((title.strip(), day))
                if not isinstance(content, str):
                    continue
                for line in content.splitlines():
                    line = line.strip()
                    key = hashlib.blake2b(line.encode(), digest_size=12).digest()
                    if len(line) >= MIN_PARAGRAPH and key not in seen:
                        seen.add(key)
                        paragraphs.append(line)
        print(f"{corpus}: {len(paragraphs)} paragraphs, {len(heads)} titles so far", file=sys.stderr)
    return paragraphs, heads


def articles(paragraphs: list[str], heads: list[tuple[str, str]], n: int, seed: int):
    """n synthetic records: a real title and date, 3-8 paragraphs drawn from the pool."""
    rng = random.Random(seed)
    for i in range(n):
        title, day = heads[rng.randrange(len(heads))]
        body = [paragraphs[rng.randrange(len(paragraphs))] for _ in range(rng.randint(3, 8))]
        yield {"id": f"synthetic-{i:07d}", "source": "synthetic", "published_at": day,
               "title": title, "content": "\n".join(body)}


def write(out: Path, rows, per_zip: int) -> tuple[int, int]:
    """Zips of per_zip JSONL records each; returns (records, zips)."""
    out.mkdir(parents=True, exist_ok=True)
    n = zips = 0
    buf = io.StringIO()

    def flush() -> None:
        nonlocal zips, buf
        zips += 1
        name = f"synthetic-{zips:05d}"
        with zipfile.ZipFile(out / f"{name}.zip", "w", zipfile.ZIP_DEFLATED) as zf:
            zf.writestr(f"{name}.jsonl", buf.getvalue())
        buf = io.StringIO()

    for row in rows:
        buf.write(json.dumps(row, ensure_ascii=False) + "\n")
        n += 1
        if n % per_zip == 0:
            flush()
    if n % per_zip:
        flush()
    return n, zips


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=1_000_000)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--per-zip", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--corpora", default=",".join(CORPORA))
    args = ap.parse_args(argv)
    paragraphs, heads = pool(Settings().corpora_dir, tuple(args.corpora.split(",")))
    n, zips = write(args.out, articles(paragraphs, heads, args.articles, args.seed), args.per_zip)
    size = sum(p.stat().st_size for p in args.out.glob("*.zip"))
    print(json.dumps({"articles": n, "zips": zips, "paragraph_pool": len(paragraphs), "titles": len(heads),
                      "zip_mb": round(size / 1e6, 1), "out": str(args.out)}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
