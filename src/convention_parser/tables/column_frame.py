"""Rows a ruled grid's column rules frame above or below its horizontal rules.

A table ruled by its columns only whose rows are told by shading (zebra: every other row
shaded, the header and the first row white) gives the grid algorithm horizontal edges at the
bands only: the ruled grid runs from the first band's top to the last band's bottom. The white
rows above it (the header, the first row) and below it (the last row, a Total) are found by
whitespace as tables of their own, in columns of their own. The column rules go on over them
(drawn cell by cell, their pieces joined): every column edge of the grid has a rule running
past its top or bottom. The words of the other grids lying inside that frame, above or below
the ruled grid, are read as its rows (aligned.split_rows in the grid's columns)."""

from __future__ import annotations

from .aligned import build_grid, merge_hrules, split_rows, visual_lines
from .grid import BBox, Grid, GridCell
from .settings import AlignedSettings, ColumnRuleSettings
from .spanning_cells import spread_read_groups


def _frame(rules: list[BBox], g: Grid, s: ColumnRuleSettings) -> tuple[float, float] | None:
    """How far up and down the side rules of ``g`` go, when they cross ``g`` whole and every inside
    column edge has a rule in it."""
    thin = [(r[1], r[0], r[3], r[2]) for r in rules if r[2] - r[0] <= s.max_thickness and r[3] - r[1] > r[2] - r[0]]
    vertical = [(r[1], r[0], r[3], r[2]) for r in merge_hrules(thin, s.piece_x_tol, s.piece_join)]
    top, bottom = g.bbox[1] - 1e6, g.bbox[3] + 1e6
    for k, x in enumerate(g.xs):
        side = k in (0, len(g.xs) - 1)
        # the sides cross the grid whole; a group row breaks the inside rules
        edge = [r for r in vertical if abs((r[0] + r[2]) / 2 - x) <= s.extent_tol
                and (r[1] <= g.bbox[1] + s.extent_tol and r[3] >= g.bbox[3] - s.extent_tol if side
                     else r[1] < g.bbox[3] and r[3] > g.bbox[1])]
        if not edge:
            return None
        if side:
            top, bottom = max(top, min(r[1] for r in edge)), min(bottom, max(r[3] for r in edge))
    return top, bottom


def _rows(words, g: Grid, bbox: BBox, a: AlignedSettings) -> Grid:
    lines = sorted(visual_lines(words, a), key=lambda l: l.top)
    rows, _ = split_rows(lines, list(g.xs), [], a)
    return build_grid(g.page, rows, list(g.xs), "ruled", bbox)


def with_column_framed_rows(grids: list[Grid], rules: list[BBox], free: list, s: ColumnRuleSettings,
                            a: AlignedSettings) -> list[Grid]:
    """One page's grids, each ruled grid given the rows its column rules frame above and below
    it (see the module); the grids those rows were found as leave. ``free``: the page's words
    no grid holds (a white row whitespace found as no table)."""
    out = list(grids)
    for g in grids:
        if g.kind != "ruled" or g.n_cols < 2 or g not in out:
            continue
        if all(c.shaded for c in g.cells if c.words):
            continue        # a shaded header boxed by its fill: the body under it is read as such
        frame = _frame(rules, g, s)
        if frame is None or (frame[0] >= g.bbox[1] - s.extent_tol and frame[1] <= g.bbox[3] + s.extent_tol):
            continue
        x0, x1 = g.xs[0] - s.extent_tol, g.xs[-1] + s.extent_tol
        taken = [o for o in out if o is not g and o.kind != "ruled" and o.bbox[0] >= x0 and o.bbox[2] <= x1
                 and o.bbox[1] >= frame[0] - s.extent_tol and o.bbox[3] <= frame[1] + s.extent_tol]
        words = [w for o in taken for c in o.cells for w in c.words]
        words += [w for w in free if w.x0 >= x0 and w.x1 <= x1 and w.top >= frame[0] - 1 and w.bottom <= frame[1] + 1
                  and not any(w is v for v in words)]
        above = [w for w in words if w.bottom <= g.bbox[1] + 1]
        below = [w for w in words if w.top >= g.bbox[3] - 1]
        inside = [w for w in words if (w.top + w.bottom) / 2 > g.bbox[1] and (w.top + w.bottom) / 2 < g.bbox[3]]
        if not words or len(above) + len(below) + len(inside) != len(words):
            continue
        parts = []
        if above:
            parts.append(_rows(above, g, (g.bbox[0], frame[0], g.bbox[2], g.bbox[1]), a))
        parts.append(g)
        if below:
            parts.append(_rows(below, g, (g.bbox[0], g.bbox[3], g.bbox[2], frame[1]), a))
        cells: list[GridCell] = []
        tops: list[float] = []
        n = 0
        for p in parts:
            cells += [GridCell(row=n + c.row, col=c.col, rowspan=c.rowspan, colspan=c.colspan, words=c.words,
                               shaded=c.shaded) for c in p.cells]
            tops += list(p.row_tops) or [p.bbox[1]] * p.n_rows
            n += p.n_rows
        top = min(w.top for w in above) - 1.0 if above else g.bbox[1]
        bottom = max(w.bottom for w in below) + 1.0 if below else g.bbox[3]
        added = [r for r in range(n) if r < (parts[0].n_rows if above else 0) or r >= n - (parts[-1].n_rows if below else 0)]
        joined = Grid(page=g.page, bbox=(g.bbox[0], top, g.bbox[2], bottom), kind="ruled", xs=g.xs, cells=cells,
                      n_rows=n, row_tops=tops, header_rows=g.header_rows)
        spread_read_groups(joined, added)
        out = [joined if o is g else o for o in out if not any(o is t for t in taken)]
    return out
