"""A column no cell of which holds a word, in a table without column rules.

A table ruled between rows only takes its outer edges from its rules and its columns from the
whitespace between its words; a rule drawn wider than the text (a table set to the full
measure, its last column's words set left in a wide cell) leaves a strip between the last
words and the rules' end that reads as a column of its own, blank in every row. A table's
column names something in one row at least: such a strip is part of its neighbour (the
column left of it; the first column's right one). A ruled grid draws its columns."""

from __future__ import annotations

from dataclasses import replace
from typing import Optional

from .grid import Grid
from .settings import EmptyColumnSettings


def without_empty_columns(g: Grid, settings: Optional[EmptyColumnSettings] = None) -> Grid:
    """``g`` with each column blank in every row joined to its neighbour (see above); a grid of
    a few rows (a total row alone over the page) says nothing of its columns."""
    s = settings or EmptyColumnSettings()
    if not s.enabled or g.kind == "ruled" or g.n_rows < s.min_rows:
        return g
    while g.n_cols > 2:
        filled = set()
        for c in g.cells:
            if c.words:
                filled.update(range(c.col, c.col + c.colspan))
        empty = [k for k in range(g.n_cols) if k not in filled]
        if not empty or len(filled) < 2:
            return g
        g = _drop(g, empty[-1])
    return g


def _drop(g: Grid, k: int) -> Grid:
    cells = []
    for c in g.cells:
        a, b = c.col, c.col + c.colspan
        if a <= k < b:
            if b - a > 1:
                cells.append(replace(c, colspan=c.colspan - 1))
        elif a > k:
            cells.append(replace(c, col=c.col - 1))
        else:
            cells.append(c)
    xs = list(g.xs)
    del xs[k if k > 0 else 1]          # joined to the column left of it (the first: to its right)
    return replace(g, xs=xs, cells=cells)
