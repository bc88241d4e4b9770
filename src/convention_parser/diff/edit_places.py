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


def _key(text: str) -> str:
    return re.sub(r"[\s\u00a0\u202f]+", "", fold(text or ""))


def row_section(part: Part, label: str) -> Optional[str]:
    """The number of the section whose table prints a line named ``label``: a cell equal to it
    (the first cell first), else a line of a section's text holding it (a table the parse left
    as text)."""
    key = _key(label)
    if not key:
        return None
    for first_only in (True, False):
        for t in part.tables:
            for row in t.rows:
                cells = row[:1] if first_only else row
                if t.section and any(_key(c) == key for c in cells):
                    return t.section
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
