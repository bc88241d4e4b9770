"""Reading order: split rows at column gutters and read column by column.

A gutter is a vertical strip left empty by a run of consecutive rows, with
prose on both sides. A row whose words cross the strip (a full-width title or
paragraph) ends the run, so the flow restarts below it. Table rows also leave
empty strips, but their cells are short: the prose test (most rows fill their
side of the strip, words rather than figures) keeps tables read row by row.
Tables of three or more columns are taken out before, by text/unruled.py.

A justified paragraph can leave a strip free by chance (wide word spaces one
above the other): a column starts its lines at one x, so the side right of
the strip must share a left edge.

Blocks beside the body (an XY-cut restricted to what is safe): a margin column
(service name, "Extrait du registre des délibérations", the act number, the
council's head counts) beside prose, or two blocks of short lines side by side
in a band of the page set apart by white space (a letterhead beside a title, a
prefecture stamp beside the heading). Each side is read as its own block, left
then right, instead of line by line across. What stays a table (read row by
row): rows that pair a left line with a right line all the way down, or left
blocks that each open where a new item opens on the other side (a label beside
its description), or a column of figures.
"""

from __future__ import annotations


from .model import Word
from .settings import ColumnSettings, text_settings

Row = list[Word]


def _free_around(row: Row, lo: float, hi: float) -> tuple[float, float] | None:
    """The part of [lo, hi] that no word of the row covers, if one stretch."""
    for w in row:
        if w.x1 <= lo or w.x0 >= hi:
            continue
        # A word intrudes: keep the larger free side.
        left, right = (lo, w.x0), (w.x1, hi)
        lo, hi = left if left[1] - left[0] >= right[1] - right[0] else right
        if hi <= lo:
            return None
    return lo, hi


def _gaps(row: Row, min_gap: float) -> list[tuple[float, float]]:
    out = []
    for a, b in zip(row, row[1:]):
        if b.x0 - a.x1 >= min_gap:
            out.append((a.x1, b.x0))
    return out


def _split(row: Row, lo: float, hi: float) -> tuple[Row, Row]:
    mid = (lo + hi) / 2
    return [w for w in row if w.x1 <= mid], [w for w in row if w.x1 > mid]


def _prose_side(parts: list[Row], edge: float, left: bool) -> bool:
    """Do most non-empty rows of one side reach the gutter (filled lines)?"""
    parts = [p for p in parts if p]
    if len(parts) < 3:
        return False
    start = min(w.x0 for p in parts for w in p) if left else edge
    end = edge if left else max(w.x1 for p in parts for w in p)
    width = end - start
    if width <= 0:
        return False
    full = sum(1 for p in parts if (p[-1].x1 - p[0].x0) >= 0.6 * width and len(p) >= 3)
    # A column of amounts and percentages is a table column, however full.
    figures = sum(1 for p in parts if _figures(p))
    return full * 2 >= len(parts) and figures * 2 < len(parts)


def _figures(row: Row) -> bool:
    """Most of the row's characters are digits (an amount, a rate, a date)."""
    text = "".join(w.text for w in row)
    return sum(ch.isdigit() for ch in text) * 2 >= len(text)


def _shares_left_edge(parts: list[Row], s: ColumnSettings) -> bool:
    """Do most lines start at one x (a column's left edge)? Sliding window on
    the sorted starts: linear after the sort."""
    starts = sorted(p[0].x0 for p in parts if p)
    best, k = 0, 0
    for i, x in enumerate(starts):
        while x - starts[k] > s.edge_tolerance:
            k += 1
        best = max(best, i - k + 1)
    return bool(starts) and best >= s.edge_share * len(starts)


def _run_end(rows: list[Row], i: int, lo: float, hi: float, size: float, s: ColumnSettings,
             stop: int | None = None) -> tuple[int, float, float]:
    """Rows [i, j) (j <= stop) that leave (a part of) the strip [lo, hi] free; the strip left."""
    j, cur = i + 1, (lo, hi)
    while j < (len(rows) if stop is None else stop):
        nxt = _free_around(rows[j], *cur)
        if nxt is None or nxt[1] - nxt[0] < s.min_strip * size:
            break
        # A row set apart below the run (a page number centred under the columns)
        # that would leave less than a gutter ends it rather than spoil it.
        if nxt[1] - nxt[0] < s.min_gutter * size and _gap_above(rows, j) > s.band_gap * size:
            break
        cur = nxt
        j += 1
    return j, cur[0], cur[1]


