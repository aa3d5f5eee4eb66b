"""A bare title stands for the one person the article has already named with a title it heads.

Having written "المستشارة الألمانية أنجيلا ميركل" (the German chancellor Angela Merkel), an article
goes on with "المستشارة التي التقت الرئيس الباجي قائد السبسي" (the chancellor, who met President
Essebsi): the bare "المستشارة" is Merkel, because a title beginning with it ("المستشارة الألمانية")
was put before her. "العاهل" after "العاهل الأردني الملك عبد الله الثاني" is Abdullah II, "الملك"
after "الملك سلمان" is Salman. Only the bare titles of titles.yaml `named_titles` do this (not
"الرئيس" nor "رئيس الوزراء": a national paper's own head, tasks.extract.home), and only when one
person was so named: after "الملك سلمان" and "العاهل الأردني الملك عبد الله" a bare "الملك" is
nobody's, never a guess by office. A title of its own country ("المستشار النمساوي") is the same
title's head, so "المستشار" after both the German and the Austrian chancellors is nobody's too.
"""
from __future__ import annotations

from functools import cache

from ziyarat.arabic import fold_term
from ziyarat.lexicon import titles_lexicon


@cache
def named_titles() -> frozenset[str]:
    """titles.yaml named_titles, folded ("المستشارة", the chancellor)."""
    return frozenset(fold_term(v) for v in titles_lexicon().get("named_titles") or ())


class TitleHeads:
    """The titles (folded) the article has put before a person, or given alone for one, so far."""

    def __init__(self) -> None:
        self.seen: list[tuple[str, str]] = []

    def note(self, title: str, pid: str | None) -> None:
        """Remember that `title` (folded, "المستشارة الالمانية") stood for `pid`."""
        if pid:
            self.seen.append((" ".join(title.split()), pid))

    def holder(self, bare: str) -> str | None:
        """The one person named so far with a title that `bare` (a folded named_title) heads or is:
        "المستشارة" -> whoever "المستشارة الالمانية" stood for; None when two were, or none."""
        if bare not in named_titles():
            return None
        people = {pid for title, pid in self.seen if title == bare or title.startswith(bare + " ")}
        return people.pop() if len(people) == 1 else None
