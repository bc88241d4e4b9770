"""Section identity helpers: numbers, annexes, the main part of a result."""

from __future__ import annotations

import re
from typing import Optional

from ..french.numbers import roman_value
from ..records import Part, ParseResult, Section

_ANNEX_NUMBER = re.compile(r"^[A-Z]\d{1,2}$")
_PREFIX = re.compile(r"^\s*(?:article|art\.?|annexe|titre|chapitre)\s+", re.I)


def norm_number(number: str) -> str:
    """"Article 4-1." -> "4.1"; "annexe c2" -> "C2"; "1er" -> "1"."""
    n = _PREFIX.sub("", (number or "").strip())
    n = re.sub(r"(?<=\d)er\b", "", n)
    n = n.replace("-", ".").replace("–", ".").strip(" .:–-").upper()
    return re.sub(r"\s+", "", n)


def same_number(a: str, b: str) -> bool:
    """Two section numbers naming the same rank: "4-1" and "4.1", or "II" and "2" (one version
    typeset its titles in roman numerals, the other in figures: no renumbering)."""
    na, nb = norm_number(a), norm_number(b)
    if na == nb:
        return True
    ra, rb = roman_value(na), roman_value(nb)
    return (ra is not None and nb.isdigit() and ra == int(nb)) or (rb is not None and na.isdigit() and rb == int(na))


def is_annex(sec: Section) -> bool:
    if _ANNEX_NUMBER.match(norm_number(sec.number)):
        return True
    return (sec.label or "").strip().lower().startswith("annexe") or sec.heading.strip().lower().startswith("annexe ")


def main_part(result: ParseResult) -> Optional[Part]:
    """The convention inside a result: the first convention part, else the
    part with the most sections (a consolidated text may come unlabelled)."""
    for p in result.parts:
        if p.kind == "convention":
            return p
    return max(result.parts, key=lambda p: len(p.sections), default=None)


def descendants(part: Part, sec: Section) -> list[Section]:
    """Sections under ``sec``: by parent links, or by number prefix when the
    parse did not link them."""
    ids = {sec.id}
    prefix = norm_number(sec.number) + "."
    out = []
    for s in part.sections:
        if s is sec:
            continue
        if s.parent in ids or (prefix != "." and norm_number(s.number).startswith(prefix)):
            ids.add(s.id)
            out.append(s)
    return out


def natural_key(number: str) -> tuple:
    """Sort key of a section number: "7BIS" (an article inserted as "7 bis") right after 7 and its
    sub-articles, before 8."""
    def part(x: str) -> tuple:
        m = re.fullmatch(r"(\d+)(BIS|TER|QUATER)?", x)
        return (0, int(m.group(1)), m.group(2) or "") if m else (1, 0, x)
    return tuple(part(x) for x in norm_number(number).split("."))
