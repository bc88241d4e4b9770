"""A table's header row at a page top is no running header.

A long table repeats its header at the top of every page it runs over (Word's
"repeat as header row"), and a table opening a page prints its header where a
running header would be: same text, same place on many pages. What sets it
apart is below it: the table's rows start their cells where the header starts
its own, column after column. A running header over prose shares at most the
left margin with the lines under it.
"""

from __future__ import annotations


from .model import Line, Page
from .settings import TableHeadSettings, text_settings


def _rows(lines: list[Line], size: float) -> list[list[Line]]:
    """Lines gathered into visual rows (a ruled table prints a line per cell)."""
    rows: list[list[Line]] = []
    for ln in sorted(lines, key=lambda ln: ln.top):
        if rows and ln.top - rows[-1][0].top < 0.5 * size:
            rows[-1].append(ln)
        else:
            rows.append([ln])
    return rows


def _heads(row: list[Line], gap: float) -> list[float]:
    """Where the row's cells start: the first word of each run of words set
    apart by a gap wider than a word space (prose has one run)."""
    words = sorted((w for ln in row for w in ln.words), key=lambda w: w.x0)
    return [w.x0 for k, w in enumerate(words) if k == 0 or w.x0 - words[k - 1].x1 > gap]


def _shared(head: list[float], other: list[float], tol: float) -> int:
    """Column starts of the header row that a word of the other row starts at too."""
    return sum(1 for x in head if any(abs(x - y) <= tol for y in other))


def heads_table(page: Page, line: Line, settings: TableHeadSettings | None = None) -> bool:
    """Whether ``line`` belongs to a row whose cell starts the rows under it share
    (cells, not words: justified prose starts words anywhere)."""
    settings = settings or text_settings().table_heads
    size = line.size or 10.0
    row = [ln for ln in page.lines if abs(ln.top - line.top) < 0.5 * size]
    gap = settings.gap_em * size
    heads = _heads(row, gap)
    if len(heads) < settings.min_columns:
        return False
    bottom = max(ln.bottom for ln in row)
    below = [ln for ln in page.lines if ln.top >= bottom - 1 and ln.top <= bottom + settings.reach_em * size]
    # Rows of several cells only: a wrapped cell's next line or the rest of a broken
    # word ("nts") says nothing, prose (one run of words a line) shares nothing.
    cells = [h for h in (_heads(r, gap) for r in _rows(below, size)) if len(h) >= settings.min_columns]
    shared = [_shared(heads, h, settings.align) for h in cells[:settings.rows_below]]
    if len(shared) == 1:
        return shared[0] >= max(settings.min_columns, settings.min_columns_one_row)
    return sum(1 for n in shared if n >= settings.min_columns) >= settings.min_rows
