"""A table's header left alone at a page foot, its body on the next page.

A word processor may break a table right under its header row: the page
ends on the header (its cells set in bold, no figure), the body opens the
next page. Too few lines to be found as a table, the header would be read
as prose and the body's first row taken for the header. The header is
recognised by the body's columns: its first line holds one cell per column,
in order, each reaching into its column (a header set left over figures
set right starts left of the column the body's whitespace shows).
"""

from __future__ import annotations

from typing import Optional

from .aligned import VLine, chunk_span
from .grid import Grid, GridCell
from .header import figure
from .settings import ContinuationSettings


def _styled(l: VLine) -> bool:
    """Set in bold, no figure in any cell."""
    chars = sum(len(w.text) for w in l.words)
    if sum(len(w.text) for w in l.words if w.bold) * 2 <= chars:
        return False
    return not any(figure(" ".join(w.text for w in ch)) for ch in l.chunks)


def _one_per_column(l: VLine, xs: list[float]) -> bool:
    """One cell per column, left to right, each reaching into its column."""
    spans = [chunk_span(ch) for ch in l.chunks]
    if len(spans) != len(xs) - 1 or l.x0 < xs[0] - 2 or l.x1 > xs[-1] + 2:
        return False
    return all(b > xs[k] and a < xs[k + 1] for k, (a, b) in enumerate(spans))


def foot_header(page: int, lines: list[VLine], body: Grid, c: ContinuationSettings,
                wrap_leading_em: float) -> Optional[Grid]:
    """The header (one row, maybe wrapped over a few lines) that ``lines``
    (the free lines ending page ``page``, top-down) end with, in the columns
    of ``body`` (the table opening the next page); None when they end
    otherwise."""
    xs = list(body.xs)
    taken: list[VLine] = []
    for l in reversed(lines):
        if len(taken) >= c.max_foot_header_lines or not _styled(l):
            break
        if taken and taken[-1].base - l.base > wrap_leading_em * (l.size or 10.0):
            break
        taken.append(l)
    taken.reverse()
    # The first line with a cell per column; the lines under it wrap its cells.
    while taken and not _one_per_column(taken[0], xs):
        taken = taken[1:]
    if not taken:
        return None
    # A paragraph going on right above (at a wrap's leading) holds these lines.
    above = lines[:len(lines) - len(taken)]
    if above and taken[0].base - above[-1].base <= wrap_leading_em * (taken[0].size or 10.0):
        return None
    heads = [chunk_span(ch) for ch in taken[0].chunks]
    cells = [GridCell(row=0, col=k, words=list(ch)) for k, ch in enumerate(taken[0].chunks)]
    for l in taken[1:]:
        for ch in l.chunks:
            a, b = chunk_span(ch)
            k = max(range(len(heads)), key=lambda i: min(b, heads[i][1]) - max(a, heads[i][0]))
            if min(b, heads[k][1]) - max(a, heads[k][0]) <= 0:
                return None
            cells[k].words += ch
    bbox = (xs[0], min(l.top for l in taken), xs[-1], max(l.bottom for l in taken))
    return Grid(page=page, bbox=bbox, kind=body.kind, xs=xs, cells=cells, n_rows=1,
                row_tops=[bbox[1]], header_rows=1)


def _repeats_head(l: VLine, first: list[GridCell]) -> bool:
    """``l``'s cells are the body's first row word for word, one per column; a cell of that
    row may go on below its first line (the row the page break cut, its rest printed under
    the header repeated, read by whitespace as that header's wrapped lines: "Contenu" over
    "République")."""
    if len(l.chunks) != len(first):
        return False
    for ch, cell in zip(l.chunks, first):
        words = [w.text for w in ch]
        if [w.text for w in cell.words[:len(words)]] != words:
            return False
        line = cell.words[len(words) - 1]
        if any(w.top < line.bottom - 1 for w in cell.words[len(words):]):
            return False    # the same line goes on: another header
    return True


def foot_part(page: int, lines: list[VLine], body: Grid, c: ContinuationSettings) -> Optional[Grid]:
    """A table's first part too short to be found (its header and a row or two) ending page
    ``page``, the header printed again atop the next page over the body: the free ``lines``
    end with a line whose cells are the body's first row word for word, one per column
    (the header repeated), then rows in the body's columns, each opening a row by its first
    column (a line of one cell past it is a wrapped line of the row above). The grid of
    those lines in the body's columns, its first row known as the header; None otherwise."""
    xs = list(body.xs)
    first = sorted((x for x in body.cells if x.row == 0 and x.words), key=lambda x: x.col)
    if len(first) != len(xs) - 1:
        return None
    at = next((i for i in range(len(lines) - 1, -1, -1)
               if _repeats_head(lines[i], first) and _one_per_column(lines[i], xs)), None)
    if at is None or not 0 < len(lines) - at - 1 <= c.max_foot_part_rows * 3:
        return None
    rows: list[list[GridCell]] = []
    # Unruled, the last column ends at the body's widest text, which a longer cell at the
    # page foot may pass (its value wrapped further right than any on the next page).
    right = [xs[k + 1] + 2 for k in range(len(xs) - 1)]
    if body.kind == "aligned":
        right[-1] = float("inf")
    for l in lines[at + 1:]:
        if l.x0 < xs[0] - 2 or l.x1 > right[-1]:
            return None
        spans = [chunk_span(ch) for ch in l.chunks]
        cols = []
        for a, b in spans:
            inside = [k for k in range(len(xs) - 1) if a >= xs[k] - 2 and b <= right[k]]
            if len(inside) != 1:
                return None
            cols.append(inside[0])
        if 0 in cols:
            rows.append([GridCell(row=len(rows) + 1, col=k, words=[]) for k in range(len(xs) - 1)])
        elif not rows:
            return None
        for ch, k in zip(l.chunks, cols):
            rows[-1][k].words += ch
    if not rows or len(rows) > c.max_foot_part_rows:
        return None
    taken = lines[at:]
    cells = [GridCell(row=0, col=k, words=list(ch)) for k, ch in enumerate(lines[at].chunks)]
    cells += [x for r in rows for x in r if x.words]
    bbox = (xs[0], min(l.top for l in taken), xs[-1], max(l.bottom for l in taken))
    return Grid(page=page, bbox=bbox, kind=body.kind, xs=xs, cells=cells, n_rows=1 + len(rows),
                row_tops=[lines[at].top] + [min(w.top for x in r for w in x.words) for r in rows], header_rows=1)
