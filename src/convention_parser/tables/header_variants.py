"""A table's header printed again over its next page, as typed again rather than repeated.

A word processor repeats a header row letter for letter; a header typed again over a table cut by
hand (or a repeated one read apart by the text layer) may differ from the first one in what no
reader of the table would call another header: the note calls ("Montant ANRU (€)(2)" over the
first part, "Montant ANRU (€)" over the next, "1 N° IDTOP" when a raised call is read first),
the case ("MONTANT ANRU"), the word breaks and hyphens of narrow cells ("Opéra-tion", "Nb
logts" / "Nblogts"), accents dropped from capitals. Such a header is the same header
(header_again.py compares it only up to its spaces)."""

from __future__ import annotations

import re

from ..french.text import fold

# A call at a cell's start or end: "(1)", "1", "*", "†" glued after a word or a closing bracket,
# or standing apart; never digits of a figure ("2024", "QP044014").
_CALL_END = re.compile(r"(?:(?<=[^\W\d_])|(?<=[)\]])|\s)\(?(?:\d{1,2}|[*†‡]{1,3})\)?$")
_CALL_START = re.compile(r"^\(?(?:\d{1,2}|[*†‡]{1,3})\)?\s+(?=[^\W\d_])")


def _key(cell: str) -> str:
    text = _CALL_START.sub("", _CALL_END.sub("", cell.strip()))
    return re.sub(r"[\s\-\u00ad\u2010\u2011]+", "", fold(text))


def same_header_but_marks(rows: list[list[str]], header: list[list[str]]) -> bool:
    """``rows`` print ``header`` again but for note calls, case, accents, spaces and hyphens;
    at least two cells filled (a lone label is no header to compare)."""
    if len(rows) != len(header) or not header:
        return False
    filled = sum(1 for r in header for c in r if c.strip())
    return filled >= 2 and all(len(a) == len(b) and all(_key(x) == _key(y) for x, y in zip(a, b))
                               for a, b in zip(rows, header))
