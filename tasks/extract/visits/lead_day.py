"""The day of the news for a reported meeting its own sentences leave undated: the first
day date of the article's lead that names one of the two leaders, or of a lead sentence
that tells the meeting as held (merge's rows take it)."""
from __future__ import annotations

import datetime as dt
import re
from typing import Any

from tasks.extract.tense import sa_future
from tasks.extract.visits.afterward import after_meeting_day, coverage_day
from tasks.extract.visits.ahead import RELATIVE_WORDS, ahead_clauses, framing_now
from tasks.extract.visits.article import Article
from tasks.extract.visits.aside import digest_day
from tasks.extract.visits.clauses import issue_day
from tasks.extract.visits.departures import later_start
from tasks.extract.visits.leaders import pid
from tasks.extract.visits.othertrip import scheduled_event_day
from tasks.extract.visits.owners import pronoun_owner
from tasks.extract.visits.plans import complementizer_between
from tasks.extract.visits.preparation import preparation_day
from tasks.extract.visits.return_leg import arrival_home
from tasks.extract.visits.sayings import judged_meeting_day
from tasks.extract.visits.since import state_since
from tasks.extract.visits.span import began_on, ended_days, stated_days
from tasks.extract.visits.things import thing_arrival
from tasks.extract.visits.timing import WINDOW_BEFORE
from tasks.extract.visits.triggers import trigger_spec
from ziyarat.arabic import WA, fold_term
from ziyarat.lexicon import grammar_words, trigger_words


LEAD_DATE_SENTENCES = 3  # a news story dates its event in its first sentences


def lead_day(art: Article, visitor: Any, host: Any, date, precision: str | None, hits: list | None = None) -> tuple | None:
    """(day, end day, evidence) of the news for a reported meeting its own sentences
    leave undated (or give only a month or year): the first day date, within the
    reporting window before publication, of the first lead sentence that names one of
    the two leaders ("أكد السيسي ونظيره الروسي بوتين، الأربعاء، ..." dates the talks
    told further on), not one that tells the meeting as earlier ("في وقت سابق من الشهر الجاري", earlier
    this month: triggers.yaml lately). A lead telling a return home dates the return: the visit is the
    days before it only when their number is stated ("عاد مرسي الأربعاء ... بعد زيارته
    التي استغرقت يومين", returned on Wednesday after a two-day visit: Tuesday..Wednesday); so does an
    arrival in his own country after a trip ("وصل نجاد إلى طهران الجمعة بعد مشاركته في قمة":
    return_leg.arrival_home). With no day,
    the row's own meeting words (`hits`) told in the news present by the first sentence give publication's day."""
    if art.published is None:
        return None
    if (d := digest_day(art)) is not None and _within(d.date, date, precision):
        return d.date, None, d.surface  # an item of a digest of the day's expected news: that day
    sides = {pid(visitor), pid(host)}
    leads = _lead_sentences(art)
    j = next((j for j in leads if any(pid(m) in sides and not bearers_name(art, m) for m in art.leaders.get(j, []))),
             None)
    if j is None:
        return None
    d = None
    for n, j in enumerate([j] + [k for k in leads if k != j and (_tells_held_meeting(art, k, sides) or _pair_act(art, k, sides))
                                 and not _trip_elsewhere(art, k, visitor, host)]):
        if (d := sentence_day(art, j, date, precision)) is not None and not (n == 0 and _others_saying(art, j, d, sides)
                                                                            and not _tells_meeting(art, j)):
            break
        d = None
    if d is None:
        return _news_present_day(art, leads, sides, hits or [])
    if art.cues(j, "c:lately"):
        return None  # "أعلن البنتاغون يوم الجمعة ... في أعقاب قمة عقدت في وقت سابق من الشهر الجاري": the news' Friday
    if (ended := ended_days(art, j, d)) is not None:
        # "زيارة مرسي إلى الهند، والتي استغرقت ثلاثة أيام وانتهت 21 مارس": the lead's day is the visit's last
        return d.date - dt.timedelta(days=ended - 1), d.date, d.surface
    if not any(not _falls_to(art, j, c) for c in art.cues(j, "c:origin_cues")) and not any(
            arrival_home(art, j, h) for h in art.by_sent.get(j, ()) if h.group.startswith("t:")):
        return later_start(art, j, d, d.date) or d.date, None, d.surface  # no return home ("عاد", or "وصل إلى طهران ... بعد مشاركته"): the news' day
    days = stated_days(art, j)
    if days is not None and began_on(art, d):
        return d.date, None, d.surface  # "عاد ... عقب جولة بدأت الاثنين واستغرقت يومين": the trip's first day, not its return
    return None if days is None else (d.date - dt.timedelta(days=days - 1), d.date if days > 1 else None, d.surface)


