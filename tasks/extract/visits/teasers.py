"""Other stories appended below a page: some outlets end an article with the leads of related stories, one
paragraph each, with no heading the cleaner could cut at ("... وأضاف المتحدث أن الحكومة ستعلن القرار قريبا."
then "أعلن الجيش، الثلاثاء، ..." then "استقبل الملك، الأحد، الرئيس ..."). A meeting told in such a lead is
another page's news, not this one's.

The page shows them by their shape: a run of closing paragraphs, reaching the page's end, each opening as a
story does (a verb or a noun, not "و" or "ف", nor a closing note's "كما", "جاء ذلك", "يذكر أن":
grammar.yaml continuation_openers, background_notes), at least two of which carry a weekday of their own near
their head (", الثلاثاء،"); and before them a body written on from its own lead (at least one paragraph after
the first opens with "و" or a continuation word). A meeting in the run whose leaders the body before the run
never names is dropped; one whose leader the body names (the lead's visit retold in a closing paragraph) is
kept. A page whose every paragraph opens as a story (a round-up of the day's news) has no such body: kept."""
from __future__ import annotations

from functools import cache

from tasks.extract.calendar import calendar_words
from tasks.extract.visits.article import Article, Candidate
from tasks.extract.visits.leaders import pid
from ziyarat.arabic import WA, fold_term
from ziyarat.lexicon import grammar_words

MIN_RUN = 2  # closing paragraphs with a weekday of their own
HEAD_WORDS = 30  # a lead's weekday stands within its first words
QUOTE_OPENERS = "\"«“'"
QUOTED = "<q>"
LEAD_MIN_WORDS = 12  # a story lead is one sentence of this many words or more
MIN_BODY = 2  # the run starts after the lead and at least one paragraph of its own


@cache
def _openers() -> tuple[frozenset[str], tuple[str, ...]]:
    """(root-waw story verbs, continuation phrases), folded."""
    phrases = grammar_words("continuation_openers") | grammar_words("background_notes") | grammar_words("kana_forms")
    return grammar_words("lead_waw_verbs"), tuple(sorted(phrases, key=len, reverse=True))


def _continues(head: str) -> bool:
    """The folded paragraph head opens with a conjunction ("وقال", "فيما") or a continuation phrase, or
    with a quotation mark (a speech carried on; QUOTED stands for it)."""
    waw_verbs, phrases = _openers()
    words = head.split(maxsplit=1)
    if not words or words[0] == QUOTED:
        return True
    if words[0][:1] == WA and words[0] not in waw_verbs:
        return True
    return any(head == p or head.startswith(p + " ") for p in phrases)


def _paragraphs(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _head(para: str) -> str:
    """The paragraph's first HEAD_WORDS words, folded, QUOTED first when it opens with a quotation mark."""
    head = " ".join(fold_term(w.strip("،,.()")) for w in para.split()[:HEAD_WORDS])
    return QUOTED + " " + head if para.lstrip()[:1] in QUOTE_OPENERS else head


def _story_lead(para: str, head: str) -> bool:
    """A paragraph that opens as a story's lead: a sentence of LEAD_MIN_WORDS words or more (not a
    subheading or a fact line) opening with a word (not a timeline's date) and not carrying on the page."""
    return len(para.split()) >= LEAD_MIN_WORDS and not head[:1].isdigit() and not _continues(head)


def tail_start(art: Article) -> int | None:
    """The text offset where the page's appended story leads begin, or None when it shows none."""
    paras = _paragraphs(art.text)
    weekdays = calendar_words().weekdays
    heads = [_head(art.text[s:e]) for s, e in paras]
    k, dated = len(paras), 0
    while k > MIN_BODY and _story_lead(art.text[paras[k - 1][0]:paras[k - 1][1]], heads[k - 1]):
        k -= 1
        dated += any(w in weekdays or (w[:1] == "ب" and w[1:] in weekdays) for w in heads[k].split())
    if dated < MIN_RUN or k == len(paras) or not any(_continues(h) for h in heads[1:k]):
        return None
    return paras[k][0]


def other_stories(art: Article, cands: list[Candidate]) -> list[Candidate]:
    """The candidates, less those told in the appended story leads (tail_start) whose two leaders the page
    names nowhere before them."""
    if not cands:
        return cands
    start = tail_start(art)
    if start is None:
        return cands
    before = _named_before(art, start)
    return [c for c in cands if not _appended(c, start, before)]


def told_in_appended_lead(art: Article, c: Candidate) -> bool:
    """other_stories drops c (for ``ziyarat explain``)."""
    start = tail_start(art)
    return start is not None and _appended(c, start, _named_before(art, start))


def _named_before(art: Article, start: int) -> set[str]:
    return {pid(m) for i, ms in art.persons.items() if art.sentences[i][0] < start for m in ms}


def _appended(c: Candidate, start: int, before: set[str]) -> bool:
    return c.hit.start >= start and pid(c.visitor) not in before and pid(c.host) not in before
