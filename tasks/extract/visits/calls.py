"""Calls told as talks: "أجرى مون وترامب محادثات، الأحد ..." followed by "وقال مكتب الرئاسة
إن مون وترامب تحدثا هاتفيا" (Moon and Trump held talks on Sunday ... the presidency said they
spoke by phone): the next sentence says the talks were a call. visits.candidates reads it."""
from __future__ import annotations

from tasks.extract.visits.article import Article, Candidate
from tasks.extract.visits.leaders import pid
from tasks.extract.visits.triggers import definite, trigger_spec
from ziyarat.arabic import fold_term
from ziyarat.lexicon import grammar_words, trigger_words


def call_told_next(art: Article, c: Candidate) -> bool:
    """Candidate c is a meeting told as held with no place, in a sentence with no trip
    in it (no arrival or visit word), and the next sentence tells a call (outside
    quotations; not a letter or greetings) naming one or both of the pair and no other
    leader: the talks were that call."""
    i = c.sentence
    if c.kind != "reported" or c.planned or c.city is not None or c.country is not None \
            or trigger_spec(c.hit.group)["role"] != "meet":
        return False
    if any(trigger_spec(h.group)["role"] in ("arrive", "visit") for h in art.by_sent.get(i, ()) if h.group.startswith("t:")):
        return False
    j = i + 1
    calls = trigger_words("call_words")
    named = {pid(m) for m in art.leaders.get(j, [])}
    if bool(named) and named <= {pid(c.visitor), pid(c.host)} \
            and any(not art.in_quote(x.start) and fold_term(x.term) in calls for x in art.cues(j, "c:remote_contact")):
        return True
    return also_after_call(art, c) or call_with_other(art, c)


CALL_AHEAD = 3  # sentences after the talks that may tell the call they were
CALL_OBJECT_CHARS = 3  # from a call word to the leader called: "اتصال هاتفي بالرئيس" (bi- glued to the title)


def call_with_other(art: Article, c: Candidate) -> bool:
    """Talks told in the article's first sentence, and a sentence a little further on that names both of the
    pair tells a call with one of them right after the call word: "قال ترامب إن محادثات مطولة جرت بينه وبين
    الرئيس الكوري الجنوبي" ... "وذلك بعد اتصال هاتفي بالرئيس الكوري الجنوبي" (Trump said lengthy talks took
    place between him and the South Korean president ... after a phone call with the South Korean president): the
    talks were that call. Only for the first sentence's talks with no place (call_told_next's checks)."""
    if c.sentence != 0:
        return False
    pair = {pid(c.visitor), pid(c.host)}
    calls = trigger_words("call_words")
    for j in range(c.sentence + 1, min(c.sentence + 1 + CALL_AHEAD, len(art.sentences))):
        named = art.leaders.get(j, [])
        if not pair <= {pid(m) for m in named}:
            continue
        for x in art.cues(j, "c:remote_contact"):
            if not art.in_quote(x.start) and fold_term(x.term) in calls and any(
                    pid(m) in pair and 0 <= m.start - art.word_end(x.end) <= CALL_OBJECT_CHARS for m in named):
                return True
    return False


ALSO_WORDS = 2  # words between the meeting word and its "also", either side: "أجرى أيضا محادثات", "التقى الأربعاء أيضا"


def also_after_call(art: Article, c: Candidate) -> bool:
    """Talks told "also" ("أجرى آبي أيضا محادثات الأربعاء مع رئيس كوريا الجنوبية", Abe also held talks on
    Wednesday with South Korea's president) after an earlier sentence tells a call with one of the pair: the
    same way of talking, another call. Not after greetings or a message someone brought (no call word):
    "التقى السيسي ميدفيديف الذي نقل له تهنئة بوتين ... والتقى السيسي كذلك مع تسيبراس" (met Medvedev,
    who conveyed Putin's congratulations ... Sisi also met Tsipras) tells two meetings."""
    words = [fold_term(w.strip("،,")) for w in art.text[c.hit.end:c.hit.end + 60].split()[:ALSO_WORDS + 1]] \
        + [fold_term(w.strip("،,")) for w in art.text[max(0, c.hit.start - 40):c.hit.start].split()[-ALSO_WORDS:]]
    if not set(words) & grammar_words("also_words"):
        return False
    pair = {pid(c.visitor), pid(c.host)}
    calls = trigger_words("call_words")
    return any(any(not art.in_quote(x.start) and fold_term(x.term) in calls for x in art.cues(j, "c:remote_contact"))
               and {pid(m) for m in art.leaders.get(j, [])} & pair for j in range(c.sentence))


LEAD_SENTENCES = 2  # the sentences naming leaders that may tell the article's call
COUNTERPART_CHARS = 8  # from a talks noun to its "الرئيسين" (the two presidents): "المحادثات بين الرئيسين"


def call_in_lead(art: Article, cands: list[Candidate]) -> list[Candidate]:
    """An article whose lead tells a call between two leaders ("بحث الرئيسان ... خلال اتصال هاتفي اليوم", the
    two presidents discussed ... in a phone call today) has that call for its news: a meeting of the same pair it
    tells further on ("بعد أيام قليلة من الزيارة التي قام بها أولاند لموسكو", "في ختام محادثات هولاند مع بوتين
    الخميس في موسكو") is the visit behind the call, referenced. The lead is the first sentence naming leaders;
    not when it tells a trip too. A later definite talks noun with no place whose sides are a counterpart word
    ("وتأتي المحادثات بين الرئيسين بعد أن وجه ترامب تحذيرا ... لدعمها الأسد", the talks between the two presidents
    come after Trump warned ... for backing Assad) is that call again, no meeting of the leaders the sentence
    names: dropped (the_call_again; no city, whatever country its clause names). Returns the candidates kept."""
    calls = trigger_words("call_words")
    # the first two sentences naming leaders: a photo's caption ("بوتين وهولاند") may come before the lead
    for lead in sorted(i for i, ms in art.leaders.items() if ms)[:LEAD_SENTENCES]:
        named = {pid(m) for m in art.leaders.get(lead, [])}
        if len(named) == 2 and any(not art.in_quote(x.start) and fold_term(x.term) in calls
                                   for x in art.cues(lead, "c:remote_contact")):
            break
    else:
        return cands
    if any(h.group.startswith("t:") and trigger_spec(h.group)["role"] in ("arrive", "visit") for h in art.by_sent.get(lead, ())):
        return cands
    pair = [c for c in cands if {pid(c.visitor), pid(c.host)} == named]
    if any(c.sentence < lead for c in pair):
        return cands  # the meeting was told first: "أجرى بوتين وأردوغان محادثات في موسكو ... وتحدثا هاتفيا بعدها"
    for c in pair:
        if c.kind == "reported" and c.sentence != lead:
            c.kind = "referenced"
    return [c for c in cands if not (c.sentence > lead and the_call_again(art, c))]


def the_call_again(art: Article, c: Candidate) -> bool:
    """c is told by a definite talks noun ("المحادثات", the talks) with no city, a counterpart word right after
    it ("بين الرئيسين", between the two presidents) and no tense of its own: the lead's call told again."""
    h = c.hit
    if c.kind != "reported" or c.city is not None or not definite(h) \
            or trigger_spec(h.group)["role"] != "meet" or trigger_spec(h.group).get("tense"):
        return False
    return any(0 <= x.start - h.end <= COUNTERPART_CHARS for x in art.cues(c.sentence, "c:counterpart"))
