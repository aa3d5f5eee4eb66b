"""Asides: a visit a sentence only comments on, past the lead ("وأدان موسى الاعتداء على موكب
الرئيس الإيراني أثناء زيارته إلى مصر", Moussa condemned the attack on the Iranian president's
motorcade during his visit to Egypt): told before, not news; a meeting dated days before
publication and told only past a lead with other news (dated_aside; undated, days counted
from the lead's weekday: weekday_aside); bare visit nouns right
after a sentence telling the pair's visit of weeks before (retold_after_dated); a meeting noun that sets an act
told inside a cause ("بسبب موقفه ... خلال قمة هلسنكي", over his stance during the Helsinki summit: _caused_only);
the pair's first meeting as the time of another act ("عقب أول لقاء بين زعيمي البلدين": _first_as_anchor).
A trip the lead's own subject made his dated act on stays news (lead_act_on_trip). visits.merge reads it."""
from __future__ import annotations

import datetime as dt
import re
from typing import Any

from tasks.extract.calendar import calendar_words
from tasks.extract.dates import find_dates
from tasks.extract.tense import future_marked, verb_tense
from tasks.extract.visits.article import Article, Candidate, lead_sentence
from tasks.extract.visits.first_meeting import first_after_anchor
from tasks.extract.visits.headline import judged_in_headline
from tasks.extract.visits.leaders import pid
from tasks.extract.visits.making import cut_short
from tasks.extract.visits.protested import protested_only
from tasks.extract.visits.remarks import remarked_only
from tasks.extract.visits.retold import retold
from tasks.extract.visits.timing import WEEK_BEFORE, period_end, under_way
from tasks.extract.visits.triggers import trigger_spec
from tasks.extract.visits.undated_day import sentence_day
from ziyarat.arabic import WA, fold_term
from ziyarat.lexicon import get_lexicon, grammar_words, trigger_words
from ziyarat.matching import Hit


def aside_only(art: Article, group: list[Candidate]) -> bool:
    """The pair's one mention is a visit noun naming its traveller ("أثناء زيارته إلى مصر", during
    his visit to Egypt; "زيارة «نجاد» لمصر تأتي في ظل", Najad's visit comes amid), past the first
    sentence, undated, with no verb and nothing saying it is under way, in a sentence that does
    not name the host: a comment on a visit told before, not news of it. In an undated article a
    weekday or "أمس" right by it dates it all the same (timing.event_date: strong, no value): "وقال
    السيسي، الأحد، خلال زيارته ... في بكين" (said on Sunday during his visit ... in Beijing) is news. "مرسي فشل أثناء زيارته
    في إقناع ميركل" (Morsi failed during his visit to persuade Merkel) names the host: news; so
    is a trip of the outlet's own leader ("زيارة رئيس الجمهورية إلى ايطاليا تنتهي بتوقيع 6
    اتفاقيات" in a Tunisian round-up: the president's visit to Italy ends with 6 agreements), and
    a visit a present verb tells of ("زيارة أردوغان لروسيا تأتي في إطار", comes within) or that someone is now
    accompanying him on ("الذي يرافق الرئيس ... في زيارته إلى كينيا", who is with the president on his visit), or that a past
    verb cuts short ("وقطع زيارته إلى فرنسا", making.cut_short: under way when the news broke). A pair told
    only as what a report is about is an aside too (_reported_on), and so is one told only as what a protest is
    against (protested.protested_only), and one told only inside a
    third party's remarks (remarks.remarked_only). Undated, a weekday or "أمس" anywhere in its
    sentence dates it as a dated article's does (there the reporting verb's day is the visit's):
    "أعلنت الحكومتان، الثلاثاء، أن الملك ... اتفق مع الرئيس ... خلال زيارته إلى القاهرة" is news; so is a visit
    noun the headline names as the news (headline.judged_in_headline: "ائتلاف يرفض زيارة نجاد لمصر")."""
    return _reported_on(art, group) or remarked_only(art, group) or _caused_only(art, group) or _first_as_anchor(art, group) \
        or protested_only(art, group) \
        or len({c.sentence for c in group}) == 1 \
        and all(c.visitor.country != art.home or _framed(art, c) for c in group) and all(
        c.sentence > 0 and c.date is None and not c.date_strong and not sentence_day(art, c)
        and not c.past and not c.future and not trigger_spec(c.hit.group).get("tense")
        and trigger_spec(c.hit.group)["role"] == "visit" and not under_way(art, c.hit)
        and pid(c.host) not in {pid(m) for m in art.leaders.get(c.sentence, [])} and _owned(art, c)
        and not _present_predicate(art, c) and not _accompanied_now(art, c) and not lead_act_on_trip(art, c) and not cut_short(art, c)
        and not judged_in_headline(art, c.sentence, c.hit, c.host.country) for c in group)


