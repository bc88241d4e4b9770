"""Tables without vertical rules: read row by row, cell by cell.

A table set without cell borders leaves vertical strips of white between its
columns, like a two-column page does, and the column splitter would read it
column by column. What tells a table apart is that several rows hold *three
or more* cells each whose gaps fall in the same strips (two-column prose has
one strip), and that the cells are short and repeat row after row.

A region starts at a row with two or more wide gaps (wider than a justified
word space) and grows downwards while each next row leaves those strips free.
It is a table when at least two of its rows have three or more cells. Its
column borders are the strips no row covers; its rows are split where a
horizontal rule runs between two lines or where the line pitch opens wider
than the leading inside a wrapped cell (cell padding). Each table row is
emitted like a ruled one (text/cells.py): cells left to right, a cell's lines
top-down, each piece marked with ``Line.cell``.
"""

from __future__ import annotations

from .model import Word
from .rules import Rule

Row = list[Word]
Piece = tuple[Row, "tuple[int, int] | None"]

_GAP = 0.6      # a cell gap, in font sizes (justified word spaces stay below)
_STRIP = 0.4    # narrowest column border strip, in font sizes (a space is ~0.28)
_PITCH = 1.3    # a line pitch this much above the leading starts a new row
_THIN = 2.0
_PROSE_ROWS = 3     # a justified paragraph's wide word spaces line up over this many lines at most
_EDGE = 1.5         # points: lines of one justified paragraph start and end this close
_LEADING = 0.15     # share: the lines of a paragraph follow each other at one pitch


def _size(w: Word) -> float:
    return w.size or 0.8 * (w.bottom - w.top) or 10.0


def _wide_gaps(row: Row) -> list[tuple[float, float]]:
    return [(a.x1, b.x0) for a, b in zip(row, row[1:]) if b.x0 - a.x1 >= _GAP * min(_size(a), _size(b))]


def _narrow(gutter: tuple[float, float], row: Row, min_width: float) -> tuple[float, float] | None:
    """The gutter minus what the row's words cover; None when a word crosses it."""
    lo, hi = gutter
    for w in row:
        if w.x1 <= lo or w.x0 >= hi:
            continue
        if w.x0 - lo >= hi - w.x1:
            hi = w.x0
        else:
            lo = w.x1
        if hi - lo < min_width:
            return None
    return lo, hi


def _cells_on(row: Row, gutters: list[tuple[float, float]]) -> int:
    """How many of the gutters have words of the row on both sides (cells - 1)."""
    x0, x1 = row[0].x0, row[-1].x1
    return sum(1 for lo, hi in gutters if x0 < lo and hi < x1)


def _top(row: Row) -> float:
    return min(w.top for w in row)


def _row_breaks(rows: list[Row], rules: list[Rule]) -> list[bool]:
    """For each row, does a new table row start here (first row: True)?"""
    tops = [_top(r) for r in rows]
    pitches = [b - a for a, b in zip(tops, tops[1:])]
    leading = min(pitches) if pitches else 0.0
    x0 = min(w.x0 for r in rows for w in r)
    x1 = max(w.x1 for r in rows for w in r)
    horizontal = [r for r in rules if r[3] - r[1] < _THIN and r[0] <= x0 + 2 and r[2] >= x1 - 2]
    out = [True]
    for k in range(1, len(rows)):
        above = max(w.bottom for w in rows[k - 1])
        ruled = any(above - 1 <= (r[1] + r[3]) / 2 <= tops[k] + 1 for r in horizontal)
        out.append(ruled or pitches[k - 1] > _PITCH * leading)
    return out


def _region_end(rows: list[Row], i: int) -> tuple[int, list[tuple[float, float]]] | None:
    """Rows [i, j) form a table starting at row i, with its gutters; or None."""
    size = min(_size(w) for w in rows[i])
    gutters = _wide_gaps(rows[i])
    if len(gutters) < 2:
        return None
    full, j = 1, i + 1
    while j < len(rows):
        row = rows[j]
        # A blank of several lines ends the table whatever comes next.
        if _top(row) - max(w.bottom for w in rows[j - 1]) > 2.5 * size:
            break
        # A strip narrower than a word space of the row's own type is no border (a heading
        # in a smaller type opening the region must not let the body's word spaces pass).
        strip = _STRIP * max(size, min(_size(w) for w in row))
        narrowed = [_narrow(g, row, strip) for g in gutters]
        if any(g is None for g in narrowed):
            break
        gutters = narrowed  # type: ignore[assignment]
        if _cells_on(row, gutters) >= 2:
            full += 1
        j += 1
    if full < 2:
        return None
    return j, gutters  # trimmed by the caller to the last row group holding cells


