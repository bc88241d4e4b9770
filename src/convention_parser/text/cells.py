"""Ruled tables: rows across the page -> each cell's lines, row by row.

A visual row that runs through a ruled table holds one line of several cells.
Read in that order, a cell of three lines ("Maître d'ouvrage / (intitulé /
exact)") is interleaved with its neighbours. Inside a region bounded by the
page's rules, we cut each row at the vertical rules and emit the pieces cell
by cell: rows of the table top-down, cells left to right, a cell's lines
top-down. Each piece stays a positioned Line, marked with ``Line.cell``.

A row belongs to a table row when a horizontal rule lies above and below it
and at least two vertical rules (the cell borders) cross the band between.
"""

from __future__ import annotations

import bisect

from .model import Line, Word
from .rules import Rule
from .unruled import table_order

Row = list[Word]
_THIN = 2.0
_REACH = 3.0       # points: a border this close to a rule meets it (line widths, cell padding)
_FILL_EDGE = 0.05  # points: a rule thinner than this is a fill's edge (see _painted)


def _split_rules(rules: list[Rule]) -> tuple[list[Rule], list[Rule]]:
    horizontal = [r for r in rules if r[3] - r[1] < _THIN and r[2] - r[0] >= 3 * _THIN]
    vertical = [r for r in rules if r[2] - r[0] < _THIN and r[3] - r[1] >= 3 * _THIN]
    return _joined(horizontal, vertical), vertical


def _joined(horizontal: list[Rule], vertical: list[Rule]) -> list[Rule]:
    """Horizontal pieces end to end on one line, meeting at a cell border (a vertical rule
    touching the line there), joined into one rule: a browser paints a collapsed table
    border cell edge by cell edge (Chromium), where a word processor draws a row's rule in
    one stroke; a row's band needs a rule over all its words."""
    mid = lambda r: (r[1] + r[3]) / 2      # noqa: E731
    # Vertical rules by their x, so a junction looks at the few rules near it (a page of ruled
    # tables holds hundreds of pieces each way).
    borders = sorted(((v[0] + v[2]) / 2, v[1], v[3]) for v in vertical)
    border_xs = [b[0] for b in borders]

    def at_border(x: float, y: float) -> bool:
        k = bisect.bisect_left(border_xs, x - _THIN)
        while k < len(borders) and borders[k][0] <= x + _THIN:
            if borders[k][1] - _THIN <= y <= borders[k][2] + _THIN:
                return True
            k += 1
        return False
    lines: list[list[Rule]] = []
    for r in sorted(horizontal, key=mid):
        if lines and mid(r) - mid(lines[-1][0]) < _THIN / 2:
            lines[-1].append(r)
        else:
            lines.append([r])
    out: list[Rule] = []
    for pieces in lines:
        start = len(out)
        for r in sorted(pieces):
            last = out[-1] if len(out) > start else None
            if last is not None and abs(r[0] - last[2]) <= _THIN / 2 and _painted(last) and _painted(r) \
                    and at_border(r[0], mid(r)):
                out[-1] = (last[0], min(last[1], r[1]), max(last[2], r[2]), max(last[3], r[3]))
            else:
                out.append(r)
    return out


def _painted(rule: Rule) -> bool:
    """A border painted as a bar (some thickness: a browser's cell edge), not the edge of a
    cell's background fill (no thickness): two shaded cells side by side (a heading band,
    label | title) meet at their common side, and their outlines are no row rule."""
    return rule[3] - rule[1] > _FILL_EDGE


def _band(row: Row, horizontal: list[Rule]) -> tuple[float, float] | None:
    """The horizontal rules just above and below the row (that span its words)."""
    top, bottom = min(w.top for w in row), max(w.bottom for w in row)
    mid = (top + bottom) / 2
    x0, x1 = min(w.x0 for w in row), max(w.x1 for w in row)
    over = [r for r in horizontal if r[0] <= x0 + 1 and r[2] >= x1 - 1]
    above = [(r[1] + r[3]) / 2 for r in over if (r[1] + r[3]) / 2 <= top + 1]
    below = [(r[1] + r[3]) / 2 for r in over if (r[1] + r[3]) / 2 >= bottom - 1]
    if not above or not below:
        return None
    a, b = max(above), min(below)
    return (a, b) if a < mid < b else None


