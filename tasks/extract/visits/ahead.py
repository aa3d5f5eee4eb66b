"""Meetings told as lying ahead of the sentence's event: what a traveller is to do where he
arrived ("وصل كيم إلى سنغافورة حيث تجمعه الثلاثاء قمة مع ترامب", arrived in Singapore, where a
summit brings him together with Trump on Tuesday) and a meeting noun whose relative clause is a
future ("القمة التي ستجمعه", the summit that will bring him together). timing.py reads them to
plan the meeting and to keep its day off the arrival and the lead. Also a visit noun that is the
object of a sa- future ("سيؤدي ... زيارة", will perform a visit) or its subject ("زيارة المالكي ...
ستستغرق", will last), and the sa- future itself; a plan cue that plans a verb of its own; and the
meetings that inherit a planned trip's plan (inherit_plan, inherit_trip_plan)."""
from __future__ import annotations

import re

from tasks.extract.tense import sa_future, verb_tense
from tasks.extract.visits.announced import announced_holding
from tasks.extract.visits.article import Article, Candidate
from tasks.extract.visits.begun import framed_today, on_the_day, today_between
from tasks.extract.visits.during import fronted_holding_tense, fronted_sa_future
from tasks.extract.visits.leaders import pid
from tasks.extract.visits.making import making_now
from tasks.extract.visits.listed import tour_list
from tasks.extract.visits.prospects import past_relative, title_word
from tasks.extract.visits.antecedent import relative_antecedent
from tasks.extract.visits.heading import departure_verb, heading, onward_leg, participle_tense, set_off_after
from tasks.extract.visits.span import visit_day_before
from tasks.extract.visits.triggers import definite, purpose_noun, trigger_spec, verbal_noun
from ziyarat.arabic import PRONOUN_ENCLITICS, fold_term
from ziyarat.lexicon import grammar_lexicon, grammar_words, trigger_words
from ziyarat.matching import Hit


FIRST_WORDS = 4  # from "أول" (first) to the visit verb: "أول رئيس كوري جنوبي يزور"


def sa_marked(art: Article, h: Hit) -> bool:
    """The trigger carries the sa- future, or the departure verb a heading participle hangs on does: "وسيغادر
    أوباما القدس متوجها إلى عمان" (Obama will leave Jerusalem heading for Amman) is ahead, whatever comes before."""
    if "\u0633" in h.prefix or not heading(h):
        return "\u0633" in h.prefix
    verb = departure_verb(art.text, art.sentences[art.sent_of(h.start)][0], h)
    return verb is not None and sa_future(art.text[verb:art.word_end(verb)])


def ahead_marked(art: Article, h: Hit) -> bool:
    """sa_marked, or a departure set off after "قبل أن" (heading.set_off_after) or from an earlier leg abroad
    (heading.onward_leg): the leg lies ahead."""
    return sa_marked(art, h) or set_off_after(art, h) or onward_leg(art, h)


def first_to_tense(art: Article, h: Hit, tense: str | None) -> str | None:
    """The tense of a visit verb a few words after "أول" (first): "ليكون أول رئيس فلبيني
    يزور إسرائيل" (becoming the first Filipino president to visit Israel) describes the visit
    its sentence tells, no plan: the copula before "أول" gives the tense ("سيكون أول" future,
    "أصبح أول" past), none or another ("ليكون", "وهو") leaves it untold (None). A heading
    participle takes its departure verb's (heading.participle_tense). Any other trigger keeps its own tense,
    but a verb read as the verbal noun "holding" that is announced, agreed on or decided ("اتفقا على عقد
    لقاء", agreed on holding a meeting: not "عقد", he held; or after a preposition, "مع عقد لقاء") has none."""
    if heading(h):
        return participle_tense(art, h, tense)
    if tense == "past" and (announced_holding(art, h) or verbal_noun(art.text, h)):
        return None
    if tense != "future" and fronted_sa_future(art, h):
        return "future"  # "وبعد محادثات مع X، سيزور" (after talks with X, he will visit)
    if tense == "past" and (fronted := fronted_holding_tense(art, h))[0]:
        return fronted[1]  # "وعقب ... وعقد لقاء مع X، توجه": the main verb's tense
    if tense != "future" or h.prefix:
        return tense
    if relative_antecedent(art, art.sent_of(h.start), h) is not None:
        return None  # "عباس، الذي يزور موسكو" (Abbas, who is visiting Moscow): the visit under way, untold
    words = [w.strip("،,") for w in art.words_before(art.word_start(h.start), FIRST_WORDS + 1)]
    firsts = grammar_words("first_words")
    at = next((k for k in range(len(words) - 1, -1, -1) if words[k] in firsts), None)
    if at is None or at == len(words) - 1:
        return tense  # no "أول" before, or "أول" right before the verb ("أول يزور" is no phrase)
    copula = words[at - 1] if at > 0 else ""
    lex = grammar_lexicon()["first_copulas"]
    for said, forms in lex.items():
        if copula in {fold_term(f) for f in forms}:
            return said
    return None


