"""A meeting with a leader "and other leaders" (tasks/extract/visits/multilateral.with_other_heads, triggers.yaml
others_after): "عقب اجتماعه مع ترامب وزعماء آخرين" (after his meeting with Trump and other leaders) is a group's
meeting, no meeting of the two. Invented sentences, the real lexicon."""
import datetime as dt
from collections import defaultdict

from tasks.extract import extract_article

DAY = dt.date(2018, 6, 13)  # a Wednesday


def rows(text):
    out = defaultdict(list)
    extract_article("a", text, DAY, out)
    return sorted((r["kind"], r["visitor"], r["host"]) for r in out["visit_mentions"])


def test_a_meeting_with_a_leader_and_other_leaders_pairs_no_one():
    """"عقب اجتماعها مع الرئيس الفرنسي ... وزعماء آخرين" (after her meeting with the French president and other
    leaders), "وقادة دول أخرى" (and the leaders of other states), "والزعماء الآخرين" (and the other leaders)."""
    assert rows("وانتقد المسؤول تصريحات المستشارة الألمانية أنجيلا ميركل عقب اجتماعها مع الرئيس الفرنسي "
                "إيمانويل ماكرون وزعماء آخرين في بروكسل خلال القمة.") == []
    assert rows("وأدلت المستشارة الألمانية أنجيلا ميركل بتصريحها بعد لقائها مع الرئيس الفرنسي إيمانويل ماكرون "
                "وقادة دول أخرى في بروكسل.") == []
    assert rows("وتحدث الرئيس الروسي فلاديمير بوتين بعد اجتماعه مع الرئيس التركي رجب طيب أردوغان "
                "والزعماء الآخرين في أستانا.") == []


def test_a_meeting_with_a_leader_and_other_officials_or_others_later_still_pairs():
    """Near-misses (reported before and after): "ووزراء آخرين" / "ومسؤولين آخرين" (and other ministers, officials)
    are no heads; "ثم اجتمعت مع زعماء آخرين" (then met other leaders) is a second meeting after a comma; "إن
    زعماء آخرين سيلحقون بهما" (other leaders will join them) stands in another clause, after the city."""
    pair = [("reported", "Angela Merkel", "Emmanuel Macron")]
    lead = "وأدلت المستشارة الألمانية أنجيلا ميركل بتصريحها بعد لقائها مع الرئيس الفرنسي إيمانويل ماكرون"
    assert rows(lead + " في باريس.") == pair
    assert rows(lead + " ووزراء آخرين في باريس.") == pair
    assert rows(lead + " ومسؤولين آخرين في باريس.") == pair
    assert rows(lead + "، ثم اجتمعت مع زعماء آخرين في باريس.") == pair
    assert rows(lead + " في باريس، وقالت إن زعماء آخرين سيلحقون بهما.") == pair