def _reported_on(art: Article, group: list[Candidate]) -> bool:
    """Every mention of the pair is a visit noun a report is about (grammar.yaml report_heads):
    "يناقش المجلس تقريرا عن زيارة د. قنديل لجنوب السودان" (the cabinet discusses a report on
    Qandil's visit to South Sudan): the visit is over, the report the news."""
    def about(c: Candidate) -> bool:
        words = [w.strip("\u060c,") for w in art.words_before(art.word_start(c.hit.start), 2)]
        return trigger_spec(c.hit.group)["role"] == "visit" and not trigger_spec(c.hit.group).get("tense") \
            and " ".join(words).removeprefix(WA) in grammar_words("report_heads")
    return all(about(c) for c in group)


CAUSE_WORDS = 12  # from "بسبب" (over) past the act and a leader to the meeting noun: "بسبب موقفه ... مع الرئيس الروسي فلاديمير بوتن خلال قمة"


def _caused_only(art: Article, group: list[Candidate]) -> bool:
    """Every mention of the pair is a bare meeting noun past the lead, with no day in its sentence, after a
    during-word that sets an act told inside a cause ("بسبب", "جراء": triggers.yaml cause_links) a few words
    before, with no clause break or other meeting word between: "وقال ترامب الذي يواجه عاصفة انتقادات بسبب
    موقفه ... مع الرئيس الروسي فلاديمير بوتن خلال قمة هلسنكي" (said Trump, who faces a storm of criticism over
    his stance ... during the Helsinki summit) tells the summit as what the criticism follows, behind the news.
    Not a visit that is itself the cause: "غيابيا، بسبب زيارة الرئيس الروسي للعاصمة التركية" (in absentia,
    because of the Russian president's visit to the Turkish capital) is under way."""
    lead = lead_sentence(art)
    return lead is not None and all(
        c.sentence > lead and c.date is None and not c.date_strong and not art.dates.get(c.sentence) and not c.past
        and not c.future and not trigger_spec(c.hit.group).get("tense") and not under_way(art, c.hit)
        and _during(art, c) and any(
            x.end <= c.hit.start and len(art.folded_slice(x.end, c.hit.start).split()) <= CAUSE_WORDS
            and not art.near("c:clause_breaks", c.sentence, x.end, c.hit.start)
            and not art.near("triggers", c.sentence, x.end, c.hit.start - 1) for x in art.cues(c.sentence, "c:cause_links"))
        for c in group)


def _first_as_anchor(art: Article, group: list[Candidate]) -> bool:
    """Every mention of the pair is a bare meeting noun the text calls their first, right after an after-word
    ("عقب أول لقاء بين زعيمي البلدين", after the first meeting between the two leaders), past a lead telling other
    news (_other_news_lead), with no day in its sentence and no speech verb before it there or after it in its clause:
    "كما تبادل ترامب أرقام الهاتف مع الرئيس الفرنسي ... عقب أول لقاء بين زعيمي البلدين" (Trump also swapped phone
    numbers with the French president after the two leaders' first meeting), in a story on Trump's phone, dates the
    swap by an earlier meeting. "وقال ترامب عقب أول لقاء مع ماكرون إن" (said after his first meeting with Macron)
    tells the saying made at the meeting: news."""
    lead = lead_sentence(art)
    return lead is not None and all(
        c.sentence > lead and c.date is None and not c.date_strong and not art.dates.get(c.sentence) and not c.past
        and not c.future and not trigger_spec(c.hit.group).get("tense") and not under_way(art, c.hit)
        and first_after_anchor(art, c) and not _said_around(art, c) for c in group) and _other_news_lead(art, lead, group)