NEWS_PRESENT_CUES = ("c:future_plan", "c:hypothetical", "c:lately", "c:since")


def _news_present_day(art: Article, leads: list[int], sides: set[str], hits: list) -> tuple | None:
    """(publication day, None, the verb) when the article's first sentence names both leaders and tells their meeting (one
    of the row's meeting words, `hits`) in the news present, with no day at all: a live page's or a wire's "يلتقي ماكرون كونتي بباريس" (Macron meets Conte in
    Paris) is today's meeting, as is "يعقد ماكرون ونتانياهو مؤتمرا صحفيا إثر محادثات" (they hold a press conference
    after talks). Not a sa- future, nor a verb after a particle ("أن يلتقي", that he meet; "قد", "لن"), nor a sentence
    with a cue of a plan, a past, a hedge or a since ("من المقرر", "غدا", "الأخيرة"): a planned trip stays planned,
    an earlier one keeps no day."""
    if not leads or art.dates.get(k := leads[0]) or any(art.cues(k, g) for g in NEWS_PRESENT_CUES):
        return None
    if not sides <= {pid(m) for m in art.leaders.get(k, [])}:
        return None
    h = next((h for h in hits if art.sent_of(h.start) == k and _present_meeting(art, k, h)
              and not any(_earlier_for(art, c, h) for c in art.cues(k, "c:past_reference"))), None)
    return None if h is None else (art.published, None, art.text[h.start:h.end])  # the verb as written dates it


def _earlier_for(art: Article, c: Any, h: Any) -> bool:
    """The past-reference cue c bears on the meeting word h, not on a phrase set off by a comma before it: "بعد أسبوع
    من التوتر، يلتقي ماكرون كونتي" (after a week of tension, Macron meets Conte) tells the tension as earlier."""
    return not (c.end <= h.start and any(p in art.text[c.end:h.start] for p in "\u060c,"))


def _present_meeting(art: Article, k: int, h: Any) -> bool:
    """Trigger h of sentence k is a meeting told in the news present: a bare imperfect meeting verb, or a meeting
    noun after a present verb of holding that opens the sentence (grammar.yaml holding_present)."""
    if not h.group.startswith("t:") or art.in_quote(h.start) or h.prefix not in ("", WA):
        return False  # "سيلتقي" (will meet), "ليصل" (so as to reach): no news present
    before = [w.strip("\u060c,") for w in art.words_before(art.word_start(h.start), 1)]
    if before and before[-1] in grammar_words("news_present_blockers"):
        return False  # "أن يلتقي" (that he meet), "لن يزور" (will not visit), "قد يجتمع" (may meet)
    if trigger_spec(h.group).get("tense") == "future":
        return not fold_term(h.term).startswith("\u0633")  # "يلتقي", not "سيلتقي"
    first = (art.folded_slice(*art.sentences[k]).split() or [""])[0].strip("\u060c,")
    return not trigger_spec(h.group).get("tense") and (first.removeprefix(WA) in grammar_words("holding_present")
                                                      or _summit_under_way(art, k, h))


