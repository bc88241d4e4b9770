"""A two-level header read without rules: how far its group heading reaches.

"Répartition par quartier" over the quartier columns, set left in a cell merged across
them: with no rule or shading to show the merge, the words' extent is all the grid has,
and it covers the first one or two sub-columns only. Read so, the last quartiers carry no
group heading, and since the columns' widths follow their figures, how many do changes
from one version of the table to the next (an amount one digit group longer moves a
boundary under the heading's last word): the same cell is then named two ways.

A heading that starts where the first sub-heading under it starts (both set left in their
cells) says nothing of its right edge; the top-row cells after it that are empty over a
sub-heading of their own are its columns, up to the first top cell holding a heading or
the first column with no sub-heading (a column merged down, "Total"). A heading centred
over its columns keeps what its words cover."""

from __future__ import annotations

from .grid import Grid
from .header import figure
from .settings import AlignedSettings


def _cell_at(g: Grid, r: int, k: int):
    return next((c for c in g.cells if c.row == r and c.col <= k < c.col + c.colspan), None)


def widen_group_heads(g: Grid, s: AlignedSettings) -> Grid:
    """``g`` with each group heading of its first row widened over the empty top cells
    to its right that head a sub-heading of the row below (in place; returned)."""
    if g.n_rows < 3:
        return g
    lower = [c for c in g.cells if c.row == 1]
    if any(figure(c.text) for c in lower if c.words) or any(c.rowspan > 1 for c in g.cells if c.row == 0):
        return g
    for head in sorted((c for c in g.cells if c.row == 0 and c.words and c.colspan >= 2), key=lambda c: c.col):
        subs = [_cell_at(g, 1, k) for k in range(head.col, head.col + head.colspan)]
        if any(c is None or not c.words or c.colspan != 1 for c in subs):
            continue
        first = min(w.x0 for w in subs[0].words)
        if abs(min(w.x0 for w in head.words) - first) > s.header_columns_tol:
            continue      # centred (or set otherwise): its words tell its reach
        k = head.col + head.colspan
        absorbed = []
        while k < g.n_cols:
            top, sub = _cell_at(g, 0, k), _cell_at(g, 1, k)
            if top is None or top.words or top.colspan != 1 or top.rowspan != 1 \
                    or sub is None or not sub.words or sub.colspan != 1:
                break
            absorbed.append(top)
            k += 1
        if absorbed:
            g.cells = [c for c in g.cells if all(c is not a for a in absorbed)]
            head.colspan += len(absorbed)
    return g
