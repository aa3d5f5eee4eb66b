"""Per veto code: triggers dropped over the pointer articles, and how many of them sit in a
sentence naming a gold visit pair of the article (both leaders, or the visitor of a hostless gold visit).
Run from a worktree: .venv/bin/python audit.py RECORDS.jsonl GOLD.yaml... > out.tsv (+ /tmp/vetoes32/drops.jsonl)"""
import json, sys, collections
import yaml
from tasks.extract import headline_of, read_article, title_mentions
from tasks.extract import visits as visits_stage
from tasks.extract.explain import _sentences
from tasks.extract.visits.trace import tracing
import datetime as dt

def has(val, keys):
    v = (val or "").lower()
    return any(k.strip() and k.strip() in v for k in (keys or "").split("|"))

recs_path, golds = sys.argv[1], sys.argv[2:]
gold = {}
for gp in golds:
    for a in yaml.safe_load(open(gp, encoding="utf-8"))["articles"]:
        gold[(a["collection"], str(a["id"]))] = a
drop = collections.Counter(); backed = collections.Counter(); kept = collections.Counter(); kept_b = collections.Counter()
out = open("/tmp/vetoes32/drops.jsonl", "w", encoding="utf-8")
for n, l in enumerate(open(recs_path, encoding="utf-8")):
    r = json.loads(l)
    g = gold.get((r["collection"], str(r["id"])))
    if g is None:
        continue
    text = r["text"] or ""
    pub = dt.date.fromisoformat(r["date"]) if r.get("date") else None
    reading = read_article(text, pub, r.get("outlet"))
    found_dates = reading.dates() if callable(reading.dates) else reading.dates
    head = title_mentions(r.get("title"), reading)
    try:
        with tracing() as trace:
            rerun = visits_stage.find_visits_and_summits(text, reading.sents, reading.ents, found_dates, reading.published,
                    reading.time.period, reading.home, headline_of(r.get("title"), reading, head))[0]
    except Exception as e:
        print("ERR", n, e, file=sys.stderr); continue
    art = trace.article
    if art is None:
        from tasks.extract.visits.article import Article
        art = Article(text, reading.sents, reading.ents, found_dates, reading.published)
    sents = _sentences(art, trace, rerun, [], considered=trace.article is not None)
    gvis = g.get("visits") or []
    persons = [m for m in reading.ents if m.entity_type == "person"]
    for s in sents:
        names = [m.name_en or "" for m in persons if s["start"] <= m.start < s["end"]]
        def named(key): return key and any(has(x, key) for x in names)
        hit_g = [gv for gv in gvis if named(gv.get("visitor_key")) and (named(gv.get("host_key")) if gv.get("host_key") else True)]
        for t in s["triggers"]:
            code = "KEPT" if t["accepted"] else t["reason"]
            drop[code] += 1
            if hit_g:
                backed[code] += 1
            out.write(json.dumps({"line": n, "id": r["id"], "code": code, "trigger": t["trigger"], "gold": bool(hit_g),
                                  "pairs": [(gv.get("visitor"), gv.get("host")) for gv in hit_g],
                                  "sent": s["text"]}, ensure_ascii=False) + "\n")
print("code\tdropped\tgold_backed\tshare")
for code, c in drop.most_common():
    print(f"{code}\t{c}\t{backed[code]}\t{backed[code]/c:.2f}")
