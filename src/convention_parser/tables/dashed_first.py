"""A table ruled with dashed or dotted rules on every cell wins over the readings that
found it without those rules.

A Chromium or Word table whose borders are dashed (``border: 1px dashed``) has no rule
layer 1 holds: each dash is a piece dotted.py joins into a rule. Without them the page's
other readers see the table first: the column-rule reader takes the columns whose rules
happen to reach it as solid pieces (a shaded header's edges) and leaves the rest, or the
whitespace readers find a grid with a column missing (the labels of the first column
read as prose beside it). When the dashed rules box a grid of rows over the region of
such a reading and that grid holds the reading's words in no fewer columns, the ruled
grid explains the words the reading explains and more: it replaces the reading.
"""

from __future__ import annotations

from typing import Optional

from ..text.model import Page
from .grid import BBox, Grid
from .ruled import ruled_grids
from .settings import TableSettings
from .spanning_cells import split_spanning_cells


def _overlap(a: BBox, b: BBox) -> bool:
    return min(a[2], b[2]) > max(a[0], b[0]) and min(a[3], b[3]) > max(a[1], b[1])


def _inside(w, b: BBox, tol: float = 1.0) -> bool:
    x, y = (w.x0 + w.x1) / 2, (w.top + w.bottom) / 2
    return b[0] - tol <= x <= b[2] + tol and b[1] - tol <= y <= b[3] + tol


def explains(ruled: Grid, reading: Grid, share: float) -> bool:
    """``ruled`` holds at least ``share`` of ``reading``'s words, in no fewer columns."""
    words = [w for c in reading.cells for w in c.words]
    if not words or ruled.n_cols < reading.n_cols:
        return False
    return sum(_inside(w, ruled.bbox) for w in words) >= share * len(words)


def dashed_over_readings(page: Page, settings: TableSettings, shades, dotted: list[BBox],
                         solid: list[Grid], readings: list[Grid]) -> tuple[list[Grid], list[Grid]]:
    """The grids the page's dashed/dotted rules draw over ``readings`` (grids found without
    those rules: by column rules, stacked bands, whitespace), and the readings they leave.

    A dashed grid is kept when it has a table's rows, no solid ruled grid of ``solid`` holds
    it, and it explains (``explains``) every reading it overlaps; those readings go."""
    thin = settings.dotted.max_thickness
    if not readings or not any(r[2] - r[0] <= thin and r[3] - r[1] > thin for r in dotted):
        return [], readings
    share = settings.dotted.explain_share
    out: list[Grid] = []
    for g in ruled_grids(page, settings.ruled, shades, dotted):
        if g.n_rows < settings.ruled.min_rows or any(_overlap(g.bbox, r.bbox) for r in solid):
            continue
        mine = [r for r in readings if _overlap(g.bbox, r.bbox)]
        if mine and all(explains(g, r, share) for r in mine):
            out.append(split_spanning_cells(g, settings.aligned))
    left = [r for r in readings if not any(_overlap(g.bbox, r.bbox) for g in out)]
    return out, left
