"""A dateline on a story of something else: "القاهرة - أعلنت وزارة الكهرباء اليوم انقطاع التيار ... وتزامن ذلك
مع زيارة البشير لمصر" (Cairo - the electricity ministry announced a power cut today ... that came with al-Bashir's
visit to Egypt) is where the desk filed the power cut from. The lead the dateline opens names neither leader of the
meeting, no meeting word and no place of the guest's country; the meeting, told only past that lead, is not
placed by the desk's city (dateline.dateline reads it). A lead that names one of the two ("القاهرة - استقبل الرئيس
مرسي اليوم ..."), tells a meeting ("موسكو - قال الكرملين إن المحادثات ...", the talks) or names the other side's
country ("القاهرة - قال المتحدث إن مصر تدعم السودان", Egypt supports Sudan) keeps its dateline. A dateline
may also run to an agency's tag past its day (tagged_dateline): "الدوحة في 10 أبريل /قنا/" (QNA), "/ وام /" (WAM),
or name the city's country and then the outlet (country_dateline): "الدوحة، قطر (CNN)--"."""
from __future__ import annotations

from typing import Any

import re

from functools import cache

from tasks.extract.home import agency_tag
from tasks.extract.visits.article import LEAD_WORDS, Article, lead_sentence
from tasks.extract.visits.leaders import pid
from ziyarat.arabic import FI, fold_term
from ziyarat.lexicon import LEXICON_DIR, get_lexicon, load_yaml, trigger_words


def other_story(art: Article, j: int, p: Any, whole: bool, pair: tuple[Any, ...]) -> bool:
    """The dateline p of sentence j opens a lead that names no one of the meeting's `pair`, no meeting word
    and no place in a country of the pair other than the dateline's. A dateline alone on its line (`whole`)
    or with its agency's credit ("نيودلهي- أ ش أ", fewer than LEAD_WORDS words) heads the next sentence's
    lead. False with no pair given."""
    ids = {pid(m) for m in pair if m is not None}
    s, e = art.sentences[j]
    k = j + 1 if whole or len(art.text[s:e].split()) < LEAD_WORDS else j
    # past the rest of a credit its stops cut into pieces: "جوبا - أ. ش. أ: وصف ..." (MENA, dotted)
    while k < len(art.sentences) and _credit_piece(art, k):
        k += 1
    if not ids or k >= len(art.sentences):
        return False
    named = any(pid(m) in ids for m in art.leaders.get(k, [])) or any(pid(m) in ids for m in art.persons.get(k, []))
    abroad = {m.country for m in pair if m is not None and m.country} - {p.country}
    return not named and not any(h.group.startswith("t:") for h in art.by_sent.get(k, ())) \
        and not any(q.country in abroad for q in art.places.get(k, []))


CREDIT_PIECE_CHARS = 2  # "ش." and "أ:": the letters of a dotted agency credit, a sentence each


def _credit_piece(art: Article, k: int) -> bool:
    """Sentence k holds only one- or two-letter pieces of an agency's dotted initials ("ش.", "أ:")."""
    s, e = art.sentences[k]
    words = [w.strip(".:-\u2013_ ") for w in art.text[s:e].split()]
    return bool(words) and all(len(w) <= CREDIT_PIECE_CHARS for w in words)


TAG_WORDS = 4  # "في 10 أبريل 2024": the day between a dateline's city and its agency's tag


def tagged_dateline(art: Article, p: Any) -> bool:
    """The place opens the text and "في" (on) and at most TAG_WORDS - 1 more words of its day lead to a
    national agency's tag: "الدوحة في 10 أبريل /قنا/ استقبل ..." is QNA's Doha desk."""
    if art.text[:p.start].strip():
        return False
    m = agency_tag(art.text)
    words = art.folded_slice(p.end, m.start()).split() if m is not None and m.start() >= p.end else []  # "فى" too
    return 0 < len(words) <= TAG_WORDS and words[0] == FI


COMMAS = ("\u060c", ",")  # "،" and ",": between a dateline's city and its country


def country_dateline(art: Article, j: int, p: Any, pair: tuple[Any, ...]) -> bool:
    """The place p, its country's capital, opens the text and is followed by a comma, its country's name and an
    opening bracket (the outlet's tag), and the first leader its lead names is of that country, one of the
    meeting's `pair`: "الدوحة، قطر (CNN)-- أعلن رئيس الوزراء القطري" (Doha, Qatar (CNN) -- Qatar's prime minister
    announced) is the Doha desk, at home with him. An outlet's own offices file the stories of every country under
    their city ("دبي، الإمارات العربية المتحدة (CNN) -- أعلن رئيس الوزراء الإثيوبي"; "أتلانتا، الولايات المتحدة
    الأمريكية (CNN) – رفض الرئيس الأمريكي" on his talks in Washington): a desk outside the capital, a lead opened by
    another country's leader, or a desk in neither side's country says nothing of where the pair met. False with
    no pair given."""
    if art.text[:p.start].strip() or not p.country or p.country not in {m.country for m in pair if m is not None} \
            or _capitals().get(p.country) != p.name_en:
        return False
    first = min((m for m in art.leaders.get(j, []) if m.start >= p.end), key=lambda m: m.start, default=None)
    if first is None or first.country != p.country:
        return False
    for q in art.places.get(j, []):
        if q.start >= p.end and q.country == p.country and art.text[p.end:q.start].strip() in COMMAS:
            return art.text[q.end:q.end + 3].strip()[:1] == "("
    return False


@cache
def _capitals() -> dict[str, str]:
    """places.yaml countries' `capital`: country -> its capital city (English names)."""
    places = get_lexicon().places
    return {c["name_en"]: places[c["capital"]].name_en
            for c in load_yaml(LEXICON_DIR / "places.yaml").get("countries") or () if c.get("capital") in places}


def leaving_desk(art: Article, p: Any) -> bool:
    """The lead past the dateline p has a leader of the dateline's country leave for another country: "نيودلهي _ أ ش أ
    يغادر رئيس الوزراء الهندي مانموهان سينج الاثنين إلى جنوب أفريقيا" (the Indian prime minister leaves on Monday for
    South Africa): the desk is at his home, not where he meets anyone (dateline.dateline reads it)."""
    k = lead_sentence(art)
    if k is None or not p.country:
        return False
    s, e = art.sentences[k]
    verbs = trigger_words("departure_verbs")
    verb = next((s + w.end() for w in re.finditer(r"\S+", art.text[s:e]) if fold_term(w.group()) in verbs), None)
    return verb is not None and any(m.country == p.country and m.start >= verb for m in art.leaders.get(k, [])) \
        and any(q.country not in (None, p.country) and q.start > verb for q in art.places.get(k, []))