def _gap_above(rows: list[Row], k: int) -> float:
    return min(w.top for w in rows[k]) - max(w.bottom for w in rows[k - 1])


def _band(rows: list[Row], i: int, j: int, lo: float, hi: float, size: float,
          s: ColumnSettings) -> tuple[int, int]:
    """The run [i, j) grown upwards over rows of the same band (no blank
    taller than a band gap) that leave the strip free."""
    while i > 0 and _gap_above(rows, i) <= s.band_gap * size and not any(
            w.x1 > lo + 1.0 and w.x0 < hi - 1.0 for w in rows[i - 1]):
        i -= 1
    return i, j


def _set_apart(rows: list[Row], i: int, j: int, size: float, s: ColumnSettings) -> bool:
    """Rows [i, j) have white space (or the page's edge) above and below: a
    band of the page, not rows in the middle of a table or a paragraph."""
    above = i == 0 or _gap_above(rows, i) > s.band_gap * size
    below = j == len(rows) or _gap_above(rows, j) > s.band_gap * size
    return above and below


def _starts(parts: list[Row], size: float, s: ColumnSettings) -> list[bool]:
    """Per row: does this side open a block here (first line, or a blank or an
    empty row above, or the line above ends short of the side's right edge)?"""
    right = max((p[-1].x1 for p in parts if p), default=0.0)
    out, prev = [], None
    for p in parts:
        if not p:
            out.append(False)
            prev = None
            continue
        opens = (prev is None or min(w.top for w in p) - max(w.bottom for w in prev) > s.block_leading * size
                 or prev[-1].x1 < right - 2 * size)
        out.append(opens)
        prev = p
    return out


def _table_like(lefts: list[Row], rights: list[Row], size: float, s: ColumnSettings) -> bool:
    """Rows of a table rather than a block beside another: every row pairs a
    left and a right line, or the sparser side's blocks each open where the
    other side opens an item (a label beside its description)."""
    both = sum(1 for a, b in zip(lefts, rights) if a and b)
    either = sum(1 for a, b in zip(lefts, rights) if a or b)
    if both >= 2 and both == either:
        return True
    n_left = sum(1 for a in lefts if a)
    n_right = sum(1 for b in rights if b)
    label, other = (lefts, rights) if n_left <= n_right else (rights, lefts)
    label_blocks = []
    prev = None
    for k, p in enumerate(label):
        if p and (prev is None or not label[k - 1]
                  or min(w.top for w in p) - max(w.bottom for w in prev) > s.block_leading * size):
            label_blocks.append(k)
        if p:
            prev = p
    if len(label_blocks) < 2:
        return False
    opens = _starts(other, size, s)
    aligned = sum(1 for k in label_blocks if other[k] and opens[k])
    return aligned * 3 >= 2 * len(label_blocks)