def _said_around(art: Article, c: Candidate) -> bool:
    """A speech verb in c's sentence before its meeting noun, or in the noun's clause after it."""
    said = trigger_words("speech_verbs") | trigger_words("speech_participles")
    start, end = art.word_start(c.hit.start), art.word_end(c.hit.end)
    before = art.folded_slice(art.sentences[c.sentence][0], start).split()
    after = re.split("[\u060c,.:;]", art.folded_slice(end, art.sentences[c.sentence][1]))[0].split()
    return any(w.strip("\u060c,:").removeprefix(WA) in said for w in before + after)


def _during(art: Article, c: Candidate) -> bool:
    """A during-word right before the meeting word: "خلال قمة" (during a summit)."""
    before = art.words_before(art.word_start(c.hit.start), 1)
    return bool(before) and before[0].removeprefix(WA) in grammar_words("during_words")


def _framed(art: Article, c: Candidate) -> bool:
    """The outlet's own leader's trip is an aside as well past the lead when a during-word frames
    his visit noun ("في حديث له أثناء زيارته لألمانيا", in a talk of his during his visit to Germany,
    in a press review): today's trip would be told in the lead."""
    before = art.words_before(art.word_start(c.hit.start), 1)
    return c.sentence >= HOME_ASIDE_SENTENCE and bool(c.hit.suffix) and bool(before) \
        and before[0].removeprefix(WA) in grammar_words("during_words")


LEAD_ACT_DAYS = 2  # the lead's act dated on publication day or the two days before
LEAD_SUBJECT_WORDS = 5  # from the lead's opening verb to its subject's name: "قال رئيس الوزراء الهندي مودي"


def lead_act_on_trip(art: Article, c: Candidate) -> bool:
    """The lead's first-named person, the subject of its opening verb, is the traveller, his act there dated
    on publication day or the two days before ("قال رئيس الوزراء الهندي مودي الأربعاء إن ...", the Indian
    prime minister said on Wednesday), and the later mention frames his own trip with a during-word ("وواجه
    مودي خلال زيارته للعاصمة البريطانية لندن احتجاجات", faced protests during his visit to London): the
    lead's news was made on that trip, now. A lead with no day at all is the news as it is written all the same ("أغضب
    الرئيس الفرنسي ماكرون معارضيه عندما ..." then "وأشاد ماكرون خلال زيارته للعاصمة الدنماركية", praised during his
    visit to the Danish capital); one dated further back is not. Not a trip of a leader the lead names past another's act
    ("اعتبر القيادي ... اليوم أن الاعتذار جاء بمبادرة من الرئيس الأمريكي", a militant said today the apology came
    at the US president's initiative)."""
    lead, pub = lead_sentence(art), art.published
    if lead is None or pub is None or c.sentence <= lead or not c.hit.suffix:
        return False
    named = sorted(art.persons.get(lead, []), key=lambda m: m.start)
    before = art.words_before(art.word_start(c.hit.start), 1)
    return bool(named) and pid(named[0]) == pid(c.visitor) and bool(before) \
        and len(art.folded_slice(art.sentences[lead][0], named[0].start).split()) < LEAD_SUBJECT_WORDS \
        and _aside_subject(art, c) \
        and before[0].removeprefix(WA) in grammar_words("during_words") and (not art.dates.get(lead) or any(
            d.precision == "day" and d.date is not None and 0 <= (pub - d.date).days <= LEAD_ACT_DAYS
            for d in art.dates.get(lead, [])))


def _aside_subject(art: Article, c: Candidate) -> bool:
    """The traveller is the first person the aside names, its subject: "وواجه مودي خلال زيارته" (Modi faced
    ... during his visit), "يذكر أن الدكتور هشام قنديل قد عقد خلال زيارته"; not "وشاركت الفرقة في استقبال
    ماكرون أثناء زيارته" (the band took part in receiving Macron during his visit: the band's act)."""
    s = art.sentences[c.sentence][0]
    first = min((m for m in art.persons.get(c.sentence, []) if m.start < c.hit.start), key=lambda m: m.start, default=None)
    return first is not None and pid(first) == pid(c.visitor) \
        and len(art.folded_slice(s, first.start).split()) < ASIDE_SUBJECT_WORDS


