"""A header set alone in its own box or shading, over an unruled body.

Word processors often shade (or box) the header row of a table and leave its
body unruled: the header is found as a ruled grid of one row, apart from its
body. The body may open on a group row ("Quartier X (QP…) – commune": one
label in the first column, a cell merged over every column) before its first
row of cells, and may be a single row (the line an avenant adds, an
operation family of one operation), too few lines to be found by whitespace.
The finder joins header and body (finder._with_shaded_headers,
finder._rows_below); this module says which grids and lines take part."""

from __future__ import annotations

from .aligned import VLine
from .grid import GridCell
from .header import numberish
from .settings import AlignedSettings


def shaded_header(cells: list[GridCell]) -> bool:
    """Cells of a header set alone: at least two filled, every filled one
    shaded, none a figure."""
    filled = [c for c in cells if c.words]
    return len(filled) >= 2 and all(c.shaded and not numberish(" ".join(w.text for w in c.words))
                                    for c in filled)


def _label(text: str) -> bool:
    """Words rather than figures, not opening lowercase (a wrapped cell's rest)."""
    digits = sum(ch.isdigit() for ch in text)
    return bool(text) and not text[0].islower() and digits * 2 < sum(ch.isalnum() for ch in text)


def group_line(line: VLine, xs: list[float], s: AlignedSettings) -> bool:
    """A line that is a group row of a table with columns ``xs``: one cell,
    opening at the table's left edge (further right: a wrapped cell's rest),
    a label, inside the table's extent."""
    return (len(line.chunks) == 1 and xs[0] - 2 <= line.x0 <= xs[0] + s.group_row_indent_em * line.size
            and line.x1 <= xs[-1] + 2 and _label(" ".join(w.text for w in line.words)))


def leading_group_lines(lines: list[VLine], top: float, bottom: float, xs: list[float],
                        s: AlignedSettings, most: int) -> list[VLine] | None:
    """The lines between a header (its bottom at ``top``) and its body (its
    top at ``bottom``), when every one is a group row (at most ``most``);
    each marked to span every column. None when another line is there."""
    between = sorted((l for l in lines if top - 1 <= l.top and l.bottom <= bottom + 1), key=lambda l: l.top)
    if len(between) > most or not all(group_line(l, xs, s) for l in between):
        return None
    for l in between:
        l.full_width = True
    return between


def leading_row_lines(lines: list[VLine], top: float, bottom: float, xs: list[float],
                      gap: float) -> list[VLine] | None:
    """The lines between a header shaded alone (its bottom at ``top``) and a
    body banded by shading (its first band's top at ``bottom``) when they are
    one unshaded row of that body: zebra shading leaves the first body row (or
    the rest of a row a page break cut, under the header printed again) white,
    and the bands' reader starts at the first shaded row. Every cell of those
    lines sits inside one of the header's columns and the row touches both
    bands: no more than ``gap`` (a cell's padding) from the header above and
    the band below. A sentence or a heading between has a paragraph's spacing
    or crosses a column. None when the lines are not such a row."""
    between = sorted((l for l in lines if top - 1 <= l.top and l.bottom <= bottom + 1), key=lambda l: l.top)
    if not between or between[0].top - top > gap or bottom - max(l.bottom for l in between) > gap:
        return None
    for a, b in zip(between, between[1:]):
        if b.top - a.bottom > gap:
            return None
    for l in between:
        for ch in l.chunks or [l.words]:
            x0, x1 = min(w.x0 for w in ch), max(w.x1 for w in ch)
            if not any(a - 2 <= x0 and x1 <= b + 2 for a, b in zip(xs, xs[1:])):
                return None
    return between
