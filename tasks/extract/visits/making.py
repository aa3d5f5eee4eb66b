"""A visit told as being made while the news is written, by the clause around its word rather than
by a date or "حاليا" (now): a present relative after the visit noun, "خلال زيارة يقوم بها إلى
تركيا" (during a visit he is making to Turkey); a relative pronoun before a present visit verb,
"ترمب الذي يزور بريطانيا" (Trump, who is visiting Britain), "ميركل، التي تزور بلاده" (Merkel, who
is visiting his country); "now" between a present verb of making and the noun, "يقوم الآن بزيارة" (is now making a visit); a past verb of beginning whose object is the visit, "استهل ترامب زيارته
لبريطانيا" (Trump opened his visit to Britain); a relative clause telling the visit began a few days ago at most,
"زيارة نجاد للقاهرة التي بدأت منذ يومين" (Ahmadinejad's visit to Cairo, which began two days ago). Read by timing.under_way: such a visit is news
however deep in the text it is told, and not only a plan when its meeting is still ahead.
A sa- future ("ستقوم بها", "سيزور") or a dated day ahead still makes a plan (timing, merge). A visit whose end is
told ahead is under way too (span.ended_ahead), and a pluperfect arrival of its leader its background (still_going).
A relative clause's arrival of publication's day keeps its own time against the main clause's plan (own_day_relative)."""
from __future__ import annotations

import re

from tasks.extract.tense import sa_future
from tasks.extract.visits.antecedent import ANTECEDENT_CHARS, relative_after
from tasks.extract.visits.article import Article, Candidate
from tasks.extract.visits.begun import days_back, on_the_day
from tasks.extract.visits.headline import judged_current, judged_in_headline
from tasks.extract.visits.leaders import pid
from tasks.extract.visits.span import closes_later, ended_ahead, visit_day_of
from tasks.extract.visits.triggers import trigger_spec
from ziyarat.arabic import WA, fold_term
from ziyarat.lexicon import generic_titles, grammar_words
from ziyarat.matching import Hit

MAKING_GAP_WORDS = 2  # between the visit noun and its "يقوم بها": an adjective, a relative pronoun ("زيارة رسمية يقوم بها")
BEGUN_GAP_WORDS = 7  # between "استهل" and the visit noun: the subject, a title and a name ("استهل الرئيس الأمريكي، دونالد ترامب، زيارته")
AHEAD_WORDS = 10  # how far back in its sentence a sa- future governs the visit ("ستكون هذه أول زيارة يقوم بها")
NISBA = re.compile("^\u0627\u0644\\w+\u064a$")  # ال...ي, a nisba adjective of a title: "الأمريكي", "التركي"


def making_now(art: Article, h: Hit) -> bool:
    """The visit is under way by its own clause (see the module's docstring)."""
    if ended_ahead(art, h):
        return True  # "ينهي ... غدا زيارته" (ends tomorrow his visit): begun
    if "\u0633" in h.prefix or _told_ahead_or_generic(art, h):  # س, sa-: will
        return False
    role = trigger_spec(h.group)["role"]
    if role == "visit":
        return _making_relative(art, h) or _present_after_relative(art, h) or _making_adverb(art, h) or _begun(art, h) \
            or current_after_owner(art, h) or _begun_lately(art, h)
    if role == "meet":
        return _guest_relative(art, h)
    return role == "arrive" and _present_after_relative(art, h)


def _making_relative(art: Article, h: Hit) -> bool:
    """A present "making" relative right after the visit noun: "زيارة يقوم بها" (a visit he makes),
    "الزيارة التي تقوم بها" (the visit she makes), "زيارة رسمية يؤديها" (an official visit he performs)."""
    end = art.word_end(h.end)
    stop = art.sentences[art.sent_of(h.start)][1]
    words = [w.strip("\u060c,") for w in art.folded_slice(end, min(stop, end + 60)).split()][:MAKING_GAP_WORDS + 2]
    making, gap_ok = grammar_words("making_present"), grammar_words("relative_pronouns") | grammar_words("visit_adjectives")
    for k in range(min(MAKING_GAP_WORDS, len(words)) + 1):
        if (" ".join(words[k:k + 2]) in making or (k < len(words) and words[k] in making)) \
                and all(w in gap_ok for w in words[:k]):
            return True
    return False


