"""Two columns with a ruled box in one of them: find the columns first.

A ruled table (a vote table "Votants | 27") or a shaded or framed box set in
one column of a two-column page shares its heights with the other column's
prose. Read row by row, the table's rows cut the page into horizontal slices
and each slice is ordered on its own: the two columns come interleaved, slice
by slice. So the columns are found before the tables: with the words inside
ruled boxes set aside, the page's prose leaves a gutter down a run of rows
(the column test of text/columns.py); when a box lies within that run, on one
side of the gutter, and none crosses it, the run is cut at the gutter and each
side is read on its own, its tables and boxes within it.
"""

from __future__ import annotations

from .columns import ColumnSettings, column_section, left_head, prose_columns
from .model import Word
from .settings import text_settings

Row = list[Word]
Rule = tuple[float, float, float, float]
Box = tuple[float, float, float, float]     # x0, top, x1, bottom


def ruled_boxes(rules: list[Rule], s: ColumnSettings | None = None) -> list[Box]:
    """Bounding boxes of groups of rules that touch (a table's grid, a box's
    four edges). Grown rule by rule, rules sorted top-down: linear in the rules
    times the boxes open at once."""
    s = s or text_settings().columns
    snap = s.box_snap
    boxes: list[list[float]] = []
    for r in sorted(rules, key=lambda r: r[1]):
        merged: list[float] | None = None
        keep: list[list[float]] = []
        for b in boxes:
            if r[0] <= b[2] + snap and r[2] >= b[0] - snap and r[1] <= b[3] + snap and r[3] >= b[1] - snap:
                if merged is None:
                    merged = [min(b[0], r[0]), min(b[1], r[1]), max(b[2], r[2]), max(b[3], r[3])]
                else:
                    merged = [min(merged[0], b[0]), min(merged[1], b[1]),
                              max(merged[2], b[2]), max(merged[3], b[3])]
                continue
            keep.append(b)
        keep.append(merged or list(r))
        boxes = keep
    # A box has height and width: a lone underline or a gutter rule is no box.
    return [tuple(b) for b in boxes if b[2] - b[0] > snap and b[3] - b[1] > snap]


def _inside(w: Word, box: Box) -> bool:
    return box[0] - 1 <= (w.x0 + w.x1) / 2 <= box[2] + 1 and box[1] - 1 <= (w.top + w.bottom) / 2 <= box[3] + 1


def boxed_columns(rows: list[Row], rules: list[Rule], size: float, width: float,
                  s: ColumnSettings | None = None, strips: bool = True) -> tuple[int, int, float, float] | None:
    """Rows [i, j) of two columns across the gutter (lo, hi) that hold a ruled
    box within one column; None when the page has no such run."""
    s = s or text_settings().columns
    boxes = [b for b in ruled_boxes(rules, s) if b[2] - b[0] <= s.box_share * width]
    if not boxes:
        return None
    prose = [[w for w in r if not any(_inside(w, b) for b in boxes)] for r in rows]
    index = [k for k, r in enumerate(prose) if r]
    kept = [prose[k] for k in index]
    start = 0
    while start < len(kept):
        found = column_section(kept[start:], size, strips)
        if found is None:
            return None
        i, j, lo, hi = found
        i, j = i + start, j + start
        first, last = index[i], index[j - 1] + 1
        # A column that starts a line or two higher than the other (or with a box):
        # its first rows, on one side of the gutter just above the run, belong to it.
        while first > 0 and not _across(rows[first - 1], lo, hi) and \
                min(w.top for w in rows[first]) - max(w.bottom for w in rows[first - 1]) <= s.band_gap * size:
            first -= 1
        last = _grow_down(rows, first, last, lo, hi, boxes, s)
        # Rows on the left only above the right column's first line are read first either
        # way: they stay in the flow above (a session head's last short line).
        head = left_head(rows, first, last, lo, hi)
        first = head if head < last else first
        top = min(w.top for w in rows[first])
        bottom = max(w.bottom for w in rows[last - 1])
        within = [b for b in boxes if b[3] > top and b[1] < bottom]
        # A box's border may stand in the gutter (cells have padding), not across its middle.
        crossing = [b for b in within if b[0] < (lo + hi) / 2 < b[2]]
        if within and not crossing:
            return first, last, lo, hi
        start = j
    return None


def open_columns(rows: list[Row], rules: list[Rule], size: float, s: ColumnSettings | None = None
                 ) -> tuple[int, int, float, float] | None:
    """Rows [i, j) of two columns of prose (text/columns.py prose_columns), cut before a
    ruled box that crosses their gutter (a table across the page under the columns: its
    cells stay in their rows); None when none is left."""
    s = s or text_settings().columns
    found = prose_columns(rows, size)
    if found is None:
        return None
    i, j, lo, hi = found
    mid = (lo + hi) / 2
    across = [b for b in ruled_boxes(rules, s) if b[0] < mid < b[2]]
    for k in range(i, j):
        top, bottom = min(w.top for w in rows[k]), max(w.bottom for w in rows[k])
        if any(b[1] < bottom and top < b[3] for b in across):
            j = k
            break
    return (i, j, lo, hi) if j - i >= 2 * s.strip_lines else None


def _grow_down(rows: list[Row], first: int, last: int, lo: float, hi: float, boxes: list[Box],
               s: ColumnSettings) -> int:
    """The run [first, last) grown over the rows below it that go on a column: off the
    gutter, each side no farther below that side's last line (or the bottom of the
    box holding it) than a line's height. The prose-only view saw a blank where a
    box stood (a table ending a column, prose resuming under it) and cut there."""
    mid = (lo + hi) / 2
    ends: dict[bool, tuple[float, float]] = {}     # side -> (bottom, line height)

    def note(row: Row) -> None:
        for side in (True, False):
            words = [w for w in row if ((w.x0 + w.x1) / 2 < mid) == side]
            if words:
                bottom = max(max(w.bottom for w in words),
                             max((b[3] for b in boxes for w in words if _inside(w, b)), default=0.0))
                ends[side] = (bottom, max(w.bottom - w.top for w in words))

    for row in rows[first:last]:
        note(row)
    while last < len(rows) and not _across(rows[last], lo, hi):
        for side in (True, False):
            words = [w for w in rows[last] if ((w.x0 + w.x1) / 2 < mid) == side]
            if words and (side not in ends or
                          min(w.top for w in words) - ends[side][0] > s.tail_gap * ends[side][1]):
                return last
        note(rows[last])
        last += 1
    return last


def _across(row: Row, lo: float, hi: float) -> bool:
    """Does a word of the row cross the gutter's middle? (Rows above or below the run
    may reach a little further into the gutter than the run's own rows.)"""
    mid = (lo + hi) / 2
    return any(w.x0 < mid < w.x1 for w in row)


def split_rows(rows: list[Row], lo: float, hi: float) -> tuple[list[Row], list[Row]]:
    """Each row's words left and right of the gutter's middle (empty parts dropped)."""
    mid = (lo + hi) / 2
    lefts = [[w for w in r if (w.x0 + w.x1) / 2 <= mid] for r in rows]
    rights = [[w for w in r if (w.x0 + w.x1) / 2 > mid] for r in rows]
    return [r for r in lefts if r], [r for r in rights if r]


def split_rules(rules: list[Rule], lo: float, hi: float) -> tuple[list[Rule], list[Rule]]:
    """Rules left and right of the gutter's middle; a rule across it belongs to neither."""
    mid = (lo + hi) / 2
    return [r for r in rules if r[2] <= mid], [r for r in rules if r[0] >= mid]
