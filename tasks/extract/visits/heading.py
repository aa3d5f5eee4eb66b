"""The heading participle: "غادر X كينشاسا متوجها إلى أوغندا" (X left Kinshasa heading for
Uganda). "متوجها إلى" (mutawajjihan ila, heading for) has no subject or tense of its own: it
hangs on the departure verb before it in its clause (triggers.yaml `departure_verbs`), whose
subject travels and whose tense is the trip's. Without that verb ("قال متوجها إلى الرئيس", said,
turning to the president) or past a lone comma ("لم يغادر الأسد بلاده سوى 5 مرات منذ 2011، 4 منها
متوجها إلى روسيا", four of them heading for Russia: a count of trips) it is no trip of its own. A past "توجه"
(headed) with its subject before its "إلى" is a trip only with a person heading for a place (goal_place)."""
from __future__ import annotations

from typing import Any

from tasks.extract.tense import verb_tense
from tasks.extract.visits.came_from import came_from, origin_traveller
from tasks.extract.visits.honours import honour_told
from tasks.extract.visits.triggers import trigger_spec
from ziyarat.arabic import fold, fold_term
from ziyarat.lexicon import grammar_words, trigger_words
from ziyarat.matching import Hit

DEPARTURE_CHARS = 150  # from the departure verb to its participle, past the subject, a time and the place left
COMMAS = "،,"
GOAL_CHARS = 20  # from the participle to the place it heads for ("متوجها إلى العاصمة موسكو")


def heading(h: Hit) -> bool:
    """A participle trigger (`subject_before`)."""
    return h.group.startswith("t:") and bool(trigger_spec(h.group).get("subject_before"))


def departure_verb(text: str, lo: int, h: Hit) -> int | None:
    """The start of the departure verb the participle h hangs on, searched from lo (its
    sentence's start) within DEPARTURE_CHARS: the last one before it with an even number of
    commas between (a pair sets off a phrase: "غادر كابيلا، صباح السبت، كينشاسا متوجها") or an odd
    number whose last stands right before the participle, setting off the participle's own phrase:
    "غادر القاهرة، مساء الإثنين، الرئيس مرسي، متوجها إلى قطر" (left Cairo on Monday evening heading
    for Qatar), "غادر مرسي القاهرة، متوجها إلى قطر"; else None."""
    start = max(lo, h.start - DEPARTURE_CHARS)
    verbs, pos, found = trigger_words("departure_verbs"), start, None
    for word in text[start:h.start].split():
        at = text.index(word, pos)
        pos = at + len(word)
        if fold(word.strip(COMMAS)) in verbs:
            found = at
    if found is None:
        return None
    between = text[found:h.start].rstrip()
    odd = sum(map(between.count, COMMAS)) % 2
    return None if odd and between[-1:] not in COMMAS else found


def governed(art: Any, hits: list[Hit]) -> list[Hit]:
    """The hits less the participles that hang on no departure verb, or that tell a leg inside
    one country: in "غادر أردوغان سوتشي ... متوجها إلى موسكو، بعد لقائه بوتين" (left Sochi for
    Moscow after meeting Putin) the visit is the meeting, in Sochi; and less the goal_place verbs
    with no person heading for a place (goal_place), and the honour verbs with no "على شرف" after them
    (honours.honour_told: "حيث يقيم منذ سنوات", where he has lived for years), and the coming-from participles that tell
    no leg of a leader's trip abroad (came_from.origin_traveller: "وصل الوزير ... قادما من", the minister's)."""
    return [h for h in hits if not (heading(h) and _departure(art, h) is None)
            and not (came_from(h) and origin_traveller(art, art.sent_of(h.start), h) is None)
            and not (h.group.startswith("t:") and trigger_spec(h.group).get("goal_place") and not goal_place(art, h))
            and honour_told(art, h, hits)]


HEAD_FOR_CHARS = 60  # from "توجه" (headed) over its subject, title and day to the "إلى" of its goal
PLACE_AFTER = 2  # from that "إلى" to the place: "إلى موسكو"


