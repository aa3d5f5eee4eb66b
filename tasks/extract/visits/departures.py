"""Leaders who leave a place: "بنيامين نتنياهو، الذي غادر الأردن بعد زيارة قصيرة" (Netanyahu, who left
Jordan after a short visit), "غادر كيم بيونغ يانغ فجر الجمعة للقاء نظيره" (Kim left Pyongyang at dawn on
Friday to meet his counterpart). A leader who leaves the other's country was his guest; one who leaves his
own set out on the trip. Either way he is the one who travelled: visits.direction reads it for a meeting no word
orients ("خلال لقائه مع", during his meeting with), when only one of the two leaves a place of theirs. And the city of
the host's country the traveller leaves at his visit's end (left_places): place.article_city reads it as the visit's."""
from __future__ import annotations

import datetime as dt
import re
from typing import Any

from tasks.extract.visits.address import told_earlier
from tasks.extract.visits.article import Article
from tasks.extract.visits.leaders import pid
from ziyarat.arabic import WA, fold_term, resolve_weekday
from ziyarat.lexicon import grammar_words, trigger_words

SUBJECT_GAP = 3  # from the verb to its subject's name: "غادر كيم"
TITLE_GAP = 30  # ... past his title: "غادر رئيس كوريا الشمالية كيم جونغ أون"
PLACE_GAP = 3  # from the verb or its subject to the place left
ANTECEDENT_GAP = 4  # from a leader's name to "الذي" (who): "نتنياهو، الذي"


def departed(art: Article, a: Any, b: Any) -> set[str]:
    """The ids of the two leaders a departure verb of the article, outside quotes, takes out of a
    place in either's country."""
    stems = grammar_words("leave_stems")
    verbs = frozenset(w for w in trigger_words("departure_verbs") if any(stem in w for stem in stems))
    relatives = grammar_words("relative_pronouns")
    heads = trigger_words("unresolved_heads")  # a leader's head noun opens his title
    countries = {a.country, b.country}
    out: set[str] = set()
    for i, (s, e) in enumerate(art.sentences):
        leaders = [m for m in art.leaders.get(i, []) if pid(m) in (pid(a), pid(b))]
        if not leaders:
            continue
        for w in re.finditer(r"\S+", art.text[s:e]):
            start, end = s + w.start(), s + w.end()
            if fold_term(w.group()) not in verbs or art.in_quote(start):
                continue
            nxt = art.folded_slice(end, end + 20).split()[:1]
            gap = TITLE_GAP if nxt and nxt[0] in heads else SUBJECT_GAP  # "غادر رئيس كوريا الشمالية كيم"
            subject = next((m for m in leaders if 0 <= m.start - end <= gap
                            and not any(c in art.text[end:m.start] for c in "\u060c,.")), None)
            if subject is None:
                lo = max(s, start - 12)
                before = list(re.finditer(r"\S+", art.text[lo:start]))
                if not before or fold_term(before[-1].group()) not in relatives:
                    continue
                rel = lo + before[-1].start()  # "نتنياهو، الذي غادر": the name right before "الذي"
                subject = next((m for m in leaders if 0 <= rel - m.end <= ANTECEDENT_GAP), None)
            if subject is None:
                continue
            after = max(end, subject.end if subject.start > start else end)
            if any(0 <= p.start - after <= PLACE_GAP and p.country in countries for p in art.places.get(i, [])):
                out.add(pid(subject))
    return out


LEAVE_REACH = 90  # from a departure verb to the city left: "غادر الدكتور هشام قنديل، رئيس مجلس الوزراء والوفد المرافق له، جوبا"
FROM_REACH = 120  # from the traveller to "قادما من" (coming from) after him: "وصل إلى القاهرة قنديل والوفد المرافق له قادما من"
BEFORE_VERB_WORDS = 2  # a subject told before its verb, as a headline does: "«قنديل» يغادر بغداد"
_FROM_WORDS = ("\u0642\u0627\u062f\u0645\u0627", "\u0642\u0627\u062f\u0645\u0647")  # قادما, قادمة (folded)
_TO = "\u0627\u0644\u064a"  # الي (إلى, to), folded