def ahead_of_arrival(art: Article, i: int, h: Hit) -> bool:
    """A meeting told, after an arrival in its sentence, as what the traveller is to do
    there: after "حيث" (where) by a present or future verb, "وصل كيم إلى سنغافورة حيث
    تجمعه الثلاثاء قمة مع ترامب" (arrived in Singapore, where a summit brings him together
    with Trump on Tuesday), or as the purpose "لعقد" (to hold), "وصول ترامب وكيم إلى
    سنغافورة لعقد قمة". "حيث التقى" (where he met) is past: done there."""
    if trigger_spec(h.group).get("tense") == "past":
        return False
    arrivals = [t.end for t in art.by_sent.get(i, ()) if t.group.startswith("t:") and t.end <= h.start
                and trigger_spec(t.group)["role"] == "arrive"]
    if not arrivals:
        return False
    if any(w in trigger_words("purpose_hold") for w in art.words_before(art.word_start(h.start), 1)):
        return True
    wheres = [w for w in art.cues(i, "c:where_after_arrival") if arrivals[0] <= w.start and w.end <= h.start]
    if not wheres:
        return False
    own = "future" if "س" in h.prefix else trigger_spec(h.group).get("tense")
    if own:
        return own == "future"
    words = art.folded_slice(wheres[-1].end, h.start).split()
    return bool(words) and any(verb_tense(f) == "future" for f in _verb_forms(words[0]))


def when_ahead(art: Article, h: Hit) -> bool:
    """An imperfect visit verb right after "عندما" / "حينما" (when): "سيبحث الملف مع أوباما
    عندما يقوم بزيارة واشنطن" (he will discuss the file with Obama when he makes a visit to
    Washington) tells a visit ahead, though "يقوم بزيارة" alone is the visit under way;
    "عندما قام بزيارة" (when he made) is past."""
    words = [w.strip("،,") for w in art.words_before(art.word_start(h.start), 1)]
    if not (words and words[-1] in grammar_words("when_words")) or h.prefix:
        return False
    first = fold_term(h.term).split()[0]  # "يصل" (yasil, arrives) is unknown to the tense reader: ya- is imperfect
    return bool(trigger_spec(h.group).get("tense")) and (first[:1] == "ي" or verb_tense(first) == "future")


NEXT_LEG_CHARS = 60  # from the next leg's verb to its visit noun: "يتوجه بعدها الي نيودلهي في زيارة"


def next_leg(art: Article, h: Hit) -> bool:
    """An imperfect travel verb with "بعدها" / "بعد ذلك" (after it) right after it: "وصل ...
    في زيارة تستغرق ساعات، يتوجه بعدها إلى نيودلهي" (he heads after it to New Delhi) is the
    trip's next leg, ahead, and so is the visit noun of its clause ("... في زيارة رسمية للهند"),
    and "another" visit an imperfect governs ("كما يقوم بزيارة أخرى إلى الهند"); "توجه بعدها"
    (headed after it) is past. So is a departure set off after "قبل أن" (heading.set_off_after) or from an
    earlier leg abroad (heading.onward_leg)."""
    if set_off_after(art, h) or onward_leg(art, h):
        return True
    if not trigger_spec(h.group).get("tense"):
        i = art.sent_of(h.start)
        prior = [t for t in art.by_sent.get(i, ()) if t.group.startswith("t:") and t.end <= h.start]
        nxt = art.folded_slice(art.word_end(h.end), art.word_end(h.end) + 8).split()[:1]
        if prior and nxt and nxt[0].strip("،,") in grammar_words("another_words") and not definite(h) and not h.suffix:
            # "كما يقوم الرئيس بزيارة أخرى إلى الهند" (also makes another visit): after the sentence's first
            return verb_tense(art.text[prior[-1].end:h.start]) == "future"
        return bool(prior) and h.start - prior[-1].end <= NEXT_LEG_CHARS and next_leg(art, prior[-1])
    if trigger_spec(h.group).get("tense") != "future":
        return False
    after = " ".join(w.strip("،,") for w in art.folded_slice(art.word_end(h.end), art.word_end(h.end) + 16).split()[:2])
    return any(after == w or after.startswith(w + " ") for w in grammar_words("after_it_words"))


