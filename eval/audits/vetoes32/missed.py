"""Add to the table: gold-backed drops whose gold pair main misses in the article (ptr_all_score.txt MISSED)."""
import json, re, collections, sys
missed = collections.defaultdict(set)
for l in open("/work/lead32/ptr_all_score.txt", encoding="utf-8"):
    if "MISSED" not in l: continue
    key = l.split()[0].split(":", 1)[1]
    for m in re.finditer(r"MISSED (.+?)->(.+?)(?:;|$)", l.rstrip("\n")):
        missed[key].add((m.group(1).strip(), m.group(2).strip()))
rows = [json.loads(l) for l in open("/tmp/vetoes32/drops.jsonl", encoding="utf-8")]
drop = collections.Counter(); backed = collections.Counter(); lost = collections.Counter(); lost_pairs = collections.defaultdict(set)
for r in rows:
    drop[r["code"]] += 1
    if r["gold"]:
        backed[r["code"]] += 1
        ps = {(v, str(h)) for v, h in r["pairs"]} & missed.get(r["id"], set())
        if ps:
            lost[r["code"]] += 1
            for p in ps: lost_pairs[r["code"]].add((r["id"],) + p)
print("| veto code | dropped | gold-backed | share | of which the pair is MISSED by main (triggers / distinct pairs) |")
print("|---|---:|---:|---:|---:|")
for code, c in drop.most_common():
    print(f"| {code} | {c} | {backed[code]} | {backed[code]/c:.2f} | {lost[code]} / {len(lost_pairs[code])} |")
allmiss = sum(len(v) for v in missed.values())
covered = set().union(*lost_pairs.values()) if lost_pairs else set()
print(f"\nMISSED pairs in main's listing: {allmiss} (distinct by article); with a dropped trigger in a sentence naming them: {len(covered)}")
