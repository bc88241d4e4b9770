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
    ("Financeurs(1)", "IDTOP1", "Total*", "Montant ANRU (€)(2)", "Les Peupliers (QP059008)2"),
    or "(1)" standing before or after the words."""
    m = re.escape(mark)
    forms = [re.compile(rf"(?<=[^\W\d_]|[)\]])\(?{m}\)?$" if mark.isdigit() else rf"(?<=\S)\(?{m}\)?$")]
    forms.append(re.compile(rf"(?:^\({m}\)\s+|\s+\({m}\)$)"))
    return forms


def notes_under(lines: list, bbox: tuple, cell_size: float, settings: Optional[TableNoteSettings] = None) -> list:
    """The lines printed right under a table (``bbox`` on its last page; ``lines`` that page's,
    in reading order) that are its notes: the first opens on a note's mark within a row's gap of
    the table's bottom, in the table's type or smaller (``cell_size``); the next ones go on
    (another mark, or the note's next line) as close. Returns those lines (none when the first
    does not open on a mark)."""
    s = settings or TableNoteSettings()
    below = sorted((ln for ln in lines if ln.words and ln.table_id is None and ln.top >= bbox[3] - 1
                    and bbox[0] - s.under_indent <= ln.x0 <= (bbox[0] + bbox[2]) / 2), key=lambda ln: ln.top)
    out: list = []
    last = bbox[3]
    for ln in below:
        size = max(w.size for w in ln.words)
        if ln.top - last > s.under_gap * size or size > cell_size + s.under_size_tol:
            break
        if out and size > max(w.size for w in out[0].words) + 0.3:
            break                # the text resuming in its own type
        if not out and _mark(ln.text) is None:
            break
        out.append(ln)
        last = ln.bottom
        if len(out) >= s.under_max_lines:
            break
    return out


def set_smaller(notes: list, lines: list) -> bool:
    """The ``notes`` lines are in smaller type than the first line after them (the text going on)."""
    if not notes:
        return False
    after = [ln for ln in lines if ln.words and ln.top > notes[-1].bottom - 1 and ln not in notes]
    if not after:
        return True
    nxt = min(after, key=lambda ln: ln.top)
    return max(w.size for ln in notes for w in ln.words) + 0.5 < max(w.size for w in nxt.words)


def split_table_notes(table: Table, settings: Optional[TableNoteSettings] = None,
                      under: Optional[list[str]] = None, smaller: bool = False) -> Table:
    """``table`` without its closing notes rows (kept in ``table.notes``) and without their
    calls in its cells (a call the text layer took for a footnote's is gone already). ``under``:
    the texts of lines printed right under the table that may be its notes (notes_under);
    ``smaller``: they are set in smaller type than the text resuming after them. A table
    whose cells call none of the marks keeps its rows unless they open a series ("1", "*")."""
    s = settings or TableNoteSettings()
    if not s.enabled or table.n_cols < 2 or len(table.rows) < 2:
        return table
    k = len(table.rows)
    while k > 1 and _note_row(table.rows[k - 1]) is not None and len(table.rows) - k < s.max_rows:
        k -= 1
    if k == len(table.rows) and not under:
        return table
    notes = [_note_row(r) for r in table.rows[k:]] + list(under or [])
    marks = [m for text in notes for m in _marks_in(text)]
    header = [list(r) for r in table.header]
    rows = [list(r) for r in table.rows[:k]]
    called = 0
    for mark in marks:
        forms = _call_forms(mark)
        for grid in (header, rows):
            for r in grid:
                for j, cell in enumerate(r):
                    # a raised call read before its head's words ("1 Libellé de l'opération")
                    for form in forms + ([re.compile(rf"^{re.escape(mark)}\s+(?=[^\W\d_])")] if grid is header else []):
                        new = form.sub("", cell)
                        if new != cell and new.strip():
                            r[j] = new.strip()
                            called += 1
                            break
    if not called and ((under and not smaller) or marks[:1] not in (["1"], ["a"], ["*"], ["†"])):
        return table     # marks no cell calls, not opening a series (or lines under, not in small type)
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
