"""A last row's cell going on in paragraphs of its own at the page foot.

A cell of several paragraphs (a list of streets under "Requalification (voirie …) des voiries
et espaces publics ci-dessous :") keeps its paragraph spacing: whitespace ends the grid at its
last line of several cells and the cell's next paragraphs are left under it, one column wide,
flush with that column's text; a label's last wrapped lines may be left so too. At the page
foot, before the table goes on at the next page's top, they are no prose between two parts
nor group rows: they join their cell. A line of the label column set off by more than a wrap's
leading is a group row heading the rows on the next page, and stays one.
"""

from __future__ import annotations

from typing import Optional

from .aligned import chunk_span, col_range, visual_lines
from .grid import Grid, GridCell
from .settings import TableSettings


def _last_row_starts(a: Grid) -> dict[int, float]:
    """Each column's text start in a's last row (cells reaching it, one column wide)."""
    starts: dict[int, float] = {}
    for c in a.cells:
        if c.words and c.colspan == 1 and c.row + c.rowspan == a.n_rows:
            starts[c.col] = min(w.x0 for w in c.words)
    return starts


def _leading(words: list) -> float:
    """The widest pitch between a cell's lines (0.0 for a line alone): words of one line
    (their baselines a point or two apart: a word hyphenated across lines joined) count once."""
    lines: list[list[float]] = []
    for w in sorted(words, key=lambda w: w.base or w.bottom):
        b = w.base or w.bottom
        if lines and b - lines[-1][0] <= 0.25 * (w.size or 10.0):
            lines[-1].append(b)
        else:
            lines.append([b])
    bases = [max(x) for x in lines]
    return max((y - x for x, y in zip(bases, bases[1:])), default=0.0)


def with_foot_paragraphs(a: Grid, below: list, margin: float, settings: TableSettings) -> Optional[Grid]:
    """``a`` with ``below`` (the free lines under it down to the page's notes, top-down) read
    into its last row, when every one is a paragraph line of one of that row's cells: one
    cell wide, flush with the cell's text start, in the cells' type, each within a paragraph's
    spacing of the line above. None when any line is not (prose, a caption, a heading).
    ``margin``: the text's right edge on the page (an unruled table's last column ends at its
    widest text above; a paragraph of its cell may run further, to the margin)."""
    if not below or len(below) > settings.continuation.max_rest_cell_lines:
        return None
    c = settings.continuation
    xs = list(a.xs)
    starts = _last_row_starts(a)
    sizes = sorted(w.size for cell in a.cells for w in cell.words if w.size)
    size = sizes[len(sizes) // 2] if sizes else 0.0
    lines = visual_lines([w for l in below for w in l.words], settings.aligned)
    lines.sort(key=lambda l: l.top)
    bottom = a.bbox[3]
    last = {k: max(w.base or w.bottom for w in cell.words) for cell in a.cells for k in [cell.col]
            if cell.words and cell.colspan == 1 and cell.row + cell.rowspan == a.n_rows}
    leading = _leading(label[0].words) if (label := [x for x in a.cells if x.col == 0 and x.words
                                                      and x.row + x.rowspan == a.n_rows]) else 0.0
    cols = []
    for l in lines:
        if len(l.chunks) != 1:
            return None
        c0, c1 = col_range(chunk_span(l.chunks[0]), xs)
        if c1 - c0 != 1 or c0 not in starts or abs(l.x0 - starts[c0]) > settings.aligned.header_columns_tol:
            return None
        right = margin if c0 == len(xs) - 2 else xs[c1]
        if l.x1 > right + c.rest_overhang_em * (l.size or 10.0):
            return None
        if size and abs(sorted(w.size for w in l.words)[len(l.words) // 2] - size) > c.size_tol:
            return None
        if l.top - bottom > c.foot_paragraph_gap_em * (l.size or 10.0):
            return None
        # In the label column, only a wrapped line (at the leading under the label's text): a
        # line there set off by a row's spacing is a group row heading the rows on the next page.
        if c0 == 0 and l.base - last[0] > max(settings.aligned.max_wrap_leading_em * (l.size or 10.0),
                                              settings.aligned.row_pitch_factor * leading):
            return None
        bottom = l.bottom
        last[c0] = l.base
        cols.append(c0)
    cells = []
    for cell in a.cells:
        add = [w for l, k in zip(lines, cols) if k == cell.col and cell.colspan == 1
               and cell.row + cell.rowspan == a.n_rows for w in l.words]
        cells.append(GridCell(row=cell.row, col=cell.col, rowspan=cell.rowspan, colspan=cell.colspan,
                              words=cell.words + add, shaded=cell.shaded) if add else cell)
    g = Grid(page=a.page, bbox=(a.bbox[0], a.bbox[1], a.bbox[2], max(a.bbox[3], bottom)), kind=a.kind,
             xs=xs, cells=cells, n_rows=a.n_rows, row_tops=list(a.row_tops), source=a.source,
             header_rows=a.header_rows, alone=a.alone, continues=a.continues)
    return g

