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
from .settings import diff_settings
from .sections import is_annex


def _key(text: str) -> str:
    return re.sub(r"[\s\u00a0\u202f]+", "", fold(text or ""))


def _names(cell: str, key: str) -> bool:
    """The cell is the line's name, or opens with it before a dash ("C0967-21-0001 – Démolition
    de …": a table printing the IDTOP and the label in one cell)."""
    return _key(cell) == key or _key(re.split(r"\s+[–—-]\s+", cell or "", maxsplit=1)[0]) == key


def _has_column(t, column: Optional[str]) -> bool:
    key = _key(column or "")
    return bool(key) and any(key in _key(c) or (_key(c) and _key(c) in key) for h in t.header for c in h)


def row_section(part: Part, label: str, column: Optional[str] = None) -> Optional[str]:
    """The number of the section whose table prints a line named ``label``: a cell equal to it
    (the first cell first), then a first cell opening with it ("Démolition" for the line "Démolition
    de logements locatifs sociaux" a narrative avenant names by its family), else a line of a
    section's text holding it (a table the parse left as text). Of the tables holding the line,
    those with a column named ``column`` (when the edit names one) come first: a financeur's line
    is the financing table's, not a line of the same name in another table."""
    key = _key(label)
    if not key:
        return None
    annexes = {s.number for s in part.sections if is_annex(s)}
    tests = ((lambda c: _names(c, key), True), (lambda c: _names(c, key), False),
             (lambda c: _key(c).startswith(key), True))
    for test, first_only in tests:
        tables = [t for t in part.tables if t.section
                  and any(test(c) for row in t.rows for c in (row[:1] if first_only else row))]
        if column and any(_has_column(t, column) for t in tables):
            tables = [t for t in tables if _has_column(t, column)]
        found = [t.section for t in tables]
        if found:
            # an article's table before an annex's (the annex's financial table repeats the line;
            # an avenant replaces such an annex whole, the article's line is the one it edits)
            return next((n for n in found if n not in annexes), found[0])
    for s in part.sections:
        if key in _key(s.text or ""):
            return s.number
    return None


def cells_section(part: Part, cells: dict[str, str]) -> Optional[str]:
    """The section whose table has the columns of a line given cell by cell with no article ("Le
    programme est complété par …": label, commune, maître d'ouvrage, amount): the table naming most
    of them, at least ``DiffSettings.line_columns``; an article's before an annex's."""
    annexes = {s.number for s in part.sections if is_annex(s)}
    scored = [(sum(_has_column(t, k) for k in cells), t.section not in annexes, -i, t.section)
              for i, t in enumerate(part.tables) if t.section]
    best = max(scored, default=None)
    return best[3] if best and best[0] >= diff_settings().line_columns else None


def place(part: Part, pairs: list[tuple[Part, Amendment]]) -> list[tuple[Part, Amendment]]:
    """The avenant's amendments with the targets of line-placed edits filled in (copies)."""
    out = []
    last: Optional[str] = None
    for ap, am in pairs:
        if am.edit is not None and am.target == BY_ROW:
            if am.edit.row:
                where = row_section(part, am.edit.row, am.edit.column)
            elif am.edit.op == "row_add" and am.edit.cells:
                where = cells_section(part, am.edit.cells) or last
            else:
                where = last
            if where is not None:
                am = copy.copy(am)
                am.target = where
                last = where
        elif am.edit is not None:
            last = am.target
        out.append((ap, am))
    return out
