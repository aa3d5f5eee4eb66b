"""A leader past a clause break who is on a trip of his own is no side of a trip word before it
(visits.clauses.joined_clause_between, breaks). Invented sentences, the stand-in lexicon of test_visits."""
import datetime as dt

from tests.extract.test_visit_dates import run_dated

PUB = dt.date(2019, 4, 3)  # a Wednesday


def pairs(text):
    return [(r["kind"], r["visitor"], r["host"]) for r in run_dated(text, PUB)]


def test_a_leader_on_a_trip_of_his_own_past_while_is_not_the_hosts_of_a_trip_before_it():
    """"واستمرت زيارة بوتين ثلاثة أيام، بينما استغرقت زيارة أردوغان ساعات" (Putin's visit lasted three days,
    while Erdogan's took hours): two visits compared, Erdogan is not Putin's host."""
    assert ("reported", "Vladimir Putin", "Recep Tayyip Erdogan") not in pairs(
        "واستمرت زيارة بوتين ثلاثة أيام، بينما استغرقت زيارة أردوغان ساعات قليلة.")


def test_a_leader_acting_past_while_with_no_trip_of_his_own_is_still_the_host():
    """Negative: "وتأتي زيارة أردوغان فيما يبحث بوتين ..." (Erdogan's visit comes while Putin weighs ...):
    Putin, with no trip of his own, hosts the visit before the break."""
    assert pairs("وتأتي زيارة أردوغان إلى موسكو فيما يبحث بوتين تعزيز التعاون العسكري.") == [
        ("reported", "Recep Tayyip Erdogan", "Vladimir Putin")]
