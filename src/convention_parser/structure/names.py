"""Person names as written, without civility.

Rule: a name keeps what the document wrote after the civility — the surname in
capitals, preceded by the given name when one is written ("monsieur Alain
DUBREUCQ" -> "Alain DUBREUCQ", "Monsieur COTTIGNY" -> "COTTIGNY"). Trailing
qualifiers in lower case (", absent", "excusé") are dropped.
"""

from __future__ import annotations

import re

CIVILITY = re.compile(
    r"^(?:(?:madame|monsieur|mesdames|messieurs|mme|mmes|mlle|mr|m\.|mm\.|me|ma[îi]tre|dr\.?|docteur)\s+)+",
    re.IGNORECASE)
_SPLIT = re.compile(r"\s*(?:,|;|\bet\b)\s*")
_TRAILING = re.compile(r"(?:[\s,]+(?:absente?s?|excus[ée]e?s?|pr[ée]sente?s?))+\s*\.?$", re.IGNORECASE)


def strip_civility(name: str) -> str:
    name = re.sub(r"\s+", " ", name).strip(" .,;:")
    name = _TRAILING.sub("", name)
    return CIVILITY.sub("", name).strip(" .,;:")


def split_names(text: str) -> list[str]:
    """'Monsieur A, Madame B et monsieur C D' -> ['A', 'B', 'C D']."""
    text = re.sub(r"\s+", " ", text).strip(" .;:")
    text = _TRAILING.sub("", text)
    out = []
    for chunk in _SPLIT.split(text):
        name = strip_civility(chunk)
        if name and any(c.isalpha() for c in name) and not _is_qualifier(name):
            out.append(name)
    return out


def _is_qualifier(name: str) -> bool:
    return name.islower() and len(name.split()) <= 2
