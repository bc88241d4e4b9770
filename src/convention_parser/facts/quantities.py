"""Counts with units: "227 LLS", "88 places", "22 000m²", "0,5 Ha", "61 (29+32) logements", "16.4 %"."""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import Lexicon, unit_of
from .numbers import _NUM, _to_float, find_percents

# Between the number and its unit: nothing, or a short aside in brackets
# ("226 (nombre total) droits", "61 (29+32) logements").
_ASIDE = r"(?:[ \u00a0\u202f]*\([^()\n]{1,30}\))?"


@lru_cache(maxsize=8)
def _regex(unit_regex: str) -> re.Pattern:
    return re.compile(
        rf"{_NUM}{_ASIDE}[ \u00a0\u202f]*(?P<unit>{unit_regex})(?![\w²³])",
        re.IGNORECASE,
    )


def find_quantities(text: str, lx: Lexicon) -> list[tuple[int, int, str, float, str]]:
    """(start, end, text, value, unit) for each quantity in ``text``."""
    out = []
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
    for p in find_percents(text):
        out.append((p.start, p.end, p.text, p.value, "percent"))
    out.sort()
    return out