def left_places(art: Article, i: int, visitor: Any, host: Any) -> list[Any]:
    """The places of the host's country sentence i has the traveller leave: the object of a departure verb of
    his ("غادر أوباما عمان متوجها إلى واشنطن", Obama left Amman for Washington; "«قنديل» يغادر بغداد بعد زيارة
    للعراق") or the place right after "قادما من" (coming from) past his name ("وصل قنديل إلى القاهرة قادما من جوبا
    بعد زيارة", arrived in Cairo coming from Juba after a visit): he was there on his visit. The traveller is the
    verb's subject: named between the verb and the place or right before the verb, no other person between, no
    other place and no "إلى" (to) before the place; not in a sentence telling an earlier time (address.told_earlier).
    place.article_city reads them for the traveller's sentences that give the meeting no city."""
    mine = [m for m in art.persons.get(i, []) if pid(m) == pid(visitor)]
    if not mine:
        return []
    stems = grammar_words("leave_stems")
    verbs = frozenset(w for w in trigger_words("departure_verbs") if any(stem in w for stem in stems))
    others = [m for m in art.persons.get(i, []) if pid(m) != pid(visitor)]
    s, e = art.sentences[i]
    words = list(re.finditer(r"\S+", art.text[s:e]))
    out = []
    for k, w in enumerate(words):
        start, end, word = s + w.start(), s + w.end(), fold_term(w.group())
        if art.in_speech_at(start):
            continue
        if word in verbs:
            place = next((p for p in art.places.get(i, []) if 0 <= p.start - end <= LEAVE_REACH), None)
            if place is None:
                continue
            subject = any(end <= m.start < place.start for m in mine) or any(
                m.start >= s + words[max(0, k - BEFORE_VERB_WORDS)].start() and m.end <= start for m in mine)
            gap = art.folded_slice(end, place.start).split()
            clear = not any(end <= m.start < place.start for m in others) and _TO not in gap and not any(
                end <= q.start < place.start for q in art.places.get(i, []) if q is not place)
            if subject and clear:
                out.append(place)
        elif word in _FROM_WORDS and k + 1 < len(words) and fold_term(words[k + 1].group()) == "\u0645\u0646":
            place = next((p for p in art.places.get(i, []) if 0 <= p.start - (s + words[k + 1].end()) <= 2), None)
            subject = next((m for m in mine if 0 <= start - m.end <= FROM_REACH), None)
            if place is not None and subject is not None and not any(subject.end <= m.start < start for m in others):
                out.append(place)
    return [p for p in out if p.country == host.country and not told_earlier(art, i, p.start)]


DEPARTURE_CHARS = 60  # from the departure verb to its day: "توجه الرئيس الأمريكي باراك أوباما مساء الثلاثاء"
START_GAP_WORDS = 1  # from the later verb to its day: "حيث سيبدأ الأربعاء", "أن يصل ظهر الخميس"
LATER_DAYS = 3  # the later day is at most this many days after the departure's


def later_start(art: Article, i: int, d: Any, day: dt.date | None) -> dt.date | None:
    """The later day of the traveller's own arrival or start that the sentence of a departure dated `day` (date
    mention d) goes on with: "توجه أوباما مساء الثلاثاء إلى إسرائيل حيث سيبدأ الأربعاء جولة" (left on Tuesday
    evening for Israel, where he begins on Wednesday a tour) is Wednesday's visit. A departure verb (or a verb of
    setting out) before d, outside quotes; after d a masculine verb of arriving or starting (grammar.yaml
    later_start_verbs) after its clause's link or with a glued wa-, no relative pronoun ("القمة التي تبدأ غدا", the
    summit that begins tomorrow, is the summit's); its day right after it, a day later but within LATER_DAYS. A
    departure told with no later day keeps its own ("غادر قنديل القاهرة صباح الإثنين متوجها إلى بغداد")."""
    if day is None or d.precision != "day":
        return None
    s, e = art.sentences[i]
    leaving = trigger_words("departure_verbs") | grammar_words("setting_out_verbs")
    if not any(fold_term(w.group()).removeprefix(WA) in leaving and not art.in_quote(s + w.start())
               for w in re.finditer(r"\S+", art.text[max(s, d.start - DEPARTURE_CHARS):d.start])):
        return None
    words = list(re.finditer(r"\S+", art.text[d.end:e]))
    for k, w in enumerate(words):
        word = fold_term(w.group().strip("\u060c,"))
        linked = k > 0 and fold_term(words[k - 1].group().strip("\u060c,")) in grammar_words("later_start_links")
        if not (word in grammar_words("later_start_verbs") and linked or word.startswith(WA)
                and word.removeprefix(WA) in grammar_words("later_start_verbs")):
            continue
        end = d.end + w.end()
        later = next((x for x in art.dates.get(i, []) if x.start >= end and x.precision == "day" and x.date is not None
                      and len(art.text[end:x.start].split()) <= START_GAP_WORDS), None)
        if later is None:
            return None
        value = _after(day, later)
        return value if value is not None and 0 < (value - day).days <= LATER_DAYS else None
    return None