TONIGHT_CHARS = 50  # the evening word stands by its travel verb


def leaving_tonight(art: Article, i: int, h: Hit) -> bool:
    """A sa- or imperfect verb of setting out dated this evening: "سيتوجه بوتين الليلة إلى القاهرة"
    (will head tonight to Cairo) has not set out at publication and may arrive the next day; "يصل
    مساء اليوم" (arrives this evening) arrives on publication's day, as "يصل اليوم" and "سيلتقي اليوم"
    (will meet today): the visit of the day (grammar.yaml setting_out_verbs)."""
    if trigger_spec(h.group).get("role") == "visit":  # "زيارته التي تبدأ مساء اليوم" (that begins this evening)
        words = [w.strip("،,") for w in art.folded_slice(art.word_end(h.end), art.word_end(h.end) + 40).split()[:3]]
        starts = words[:1] and words[0] in grammar_words("relative_pronouns") and words[1:2] \
            and words[1] in grammar_words("start_verbs")
        if not starts:
            return False
    elif trigger_spec(h.group).get("role") != "arrive" or trigger_spec(h.group).get("tense") == "past" and "س" not in h.prefix:
        return False  # "يتوجه مساء اليوم" (heads this evening) too; "وصل مساء اليوم" (arrived) is done
    elif fold_term(h.term).split()[0] not in grammar_words("setting_out_verbs"):
        return False  # "يصل مساء اليوم", "سيصل الليلة", "تبدأ زيارة ... مساء اليوم": the day's arrival
    # "مساء اليوم الاثنين" (this Monday evening) too, dated the publication day, and "ليل الجمعة" (Friday
    # night) with Friday the publication day: the evening word right before the day (grammar.yaml evening_words)
    return any(  # undated too: "مساء اليوم" is the evening of the article's own day (begun.on_the_day)
        on_the_day(art, d) and max(d.start - h.end, h.start - d.end) <= TONIGHT_CHARS
        and (any((fold_term(d.surface) + " ").startswith(w + " ") for w in grammar_words("tonight_words"))
             or "".join(art.words_before(d.start, 1)).strip("،,") in grammar_words("evening_words"))
        for d in art.dates.get(i, []))


def _verb_forms(word: str) -> set[str]:
    """A folded word and the same without an object pronoun: "تجمعه" (tajma'uhu, brings him
    together) is also "تجمع", which the tense reader knows for a verb."""
    word = word.strip("،,")
    return {word} | {word[:-len(p)] for p in PRONOUN_ENCLITICS if word.endswith(p) and len(word) - len(p) >= 3}


RELATIVE_WORDS = 3  # a relative pronoun within three words of the noun: "القمة التاريخية التي ..."


def relative_future(art: Article, i: int, h: Hit) -> bool:
    """A meeting noun whose relative clause is told ahead: "القمة التي ستجمعه مع كيم" (the
    summit that will bring him together with Kim) by a sa- future, "اجتماع القمة الذي يعقده
    كيم مع ترامب" (the summit meeting that Kim holds with Trump) by the present of holding or
    bringing together; "القمة التي جمعته" (that brought him together) is past. Not the present of a summit
    that frames an act told as no future (framing_now): its holding is the news."""
    end = art.word_end(h.end)
    words = art.folded_slice(end, art.sentences[i][1]).split()[:RELATIVE_WORDS + 1]
    for k, w in enumerate(words[:RELATIVE_WORDS]):
        if w.strip("،,") in grammar_words("relative_pronouns"):
            forms = _verb_forms(words[k + 1]) if k + 1 < len(words) else set()
            return any((f[:1] == "س" and verb_tense(f) == "future") or f in grammar_words("holding_present")
                       and not framing_now(art, i, h) for f in forms)
    return False