def _labels_beside(lefts: list[Row], rights: list[Row], size: float, s: ColumnSettings) -> bool:
    """A table's label column beside its wrapped descriptions (a two-column table going on
    atop a page, unruled): one side holds few lines, each opening where the other side
    opens an item (_table_like), their blanks measured in the run's own type, smaller than
    the page's (a table set small: its row spacing is under a blank of body-size lines).
    Two columns of prose are balanced: neither side holds so few lines."""
    n_left, n_right = sum(1 for p in lefts if p), sum(1 for p in rights if p)
    if min(n_left, n_right) > s.label_side_share * max(n_left, n_right):
        return False
    sizes = sorted(w.size for p in lefts + rights for w in p)
    own = min(size, sizes[len(sizes) // 2]) if sizes else size
    return _table_like(lefts, rights, own, s)


def _width(parts: list[Row]) -> float:
    parts = [p for p in parts if p]
    return max(p[-1].x1 for p in parts) - min(p[0].x0 for p in parts) if parts else 0.0


def _blocks_beside(lefts: list[Row], rights: list[Row], lo: float, hi: float, size: float,
                   s: ColumnSettings) -> bool:
    """A margin column beside prose, or two blocks of short lines side by side."""
    left_lines = [p for p in lefts if p]
    right_lines = [p for p in rights if p]
    if not left_lines or not right_lines or len(left_lines) + len(right_lines) < 3:
        return False
    if any(sum(1 for p in side if _figures(p)) * 2 >= len(side) for side in (left_lines, right_lines)):
        return False
    # A side whose lines hold cells (wide gaps of their own) is part of a table.
    if any(_gaps(p, s.cell_gap * size) for p in left_lines + right_lines):
        return False
    if _table_like(lefts, rights, size, s) or _labels_beside(lefts, rights, size, s):
        return False
    left_prose, right_prose = _prose_side(lefts, lo, True), _prose_side(rights, hi, False)
    if left_prose != right_prose:                # a margin beside the body
        margin = rights if left_prose else lefts
        body = lefts if left_prose else rights
        # A margin says something: two lines with words, not a column of
        # list markers or item numbers ("➢", "1.", "a)") beside the items.
        wordy = sum(1 for p in margin if sum(ch.isalpha() for w in p for ch in w.text) >= 3)
        if wordy >= 2 and _width(margin) < _width(body) and (_shares_left_edge(rights, s) or hi - lo >= s.block_gutter * size):
            return True
    # Two blocks side by side: far apart, and mostly not on shared rows
    # (a key beside its value, a table's header, pair row by row).
    both = sum(1 for a, b in zip(lefts, rights) if a and b)
    either = sum(1 for a, b in zip(lefts, rights) if a or b)
    return (hi - lo >= s.block_gutter * size and both * 2 <= either
            and len(left_lines) >= 2 and len(right_lines) >= 2)


def _side_by_side(lefts: list[Row], rights: list[Row]) -> int:
    """Rows where both sides hold words: on the row itself, or on the row next to it when
    the two overlap in height (a column set half a line lower than the other, below a
    heading of a larger type: each of its lines a row of its own)."""
    def span(p: Row) -> tuple[float, float]:
        return min(w.top for w in p), max(w.bottom for w in p)

    def overlaps(a: Row, b: Row) -> bool:
        (at, ab), (bt, bb) = span(a), span(b)
        return min(ab, bb) > max(at, bt)
    n = 0
    for k, (a, b) in enumerate(zip(lefts, rights)):
        if a and b:
            n += 1
        elif a or b:
            other = rights if a else lefts
            mine = a or b
            n += any(0 <= m < len(other) and other[m] and overlaps(mine, other[m]) for m in (k - 1, k + 1))
    return n


def _tail(rows: list[Row], i: int, j: int, lo: float, hi: float, s: ColumnSettings) -> int:
    """Where a run of two columns really ends: rows past the other column's end, after a
    blank line or more on their side (a heading's space), are the
    flow resuming below the columns (a heading set at the left margin under them). Columns
    are balanced: a side's lines past the other's end are a line or two, without such a blank."""
    lefts, rights = zip(*(_split(r, lo, hi) for r in rows[i:j]))
    last_both = max((k for k in range(j - i) if lefts[k] and rights[k]), default=None)
    if last_both is None:
        return j
    for side, other in ((lefts, rights), (rights, lefts)):
        ends = max((k for k in range(j - i) if other[k]), default=-1)    # the other column's end
        prev = None
        for k in range(j - i):
            if not side[k]:
                continue
            if k > max(last_both, ends) and prev is not None and \
                    min(w.top for w in side[k]) - max(w.bottom for w in prev) > \
                    s.tail_gap * (max(w.bottom for w in prev) - min(w.top for w in prev)):
                return i + k
            prev = side[k]
    return j


def _free_strips(row: Row, lo: float, hi: float) -> list[tuple[float, float]]:
    """The stretches of [lo, hi] that no word of the row (sorted by x) covers."""
    out, x = [], lo
    for w in row:
        if w.x0 > x:
            out.append((x, min(w.x0, hi)))
        x = max(x, w.x1)
        if x >= hi:
            break
    if x < hi:
        out.append((x, hi))
    return out


def _strip_tail(rows: list[Row], i: int, j: int, lo: float, hi: float, s: ColumnSettings) -> int:
    """Where columns found from their strip end: a line below the other column's last
    line, after a blank taller than a line on its own side, is the flow resuming under
    the columns (a closing line, a heading); the longer column's last line or two, set at
    its pitch, stay in it. (The sides need not share rows: _tail's test.)"""
    mid = (lo + hi) / 2
    sides = [[[w for w in r if ((w.x0 + w.x1) / 2 < mid) == left] for r in rows[i:j]] for left in (True, False)]
    ends = [max((max(w.bottom for w in p) for p in side if p), default=0.0) for side in sides]
    for k in range(j - i):
        for n, side in enumerate(sides):
            part = side[k]
            prev = next((side[m] for m in range(k - 1, -1, -1) if side[m]), None)
            if not part or prev is None or min(w.top for w in part) <= ends[1 - n]:
                continue
            prev_bottom = max(w.bottom for w in prev)
            if min(w.top for w in part) - prev_bottom > s.tail_gap * (prev_bottom - min(w.top for w in prev)):
                return i + k
    return j


def _strip_columns(rows: list[Row], i: int, j: int, lo: float, hi: float, s: ColumnSettings) -> int | None:
    """End of the two columns of prose that rows [i, j) print either side of the strip
    (lo, hi), or None when they are something else (a margin column, a table, blocks)."""
    j = _strip_tail(rows, i, j, lo, hi, s)
    lefts, rights = (list(side) for side in zip(*(_split(r, lo, hi) for r in rows[i:j])))
    left_lines, right_lines = [p for p in lefts if p], [p for p in rights if p]
    if min(len(left_lines), len(right_lines)) < s.strip_lines:
        return None
    width = max(p[-1].x1 for p in right_lines) - min(p[0].x0 for p in left_lines)
    if min(_width(left_lines), _width(right_lines)) < s.strip_side_share * width:
        return None
    spans = [(min(w.top for p in side for w in p), max(w.bottom for p in side for w in p))
             for side in (left_lines, right_lines)]
    shared = min(spans[0][1], spans[1][1]) - max(spans[0][0], spans[1][0])
    if shared < s.strip_overlap * min(b - t for t, b in spans):
        return None
    if not (_prose_side(lefts, lo, True) and _prose_side(rights, hi, False) and _shares_left_edge(rights, s)):
        return None
    if _table_side(left_lines, s) or _table_side(right_lines, s):
        return None
    return j


def _table_side(lines: list[Row], s: ColumnSettings) -> bool:
    """Do most of a side's lines hold cells, wide gaps of their own in their own type size
    ("Immobilière Solvéa | Bellerive | 139 | 2 640 000 €")? Then the side is a part of a
    table, the gutter one of its gaps; a column of prose has a justified line's spaces."""
    lines = [p for p in lines if p]
    if not lines:
        return False
    sizes = sorted(w.size for p in lines for w in p)
    size = sizes[len(sizes) // 2]
    return sum(1 for p in lines if _holds_cells(p, s.cell_gap * size)) >= s.strip_cell_share * len(lines)


def _holds_cells(line: Row, wide: float) -> bool:
    """A wide gap beside a word space: cells. A justified line spreads its spaces evenly,
    however wide (three words stretched to the measure)."""
    spaces = [b.x0 - a.x1 for a, b in zip(line, line[1:])]
    return bool(spaces) and max(spaces) >= wide and min(spaces) * 2 < max(spaces)


def _strip_section(rows: list[Row], size: float, s: ColumnSettings | None = None
                   ) -> tuple[int, int, float, float] | None:
    """First run of rows printing two columns of prose, found from the strip their words
    leave empty over the run rather than row by row: the columns' lines need not share
    rows (a column set a few points lower, a justified line's wide spaces beside the other
    column's line), and rows above or below them that cross the strip (a full-width heading,
    the session's head) end the run."""
    s = s or text_settings().columns
    if not rows:
        return None
    left = min(r[0].x0 for r in rows)
    right = max(r[-1].x1 for r in rows)
    runs = sorted((r for r in _strip_runs(rows, left, right, s.min_gutter * size, s)
                   if left < r[2] and r[3] < right and r[1] - r[0] >= 2 * s.strip_lines))
    for top, j, lo, hi in runs:
        end = _strip_columns(rows, top, j, lo, hi, s)
        if end is None:
            continue
        # Rows on the left only above the right column's first line are read first either
        # way: left to the flow above (the session head's last short line), whose full
        # width they are measured against.
        head = left_head(rows, top, end, lo, hi)
        if head > top and _strip_columns(rows, head, end, lo, hi, s) == end:
            top = head
        return top, end, lo, hi
    return None


def _strip_runs(rows: list[Row], left: float, right: float, least: float, s: ColumnSettings
                ) -> list[tuple[int, int, float, float]]:
    """Runs of rows [i, j) that leave a strip (lo, hi) at least ``least`` wide free, each
    as high as it goes: one sweep top-down holding the strips still open (each with the
    row it opened at), narrowed by each row's free stretches. An open strip inside a wider
    one open as long is dropped, so few stay open (the gutter, a margin): the cost is the
    words times those few."""
    open_: list[tuple[float, float, int]] = []       # lo, hi, first row
    out: list[tuple[int, int, float, float]] = []
    for r, row in enumerate(rows):
        free = [f for f in _free_strips(row, left, right) if f[1] - f[0] >= least]
        nxt = [(lo, hi, r) for lo, hi in free]
        for lo, hi, first in open_:
            kept = [(max(lo, a), min(hi, b), first) for a, b in free if min(hi, b) - max(lo, a) >= least]
            if not kept:
                out.append((first, r, lo, hi))
            nxt += kept
        # The earliest opened first: a strip within one opened no later is no new run.
        nxt.sort(key=lambda t: (t[2], t[0] - t[1]))
        open_ = []
        for t in nxt:
            if not any(o[0] <= t[0] and t[1] <= o[1] for o in open_):
                open_.append(t)
    out += [(first, len(rows), lo, hi) for lo, hi, first in open_]
    return out


def left_head(rows: list[Row], i: int, j: int, lo: float, hi: float) -> int:
    """The first row of [i, j) holding a word right of the gutter's middle."""
    mid = (lo + hi) / 2
    while i < j and all((w.x0 + w.x1) / 2 < mid for w in rows[i]):
        i += 1
    return i


def _find_section(rows: list[Row], size: float, s: ColumnSettings | None = None, strips: bool = True
                  ) -> tuple[int, int, float, float, bool] | None:
    """First run of rows [i, j) to read side by side across the gutter (lo, hi):
    two columns of prose (last value True), or blocks beside each other (see the
    module doc). Columns found from their strip (_strip_section) win over what the
    rows they span hold."""
    s = s or text_settings().columns
    strip = _strip_section(rows, size, s) if strips else None
    if strip is not None:
        found = _row_section(rows[:strip[0]], size, s)
        return found if found is not None else (*strip, True)
    return _row_section(rows, size, s)


def _row_section(rows: list[Row], size: float, s: ColumnSettings | None = None
                 ) -> tuple[int, int, float, float, bool] | None:
    """_find_section from the gaps inside rows."""
    s = s or text_settings().columns
    for i, row in enumerate(rows):
        for lo, hi in _gaps(row, s.min_gap * size):
            j, a, b = _run_end(rows, i, lo, hi, size, s)
            if j - i >= 3:
                lefts, rights = zip(*(_split(r, a, b) for r in rows[i:j]))
                if (_side_by_side(list(lefts), list(rights)) >= 3 and b - a >= s.min_gutter * size
                        and _prose_side(list(lefts), a, True) and _prose_side(list(rights), b, False)
                        and _shares_left_edge(list(rights), s)
                        and not (_table_side(list(lefts), s) or _table_side(list(rights), s))
                        and not _labels_beside(list(lefts), list(rights), size, s)):
                    return i, _tail(rows, i, j, a, b, s), a, b, True
            # Blocks: the strip as the rows down to the first wide blank leave it.
            end = next((k for k in range(i + 1, j) if _gap_above(rows, k) > s.band_gap * size), j)
            _, a, b = _run_end(rows, i, lo, hi, size, s, end)
            k0, k1 = _band(rows, i, end, a, b, size, s)
            if k1 - k0 >= 2 and _set_apart(rows, k0, k1, size, s):
                lefts, rights = zip(*(_split(r, a, b) for r in rows[k0:k1]))
                if _blocks_beside(list(lefts), list(rights), a, b, size, s):
                    return k0, k1, a, b, False
    return None


def prose_columns(rows: list[Row], size: float) -> tuple[int, int, float, float] | None:
    """First run of rows [i, j) printing two columns of prose either side of the gutter
    (lo, hi), found from the strip their words leave empty (_strip_section), or None."""
    return _strip_section(rows, size)


def column_section(rows: list[Row], size: float, strips: bool = True) -> tuple[int, int, float, float] | None:
    """First run of rows [i, j) read side by side across the gutter (lo, hi), or None."""
    found = _find_section(rows, size, strips=strips)
    return None if found is None else found[:4]


class ColumnNumbers:
    """Numbers a page's columns of prose as they are found (``Word.column``): each
    side of a gutter gets a number of its own, so no later stage joins a line of
    one column to the line beside it in the other. ``strips``: columns may also be
    found from the strip their words leave empty (_strip_section), and are numbered
    (False for OCR'd pages: neither)."""

    def __init__(self, strips: bool = True) -> None:
        self.last = 0
        self.strips = strips

    def mark(self, rows: list[Row]) -> None:
        if not self.strips:
            return      # OCR'd rows: where layer 1 cut columns is less sure; rows stay whole
        self.last += 1
        for row in rows:
            for w in row:
                w.column = self.last


def reading_order(rows: list[Row], size: float, depth: int = 0,
                  numbers: ColumnNumbers | None = None) -> list[Row]:
    """Rows (sorted top-down, words by x) -> lines in reading order. ``numbers``:
    the page's column numbering, marking the words of each column of prose found."""
    if depth > 3 or len(rows) < 2:
        return [r for r in rows if r]
    found = _find_section(rows, size, strips=numbers is None or numbers.strips)
    if found is None:
        return [r for r in rows if r]
    i, j, lo, hi, prose = found
    lefts, rights = zip(*(_split(r, lo, hi) for r in rows[i:j]))
    lefts = [r for r in lefts if r]
    rights = [r for r in rights if r]
    if prose and numbers is not None:
        numbers.mark(lefts)
        numbers.mark(rights)
    out = [r for r in rows[:i] if r]
    out += reading_order(lefts, size, depth + 1, numbers)
    out += reading_order(rights, size, depth + 1, numbers)
    out += reading_order(rows[j:], size, depth, numbers)
    return out


def merge_side_by_side(rows: list[Row]) -> list[Row]:
    """Rows sorted top-down; join those at one height that do not overlap in x.

    OCR engines cut a justified line at wide gaps into separate "lines";
    joined back, the column splitter decides what is really a gutter.
    """
    rows = sorted((r for r in rows if r), key=lambda r: min(w.top for w in r))
    out: list[Row] = []
    for row in rows:
        t, b = min(w.top for w in row), max(w.bottom for w in row)
        for prev in reversed(out[-3:]):
            pt, pb = min(w.top for w in prev), max(w.bottom for w in prev)
            if min(pb, b) - max(pt, t) > 0.5 * min(pb - pt, b - t):
                if all(w.x1 <= v.x0 or w.x0 >= v.x1 for w in row for v in prev):
                    prev.extend(row)
                    prev.sort(key=lambda w: w.x0)
                    break
        else:
            out.append(row)
    return out
