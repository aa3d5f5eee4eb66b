"""Draw new blind samples of 40 articles from ../shared/corpora (ant2018, egypt2013, tunisia2016) for annotation.

    .venv/bin/python eval/blind/sample.py --seed 2612 --sets 6 --first 16 --out /tmp/blind          # spread
    .venv/bin/python eval/blind/sample.py --seed 2627 --sets 6 --first 22 --out /tmp/blind --dense  # denser in visits

Each set takes 20 ant2018, 17 egypt2013 and 3 tunisia2016 records (dev.yaml's mix) that name a leader's office
and are 200-12,000 characters long, skipping the dev gold and every record an eval/blind/*.yaml already holds.
Most come from the records with a visit word, the rest from those without (hard negatives): with --dense, the
visit word and the office must both be in the title or first 400 characters, and 7 in 8 are drawn from those
(a collection whose such records have all been drawn, tunisia2016's by session 36, takes those with a visit word
further on).
The records go to --out (outside the repository); annotators write bN.yaml under ../shared/gold/GUIDE.md.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import zipfile
from pathlib import Path

import yaml

from ziyarat.settings import Settings

VISIT = re.compile("زيار|يزور|زار |استقبل|يستقبل|التقى|يلتقي|قمة|محادثات|مباحثات|وصل|اجتمع|لقاء")
OFFICE = re.compile("الرئيس|الملك|العاهل|أمير |رئيس الوزراء|رئيس الحكومة|السلطان|المستشارة")
SHARE = {"ant2018": 20, "egypt2013": 17, "tunisia2016": 3}
HERE = Path(__file__).resolve().parent


def taken(settings: Settings) -> set[tuple[str, str]]:
    """Records already annotated: the dev gold's and every blind set's."""
    keys = set()
    for line in (settings.gold_dir / "dev_articles.jsonl").read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        keys.add((rec["collection"], str(rec["id"])))
    for path in HERE.glob("b*.yaml"):
        keys |= {(a["collection"], str(a["id"])) for a in yaml.safe_load(path.read_text(encoding="utf-8"))["articles"]}
    return keys


def pools(corpora: Path, skip: set, dense: bool) -> dict[str, tuple[list, list, list]]:
    """Per collection: records with a visit word (with --dense: in the title or first 400 characters), the others
    with one further on (with --dense: the first pool's reserve once it runs dry), and all the others."""
    out = {}
    for coll in SHARE:
        pos, wide, neg = [], [], []
        for zpath in sorted((corpora / coll).glob("*.zip")):
            with zipfile.ZipFile(zpath) as zf:
                for member in zf.namelist():
                    for line in zf.read(member).decode("utf-8").split("\n"):
                        if not line.strip():
                            continue
                        r = json.loads(line)
                        text = (r.get("title") or "") + "\n" + (r.get("content") or "")
                        if (coll, str(r["id"])) in skip or not 200 <= len(text) <= 12000 or not OFFICE.search(text):
                            continue
                        part = text[:400] if dense else text
                        hit = VISIT.search(part) and OFFICE.search(part)
                        rec = {"collection": coll, "id": r["id"], "outlet": r.get("source"),
                               "category": r.get("category"), "url": r.get("url"), "date": r.get("published_at"),
                               "title": r.get("title"), "text": r.get("content")}
                        (pos if hit else neg).append(rec)
                        if not hit and VISIT.search(text):
                            wide.append(rec)
        out[coll] = (pos, wide, neg)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--sets", type=int, default=6)
    ap.add_argument("--first", type=int, required=True, help="number of the first new set (bN)")
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--dense", action="store_true")
    args = ap.parse_args()
    settings = Settings()
    skip = taken(settings)
    by_coll = pools(settings.corpora_dir, skip, args.dense)
    rng, seen = random.Random(args.seed), set()
    args.out.mkdir(parents=True, exist_ok=True)
    for k in range(args.sets):
        chosen = []
        for coll, n in SHARE.items():
            pos, wide, neg = by_coll[coll]
            n_pos = n - (n // 8 if args.dense else n // 5)
            for src, m in ((pos, n_pos), (neg, n - n_pos)):
                m = draw(rng, coll, src, m, seen, chosen)
                # a pool that ran dry (a small collection's dense pool after many sets) draws on its reserve
                if m and src is pos:
                    m = draw(rng, coll, wide, m, seen, chosen)
                if m:
                    raise SystemExit(f"{coll}: {m} records short; no unseen record left to draw")
        rng.shuffle(chosen)
        path = args.out / f"b{args.first + k}.jsonl"
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in chosen), encoding="utf-8")
        print(path)


def draw(rng: random.Random, coll: str, src: list, m: int, seen: set, chosen: list) -> int:
    """Draw up to m unseen records of src at random into chosen; returns how many are still wanting."""
    left = {str(r["id"]) for r in src} - {i for c, i in seen if c == coll}
    while m and left:
        rec = rng.choice(src)
        if (coll, str(rec["id"])) not in seen:
            seen.add((coll, str(rec["id"])))
            left.discard(str(rec["id"]))
            chosen.append(rec)
            m -= 1
    return m


if __name__ == "__main__":
    main()