def framing_now(art: Article, i: int, h: Hit) -> bool:
    """The meeting noun right after a during-word (grammar.yaml during_words) frames its sentence's act, told
    with no future verb before it, no plan cue and no day after publication in the sentence: "عرض أردوغان هدنة،
    وذلك خلال القمة الثلاثية التي تجمع إلى جانبه بوتين وروحاني" (Erdogan offered a truce during the three-sided
    summit that brings Putin and Rouhani together with him) tells the summit under way; "سيعرض ... خلال القمة التي
    تعقد" (will offer during the summit being held) or "التي تعقد غدا" (held tomorrow) is still ahead."""
    before = [w.strip("،,") for w in art.words_before(art.word_start(h.start), 1)]
    if not (before and before[0].removeprefix("و") in grammar_words("during_words")) or art.published is None:
        return False
    lo = art.sentences[i][0]
    return verb_tense(art.text[lo:art.word_start(h.start)]) != "future" and not art.cues(i, "c:future_plan") \
        and not any(d.date is None or d.date > art.published for d in art.dates.get(i, []))


def ahead_clauses(art: Article, i: int) -> list[int]:
    """Where the "حيث" (where) clauses of sentence i that tell a meeting ahead of an
    arrival begin: a date past one is that meeting's, not the arrival's (nor the lead's)."""
    return [w.end for w in art.cues(i, "c:where_after_arrival") if any(
        t.group.startswith("t:") and t.start >= w.end and ahead_of_arrival(art, i, t) for t in art.by_sent.get(i, ()))]


OBJECT_VERB_WORDS = 8  # from a bare visit noun back over its subject to the verb that takes it as object


def object_of_future(art: Article, i: int, h: Hit) -> bool:
    """A bare visit noun that is the object of a sa- future, its subject between: "سيؤدي
    رئيس الحكومة مهدي جمعة زيارة رسمية إلى الجزائر" (sa-yu'addi, the head of government
    will perform an official visit to Algeria) is a visit ahead, as "يؤدي ... زيارة" (is
    performing) is one under way. Not a noun a preposition governs ("وسيعقدان مؤتمرا في
    ختام زيارة", will hold a conference at the end of the visit: the visit is the frame).
    So is the object of a tour's present "includes": "وتشمل جولة أوباما أيضا زيارة إلى رام الله"
    (Obama's tour also includes a visit to Ramallah) is a leg ahead; "وشملت" (included) is done."""
    if h.prefix or trigger_spec(h.group).get("role") != "visit":
        return False
    lo = max(art.sentences[i][0], h.start - 160)
    spans = [(m.start, m.end) for m in art.persons.get(i, []) + art.places.get(i, [])]
    words = [w for w in re.finditer(r"\S+", art.text[lo:h.start]) if not any(s <= lo + w.start() < e for s, e in spans)]
    stops = set(grammar_words("frame_prepositions")) | set(grammar_words("during_words")) | set(grammar_words("locatives"))
    for w in reversed(words[-OBJECT_VERB_WORDS:]):
        word = fold_term(w.group().strip("،,"))
        if word in stops or word in grammar_words("object_stops"):
            return False
        if word.removeprefix("و") in grammar_words("itinerary_verbs"):
            return True  # "وتشمل جولة أوباما أيضا زيارة إلى رام الله" (Obama's tour also includes a visit)
        if verb_tense(word) is not None:
            return sa_future(word) and not today_between(art, i, lo + w.end(), h.start)
    return False


def subjunctive(art: Article, h: Hit) -> bool:
    """An imperfect meeting verb right after "أن" (an, that: the subjunctive): "ينبغي على أوباما
    أن يزور القاهرة" (Obama should visit Cairo), "يجب أن يلتقي" (must meet), "يريد أن يزور" (wants
    to visit): a visit wished, owed or planned, not one held. "أن الرئيس يزور" (that the president
    is visiting), with its subject first, tells a fact; so does a narrative "قبل أن يلتقي"
    (before he met) after a past verb. A verb joined by wa- to a subjunctive one shares its
    mood: "على ترودو أن يستقل الطائرة ويزور الرياض" (Trudeau should take the plane and visit Riyadh)."""
    if trigger_spec(h.group).get("tense") != "future":
        return False
    particles, narrative = grammar_words("subjunctive_particles"), grammar_words("narrative_before_an")
    raw = art.words_before(art.word_start(h.start), COORDINATED_WORDS)
    words = [w.strip("،,") for w in raw]
    if words and words[-1] in particles:
        return not (len(words) > 1 and words[-2] in narrative)
    at = max((k for k, w in enumerate(words[:-1]) if w in particles), default=None)
    return "و" in h.prefix and at is not None and verb_tense(words[at + 1]) == "future" \
        and not words[at + 1].startswith("س") and (at == 0 or words[at - 1] not in narrative) \
        and not any(w.endswith(("،", ",")) for w in raw[at:])