def _borders(band: tuple[float, float], vertical: list[Rule]) -> list[float]:
    """x of the vertical rules that cross the band's middle, left to right. A cell's
    border reaches the rule above the band or the one below (both, or one where a
    merged cell's own rule cuts the band): the sides of a box standing in the middle
    of the band (a boxed heading in one column, prose above and below it across the
    page) border no cell of the band."""
    mid = (band[0] + band[1]) / 2
    xs = sorted((r[0] + r[2]) / 2 for r in vertical if r[1] <= mid <= r[3]
                and (r[1] <= band[0] + _REACH or r[3] >= band[1] - _REACH))
    out: list[float] = []
    for x in xs:
        if not out or x - out[-1] > _THIN:
            out.append(x)
    return out


def _cut(row: Row, xs: list[float]) -> list[tuple[int, Row]]:
    """The row's words per column (index between borders), columns left to right."""
    parts: dict[int, Row] = {}
    for w in row:
        c = (w.x0 + w.x1) / 2
        col = sum(1 for x in xs if x < c)
        parts.setdefault(col, []).append(w)
    return sorted(parts.items())


def cell_order(rows: list[Row], rules: list[Rule]) -> list[tuple[Row, tuple[int, int] | None]]:
    """Rows (top-down) -> pieces in reading order, each with its (row, col) or None.

    Rows outside ruled tables pass through whole with None. Table rows are
    numbered per page in order of appearance.
    """
    horizontal, vertical = _split_rules(rules)
    if not horizontal or len(vertical) < 2:
        return [(r, None) for r in rows]
    out: list[tuple[Row, tuple[int, int] | None]] = []
    table_row = -1
    group: list[tuple[Row, list[float]]] = []
    group_band: tuple[float, float] | None = None

    def flush() -> None:
        nonlocal table_row
        if not group:
            return
        table_row += 1
        cells: dict[int, list[Row]] = {}
        for row, xs in group:
            for col, words in _cut(row, xs):
                cells.setdefault(col, []).append(words)
        for col in sorted(cells):
            for words in cells[col]:
                out.append((words, (table_row, col)))
        group.clear()

    for row in rows:
        band = _band(row, horizontal) if row else None
        xs = _borders(band, vertical) if band else []
        inside = [x for x in xs if min(w.x0 for w in row) - 1 <= x <= max(w.x1 for w in row) + 1]
        if band is None or len(xs) < 2 or (not inside and not _enclosed(row, xs)):
            flush()
            group_band = None
            out.append((row, None))
            continue
        if group_band is not None and band != group_band:
            flush()
        group_band = band
        group.append((row, xs))
    flush()
    return out


def _enclosed(row: Row, xs: list[float]) -> bool:
    """All words between the outermost borders (a one-column ruled box)."""
    return xs[0] <= min(w.x0 for w in row) and max(w.x1 for w in row) <= xs[-1]


def cell_lines(rows: list[Row], rules: list[Rule], page: int, order) -> list[Line]:
    """Lines of the page: table rows cut into cells (ruled tables here, tables
    without vertical rules by text/unruled.py), the rest through ``order`` (the
    column reading order), each run of prose rows ordered on its own. Table
    rows are numbered per page in order of appearance."""
    out: list[Line] = []
    prose: list[Row] = []
    number = 0

    def flush_prose() -> None:
        nonlocal number
        pieces, number = table_order(prose, rules, number)
        run: list[Row] = []
        for words, cell in pieces + [([], None)]:
            if cell is None and words:
                run.append(words)
                continue
            out.extend(Line(words=r, page=page) for r in (order(run) if run else []))
            run = []
            if cell is not None:
                out.append(Line(words=words, page=page, cell=cell))
        prose.clear()

    ruled: dict[int, int] = {}
    for words, cell in cell_order(rows, rules):
        if cell is None:
            prose.append(words)
            continue
        flush_prose()
        if cell[0] not in ruled:
            ruled[cell[0]] = number
            number += 1
        out.append(Line(words=words, page=page, cell=(ruled[cell[0]], cell[1])))
    flush_prose()
    return out
