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
kept. A page whose every paragraph opens as a story (a round-up of the day's news) has no such body: kept.

Links to other pages set inside the body are other stories too (link_lines): a line opening with a link cue and a
colon (grammar.yaml link_cues: "للمزيد:", for more; "اقرأ أيضا:", read also), or a run of two or more short lines with
no closing stop, set between two body paragraphs (a page's list of related headlines: "ترامب وكيم يوقعان على وثيقة
مشتركة عقب محادثات تاريخية", Trump and Kim sign a joint document after historic talks). A meeting told as
news in a cued line is dropped; one in a run of headlines is dropped when the page's own text tells the same pair
(its reading, an earlier or a planned meeting, is the page's), and kept when only the headline names it (a same-day
headline of the trip under way: "الرئيس الهندي يستقبل مرسي"). A lone short line is a subheading and stays."""
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
LINK_MAX_WORDS = 16  # a related headline is a short line: "قمة ترامب وبوتين: ما يجب أن تعرفه عن اجتماع الزعيمين"
LINK_RUN = 2  # related headlines come in a run of lines; a lone short line is a subheading
STOPS = ".!?\u061f\u2026"  # a line that ends with one of these (past closing quotes) is a sentence, not a headline
CLOSERS = " \"'\u00bb\u201d)"  # closing quotes and brackets after a line's last stop


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
    """The candidates, less those told in a link to another page (link_lines) and those told in the appended
    story leads (tail_start) whose two leaders the page names nowhere before them."""
    if not cands:
        return cands
    if any(c.kind == "reported" for c in cands):
        cued, runs = link_lines(art)
        cands = [c for c in cands if not _linked(c, cands, cued, runs)]
    start = tail_start(art)
    if start is None:
        return cands
    before = _named_before(art, start)
    return [c for c in cands if not _appended(c, start, before)]


def _linked(c: Candidate, cands: list[Candidate], cued: list[tuple[int, int]], runs: list[tuple[int, int]]) -> bool:
    """c is a reported meeting told in a link to another page: a cued link line, or a run of related headlines when
    the page's own text gives the same pair a candidate (its reading, earlier or planned, is the page's)."""
    if c.kind != "reported":
        return False
    if any(s <= c.hit.start < e for s, e in cued):
        return True
    links = cued + runs
    inside = lambda x: any(s <= x.hit.start < e for s, e in links)  # noqa: E731
    pair = {pid(c.visitor), pid(c.host)}
    return inside(c) and any(not inside(o) and {pid(o.visitor), pid(o.host)} == pair for o in cands)


def link_lines(art: Article) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The (start, end) of the lines that link to other pages: (those opening with a link cue and a colon, those
    in a run of LINK_RUN or more short lines with no closing stop between two body paragraphs)."""
    paras = _paragraphs(art.text)
    texts = [art.text[s:e].strip() for s, e in paras]
    cued = [p for p, t in zip(paras, texts) if _cued_link(t)]
    out = []
    short = [_headline_like(t) for t in texts]
    k = 1
    while k < len(paras):
        end = k
        while end < len(paras) and short[end]:
            end += 1
        if end - k >= LINK_RUN and end < len(paras) and _body_line(texts[k - 1]) and _body_line(texts[end]):
            out.extend(paras[k:end])
        k = max(end, k + 1)
    return cued, out


def _cued_link(line: str) -> bool:
    """The line opens with a link cue and a colon: "للمزيد: ..." (for more), "اقرأ أيضا: ..." (read also)."""
    folded = fold_term(line)
    return any(folded.startswith(c) and folded[len(c):].lstrip()[:1] == ":" for c in grammar_words("link_cues"))


def _headline_like(line: str) -> bool:
    """A short line with no closing stop, opening as a story does (not "و", a quotation or a list mark)."""
    words = line.split()
    return 0 < len(words) <= LINK_MAX_WORDS and line.rstrip(CLOSERS)[-1:] not in STOPS + ":" \
        and line[:1] not in QUOTE_OPENERS + "-*\u2022\u2013(" and not line[:1].isdigit() and not _continues(_head(line))


def _body_line(line: str) -> bool:
    """A body paragraph: a sentence of LEAD_MIN_WORDS words or more ending with a stop."""
    return len(line.split()) >= LEAD_MIN_WORDS and line.rstrip(CLOSERS)[-1:] in STOPS


def told_in_link(art: Article, c: Candidate) -> bool:
    """c stands in a link to another page (for ``ziyarat explain``: other_stories dropped it)."""
    return c.kind == "reported" and any(s <= c.hit.start < e for s, e in sum(link_lines(art), []))


def told_in_appended_lead(art: Article, c: Candidate) -> bool:
    """other_stories drops c (for ``ziyarat explain``)."""
    start = tail_start(art)
    return start is not None and _appended(c, start, _named_before(art, start))


def _named_before(art: Article, start: int) -> set[str]:
    return {pid(m) for i, ms in art.persons.items() if art.sentences[i][0] < start for m in ms}


def _appended(c: Candidate, start: int, before: set[str]) -> bool:
    return c.hit.start >= start and pid(c.visitor) not in before and pid(c.host) not in before