COORDINATED_WORDS = 4  # "أن يستقل الطائرة ويزور": the particle, the first verb and its object before the joined verb


def inherit_trip_plan(art: Article, cands: list[Candidate]) -> None:
    """An undated meeting with no past verb, when the article's only trip of that leader is a
    planned one, is part of the plan (_part_of_plan), told before or after it: "يعقد مرسي جلسة
    مباحثات مع رئيس الوزراء الهندي. كما يلتقي خلال زيارته التي تبدأ بعد غد ..." (holds talks
    with India's PM; also meets, during his visit starting the day after tomorrow, ...) (_later_plan_of).
    "اللقاء الذي عقد" (the meeting that was held: its relative clause past) is no part of a plan, nor is a visit
    told under way by its own clause (making): "هولاند الذي يقوم بزيارته الأولى إلى روسيا" before a meeting still ahead."""
    # a trip dated after publication is ahead too, though the merge plans it only later: "يبدأ مرسي
    # اعتبارا من 18 مارس زيارة" (Morsi begins a visit from 18 March) in an article of the 12th
    plans = [c for c in cands if (c.kind == "referenced" and c.planned or c.kind == "reported" and not c.past
             and c.date is not None and art.published is not None and c.date > art.published) and not another_trip(art, c.hit)]
    if not plans:
        return
    for c in cands:
        if c.kind == "reported" and (c.date is None or programme_day(art, c)) and not c.past and not _day_undated(art, c) \
                and not visit_day_before(art, c.hit) and not past_relative(art, c.sentence, c.hit) and not making_now(art, c.hit) \
                and any((p.sentence < c.sentence or _later_plan_of(art, c, p)) and _part_of_plan(art, c, p)
                        or legs_of_one_verb(art, cands, c, p) for p in plans) \
                and not any(r.kind == "reported" and r.past and pid(r.visitor) == pid(c.visitor) for r in cands):
            c.kind, c.planned, c.future = "referenced", True, True


def another_trip(art: Article, h: Hit) -> bool:
    """"سيقوم بزيارات أخرى إلى مصر" (will make other visits to Egypt): a further trip, whose plan is not the day's
    talks'; "قمة ثانية" (a second summit) is no trip word: it is the plan itself, not another beside the news."""
    if not h.group.startswith("t:") or trigger_spec(h.group)["role"] not in ("visit", "arrive"):
        return False
    nxt = art.folded_slice(art.word_end(h.end), art.word_end(h.end) + 12).split()[:1]
    return bool(nxt) and nxt[0].strip("،,.") in grammar_words("another_words")


def _day_undated(art: Article, c: Candidate) -> bool:
    """Undated, c's sentence names a day with no value ("السبت", "اليوم الخميس") and c is not told ahead:
    a dated article gives c that day, which keeps it out of a plan; so does this one."""
    return art.published is None and not c.future and any(
        d.date is None and d.precision == "day" and d.kind in ("weekday", "relative") for d in art.dates.get(c.sentence, []))


def programme_day(art: Article, c: Candidate) -> bool:
    """A meeting dated only "الليلة" (tonight) or "هذا اليوم" (this day), which in a trip's
    programme read ahead is that day's, not the publication's: "ثم سيتوجه أوباما إلى الأردن ...
    الليلة، سيستضيف الملك عبدالله حفل عشاء على شرف الرئيس أوباما" (tonight the king will host a dinner)."""
    words = grammar_words("tonight_words") | grammar_words("programme_day_words")
    return c.date == art.published and bool(c.date_evidence) and fold_term(c.date_evidence).strip("،, ") in words


def legs_of_one_verb(art: Article, cands: list[Candidate], c: Candidate, p: Candidate) -> bool:
    """c's verb names another leg in the country of the traveller's plan p, told before or after it:
    "ويزور الهند وباكستان في مارس" (and visits India and Pakistan in March), when the Pakistan trip
    is still ahead, is a tour ahead."""
    ahead = p.date is None or art.published is None or p.date >= art.published
    return ahead and bool(p.host.country) and any(q is not c and q.hit.start == c.hit.start and pid(q.visitor) == pid(c.visitor)
                                        == pid(p.visitor) and q.host.country == p.host.country for q in cands)


