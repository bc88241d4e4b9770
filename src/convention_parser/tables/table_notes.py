"""Notes printed under a table, inside its frame: a closing row of one cell spanning the table,
in small type, "(1) Montants exprimés hors taxes." / "1. Source : …" / "* Sous réserve …", whose
marks the table's cells call ("Financeurs(1)", "IDTOP¹", "(1) IDTOP": Word users type the call in
superscript after the head's words). Such a row is the table's notes, not one of its data rows
(read as one, every column holds the note and the diff sees a row where a version prints none);
the calls are no text of their cells. The notes go to ``Table.notes``."""

from __future__ import annotations

import re
from typing import Optional

from ..records import Table
from .settings import TableNoteSettings

# A note's mark opening its text: "(1)", "1.", "1)", "*", "**", "†", "(a)"; then its words.
_MARK = re.compile(r"^(?:\((\d{1,2}|[a-e*])\)|(\d{1,2})[.)]|(\*{1,3}|†{1,2}|‡))\s+\S")


def _mark(text: str) -> Optional[str]:
    m = _MARK.match(text)
    return next((g for g in m.groups() if g), None) if m else None


def _note_row(row: list[str]) -> Optional[str]:
    """The text of a row that is one cell across the table (spread into every column, or
    written in its first cell alone) opening on a note's mark; else None."""
    filled = [c for c in row if c.strip()]
    if not filled or (len(set(filled)) != 1 or (len(filled) != len(row) and not row[0].strip())):
        return None
    return filled[0] if _mark(filled[0]) else None


def _call_forms(mark: str) -> list[re.Pattern]:
    """How a cell prints the call of ``mark``: glued after a letter or a closing bracket
    ("Financeurs(1)", "IDTOP1", "Total*"), or "(1)" standing before or after the words."""
    m = re.escape(mark)
    forms = [re.compile(rf"(?<=[^\W\d_)\]])\(?{m}\)?$" if mark.isdigit() else rf"(?<=\S)\(?{m}\)?$")]
    forms.append(re.compile(rf"(?:^\({m}\)\s+|\s+\({m}\)$)"))
    return forms


def split_table_notes(table: Table, settings: Optional[TableNoteSettings] = None) -> Table:
    """``table`` without its closing notes rows (kept in ``table.notes``) and without their
    calls in its cells (a call the text layer took for a footnote's is gone already). A table
    whose cells call none of the marks keeps its rows unless they open a series ("1", "*")."""
    s = settings or TableNoteSettings()
    if not s.enabled or table.n_cols < 2 or len(table.rows) < 2:
        return table
    k = len(table.rows)
    while k > 1 and _note_row(table.rows[k - 1]) is not None and len(table.rows) - k < s.max_rows:
        k -= 1
    if k == len(table.rows):
        return table
    notes = [_note_row(r) for r in table.rows[k:]]
    marks = [m for text in notes for m in _marks_in(text)]
    header = [list(r) for r in table.header]
    rows = [list(r) for r in table.rows[:k]]
    called = 0
    for mark in marks:
        forms = _call_forms(mark)
        for grid in (header, rows):
            for r in grid:
                for j, cell in enumerate(r):
                    for form in forms:
                        new = form.sub("", cell)
                        if new != cell and new.strip():
                            r[j] = new.strip()
                            called += 1
                            break
    if not called and marks[:1] not in (["1"], ["a"], ["*"], ["†"]):
        return table     # marks no cell calls, not opening a series: no notes row
    last = len(table.header) + k
    table.header, table.rows, table.n_rows = header, rows, k
    table.merged = [m for m in table.merged if m[0] < last]
    table.row_pages = table.row_pages[:k]
    table.notes = notes
    return table


def _marks_in(text: str) -> list[str]:
    """Every mark a notes row opens (several notes may share one row: "1. … 2. …")."""
    first = _mark(text)
    if first is None:
        return []
    out = [first]
    if first.isdigit():
        n = int(first) + 1
        while re.search(rf"(?:^|\s)(?:\({n}\)|{n}[.)])\s+\S", text):
            out.append(str(n))
            n += 1
    return out
