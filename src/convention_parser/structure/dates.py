"""French dates for layer 2: written with digits or spelled out.

Digit forms ("30 JUIN 2023", "lundi 14 octobre 2019", "06/11/2020", "1er
juillet 2024") are read by ``french.dates``, the project's one date parser; this
module adds what session headers spell out in words ("le neuf avril deux mille
vingt-quatre", "L'an deux mil vingt et un, le vingt-huit janvier") and reads a
date *at* a given place (right after "Séance du"). An impossible date
(2023-02-31) is no date.
"""

from __future__ import annotations

import datetime
import re
from typing import Optional

from ..french.dates import MONTHS, find_dates

_UNITS = {"zéro": 0, "zero": 0, "un": 1, "une": 1, "premier": 1, "première": 1, "deux": 2, "trois": 3,
          "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11,
          "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20, "vingts": 20,
          "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "cent": 100, "cents": 100,
          "mille": 1000, "mil": 1000}
_WORD = "|".join(sorted(_UNITS, key=len, reverse=True))
# A number in words: number words tied by hyphens, spaces or "et" ("vingt-et-un", "deux mille vingt").
NUMBER_WORDS = rf"(?:(?:{_WORD})(?:(?:[\s\-]+(?:et[\s\-]+)?)(?:{_WORD}))*)\b"
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_DAYNAME = r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
_DAY = rf"(?:(?P<dd>\d{{1,2}})(?:er|ER|re)?|(?P<dw>{NUMBER_WORDS}))"
_YEAR = rf"(?:(?P<yd>\d{{4}})|(?P<yw>{NUMBER_WORDS}))"
_SPELLED = re.compile(rf"\b{_DAY}\s+(?P<m>{_MONTH})\s+{_YEAR}", re.IGNORECASE)
# "L'an deux mille vingt-quatre, le neuf avril", "L'an 2024, le 9 avril", "… le neuf du mois d'avril".
_FORMULA = re.compile(rf"\bl['’]\s*an\s+{_YEAR}\s*,?\s+(?:et\s+)?le\s+(?:{_DAYNAME}\s+)?{_DAY}\s+"
                      rf"(?:du\s+mois\s+(?:de\s+|d['’]\s*))?(?P<m>{_MONTH})\b",
                      re.IGNORECASE)
# What may stand where a date starts: a day name, a digit, a number word.
DATE_START = rf"(?=(?:{_DAYNAME}\s+)?(?:\d|(?:{_WORD})\b))"


def words_to_int(text: str) -> Optional[int]:
    """'deux mille vingt-quatre' -> 2024, 'quatre-vingt-dix' -> 90, 'vingt et un' -> 21."""
    total, current = 0, 0
    tokens = [t for t in re.split(r"[\s\-]+", text.lower()) if t and t != "et"]
    if not tokens:
        return None
    for t in tokens:
        if t not in _UNITS:
            return None
        v = _UNITS[t]
        if v == 1000:
            total += (current or 1) * 1000
            current = 0
        elif v == 100:
            current = (current or 1) * 100
        elif v == 20 and current % 100 == 4:
            current += 76                 # quatre-vingt(s): 4 -> 80
        else:
            current += v
    return total + current


def _iso(y: Optional[int], m: int, d: Optional[int]) -> Optional[str]:
    if y is None or d is None or not 1800 <= y <= 2200:
        return None
    try:
        return datetime.date(y, m, d).isoformat()
    except ValueError:
        return None


def _value(m: re.Match) -> Optional[str]:
    day = int(m["dd"]) if m["dd"] else words_to_int(m["dw"])
    year = int(m["yd"]) if m["yd"] else words_to_int(m["yw"])
    return _iso(year, MONTHS[m["m"].lower()], day)


def iso_date(text: str) -> Optional[str]:
    """The first exact date of ``text``, written with digits or in words."""
    found = [(m.start(), _value(m)) for rx in (_SPELLED, _FORMULA) for m in rx.finditer(text)]
    found += [(d.start, d.value) for d in find_dates(text) if d.precision == "day"]
    found = sorted((s, v) for s, v in found if v)
    return found[0][1] if found else None


_GLUED = re.compile(r"(\d)(?=[A-ZÀ-Ý][a-zà-ÿ])")
_SPLIT_YEAR = re.compile(r"\b(\d{1,2}[/.]\d{1,2}[/.](?:19|20)) (\d{2})(?=\s?[A-ZÀ-Ý][a-zà-ÿ])")


def date_at(text: str, pos: int, reach: int = 14) -> Optional[str]:
    """A date starting at ``pos`` (a day name and a few characters of slack allowed)."""
    # A stamp run into the line splits a year and glues a word to it ("du 23/10/20 24Date de
    # télétransmission", "du 11/02/20 21 Date de …"): rejoin the year, part the word, else
    # "23/10/20" reads as 2020.
    window = _GLUED.sub(r"\1 ", _SPLIT_YEAR.sub(r"\1\2", text[pos:pos + 90]))
    spelled = _SPELLED.search(window)
    if spelled and spelled.start() <= reach:
        v = _value(spelled)
        if v:
            return v
    for d in find_dates(window):
        if d.precision == "day" and d.start <= reach:
            return d.value
    return None


# "Le deux novembre deux mille vingt, à 17 heures", "le 14 mars 2024 à 18h30", "Le mardi trois
# juin deux mille vingt-cinq, à dix-huit heures trente": a date given its hour (in digits or
# in words) is when a meeting sits, wherever layout put it in a line.
_TIMED = re.compile(rf"\ble\s+(?:{_DAYNAME}\s+)?(?P<at>{_DAY}\s+(?P<m>{_MONTH})\s+{_YEAR}"
                    rf"|\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{4}})\s*,?\s*[àa]\s+"
                    rf"(?:\d{{1,2}}\s*(?:h\b|h\d{{2}}|heures?\b)|{NUMBER_WORDS}\s+heures?\b)",
                    re.IGNORECASE)


def timed_dates(text: str) -> list[tuple[int, str]]:
    """(position, ISO date) of each date followed by the hour of a sitting."""
    out = []
    for m in _TIMED.finditer(text):
        v = _value(m) if m["m"] else date_at(text, m.start("at"), reach=0)
        if v:
            out.append((m.start(), v))
    return out


def formula_dates(text: str) -> list[tuple[int, str]]:
    """(position, ISO date) of each "L'an <year>, le <day> <month>" formula."""
    out = []
    for m in _FORMULA.finditer(text):
        v = _value(m)
        if v:
            out.append((m.start(), v))
    return out
