"""An invitation before a visit word makes it a planned visit (triggers.yaml invitation), whichever way an
outlet spells the verb: "دعى" for "دعا" (invited). Invented sentences, the stand-in lexicon of test_visits."""
import datetime as dt
from collections import defaultdict

from tasks.extract import extract_article
from tests.extract.test_visits import run


def rows(text):
    return [(r["visitor"], r["host"], r["kind"], r["planned"]) for r in run(text)]


def test_an_invitation_spelt_with_alif_maqsura_plans_the_visit():
    # "the ambassador invited Erdogan to visit Moscow": no visit held, one planned
    assert rows("دعى السفير الروسي أردوغان لزيارة موسكو.") == [
        ("Recep Tayyip Erdogan", "Vladimir Putin", "referenced", True)]


def test_is_called_is_no_invitation():
    # "يدعى" (is called) before a held visit leaves it held
    assert rows("ويدعى المترجم يوسف. وزار أردوغان موسكو الثلاثاء والتقى بوتين.") == [
        ("Recep Tayyip Erdogan", "Vladimir Putin", "reported", False)]


def test_an_invitation_with_its_object_pronoun_holds_no_visit():
    # "وقال له إنه يدعوه لزيارة موسكو" (and told him he invites him to visit Moscow): the pronoun's forms of the
    # present "يدعو" invite too, so no visit is reported (its sides, two pronouns, are left unresolved)
    assert [r for r in rows("تحدث بوتين مع أردوغان، وقال له إنه يدعوه لزيارة موسكو.") if r[2] == "reported"] == []


def test_a_call_to_him_to_do_something_else_leaves_the_visit_held():
    # "يدعوه إلى الحوار" (calls on him to talk) names no visit: the visit told after it stays held
    assert rows("وزار أردوغان موسكو الثلاثاء والتقى بوتين الذي يدعوه إلى الحوار.") == [
        ("Recep Tayyip Erdogan", "Vladimir Putin", "reported", False)]


def test_a_call_made_after_the_meeting_leaves_the_meeting_held():
    # "ودعا أردوغان عقب لقائه مع بوتين إلى وقف القتال" (Erdogan called, after his meeting with Putin, for a
    # ceasefire): "عقب" (after, grammar.yaml after_words) or "في ختام" (at the end of, frame_phrases) makes the
    # meeting the call's frame, as "خلال" does
    for after in ("عقب", "على إثر", "بعد", "في ختام", "في أعقاب"):
        assert rows(f"ودعا أردوغان الثلاثاء {after} لقائه مع بوتين في موسكو إلى وقف القتال.") == [
            ("Recep Tayyip Erdogan", "Vladimir Putin", "reported", False)]


def test_an_invitation_to_a_meeting_is_still_a_plan_when_after_words_stand_elsewhere():
    # "دعا أردوغان بوتين إلى لقاء بعد الانتخابات" (invited Putin to a meeting after the elections): the
    # meeting noun follows "إلى", not "بعد", so it stays the invited meeting
    assert [r[2:] for r in rows("دعا أردوغان بوتين إلى لقاء بعد الانتخابات.")] == [("referenced", True)]


def real_rows(text):
    out = defaultdict(list)
    extract_article("a", text, dt.date(2013, 2, 6), out, source=None)
    return [(r["visitor"], r["host"], r["kind"], r["planned"]) for r in out["visit_mentions"]]


def test_the_salafist_call_is_no_invitation():
    # "the spokesman of the Salafist Call said Erdogan, who is visiting Russia now, ...": "الدعوة السلفية"
    # is a movement's name (organizations.yaml), not an invitation; the visit under way stays reported
    text = "وقال المتحدث باسم الدعوة السلفية إن الرئيس التركي رجب طيب أردوغان، الذي يزور روسيا حاليا، يسعى إلى " \
           "توسيع نفوذ بلاده."
    assert real_rows(text) == [("Recep Tayyip Erdogan", "Vladimir Putin", "reported", False)]


def test_a_real_invitation_before_the_visit_still_plans_it():
    # "Putin addressed the invitation to Erdogan to visit Moscow": a plan
    text = "ووجه الرئيس الروسي فلاديمير بوتين الدعوة للرئيس التركي رجب طيب أردوغان لزيارة موسكو."
    assert real_rows(text) == [("Recep Tayyip Erdogan", "Vladimir Putin", "referenced", True)]


def test_a_visit_under_way_after_an_invitation_to_another_is_held():
    # "the Sheikh of al-Azhar received the invitation to visit Indonesia from the Indonesian president, who is
    # visiting Egypt now": the invitation is the first visit word's; "يزور مصر حاليا" (is visiting Egypt now)
    # is no invited visit but one under way (timing.under_way), reported with the host by office
    text = "تلقى شيخ الأزهر أحمد الطيب الدعوة مجددا لزيارة إندونيسيا من الرئيس الإندونيسي سوسيلو بامبانج " \
           "يوديونو الذي يزور مصر حاليا."
    assert real_rows(text) == [("Susilo Bambang Yudhoyono", "Mohamed Morsi", "reported", False)]


def test_the_invited_leader_visiting_a_third_country_now_keeps_both():
    # "Morsi invited the Indonesian president, who is visiting Malaysia now, to visit Egypt": the Malaysian
    # visit is under way, the Egyptian one invited (planned)
    text = "وجه الرئيس محمد مرسي الدعوة للرئيس الإندونيسي سوسيلو بامبانج يوديونو الذي يزور ماليزيا حاليا " \
           "لزيارة مصر."
    assert sorted(real_rows(text)) == [("Susilo Bambang Yudhoyono", "Mohamed Morsi", "referenced", True),
                                       ("Susilo Bambang Yudhoyono", "Najib Razak", "reported", False)]


def test_an_invitation_to_visit_without_now_still_plans_the_visit():
    # near miss: "الذي يزور مصر" (who visits Egypt) with no "حاليا" after an invitation stays the invited plan
    text = "تلقى شيخ الأزهر أحمد الطيب الدعوة لزيارة إندونيسيا من الرئيس الإندونيسي سوسيلو بامبانج يوديونو " \
           "الذي يزور مصر الشهر المقبل."
    assert [r for r in real_rows(text) if r[2] == "reported"] == []


def test_now_after_the_invited_visit_itself_is_no_visit_under_way():
    # near miss: "دعا ... حاليا لزيارة" (invited, now, to visit): the now adverb stands before the visit word,
    # not in its clause after it, so the visit stays invited
    text = "ودعا الرئيس محمد مرسي حاليا الرئيس الإندونيسي سوسيلو بامبانج يوديونو لزيارة مصر."
    assert [r[2:] for r in real_rows(text)] == [("referenced", True)]


def test_until_now_after_the_invited_visit_keeps_it_planned():
    # near miss: "ولم يتحدد موعد الزيارة حتى الآن" (the visit's date is not set until now) tells no visit
    # under way: the invited visit stays a plan, none reported
    text = "وجه الرئيس محمد مرسي الدعوة للرئيس الإندونيسي سوسيلو بامبانج يوديونو لزيارة مصر، ولم يتحدد موعد " \
           "الزيارة حتى الآن."
    assert [r for r in real_rows(text) if r[2] == "reported"] == []
