"""Write the records a blind gold file points at, in score.py's RECORDS.jsonl shape, from ../shared/corpora.

    .venv/bin/python eval/blind/records.py /tmp/blind.jsonl eval/blind/b2[2367].yaml
    .venv/bin/python ../shared/gold/score.py . /tmp/blind.jsonl eval/blind/b2[2367].yaml

A gold entry names its record by collection + id (the corpora's own ids); the text stays in the corpora
and the output goes wherever you point it, never into the repository.
"""
from __future__ import annotations

import json
import sys
import zipfile
from pathlib import Path

import yaml

from ziyarat.settings import Settings


def wanted(gold_paths: list[Path]) -> set[tuple[str, str]]:
    """(collection, id) of every entry of the gold files."""
    keys = set()
    for path in gold_paths:
        for entry in yaml.safe_load(path.read_text(encoding="utf-8"))["articles"]:
            keys.add((entry["collection"], str(entry["id"])))
    return keys


def find_records(keys: set[tuple[str, str]], corpora: Path) -> dict[tuple[str, str], dict]:
    """The corpora's JSONL records for these keys, in score.py's field names."""
    found = {}
    for collection in sorted({c for c, _ in keys}):
        for zpath in sorted((corpora / collection).glob("*.zip")):
            with zipfile.ZipFile(zpath) as zf:
                for member in zf.namelist():
                    for line in zf.read(member).decode("utf-8").split("\n"):
                        if not line.strip():
                            continue
                        rec = json.loads(line)
                        key = (collection, str(rec["id"]))
                        if key in keys:
                            found[key] = {"collection": collection, "id": rec["id"], "outlet": rec.get("source"),
                                          "category": rec.get("category"), "url": rec.get("url"),
                                          "date": rec.get("published_at"), "title": rec.get("title"),
                                          "text": rec.get("content")}
    return found


def main(argv: list[str]) -> int:
    out, gold_paths = Path(argv[0]), [Path(p) for p in argv[1:]]
    keys = wanted(gold_paths)
    found = find_records(keys, Settings().corpora_dir)
    with out.open("w", encoding="utf-8") as fh:
        for key in sorted(found):
            fh.write(json.dumps(found[key], ensure_ascii=False) + "\n")
    missing = keys - set(found)
    print(f"{len(found)} records -> {out}" + (f"; {len(missing)} not found" if missing else ""))
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
