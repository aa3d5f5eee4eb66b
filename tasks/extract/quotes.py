"""Quoted speech and who said it.

Quotes are the spans between quotation marks: “ ” " « » and the reversed ”...“ pairs
that Arabic sites produce, paired by ziyarat.quotation (inside a paragraph; « always
opens and » always closes; a straight mark's side is read off its neighbours, so one
left unclosed does not pair with the next quote's mark). A quote may run over several
sentences.

The speaker, in this order:

1. *Attribution before* the quote, in its clause: the last speech verb before it
   ("وقال الأسد لبوتين: “...”", wa-qala al-Asad: al-Assad said; "وقال X إن “...”"),
   then the person right after the verb, else the person right before it ("الأسد قال"),
   else an organisation after the verb, possibly behind a carrier noun ("وأشار بيان
   الرئاسة السورية", the statement of the Syrian presidency -> Syrian Presidency), else
   the words after the verb as written (an unknown person: "وتقول آنا بورشفسكايا،
   الباحثة في ..." -> "آنا بورشفسكايا"; a role alone: "مسؤول"). "According to"
   ("وفقا لـ", "بحسب") and weak verbs ("كتب", "وصف") yield to an earlier real speech
   verb of the clause. A generic noun that points back ("وأوضح البيان", the statement)
   takes the last named source.
2. A participle ("معتبراً" mu'tabiran, considering; "مضيفاً" adding) carries on the
   clause's speaker, or the previous sentence's.
3. *Attribution after* the quote: "“...”، قال X", "“...”، كما زعم X", "“...” بحسب X"
   -- the verb opens a new clause (no "و" and/or), close after the quote.
4. A quote that directly follows another ("“...”، “...”") continues its speaker.

Skipped: unattributed quotes, quoted names (“الكرملين“, "لإذاعة “راديو الكل”"), and
scare-quotes: a one-word quote, or a two-word one unless it is introduced by a colon or
sits inside a speaker's reported clause ("قال بيسكوف إن الأسد أجرى “مباحثات مفصلة”").
"""
from __future__ import annotations

import bisect
import re
from functools import cache
from typing import Any

from ziyarat import lexicon
from ziyarat.arabic import BI, QUOTE_MARKS, WA, fold, fold_term, fold_with_map
from ziyarat.quotation import quote_spans
from ziyarat.lexicon import triggers_lexicon
from ziyarat.matching import RangeMatcher

_QUOTE_SET = frozenset(QUOTE_MARKS)
_AFTER_GAP = 80      # chars between a quote and an attribution after it
# A word that is "that" (ان، انه، انها) behind و/ب and between commas or shaddas:
# w.strip("ّ،,").lstrip("وب") in ("ان", "انه", "انها"), for every word at once.
_THAT_WORD_RE = re.compile(r"(?<!\S)[ّ،,]*[وب]*(?:ان|انه|انها)[ّ،,]*(?!\S)")
_ADJACENT = 4        # chars between two quotes of one speaker: "”، “"


@cache
def quote_cues() -> dict[str, Any]:
    """quotes.yaml (attribution cues), loaded once, folded."""
    return {k: frozenset(fold_term(str(w)) for w in v) for k, v in lexicon.quotes_lexicon().items()}


@cache
def _matcher() -> RangeMatcher:
    """Speech verbs and participles, looked for only around the quotes."""
    lex = triggers_lexicon()
    return RangeMatcher({
        "verb": (lex["speech_verbs"], "verb", False),
        "participle": (lex["speech_participles"], "verb", False),
    })


def find_quotes(text: str, sentences: list[tuple[int, int]], mentions: list) -> list[dict]:
    """quotes rows (without article_id): speaker, quote, start, end, speaker_id, verb."""
    spans = quote_spans(text)
    if not spans:
        return []
    if not sentences:
        sentences = [(0, len(text))]
    quoted, near = _quotable(text, spans, sentences)
    if not near:
        return []
    verbs = _matcher().find(fold_with_map(text), near)
    return _Speakers(text, verbs, mentions).rows(spans, quoted)


def _quotable(text: str, spans: list[tuple[int, int]],
              sentences: list[tuple[int, int]]) -> tuple[list[tuple | None], list[tuple[int, int]]]:
    """Per quote, None for one that cannot be speech (empty, a one-word scare-quote
    with no colon: “الاحتلال”), else (core, words, colon, sentence, its start, its
    end); and the stretches its speech verbs can be in: its sentence up to the quote,
    a little after it. A skipped quote changes no state, so the cheap checks come
    first and the dearer ones (a quoted name) last."""
    starts = [s for s, _ in sentences]
    quoted: list[tuple | None] = []
    near: list[tuple[int, int]] = []
    for qs, qe in spans:
        core = text[qs:qe].strip(" .,،:؛")
        n_words = len(core.split(None, 2))  # 0, 1, 2 or more
        colon = text[max(0, qs - 3):qs].rstrip(QUOTE_MARKS + " ").endswith(":")
        if not core or n_words < 2 and not colon:
            quoted.append(None)  # “الاحتلال”
            continue
        si = max(0, bisect.bisect_right(starts, qs) - 1)
        s_start, s_end = sentences[si]
        quoted.append((core, n_words, colon, si, s_start, s_end))
        near.append((s_start, qs))
        near.append((qe, _window_end(qe, s_end)))
    return quoted, near