def goal_place(art: Any, h: Hit) -> bool:
    """A goal_place trigger ("توجه", headed: triggers.yaml head_for) whose subject, a person, stands
    before its "إلى" (to), within HEAD_FOR_CHARS in its clause, with a place right after that "إلى",
    and no word before it outside a person's name opens with bi- (an object: "توجه الرئيس بالشكر
    إلى", addressed his thanks to): "توجه الرئيس الفرنسي، الثلاثاء، إلى موسكو" (headed to Moscow on
    Tuesday) is a trip; "توجه الرئيس إلى مدعويه" (turned to his guests), "توجهت حركة حماس اليوم إلى مصر"
    (the Hamas movement turned to Egypt) and the noun "في ظل توجه الرئيس إلى روسيا" (_opens_clause) are none."""
    i = art.sent_of(h.start)
    if not _opens_clause(art, i, h):
        return False
    end = art.word_end(h.end)
    stop = min(art.sentences[i][1], end + HEAD_FOR_CHARS)
    names = art.near("persons", i, end, stop)
    pos = end
    for w in art.text[end:stop].split():
        at = art.text.index(w, pos)
        pos = at + len(w)
        if any(m.start <= at < m.end for m in names):
            continue
        word = fold_term(w.strip(COMMAS))
        if word == "الي":
            return bool(names) and names[0].start < at and bool(art.near("places", i, pos, pos + PLACE_AFTER))
        if word.startswith("ب") or w[-1:] in ".:" or word in trigger_words("clause_breaks"):
            return False
    return False


def _opens_clause(art: Any, i: int, h: Hit) -> bool:
    """The verb opens its clause, so it is a verb and not the noun spelt alike ("توجه", orientation): at its
    sentence's start, after a punctuation mark (a dateline's dash, a comma), or after a follow-on or verb
    opener (grammar.yaml follow_on_openers, verb_openers: "ثم توجه", "وقد توجه")."""
    before = art.text[art.sentences[i][0]:art.word_start(h.start)].split()[-1:]
    if not before or not before[0][-1:].isalpha():
        return True
    word = fold_term(before[0])
    return word in grammar_words("follow_on_openers") or word in grammar_words("verb_openers")


AIRPORT_CHARS = 40  # from a departure verb over its subject to the "إلى" before the airport: "يتوجه الرئيس مرسي إلى مطار"


def to_airport(art: Any, i: int, h: Hit) -> bool:
    """A departure verb (or its participle) whose goal is an airport (triggers.yaml departure_goals):
    "توجه قنديل إلى مطار بغداد استعدادا للعودة" (headed to Baghdad airport to fly home), "ثم يتوجه
    موكبه إلى مطار تل أبيب" (then his motorcade heads to Tel Aviv airport) leaves, it visits no one
    there. An arrival at one ("وصل إلى مطار القاهرة") is no departure. Read by things.abstract_arrival:
    the hit stays, to end the place of a visit word before it ("يزور كنيسة المهد ثم يتوجه موكبه ...")."""
    words = fold_term(h.term).split()
    if not (heading(h) or words[0] in trigger_words("departure_verbs")):
        return False
    after = art.folded_slice(h.end, min(art.sentences[i][1], h.end + AIRPORT_CHARS)).split()
    if words[-1] != "الي":  # "يتوجه الرئيس إلى": over the subject or the motorcade, in its clause, to the "إلى"
        to = next((k for k, w in enumerate(after) if w == "الي"), None)
        if to is None or any(c in w for w in after[:to] for c in COMMAS):
            return False
        after = after[to + 1:]
    after = [w.strip(COMMAS) for w in after if w.strip(COMMAS) not in trigger_words("motorcade_nouns")]
    return bool(after) and after[0] in trigger_words("departure_goals")


def _departure(art: Any, h: Hit) -> int | None:
    """departure_verb, unless the place left and the place headed for are in one country."""
    i = art.sent_of(h.start)
    verb = departure_verb(art.text, art.sentences[i][0], h)
    if verb is None:
        return None
    left = {p.country for p in art.near("places", i, verb, h.start) if p.country}
    goal = next(iter(art.near("places", i, h.end, h.end + GOAL_CHARS)), None)
    return None if goal is not None and goal.country in left else verb


def traveller(art: Any, i: int, h: Hit, before: list[Any]) -> Any:
    """The departure verb's subject among the leaders before the participle: the first after
    the verb ("غادر الرئيس كابيلا ... متوجها"), else the nearest before it ("وكان بوتين قد غادر
    موسكو متوجها"); None when none."""
    verb = departure_verb(art.text, art.sentences[i][0], h)
    if verb is None:
        return None
    after = [m for m in before if m.start > verb]
    if after and _office_of(art.text[verb:after[0].start]):
        return None
    return after[0] if after else next((m for m in reversed(before) if m.end <= verb), None)


def _office_of(lead: str) -> bool:
    """The text from the departure verb to the leader's name holds, since its last comma, an office
    held for a leader (triggers.yaml office_of): in "غادر المطار، المهندس خالد، سكرتير الرئيس مرسي،
    متوجها إلى لندن" (the engineer Khaled, President Morsi's secretary, left heading for London) the
    secretary travels; in "غادر مقر إقامته، الرئيس مرسي، متوجها" (left his residence) the president does."""
    segment = lead.replace(",", "،").split("،")[-1]
    return any(fold_term(w) in trigger_words("office_of") for w in segment.split())


