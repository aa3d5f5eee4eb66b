"""Aggregating again only the pairs of leaders whose inputs changed (tasks/aggregate/
incremental.py): the tables always equal those of aggregating everything, row for
row. Tiny inline frames: a held run, then the inputs of the next one."""
import datetime as dt

import polars as pl

from tasks.aggregate import PAIRS, Held, aggregate
from tasks.aggregate.incremental import unchanged_pairs
from tests.test_aggregate import TAXONOMY, articles, mentions, topics_of, vm
from ziyarat import schemas

D = dt.date
ASSAD, PUTIN, ERDOGAN, SISI = "Bashar al-Assad", "Vladimir Putin", "Recep Tayyip Erdogan", "Abdel Fattah el-Sisi"
ARTS = articles(
    ("a1", D(2023, 3, 15), "SANA", "a/001.txt", None),
    ("a2", D(2023, 3, 14), "TASS", "b/002.txt", None),
    ("e1", D(2022, 11, 20), "Ahram", "c/003.txt", None),
    ("n1", D(2023, 9, 2), "RT", "d/004.txt", None),
)
MOSCOW = vm("a1", D(2023, 3, 15), visit_type="official")
MOSCOW_AGAIN = vm("a2", D(2023, 3, 14), visit_type="official")  # the same trip, the arrival day
DOHA = vm("e1", D(2022, 11, 20), visitor=ERDOGAN, host=SISI, city="Doha")
SEPTEMBER = vm("n1", D(2023, 9, 1))  # the same leaders, another trip


def run(vms, arts=ARTS, ats=None, held=None):
    return aggregate(arts, None, mentions(*vms), ats if ats is not None else schemas.empty("article_topics"), None,
                     TAXONOMY, held=held)


def held_from(out) -> Held:
    """What the data dir holds after a run (its tables as they were written)."""
    return Held(out["visits"], out["visit_mentions"], out["visit_topics"], out[PAIRS])


def assert_equal(incremental, full):
    assert set(incremental) == set(full)
    for name, df in full.items():
        assert incremental[name].equals(df), name


def test_a_new_mention_joins_a_held_visit_and_the_other_pair_is_kept():
    held = held_from(run([MOSCOW, DOHA]))
    full, incremental = run([MOSCOW, DOHA, MOSCOW_AGAIN]), run([MOSCOW, DOHA, MOSCOW_AGAIN], held=held)
    assert_equal(incremental, full)
    assert unchanged_pairs(full[PAIRS], held).to_list() == [f"{SISI}\x1f{ERDOGAN}"]  # only Moscow is clustered again
    moscow = incremental["visits"].filter(pl.col("host") == PUTIN)
    assert moscow.select("n_articles", "start_date", "end_date").row(0) == (2, D(2023, 3, 14), D(2023, 3, 15))
    assert incremental["visits"].height == 2
    # the kept pair's rows are the held ones, not made again: a mark on them shows through
    marked = Held(held.visits.with_columns(pl.when(pl.col("host") == SISI).then(0.123).otherwise("confidence")
                                           .alias("confidence")), held.visit_mentions, held.visit_topics, held.pairs)
    shown = run([MOSCOW, DOHA, MOSCOW_AGAIN], held=marked)["visits"]
    assert shown.filter(pl.col("host") == SISI)["confidence"].to_list() == [0.123]
    assert shown.filter(pl.col("host") == PUTIN)["confidence"].to_list() == moscow["confidence"].to_list()


def test_a_new_mention_far_from_the_held_visit_starts_a_new_one():
    held = held_from(run([MOSCOW, DOHA]))
    full, incremental = run([MOSCOW, DOHA, SEPTEMBER]), run([MOSCOW, DOHA, SEPTEMBER], held=held)
    assert_equal(incremental, full)
    assert incremental["visits"].filter(pl.col("host") == PUTIN)["start_date"].to_list() == [D(2023, 3, 15),
                                                                                              D(2023, 9, 1)]


def test_a_replaced_input_removes_its_mention_from_the_held_visit():
    held = held_from(run([MOSCOW, DOHA, MOSCOW_AGAIN]))
    full, incremental = run([MOSCOW, DOHA]), run([MOSCOW, DOHA], held=held)
    assert_equal(incremental, full)
    moscow = incremental["visits"].filter(pl.col("host") == PUTIN)
    assert moscow.select("n_articles", "article_ids").row(0) == (1, ["a1"])
    assert incremental["visit_mentions"]["article_id"].to_list() == ["a1", "e1"]


def test_the_same_mentions_with_another_topic_or_outlet_are_clustered_again():
    ats = topics_of(("a1", "reconstruction", "agenda", 0.9))
    held = held_from(run([MOSCOW, DOHA], ats=ats))
    changed = topics_of(("a1", "gaza_war", "agenda", 0.7))
    full, incremental = run([MOSCOW, DOHA], ats=changed), run([MOSCOW, DOHA], ats=changed, held=held)
    assert_equal(incremental, full)
    assert incremental["visits"].filter(pl.col("host") == PUTIN)["agenda_topics"].to_list() == [["gaza_war"]]
    renamed = ARTS.with_columns(pl.when(pl.col("article_id") == "e1").then(pl.lit("Al-Ahram")).otherwise("source")
                                .alias("source"))
    assert unchanged_pairs(run([MOSCOW, DOHA], arts=renamed)[PAIRS], held).to_list() == []


def test_a_spelling_that_now_reads_otherwise_re_clusters_the_pair_it_is_in():
    """Canonical spellings are decided over every mention: a new mention of one pair
    can change how a name of another pair reads ("Bashar Assad", once, was the
    canonical spelling until "Bashar al-Assad" came twice)."""
    first = [vm("a1", D(2023, 3, 15), visitor="Bashar Assad"), vm("e1", D(2022, 11, 20), host=ERDOGAN, city="Doha")]
    held = held_from(run(first))
    assert sorted(held.visits["visitor"].to_list()) == ["Bashar Assad", "Bashar Assad"]
    more = [*first, vm("n1", D(2022, 11, 21), host=ERDOGAN, city="Doha")]
    full, incremental = run(more), run(more, held=held)
    assert_equal(incremental, full)
    assert sorted(incremental["visits"]["visitor"].to_list()) == [ASSAD, ASSAD]
    assert unchanged_pairs(full[PAIRS], held).to_list() == []


def test_without_held_tables_or_with_nothing_new_the_tables_are_the_same():
    out = run([MOSCOW, DOHA, MOSCOW_AGAIN])
    again = run([MOSCOW, DOHA, MOSCOW_AGAIN], held=held_from(out))
    assert_equal(again, out)
    assert sorted(unchanged_pairs(out[PAIRS], held_from(out)).to_list()) == sorted(out[PAIRS]["pair"].to_list())
