"""Coordinated sides: the same meeting with the other leaders listed with one of its sides. "أجرى مباحثات
مع الرئيس الهندي ... ورئيس الوزراء ..." (talks with the Indian president and the prime minister) is a meeting
with each; a traveller brings the travellers listed with him ("وصول كل من الرئيس A والرئيس B", or one after
another: "، تلاهم الرئيس C", arrival_list.continues_arrivals), each hosted as he is."""
from __future__ import annotations

from dataclasses import replace
from typing import Any

from tasks.extract.visits.arrival_list import continues_arrivals
from tasks.extract.visits.article import Article, Candidate
from tasks.extract.visits.followon import list_joint, listed_guests
from tasks.extract.visits.leaders import is_leader, pid
from tasks.extract.visits.meetings import each_of_start, talked_about
from tasks.extract.visits.tour import listed_destinations
from tasks.extract.visits.triggers import trigger_spec
from ziyarat.arabic import WA
from ziyarat.lexicon import trigger_words
from ziyarat.matching import Hit


LIST_GAP_CHARS = 60  # between two items of a list of leaders ("الرئيس الهندي ...، ورئيس الوزراء ...")


def coordinated_partners(art: Article, i: int, c: Candidate) -> list[Candidate]:
    """The same meeting with the other leaders of one country listed after its side with
    "و" (and): "أجرى مباحثات مع الرئيس الهندي برناب موخيرجي ونائبه ... ورئيس الوزراء
    مانموهان سينغ" (talks with the Indian president, his deputy and the prime minister),
    "استقبله بيريز ونتنياهو": one per leader of the list, for the side named later (of any country
    after "مع كل من" / "على غرار": "لقاءات مع قادة على غرار ميركل وترامب").
    A traveller brings the travellers of other countries listed with him, his host named or not:
    "وصول كل من الرئيس A والرئيس B إلى سنغافورة", "ووصل إلى طهران بوتين وإردوغان ... مع روحاني"."""
    if c.visitor.start < 0:
        return []
    # ... and so does a guest ("روحاني وبوتين في ضيافة أردوغان", Rouhani and Putin as Erdogan's guests: roles.hosted_roles)
    travel = c.kind == "reported" and (trigger_spec(c.hit.group)["role"] in ("arrive", "visit")
                                       or bool(trigger_spec(c.hit.group).get("host_after")))
    listed = _listed_after(art, i, c.visitor, arrivals=True)
    listed += _listed_before(art, i, c.visitor) if c.visitor.end <= c.hit.start else []
    fellows = [replace(c, visitor=m, confidence=c.confidence * 0.9) for m in listed
               if travel and m.country and m.country not in (c.visitor.country, c.host.country)]
    if c.host.start < 0:
        return fellows + listed_destinations(art, i, c) if travel else []
    side, other = (c.host, c.visitor) if c.host.start > c.visitor.start else (c.visitor, c.host)
    each_at = each_of_start(art, i, c.hit) if trigger_spec(c.hit.group)["role"] == "meet" else None
    listed = (each_at is not None and other.start < each_at <= side.start) or listed_guests(art, c.hit, other, side)
    partners = [replace(c, host=m, confidence=c.confidence * 0.9) if side is c.host
                else replace(c, visitor=m, confidence=c.confidence * 0.9)
                for m in _listed_after(art, i, side, exclude={pid(other)}) if not talked_about(art, c.hit, m, [side])
                and (m.country == side.country or (listed and m.country != other.country))]
    # ... and a co-host of the host's country listed after him, before the guest: "استقبل الرئيس الهندي
    # موخرجي، ورئيس الوزراء سينج، اليوم الرئيس مرسي" (the Indian president and the prime minister received Morsi)
    if other is c.host and trigger_spec(c.hit.group)["role"] == "receive":
        partners += [replace(c, host=m, confidence=c.confidence * 0.9) for m in _listed_after(art, i, other, {pid(side)})
                     if m.country == other.country and m.start < side.start]
    return (listed_destinations(art, i, c) if travel else []) + partners + [f for f in fellows if all(pid(f.visitor) != pid(p.visitor) for p in partners)]


