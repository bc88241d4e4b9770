"""French dates to ISO 8601: exact days, months, semesters, quarters, and vague ones."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

MONTHS = {"janvier": 1, "fevrier": 2, "février": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
          "juillet": 7, "aout": 8, "août": 8, "septembre": 9, "octobre": 10, "novembre": 11,
          "decembre": 12, "décembre": 12}
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_S = r"[ \u00a0\u202f\t\n]+"
_DAYNAME = r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
_ORD1 = r"(?:1er|1ER|1re|premier|première|1è?re|1)"
_ORD2 = r"(?:2nd|2nd|2e|2ème|second|seconde|deuxième|2è?me)"

_DAY_RE = re.compile(
    rf"(?:\b{_DAYNAME}{_S})?(?<!\d)(?P<d>\d{{1,2}})(?:er|ER|re)?{_S}(?P<m>{_MONTH}){_S}(?P<y>\d{{4}})(?!\d)",
    re.IGNORECASE)
_NUMERIC_RE = re.compile(r"(?<![\d/.])(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})[/.-](?P<y>\d{4}|\d{2})(?![\d/])")
_MONTH_RE = re.compile(rf"\b(?P<m>{_MONTH}){_S}(?P<y>(?:19|20)\d{{2}})(?!\d)", re.IGNORECASE)
_SEMESTER_RE = re.compile(
    rf"(?:\b(?P<o1>{_ORD1}){_S}semestre|\b(?P<o2>{_ORD2}){_S}semestre|\bS(?P<s>[12])){_S}(?:de{_S}|d['’]?)?(?P<y>(?:19|20)\d{{2}})(?!\d)",
    re.IGNORECASE)
_QUARTER_RE = re.compile(
    rf"(?:\b(?P<n>[1-4])(?:er|e|ème|è)?{_S}trimestre|\bT(?P<t>[1-4])){_S}(?:de{_S})?(?P<y>(?:19|20)\d{{2}})(?!\d)",
    re.IGNORECASE)
_VAGUE_RE = re.compile(
    rf"\b(?P<w>mi|fin|début|debut|courant|automne|printemps|été|hiver)(?:{_S}|-)(?:d['’]{_S}?|de{_S})?(?P<y>(?:19|20)\d{{2}})(?!\d)",
    re.IGNORECASE)


@dataclass
class DateMatch:
    start: int
    end: int
    text: str
    value: Optional[str]
    precision: str


def _iso(y: int, m: int, d: int) -> Optional[str]:
    import datetime
    try:
        return datetime.date(y, m, d).isoformat()
    except ValueError:
        return None


def parse_date(text: str) -> Optional[str]:
    """One exact date in ``text`` to ISO ("30 juin 2023" -> "2023-06-30"), else None."""
    for d in find_dates(text):
        if d.precision == "day":
            return d.value
    return None


def find_dates(text: str) -> list[DateMatch]:
    out: list[DateMatch] = []
    taken: list[tuple[int, int]] = []

    def free(s, e):
        return all(e <= a or s >= b for a, b in taken)

    def add(m, value, precision):
        if free(m.start(), m.end()):
            taken.append((m.start(), m.end()))
            out.append(DateMatch(m.start(), m.end(), m.group(0), value, precision))

    for m in _DAY_RE.finditer(text):
        v = _iso(int(m["y"]), MONTHS[m["m"].lower()], int(m["d"]))
        if v:
            add(m, v, "day")
    for m in _NUMERIC_RE.finditer(text):
        y = int(m["y"])
        y = y + 2000 if y < 100 else y
        v = _iso(y, int(m["m"]), int(m["d"]))
        if v and 1900 <= y <= 2100:
            add(m, v, "day")
    for m in _SEMESTER_RE.finditer(text):
        first = bool(m["o1"]) or m["s"] == "1"
        add(m, f"{m['y']}-{'01' if first else '07'}-01", "semester")
    for m in _QUARTER_RE.finditer(text):
        q = int(m["n"] or m["t"])
        add(m, f"{m['y']}-{3 * q - 2:02d}-01", "quarter")
    for m in _VAGUE_RE.finditer(text):
        add(m, None, "vague")
    for m in _MONTH_RE.finditer(text):
        if re.search(r"\d[ \u00a0]*$", text[:m.start()]):
            continue     # "45 juin 2023": a bad day, not a month
        add(m, f"{m['y']}-{MONTHS[m['m'].lower()]:02d}-01", "month")
    out.sort(key=lambda d: d.start)
    return out
