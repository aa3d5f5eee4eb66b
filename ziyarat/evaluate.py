"""Score the pipeline's tables against the hand-made gold standard in eval/gold/*.yaml.

Two gold collections: ``seeds`` (keyed by seed file name) and ``saudinewsnet`` (pointers
into the SaudiNewsNet zips by zip name + array index; the corpus text never enters the
repository). Scoring is a pure function of polars frames and the parsed gold, so it is
tested on three-row inline frames; running the pipeline is kept apart in ``run_eval``.
Annotation and scoring rules: eval/README.md.
"""
from __future__ import annotations

import json
import re
import tempfile
import unicodedata
import zipfile
from collections import defaultdict
from datetime import date, datetime
from pathlib import Path
from typing import Any, Iterable

import polars as pl
import yaml

REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_GOLD_DIR = REPO_ROOT / "eval" / "gold"
DEFAULT_SEEDS_DIR = REPO_ROOT / "seeds"
DEFAULT_CORPUS_DIR = REPO_ROOT.parent / "shared" / "corpora" / "saudinewsnet"

CORPUS_JSONL = "saudinewsnet_gold.jsonl"
CORPUS_MAP = "saudinewsnet_gold_map.json"
COLLECTIONS = ("seeds", "saudinewsnet")
VISIT_FIELDS = ("visitor", "host", "city", "country", "date", "date_month", "end_date",
                "visit_type", "announced")
# A null gold value for these means "not recoverable from the text": not scored.
UNSCORED_WHEN_NULL = {"date", "date_month", "end_date", "host"}


# --------------------------------------------------------------------------- gold

def load_gold(gold_dir: Path = DEFAULT_GOLD_DIR) -> dict[str, dict]:
    """Parse every eval/gold/*.yaml into {collection: {"articles": {key: entry}}}.

    Seed entries are keyed by file name; corpus entries by "zip:index"."""
    out: dict[str, dict] = {}
    for path in sorted(Path(gold_dir).glob("*.yaml")):
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        coll = doc["collection"]
        arts = doc["articles"]
        if isinstance(arts, list):  # corpus form: a list of pointers
            arts = {f"{a['zip']}:{a['index']}": a for a in arts}
        out[coll] = {"path": str(path), "articles": arts}
    return out


def corpus_records(gold_dir: Path, corpus_dir: Path) -> list[tuple[str, dict, dict]]:
    """(key, gold entry, corpus record) for every corpus gold article, in gold order."""
    gold = load_gold(gold_dir).get("saudinewsnet", {"articles": {}})["articles"]
    cache: dict[str, list] = {}
    rows = []
    for key, entry in gold.items():
        zname = entry["zip"]
        if zname not in cache:
            with zipfile.ZipFile(Path(corpus_dir) / zname) as zf:
                member = next(n for n in zf.namelist() if n.endswith(".json"))
                cache[zname] = json.loads(zf.read(member))
        rows.append((key, entry, cache[zname][int(entry["index"])]))
    return rows


def materialise_corpus_gold(gold_dir: Path, corpus_dir: Path, out_dir: Path) -> Path:
    """Write the selected corpus records to out_dir/saudinewsnet_gold.jsonl (one per line)
    plus out_dir/saudinewsnet_gold_map.json (line -> zip, index, url). Never into the repo."""
    out_dir = Path(out_dir)
    if REPO_ROOT in out_dir.resolve().parents or out_dir.resolve() == REPO_ROOT:
        raise ValueError(f"refusing to copy corpus text into the repository: {out_dir}")
    out_dir.mkdir(parents=True, exist_ok=True)
    keep = ("source", "url", "date_extracted", "title", "content")
    mapping = []
    with open(out_dir / CORPUS_JSONL, "w", encoding="utf-8") as f:
        for line, (key, entry, rec) in enumerate(corpus_records(gold_dir, corpus_dir)):
            f.write(json.dumps({k: rec.get(k) for k in keep}, ensure_ascii=False) + "\n")
            mapping.append({"line": line, "key": key, "zip": entry["zip"],
                            "index": int(entry["index"]), "url": rec.get("url")})
    (out_dir / CORPUS_MAP).write_text(json.dumps(mapping, ensure_ascii=False, indent=1), encoding="utf-8")
    return out_dir / CORPUS_JSONL


# --------------------------------------------------------------------------- normalisers

def _norm_name(value: Any) -> str | None:
    """Case-, accent- and spacing-insensitive form of an English name (François = Francois)."""
    if value is None:
        return None
    s = unicodedata.normalize("NFKD", str(value))
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    s = re.sub(r"[\s\-‐'’`.]+", " ", s).strip()
    return s or None