ASIDE_SUBJECT_WORDS = 4  # words before the aside's subject: "يذكر أن الدكتور" (it is mentioned that Dr.)
HOME_ASIDE_SENTENCE = 2  # sentences 0 and 1 (the lead and the one after it) tell the day's news
PREDICATE_WORDS = 4  # from the visit noun over its owner and goal to its verb: "زيارة أردوغان لروسيا تأتي"


def _present_predicate(art: Article, c: Candidate) -> bool:
    """A bare imperfect follows the visit noun in its clause: the visit is told in the present."""
    clause = re.split(r"[،,.:؛]", art.folded_slice(art.word_end(c.hit.end), art.sentences[c.sentence][1]))[0]
    return any(verb_tense(w) == "future" for w in clause.split()[:PREDICATE_WORDS])


ACCOMPANY_WORDS = 4  # from the verb of accompanying over the traveller's title to his name: "يرافق الرئيس الأمريكي باراك"


def _accompanied_now(art: Article, c: Candidate) -> bool:
    """An imperfect verb of accompanying (grammar.yaml accompany_now) has the traveller as its object
    and the visit noun right after him, past "في"/"خلال": "الذي يرافق الرئيس الأمريكي في زيارته إلى كينيا"
    (who is accompanying the president on his visit to Kenya) tells the visit as under way. Not
    the perfect "رافق" (accompanied): that may be any visit before."""
    v = c.visitor
    if v.start < 0 or v.end > c.hit.start or art.folded_slice(v.end, art.word_start(c.hit.start)).split() not in (
            ["في"], ["خلال"], ["اثناء"]):
        return False
    before = art.folded_slice(art.sentences[c.sentence][0], v.start).split()[-ACCOMPANY_WORDS:]
    cut = max((k + 1 for k, w in enumerate(before) if w.endswith(("،", ","))), default=0)
    return bool(set(before[cut:]) & grammar_words("accompany_now"))


def _owned(art: Article, c: Candidate) -> bool:
    """The visit noun names its traveller: a pronoun ("زيارته", his visit), the leader right
    after it ("زيارة «نجاد»") or a past relative with his pronoun ("زيارة قام بها", a visit he
    made); "على هامش زيارة لأثينا" (on the sidelines of a visit to Athens) is the speaker's trip of the day."""
    end = art.word_end(c.hit.end)
    return bool(c.hit.suffix) or " ".join(art.folded_slice(end, end + MADE_IT_CHARS).split()[:2]) in grammar_words(
        "made_it_relatives") or any(0 <= m.start - end <= OWNER_GAP_CHARS and pid(m) == pid(c.visitor)
                                    for m in art.leaders.get(c.sentence, []))


MADE_IT_CHARS = 12  # the two words after a visit noun: " قام بها"


OWNER_GAP_CHARS = 3  # a space and a quote between the visit noun and its owner: "زيارة «نجاد»"


STALE_DAYS = 2  # a meeting's day this long before publication, or longer, does not make it the news past the lead


def dated_aside(art: Article, group: list[Candidate]) -> bool:
    """The pair's meeting is dated days before publication and told only past a lead that tells
    other news: "والخميس، أجرى أردوغان محادثات في جوهانسبورغ مع ... بوتين" (and on Thursday Erdogan
    held talks in Johannesburg with Putin) in a Sunday article whose lead is Erdogan announcing a
    summit is an earlier meeting recalled. Not when the lead names both leaders or the meeting's
    country (its own trip: "قام مرسي بزيارة إلى الهند ..." then "وأجرى مرسي ... مع رئيس الوزراء";
    "في تصريحات لصحيفة ... الألمانية", to a German paper, then "اختتم أمس الأول زيارة لألمانيا"), when
    a mention is dated on publication day or the day before, or is ahead or under way; nor when the
    lead tells a trip of the same traveller, named there (a visit or arrival word not ahead: "بعد نهاية زيارته
    الرسمية للمنطقة ... أوباما", after the end of his official visit to the region, then his talks
    with Netanyahu on Wednesday)."""
    pub, lead = art.published, lead_sentence(art)
    if pub is None or lead is None or not any(c.date is not None for c in group):
        return False
    if any(c.sentence <= lead or c.future or under_way(art, c.hit) for c in group) or any(
            c.date is not None and (c.precision != "day" or (pub - (c.end_date or c.date)).days < STALE_DAYS) for c in group):
        return False
    return _other_news_lead(art, lead, group)


