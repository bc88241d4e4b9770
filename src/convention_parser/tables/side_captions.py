"""Captions of tables set side by side (each in a cell of a borderless layout table).

Two captions printed at one height over two tables side by side make one visual line
of the page ("Plan de financement … par quartier Concours financiers de"), and the
narrower one wraps within its own column. Each table reads its caption from the free
words of its own column only: the page between the gutters its neighbours beside it
leave (a table beside another shares some of its height and none of its width).
"""

from __future__ import annotations

from ..text.model import Line, Page
from .grid import Grid


def beside(grid: Grid, grids: list[Grid]) -> list[Grid]:
    """The page's grids beside ``grid``: sharing some of its height, none of its width."""
    x0, y0, x1, y1 = grid.bbox
    return [g for g in grids if g is not grid and g.page == grid.page
            and min(y1, g.bbox[3]) > max(y0, g.bbox[1])
            and (g.bbox[2] <= x0 or g.bbox[0] >= x1)]


def column(grid: Grid, grids: list[Grid]) -> tuple[float, float] | None:
    """The x-range of ``grid``'s column: up to the middle of the gutters to its neighbours
    beside it; None when it has none (the table has the page's width to itself)."""
    others = beside(grid, grids)
    if not others:
        return None
    x0, x1 = grid.bbox[0], grid.bbox[2]
    lefts = [g.bbox[2] for g in others if g.bbox[2] <= x0]
    rights = [g.bbox[0] for g in others if g.bbox[0] >= x1]
    lo = (max(lefts) + x0) / 2 if lefts else float("-inf")
    hi = (min(rights) + x1) / 2 if rights else float("inf")
    return lo, hi


def column_rows(page: Page, grids: list[Grid], span: tuple[float, float]) -> list[Line]:
    """The free words of the page whose middle lies in ``span`` (outside every grid, word by
    word: a visual line may hold a table's row on one side and a caption's on the other),
    gathered top-down into rows by vertical overlap."""
    lo, hi = span

    def free(w) -> bool:
        cx, cy = (w.x0 + w.x1) / 2, (w.top + w.bottom) / 2
        if not lo <= cx < hi:
            return False
        return not any(b[0] - 1.5 <= cx <= b[2] + 1.5 and b[1] - 1.5 <= cy <= b[3] + 1.5
                       for b in (g.bbox for g in grids))
    words = sorted((w for l in page.lines for w in l.words if free(w)), key=lambda w: (w.top, w.x0))
    rows: list[list] = []
    for w in words:
        last = rows[-1] if rows else None
        if last is not None:
            top, bottom = min(x.top for x in last), max(x.bottom for x in last)
            if min(w.bottom, bottom) - max(w.top, top) > 0.5 * min(w.bottom - w.top, bottom - top):
                last.append(w)
                continue
        rows.append([w])
    return [Line(words=sorted(r, key=lambda w: w.x0), page=page.number) for r in rows]
