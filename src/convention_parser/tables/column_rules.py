"""Tables ruled by their columns only.

Word draws such a table with left, right and inside vertical borders and no horizontal
one: a row of vertical rules of one extent (same top, same bottom). The grid reader
needs row edges and finds nothing; the whitespace reader loses the table when its
columns sit close (cells of tight columns come nearer than a gutter) or when a caption
and the next paragraph touch it. The rules say it all: the columns are between them and
the table runs from their top to their bottom; only the rows are read from the lines,
as for a table without rules (aligned.grid_for: a wrapped cell stays in its row).

A row boxed apart under such a table (Word's Total set as a one-row table of its own, a
blank paragraph between so the two do not merge) is its last row when the box stands on the
table's outer rules, any inside rule of the box on one of the table's, nothing but blank
space between the two, and every cell of its lines in one of the table's columns; a framed
paragraph there, its lines running over the columns, stays out (``_boxed_row``).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Optional

from ..text.model import Page, Word
from .aligned import chunk_span, col_range, grid_for, merge_hrules, visual_lines
from .grid import BBox, Grid, GridCell
from .settings import AlignedSettings, ColumnRuleSettings


def _vertical(page: Page, s: ColumnRuleSettings) -> list[BBox]:
    # A column rule drawn cell by cell (Chromium paints each cell's border as its own bar, one
    # per row) is one rule down the pieces that meet end to end: grouped by extent, the pieces
    # would make a table of each row.
    thin = [(r[1], r[0], r[3], r[2]) for r in page.rules if r[2] - r[0] <= s.max_thickness]
    joined = [(r[1], r[0], r[3], r[2]) for r in merge_hrules(thin, s.piece_x_tol, s.piece_join)]
    return [r for r in joined if r[3] - r[1] >= s.min_piece]


def _x(r: BBox) -> float:
    return (r[0] + r[2]) / 2


@dataclass
class RuleSet:
    """One table's column rules: the column edges, the extent, and the bands where every
    inside rule stops (a cell spanning every column: a group row)."""
    xs: list[float]
    top: float
    bottom: float
    open_bands: list[tuple[float, float]] = field(default_factory=list)
    # The box right under the table standing on its outer rules (left, top, right, bottom),
    # and the x of every vertical rule of the box: a row boxed apart, if its words agree.
    box_below: Optional[BBox] = None
    box_edges: list[float] = field(default_factory=list)


def _open_bands(pieces: dict[float, list[BBox]], top: float, bottom: float, tol: float) -> list[tuple[float, float]]:
    """The bands of [top, bottom] that no inside rule crosses."""
    cuts = sorted({top, bottom} | {y for rs in pieces.values() for r in rs for y in (r[1], r[3])})
    out = []
    for y0, y1 in zip(cuts, cuts[1:]):
        mid = (y0 + y1) / 2
        if y1 - y0 > tol and not any(r[1] <= mid <= r[3] for rs in pieces.values() for r in rs):
            out.append((y0, y1))
    return out


def rule_sets(page: Page, s: ColumnRuleSettings) -> list[RuleSet]:
    """Each row of vertical rules sharing one extent. An inside rule a cell spanning every
    column interrupts (a group row, "Quartier X") is drawn in pieces: it counts when its
    pieces cover most of the extent."""
    vertical = _vertical(page, s)
    groups: list[list[BBox]] = []
    # every extent, the short ones too: a one-line box (a row boxed apart) is no table but may end one
    for r in sorted(vertical, key=lambda r: (r[1], r[0])):
        for g in groups:
            if abs(g[0][1] - r[1]) <= s.extent_tol and abs(g[0][3] - r[3]) <= s.extent_tol:
                g.append(r)
                break
        else:
            groups.append([r])
    # a box's edge drawn cell by cell (each shaded cell's outline) is one rule
    horizontal = merge_hrules([tuple(r) for r in page.rules if r[3] - r[1] <= s.max_thickness])  # type: ignore[misc]
    out = []
    boxes: list[tuple[BBox, list[float]]] = []
    for g in groups:
        top, bottom = min(r[1] for r in g), max(r[3] for r in g)
        edges = {round(_x(r), 1) for r in g}
        left, right = min(edges), max(edges)

        def closed(y: float) -> bool:
            return any(abs((h[1] + h[3]) / 2 - y) <= s.extent_tol
                       and min(h[2], right) - max(h[0], left) >= s.min_box_cover * (right - left) for h in horizontal)
        if closed(top) and closed(bottom):
            # a box: a shaded band's outline, a framed row (the grid reader's, or no table)
            boxes.append(((left, top, right, bottom), sorted(edges)))
            continue
        if bottom - top < s.min_height:
            continue
        pieces: dict[float, list[BBox]] = {}
        for r in vertical:
            x = _x(r)
            if left + s.min_column_width <= x <= right - s.min_column_width and r[1] >= top - s.extent_tol \
                    and r[3] <= bottom + s.extent_tol:
                key = next((k for k in pieces if abs(k - x) <= s.extent_tol), x)
                pieces.setdefault(key, []).append(r)
        inside = {x: rs for x, rs in pieces.items() if sum(r[3] - r[1] for r in rs) >= s.min_coverage * (bottom - top)}
        edges |= set(inside)
        xs: list[float] = []
        for x in sorted(edges):
            if not xs or x - xs[-1] >= s.min_column_width:
                xs.append(x)
        if len(xs) >= s.min_rules:
            out.append(RuleSet(xs, top, bottom, _open_bands(inside, top, bottom, s.extent_tol) if inside else []))
    # The pieces of a broken inside rule make a smaller set of their own: the table's.
    tol = s.extent_tol
    out = [o for o in out if not any(p is not o and p.xs[0] - tol <= o.xs[0] and o.xs[-1] <= p.xs[-1] + tol
                                     and p.top - tol <= o.top and o.bottom <= p.bottom + tol for p in out)]
    for o in out:
        under = [(b, e) for b, e in boxes if b[1] >= o.bottom - tol
                 and abs(b[0] - o.xs[0]) <= tol and abs(b[2] - o.xs[-1]) <= tol]
        if under:
            o.box_below, o.box_edges = min(under, key=lambda be: be[0][1])
    return out


def _boxed_row(rs: RuleSet, page: Page, words: list[Word], hrules: list[BBox], s: ColumnRuleSettings,
               aligned: AlignedSettings) -> list:
    """The lines of the row boxed apart right under ``rs``'s table (see the module's
    docstring), or none."""
    if rs.box_below is None:
        return []
    xs, tol = rs.xs, s.extent_tol
    _, top, _, bottom = rs.box_below
    if any(not any(abs(e - x) <= tol for x in xs) for e in rs.box_edges):
        return []       # the box's own columns are not the table's
    # nothing printed between the table and the box: no word, no rule across
    span = [w for line in page.lines for w in line.words if xs[0] <= (w.x0 + w.x1) / 2 <= xs[-1]]
    if any(rs.bottom + tol < (w.top + w.bottom) / 2 < top - tol for w in span) \
            or any(rs.bottom + tol < (r[1] + r[3]) / 2 < top - tol and min(r[2], xs[-1]) - max(r[0], xs[0]) > 0
                   for r in hrules):
        return []
    lines = visual_lines([w for w in words if xs[0] <= (w.x0 + w.x1) / 2 <= xs[-1]
                          and top <= (w.top + w.bottom) / 2 <= bottom], aligned)
    if not lines or top - rs.bottom > s.boxed_row_gap_em * min(l.size or 10.0 for l in lines):
        return []
    cols: set[int] = set()
    for line in lines:
        for ch in line.chunks:      # each cell in one of the table's columns
            c0, c1 = col_range(chunk_span(ch), xs)
            if c1 - c0 != 1:
                return []
            cols.add(c0)
    return lines if len(cols) >= 2 else []


def column_ruled_grids(page: Page, words: list[Word], hrules: list[BBox], s: ColumnRuleSettings,
                       aligned: AlignedSettings) -> list[Grid]:
    """The tables ``words`` hold between rows of vertical rules (no horizontal rule between
    their rows: a table with row rules is the grid reader's); a row boxed apart right under
    one joins it (``_boxed_row``)."""
    grids = []
    for rs in rule_sets(page, s):
        xs, top, bottom, tol = rs.xs, rs.top, rs.bottom, s.extent_tol
        inside = [w for w in words if xs[0] <= (w.x0 + w.x1) / 2 <= xs[-1]
                  and top - tol <= (w.top + w.bottom) / 2 <= bottom + tol]
        region = visual_lines(inside, aligned)
        if len(region) < s.min_lines:
            continue
        for line in region:     # a line where every inside rule stops spans every column
            line.full_width = any(y0 - tol <= (line.top + line.bottom) / 2 <= y1 + tol for y0, y1 in rs.open_bands)
        bbox = (xs[0], top, xs[-1], bottom)
        rules = [r for r in hrules if top + tol < (r[1] + r[3]) / 2 < bottom - tol
                 and min(r[2], xs[-1]) - max(r[0], xs[0]) > 0.5 * (xs[-1] - xs[0])]
        if len(rules) >= 2:
            continue    # ruled between rows as well: a ruled or stacked table
        g = grid_for(page.number, region, list(xs), rules, "aligned", bbox, aligned)
        multi = sum(1 for r in range(g.n_rows) if sum(1 for c in g.row_cells(r) if c.words) >= 2)
        if multi >= s.min_multi_lines:
            grids.append(_with_row(g, _boxed_row(rs, page, words, hrules, s, aligned), rs))
    return grids


def _with_row(g: Grid, lines: list, rs: RuleSet) -> Grid:
    """``g`` given the row boxed apart under it, its cells in ``g``'s columns (the row is
    added, not read with the table's lines: the blank paragraph above it would pass for the
    rows' spacing and the table's tight lines for one row's wrapped lines)."""
    if not lines or rs.box_below is None:
        return g
    cols: dict[int, list[Word]] = {}
    for line in lines:
        for ch in line.chunks:
            cols.setdefault(col_range(chunk_span(ch), g.xs)[0], []).extend(ch)
    cells = [GridCell(g.n_rows, k, words=ws) for k, ws in sorted(cols.items())]
    top = min(w.top for ws in cols.values() for w in ws)
    return replace(g, cells=g.cells + cells, n_rows=g.n_rows + 1,
                   bbox=(g.bbox[0], g.bbox[1], g.bbox[2], max(g.bbox[3], rs.box_below[3])),
                   row_tops=g.row_tops + [top] if g.row_tops else g.row_tops)