def _later_plan_of(art: Article, c: Candidate, p: Candidate) -> bool:
    """Talks c told before the plan p can be part of it only if p is c's traveller's trip ahead:
    not an invitation back ("ودعا نظيره لزيارة مصر"), nor a trip called off before publication
    ("ألغى في نوفمبر الماضي زيارته"); and c is talks, not an arrival ("لدى وصوله", on his arrival)."""
    ahead = p.date is None or art.published is None or p.date >= art.published
    return p.sentence > c.sentence and pid(p.visitor) == pid(c.visitor) and ahead \
        and trigger_spec(c.hit.group).get("role") == "meet"


def _part_of_plan(art: Article, c: Candidate, p: Candidate) -> bool:
    """Meeting c is said "during the visit" p ("يتوجه مرسي غدا إلى باكستان ... كما يلتقي خلال الزيارة
    رئيس الوزراء"), or held by its traveller with another leader of the country he is to visit:
    "يزور هولاند الهند الخميس المقبل ... ويعقد مباحثات مع رئيس وزراء الهند" (talks with India's PM)."""
    if pid(p.visitor) not in (pid(c.visitor), pid(c.host)):
        return False
    other = c.host if pid(c.visitor) == pid(p.visitor) else c.visitor
    # the plan's goal and the places listed after it, past its trigger or before it: "زيارة لكل من باكستان والهند"
    # (Pakistan and India), "بجولة تشمل كلا من باكستان والهند ...، يبدؤها بزيارة إلى إسلام أباد" (listed.tour_list)
    goals = {p.host.country} | {q.country for q in tour_list(art, p.sentence, p.host.country)}
    return bool(art.cues(c.sentence, "c:during_visit")) or (bool(p.host.country) and other.country in goals)


def inherit_plan(art: Article, cands: list[Candidate]) -> None:
    """A meeting in the sentence of a planned trip by one of its sides, told after it, undated (or
    dated like the plan, or told "during it" or after it) and with no past verb, is part of that trip: "زيارة
    بوتين المقبلة إلى دمشق ولقائه مع الأسد"; in "من المقرر أن يغادر مساء اليوم، متجها إلى الهند في
    زيارة ... يلتقي خلالها الرئيس الهندي" (scheduled to leave this evening on a visit during which
    he meets) the day is the departure's. A bare meeting noun after the pair's earlier visit is
    that visit's: "الزيارة الأخيرة التي قام بها جول لمصر ولقاؤه بمرسي" (and his meeting with Morsi)."""
    earlier = [c for c in cands if c.kind == "referenced"]
    for c in [c for c in cands if c.kind == "reported" and not c.past]:
        end = art.word_end(c.hit.end) + 2  # "يلتقي خلالها", or "خلالها" before it: "... كما يجري محادثات"
        told = [p for p in earlier if p.hit.start < c.hit.start and (c.date in (None, p.date) or p.planned and (any(
            p.hit.end <= d.start <= end for d in art.cues(c.sentence, "c:during_visit")) or stated_today(art, c, p)))]
        if any(p.planned and pid(p.visitor) in (pid(c.visitor), pid(c.host)) for p in told):
            c.kind, c.planned, c.future = "referenced", True, True
        elif not trigger_spec(c.hit.group).get("tense") and any(
                not p.future and {pid(p.visitor), pid(p.host)} == {pid(c.visitor), pid(c.host)} for p in told):
            c.kind = "referenced"
    for c in [c for c in cands if c.kind == "reported" and c.past]:
        # "الزيارة الأخيرة التي قام بها جول لمصر والتقى خلالها بمرسي" (the last visit Gul made to
        # Egypt, during which he met Morsi): a meeting told "during" the pair's earlier visit is it
        end = art.word_end(c.hit.end) + 2
        during = any(c.hit.end <= d.start <= end for d in art.cues(c.sentence, "c:during_visit"))
        if during and any(p.hit.start < c.hit.start and p.sentence == c.sentence and not p.future and not p.planned
                          and {pid(p.visitor), pid(p.host)} == {pid(c.visitor), pid(c.host)} for p in earlier):
            c.kind = "referenced"


def stated_today(art: Article, c: Candidate, p: Candidate) -> bool:
    """A bare visit noun dated today after the pair's trip planned in its sentence for a later day
    is that trip, the day the statement's: "سيقوم مرسي بزيارة لباكستان بعد غد ... ورحبت الخارجية
    في بيان أصدرته اليوم بزيارة الرئيس مرسي" (welcomed, in a statement issued today, the visit)."""
    return p.sentence == c.sentence and not trigger_spec(c.hit.group).get("tense") and art.published is not None \
        and c.date == art.published and p.date is not None and p.date > art.published \
        and {pid(p.visitor), pid(p.host)} == {pid(c.visitor), pid(c.host)}