def weekday_aside(art: Article, group: list[Candidate]) -> bool:
    """dated_aside for an undated article, its days counted from the lead's weekday: in "أعلن
    أردوغان الأحد ..." (Erdogan announced on Sunday) then "والخميس، أجرى ... محادثات مع ... بوتين"
    (and on Thursday held talks with Putin) the talks are three days before the lead's news. Every
    mention of the pair past the lead, not ahead, has one weekday in its sentence, STALE_DAYS or
    more before the lead's one weekday; a weekday past another meeting word is that one's: in "مع
    وصول ترامب وكيم إلى سنغافورة لعقد قمة، الثلاثاء" (as Trump and Kim arrive in Singapore to hold a
    summit on Tuesday) past a Monday lead, Tuesday is the summit's, ahead, not an arrival six days gone.
    A lead's past weekday ("مختفيا منذ ... الثلاثاء الماضي", missing since last Tuesday) is no day of its news."""
    lead = lead_sentence(art)
    if art.published is not None or lead is None or len(day := _weekdays(art, lead, news=True)) != 1:
        return False
    for c in group:
        days = _weekdays(art, c.sentence, c.hit)
        if c.sentence <= lead or c.future or under_way(art, c.hit) or len(days) != 1 \
                or (min(day) - min(days)) % 7 < STALE_DAYS:
            return False
    return _other_news_lead(art, lead, group)


def _weekdays(art: Article, k: int, h: Hit | None = None, news: bool = False) -> set[int]:
    """The weekdays (0 = Monday) that sentence k's unresolved date words name; with a meeting word h,
    those no other meeting word stands between h and; `news`: not one told past ("الثلاثاء الماضي")."""
    names = calendar_words().weekdays
    other = [t for t in art.by_sent.get(k, ()) if h is not None and t.group.startswith("t:") and t.start != h.start]
    return {names[f] for d in art.dates.get(k, []) if d.date is None and not (news and _told_past(art, d))
            and not any(min(h.end, d.end) <= t.start and t.end <= max(h.start, d.start) for t in other)
            for w in d.surface.split() if (f := fold_term(w)) in names}


def _told_past(art: Article, d: Any) -> bool:
    """A past word right after the date words: "الثلاثاء الماضي" (last Tuesday)."""
    nxt = art.folded_slice(d.end, d.end + 16).split()[:1]
    return bool(nxt) and nxt[0].strip("،,.:;") in calendar_words().past_words


def _other_news_lead(art: Article, lead: int, group: list[Candidate]) -> bool:
    """The lead tells other news than the pair's meeting: no trip of its traveller, not both
    leaders, not the meeting's country."""
    if _trip_told(art, lead, pid(group[0].visitor)) or _trip_there(art, lead + 1, group):
        return False
    named = {pid(m) for m in art.leaders.get(lead, [])}
    where = {c.country for c in group} - {None}
    both = {pid(group[0].visitor), pid(group[0].host)} <= named and not _later_lead(art, lead, group)
    return not both and not where & lead_countries(art, lead)


def _later_lead(art: Article, lead: int, group: list[Candidate]) -> bool:
    """The lead's own days all come after every day the pair's meeting is dated: "واجه ماكرون انتقادات
    الخميس بسبب تصريحات عن ميركل" (Macron faced criticism on Thursday over remarks about Merkel) names both
    leaders, but tells Thursday's news, not Monday's talks told further on. A lead of the meeting's own day
    ("أكد ماكرون أمام ميركل الاثنين", Macron stressed before Merkel on Monday) is its news still."""
    days = [d.date for d in art.dates.get(lead, []) if d.date is not None and d.precision == "day"]
    met = [c.end_date or c.date for c in group if c.date is not None]
    return bool(days) and bool(met) and min(days) > max(met)


