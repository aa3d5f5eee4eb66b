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
So is a meeting told only in its aftermath (_aftermath): its own day is before publication's, the lead tells a
later day for what was said or done after it, and it is named only as a frame or a saying's subject ("أعلن
الرئيس الأربعاء أنه أبلغ نظيره خلال القمة ...", "إن قمة الاثنين ..."). So is a meeting told only through the
reaction it stirred (_reaction): "أشعلت تصريحات الرئيس خلال القمة عاصفة من الانتقادات" (the president's remarks at
the summit set off a storm of criticism), "دافع الرئيس عن لقائه مع نظيره وسط انتقادات" (defended his meeting amid
criticism): the storm is the news. Read by merge._demote_unreported."""
from __future__ import annotations

from tasks.extract.visits.article import Article, Candidate, lead_sentence
from tasks.extract.visits.invitations import invitation
from tasks.extract.visits.leaders import pid
from tasks.extract.visits.plans import plan_cue
from tasks.extract.visits.return_leg import returned_after
from tasks.extract.visits.timing import under_way
from tasks.extract.visits.triggers import trigger_spec
from ziyarat.arabic import WA, fold_term
from ziyarat.lexicon import grammar_words, trigger_words
from ziyarat.matching import Hit

ANCHOR_WORDS = 3  # "بعد ساعات على زيارة", "بعد عودته من قمة": the after-word and at most two words to the noun


def anchored_only(art: Article, group: list[Candidate]) -> bool:
    """Every mention of the pair is a meeting noun anchoring another, later act (see the module's docstring)."""
    return bool(group) and (all(_anchor(art, c) for c in group) or _aftermath(art, group) or _reaction(art, group))


def _bare(art: Article, c: Candidate) -> bool:
    """c is a meeting noun, no verb, not ahead, not under way, not a visit a return home ends, in a sentence no
    meeting verb tells a meeting of its own."""
    h = c.hit
    if not h.group.startswith("t:") or trigger_spec(h.group).get("tense") or "س" in h.prefix or c.future \
            or under_way(art, h) or returned_after(art, h):
        return False
    # "التقى الرئيس الملك بعد يوم من وصوله" (met the king a day after his arrival): a meeting verb tells a meeting
    # as the sentence's own news; so does "بعد عودته من زيارة التقى خلالها" (met during it)
    return not any(trigger_spec(t.group).get("tense") for t in art.by_sent.get(c.sentence, ()) if t.group.startswith("t:"))


def _anchor(art: Article, c: Candidate) -> bool:
    h = c.hit
    if not _bare(art, c):
        return False
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


LEAD_WINDOW = 2  # the lead and the sentence after it: where the article tells its own news and its day


def _aftermath(art: Article, group: list[Candidate]) -> bool:
    """The aftermath of a meeting: a bare meeting noun of the pair dates the meeting by its own day before
    publication's, the lead (or the sentence after it) dates a saying by a later day, up to publication's, in a
    sentence naming no leader outside the pair (_said_on), and every mention of the pair is a bare meeting noun framed by a
    preposition or opening a saying's "that"-clause (_framed_noun). "ذكرت الوكالة الأربعاء أن الزعيم دعا الرئيس
    لزيارة بلاده خلال القمة التي جمعتهما الثلاثاء" (the agency reported on Wednesday that the leader invited the
    president during the summit that brought them together on Tuesday), "كتب الرئيس إن قمة الاثنين مع نظيره
    كانت ناجحة" (wrote that Monday's summit with his counterpart was a success) under a lead dated Wednesday: the
    news is what was said or done after the summit. Not a summit told on its own day, nor one whose later day is
    another leader's news ("انتهى لقاء الرئيس مع الزعيم الثلاثاء" under which "قال الرئيس خلال غداء الاثنين مع
    رئيس الوزراء" stays news of the same trip), nor a meeting a verb tells anywhere (_bare)."""
    pub = art.published
    if pub is None or not all(_bare(art, c) and trigger_spec(c.hit.group)["role"] == "meet" for c in group):
        return False
    days = [c.date for c in group if c.date is not None and c.precision == "day" and c.date_strong]
    if not days or min(days) >= pub:
        return False
    held, lead = min(days), lead_sentence(art)
    pair = {pid(group[0].visitor), pid(group[0].host)}
    if lead is None or any(_trip_now(art, k, pair) for k in range(lead, lead + LEAD_WINDOW)):
        return False
    return any(
        _said_on(art, d) and held < d.date <= pub and {pid(m) for m in art.leaders.get(k, [])} <= pair
        for k in range(lead, lead + LEAD_WINDOW) for d in art.dates.get(k, [])) and all(_framed_noun(art, c) for c in group)


HELD_WORDS = 2  # from a meeting noun to a verb telling it held: "اجتماعا جرى", "القمة الثلاثية عقدت"
SAID_WORDS = 8  # from a speech verb over its subject to the saying's day: "ذكرت وكالة الأنباء الكورية الشمالية الرسمية الأربعاء"


def _said_on(art: Article, d) -> bool:
    """d is a day dating a saying: a speech verb (triggers speech_verbs) among the words right before it ("أعلن
    الرئيس الأمريكي دونالد ترامب الأربعاء"), no day of another act ("التي انطلقت أمس وتختتم اليوم")."""
    said = trigger_words("speech_verbs")
    words = art.folded_slice(art.sentences[art.sent_of(d.start)][0], d.start).split()[-SAID_WORDS:]
    return d.precision == "day" and d.date is not None and any(w.strip("\u060c,").removeprefix(WA) in said for w in words)


def _trip_now(art: Article, k: int, pair: set[str]) -> bool:
    """Sentence k names a side and a visit or arrival word neither ahead, planned nor invited: "أعرب الرئيس
    السبت عن سروره لزيارة روسيا" (expressed on Saturday his pleasure at his visit to Russia) tells the trip
    the meeting belongs to, still the news; "دعا الزعيم الرئيس لزيارة بلاده" (invited him to visit) does not."""
    return bool(pair & {pid(m) for m in art.leaders.get(k, [])}) and any(
        t.group.startswith("t:") and trigger_spec(t.group)["role"] in ("visit", "arrive")
        and trigger_spec(t.group).get("tense") != "future" and invitation(art, k, t) is None
        and not plan_cue(art, k, t) for t in art.by_sent.get(k, ()))


def _framed_noun(art: Article, c: Candidate) -> bool:
    """The word before c's meeting noun is a frame preposition (grammar frame_prepositions: "خلال القمة",
    "في قمة", "بعد القمة") or the "that" opening a saying (triggers complementizers: "إن قمة الاثنين"); an ordinal
    "first" between them is passed over: "عقب أول قمة رسمية بينهما" (after their first official summit)."""
    words = [fold_term(w.strip("\u060c,").removeprefix(WA)) for w in art.words_before(art.word_start(c.hit.start), 2)]
    firsts = {fold_term(w) for w in grammar_words("first_ordinals")}
    words = words[:-1] if len(words) == 2 and words[-1] in firsts else words[-1:]
    if words and words[0] in {fold_term(w) for w in grammar_words("frame_prepositions")}:
        return True
    # not a meeting the saying tells as held: "أكد مصدر اليوم أن اجتماعا جرى أمس" (that a meeting took place)
    after = art.folded_slice(art.word_end(c.hit.end), art.sentences[c.sentence][1]).split()[:HELD_WORDS]
    return bool(words) and words[0] in {fold_term(w) for w in trigger_words("complementizers")} and not any(
        w.strip("\u060c,") in trigger_words("past_event_verbs") for w in after)


REACTION_WORDS = 12  # from the reaction verb to the meeting noun, and from it to the reaction noun (past two full names)


def _reaction(art: Article, group: list[Candidate]) -> bool:
    """A meeting told only through the reaction it stirred: the lead names a bare meeting noun of the pair after a
    reaction verb and before a reaction noun (_stirred: "أطلق لقاء الرئيسين في العاصمة سجالا", the leaders'
    meeting in the capital set off a row), every other mention of the pair is a bare meeting noun too or a
    meeting ahead ("ألا يلتقي نظيره مرة أخرى", not to meet him again), and none dates the meeting on
    publication's day. Not a meeting a verb tells ("التقى الرئيس نظيره الاثنين وأثار المؤتمر الصحفي جدلا"), nor
    one told on its own day ("أثارت قمة اليوم جدلا"), nor a visit's (a visitor abroad stirs the storm under way).
    The storm needs no publication day: undated, only a day word by a lead's meeting noun (which may be today's:
    "أثارت قمة الثلاثاء جدلا") keeps it reported; days by the nouns further down are unknown, and most are the
    meeting's own day told again."""
    pub, lead = art.published, lead_sentence(art)
    if lead is None or not all(
            trigger_spec(c.hit.group)["role"] == "meet" and (_bare(art, c) or _meeting_ahead(c)) for c in group):
        return False
    if any(c.date_strong and (c.sentence == lead if pub is None else c.date == pub and c.precision == "day")
           for c in group):
        return False
    return any(c.sentence == lead and not _meeting_ahead(c) and _stirred(art, c) for c in group)


def _meeting_ahead(c: Candidate) -> bool:
    return bool(c.future or trigger_spec(c.hit.group).get("tense") == "future")


def _stirred(art: Article, c: Candidate) -> bool:
    """A reaction verb (grammar reaction_verbs) among the REACTION_WORDS words before c's meeting noun and a
    reaction noun (grammar reaction_nouns) among the REACTION_WORDS words after it."""
    s, e = art.sentences[c.sentence]
    before = art.folded_slice(s, art.word_start(c.hit.start)).split()[-REACTION_WORDS:]
    after = art.folded_slice(art.word_end(c.hit.end), e).split()[:REACTION_WORDS]
    return any(w.strip("\u060c,").removeprefix(WA) in grammar_words("reaction_verbs") for w in before) and any(
        w.strip("\u060c,.").removeprefix(WA) in grammar_words("reaction_nouns") for w in after)