def _borders(rows: list[Row]) -> list[float]:
    """Middles of the vertical strips that no word of the rows covers."""
    spans = sorted((w.x0, w.x1) for r in rows for w in r)
    size = sorted(_size(w) for r in rows for w in r)[len(spans) // 2]
    out: list[float] = []
    reach = spans[0][1]
    for x0, x1 in spans[1:]:
        if x0 - reach >= _STRIP * size:
            out.append((reach + x0) / 2)
        reach = max(reach, x1)
    return out


def _emit(rows: list[Row], rules: list[Rule], first_row: int) -> tuple[list[Piece], int]:
    """A table's rows -> pieces cell by cell; returns them and the next row number."""
    borders = _borders(rows)
    breaks = _row_breaks(rows, rules)
    out: list[Piece] = []
    number = first_row - 1
    group: list[Row] = []

    def flush() -> None:
        cells: dict[int, list[Row]] = {}
        for row in group:
            for col, words in _cut(row, borders):
                cells.setdefault(col, []).append(words)
        for col in sorted(cells):
            for words in cells[col]:
                out.append((words, (number, col)))

    for row, new in zip(rows, breaks):
        if new and group:
            flush()
            group = []
        if new:
            number += 1
        group.append(row)
    if group:
        flush()
    return out, number + 1


def _cut(row: Row, borders: list[float]) -> list[tuple[int, Row]]:
    parts: dict[int, Row] = {}
    for w in row:
        col = sum(1 for x in borders if x < (w.x0 + w.x1) / 2)
        parts.setdefault(col, []).append(w)
    return sorted(parts.items())


def table_order(rows: list[Row], rules: list[Rule], first_row: int = 0) -> tuple[list[Piece], int]:
    """Rows (top-down) -> pieces: unruled table rows cut into cells, others whole.

    Returns the pieces, each with (row, col) or None, and the next free table
    row number (rows are numbered per page, in order of appearance).
    """
    out: list[Piece] = []
    number = first_row
    i = 0
    while i < len(rows):
        found = _region_end(rows, i) if rows[i] else None
        if found is None:
            out.append((rows[i], None))
            i += 1
            continue
        j, gutters = found
        j = _trim(rows, i, j, gutters, rules)
        if _justified_lines(rows, i, j):
            out.append((rows[i], None))
            i += 1
            continue
        pieces, number = _emit(rows[i:j], rules, number)
        out += pieces
        i = j
    return out, number


def _justified_lines(rows: list[Row], i: int, j: int) -> bool:
    """Rows [i, j) are lines of a justified paragraph whose stretched word spaces happen to
    line up (a narrow column, few words on a line): a few rows, each of which either spans
    the edges of the lines around them at the paragraph's leading (a table's rows have
    padding), or stretches all its wide gaps alike (justification spaces a line's words
    evenly; a gutter to the other column of the page may stand beside them)."""
    if j - i > _PROSE_ROWS:
        return False
    judged = [even for even in map(_even_gaps, rows[i:j]) if even is not None]
    if judged and all(judged):
        return True
    if i == 0 or j >= len(rows) or not rows[i - 1] or not rows[j]:
        return False
    span = rows[i - 1:j + 1]
    x0, x1 = span[0][0].x0, span[0][-1].x1
    if any(abs(r[0].x0 - x0) > _EDGE or abs(r[-1].x1 - x1) > _EDGE for r in span[:-1]) or \
            abs(span[-1][0].x0 - x0) > _EDGE:
        return False
    pitches = [_top(b) - _top(a) for a, b in zip(span, span[1:])]
    return max(pitches) - min(pitches) <= _LEADING * min(pitches)


def _even_gaps(row: Row) -> bool | None:
    """A justified line: its gaps wider than a word space all alike, but for one far wider
    (the gutter to the page's other column). None when fewer than two such gaps are left to
    compare (a line of two pieces, a column's last line)."""
    gaps = sorted(b - a for a, b in _wide_gaps(row))
    if len(gaps) >= 3 and gaps[-1] > 2 * gaps[-2]:
        gaps = gaps[:-1]
    if len(gaps) < 2:
        return None
    return gaps[-1] - gaps[0] <= _EDGE


def _trim(rows: list[Row], i: int, j: int, gutters: list[tuple[float, float]], rules: list[Rule]) -> int:
    """End the table with the row group of its last line holding two cells:
    single-cell lines after it (a heading, a short paragraph) are prose."""
    last = max(k for k in range(i, j) if _cells_on(rows[k], gutters) >= 1)
    breaks = _row_breaks(rows[i:j], rules)
    k = last + 1
    while k < j and not breaks[k - i]:
        k += 1
    return k