def lead_scene(art: Article, group: list[Candidate]) -> bool:
    """The lead (lead_sentence) names both leaders of the pair and the city of a later mention of
    their meeting, with no meeting word of its own: in "أكد آبي، أمام عباس في رام الله، الثلاثاء، أن ..." (Abe
    affirmed before Abbas in Ramallah on Tuesday that ...) the visit told deep in the text ("على شرف
    رئيس الوزراء الياباني، الذي يزور رام الله", in honour of the Japanese prime minister, who is visiting
    Ramallah) is the news. So is the visitor's trip when the lead names him alone at a city of the host's country, told
    in the present or past, and the later mention is an undated present or past trip word to that country: "يحضر الرئيس
    التركي ... افتتاح واحد من أكبر المساجد ... بمدينة كولون الألمانية" (the Turkish president attends the opening of a
    mosque in the German city of Cologne) makes "ويزور أردوغان ولاية شمال الراين" deep in the text the trip under way."""
    lead = lead_sentence(art)
    if lead is None:
        return False
    named = {pid(m) for m in art.leaders.get(lead, [])}
    cities = {p.name_en for p in art.places.get(lead, [])} | {p.city for p in art.places.get(lead, [])}
    return any(c.city in cities and {pid(c.visitor), pid(c.host)} <= named for c in group if c.city and c.sentence > lead) \
        or any(_present_abroad(art, lead, c) for c in group if c.sentence > lead and pid(c.visitor) in named)


def _present_abroad(art: Article, lead: int, c: Candidate) -> bool:
    """The lead sets the visitor at a city of the host's country (another than his own) with no future marked before it
    (sa-, a plan cue: "من المقرر أن يحضر"; the bare present "يحضر" is the news's),
    and c is an undated trip word (role visit or arrive) with no sa- (a bare present "يزور" as the news tells it: lead_scene)."""
    if c.date is not None or "\u0633" in c.hit.prefix or trigger_spec(c.hit.group)["role"] not in ("visit", "arrive") \
            or c.host.country == c.visitor.country:
        return False
    start = art.sentences[lead][0]
    return any(p.city and p.country == c.host.country and not future_marked(art.text[start:p.start])
               and not any(cue.start < p.start for cue in art.cues(lead, "c:future_plan"))  # "من المقرر أن يحضر"
               for p in art.places.get(lead, []) if p.name_en != p.country)


def dated_by_previous(art: Article, group: list[Candidate]) -> bool:
    """A round-up's item: the sentence right before the pair's undated mention names one of the two,
    a city of one of their countries and a day on publication or the two days before ("اعلن الرئيس
    الموريتاني ... الاثنين في نواكشوط أن ..." then "وقال ولد عبد العزيز في مؤتمر صحافي مع رئيس
    النيجر", announced on Monday in Nouakchott ..., said at a press conference with Niger's
    president): the day and the scene are that item's (previous_item), so the meeting is news however deep in
    the text. The scene may be a meeting's (not a trip's) own city: "واكد الرئيس المالي تراوري الثلاثاء ..." then "وقال
    تراوري في مؤتمر صحافي في دكار اثر لقائه الرئيس السنغالي" (said at a press conference in Dakar after meeting
    the Senegalese president). With no city at all it stays a background mention (test_visits_place)."""
    return previous_item(art, group) is not None


