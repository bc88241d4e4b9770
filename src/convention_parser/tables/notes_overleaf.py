"""A table's notes row pushed to the next page under the header printed again.

A word processor repeats a table's header atop each page the table runs onto. When only the
closing notes row ("1. Source : …", in small italic type) does not fit the page, it goes over
alone: the next page opens on the header again and the notes under it, no data row, so no grid
is found there (a header and one spanning row). Those header lines are the table's, and the
notes its notes (table_notes.split_table_notes strips their calls from the cells)."""

from __future__ import annotations

import re
from collections import Counter
from typing import Optional

from ..text.model import Line, Page
from .grid import Grid
from .settings import TableNoteSettings
from .table_notes import notes_under

# A call printed beside a head's words: "1", "(2)", "*", "†".
_CALL = re.compile(r"\(?\d{1,2}\)?|\(?[*†‡]{1,3}\)?")


def notes_overleaf(header: list[list[str]], nxt: Optional[Page], grids: list[Grid], cell_size: float,
                   settings: Optional[TableNoteSettings] = None) -> tuple[list[Line], list[Line]]:
    """The lines opening page ``nxt`` (outside its ``grids``) that print ``header`` again, and the
    notes right under them (notes_under); both empty unless notes follow the header."""
    if nxt is None or not header:
        return [], []
    words = Counter(w for row in header for cell in dict.fromkeys(row) for w in cell.split()
                    if not _CALL.fullmatch(w))
    if not words:
        return [], []
    top = min((g.bbox[1] for g in grids), default=nxt.height)
    free = sorted((ln for ln in nxt.lines if ln.words and ln.table_id is None and ln.bottom <= top + 1),
                  key=lambda ln: ln.top)
    head: list[Line] = []
    for ln in free:
        if not all(w.text in words or _CALL.fullmatch(w.text) for w in ln.words):
            break
        head.append(ln)
    found = sum(1 for ln in head for w in ln.words if w.text in words)
    if not head or 2 * found < sum(words.values()):
        return [], []
    bbox = (min(ln.x0 for ln in head), min(ln.top for ln in head), max(ln.x1 for ln in head),
            max(ln.bottom for ln in head))
    rest = [ln for ln in nxt.lines if ln not in head]
    notes = notes_under(rest, bbox, cell_size, settings)
    return (head, notes) if notes else ([], [])