ARRIVAL_SENTENCES = 5  # from a departure's sentence to the one opening with the traveller's arrival
ARRIVAL_SUBJECT_CHARS = 30  # from "ويصل" over the traveller's title to his name: "ويصل الرئيس أوباما"
ARRIVAL_CLAUSE_WORDS = 12  # from the arrival verb over its subject and goal to its day: "إلى إسرائيل في وقت لاحق الأربعاء"


def later_arrival(art: Article, i: int, d: Any, day: dt.date | None) -> dt.date | None:
    """The later day of the traveller's own arrival that a sentence after a departure dated `day` (date mention d of
    sentence i) opens with: "غادر الرئيس أوباما واشنطن الليلة الماضية متوجها إلى إسرائيل ... ويصل الرئيس أوباما إلى
    إسرائيل في وقت لاحق الأربعاء 20 مارس" (Obama left Washington last night heading for Israel ... President Obama
    arrives in Israel later on Wednesday 20 March) is Wednesday's visit, the arrival's, as later_start reads one told
    in the departure's own sentence. The arrival's sentence, within ARRIVAL_SENTENCES, opens with a glued wa- and a
    verb of arriving or starting (grammar.yaml later_start_verbs: "ويصل", not a relative clause's), has the departure's
    traveller named right after it (the first leader after the departure verb), a place of a country the departure
    goes to after him, and its own day in its first clause, a day later but within LATER_DAYS. A departure whose
    traveller arrives elsewhere ("ويصل ... إلى الأردن الجمعة", another leg) keeps its day."""
    if day is None or d.precision != "day":
        return None
    s, _ = art.sentences[i]
    leaving = trigger_words("departure_verbs") | grammar_words("setting_out_verbs")
    lo = max(s, d.start - DEPARTURE_CHARS)
    starts = [lo + w.end() for w in re.finditer(r"\S+", art.text[lo:d.start])
              if fold_term(w.group()).removeprefix(WA) in leaving and not art.in_quote(lo + w.start())]
    if not starts:
        return None
    traveller = next((m for m in art.leaders.get(i, []) if m.start >= starts[0]), None)
    goals = {p.country for p in art.places.get(i, []) if p.start >= starts[0] and p.country is not None}
    if traveller is None or not goals:
        return None
    verbs = grammar_words("later_start_verbs")
    for j in range(i + 1, min(len(art.sentences), i + 1 + ARRIVAL_SENTENCES)):
        js, je = art.sentences[j]
        first = re.match(r"\s*(\S+)", art.text[js:je])
        word = fold_term(first.group(1)) if first else ""
        if not (word.startswith(WA) and word.removeprefix(WA) in verbs) or art.in_quote(js + first.start(1)):
            continue
        end = js + first.end(1)
        subject = next((m for m in art.leaders.get(j, []) if 0 <= m.start - end <= ARRIVAL_SUBJECT_CHARS), None)
        if subject is None or pid(subject) != pid(traveller):
            return None  # another's arrival, or his own unnamed: the departure keeps its day
        clause = re.split("[\u060c,]", art.text[subject.end:je])[0]
        hi = subject.end + len(clause)
        if not any(subject.end <= p.start < hi and p.country in goals for p in art.places.get(j, [])):
            return None
        later = next((x for x in art.dates.get(j, []) if subject.end <= x.start < hi and x.precision == "day"
                      and x.date is not None and len(art.text[end:x.start].split()) <= ARRIVAL_CLAUSE_WORDS), None)
        value = _after(day, later) if later is not None else None
        return value if value is not None and 0 < (value - day).days <= LATER_DAYS else None
    return None


def _after(day: dt.date, later: Any) -> dt.date | None:
    """The date of mention `later` told after a departure on `day`: a bare weekday is the first such weekday after
    it ("الأربعاء" after a Tuesday's departure), whatever the publication day; a full date is its own."""
    if getattr(later, "kind", None) == "weekday" and getattr(later, "said", None) is None:
        return resolve_weekday(later.date.weekday(), day, "future", strict=True)
    return later.date