class _Speakers:
    """Attribution over one article's quotes in text order: the speech verbs found,
    the mentions, and what carries over from quote to quote (the last speaker, the
    last organisation or carrier source, the previous quote)."""

    def __init__(self, text: str, verbs: list, mentions: list):
        self.text, self.qlex = text, quote_cues()
        self.verbs, self.vstarts = verbs, [h.start for h in verbs]
        self.mentions = mentions
        self.persons = sorted((m for m in mentions if m.entity_type == "person"), key=lambda m: m.start)
        self.pstarts = [m.start for m in self.persons]
        self.others = sorted((m for m in mentions if m.entity_type != "person"), key=lambda m: m.start)
        self.ostarts = [m.start for m in self.others]
        self.other_ids = {m.entity_id for m in self.others}
        self._names: set[str] | None = None  # the mentions, folded: a quote that is one is a name
        self.last: tuple[str, str | None, int] | None = None  # speaker, id, sentence
        self.last_source: tuple[str, str | None] | None = None  # the last organisation / carrier source
        self.prev: tuple[int, tuple | None] = (-10, None)  # previous quote's end and speaker

    def rows(self, spans: list[tuple[int, int]], quoted: list[tuple | None]) -> list[dict]:
        """One row per attributed quote."""
        text = self.text
        rows: list[dict] = []
        prev_close = 0
        for (qs, qe), where in zip(spans, quoted):
            if where is None:
                prev_close = qe + 1
                continue
            core, n_words, colon, si, s_start, s_end = where
            lo = max(s_start, prev_close)
            prev_close = qe + 1
            prev = self.prev
            adjacent = prev[1] is not None and qs - prev[0] <= _ADJACENT + 2 and \
                not text[prev[0]:qs].strip(" ،,;" + QUOTE_MARKS)
            v = self.verbs
            before = [h for h in v[bisect.bisect_left(self.vstarts, lo):bisect.bisect_left(self.vstarts, qs)]
                      if h.end <= qs]
            reported = False  # the quote sits in the speaker's "that" clause, resolved by name
            if adjacent:
                speaker, verb = prev[1], None
            elif before:
                speaker, verb, reported = self._attributed_before(before, qs, si, s_start)
            else:
                speaker, verb = _attributed_after(text, qe, s_end, v, self.vstarts, self.persons, self.pstarts,
                                                  self.others, self.ostarts, self.last, si, s_start, self.qlex)
            if speaker is None or not self._speech(core, n_words, colon, reported, adjacent, qs):
                continue
            rows.append({"speaker": speaker[0], "quote": text[qs:qe], "start": qs, "end": qe,
                         "speaker_id": speaker[1], "verb": verb})
            if speaker[1] is None or speaker[1] in self.other_ids:
                self.last_source = speaker if fold_term(speaker[0]) not in self.qlex["anaphora"] else self.last_source
            self.last = (speaker[0], speaker[1], si)
            self.prev = (qe, speaker)
        return rows

    def _attributed_before(self, before: list, qs: int, si: int, s_start: int) -> tuple[Any, str, bool]:
        """(speaker, verb, reported) from the attribution verb before the quote."""
        text, qlex, persons, pstarts, last = self.text, self.qlex, self.persons, self.pstarts, self.last
        h = _main_verb(text, before, qlex)
        verb = text[h.start:h.end]
        if h.group == "participle":
            # "وقال بيسكوف إن ...، موضحاً “...”": the sentence's own speech verb first
            earlier = [v for v in self.verbs[bisect.bisect_left(self.vstarts, s_start):
                                             bisect.bisect_left(self.vstarts, h.start)] if v.group == "verb"]
            speaker = (_after_verb(text, earlier[-1].end, h.start, persons, pstarts) if earlier else None) \
                or _continuing(last, si, persons, pstarts, s_start, h.start)
            return speaker, verb, False
        reported = _has_that(text, h.end, qs)
        speaker = _after_verb(text, h.end, qs, persons, pstarts) or \
            _subject_before(persons, pstarts, s_start, h.start)
        if speaker is None and last and last[2] >= si - 1 and _only_that(text, h.end, qs):
            speaker = last[:2]
        if speaker is None:
            speaker = _named_after(text, h.end, qs, self.others, self.ostarts, qlex)
        if speaker is None:
            speaker = _surface_after(text, h.end, qs, qlex)
            if speaker and fold_term(speaker[0]) in qlex["anaphora"] and self.last_source:
                speaker = self.last_source  # "وأوضح البيان" -> the statement named before
        if speaker is None and _only_that(text, h.end, qs):
            # "الذي قال إنه “...”": the sentence's subject speaks
            reported = False
            speaker = _continuing(None, si, persons, pstarts, s_start, h.start)
        return speaker, verb, reported

    def _speech(self, core: str, n_words: int, colon: bool, reported: bool, adjacent: bool, qs: int) -> bool:
        """Not a scare-quote, a term or a name: “الاحتلال”, “المناطق الآمنة”, “الكرملين“."""
        text = self.text
        if n_words == 2 and reported and not colon and (fold(core).startswith("ال") or _after_ba(text, qs)):
            reported = False  # “المناطق الآمنة”, "المعروف بـ “الجهادي جون”": a term, not speech
        if n_words < 2 or (n_words == 2 and not (colon or reported or adjacent)):
            if not colon:
                return False  # a scare-quote or a title: “الاحتلال”, “العداوة”
        if self._names is None:
            self._names = {fold_term(m.surface) for m in self.mentions}
        return not (_quoted_name(core, self._names) or _introduced_name(text, qs, self.qlex))