def _present_after_relative(art: Article, h: Hit) -> bool:
    """A relative pronoun right before a present visit verb: "الذي يزور" (who is visiting), or before a
    present verb of making whose object is the visit noun: "التي تقوم بزيارة" (who is making a visit)."""
    before = [w.strip("\u060c,") for w in art.words_before(art.word_start(h.start), 2)]
    pronouns = grammar_words("relative_pronouns")
    if trigger_spec(h.group)["role"] == "arrive":  # "يزور", "يقوم بزيارة" as one trigger
        verb = fold_term(h.term).split()[0]
        return verb in grammar_words("visiting_present") | grammar_words("making_verbs_present") \
            and bool(before) and before[-1] in pronouns
    return len(before) == 2 and before[0] in pronouns and before[1] in grammar_words("making_verbs_present") \
        and h.prefix in ("", "\u0628")  # ب, bi-: "يقوم بزيارة"


GUEST_CHARS = 80  # from a meeting word to the other leader's relative clause ("مؤتمر صحافي مشترك مع المستشارة الألمانية أنجيلا ميركل، التي تزور")


def _guest_relative(art: Article, h: Hit) -> bool:
    """A leader named after the meeting word, his relative clause telling his visit under way:
    "مؤتمر صحافي مشترك مع ... أنجيلا ميركل، التي تزور بلاده" (a joint press conference with Merkel,
    who is visiting his country), "التقى السيسي بوتين، الذي يقوم بزيارة لمصر"."""
    i, end = art.sent_of(h.start), art.word_end(h.end)
    pronouns = grammar_words("relative_pronouns")
    for m in art.near("leaders", i, end, end + GUEST_CHARS):
        after = [w for w in (w.strip("\u060c,") for w in art.folded_slice(m.end, min(art.sentences[i][1], m.end + 40)).split()) if w][:3]
        if len(after) >= 2 and after[0] in pronouns and (
                after[1] in grammar_words("visiting_present")
                or (after[1] in grammar_words("making_verbs_present") and after[2:3] and after[2].startswith("\u0628\u0632\u064a\u0627\u0631"))):
            return True
    return False


ON_VISIT_PLACE_CHARS = 40  # from "كان في زيارة" to the place it goes to ("للولايات المتحدة")


def guest_on_visit(art: Article, i: int, c: Hit) -> bool:
    """A past-reference cue "كان في زيارة" (was on a visit) opening the relative clause of the leader a held
    meeting word names after it (within GUEST_CHARS): "في مؤتمر صحفي مشترك مع رئيس وزراء اليابان، شينزو آبي،
    الذي كان في زيارة للولايات المتحدة" (at a joint press conference with Japan's PM, Shinzo Abe, who was on a
    visit to the US) tells the visit the meeting was held in, under way then, no earlier one (read by
    timing.visit_kind and merge's background visitor). Not one the clause dates itself ("... الشهر الماضي"), nor
    one to his own country, nor to a third country: the country after the noun must be that of another leader
    of the sentence when one is named; not after a sa- future or a planned meeting word ("سيعقد مؤتمرا")."""
    words = fold_term(c.term).split()
    if not words or words[0] not in grammar_words("kana_forms") or "\u0633" in c.prefix:  # س, sa-
        return False
    before = [w.strip("\u060c,").removeprefix("\u0648") for w in art.words_before(art.word_start(c.start), 1)]
    if not before or before[0] not in grammar_words("relative_pronouns"):
        return False
    pronoun = art.word_start(art.word_start(c.start) - 1)
    guest = next((m for m in reversed(art.near("leaders", i, pronoun - ANTECEDENT_CHARS, pronoun)) if m.end <= pronoun
                  and (rel := relative_after(art, m.end, c.end, lead=ANTECEDENT_CHARS, apposition=True)) and rel[0] == pronoun),
                 None)
    if guest is None or not any(t.end <= guest.start and trigger_spec(t.group)["role"] == "meet" and "\u0633" not in t.prefix
                                for t in art.near("triggers", i, guest.start - GUEST_CHARS, guest.start)):
        return False
    stop = art.text.find("\u060c", c.end, art.sentences[i][1])
    stop = art.sentences[i][1] if stop < 0 else stop
    if any(c.end <= d.start < stop for d in art.dates.get(i, [])):
        return False
    goal = next(iter(art.near("places", i, c.end, min(stop, c.end + ON_VISIT_PLACE_CHARS))), None)
    others = {m.country for m in art.leaders.get(i, []) if m.entity_id != guest.entity_id}
    return goal is None or goal.country != guest.country and (not others or goal.country in others)


