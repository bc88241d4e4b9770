"""A grid that opens on the paragraphs above its table.

Rules between rows bound a table ruled in rows only; a heading's bottom border (a rule under
each article's title, layout set 10) is a rule too, and a whitespace reader extending a table
upwards over such rules takes the paragraphs between them for rows: each line of prose one
cell across the grid, the short last line of a paragraph a cell of its own. A table's rows fill
its columns; a row of one cell holding a line of running text (many words across most of the
grid) is no row of a table set under it. The grid's rows down to its first row of several
filled cells are cut off when every one of them holds a single cell and one at least is such
a line of prose (a group row or an inner title over the table is short)."""

from __future__ import annotations

from dataclasses import replace
from typing import Optional

from .grid import Grid
from .settings import ProseTopSettings


def without_prose_top(g: Grid, settings: Optional[ProseTopSettings] = None) -> Grid:
    """``g`` without its opening rows of prose (see the module's docstring), else ``g``."""
    s = settings or ProseTopSettings()
    if not s.enabled or g.n_cols < 2 or len(g.row_tops) != g.n_rows or g.header_rows:
        return g
    width = g.xs[-1] - g.xs[0]
    prose = False
    for r in range(g.n_rows):
        cells = [c for c in g.cells if c.row == r and c.words]
        if any(c.rowspan > 1 for c in g.cells if c.row == r):
            return g
        if len(cells) >= s.min_filled:
            if r == 0 or not prose:
                return g
            return _from_row(g, r)
        if len(cells) == 1:
            words = cells[0].words
            span = max(w.x1 for w in words) - min(w.x0 for w in words)
            prose = prose or (len(words) >= s.min_words and span >= s.min_width_share * width)
    return g


def _from_row(g: Grid, r: int) -> Grid:
    cells = [replace(c, row=c.row - r) for c in g.cells if c.row >= r]
    top = g.row_tops[r]
    source = g.source
    if source is not None:      # the detector's lines and rules, to re-split the rest with other columns
        region, rules = source  # type: ignore[misc]
        source = ([ln for ln in region if (ln.top + ln.bottom) / 2 > top],
                  [x for x in rules if x[1] >= top - 1])
    return replace(g, bbox=(g.bbox[0], top, g.bbox[2], g.bbox[3]), cells=cells, n_rows=g.n_rows - r,
                   row_tops=list(g.row_tops[r:]), source=source)