def _main_verb(text: str, before: list, qlex: dict) -> Any:
    """The attribution verb of the clause: the last one, unless it is "according to" or a
    weak verb and a real speech verb comes earlier ("وأكد المصدر وفقا لموقع 24 أن")."""
    h = before[-1]
    if h.group == "verb" and (fold_term(h.term) in qlex["according_to"] or fold_term(h.term) in qlex["weak_verbs"]):
        for e in reversed(before[:-1]):
            t = fold_term(e.term)
            if e.group == "verb" and t not in qlex["according_to"] and t not in qlex["weak_verbs"]:
                return e
    return h


def _window_end(qe: int, s_end: int) -> int:
    """Where an attribution after the quote ending at qe must start by."""
    return min(max(s_end, qe + 1) + 1, qe + _AFTER_GAP + 40)


def _attributed_after(text, qe, s_end, verbs, vstarts, persons, pstarts, others, ostarts, last, si, s_start, qlex):
    """"“...”، قال X" / "“...”، كما زعم X" / "“...” بحسب X": a verb opening a clause
    soon after the quote, with no other quote between."""
    window_end = _window_end(qe, s_end)
    for h in verbs[bisect.bisect_left(vstarts, qe):bisect.bisect_left(vstarts, window_end)]:
        gap = text[qe + 1:h.start]  # after the closing mark
        if len(gap) > _AFTER_GAP or any(c in gap for c in QUOTE_MARKS):
            return None, None
        if h.prefix.startswith("و") and fold_term(h.term) not in qlex["according_to"]:
            return None, None  # "” ووصف ..." (and ...): a new sentence, not an attribution
        tail = gap.rstrip()
        if tail and tail[-1] not in "،,:-" and fold(tail.split()[-1]) not in qlex["after_openers"]:
            continue  # the verb must open a clause: "، قال", "كما زعم" -- not "أبي طالب"
        verb = text[h.start:h.end]
        if h.group == "participle":
            return _continuing(last, si, persons, pstarts, s_start, h.start), verb
        hi = min(window_end, h.end + 80)
        return (_after_verb(text, h.end, hi, persons, pstarts) or _named_after(text, h.end, hi, others, ostarts, qlex)
                or _surface_after(text, h.end, hi, qlex)), verb
    return None, None


def _person(m: Any) -> tuple[str, str | None]:
    return (m.name_en or m.surface, m.entity_id)


def _after_verb(text: str, lo: int, hi: int, persons: list, pstarts: list[int]) -> tuple[str, str | None] | None:
    """The first person after the verb, unless "أن" (that) comes between them."""
    i = bisect.bisect_left(pstarts, lo)
    if i < len(persons) and persons[i].start < hi and persons[i].start - lo <= 80:
        gap = fold(text[lo:persons[i].start]).split()
        that = quote_cues()["that_words"]
        if not any(w.strip("ّ") in that or w.lstrip(WA + BI) in that for w in gap):
            return _person(persons[i])
    return None


def _only_that(text: str, lo: int, hi: int) -> bool:
    """The stretch opens with "that" ("إنه", "بأن"); only its first word is folded."""
    for w in text[lo:hi].split():
        fw = fold(w)
        if fw:  # fold(text[lo:hi]).split()[0]: a word of diacritics alone folds away
            return fw.lstrip(BI) in quote_cues()["that_words"]
    return False


