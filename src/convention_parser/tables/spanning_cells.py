"""Boxes of a ruled grid that hold rows of cells, not one merged cell.

A table ruled around its outside (a frame, a rule under the header) and nowhere between its
body's rows and columns gives the grid algorithm one box for the whole body: a cell spanning
every column that holds every row. Shading bands inside the frame (zebra rows) cut it into one
box per band, each read as a group row over every column. Such a box is told from a real
merged cell (a group row "Quartier des Provinces – Valcourt", a note over the table's width)
by its lines: each of them falls into the grid's columns (every cell of a line, words a cell
gap apart, inside one column) and some line fills two columns or more. Its lines are then
read as the unruled rows of a table in the grid's columns (aligned.split_rows: wrapped cells
stay in their row)."""

from __future__ import annotations

from typing import Iterable

from .aligned import build_grid, chunk_span, col_range, split_rows, visual_lines
from .grid import Grid, GridCell
from .group_rows import _label
from .settings import AlignedSettings


def _rows_of_cells(cell: GridCell, xs: list[float], s: AlignedSettings):
    """The box's lines when they are rows in the grid's columns (see the module), else None."""
    lines = sorted(visual_lines(cell.words, s), key=lambda l: l.top)
    several = False
    for l in lines:
        cols = set()
        for ch in l.chunks:
            c0, c1 = col_range(chunk_span(ch), xs)
            if c1 - c0 != 1:
                return None
            cols.add(c0)
        several = several or len(cols) >= 2
    return lines if several else None


def spread_read_groups(sub: Grid, rows: Iterable[int] | None = None) -> None:
    """A row read by whitespace (of ``rows``, all by default) whose only text is a label in the
    first column, over a row filling several columns, is a group row ("Quartier des Provinces –
    Valcourt"): one cell over every column, as whitespace reads it in a table without rules
    (group_rows.py), in place. No rule shows the merge there, as none shows the columns."""
    filled = {r: [c for c in sub.cells if c.row == r and c.words] for r in range(sub.n_rows)}
    for r in (range(sub.n_rows) if rows is None else rows):
        if r + 1 >= sub.n_rows:
            continue
        cs = filled[r]
        if len(cs) == 1 and cs[0].col == 0 and _label(cs[0]) and len(filled[r + 1]) >= 2:
            cs[0].colspan = sub.n_cols
            sub.cells = [c for c in sub.cells if c.row != r or c is cs[0]]


def split_spanning_cells(g: Grid, s: AlignedSettings) -> Grid:
    """``g`` with each cell spanning every column whose lines are rows of cells (see the
    module) read as those rows; ``g`` itself when it holds none."""
    if g.kind != "ruled" or g.n_cols < 2:
        return g
    found = {}
    for c in g.cells:
        if c.colspan == g.n_cols and c.words:
            lines = _rows_of_cells(c, g.xs, s)
            if lines is not None:
                found[c.row] = (c, lines)
    if not found:
        return g
    start: list[int] = []           # old row -> its first new row
    subs: dict[int, Grid] = {}
    tops: list[float] = []
    n = 0
    for r in range(g.n_rows + 1):
        start.append(n)
        if r == g.n_rows:
            break
        if r in found:
            c, lines = found[r]
            rows, _ = split_rows(lines, g.xs, [], s)
            sub = build_grid(g.page, rows, list(g.xs), "ruled", g.bbox)
            spread_read_groups(sub)
            subs[r] = sub
            tops += sub.row_tops
            n += sub.n_rows
        elif any(f.row < r < f.row + f.rowspan for f, _ in found.values()):
            continue                # inside a box read above (it spans rows of the grid)
        else:
            tops.append(g.row_tops[r] if r < len(g.row_tops) else g.bbox[1])
            n += 1
    for r, (c, _) in found.items():         # the rows a box spanned map to its own rows
        for k in range(r + 1, r + c.rowspan):
            start[k] = start[r + c.rowspan]
    cells: list[GridCell] = []
    for c in g.cells:
        if c.row in found and c is found[c.row][0]:
            for sc in subs[c.row].cells:
                cells.append(GridCell(row=start[c.row] + sc.row, col=sc.col, rowspan=sc.rowspan,
                                      colspan=sc.colspan, words=sc.words, shaded=c.shaded))
            continue
        end = start[min(c.row + c.rowspan, g.n_rows)]
        cells.append(GridCell(row=start[c.row], col=c.col, rowspan=max(1, end - start[c.row]),
                              colspan=c.colspan, words=c.words, shaded=c.shaded))
    cells.sort(key=lambda c: (c.row, c.col))
    return Grid(page=g.page, bbox=g.bbox, kind=g.kind, xs=g.xs, cells=cells, n_rows=n, row_tops=tops,
                source=g.source, header_rows=g.header_rows, alone=g.alone, continues=g.continues)
