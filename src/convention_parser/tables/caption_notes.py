"""A caption set under a table whose notes are printed under it too.

A table's notes may stand under its frame ("(1) Montants hors taxes.", small type, table_notes.
notes_under) and its caption below them, as a word processor's caption style puts it after
everything the table holds: the caption is then the first line after the notes, not the first
line under the table (a note is no caption, and the lines under it are no paragraph of it)."""

from __future__ import annotations

from ..text.model import Line
from .grid import Grid
from .table_notes import notes_under


def after_notes(under: list[Line], grid: Grid) -> tuple[list[Line], float]:
    """``under`` (the free lines under ``grid``, top-down) past the table's notes printed right
    under it, and the bottom a caption's gap is measured from (the notes' last line, else the
    grid's)."""
    sizes = sorted(w.size for c in grid.cells for w in c.words if w.size)
    if not under or not sizes:
        return under, grid.bbox[3]
    notes = notes_under(under, grid.bbox, sizes[len(sizes) // 2])
    if not notes:
        return under, grid.bbox[3]
    bottom = max(ln.bottom for ln in notes)
    return [ln for ln in under if ln not in notes and ln.top >= bottom - 1], bottom
