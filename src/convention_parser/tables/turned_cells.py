"""Vertical text in the cells of a table without rules.

A header cell printed in vertical text (Word's "text direction": a financing table's
column heads turned to read upwards in a tall header row) holds no upright word: layer 1
keeps turned text apart (``Page.rotated``, text/rotated.py) and a table found by
whitespace or shading bands reads upright words only, so such a cell came out empty. A
ruled table takes the turned words inside its cells' boxes (ruled.py); here an empty cell
of a grid without rules takes the turned words whose centre lies in its column and its
row's band (from its row's top to the next row's), its lines joined in the order they read
(``stacked``: upward lines left to right)."""

from __future__ import annotations

from ..text.model import Word
from ..text.rotated import stacked
from .grid import Grid


def with_turned_words(g: Grid, turned: list[Word]) -> Grid:
    """``g`` with its empty cells given the turned words printed in them (in place)."""
    if g.kind == "ruled" or not turned or len(g.row_tops) < g.n_rows:
        return g
    bottoms = list(g.row_tops[1:g.n_rows]) + [g.bbox[3]]
    tops = [min(g.row_tops[0], g.bbox[1])] + list(g.row_tops[1:g.n_rows])
    for c in g.cells:
        if c.words:
            continue
        x0, x1 = g.xs[c.col], g.xs[min(c.col + c.colspan, len(g.xs) - 1)]
        top, bottom = tops[c.row], bottoms[min(c.row + c.rowspan, g.n_rows) - 1]
        inside = [w for w in turned if x0 <= (w.x0 + w.x1) / 2 <= x1 and top <= (w.top + w.bottom) / 2 <= bottom]
        if inside:
            c.words = stacked(inside)
    return g