def named_chars(art: Article, i: int, lo: int, hi: int) -> int:
    """How many characters of [lo, hi) the sentence's people, places and titles take: "يعتزم الرئيس
    الفرنسي، فرانسوا هولاند، ورئيس وزراء بريطانيا، ديفيد كاميرون، طرح ... في محادثات" (intend to
    raise in talks): the subject's long names and titles stand between a plan verb and its meeting."""
    named = sum(max(0, min(m.end, hi) - max(m.start, lo)) for m in art.persons.get(i, []) + art.places.get(i, []))
    titles, words = grammar_words("masculine_titles"), art.folded_slice(lo, hi).split()
    # a title and the word after it: "الرئيس الفرنسي" (the French president), "ورئيس وزراء" (and the prime minister)
    return named + sum(len(w) + len(words[k + 1]) for k, w in enumerate(words[:-1])
                       if w.removeprefix("و").strip("،,") in titles and not w.endswith("،"))


def purpose_of_planned_trip(cands: list[Candidate]) -> None:
    """A meeting noun with li- (to) right after a planned trip word of its sentence is that
    trip's purpose, ahead with it: "وكذلك زيارة إلى الأردن للقاء العاهل الأردني" (and a visit to
    Jordan to meet the Jordanian king) in a tour still to come."""
    trips = [p for p in cands if p.kind == "referenced" and p.planned
             and trigger_spec(p.hit.group)["role"] in ("visit", "arrive")]
    for c in cands:
        if c.kind != "reported" or c.past or "ل" not in c.hit.prefix or trigger_spec(c.hit.group)["role"] != "meet":
            continue
        before = [p for p in trips if p.sentence == c.sentence and p.hit.end <= c.hit.start]
        if before and max(before, key=lambda p: p.hit.end).hit.end >= max(
                (t.hit.end for t in cands if t.sentence == c.sentence and t.hit.end <= c.hit.start), default=0):
            c.kind, c.planned, c.future = "referenced", True, True


PREDICATE_WORDS = 6  # from a visit noun over its genitive and destination to its predicate


def subject_of_future(art: Article, i: int, h: Hit) -> bool:
    """A bare visit noun whose predicate is a sa- future: "إن زيارة المالكي إلى القاهرة
    ستستغرق عدة أيام" (that al-Maliki's visit to Cairo will last several days) is a visit
    ahead, whatever day the statement is told. Not a noun a preposition or "during" governs
    ("خلال زيارة الأسد سيبحث", during the visit he will discuss: the frame of another
    verb), nor past a comma or a coordinated verb ("وسيلتقي خلالها", and he will meet)."""
    role = trigger_spec(h.group).get("role")
    if trigger_spec(h.group).get("tense") or (h.prefix and not (role == "meet" and definite(h))):
        return False
    before = [w.strip("،,") for w in art.words_before(art.word_start(h.start), 1)]
    if role != "visit" and not (role == "meet" and definite(h) and before and before[-1] in trigger_words("complementizers")):
        # a meeting noun only as the subject of "that": "كرر نتانياهو أن المشاورات مع أوباما
        # ستتناول" (repeated that the consultations with Obama will address)
        return False
    if before and before[-1] in grammar_words("frame_prepositions") | grammar_words("during_words"):
        return False
    end, stop = art.word_end(h.end), art.sentences[i][1]
    spans = [(m.start, m.end) for m in art.persons.get(i, []) + art.places.get(i, [])]
    words = [w for w in re.finditer(r"\S+", art.text[end:stop]) if not any(s <= end + w.start() < e for s, e in spans)
             and not title_word(fold_term(w.group()).removeprefix("و"))]  # "بين الرئيس الكوري ... والزعيم": the names' titles
    for w in words[:PREDICATE_WORDS]:
        word = fold_term(w.group())
        if word.endswith(("،", ",", ".")) or word in grammar_words("relative_pronouns"):
            return sa_future(word)
        if verb_tense(word.strip("،,.")) is not None:
            return sa_future(word) and word[:1] == "س" and not framed_today(art, i, h, end + w.end())
    return False



OWN_VERB_CHARS = 8  # from a plan cue over "أن" (that) to the verb it plans: "من المقرر أن يزور"