def _listed_after(art: Article, i: int, side: Any, exclude: frozenset | set = frozenset(),
                  arrivals: bool = False) -> list[Any]:
    """The other leaders listed with "و" (and) right after `side` in sentence i; a
    deputy or a minister in the list ("ونائبه حميد أنصاري") is passed over. With `arrivals` (the
    travellers of a trip word), also the next leader after a word that carries the arrivals on:
    "ووصل ... المرزوقي، ثم وصل الرئيس المصري محمد مرسي" (then the Egyptian president arrived)."""
    breaks = [h.start for h in art.by_sent.get(i, ()) if h.group.startswith("t:") or h.group == "c:clause_breaks"]
    out, last, seen, joined = [], art.last_of_name(i, side), {pid(side), *exclude}, False
    for m in sorted((m for m in art.persons.get(i, []) if m.start >= last.end), key=lambda m: m.start):
        if m.start < last.end:
            continue  # the name after an item's title: "والرئيس الجيبوتي عمر جيله"
        carried = arrivals and continues_arrivals(art, last.end, m.start)
        if m.start - last.end > LIST_GAP_CHARS or not carried and (any(last.end <= b < m.start for b in breaks)
                                                                   or not list_joint(art, last.end, m.start + 1, comma=joined)):
            break  # the list ends: too far, another clause, or no "و" before the item (a comma once "و" has joined)
        joined = True
        last = art.last_of_name(i, m)
        # not a leader a noun possesses: "مع بوتين ... ورحيل الأسد" (with Putin ... and Assad's departure)
        if is_leader(m) and pid(m) not in seen and not art.possessed(m, trigger_words("possessor_heads")):
            seen.add(pid(m))
            out.append(m)
    return out


def _listed_before(art: Article, i: int, side: Any) -> list[Any]:
    """The other leaders listed with "و" (and) right before `side`, the traveller named before his trip
    word, nearest it: "يؤدي رئيسا وزراء بلجيكا وهولندا شارل ميشال ومارك روته زيارة" (the prime ministers
    of Belgium and the Netherlands Michel and Rutte make a visit) brings Michel along with Rutte. The list
    ends as _listed_after's does; a title of the same person right before his name is one item with it."""
    breaks = [h.start for h in art.by_sent.get(i, ()) if h.group.startswith("t:") or h.group == "c:clause_breaks"]
    out, first, seen, joined = [], side, {pid(side)}, False
    for m in sorted((m for m in art.persons.get(i, []) if m.end <= side.start), key=lambda m: -m.start):
        if m.end > first.start:
            continue  # a mention inside the item already passed
        if first.start - m.end > LIST_GAP_CHARS or any(m.end <= b < first.start for b in breaks):
            break
        if pid(m) == pid(first) and not art.folded_slice(m.end, first.start).strip():
            first = m  # the title "الرئيس التونسي" right before the name "منصف المرزوقي"
            continue
        if not list_joint(art, m.end, first.start + 1, comma=joined):
            break
        joined, first = True, m
        if is_leader(m) and pid(m) not in seen and not art.possessed(m, trigger_words("possessor_heads")):
            seen.add(pid(m))
            out.append(m)
    return [] if _governed(art, i, first, breaks) else out


def _governed(art: Article, i: int, first: Any, breaks: list[int]) -> bool:
    """A trip word or another person comes after the last clause break before the list's first item: the
    list is that verb's object or goes with that person, not the travellers: "التقى الملك ماكرون
    وميركل، وكوستا يجري زيارة" (the king met Macron and Merkel, and Costa makes a visit)."""
    cut = max((b for b in breaks if b < first.start), default=art.sentences[i][0])
    return any(cut < h.start < first.start for h in art.by_sent.get(i, ()) if h.group.startswith("t:")) \
        or any(cut <= m.start and m.end <= first.start for m in art.persons.get(i, []))


CO_SUBJECT_CHARS = 60  # from the first arriving leader to the second, joined by "و"


def co_arrival(art: Article, h: Hit, role: str, country: str | None, a: Any, b: Any) -> tuple[Any, Any]:
    """(visitor, host): b named as a's co-subject after the arrival verb h, at a place in a's
    country, hosts a: "وصل مرسي، رئيس الجمهورية، ونظيره التركي جول إلى قصر القبة" (Morsi and
    his Turkish counterpart arrived at Qubba Palace): both came, Morsi at home."""
    if role != "arrive" or not country or not (country == a.country != b.country) or a.start < h.end:
        return a, b
    for m in art.leaders.get(art.sent_of(h.start), []):
        between = art.text[a.end:m.start]
        if pid(m) == pid(b) and a.end <= m.start and len(between) <= CO_SUBJECT_CHARS \
                and any(w.strip("\u060c,").startswith(WA) for w in between.split()):
            return b, a
    return a, b
