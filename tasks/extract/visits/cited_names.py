"""Quotation marks that hold names only: papers quote names as names, not as speech.

Egyptian papers put quotation marks round a name ("وصل الرئيس الباكستاني "آصف علي زرداري"", «مرسى»)
and round two or three names joined by "و" (and): "تركزت مباحثات الرئيسين "مرسى وزردارى"" (the two
presidents' talks, "Morsi and Zardari", centred on), "واتفق "مرسى وسينج"" (and "Morsi and Singh" agreed).
Such a quote says who, as the narrative does; the leaders in it are the narrative's (read by
Article.in_speech). A quote with any other word ("مرسى زار الهند", Morsi visited India) is speech.
"""
from __future__ import annotations

from typing import Any

from ziyarat.arabic import WA

NAME_JOINS = frozenset(WA + "\u060c,")  # what may stand between quoted names: "و" (and), a comma


def cited_names(text: str, quotes: list[tuple[int, int]], mentions: list[Any]) -> set[tuple[int, int]]:
    """The quote spans (of ziyarat.quotation.quote_spans) whose text is one or more of the article's
    mentions (people, places, organisations) and nothing else but "و" or a comma between them."""
    starts = sorted((m.start, m.end) for m in mentions)
    out: set[tuple[int, int]] = set()
    k = 0
    for s, e in quotes:
        while k < len(starts) and starts[k][0] < s:
            k += 1
        inside = [(a, b) for a, b in starts[k:] if a < e and b <= e] if k < len(starts) and starts[k][0] < e else []
        if not inside:
            continue
        rest, pos = [], s
        for a, b in inside:
            rest.append(text[pos:a])
            pos = max(pos, b)
        rest.append(text[pos:e])
        if all(ch.isspace() or ch in NAME_JOINS for ch in "".join(rest)):
            out.add((s, e))
    return out