def _has_that(text: str, lo: int, hi: int) -> bool:
    """A "that" complementiser between the verb and the quote: reported speech."""
    return _THAT_WORD_RE.search(fold(text[lo:hi])) is not None


def _quoted_name(core: str, names: set[str]) -> bool:
    """The quote is a name of the article: fold_term(core) in names. A long quote is
    not folded whole: folding goes word by word (Unicode normalisation never composes
    across an ASCII space), so first words that fold longer than any name settle it."""
    if not names:
        return False
    longest = max(map(len, names))
    if len(core) > longest + 20:
        cut = core.find(" ", longest + 1)
        if cut > 0 and len(fold_term(core[:cut])) > longest:
            return False
    return fold_term(core) in names


def _introduced_name(text: str, qs: int, qlex: dict) -> bool:
    """The word before the quote names a thing: "لإذاعة “راديو الكل”", "بعنوان “...”"."""
    words = text[max(0, qs - 30):qs - 1].rsplit(None, 1)
    return bool(words) and fold_term(words[-1].strip("،,:")) in qlex["name_introducers"]


def _after_ba(text: str, qs: int) -> bool:
    """The quote follows the preposition bi- ("بـ"): a name or term ("known as ...")."""
    words = text[max(0, qs - 10):qs - 1].split()
    return bool(words) and fold(words[-1]).rstrip("ـ") in ("ب", "بال")


def _subject_before(persons: list, pstarts: list[int], s_start: int, pos: int) -> tuple[str, str | None] | None:
    """SVO: "الأسد قال ..." -- the last person in the sentence right before the verb."""
    for i in range(bisect.bisect_right(pstarts, pos) - 1, bisect.bisect_left(pstarts, s_start) - 1, -1):
        m = persons[i]
        if m.end <= pos and pos - m.end <= 20:
            return _person(m)
    return None


def _continuing(last, si: int, persons: list, pstarts: list[int], s_start: int, pos: int):
    """A participle goes on with the speaker already speaking in this sentence,
    else with the sentence's first person (its subject)."""
    if last and last[2] >= si - 1:
        return last[:2]
    i = bisect.bisect_left(pstarts, s_start)
    return _person(persons[i]) if i < len(persons) and persons[i].start < pos else None


def _named_after(text: str, lo: int, hi: int, others: list, ostarts: list[int],
                 qlex: dict) -> tuple[str, str | None] | None:
    """An organisation or place speaking: "وأشار الكرملين" -> Kremlin; also behind a
    carrier noun: "وأشار بيان الرئاسة السورية" -> Syrian Presidency."""
    for m in others[bisect.bisect_left(ostarts, lo):]:
        if m.start >= hi or m.start - lo > 40:
            break
        gap = fold(text[lo:m.start]).strip(" ،,")
        if not gap or " ".join(gap.split()) in qlex["carriers"]:
            return (m.name_en or m.surface, m.entity_id)
    return None


def _surface_after(text: str, lo: int, hi: int, qlex: dict) -> tuple[str, None] | None:
    """An unknown speaker named as written: up to four words after the verb, stopping
    at a role noun, a relative pronoun or a comma; a leading role noun gives way to a
    following name ("محاميه محمود علي زاده")."""
    words: list[str] = []
    folded: list[str] = []
    for w in text[lo:hi].split(None, 5):  # five words at most
        bare = w.strip("،,:.()")
        fw = fold(bare)
        if not fw or fw in qlex["name_stops"] or not _QUOTE_SET.isdisjoint(w) or \
                not (fw[0].isalpha() or any(ch.isalpha() for ch in fw)):
            break
        if words and fw in qlex["roles"] and folded[0] not in qlex["roles"]:
            break  # "غيوم كلارييه الأستاذ الجامعي": the name ends at the role
        words.append(bare)
        folded.append(fw)
        if w.endswith(("،", ",", ":")) or len(words) == 5:
            break
    if not words:
        return None
    if folded[0] in qlex["carriers"] and len(words) > 1:
        words, folded = words[1:], folded[1:]  # "بيان البنتاغون" -> the Pentagon
    if folded[0] in qlex["roles"]:
        if len(words) > 1 and folded[1] in ("باسم",):
            return (" ".join(words[:5]), None)  # "المتحدثة باسم الشرطة ..."
        if len(words) > 1 and folded[1] not in qlex["roles"] and not folded[1].startswith("ال"):
            return (" ".join(words[1:5]), None)  # "محاميه محمود علي زاده طبطبائي"
        return (words[0], None)  # "مسؤول في هيئة ..." -> "مسؤول"
    return (" ".join(words[:4]), None)
