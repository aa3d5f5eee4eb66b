"""A meeting told only as the time anchor of other news: the meeting noun sits in an "after" phrase that dates
another act, done later, and the article tells the meeting nowhere as its own news. "شنت القوات غارات ليل السبت
بعد ساعات على زيارة الرئيس إلى المدينة" (the forces carried out raids on Saturday night, hours after the
president's visit to the city: a span between the two), "وجه الزعيم رسالة إلى نظيره بعد عودته من قمة بين
الزعيمين" (the leader sent his counterpart a letter after coming back from a summit of the two: the return
between), "قال الرئيس الأربعاء بعد القمة التي جمعته الثلاثاء بنظيره" (said on Wednesday, after the summit that
brought him and his counterpart together on Tuesday: the act told on publication's day, the meeting a day
before), and a headline that itself sets the meeting after an after-word ("بعد القمة مع الزعيم.. ترشيح الرئيس
لجائزة", after the summit with the leader, the president nominated for a prize). The meeting is behind the news:
referenced. Not a saying after a meeting held the same day ("وقال الرئيس في مؤتمر صحفي بعد محادثاته مع نظيره
أمس", he said at a press conference after his talks with his counterpart yesterday: the talks are the news), nor
a meeting a visit word of the pair tells elsewhere (every mention must be such an anchor), nor a visit a return
home or a departure ends ("يعود إلى بلاده بعد زيارة", return_leg: the visit just ended is the news).
Read by merge._demote_unreported."""
from __future__ import annotations

from tasks.extract.visits.article import Article, Candidate
from tasks.extract.visits.return_leg import returned_after
from tasks.extract.visits.timing import under_way
from tasks.extract.visits.triggers import trigger_spec
from ziyarat.arabic import WA
from ziyarat.lexicon import grammar_words, trigger_words
from ziyarat.matching import Hit

ANCHOR_WORDS = 3  # "بعد ساعات على زيارة", "بعد عودته من قمة": the after-word and at most two words to the noun


def anchored_only(art: Article, group: list[Candidate]) -> bool:
    """Every mention of the pair is a meeting noun anchoring another, later act (see the module's docstring)."""
    return bool(group) and all(_anchor(art, c) for c in group)


def _anchor(art: Article, c: Candidate) -> bool:
    h = c.hit
    if not h.group.startswith("t:") or trigger_spec(h.group).get("tense") or "س" in h.prefix or c.future \
            or under_way(art, h) or returned_after(art, h):
        return False
    if any(trigger_spec(t.group).get("tense") for t in art.by_sent.get(c.sentence, ()) if t.group.startswith("t:")):
        return False  # "التقى الرئيس الملك بعد يوم من وصوله" (met the king a day after his arrival): a meeting verb
        # tells a meeting as the sentence's own news; so does "بعد عودته من زيارة التقى خلالها" (met during it)
    words = _before(art, h.start)
    if len(words) == ANCHOR_WORDS and words[0] in grammar_words("after_words") and (
            words[1] in grammar_words("time_units") and words[2] in grammar_words("after_span_links")
            or words[1] in trigger_words("returner_nouns") and words[2] == "من"):
        return True  # "بعد ساعات على زيارة" (hours after the visit), "بعد عودته من قمة" (after his return from a summit)
    if not words or words[-1] not in grammar_words("after_words"):
        return False
    return _told_later(art, c) or _headline_after(art)


def _before(art: Article, pos: int) -> list[str]:
    """The words right before pos, back to the nearest after-word within ANCHOR_WORDS, without a leading "و"."""
    words = [w.strip("\u060c,").removeprefix(WA) for w in art.words_before(art.word_start(pos), ANCHOR_WORDS)]
    after = grammar_words("after_words")
    k = next((k for k in range(len(words) - 1, -1, -1) if words[k] in after), None)
    return words[k:] if k is not None else []


def _told_later(art: Article, c: Candidate) -> bool:
    """The meeting is dated by its own day before publication's, and its sentence tells publication's day too
    for the act (another day, told outside the meeting's date): "قال الزعيم، بعد القمة التي جمعته الثلاثاء
    بالرئيس، إن ...، نقلا عن الوكالة، الأربعاء" in a Wednesday article."""
    pub = art.published
    if pub is None or c.date is None or c.precision != "day" or not c.date_strong or c.date >= pub:
        return False
    return any(d.precision == "day" and d.date == pub for d in art.dates.get(c.sentence, []))


def _headline_after(art: Article) -> bool:
    """The headline names a meeting only after an after-word, no trip's end nor departure in it: "بعد القمة مع
    الزعيم.. ترشيح الرئيس لجائزة" (after the summit with the leader: the nomination is the news)."""
    head = art.headline() if art.headline is not None else None
    if head is None:
        return False
    hits = [t for j in range(len(head.sentences)) for t in head.by_sent.get(j, ()) if t.group.startswith("t:")]
    ends = trigger_words("return_words") | trigger_words("origin_cues") | grammar_words("visit_end_nouns")
    words = {w.removeprefix(WA) for w in head.folded_slice(0, len(head.text)).split()}
    if not hits or words & ends or any(w.startswith(s) or w[1:].startswith(s) for w in words
                                       for s in grammar_words("leave_stems")):
        return False
    return all(not trigger_spec(t.group).get("tense") and _ends_after(head, t) for t in hits)


def _ends_after(head: Article, t: Hit) -> bool:
    """The headline's meeting noun t stands right after an after-word (or its span: "بعد أيام على")."""
    words = _before(head, t.start)
    return len(words) == 1 or len(words) == ANCHOR_WORDS and words[1] in grammar_words("time_units")
