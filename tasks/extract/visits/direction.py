"""Which way a reported pair's meeting went: the direction its candidates vote for (a stated
direction outweighs guesses) and, with only guesses, the article's other signs of who travelled: a
trip word of one to the other's country (tour.travellers), the first of his nation to travel
(first_of_nation), a departure (departures), a residence's owner hosting (residence), the dateline,
a trip word's or venue's country (tour.venue_country), an international outlet's places (not when its
dateline or its summits set the story in a third country, "قمة هلسنكي"). visits.merge reads it for each reported pair."""
from __future__ import annotations

from collections import defaultdict
from typing import Any

from tasks.extract.visits.article import Article, Candidate
from tasks.extract.visits.departures import departed
from tasks.extract.visits.first_of_nation import first_travellers
from tasks.extract.visits.leaders import pid
from tasks.extract.visits.listed import city_of
from tasks.extract.visits.dateline import dateline
from tasks.extract.visits.place import place_countries
from tasks.extract.visits.residence import residence_hosts
from tasks.extract.visits.summits import Summits
from tasks.extract.visits.tour import UNNAMED_PLACE, travellers, venue_country
from ziyarat.arabic import fold_term
from ziyarat.lexicon import trigger_words


def direction(art: Article, group: list[Candidate]) -> tuple[Any, Any, bool]:
    """(visitor, host, guessed): the direction the candidates vote for (a stated
    direction outweighs guesses); with only guesses, a trip word of one of the two to the
    other's country anywhere in the article ("قبل وصول مرسي إلى برلين", before Morsi's
    arrival in Berlin), or one's trip to a place untold or his being called the guest
    ("الرئيس الأمريكي الزائر") when neither's names the other's country, else the one the article calls the first of
    his nation to travel ("أول زعيم كوري شمالي يعبر الخط الفاصل"), else the one who leaves a place of either's country
    ("نتنياهو، الذي غادر الأردن"), else the owner of a residence something is held at hosts ("في مقر رئيس الوزراء
    البريطاني"), else nothing when they met on the sidelines of a summit in a third country (sidelines_abroad),
    else the dateline city's country hosts ("موسكو - ..."), else the
    one country a trip word goes to in a sentence naming only one of them ("تطأ قدماه أرض
    مصر", set foot on Egypt's soil), else, when neither is the outlet's home country, the
    country the article's places name more often ("افتتاح قناة السويس" puts Tsipras in
    Egypt) unless its dateline or summits are in a third country (_third_scene), else nothing: the
    text's order, guessed. A national outlet names its own country whoever travelled, and its leader's
    trips as often as his guests (home as host: tried, 16 wrong)."""
    votes: dict[tuple[str, str], float] = defaultdict(float)
    for c in group:
        votes[(pid(c.visitor), pid(c.host))] += c.directed + 0.1
    vid, hid = max(votes, key=votes.get)
    guessed = votes[(vid, hid)] < 1.0
    people = {(pid(c.visitor)): c.visitor for c in group} | {pid(c.host): c.host for c in group}
    if guessed:
        vc = people[vid].country
        _, dl_country = dateline(art, None, (people[vid], people[hid]))
        if (trips := _one_traveller(art, people[vid], people[hid])) is not None:
            guessed = False
            vid, hid = trips
        elif len(firsts := first_travellers(art) & {vc, people[hid].country}) == 1:
            guessed = False  # "أول زعيم كوري شمالي يعبر الخط الفاصل": the first of his nation to travel
            if firsts != {vc}:
                vid, hid = hid, vid
        elif len(left := departed(art, people[vid], people[hid])) == 1:
            guessed = False  # "نتنياهو، الذي غادر الأردن" (who left Jordan): the one who leaves travelled
            if left != {vid}:
                vid, hid = hid, vid
        elif len(home := residence_hosts(art, people[vid], people[hid])) == 1:
            guessed = False  # "في مقر رئيس الوزراء البريطاني" (at the British prime minister's residence): he hosts
            if home == {vid}:
                vid, hid = hid, vid
        elif sidelines_abroad(art, group, vc, people[hid].country):
            pass  # "على هامش القمة" of a summit in neither's country: the dateline is the newsroom's, the text's order stands
        elif dl_country in (vc, people[hid].country):
            guessed = False
            if dl_country == vc:
                vid, hid = hid, vid
        elif (venue := venue_country(art, people[vid], people[hid])) is not None:
            guessed = False
            if venue == vc:
                vid, hid = hid, vid
        elif art.home not in (vc, people[hid].country) and not _third_scene(art, group, dl_country, vc, people[hid].country):
            # an international outlet's places: "قمتهما في سنغافورة ... إلى البيت الأبيض" (BBC)
            # puts Abe in Washington; a national one names its own country whoever travelled
            counts = place_countries(art)
            if counts.get(vc, 0) != counts.get(people[hid].country, 0):
                guessed = False
                if counts.get(vc, 0) > counts.get(people[hid].country, 0):
                    vid, hid = hid, vid
    return people[vid], people[hid], guessed


