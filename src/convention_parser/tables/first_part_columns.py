"""The first part of an unruled table broken by a page break, read again in
the columns its continuation shows.

Columns inferred from whitespace need rows: a part of a header and a row or
two at a page's foot may show no gutter between a label column and a column
of figures set close to it (a label ending near where the figures start),
while the continuation's many rows show it. A boundary of the continuation
that no cell of the first part crosses is one the first part missed."""

from __future__ import annotations

from .aligned import chunk_span, grid_for
from .grid import Grid
from .settings import TableSettings


def _missed_boundaries(a: Grid, b: Grid) -> list[float]:
    """b's interior boundaries left once each of a's is matched to its
    nearest one in b (the same gutter, moved by other rows' text), that
    fall inside a and that no cell of a crosses."""
    region, _ = a.source  # type: ignore[misc]
    spans = [chunk_span(ch) for l in region for ch in l.chunks]
    free = list(b.xs[1:-1])
    for y in a.xs[1:-1]:
        if free:
            free.remove(min(free, key=lambda x: abs(x - y)))
    return [x for x in free if a.xs[0] < x < a.xs[-1] and all(not (x0 < x < x1) for x0, x1 in spans)]


def with_first_parts_recolumned(grids: list[Grid], settings: TableSettings) -> list[Grid]:
    """Each grid last on its page, read from whitespace and having fewer
    columns and rows than the whitespace grid first on the next page, gets
    that grid's boundaries none of its cells cross, when they give it as
    many columns. One pass over consecutive grids: linear."""
    out = list(grids)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if (a.source is None or b.source is None or b.page != a.page + 1
                or a.kind == "ruled" or b.kind == "ruled"
                or not (a.n_cols < b.n_cols and a.n_rows < b.n_rows)):
            continue
        xs = sorted(a.xs + _missed_boundaries(a, b))
        if len(xs) != len(b.xs):
            continue
        region, rules = a.source  # type: ignore[misc]
        new = grid_for(a.page, region, xs, rules, a.kind, a.bbox, settings.aligned)
        new.header_rows = a.header_rows
        out[i] = new
    return out
