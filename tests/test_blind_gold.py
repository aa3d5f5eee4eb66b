"""The blind gold sets of eval/blind: well formed, short snippets only (licence), disjoint from dev and from each
other, and every entry found in the corpora by records.py (when the corpora are beside the repository)."""
import importlib.util
import json
import re
from pathlib import Path

import pytest
import yaml

from ziyarat.settings import Settings

BLIND = Path(__file__).resolve().parent.parent / "eval" / "blind"
SETS = sorted(BLIND.glob("b*.yaml"), key=lambda p: int(p.stem[1:]))  # b100 after b99


def _load(path):
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _script(name):
    """eval/blind/NAME.py loaded as a module (the scripts are not a package)."""
    spec = importlib.util.spec_from_file_location(f"blind_{name}", BLIND / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_forty_eight_sets_of_forty_distinct_articles():
    assert [p.stem for p in SETS] == [f"b{n}" for n in range(16, 136)]
    keys = [(a["collection"], str(a["id"])) for p in SETS for a in _load(p)["articles"]]
    assert len(keys) == 4800 == len(set(keys))


def test_entries_follow_the_guide_and_quote_little():
    for path in SETS:
        for a in _load(path)["articles"]:
            key = (path.name, a["id"])
            assert a["kind_of_case"] in ("visit", "negative", "reference_only", "summit"), key
            assert re.match(r"^\d{4}-\d{2}-\d{2}$", str(a["published"])), key
            assert len((a.get("title_snippet") or "").split()) <= 8, key
            if a["kind_of_case"] in ("negative", "reference_only"):
                assert not a["visits"], key
            for group in ("visits", "referenced", "other_meetings"):
                for v in a.get(group) or []:
                    if group == "referenced" and not v.get("visitor"):
                        assert v["host"] and v["host_key"], key  # a planned summit's host, no visitor named yet
                    else:
                        assert v["visitor"] and v["visitor_key"], key
                    assert len((v.get("evidence") or "").split()) <= 15, key


def test_no_blind_article_is_in_dev():
    dev = Settings().gold_dir / "dev_articles.jsonl"
    if not dev.is_file():
        pytest.skip("shared dev gold not beside the repository")
    dev_keys = {(r["collection"], str(r["id"])) for r in map(json.loads, dev.read_text(encoding="utf-8").splitlines())}
    blind = {(a["collection"], str(a["id"])) for p in SETS for a in _load(p)["articles"]}
    assert blind and not blind & dev_keys


@pytest.mark.skipif(not (Settings().corpora_dir / "tunisia2016").is_dir(), reason="corpora not beside the repository")
def test_records_rebuild_one_set_from_the_corpora(tmp_path):
    mod = _script("records")
    gold = BLIND / "b19.yaml"
    out = tmp_path / "b19.jsonl"
    assert mod.main([str(out), str(gold)]) == 0
    recs = {r["id"]: r for r in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    entries = _load(gold)["articles"]
    assert len(recs) == len(entries) == 40
    for a in entries:
        assert recs[str(a["id"])]["date"] == str(a["published"]) and recs[str(a["id"])]["text"]


def test_sample_draw_stops_when_its_pool_runs_dry():
    """A small collection's dense pool runs dry after many sets: draw takes what is left and says how many are
    still wanting (the sampler then draws them from the reserve) instead of looping for ever."""
    import random
    draw = _script("sample").draw
    src = [{"id": 1}, {"id": 2}, {"id": 3}]
    seen, chosen = {("tunisia2016", "1")}, []
    assert draw(random.Random(7), "tunisia2016", src, 3, seen, chosen) == 1
    assert sorted(r["id"] for r in chosen) == [2, 3]
    assert draw(random.Random(7), "tunisia2016", src, 2, seen, chosen) == 2
    assert len(chosen) == 2
    # an id seen in another collection is no obstacle
    assert draw(random.Random(7), "ant2018", src, 3, seen, chosen) == 0
    assert len(chosen) == 5
