"""A visit told only inside a third party's remarks: "وأضاف الوزير أنهم طلبوا خلال زيارة رئيس الوزراء إلى
بغداد أن ..." (the minister added that they asked, during the prime minister's visit to Baghdad, that ...),
"وقال الخبير إن ... الرئيس انفتح أوروبيا، وزار فرنسا" (the expert said the president opened up to Europe and
visited France): the article's news is the remark; the visit, past and undated, is an earlier one mentioned
in passing (GUIDE: referenced). Only when every mention of the pair is so told past the lead, the lead names
neither leader nor, when an official carrier opens it, a visit, and no speaker is an official carrier of the news
("المتحدث باسم", the spokesman; "بيان", a statement) or a news medium ("الصحيفة", the paper): a spokesman's
account of today's meeting stays news.
visits.aside reads it."""
from __future__ import annotations

import re

from tasks.extract.tense import verb_tense
from tasks.extract.visits.article import Article, Candidate, lead_sentence
from tasks.extract.visits.leaders import pid
from tasks.extract.visits.timing import under_way
from tasks.extract.visits.triggers import trigger_spec
from tasks.extract.visits.undated_day import sentence_day
from ziyarat.arabic import WA, fold_term
from ziyarat.lexicon import grammar_words, quotes_lexicon, trigger_words

REMARK_CHARS = 250  # from the speech verb of the sentence to the visit word in its complement
SPEAKER_WORDS = 10  # from a speech verb over its subject to its "that" ("وقال سعيد ...، الخبير بمركز ...، إن")
OWN_CLAUSE_WORDS = 5  # from a visit noun over its goal to a present verb of its clause ("زيارة مرسي للهند تأتي")
POINTED_WORDS = 4  # from a speech verb over a short subject to its "إلى" (to): "وأشار خطيب المسجد إلى"
LEAD_SPEAKER_WORDS = 10  # the lead's opening words, where an official carrier ("قال المتحدث باسم") stands


def remarked_only(art: Article, group: list[Candidate]) -> bool:
    """Every mention of the pair is a past or bare visit word inside a third party's remark (_in_remark), past
    the lead, undated; the sentences up to the lead name neither leader and open with no official carrier telling
    a visit or meeting: "كشفت مصادر أن الحكومة تعتزم تسليم المطلوبين" (sources revealed the government means to
    hand over the wanted men) carries other news, and a later remark's "زار" (visited) is retold."""
    lead = lead_sentence(art)
    if lead is None:
        return False
    pair = {pid(group[0].visitor), pid(group[0].host)}
    if any(pair & {pid(m) for m in art.leaders.get(k, [])} for k in range(lead + 1)):
        return False
    s, e = art.sentences[lead]
    if _official(art.folded_slice(s, e).split()[:LEAD_SPEAKER_WORDS]) and any(
            h.group.startswith("t:") for k in range(lead + 1) for h in art.by_sent.get(k, [])):
        return False  # "قال المتحدث باسم الرئاسة إن الزيارة ..." (the spokesman said the visit): the news itself
    return all(_in_remark(art, c, lead, pair) for c in group)


def _in_remark(art: Article, c: Candidate, lead: int, pair: set[str]) -> bool:
    """c's visit word stands in the complement of a speech verb of its sentence ("قال ... إن", "أشار إلى",
    "في إشارة إلى"), whose speaker is no leader of the pair nor an official carrier; a past verb tells it
    ("وزار فرنسا"), or a bare noun after a past verb of the complement ("طلبوا خلال زيارة", asked during the
    visit) or right in an allusion ("أشار إلى زيارة"), with no present verb of its own clause after it."""
    h, i = c.hit, c.sentence
    tense = trigger_spec(h.group).get("tense")
    if i <= lead or c.date is not None or c.date_strong or sentence_day(art, c) or c.future or tense not in (None, "past") \
            or "\u0633" in h.prefix or under_way(art, h):
        return False
    s, _ = art.sentences[i]
    start = art.word_start(h.start)
    lo = max(s, start - REMARK_CHARS)
    tokens = [(lo + m.start(), fold_term(m.group().strip("\u060c,:;«»\"()")))
              for m in re.finditer(r"\S+", art.text[lo:start])]
    frame = _frame([w for _, w in tokens])
    if frame is None:
        return False
    verb, that = frame
    # the speaker stands before the speech verb or between it and its "that" ("وقال المتحدث باسم الرئاسة إن")
    said_at = tokens[that][0]
    if _official(art.folded_slice(s, said_at).split()[-SPEAKER_WORDS:]) or any(
            pid(m) in pair and m.start < said_at for m in art.leaders.get(i, [])):
        return False  # "وقال مرسي إن ..." (Morsi said): a leader's own word on the meeting
    if tense == "past":
        return True
    # a "that" clause tells the noun past ("أنهم طلبوا خلال زيارة"); after "إلى" (to) the visit is a thing
    # pointed to: "أشار إلى التعاون الذي تمثل في زيارة" (pointed to the cooperation the visit embodied)
    if tokens[that][1] in trigger_words("complementizers") \
            and not any(verb_tense(w) == "past" for _, w in tokens[that + 1:]):
        return False
    end = art.word_end(h.end)
    clause = re.split("[\u060c,.:;]", art.folded_slice(end, art.sentences[i][1]))[0].split()[:OWN_CLAUSE_WORDS]
    return not any(verb_tense(w) == "future" for w in clause)


def _frame(words: list[str]) -> tuple[int, int] | None:
    """The first speech verb (or participle) among the folded words followed, within SPEAKER_WORDS, by a "that"
    or within POINTED_WORDS by "إلى" (to), or an allusion ("في إشارة إلى"): (its index, the index of the word that opens
    its complement); None if none."""
    speech = trigger_words("speech_verbs") | trigger_words("speech_participles")
    thats, to_word = trigger_words("complementizers"), fold_term("إلى")
    for k, w in enumerate(words):
        if " ".join(words[k:k + 3]) in grammar_words("allusion_leads"):
            return k, k + 2
        if w.removeprefix(WA) not in speech:
            continue
        at = next((j for j in range(k + 1, min(len(words), k + 1 + SPEAKER_WORDS)) if words[j] in thats), None)
        to = next((j for j in range(k + 1, min(len(words), k + 1 + POINTED_WORDS)) if words[j] == to_word), None)
        if at is not None or to is not None:
            return k, at if at is not None else to
    return None


def _official(words: list[str]) -> bool:
    """The words hold an official carrier of the news (quotes.yaml carriers and anaphora: "المتحدث باسم",
    the spokesman of; "بيان", a statement; "الرئاسة", the presidency) or a news medium (grammar.yaml
    news_media: "الصحيفة", the paper), whose words report the news rather than retell it."""
    q = quotes_lexicon()
    carriers = {fold_term(w) for w in [*q["carriers"], *q["anaphora"]]} | grammar_words("news_media")
    words = [w.strip("\u060c,:;«»\"()").removeprefix(WA) for w in words]
    return any(" ".join(words[k:k + n]) in carriers for k in range(len(words)) for n in (1, 2, 3))