def previous_item(art: Article, group: list[Candidate], leader=lambda m: True) -> tuple[Any, Any] | None:
    """(sentence, scene place) of the round-up item the pair's undated mention belongs to (dated_by_previous), or
    None; the place is None when the scene is the meeting's own city, both when the item tells a return home.
    `leader` says which mentions of the item name a side (merge leaves out an envoy's namesake: lead_day.bearers_name)."""
    pub = art.published
    if pub is None:
        return None
    for c in group:
        j = c.sentence - 1
        if c.date is not None or c.date_strong or j < 0:
            continue
        sides = {c.visitor.country, c.host.country}
        scenes = [p for p in art.places.get(j, []) if p.name_en != p.country and p.country in sides]  # a city or venue
        own = c.city is not None and c.country in sides and trigger_spec(c.hit.group)["role"] == "meet"
        day = next((d for d in art.dates.get(j, []) if d.precision == "day" and d.date is not None
                    and 0 <= (pub - d.date).days <= 2), None)
        if {pid(m) for m in art.leaders.get(j, []) if leader(m)} & {pid(c.visitor), pid(c.host)} and (scenes or own) \
                and day is not None:
            # "يصل قنديل القاهرة اليوم قادما من العراق" (arrives home today from Iraq), "... عقب زيارته للعراق"
            # (after his visit to Iraq): the day and the city are the return's, not the meeting's
            back = art.cues(j, "c:origin_cues") or any(fold_term(x.term) in trigger_words("after_own_visit")
                                                       for x in art.cues(j, "c:past_reference"))
            return (None, None) if back else (j, scenes[0] if scenes else None)
    return None
    for c in group:
        j = c.sentence - 1
        if c.date is not None or c.date_strong or j < 0:
            continue
        named = {pid(m) for m in art.leaders.get(j, [])}
        here = {p.country for p in art.places.get(j, []) if p.name_en != p.country}  # a city or venue: the scene
        here |= {c.country} if c.city and trigger_spec(c.hit.group)["role"] == "meet" else set()
        if (named & {pid(c.visitor), pid(c.host)}) and here & {c.visitor.country, c.host.country} and any(
                d.precision == "day" and d.date is not None and 0 <= (pub - d.date).days <= 2 for d in art.dates.get(j, [])):
            return True
    return False


def lead_countries(art: Article, lead: int) -> set[str]:
    """The countries sentence lead names: by a place, or by an adjective that is no person's title
    ("لصحيفة ... الألمانية", a German paper; not "الرئيس الأمريكي دونالد ترامب", the American president)."""
    out = {m.country for m in art.places.get(lead, [])}
    adjectives = get_lexicon().adjectives
    s, e = art.sentences[lead]
    for w in re.finditer(r"\S+", art.text[s:e]):
        start, end = s + w.start(), s + w.end()
        country = adjectives.get(fold_term(w.group().strip("\u060c,.:;«»\"()")))
        if country and not any(m.start <= start < m.end or 0 <= m.start - end <= TITLE_GAP_CHARS
                               for m in art.persons.get(lead, [])):
            out.add(country)
    return out - {None}


TITLE_GAP_CHARS = 3  # from a title's adjective to the name after it: "الرئيس الأمريكي دونالد ترامب"


def _trip_told(art: Article, k: int, visitor: str) -> bool:
    """Sentence k names the traveller and a visit or arrival word not told as ahead."""
    return visitor in {pid(m) for m in art.leaders.get(k, [])} and any(
        t.group.startswith("t:") and trigger_spec(t.group)["role"] in ("visit", "arrive")
        and trigger_spec(t.group).get("tense") != "future" for t in art.by_sent.get(k, ()))


def _trip_there(art: Article, k: int, group: list[Candidate]) -> bool:
    """Sentence k (the one right after the lead), before the pair's other mentions, tells the traveller's
    trip to the host's country: in
    "نشر الحريري، السبت، صورة ..." (Hariri posted a photo on Saturday) then "والتقطت الصورة خلال زيارة
    الحريري للرياض" (taken during Hariri's visit to Riyadh), the Wednesday meeting with the king told
    further on is that trip's, the news; not one placed elsewhere ("التقى عباس في أديس أبابا مع المرزوقي"
    past "إلغاء زيارة الرئيس التونسي لغزة", Abbas met Marzouki in Addis Ababa, past his called-off visit to Gaza)."""
    host = group[0].host
    elsewhere = {p.country for c in group for p in art.places.get(c.sentence, [])} - {host.country}
    return all(c.sentence >= k for c in group) and any(c.sentence > k for c in group) and not elsewhere and _trip_told(art, k, pid(group[0].visitor)) and (
        pid(host) in {pid(m) for m in art.leaders.get(k, [])}
        or host.country in {p.country for p in art.places.get(k, [])})


