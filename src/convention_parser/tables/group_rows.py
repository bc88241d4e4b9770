"""Group rows of tables without vertical rules.

A word processor's group row ("Quartier des Provinces", a family of
operations) is one cell merged over every column; without vertical rules
nothing shows the merge, and its text, short, sits in the first column. A
row whose only text is a label in the first column, between the header and
a row that fills several columns, is read as that merged cell: it opens a
block of the table's rows, and never splits the table."""

from __future__ import annotations

from .grid import Grid, GridCell
from .totals import TOTAL_LABEL


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


def join_label_paragraphs(g: Grid) -> Grid:
    """Rows whose only text is in the label column and that are no group row but the next
    paragraphs of the label above (a cell's paragraphs keep their spacing, as wide as the
    padding between rows): the label's lines wrap inside the label column (a group row,
    one cell over every column, never wraps there), or they close a parenthesis the label
    above left open ("CALL (quote-part" / "République)"), or they sit right above the
    table's closing total (a group of a total alone is none). Joined to the row above when that
    row fills several columns and is no header (set bold throughout: the rest of a row a
    page break cut, under the header printed again, is the finder's); in place, rows found
    by whitespace only."""
    from .wrap import cell_lines

    r = 1
    while r < g.n_rows:
        cells = [c for c in g.cells if c.row == r and c.words]
        above = [c for c in g.cells if c.row == r - 1 and c.words]
        label = next((c for c in above if c.col == 0 and c.colspan == 1), None)
        if (len(cells) != 1 or cells[0].col != 0 or cells[0].colspan != 1 or len(above) < 2 or label is None
                or any(c.rowspan > 1 for c in cells + above) or all(c.bold for c in above)):
            r += 1
            continue
        text, prev = cells[0].text, label.text
        close, opening = text.find(")"), text.find("(")
        closes = prev.count("(") > prev.count(")") and close >= 0 and (opening < 0 or close < opening)
        # A group row heads rows of its own: one right above the table's closing total
        # would head that total alone ("62800 Liévin" over "Total global des financements").
        last = [c for c in g.cells if c.row == g.n_rows - 1 and c.col == 0 and c.words]
        before_total = r == g.n_rows - 2 and bool(last) and bool(TOTAL_LABEL.match(last[0].text))
        if len(cell_lines(cells[0].words)) < 2 and not closes and not before_total:
            r += 1
            continue
        label.words = label.words + cells[0].words
        g.cells = [c for c in g.cells if c.row != r]
        for c in g.cells:
            if c.row > r:
                c.row -= 1
        if len(g.row_tops) > r:
            del g.row_tops[r]
        g.n_rows -= 1
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
