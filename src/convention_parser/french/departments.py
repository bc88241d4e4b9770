"""The French départements (code, name) and where a text says which one it is about.

The table (``departements.csv``, INSEE codes and names, 101 départements) ships with
the package: nothing is looked up at run time. A text names its département in
ways of unequal weight, so ``department_votes`` scores each kind of evidence:

- a context that can only mean the département: "Préfet du Pas-de-Calais",
  "département de la Somme", "Conseil départemental du Nord", "Lens (Pas-de-Calais)";
- a hyphenated name alone ("Pas-de-Calais habitat", "Seine-Saint-Denis"): such names
  are no common words, whereas "Nord", "Var" or "la Marne" alone may be a direction,
  a river or a street and count only in a context above;
- a postal or INSEE commune code before a capitalised word ("62300 Lens",
  "62498 Lens"): its first digits are the département's code.

The legality-control receipt's department ("062-…") is read elsewhere
(``structure/receipt.py``); ``code_from_receipt`` turns it into the table's code.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Optional

from .text import fold

_TABLE = Path(__file__).with_name("departements.csv")


@dataclass(frozen=True)
class DepartmentWeights:
    context: int = 3        # "Préfet du Pas-de-Calais", "(Pas-de-Calais)"
    composite_name: int = 1  # "Pas-de-Calais" alone (names with a hyphen or a space)
    commune_code: int = 1   # "62300 Lens"


@lru_cache(maxsize=1)
def departments() -> dict[str, str]:
    """INSEE code ("62", "2A", "971") -> name ("Pas-de-Calais")."""
    with _TABLE.open(encoding="utf-8") as fh:
        return {row["code"]: row["nom"] for row in csv.DictReader(fh)}


def name_of(code: Optional[str]) -> Optional[str]:
    return departments().get(code or "")


def code_from_receipt(value: Optional[str]) -> Optional[str]:
    """The receipt's three-character department ("062", "02A", "974") as an INSEE code."""
    if not value:
        return None
    value = value.strip().upper()
    for code in (value, value.lstrip("0"), value[1:] if len(value) == 3 and value[0] == "0" else value):
        if code in departments():
            return code
    return None


def code_from_commune_code(code: str) -> Optional[str]:
    """The département of a postal or INSEE commune code ("62300" -> "62", "97411" -> "974",
    "20090" -> "2A", "2B033" -> "2B")."""
    code = code.upper()
    if code[:2] in ("2A", "2B"):
        return code[:2]
    if code.startswith("97"):
        return code[:3] if code[:3] in departments() else None
    if code.startswith("20"):  # Corsica's postal codes: 200xx-201xx south, 202xx-206xx north
        return "2A" if code[2] in "01" else "2B"
    return code[:2] if code[:2] in departments() else None


def _name_body(name: str) -> str:
    """A folded name as a regex: hyphens, spaces and apostrophes interchangeable."""
    words = re.split(r"[\s'\-]+", fold(name))
    return r"[\s'\-]+".join(map(re.escape, words))


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern, dict[str, str]]:
    by_folded = {re.sub(r"[\s'\-]+", " ", fold(n)): c for c, n in departments().items()}
    names = sorted(departments().values(), key=len, reverse=True)  # "Haute-Marne" before "Marne"
    any_name = "|".join(_name_body(n) for n in names)
    # Hyphenated names only: "La Réunion" or "Territoire de Belfort" alone read as
    # common words ("la réunion du conseil") and need a context.
    composite = "|".join(_name_body(n) for n in names if "-" in n)
    # What precedes a name when it can only be the département: the State's services
    # there and the bodies the law sets up once per département (centre de gestion,
    # CAUE, SDIS, archives).
    lead = (r"(?:departement|prefet|prefete|prefecture|sous-prefecture|conseil departemental|"
            r"conseil general|direction departementale(?: [a-z' ]{0,60}?)?|ddtm?|ddets|"
            r"(?:maison|archives) departementales?(?: [a-z' ]{0,40}?)?|"
            r"centre de gestion(?: [a-z' ]{0,60}?)?|caue|sdis|"
            r"service departemental d'incendie et de secours)")
    context = re.compile(rf"\b{lead}\s+(?:du|de la|de l'|des|de|d')\s*({any_name})\b"
                         rf"|\(\s*({any_name})\s*\)")
    bare = re.compile(rf"(?<![\w-])({composite})(?![\w-])")
    return context, bare, _COMMUNE_CODE, by_folded


_COMMUNE_CODE = re.compile(r"(?<![\d\w,.])((?:0[1-9]|[1-8]\d|9[0-5])\d{3}|97[1-6]\d{2}|2[AB]\d{3})"
                           r"\s+(?:CEDEX\s+)?([A-Z][\w'\-]+)")
# Words after a five-digit number that make it an amount or a count, not a commune code.
_NOT_A_COMMUNE = {"EUR", "EUROS", "EURO", "HT", "TTC", "LOGEMENTS", "HABITANTS", "M2", "HA", "K", "M"}


def department_votes(text: str, weights: DepartmentWeights = DepartmentWeights()) -> Counter:
    """Score per département code of what ``text`` says (linear in the text)."""
    context, bare, commune_code, by_folded = _patterns()
    folded = fold(text)
    votes: Counter = Counter()
    taken: list[tuple[int, int]] = []

    def code_of(name: str) -> Optional[str]:
        return by_folded.get(re.sub(r"[\s'\-]+", " ", name))

    for m in context.finditer(folded):
        name = m.group(1) or m.group(2)
        code = code_of(name)
        if code:
            votes[code] += weights.context
            taken.append(m.span(1) if m.group(1) else m.span(2))
    taken_starts = {s for s, _ in taken}
    for m in bare.finditer(folded):
        code = code_of(m.group(1))
        if code and m.start(1) not in taken_starts:
            votes[code] += weights.composite_name
    for m in commune_code.finditer(fold(text, lower=False)):
        if fold(m.group(2)).upper() in _NOT_A_COMMUNE:
            continue
        code = code_from_commune_code(m.group(1))
        if code:
            votes[code] += weights.commune_code
    return votes
