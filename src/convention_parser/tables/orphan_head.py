"""The header printed again atop a page as a grid of its own, over the last rows of a table.

A word processor repeats a table's header over each page; shaded or boxed, the table stage
reads it as a grid apart. When the rows under it are few (the rest of the row the break cut,
a row or two: too few lines for a table of their own), they are orphan rows of the table
ending the page before, read under that header as they would be at the page's top
(finder._with_orphan_rows).
"""

from __future__ import annotations

from typing import Optional

from .grid import BBox, Grid
from .header import numberish
from .page_break import header_printed_alone
from .settings import ContinuationSettings


def repeated_header_alone(mine: list[Grid], above: Grid, before: list) -> Optional[Grid]:
    """The page's first grid when it is a header alone (every filled cell shaded or bold, no
    figure) spelling the first row of ``above`` (the table ending the page before) and
    nothing of the page stands above it (``before``: the words above the page's first grid)."""
    if not mine or before:
        return None
    g = mine[0]
    cells = [c for c in g.cells if c.words]
    if g.kind == "aligned" or not cells or any(numberish(" ".join(w.text for w in c.words)) for c in cells):
        return None
    if not (all(c.shaded for c in cells) or all(c.bold for c in cells)):
        return None
    top = above.matrix()[:1]
    return g if g.n_cols == above.n_cols and header_printed_alone(top, g.matrix()) else None


def rows_in_boxes(lines: list, rules: list[BBox], extent: BBox, c: ContinuationSettings) -> list[list]:
    """Orphan lines of a ruled table read into the rows its rules box: lines between two
    rules across the table's width (``extent``) are one row. Empty when a rule crosses a
    line, or when the lines sit in one box only and no rule bounds them both above and below."""
    x0, x1 = extent[0], extent[2]
    ys = sorted(r[1] for r in rules if min(r[2], x1) - max(r[0], x0) >= c.band_rule_cover * (x1 - x0))
    rows: dict[int, list] = {}
    for l in sorted(lines, key=lambda l: l.top):
        mid = (l.top + l.bottom) / 2
        above = [k for k, y in enumerate(ys) if y <= mid]
        if not above or above[-1] + 1 >= len(ys) or ys[above[-1] + 1] < mid:
            return []
        if any(l.top < y < l.bottom for y in ys):
            return []
        rows.setdefault(above[-1], []).append(l)
    return [rows[k] for k in sorted(rows)]
