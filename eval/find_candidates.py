"""Find candidate SaudiNewsNet articles for the gold standard (a reading aid, not a rule).

Greps the corpus zips with plain Python regexes and prints pointers (zip, index, title,
a short window around the first hit) so an annotator can open and read each article:

    .venv/bin/python eval/find_candidates.py --all بوتين الأسد --none زيارة --limit 20
    .venv/bin/python eval/find_candidates.py --title 'استقبل|يستقبل' --all 'خادم الحرمين'
    .venv/bin/python eval/find_candidates.py --show 2015-07-21.zip:17

Nothing here is copied into the repository; the corpus stays under ../shared.
"""
from __future__ import annotations

import argparse
import json
import re
import zipfile
from functools import lru_cache
from pathlib import Path

from ziyarat.settings import Settings

DEFAULT_CORPUS = Settings().corpus("saudinewsnet")


@lru_cache(maxsize=None)
def load_zip(path: Path) -> list[dict]:
    """The JSON array stored in one corpus zip."""
    with zipfile.ZipFile(path) as zf:
        member = next(n for n in zf.namelist() if n.endswith(".json"))
        return json.loads(zf.read(member))


def iter_records(corpus_dir: Path):
    """Yield (zip_name, index, record) over every zip in the corpus dir, in order."""
    for path in sorted(corpus_dir.glob("*.zip")):
        for i, rec in enumerate(load_zip(path)):
            yield path.name, i, rec


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--all", nargs="*", default=[], help="regexes that must all match title+content")
    ap.add_argument("--none", nargs="*", default=[], help="regexes that must not match")
    ap.add_argument("--title", default=None, help="regex the title must match")
    ap.add_argument("--lead", default=None, help="regex that must match in the first 400 chars of content")
    ap.add_argument("--limit", type=int, default=40)
    ap.add_argument("--window", type=int, default=90)
    ap.add_argument("--show", default=None, help="zip:index -> print that record in full")
    args = ap.parse_args(argv)

    if args.show:
        zname, idx = args.show.split(":")
        rec = load_zip(args.corpus / zname)[int(idx)]
        for key in ("source", "url", "date_extracted", "title", "author"):
            print(f"{key}: {rec.get(key)}")
        print("-" * 40)
        print(rec.get("content", ""))
        return

    must = [re.compile(p) for p in args.all]
    never = [re.compile(p) for p in args.none]
    title_re = re.compile(args.title) if args.title else None
    lead_re = re.compile(args.lead) if args.lead else None
    seen_titles: set[str] = set()
    n = 0
    for zname, i, rec in iter_records(args.corpus):
        title = rec.get("title") or ""
        body = rec.get("content") or ""
        text = title + "\n" + body
        if title_re and not title_re.search(title):
            continue
        if lead_re and not lead_re.search(body[:400]):
            continue
        if not all(p.search(text) for p in must) or any(p.search(text) for p in never):
            continue
        if title in seen_titles:
            continue
        seen_titles.add(title)
        hit = (lead_re or (must[0] if must else None))
        m = hit.search(body) if hit else None
        s = max(0, m.start() - args.window) if m else 0
        snippet = body[s: s + 2 * args.window].replace("\n", " ")
        print(f"{zname}:{i}  [{rec.get('source')}] {rec.get('date_extracted','')[:10]}  {title}")
        print(f"    ... {snippet} ...")
        n += 1
        if n >= args.limit:
            break
    print(f"# {n} shown")


if __name__ == "__main__":
    main()
