"""Group rows of tables without vertical rules.

A word processor's group row ("Quartier des Provinces", a family of
operations) is one cell merged over every column; without vertical rules
nothing shows the merge, and its text, short, sits in the first column. A
row whose only text is a label in the first column, between the header and
a row that fills several columns, is read as that merged cell: it opens a
block of the table's rows, and never splits the table."""

from __future__ import annotations

from .grid import Grid, GridCell


def _label(c: GridCell) -> bool:
    """A label opening a group: words rather than figures, not opening on
    a lowercase letter (that is the rest of a wrapped cell: a row broken
    by a page break goes on at the top of the next page)."""
    text = c.text
    digits = sum(ch.isdigit() for ch in text)
    return bool(text) and not text[0].islower() and digits * 2 < sum(ch.isalnum() for ch in text)


def spread_group_rows(g: Grid, min_cols: int = 3) -> Grid:
    """Give every group row of g one cell over all columns (in place)."""
    if g.n_cols < min_cols or g.n_rows < 3:
        return g
    rows: dict[int, list[GridCell]] = {}
    for c in g.cells:
        rows.setdefault(c.row, []).append(c)
    filled = {r: [c for c in cs if c.words] for r, cs in rows.items()}
    several = sum(1 for cs in filled.values() if len(cs) >= 2)
    if several * 2 < g.n_rows:
        return g        # a table of sparse rows: a lone label says nothing
    for r in range(1, g.n_rows - 1):
        cs = filled.get(r, [])
        if len(cs) != 1 or cs[0].col != 0 or cs[0].colspan != 1 or cs[0].rowspan != 1 or not _label(cs[0]):
            continue
        if len(filled.get(r + 1, [])) < 2:
            continue
        if any(c.rowspan > 1 and c.row < r < c.row + c.rowspan for c in g.cells):
            continue    # a cell of the row above reaches into it
        cs[0].colspan = g.n_cols
        g.cells = [c for c in g.cells if not (c.row == r and c is not cs[0])]
    return g


def opens_on_group_row(rows: list[list[str]], min_cols: int = 3) -> bool:
    """A table's part on a new page (its header above, on the page before)
    opens on a group row: a label alone in the first column over a row
    filling several columns (spread_group_rows reads the rows under a header)."""
    if len(rows) < 2 or len(rows[0]) < min_cols:
        return False
    text = rows[0][0]
    digits = sum(ch.isdigit() for ch in text)
    label = bool(text) and not text[0].islower() and digits * 2 < sum(ch.isalnum() for ch in text)
    return label and not any(rows[0][1:]) and sum(1 for x in rows[1] if x) >= 2
