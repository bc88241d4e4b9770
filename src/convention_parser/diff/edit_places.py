"""Place the edits a letter-style avenant names by a table line rather than by an article.

"Le montant de la participation de l'ANRU à l'opération « … » (C0967-21-0001) est porté de
1 267 200 € à 1 520 600 €" says which operation, not which article prints it
(structure/edit_prose.py gives it the target ``BY_ROW``). The convention's section whose
table holds that line (its identifier or label in a cell) is the target; "Les totaux sont
mis à jour en conséquence" right after such edits goes to the same section.
"""

from __future__ import annotations

import copy
import re
from typing import Optional

from ..records import Amendment, Part
from ..structure.edit_prose import BY_ROW
from .normalize import fold
from .sections import is_annex


def _key(text: str) -> str:
    return re.sub(r"[\s\u00a0\u202f]+", "", fold(text or ""))


def _names(cell: str, key: str) -> bool:
    """The cell is the line's name, or opens with it before a dash ("C0967-21-0001 – Démolition
    de …": a table printing the IDTOP and the label in one cell)."""
    return _key(cell) == key or _key(re.split(r"\s+[–—-]\s+", cell or "", maxsplit=1)[0]) == key


def row_section(part: Part, label: str) -> Optional[str]:
    """The number of the section whose table prints a line named ``label``: a cell equal to it
    (the first cell first), else a line of a section's text holding it (a table the parse left
    as text)."""
    key = _key(label)
    if not key:
        return None
    annexes = {s.number for s in part.sections if is_annex(s)}
    for first_only in (True, False):
        found = [t.section for t in part.tables if t.section
                 for row in t.rows if any(_names(c, key) for c in (row[:1] if first_only else row))]
        if found:
            # an article's table before an annex's (the annex's financial table repeats the line;
            # an avenant replaces such an annex whole, the article's line is the one it edits)
            return next((n for n in found if n not in annexes), found[0])
    for s in part.sections:
        if key in _key(s.text or ""):
            return s.number
    return None


def place(part: Part, pairs: list[tuple[Part, Amendment]]) -> list[tuple[Part, Amendment]]:
    """The avenant's amendments with the targets of line-placed edits filled in (copies)."""
    out = []
    last: Optional[str] = None
    for ap, am in pairs:
        if am.edit is not None and am.target == BY_ROW:
            where = row_section(part, am.edit.row) if am.edit.row else last
            if where is not None:
                am = copy.copy(am)
                am.target = where
                last = where
        elif am.edit is not None:
            last = am.target
        out.append((ap, am))
    return out
