"""A bare title stands for the one person the article has already named with a title it heads.

Having written "المستشارة الألمانية أنجيلا ميركل" (the German chancellor Angela Merkel), an article
goes on with "المستشارة التي التقت الرئيس الباجي قائد السبسي" (the chancellor, who met President
Essebsi): the bare "المستشارة" is Merkel, because a title beginning with it ("المستشارة الألمانية")
was put before her. "العاهل" after "العاهل الأردني الملك عبد الله الثاني" is Abdullah II, "الملك"
after "الملك سلمان" is Salman. Only the bare titles of titles.yaml `named_titles` do this (not
"الرئيس" nor "رئيس الوزراء": a national paper's own head, tasks.extract.home), each for the office
it names there (the chancellor a head of government), and only when one person holding it then was so
named: "المستشار محمود مكي" (the judge Mahmoud Mekki, Egypt's vice-president) gives a later bare
"المستشار" to nobody; after "الملك سلمان" and "العاهل الأردني الملك عبد الله" a bare "الملك" is
nobody's, never a guess by office. A title of its own country ("المستشار النمساوي") is the same
title's head, so "المستشار" after both the German and the Austrian chancellors is nobody's too.
"""
from __future__ import annotations

import datetime as dt
from functools import cache

from ziyarat.arabic import fold_term
from ziyarat.lexicon import Lexicon, Period, titles_lexicon


@cache
def named_titles() -> dict[str, str]:
    """titles.yaml named_titles: folded bare title -> the office it names ("المستشارة" -> head_of_government)."""
    return {fold_term(v): office for office, titles in (titles_lexicon().get("named_titles") or {}).items()
            for v in titles}


class TitleHeads:
    """The titles (folded) the article has put before a person, or given alone for one, so far."""

    def __init__(self) -> None:
        self.seen: list[tuple[str, str]] = []

    def note(self, title: str, pid: str | None) -> None:
        """Remember that `title` (folded, "المستشارة الالمانية") stood for `pid`."""
        if pid:
            self.seen.append((" ".join(title.split()), pid))

    def holder(self, bare: str, lex: Lexicon, when: dt.date | Period | None) -> str | None:
        """The one person holding its office at `when` named so far with a title that `bare` (a folded
        named_title) heads or is: "المستشارة" -> whoever "المستشارة الالمانية" stood for; None when two were, or none."""
        office = named_titles().get(bare)
        if office is None:
            return None
        people = {pid for title, pid in self.seen if (title == bare or title.startswith(bare + " "))
                  and any(o.office == office for o in lex.people[pid].offices_on(when))}
        return people.pop() if len(people) == 1 else None