def _iso(value: Any) -> str | None:
    """A date/datetime/str as 'YYYY-MM-DD' (or the shorter gold forms 'YYYY-MM', 'YYYY')."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    s = str(value).strip()
    return s[:10] or None


def _fold_ar(text: str) -> str:
    """Arabic folding for quote prefixes (the project's one folding module), minus punctuation."""
    try:
        from ziyarat.arabic import fold
        text = fold(text)
    except Exception:  # the scorer must still work while arabic.py is being written
        pass
    text = re.sub(r"[^\w\s]", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def _prf(tp: int, fp: int, fn: int) -> dict[str, float | int | None]:
    """Counts plus precision/recall/F1; all three None when there is nothing to score."""
    if tp + fp + fn == 0:
        return {"tp": 0, "fp": 0, "fn": 0, "precision": None, "recall": None, "f1": None}
    p = tp / (tp + fp) if tp + fp else (1.0 if fn == 0 else 0.0)
    r = tp / (tp + fn) if tp + fn else (1.0 if fp == 0 else 0.0)
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


# --------------------------------------------------------------------------- article mapping

def map_articles(articles: pl.DataFrame, collection: str, gold_articles: dict[str, dict],
                 corpus_map: list[dict] | None = None) -> dict[str, str]:
    """gold key -> article_id, through articles.source_file (seeds: file name; corpus:
    'saudinewsnet_gold.jsonl#<line>'), falling back to the url for corpus records."""
    if articles.is_empty():
        return {}
    rows = articles.select([c for c in ("article_id", "source_file", "url") if c in articles.columns]).to_dicts()
    out: dict[str, str] = {}
    if collection == "seeds":
        by_name = {Path(str(r["source_file"]).split("#")[0]).name: r["article_id"] for r in rows}
        return {k: by_name[k] for k in gold_articles if k in by_name}
    by_line: dict[int, str] = {}
    by_url: dict[str, str] = {}
    for r in rows:
        sf = str(r.get("source_file") or "")
        m = re.search(re.escape(CORPUS_JSONL) + r"#(\d+)$", sf)
        if m:
            by_line[int(m.group(1))] = r["article_id"]
        if r.get("url"):
            by_url[str(r["url"])] = r["article_id"]
    line_of = {m["key"]: m["line"] for m in (corpus_map or [])}
    for key, entry in gold_articles.items():
        if entry.get("url") in by_url:
            out[key] = by_url[entry["url"]]
        elif key in line_of and line_of[key] in by_line:
            out[key] = by_line[line_of[key]]
    return out


# --------------------------------------------------------------------------- visit matching

def _pair(visitor: Any, host: Any) -> frozenset:
    return frozenset({_norm_name(visitor), _norm_name(host)})


def _year(value: Any) -> str | None:
    s = _iso(value)
    return s[:4] if s else None


def _dedupe(rows: list[dict], key) -> list[dict]:
    seen, out = set(), []
    for r in rows:
        k = key(r)
        if k not in seen:
            seen.add(k)
            out.append(r)
    return out


def match_visits(gold: list[dict], pred: list[dict]) -> tuple[list[tuple[dict, dict]], list[dict], list[dict]]:
    """Greedy one-to-one matching of gold and predicted reported visits in one article.

    Order of preference: same (visitor, host); same unordered pair; and, for a gold visit
    whose host the text does not name (host null or host_named false), same visitor with a
    null or equal predicted host. Returns (matches, unmatched gold, unmatched pred)."""
    pred = _dedupe(pred, lambda r: _pair(r.get("visitor"), r.get("host")))
    free = list(range(len(pred)))
    matches, missed = [], []
    for g in gold:
        gv, gh = _norm_name(g.get("visitor")), _norm_name(g.get("host"))
        tests = [
            lambda p: (_norm_name(p.get("visitor")), _norm_name(p.get("host"))) == (gv, gh),
            lambda p: _pair(p.get("visitor"), p.get("host")) == _pair(gv, gh),
        ]
        if gh is None or g.get("host_named") is False:
            tests.append(lambda p: _norm_name(p.get("visitor")) == gv
                         and _norm_name(p.get("host")) in (None, gh))
        hit = next((i for t in tests for i in free if t(pred[i])), None)
        if hit is None:
            missed.append(g)
        else:
            free.remove(hit)
            matches.append((g, pred[hit]))
    return matches, missed, [pred[i] for i in free]


def _field_value(v: dict, field: str) -> Any:
    if field in ("visitor", "host", "city", "country", "visit_type"):
        return _norm_name(v.get(field))
    if field == "date":
        return _iso(v.get("date"))
    if field == "date_month":
        d = _iso(v.get("date"))
        return d[:7] if d else None
    if field == "end_date":
        return _iso(v.get("end_date"))
    if field == "announced":
        a = v.get("announced")
        return None if a is None else bool(a)
    raise KeyError(field)


def _gold_accepts(g: dict, field: str) -> set:
    """Every value the gold accepts for a field (the value plus date_also_ok / city_also_ok)."""
    vals = {_field_value(g, field)}
    if field in ("date", "date_month"):
        for d in g.get("date_also_ok") or []:
            vals.add(_iso(d) if field == "date" else _iso(d)[:7])
    if field == "city":
        vals |= {_norm_name(c) for c in g.get("city_also_ok") or []}
    return vals


def score_fields(matches: list[tuple[dict, dict]], missed: list[dict]) -> dict[str, dict]:
    """Per-field accuracy/P/R/F1 over reported visits. A missed gold visit is a false negative
    for each of its non-null fields; a wrong or spurious predicted value is a false positive."""
    out = {}
    for field in VISIT_FIELDS:
        tp = fp = fn = agree = n = 0
        for g, p in matches:
            gval, pval, ok = _field_value(g, field), _field_value(p, field), _gold_accepts(g, field)
            if gval is None and field in UNSCORED_WHEN_NULL:
                continue
            n += 1
            if pval in ok:
                agree += 1
                tp += gval is not None or pval is not None
            else:
                fp += pval is not None
                fn += gval is not None
        for g in missed:
            fn += _field_value(g, field) is not None
        out[field] = {**_prf(tp, fp, fn), "accuracy": round(agree / n, 4) if n else None, "n_matched": n}
    return out


def match_referenced(gold: list[dict], pred: list[dict]) -> tuple[int, int, int]:
    """TP/FP/FN for referenced visits: unordered leader pair + year (when the gold has one)."""
    pred = _dedupe(pred, lambda r: (_pair(r.get("visitor"), r.get("host")), _year(r.get("date"))))
    free = list(range(len(pred)))
    tp = 0
    for g in gold:
        gp, gy = _pair(g.get("visitor"), g.get("host")), _year(g.get("date"))
        loose = g.get("host") is None or g.get("host_named") is False

        def ok(p: dict) -> bool:
            same = _pair(p.get("visitor"), p.get("host")) == gp or (
                loose and _norm_name(p.get("visitor")) == _norm_name(g.get("visitor"))
                and _norm_name(p.get("host")) in (None, _norm_name(g.get("host"))))
            return same and (gy is None or _year(p.get("date")) == gy)

        hit = next((i for i in free if ok(pred[i])), None)
        if hit is not None:
            free.remove(hit)
            tp += 1
    return tp, len(free), len(gold) - tp


# --------------------------------------------------------------------------- scoring

def _rows_by_article(df: pl.DataFrame | None, ids: set[str]) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = defaultdict(list)
    if df is None or df.is_empty():
        return out
    for r in df.filter(pl.col("article_id").is_in(list(ids))).to_dicts():
        out[r["article_id"]].append(r)
    return out


def score_collection(tables: dict[str, pl.DataFrame], gold_articles: dict[str, dict],
                     collection: str, corpus_map: list[dict] | None = None) -> dict:
    """Score one gold collection against pipeline tables (articles, visit_mentions,
    article_topics, quotes). Pure: frames in, dict of figures out."""
    amap = map_articles(tables.get("articles", pl.DataFrame()), collection, gold_articles, corpus_map)
    ids = set(amap.values())
    vm = _rows_by_article(tables.get("visit_mentions"), ids)
    tp_rows = _rows_by_article(tables.get("article_topics"), ids)
    q_rows = _rows_by_article(tables.get("quotes"), ids)

    all_matches, all_missed = [], []
    v_tp = v_fp = v_fn = 0
    r_tp = r_fp = r_fn = 0
    t = {"tp": 0, "fp": 0, "fn": 0}
    tr = {"tp": 0, "fp": 0, "fn": 0}
    q_gold = q_found = q_speaker = 0
    neg_articles = neg_with_fp = 0
    per_article = []
    for key, g in gold_articles.items():
        aid = amap.get(key)
        rows = vm.get(aid, []) if aid else []
        pred_rep = [r for r in rows if r.get("kind") == "reported"]
        pred_ref = [r for r in rows if r.get("kind") == "referenced"]
        gold_rep = g.get("visits") or []
        matches, missed, extra = match_visits(gold_rep, pred_rep)
        all_matches += matches
        all_missed += missed
        v_tp, v_fp, v_fn = v_tp + len(matches), v_fp + len(extra), v_fn + len(missed)
        a, b, c = match_referenced(g.get("referenced") or [], pred_ref)
        r_tp, r_fp, r_fn = r_tp + a, r_fp + b, r_fn + c
        if g.get("kind_of_case") in ("negative", "reference_only"):
            neg_articles += 1
            neg_with_fp += bool(pred_rep)
        if "topics" in g and g["topics"] is not None:
            gold_t = {x["topic_id"] for x in g["topics"]}
            gold_tr = {(x["topic_id"], x["role"]) for x in g["topics"]}
            pt = tp_rows.get(aid, []) if aid else []
            pred_t = {x["topic_id"] for x in pt}
            pred_tr = {(x["topic_id"], x.get("role")) for x in pt}
            for acc, gs, ps in ((t, gold_t, pred_t), (tr, gold_tr, pred_tr)):
                acc["tp"] += len(gs & ps)
                acc["fp"] += len(ps - gs)
                acc["fn"] += len(gs - ps)
        for gq in g.get("quotes") or []:
            q_gold += 1
            prefix = _fold_ar(gq["quote_prefix"])
            cands = [p for p in (q_rows.get(aid, []) if aid else [])
                     if prefix and _fold_ar(str(p.get("quote") or "")).startswith(prefix)]
            if not cands:  # allow a predicted quote that starts a little earlier
                cands = [p for p in (q_rows.get(aid, []) if aid else [])
                         if prefix and prefix in _fold_ar(str(p.get("quote") or ""))[: len(prefix) + 40]]
            if cands:
                q_found += 1
                q_speaker += any(_norm_name(p.get("speaker")) == _norm_name(gq["speaker"]) for p in cands)
        per_article.append({"key": key, "kind": g.get("kind_of_case"), "matched_article": aid is not None,
                            "visits_tp": len(matches), "visits_fn": len(missed), "visits_fp": len(extra),
                            "missed": [f"{m.get('visitor')} -> {m.get('host')}" for m in missed],
                            "spurious": [f"{e.get('visitor')} -> {e.get('host')}" for e in extra]})
    return {
        "collection": collection,
        "n_gold_articles": len(gold_articles),
        "n_matched_articles": len(amap),
        "unmatched_articles": sorted(set(gold_articles) - set(amap)),
        "visits": _prf(v_tp, v_fp, v_fn),
        "fields": score_fields(all_matches, all_missed),
        "referenced": _prf(r_tp, r_fp, r_fn),
        "topics": _prf(**t),
        "topics_role": _prf(**tr),
        "quotes": {"n_gold": q_gold, "n_found": q_found,
                   "recall": round(q_found / q_gold, 4) if q_gold else None,
                   "speaker_accuracy": round(q_speaker / q_found, 4) if q_found else None},
        "negatives": {"n_articles": neg_articles, "with_spurious_reported_visit": neg_with_fp},
        "per_article": per_article,
    }


def read_tables(data_dir: Path) -> dict[str, pl.DataFrame]:
    """The four tables the scorer reads; a missing file is an empty frame."""
    from ziyarat import store

    out = {}
    for name in ("articles", "visit_mentions", "article_topics", "quotes"):
        df = store.read_table(Path(data_dir), name)
        out[name] = df if df is not None else pl.DataFrame()
    return out


def evaluate(data_dir: Path, gold_dir: Path = DEFAULT_GOLD_DIR, corpus_dir: Path | None = None,
             collections: Iterable[str] | None = None) -> dict:
    """Score the tables in data_dir against every gold collection whose articles appear there
    (or the named ones). corpus_dir is only needed when data_dir lacks the line map."""
    tables = read_tables(Path(data_dir))
    gold = load_gold(Path(gold_dir))
    corpus_map = None
    for cand in (Path(data_dir) / CORPUS_MAP, Path(data_dir).parent / "input" / CORPUS_MAP):
        if cand.exists():
            corpus_map = json.loads(cand.read_text(encoding="utf-8"))
    if corpus_map is None and corpus_dir is not None:  # the order materialise_corpus_gold uses
        corpus_map = [{"line": i, "key": k} for i, k in enumerate(gold.get("saudinewsnet", {"articles": {}})["articles"])]
    out = {}
    for coll in collections or COLLECTIONS:
        if coll not in gold:
            continue
        res = score_collection(tables, gold[coll]["articles"], coll, corpus_map)
        if collections or res["n_matched_articles"]:
            out[coll] = res
    return out


# --------------------------------------------------------------------------- running

def _run_pipeline(input_dir: Path, data_dir: Path) -> None:
    from flows.pipeline import run_pipeline  # imported lazily: the flow may not exist yet
    from ziyarat.settings import Settings

    run_pipeline(Settings(input_dir=Path(input_dir), data_dir=Path(data_dir)))


def run_eval(data_root: Path | None = None, *, seeds_dir: Path = DEFAULT_SEEDS_DIR,
             gold_dir: Path = DEFAULT_GOLD_DIR, corpus_dir: Path = DEFAULT_CORPUS_DIR) -> dict:
    """Run the pipeline on seeds/ and on the materialised corpus gold (each into its own data
    dir under data_root, a temporary directory by default), score both and print the table."""
    with tempfile.TemporaryDirectory(prefix="ziyarat-eval-") as tmp:
        root = Path(data_root) if data_root is not None else Path(tmp)
        results: dict[str, dict] = {}
        _run_pipeline(seeds_dir, root / "seeds_data")
        results.update(evaluate(root / "seeds_data", gold_dir, collections=["seeds"]))
        if Path(corpus_dir).exists():
            corpus_in = root / "saudinewsnet_input"
            materialise_corpus_gold(gold_dir, corpus_dir, corpus_in)
            _run_pipeline(corpus_in, root / "saudinewsnet_data")
            (root / "saudinewsnet_data" / CORPUS_MAP).write_bytes((corpus_in / CORPUS_MAP).read_bytes())
            results.update(evaluate(root / "saudinewsnet_data", gold_dir, collections=["saudinewsnet"]))
        print_report(results)
        return results


def report_rows(results: dict) -> list[tuple[str, ...]]:
    """Flat (metric, seeds, saudinewsnet) rows for printing."""
    colls = [c for c in COLLECTIONS if c in results]

    def fmt(x: Any) -> str:
        return "-" if x is None else (f"{x:.3f}" if isinstance(x, float) else str(x))

    def row(label: str, get) -> tuple[str, ...]:
        return (label, *[fmt(get(results[c])) for c in colls])

    rows = [row("gold articles (matched)", lambda r: f"{r['n_gold_articles']} ({r['n_matched_articles']})")]
    for name in ("visits", "referenced", "topics", "topics_role"):
        rows.append(row(f"{name} P / R / F1", lambda r, n=name:
                        f"{fmt(r[n]['precision'])} / {fmt(r[n]['recall'])} / {fmt(r[n]['f1'])}"))
    for f in VISIT_FIELDS:
        rows.append(row(f"  field {f}: acc | F1", lambda r, f=f:
                        f"{fmt(r['fields'][f]['accuracy'])} | {fmt(r['fields'][f]['f1'])}"))
    rows.append(row("quotes found / gold", lambda r: f"{r['quotes']['n_found']}/{r['quotes']['n_gold']}"))
    rows.append(row("quote speaker accuracy", lambda r: r["quotes"]["speaker_accuracy"]))
    rows.append(row("negatives with a spurious visit", lambda r:
                    f"{r['negatives']['with_spurious_reported_visit']}/{r['negatives']['n_articles']}"))
    return rows


def print_report(results: dict) -> None:
    """A readable table (rich when installed)."""
    colls = [c for c in COLLECTIONS if c in results]
    rows = report_rows(results)
    try:
        from rich.console import Console
        from rich.table import Table

        table = Table(title="ziyarat evaluation against eval/gold")
        table.add_column("metric")
        for c in colls:
            table.add_column(c, justify="right")
        for r in rows:
            table.add_row(*r)
        Console().print(table)
    except ImportError:
        print("metric".ljust(36) + "".join(c.rjust(26) for c in colls))
        for r in rows:
            print(r[0].ljust(36) + "".join(x.rjust(26) for x in r[1:]))


def main(argv: list[str] | None = None) -> dict:
    """`python -m ziyarat.evaluate [DATA_DIR]`: score an existing data dir, or run_eval()."""
    import sys

    args = sys.argv[1:] if argv is None else argv
    if args:
        results = evaluate(Path(args[0]))
        print_report(results)
        return results
    return run_eval()


if __name__ == "__main__":
    main()