def _summit_under_way(art: Article, k: int, h: Any) -> bool:
    """Meeting noun h of sentence k has a relative clause in the present of holding ("التي تجمع", that brings
    together) and frames the sentence's act after a during-word (ahead.framing_now: no future, plan or later day):
    "عرض أردوغان هدنة خلال القمة الثلاثية التي تجمع بوتين وروحاني" (Erdogan offered a truce during the summit
    that brings Putin and Rouhani together) is today's summit; "القمة التي جمعته" (that brought) is past."""
    words = [w.strip("\u060c,") for w in art.folded_slice(art.word_end(h.end), art.sentences[k][1]).split()]
    rel = next((i for i, w in enumerate(words[:RELATIVE_WORDS]) if w in grammar_words("relative_pronouns")), None)
    return rel is not None and rel + 1 < len(words) and words[rel + 1] in grammar_words("holding_present") \
        and framing_now(art, k, h)


FRAGMENT_WORDS = 3  # a "sentence" of fewer words with a lone letter is a dateline's piece: "جوبا – أ." / "ش." / "أ:"


def _lead_sentences(art: Article) -> list[int]:
    """The first LEAD_DATE_SENTENCES sentences of the article, not counting the pieces a dotted agency name in
    its dateline is cut into ("جوبا – أ. ش. أ: تلقى الرئيس، اليوم الخميس، ..." is one lead sentence, not four)."""
    leads = []
    for j, (s, e) in enumerate(art.sentences):
        if len(leads) == LEAD_DATE_SENTENCES:
            break
        words = [w.strip(".:،,-–()") for w in art.folded_slice(s, e).split()]
        if len(words) >= FRAGMENT_WORDS or not any(len(w) == 1 and w.isalpha() for w in words):
            leads.append(j)  # not a piece with a lone letter of an agency's initials ("ش."); a caption still counts
    return leads


def sentence_day(art: Article, j: int, date, precision: str | None) -> Any | None:
    """The first day date of sentence j that can be a meeting's news day (within the reporting window, in the
    row's coarser date if any), or None: not a shipment's or delegation's arrival day, nor one ahead, an issue's,
    a preparation's, a judged meeting's or a state's "منذ ثلاثة أيام" (for three days, since.state_since). lead_day reads the lead with it, merge a round-up's item (aside.previous_item)."""
    pub = art.published
    if pub is None or _things_arrival_only(art, j):
        return None  # "وصلت إلى دمشق الإثنين شحنة مساعدات أرسلها بوتين": the shipment's Monday
    ahead = min(ahead_clauses(art, j), default=None)  # "حيث تجمعه الثلاثاء قمة": that Tuesday is ahead
    return next((d for d in art.dates.get(j, []) if d.precision == "day" and d.date is not None
                 and (ahead is None or d.start < ahead) and not issue_day(art, d) and not preparation_day(art, d)
                 and not state_since(art, j, d)
                 and not judged_meeting_day(art, d) and not any(after_meeting_day(art, j, t, d) or coverage_day(art, j, t, d)
                                                                  or scheduled_event_day(art, t, d)
                                                                  for t in art.by_sent.get(j, ()) if t.group.startswith("t:"))
                 and pub - dt.timedelta(days=WINDOW_BEFORE) <= d.date <= pub and _within(d.date, date, precision)), None)


def _things_arrival_only(art: Article, k: int) -> bool:
    """Lead sentence k tells only the arrival of a thing or a delegation (things.thing_arrival: "وصلت
    شحنة مساعدات", "وصل وفد"), no other visit or meeting word: its day is that arrival's, not of a
    reception or talks told later."""
    hits = [h for h in art.by_sent.get(k, ()) if h.group.startswith("t:")]
    return bool(hits) and all(thing_arrival(art, k, h) for h in hits)