def participle_tense(art: Any, h: Hit, tense: str | None) -> str | None:
    """The tense of the departure verb: "سيغادر ... الخميس متوجها إلى" (will leave on Thursday
    heading for) is ahead, "غادر" behind."""
    verb = departure_verb(art.text, art.sentences[art.sent_of(h.start)][0], h)
    return tense if verb is None else verb_tense(art.text[verb:art.word_end(verb)]) or tense


def onward_leg(art: Any, h: Hit) -> bool:
    """A heading participle whose departure verb leaves a place abroad for its traveller, in a country
    other than the one it heads for: "غادرت ميركل عمان مساء الخميس متوجهة إلى بيروت" (Merkel left Amman on
    Thursday evening heading for Beirut) closes the Amman leg of her tour; the Beirut one is its next stop,
    still ahead of the article's news, as "يتوجه بعدها" (heads after it) is (ahead.next_leg). Leaving
    home ("غادر مرسي القاهرة متوجها إلى برلين", Morsi left Cairo heading for Berlin) starts the visit
    the article tells, and so does a departure naming no place left ("غادر ... متوجها إلى الدوحة"); one
    heading home, or for no named place, starts no visit ahead."""
    if not heading(h):
        return False
    i = art.sent_of(h.start)
    verb = departure_verb(art.text, art.sentences[i][0], h)
    later = art.near("triggers", i, h.end, art.sentences[i][1])
    if verb is None or _kana_led(art.text[art.sentences[i][0]:verb]) \
            or any(trigger_spec(t.group).get("tense") == "past" for t in later if t.start >= h.end):
        return False  # "... متوجها إلى موسكو حيث التقى بوتين" (where he met Putin): that leg told as held
    who = traveller(art, i, h, art.near("leaders", i, art.sentences[i][0], h.start))
    goal = next(iter(art.near("places", i, h.end, h.end + GOAL_CHARS)), None)
    if who is None or not who.country or goal is None or goal.country in (None, who.country):
        return False  # going home ("متوجها إلى واشنطن") visits no one there: the leg left stays the news
    return bool({p.country for p in art.near("places", i, verb, h.start) if p.country} - {who.country, goal.country})


def _kana_led(lead: str) -> bool:
    """A "كان" (was) form in the departure's clause before its verb, since its last comma: "وبينما كان أوباما
    يغادر كينيا متوجها إلى إثيوبيا" (while Obama was leaving Kenya for Ethiopia), "وكانت ميركل قد غادرت"
    (had left): the leg is background to the news, told as begun, no stop still ahead."""
    return any(fold_term(w) in grammar_words("kana_forms") for w in lead.replace(",", "،").split("،")[-1].split())


def set_off_after(art: Any, h: Hit) -> bool:
    """A departure told as what follows the clause's own act, right after a two-word sequel lead
    (grammar.yaml sequel_leads: "قبل أن", before; "على أن", and then): "عمل الرئيس السبت على تهدئة
    التوترات قبل أن يغادر القمة متوجها إلى سنغافورة" (worked on Saturday ... before leaving the summit
    heading for Singapore), "ألقى كلمة أمس قبل أن يتوجه إلى الرياض" (gave a speech, before heading to
    Riyadh). Setting off tells no arrival: the leg it starts lies ahead of the clause, no held visit
    with the next host. The departure is the participle's verb or the trigger's own ("يتوجه");
    a meeting or arrival verb after the lead ("قبل أن يلتقي", "قبل أن يصل") is not one."""
    if heading(h):
        verb = departure_verb(art.text, art.sentences[art.sent_of(h.start)][0], h)
    else:
        verb = h.start if fold_term(h.term).split()[0] in trigger_words("departure_verbs") else None
    if verb is None:
        return False
    leads = {w for w in grammar_words("sequel_leads") if len(w.split()) == 2}
    return " ".join(w.strip(COMMAS) for w in art.words_before(art.word_start(verb), 2)) in leads


def past_adjectives(art: Any, lo: int, hi: int, reach: int) -> bool:
    """A place starting at hi, at most `reach` characters after a visit noun ending at lo, with only
    the noun's adjectives and a "to" between: "زيارته الرسمية الأولى إلى أمريكا" (his first official
    visit to America) goes there; "زيارته الأولى كرئيس للولايات المتحدة" (his first visit as president
    of the United States) does not: a title, no goal."""
    words = [w.strip("،,") for w in art.folded_slice(lo, hi).split()]
    if not 0 <= hi - lo <= reach or not words:
        return False
    to = words[-1] in (fold_term("إلى"), "ل", "لل") or (words[-1].startswith("ل") and not art.text[hi - 1].isspace())
    return to and all(w.startswith("ال") for w in words[:-1])

