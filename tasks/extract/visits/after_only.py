"""A meeting told only as what came after it: every mention of the pair is a bare meeting noun right after an
after-word ("بعد قمة", "عقب لقائه", "في أعقاب قمة": after the summit, after his meeting), past the lead, undated,
in a sentence naming no day of publication or the day before, framing a third party's act: "فأكد مسؤول ... أنه بعد
لقاء الرئيس الروسي ... بنظيره الأمريكي ... في هلسينكي، تم توقيع عدة اتفاقات" (an official stressed that after
the Russian president's meeting with his American counterpart in Helsinki several agreements were signed) in a
story on refugees. The summit is its background, told after it ended (visits.merge reads it). A side's own act
after it is the wrap-up's news and is not touched: the noun his ("بعد لقائه", after his meeting), a side named
before the after-word ("وأضاف ماكرون ... بعد لقاء"), or the subject carried on from the sentence before ("وقال
بعد محادثات مع", and he said after talks with); nor is a meeting in the country the lead is set in (the
traveller's trip: "عقب لقاء مرسي وزرداري" past a lead in Islamabad), the lead's own, one a past relative clause tells held ("بعد اللقاء المفاجئ الذي عقد في موسكو",
after the surprise meeting that was held in Moscow), or one dated by a verb or a day of its own."""
from __future__ import annotations

import datetime as dt

from tasks.extract.visits.article import Article, Candidate, lead_sentence
from tasks.extract.visits.framed import frame_words
from tasks.extract.visits.leaders import pid
from tasks.extract.visits.making import cut_short
from tasks.extract.visits.prospects import past_relative
from tasks.extract.visits.timing import under_way
from tasks.extract.visits.triggers import trigger_spec
from ziyarat.arabic import WA, fold_term
from ziyarat.lexicon import grammar_words

FRESH_DAYS = 1  # a day in the sentence this close to publication dates the act after the meeting as the day's news


def after_only(art: Article, group: list[Candidate]) -> bool:
    """Every mention of the pair is an undated meeting noun framed by an after-word past the lead (module doc)."""
    lead = lead_sentence(art)
    return lead is not None and all(
        c.sentence > lead and c.date is None and not c.date_strong and not c.past and not c.future
        and not trigger_spec(c.hit.group).get("tense") and trigger_spec(c.hit.group)["role"] in ("meet", "visit")
        and _after_framed(art, c) and not under_way(art, c.hit) and not cut_short(art, c) and not _fresh_day(art, c)
        and not past_relative(art, c.sentence, c.hit) and not _side_acts(art, c)
        and not ({c.country, c.host.country} - {None}) & _lead_places(art, lead)
        for c in group)


def _after_framed(art: Article, c: Candidate) -> bool:
    """An after-word right before the meeting noun: "بعد قمة", "عقب لقائه", "في أعقاب قمة"."""
    words = [fold_term(w.strip("\u060c,")) for w in art.words_before(art.word_start(c.hit.start), 2)]
    return bool(words) and (words[-1].removeprefix(WA) in grammar_words("after_words")  # folded by grammar_words
                            or " ".join(words[-2:]).removeprefix(WA) in grammar_words("after_phrases"))


def _fresh_day(art: Article, c: Candidate) -> bool:
    """The sentence names a day: of publication or the day before (a dated article), any (an undated one)."""
    days = [d for d in art.dates.get(c.sentence, []) if d.precision == "day"]
    if art.published is None:
        return bool(days)
    return any(d.date is not None and dt.timedelta(0) <= art.published - d.date <= dt.timedelta(days=FRESH_DAYS)
               for d in days)


def _side_acts(art: Article, c: Candidate) -> bool:
    """The act after the meeting is a side's own: the noun has his pronoun ("بعد لقائه"), a side is named
    before the after-word in the sentence, or only one word (a verb whose subject the sentence before named:
    "وقال بعد محادثات") opens the sentence before it."""
    frame = art.word_start(c.hit.start) - 1
    before = art.folded_slice(art.sentences[c.sentence][0], frame).split()[:-frame_words(art, c.hit)]
    sides = {pid(c.visitor), pid(c.host)}
    return bool(c.hit.suffix) or len(before) == 1 or any(
        m.start < frame and pid(m) in sides for m in art.leaders.get(c.sentence, []))


def _lead_places(art: Article, lead: int) -> set[str]:
    """The countries of the places the lead names ("بمقر الجامعة بإسلام أباد"): the scene it is set in. Not a
    nationality adjective: "أعلنت منظمة بولندية" (a Polish group announced) sets no scene in Poland."""
    return {m.country for m in art.places.get(lead, [])} - {None}