def _trip_elsewhere(art: Article, k: int, visitor: Any, host: Any) -> bool:
    """Lead sentence k tells only a trip (its visit words all arrivals) to places of neither side's country:
    in "وتوجه أوباما من إسرائيل إلى عمان الجمعة" (Obama went from Israel to Amman on Friday) the Friday is the
    Jordan leg's, not the day he met Abbas."""
    hits = [h for h in art.by_sent.get(k, ()) if h.group.startswith("t:")]
    countries = {p.country for p in art.places.get(k, []) if p.country}
    return bool(hits) and bool(countries) and all(trigger_spec(h.group)["role"] == "arrive" for h in hits) \
        and not countries & {visitor.country, host.country}


def _tells_held_meeting(art: Article, k: int, sides: set[str]) -> bool:
    """Lead sentence k tells a meeting as held, naming no one but the pair (or no one:
    "وشهد العالم صباح الجمعة لقاء الزعيمين", the world saw on Friday the two leaders'
    meeting): a meeting word outside quotes, no sa- future, no plan cue, no official's office
    noun before it: "قال مسؤول روسي، الجمعة، إن بلاده لا تجري محادثات" (an official said on
    Friday his country holds no talks) and "أن المبعوث الأمريكي توجه صباح الأحد إلى بيونغ يانغ"
    (the US envoy left on Sunday morning) tell an official's day, not the leaders'; nor does a lead of a
    thing's or a delegation's arrival (_things_arrival_only), nor a meeting noun (not an arrival: "فور
    وصوله", on his arrival, is the last-named leader's) whose pronoun no one named owns, in a sentence
    naming no one: "وأضاف أن مجلس الوزراء ركز في اجتماعه اليوم على" (that the cabinet focused in its
    meeting today on) is the cabinet's meeting, not the leaders'."""
    if any(pid(m) not in sides for m in art.persons.get(k, [])) or art.cues(k, "c:future_plan") or opens_pluperfect(art, k):
        return False
    offs = [c.start for c in art.cues(k, "c:official_nouns")]
    return any(h.group.startswith("t:") and not art.in_quote(h.start) and "س" not in h.prefix
               and trigger_spec(h.group).get("tense") != "future" and not any(o < h.start for o in offs)
               and not (trigger_spec(h.group)["role"] == "meet" and h.suffix in ("ه", "ها") and not art.persons.get(k)
                        and pronoun_owner(art, k, h) is None)
               for h in art.by_sent.get(k, ()))


KANA_QAD_WORDS = 7  # "وكان" (wa-kana), a subject with its title, then "قد" (qad)


def opens_pluperfect(art: Article, k: int) -> bool:
    """Sentence k opens with "كان ... قد" (had done) in its first clause, its subject someone's, no meeting word: "وكان
    المساعد قد شارك في اجتماعات عقدت في برلين من 15 إلى 17 مارس" (the aide had taken part in meetings in Berlin) tells
    an earlier act, whose day is no news day; "وكانت القمة التي عقدت الاثنين قد تناولت" (the summit, held on Monday,
    had dealt with) still tells the meeting's."""
    s = art.sentences[k][0]
    words = re.split("[\u060c,]", art.folded_slice(*art.sentences[k]))[0].split()[:KANA_QAD_WORDS + 2]
    if not words or words[0].removeprefix(WA) not in grammar_words("kana_forms") or "\u0642\u062f" not in words[1:]:
        return False
    qad = words.index("\u0642\u062f")
    return not any(h.group.startswith("t:") and len(art.text[s:h.start].split()) < qad for h in art.by_sent.get(k, ()))


def _pair_act(art: Article, k: int, sides: set[str]) -> bool:
    """Lead sentence k names both leaders of the pair and no one else, with no plan: the act it tells them at
    together is the visit's news, so is its day ("شهد مرسي وزرداري أمس التوقيع على مذكرات تفاهم", Morsi and Zardari
    witnessed yesterday the signing of memoranda, dates "زيارة مرسي لباكستان" told before it with no day)."""
    named = {pid(m) for m in art.persons.get(k, [])}
    if named != sides or art.cues(k, "c:future_plan") or any(sa_future(w) for w in art.folded_slice(*art.sentences[k]).split()):
        return False  # "سيشهدان غدا" (will witness tomorrow), "سيناقشان" (will discuss): ahead
    return not any(_others_saying(art, k, d, sides) for d in art.dates.get(k, []))


