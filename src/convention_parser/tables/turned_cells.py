"""Vertical text in the cells of a table without rules.

A header cell printed in vertical text (Word's "text direction": a financing table's
column heads turned to read upwards in a tall header row) holds no upright word: layer 1
keeps turned text apart (``Page.rotated``, text/rotated.py) and a table found by
whitespace or shading bands reads upright words only, so such a cell came out empty. A
ruled table takes the turned words inside its cells' boxes (ruled.py); here an empty cell
of a grid without rules takes the turned words whose centre lies in its column and its
row's band (from its row's top to the next row's), its lines joined in the order they read
(``stacked``: upward lines left to right). Columns read off whitespace lean towards figures
set right; a turned word inside a shaded cell (a header band) goes to the column that
overlaps that cell most, the cell's own extent."""

from __future__ import annotations

from ..text.model import Word
from ..text.rotated import stacked
from .grid import BBox, Grid


def _column(w: Word, xs: list[float], shades: list[BBox]) -> int:
    """The grid column a turned word is printed in: by the shaded cell holding it, else by
    its centre."""
    cx, cy = (w.x0 + w.x1) / 2, (w.top + w.bottom) / 2
    box = next((b for b in shades if b[0] <= cx <= b[2] and b[1] <= cy <= b[3]), None)
    if box is not None:
        overlaps = [min(box[2], xs[k + 1]) - max(box[0], xs[k]) for k in range(len(xs) - 1)]
        return max(range(len(overlaps)), key=overlaps.__getitem__)
    return next((k for k in range(len(xs) - 1) if xs[k] <= cx <= xs[k + 1]), -1)


def with_turned_words(g: Grid, turned: list[Word], shades: list[BBox] = ()) -> Grid:
    """``g`` with its empty cells given the turned words printed in them (in place);
    ``shades``: the page's cell backgrounds."""
    if g.kind == "ruled" or not turned or len(g.row_tops) < g.n_rows:
        return g
    shades = list(shades)
    bottoms = list(g.row_tops[1:g.n_rows]) + [g.bbox[3]]
    tops = [min(g.row_tops[0], g.bbox[1])] + list(g.row_tops[1:g.n_rows])
    for c in g.cells:
        if c.words:
            continue
        top, bottom = tops[c.row], bottoms[min(c.row + c.rowspan, g.n_rows) - 1]
        inside = [w for w in turned if c.col <= _column(w, g.xs, shades) < c.col + c.colspan
                  and top <= (w.top + w.bottom) / 2 <= bottom]
        if inside:
            c.words = stacked(inside)
    return g