def _third_scene(art: Article, group: list[Candidate], dl_country: str | None, *countries: str | None) -> bool:
    """The article sets its story in a third country: its dateline ("بروكسل (رويترز) -", Brussels) or
    every summit named in or next to the meeting's sentences ("قمة الأمريكتين في ليما", the Summit of the
    Americas in Lima) is in neither side's country, or the text or its headline calls a summit by a city of
    neither side's country ("قمة هلسنكي", the Helsinki summit: _summit_city). The two sides' countries are then the story's
    subject, named whoever met whom there: their count says nothing of who travelled, and the text's
    order stands (GUIDE: a third country's meeting in the order the text gives). A summit told further
    off is another event's ("قمة حلف شمال الأطلسي، التي حضرها الأسبوع الماضي", last week's NATO summit)."""
    if dl_country is not None and dl_country not in countries:
        return True
    if any(_summit_city(a, countries) for a in (art, art.headline() if art.headline is not None else None) if a):
        return True
    summits = Summits.of(art)
    sents = {c.sentence + k for c in group for k in (-1, 0, 1)}
    rows = [summits.row_at(n.start) for n in summits.names() if art.sent_of(n.start) in sents]
    return bool(rows) and all(r is not None and r["country"] is not None and r["country"] not in countries
                              for r in rows)


def sidelines_abroad(art: Article, group: list[Candidate], *countries: str | None) -> bool:
    """The pair's sentences put the meeting on the sidelines of a summit the article places in neither
    side's country: "وفيما يتعلق بلقائه مع أمير دولة الكويت على هامش القمة" (his meeting with the Emir of
    Kuwait on the summit's sidelines) of an Islamic summit held in Cairo, told from Baghdad ("بغداد - أ ش أ").
    They met where the summit was, whatever the dateline (the newsroom's city) or the sides' countries named."""
    summits = Summits.of(art)
    on_sideline, sid = summits.sideline(sorted({c.sentence for c in group}))
    country = summits.place_of(sid)[1] if on_sideline else None
    return country is not None and country not in countries


def _summit_city(art: Article, countries: tuple[str | None, ...]) -> bool:
    """The text (or the headline) calls a summit by a city of neither side's country: "قمة هلسنكي" (the
    Helsinki summit), "في مستهل قمة سنغافورة" (at the start of the Singapore summit)."""
    nouns = {fold_term(w) for w in trigger_words("summit_nouns")}
    return any(city_of(p) and p.country is not None and p.country not in countries
               and art.folded_slice(max(0, p.start - 8), p.start).split()[-1:] in ([n] for n in nouns)
               for ps in art.places.values() for p in ps)


def _one_traveller(art: Article, a: Any, b: Any) -> tuple[str, str] | None:
    """(visitor, host) ids when the article's trip words take one of the two to the other's
    country (or to a region, "أوروبا") and never the other to his; None otherwise (both
    travelled to a third country: Helsinki is neither's)."""
    trips = travellers(art)
    goes = {pid(x): bool(trips.get(pid(x), set()) & {y.country, None}) for x, y in ((a, b), (b, a))}
    if not goes[pid(a)] and not goes[pid(b)]:
        # neither goes to the other's country by name: the one whose only trip words name no
        # place ("الرئيس مرسي في زيارته التي ...", Morsi on his visit that ...) travelled
        goes = {pid(x): trips.get(pid(x)) == {UNNAMED_PLACE} for x in (a, b)}
    if goes[pid(a)] == goes[pid(b)]:
        return None
    return (pid(a), pid(b)) if goes[pid(a)] else (pid(b), pid(a))