def plans_own_verb(art: Article, i: int, h: Hit, c: Hit) -> bool:
    """A plan cue after the trigger that plans a visit verb of its own right after it ("وكان رئيس مالي في استقبال
    هولاند ... ومن المقرر أن يزور تمبكتو": the schedule is the Timbuktu leg's, not the reception's), or a verb of
    the meeting's content (grammar.yaml content_verbs: "بدأ ... اجتماعا ثنائيا من المتوقع أن يركز على", began a
    meeting expected to focus on: the focus is expected, the meeting begun). A noun after the cue ("عشية القمة")
    leaves it the earlier trigger's, and so does a noun of purpose spelled like a past verb ("يتوجه كرزاي إلى قطر
    قريبا لبحث السلام": "لبحث" is no verb, "قريبا" plans the trip). Nor is a meeting before "كما" (as well) planned by
    a cue opening the كما clause ("تلتقي ميركل السبسي كما من المنتظر أن تلقي خطابا": grammar.yaml follow_on_openers)."""
    before = art.folded_slice(max(art.sentences[i][0], h.end), c.start).split()[-1:]
    if before and before[0].strip("،,") in grammar_words("follow_on_openers") or set(
            art.folded_slice(c.end, c.end + OWN_VERB_CHARS + 8).split()[:2]) & grammar_words("content_verbs"):
        return True
    return any(t is not h and t.group.startswith("t:") and (trigger_spec(t.group).get("tense")
               or t.prefix == "ب" and sa_future(c.term))  # "سيقوم بزيارات" (will make visits): that visit's plan
               and not purpose_noun(t)
               and 0 <= t.start - c.end <= OWN_VERB_CHARS
               for t in art.near("triggers", i, c.end, c.end + OWN_VERB_CHARS))


def governing_verb_future(art: Article, i: int, start: int, skip: int, reach: int) -> bool:
    """The nearest verb among the `reach` words before `start` (the last `skip` words left
    out; names and places too: "سنغافورة" looks like a sa- verb) is a sa- future, or an
    imperfect after "لن": "لن تكون جاهزة خلال زيارة" (lan, will not be ready during the visit),
    or a participle of plan (plan_participle): "المحاور المتوقع مناقشتها خلال زيارة" (the
    topics expected to be discussed during the visit), its verbal noun between.
    A relative clause between is its own: in "سيلتزم بتعهده الذي قطعه خلال قمة" (he will keep
    the pledge that he made during a summit) the verb after "الذي" governs, not "سيلتزم"."""
    lo = max(art.sentences[i][0], start - 120)
    spans = [(m.start, m.end) for m in art.persons.get(i, []) + art.places.get(i, [])]
    words = [w for w in re.finditer(r"\S+", art.text[lo:start]) if not any(s <= lo + w.start() < e for s, e in spans)]
    words = words[:len(words) - skip][-reach:]
    for k in range(len(words) - 1, -1, -1):
        word = fold_term(words[k].group().strip("،,"))
        prev = fold_term(words[k - 1].group().strip("،,")) if k > 0 else ""
        if prev in grammar_words("passive_auxiliaries"):
            word = prev  # "سيتم نشرها" (will be deployed): a verbal noun after the auxiliary
        if word in grammar_words("passive_auxiliaries"):
            return word.lstrip("و").startswith("س")  # "سيتم فرضها" (will be imposed): the auxiliary's tense
        if word == "وذلك":  # "أكد ... أن بلاده ستدعم ...، وذلك خلال لقائه" (affirmed ..., and that during his
            # meeting): "that" takes back the whole clause, whose verb heads the sentence
            first = next((w for w in art.folded_slice(art.sentences[i][0], lo + words[k].start()).split()
                          if verb_tense(w.strip("،,")) is not None), "")
            return sa_future(first.strip("،,"))
        if word.removeprefix("و") in grammar_words("relative_pronouns") and k + 1 < len(words):
            return sa_future(fold_term(words[k + 1].group()))  # "الذي قطعه خلال" (that he made during)
        if verb_tense(word) is not None:
            return sa_future(word) or plan_participle(word) or (k > 0 and fold_term(words[k - 1].group()) in ("لن", "ولن", "فلن"))
    return False


def plan_participle(word: str) -> bool:
    """A definite participle the tense reader counts as future (months.yaml future_function_words):
    "المقرر" (scheduled), "المتوقع" (expected), "المنتظر" (awaited), "المرتقب"."""
    return word.removeprefix("و").startswith("ال") and verb_tense(word) == "future"
