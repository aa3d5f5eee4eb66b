"""The presence participle: "الرئيس الفلسطيني محمود عباس الموجود حاليا في القاهرة" (President
Abbas, who is now in Cairo). "الموجود في" (al-mawjud fi, present in; triggers.yaml `present_in`)
has no subject of its own: it is the adjective of the noun right before it, so it tells a leader's
stay in a place only when a leader stands right there, of its gender, and no noun possesses him
("قوات الرئيس بوتين الموجودة في سوريا", President Putin's forces present in Syria, are the forces';
"السفارة الأمريكية الموجودة في بغداد", the embassy). The place right after it (place_after) is
read as any arrival's; at home ("الموجود في رام الله") it is no trip. Its predicate with "now" is read the same
way, the leader its subject right before it: "الرئيس ماكرون موجود حاليا في أستراليا" (is now in Australia),
"يتواجد الآن بالهند", "تتواجد حاليا في روما" (feminine by its "تـ")."""
from __future__ import annotations

from typing import Any

from tasks.extract.visits.agreement import is_man, is_woman
from tasks.extract.visits.leaders import pid
from tasks.extract.visits.triggers import trigger_spec
from ziyarat.lexicon import trigger_words
from ziyarat.matching import Hit

HOLDER_CHARS = 12  # from the leader's name to the participle: a quoted byname between ("عباس "أبومازن" الموجود")


def presence(h: Hit) -> bool:
    """A presence participle trigger (`holder_before`)."""
    return h.group.startswith("t:") and bool(trigger_spec(h.group).get("holder_before"))


def holder(art: Any, i: int, h: Hit) -> Any | None:
    """The leader the presence participle h is said of: the last person of sentence i before it,
    ending at most HOLDER_CHARS before it with no comma between, the sentence's only leader, of the
    participle's gender ("الموجودة", feminine, of a woman), possessed by no noun (triggers.yaml
    possessor_heads); else None."""
    before = [m for m in art.persons.get(i, []) if m.end <= h.start]
    m = max(before, key=lambda p: p.end, default=None)
    if m is None or h.start - m.end > HOLDER_CHARS or any(c in art.text[m.end:h.start] for c in "،,.:"):
        return None
    if {pid(x) for x in art.leaders.get(i, [])} != {pid(m)}:
        return None  # another leader of the sentence would take the sides: "ميقاتي الموجود في روما ... البابا فرنسيس"
    first = art.text[h.start:h.end].split()[0]  # "الموجودة" (folded: "الموجوده"), "تتواجد" (she is present)
    feminine = first.endswith(("ة", "ه")) or first.startswith("\u062a\u062a")
    if not (is_woman(m) if feminine else is_man(art, m)):
        return None
    return None if art.possessed(m, trigger_words("possessor_heads") | trigger_words("person_heads")) else m