def _making_adverb(art: Article, h: Hit) -> bool:
    """A present verb of making and "now" right before the visit noun with bi-: "يقوم الآن بزيارة إلى تشاد"
    (yaqumu al-ana bi-ziyara, he is now making a visit to Chad), "تقوم حاليا بزيارة"."""
    before = [w.strip("\u060c,").removeprefix("\u0648") for w in art.words_before(art.word_start(h.start), 2)]
    return len(before) == 2 and before[0] in grammar_words("making_verbs_present") \
        and before[1] in grammar_words("now_adverbs") and h.prefix == "\u0628"  # ب, bi-


def _begun(art: Article, h: Hit) -> bool:
    """A past verb of beginning whose object is the visit noun, only the subject between:
    "استهل الرئيس الأمريكي، دونالد ترامب، زيارته" (the US president, Donald Trump, opened his
    visit); not "بدأ ... الاستعداد لزيارة" (began preparing for a visit: li- on the noun, a noun between)."""
    if h.prefix not in ("", "\u0648"):  # و, wa-
        return False
    i, start = art.sent_of(h.start), art.word_start(h.start)
    lo = max(art.sentences[i][0], start - 80)
    words = art.folded_slice(lo, start).split()[-(BEGUN_GAP_WORDS + 1):]
    verbs = grammar_words("began_verbs") | grammar_words("opened_verbs")
    at = next((k for k in range(len(words) - 1, -1, -1) if words[k].strip("\u060c,").removeprefix("\u0648") in verbs), None)
    if at is None:
        return False
    named = " ".join(art.folded_slice(m.start, m.end) for m in art.near("persons", i, lo, start))
    titles = {w for t in generic_titles() for w in t.split()}
    gap = [w.strip("\u060c,") for w in words[at + 1:]]
    return bool(gap) and any(w in named.split() for w in gap) and all(
        w in named.split() or w in titles or NISBA.match(w) for w in gap)


BEGUN_RELATIVE_WORDS = 4  # from the visit noun, or its owner's name, over its goal to the relative pronoun: "زيارته للقاهرة التي"
BEGUN_LATELY_DAYS = 3  # a visit begun this many days before publication at most is still going (a visit of a few days)


def _begun_lately(art: Article, h: Hit) -> bool:
    """A relative pronoun within BEGUN_RELATIVE_WORDS after the visit noun h, then a past verb of beginning (grammar.yaml
    began_verbs, or with the visit as its object, "بدأها"), no comma, stop or other trigger between, whose clause
    (up to its comma or stop) dates it BEGUN_LATELY_DAYS or fewer days before the article's own day and tells no end
    (ended_verbs): "وتعد زيارة نجاد للقاهرة التي بدأت منذ يومين هي الأولى" (Ahmadinejad's visit to Cairo, which began
    two days ago, is the first) is under way. Not one begun a week back ("التي بدأت الأحد الماضي" in a Tuesday's article),
    nor an undated clause ("التي بدأت في أجواء متوترة"), nor "التي بدأت الأحد وانتهت أمس" (which ended yesterday)."""
    if trigger_spec(h.group).get("tense"):
        return False
    i = art.sent_of(h.start)
    owner = None if h.suffix else art.genitive_leader(i, h)  # past the owner's titled name: "زيارة الرئيس الفلسطيني محمود عباس"
    end = art.word_end(h.end) if owner is None else art.word_end(art.last_of_name(i, owner).end)
    words = list(re.finditer(r"\S+", art.text[end:art.sentences[i][1]]))[:BEGUN_RELATIVE_WORDS + 2]
    began = grammar_words("began_verbs") | grammar_words("opened_verbs")
    for k, w in enumerate(words[:BEGUN_RELATIVE_WORDS + 1]):
        word = fold_term(w.group())
        if word.removeprefix(WA) in grammar_words("relative_pronouns"):
            verb = fold_term(words[k + 1].group()).strip("\u060c,.") if k + 1 < len(words) else ""
            if not (verb in began or verb.endswith("\u0647\u0627") and verb[:-2] in began) \
                    or art.near("triggers", i, end, end + w.start()):
                return False
            lo = end + words[k + 1].end()
            stop = re.search("[\u060c,.;:]", art.text[lo:art.sentences[i][1]])
            hi = lo + stop.start() if stop else art.sentences[i][1]
            clause = {fold_term(x).removeprefix(WA) for x in art.text[lo:hi].split()}
            days = [days_back(art, d) for d in art.dates.get(i, []) if lo <= d.start < hi]
            return bool(days) and all(n is not None and 0 <= n <= BEGUN_LATELY_DAYS for n in days) \
                and not clause & grammar_words("ended_verbs")
        if word[-1:] in "\u060c,.;:":
            return False
    return False