def _tells_meeting(art: Article, k: int) -> bool:
    """Sentence k has a meeting or visit word of its own: "ذكر التلفزيون اليوم الثلاثاء أن كيم بدأ زيارة" (TV said on
    Tuesday that Kim began a visit) reports the trip as that day's news; a lead with none only names a side in a
    saying about something else ("قال مستشار المرشد، الخميس، إن إيران لن تقبل ... ترامب")."""
    return any(h.group.startswith("t:") for h in art.by_sent.get(k, ()))


def _others_saying(art: Article, k: int, d: Any, sides: set[str]) -> bool:
    """Day d of lead sentence k stands before "أن" / "إن" (that) with neither leader of the pair named before it: a
    third party's saying or report, "وذكر الراديو، اليوم الجمعة، أن مراسم ... جرت خلال استضافة بيريز أوباما" (Friday
    is the report's), "قال مستشار المرشد ...، الخميس، إن إيران لن تقبل ... ترامب" (Thursday is the adviser's, who
    names Trump: no day of the visit to Washington told undated further on)."""
    return complementizer_between(art, d.end, art.sentences[k][1]) \
        and not any(pid(m) in sides and m.start < d.start for m in art.persons.get(k, []))


OFFICE_WORDS = 3  # from an envoy's office noun over his adjective to his name: "المبعوث الأمريكي سونغ كيم"


def bearers_name(art: Article, m: Any) -> bool:
    """The leader's mention is the name of an envoy, minister or official told right before it,
    with no preposition between: "المبعوث الأمريكي سونغ كيم" (the US envoy Sung Kim) names no
    Kim Jong-un, so his trip's day is not the leaders'; "رسالة من المبعوث إلى كيم" (from the envoy
    to Kim) is Kim."""
    words = [w.strip("،,") for w in art.words_before(m.start, OFFICE_WORDS)]
    k = next((k for k in range(len(words) - 1, -1, -1) if words[k] in trigger_words("message_bearers")), None)
    gap = words[k + 1:] if k is not None else []
    # his first name stands right before the surname: no title ("وزير الخارجية الرئيس السيسي") nor a break
    return bool(gap) and not gap[-1].startswith("\u0627\u0644") and not any(w in grammar_words("name_breaks") for w in gap)


def _falls_to(art: Article, j: int, c: Any) -> bool:
    """The origin cue c of sentence j is "يعود" in its other sense, "falls to, is due to": right after it
    "إلى" (or a glued li-) and a word that is neither a place of the article nor a home word (triggers.yaml
    home_words): "معتبرا انه يعود الى القوات الافريقية ملاحقة الارهابيين" (holding that it falls to the
    African forces to pursue the terrorists) tells no return home, "ثم يعود إلى القاهرة" and "يعود إلى أرض
    الوطن" do."""
    if fold_term(c.term) != fold_term("يعود"):
        return False
    words = list(re.finditer(r"\S+", art.text[c.end:c.end + RETURN_CHARS]))
    if not words:
        return False
    first = fold_term(words[0].group().strip("،,"))
    if first in {fold_term("إلى"), fold_term("الى")} and len(words) > 1:
        target, word = words[1], fold_term(words[1].group().strip("،,"))
    elif first.startswith("ل") and len(first) > 2:
        target, word = words[0], "ا" + first[1:] if first.startswith("لل") else first[1:]
    else:
        return False
    lo, hi = c.end + target.start(), c.end + target.end()
    if any(lo <= p.start < hi or p.start <= lo < p.end for p in art.places.get(j, [])):
        return False
    return word not in trigger_words("home_words")


RETURN_CHARS = 40  # from "يعود" over "إلى" to the word after it


def _within(day, date, precision: str | None) -> bool:
    """The day falls in the coarser date a row has (its month or year), or there is none."""
    if date is None:
        return True
    return day.year == date.year and (precision != "month" or day.month == date.month)
