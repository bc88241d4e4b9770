"""Counts with units: "227 LLS", "88 places", "22 000m²", "0,5 Ha", "61 (29+32) logements", "16.4 %"."""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import Lexicon, unit_of
from ..french.numbers import _NUM, _to_float, find_percents

# Between the number and its unit: nothing, or a short aside in brackets
# ("226 (nombre total) droits", "61 (29+32) logements").
_ASIDE = r"(?:[ \u00a0\u202f]*\([^()\n]{1,30}\))?"


@lru_cache(maxsize=8)
def _regex(unit_regex: str) -> re.Pattern:
    return re.compile(
        rf"{_NUM}{_ASIDE}[ \u00a0\u202f]*(?P<unit>{unit_regex})(?![\w²³])",
        re.IGNORECASE,
    )


# "212 logements démolis, dont 160 aux Hauts et 52 à La Briqueterie": the parts of a
# breakdown after "dont" leave the unit out; a number followed by a place preposition
# in the rest of the clause shares the unit of the quantity the clause opened with.
_CLAUSE = re.compile(r"[.;:!?](?:\s|$)|\n")
_SPACES = re.compile(r"[ \u00a0\u202f]*")
_DONT = re.compile(r"(?<![\w])dont(?![\w])", re.IGNORECASE)
_SHARE = re.compile(rf"{_NUM}(?=[ \u00a0\u202f]+(?:à|aux?|en|sur|dans|pour|chez)[ \u00a0\u202f])")


def _breakdown(text: str, end: int) -> list[re.Match]:
    """Unit-less parts of a breakdown following a quantity that ends at ``end``."""
    stop = _CLAUSE.search(text, end)
    clause = text[:stop.start() if stop else len(text)]
    dont = _DONT.search(clause, end)
    if dont is None or re.search(r"\d", clause[end:dont.start()]):
        return []               # "dont" must qualify this quantity, not a later one
    first = _SHARE.match(clause, _SPACES.match(clause, dont.end()).end())
    return list(_SHARE.finditer(clause, first.start())) if first else []


def find_quantities(text: str, lx: Lexicon) -> list[tuple[int, int, str, float, str]]:
    """(start, end, text, value, unit) for each quantity in ``text``."""
    out = []
    taken: set[int] = set()
    for m in _regex(lx.unit_regex).finditer(text):
        unit = unit_of(m.group("unit").lower(), lx)
        if unit is None:
            continue
        # "h" alone is hours only when written lower-case after a number ("1 644 550 h").
        if unit == "heure" and m.group("unit") == "H":
            continue
        value = _to_float(m.group("int"), m.group("dec"))
        # "18 h 30" is a time of day, not hours of work.
        if unit == "heure" and value < 24 and re.match(r"[ \u00a0]?\d{2}\b", text[m.end():]):
            continue
        out.append((m.start(), m.end(), m.group(0), value, unit))
        taken.add(m.start())
        for part in _breakdown(text, m.end()):
            if part.start() not in taken:
                taken.add(part.start())
                out.append((part.start(), part.end(), part.group(0),
                            _to_float(part.group("int"), part.group("dec")), unit))
    for p in find_percents(text):
        out.append((p.start, p.end, p.text, p.value, "percent"))
    out.sort()
    return out