def current_after_owner(art: Article, h: Hit) -> bool:
    """"الحالية" / "الجارية" (current, ongoing) after the visit noun, right after it ("زيارته الحالية",
    his current visit) or after its genitive leader, past an appositive name between commas: "زيارة
    الرئيس الأمريكي باراك أوباما الحالية إلى إسرائيل" (US President Barack Obama's current visit to
    Israel), "زيارة الرئيس الإيراني، محمود أحمدي نجاد، الحالية لمصر"."""
    if trigger_spec(h.group).get("tense"):
        return False
    i = art.sent_of(h.start)
    owner = None if h.suffix else art.genitive_leader(i, h)
    end = art.word_end(h.end) if owner is None else art.word_end(art.last_of_name(i, owner).end)
    after = art.folded_slice(end, art.sentences[i][1]).replace("\u060c", " ").replace(",", " ").split()
    return bool(after) and after[0] in grammar_words("current_adjectives")


CUT_WORDS = 8  # the cut verb's subject, title and name, may stand between it and the visit noun ("قطع الرئيس التونسي المنصف المرزوقي زيارته")


def cut_short(art: Article, c: Candidate) -> bool:
    """The candidate's visit noun, its owner's pronoun glued ("زيارته", "زيارتها", "جولته"), cut short by a past verb of
    grammar.yaml `cut_short_verbs` a few words before it in its clause, its owner the candidate's visitor (the last leader
    named before it): "وقطع زيارته إلى فرنسا" (and cut short his visit to France), "اختصرت رئيسة البرازيل زيارتها إلى
    تشيلي" (Brazil's president cut short her visit to Chile): the visit was under way when the news broke, however deep
    in the text it is told (merge._told_as_news). Not a leader listed before her ("تشافيز ... وروسيف التي قطعت زيارتها")."""
    h = c.hit
    if trigger_spec(h.group).get("tense") or not art.text[h.start:art.word_end(h.end)].endswith(("\u0647", "\u0647\u0627")):
        return False  # -hu, -ha (not ta marbuta: "زيارة")
    start = art.sentences[c.sentence][0]
    clause = re.split(r"[.،,؛:!?؟]", art.folded_slice(max(start, h.start - 80), h.start))[-1]
    cut = grammar_words("cut_short_verbs")
    if not any(w in cut or w.removeprefix(WA) in cut for w in clause.split()[-CUT_WORDS:]):
        return False
    before = art.near("leaders", c.sentence, start, h.start - 1)
    return bool(before) and c.visitor is not None and pid(before[-1]) == pid(c.visitor)


def still_going(art: Article, i: int, h: Hit) -> bool:
    """The leader named before trigger h in sentence i has a visit the article tells elsewhere as still going:
    its end told ahead (span.ended_ahead, "ومن المقرر أن ينهي ميدفيديف زيارته اليوم", is scheduled to end his visit
    today), its last day not yet come (span.closes_later) or called current ("زيارته الحالية"). A pluperfect
    arrival of his, "وكان ميدفيديف وصل إلى برازيليا" (Medvedev had arrived in Brasilia), is then the background
    of the visit under way, not an earlier one (timing.visit_kind)."""
    named = {pid(m) for m in art.near("leaders", i, art.sentences[i][0], h.start - 1)}  # not a senator's current visit
    return _going_elsewhere(art, i, named)


def _going_elsewhere(art: Article, i: int, named: set) -> bool:
    """A sentence other than i names one of `named` and tells a visit as still going: its last day not yet come
    (span.closes_later), its end told ahead (span.ended_ahead), called current ("زيارته الحالية") or told by
    one of its days ("في ثاني أيام زيارته", on the second of his visit's days: span.visit_day_of)."""
    if not named:
        return False
    for j in art.by_sent:
        if j != i and named & {pid(m) for m in art.persons.get(j, [])} and (closes_later(art, j) or any(
                t.group.startswith("t:") and (ended_ahead(art, t) or current_after_owner(art, t) or visit_day_of(art, t))
                for t in art.by_sent[j])):
            return True
    return False


def today_in_visit(art: Article, i: int, h: Hit) -> bool:
    """A meeting of publication's day ("اليوم", today, in its sentence) between leaders one of whom the article
    tells elsewhere on a visit still going (_going_elsewhere): "ومن المقرر أن تجتمع ماي مع ترمب اليوم" (May is
    scheduled to meet Trump today) beside "في أول يوم من زيارته" (on the first day of his visit) is a meeting of
    the visit under way, reported, not a plan; with no such visit told, begun.scheduled_today reads a schedule frame
dated today in the meeting's own clause."""
    if "\u0633" in h.prefix or not any(  # س, sa-: will; undated too, "اليوم" is the article's day (begun.on_the_day)
            d.kind == "relative" and on_the_day(art, d) for d in art.dates.get(i, [])):
        return False
    return _going_elsewhere(art, i, {pid(m) for m in art.leaders.get(i, [])})