def retold_after_dated(art: Article, group: list[Candidate], cands: list[Candidate]) -> bool:
    """Every mention of the pair is a bare visit or meeting noun (no verb, no day in its sentence,
    not said to be under way) in the sentence right after one that tells the pair's visit dated
    more than a week before publication: "أن زيارة ... قنديل ... للجزائر أواخر أكتوبر الماضي ...
    ساهمت" then "من بين النتائج المثمرة لزيارة رئيس الوزراء" (among the fruitful results of the
    prime minister's visit) tells that October visit again, by his title alone."""
    pub, pair = art.published, {pid(group[0].visitor), pid(group[0].host)}
    if pub is None:
        return False
    after = {c.sentence + 1 for c in cands if c.kind == "referenced" and not c.future and not c.planned
             and c.date is not None and {pid(c.visitor), pid(c.host)} == pair
             and period_end(c.end_date or c.date, c.precision) < pub - dt.timedelta(days=WEEK_BEFORE)}
    return all(c.sentence in after and c.hit.group.startswith("t:") and not trigger_spec(c.hit.group).get("tense")
               and not c.past and not c.future and not art.dates.get(c.sentence) and not under_way(art, c.hit)
               for c in group)


def digest_lead(art: Article) -> bool:
    """The first sentence opens a digest of the day's expected news (grammar.yaml digest_leads):
    "تستعرض بوابة الحرية والعدالة أهم الأخبار المتوقعة اليوم السبت" (the FJP site reviews the main
    news expected today, Saturday), "ننشر أهم الأخبار المتوقعة، اليوم" (we publish the main news
    expected today): its items, one after another, are each told as the day's news."""
    if not art.sentences:
        return False
    return _digest_words(art.folded_slice(*art.sentences[0]))


def digest_day(art: Article) -> Any | None:
    """The day a digest of the day's expected news (digest_lead) is for, as its lead gives it:
    "أهم الأخبار المتوقعة اليوم السبت 16 فبراير 2013" (the main news expected today, Saturday 16
    February 2013) dates each item's undated meeting; so does a headline of such a digest ("أهم الأخبار
    المتوقعة اليوم الخميس") when the lead is already an item (visits.headline). Only the publication day or the day before
    (a digest filed the evening before), and none when the lead gives an older day too ("اليوم
    الثلاثاء 26 مارس" in an April article: an old digest's "اليوم" is not today)."""
    if art.published is None or not art.sentences:
        return None
    if digest_lead(art):
        days = [d for d in art.dates.get(0, []) if d.precision == "day" and d.date is not None]
    elif (head := art.headline() if art.headline is not None else None) is not None and _digest_words(head.folded_slice(0, len(head.text))):
        days = find_dates(head.text, published=art.published)  # "أهم الأخبار المتوقعة اليوم الخميس" as the headline
        days = [d for d in days if d.precision == "day" and d.date is not None]
    else:
        return None
    return days[0] if days and all(0 <= (art.published - d.date).days <= 1 for d in days) else None


def _digest_words(folded: str) -> bool:
    """The folded text (a lead sentence or a headline) holds the words of a digest of the day's expected news."""
    words = " " + " ".join(w.strip("\u060c,") for w in folded.split()) + " "
    return any(f" {d} " in words for d in grammar_words("digest_leads"))


DURING_RETOLD_CHARS = 80  # from a meeting word to the visit noun it was held during: "... مع المستشارة الألمانية خلال زيارته"


def during_retold_visit(art: Article, i: int, h: Hit) -> bool:
    """A meeting word told as held during a visit the sentence retells, the first visit noun after
    it with a during-word before it: "خلال المؤتمر الصحفي الذي عقده مع المستشارة الألمانية خلال
    زيارته الأخيرة لبرلين" (at the press conference he held with the German chancellor during his
    last visit to Berlin) is that visit's, behind the news."""
    t = next((t for t in art.by_sent.get(i, ()) if t.group == "t:visit" and t.start >= h.end), None)
    if t is None or t.start - h.end > DURING_RETOLD_CHARS:
        return False
    before = [w.removeprefix(WA) for w in art.words_before(art.word_start(t.start), 1)]
    # "خلال زيارة الأخير الحالية" (during the latter's current visit) is under way
    after = [w.strip("\u060c,.") for w in art.folded_slice(art.word_end(t.end), art.sentences[i][1]).split()[:3]]
    return bool(before) and before[0] in grammar_words("during_words") and retold(art, i, t) \
        and not set(after) & grammar_words("current_adjectives")