def judged_today(art: Article, i: int, h: Hit) -> bool:
    """A visit noun judged in a statement of the day, with no past predicate: "قال المتحدث اليوم إن زيارة
    الرئيس الإيراني لمصر «مرفوضة»" (the spokesman said today that the Iranian president's visit to Egypt is
    «rejected»), "اعتبرت الصحيفة أمس زيارة أوباما لإسرائيل محاولة لتحسين صورته" (the paper deemed
    yesterday Obama's visit to Israel an attempt ...): the visit under way, the news's reaction to it, not an
    earlier one (retold's judged nouns). Publication's day or the day before must date the sentence
    before the noun and no day after it; a past predicate ("كانت", was; "حققت", achieved; "لم تحقق"), a
    past relative ("التي قام بها", that he made) or "نتائج" (the results of) still tells a visit behind the news."""
    pub, start = art.published, art.word_start(h.start)
    if pub is None or trigger_spec(h.group).get("tense"):
        return False
    days = art.dates.get(i, [])
    if any(d.start >= h.end for d in days) or not any(
            d.end <= start and d.precision == "day" and d.date is not None and 0 <= (pub - d.date).days <= 1 for d in days):
        return False
    return judged_current(art, i, h)


def judged_now(art: Article, i: int, h: Hit) -> bool:
    """A judged visit noun told as the news's visit: by a statement of the day (judged_today) or, with no
    day in its sentence, by the headline naming it (headline.judged_in_headline)."""
    return judged_today(art, i, h) or judged_in_headline(art, i, h)


def _told_ahead_or_generic(art: Article, h: Hit) -> bool:
    """The visit word after an ordinal ("أول زيارة يقوم بها رئيس إيراني لمصر", the first visit an
    Iranian president makes to Egypt: a kind of visit, not this one) or after a sa- future in its
    sentence ("ستجري مباحثات خلال زيارة يقوم بها", talks will be held during a visit he makes: ahead).
    Words of a name or place are not verbs ("ستيفان", "ستوكهولم")."""
    i, start = art.sent_of(h.start), art.word_start(h.start)
    lo = max(art.sentences[i][0], start - 12 * AHEAD_WORDS)
    spans = [(m.start, m.end) for kind in ("persons", "places") for m in art.near(kind, i, lo, start)]
    words = [(m.start() + lo, fold_term(m.group())) for m in re.finditer(r"\S+", art.text[lo:start])][-AHEAD_WORDS:]
    ordinals = grammar_words("visit_day_construct_ordinals") | grammar_words("first_words")
    if words and words[-1][1].removeprefix("\u0648") in ordinals:
        return True
    return any(sa_future(w) for at, w in words if not any(a <= at < b for a, b in spans))


OWN_DAY_CHARS = 60  # from a relative clause's arrival verb to its day: "الذي يصل إلى مطار القاهرة الدولي مساء اليوم"


def own_day_relative(art: Article, i: int, h: Hit) -> int | None:
    """A present arrival verb opening a relative clause after its leader, the clause dated by publication's day
    and no other: "للإعداد لزيارة أمير قطر ... الذي يصل القاهرة اليوم" (to prepare the visit of Qatar's emir,
    who arrives in Cairo today) tells the arrival of the day, whatever the main clause plans. The relative
    pronoun's start, so a plan cue before it (plans.plan_cue) is the main clause's; None otherwise. "الذي سيصل
    اليوم" (who will arrive today) too, as "سيصل اليوم" is the day's; not a clause dated ahead ("الذي يصل غدا")
    or undated."""
    spec = trigger_spec(h.group)
    if art.published is None or spec["role"] != "arrive" or spec.get("tense") != "future":
        return None
    start = art.word_start(h.start)
    before = re.search(r"(\S+)\s*$", art.text[art.sentences[i][0]:start])
    if before is None or fold_term(before.group(1).strip("\u060c,")) not in grammar_words("relative_pronouns"):
        return None
    days = [d for d in art.dates.get(i, []) if h.end <= d.start <= h.end + OWN_DAY_CHARS and d.date is not None]
    if not days or any(d.date != art.published or d.precision != "day" for d in days):
        return None
    return art.sentences[i][0] + before.start(1)
