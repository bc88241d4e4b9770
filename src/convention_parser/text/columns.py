"""Reading order: split rows at column gutters and read column by column.

A gutter is a vertical strip left empty by a run of consecutive rows, with
prose on both sides. A row whose words cross the strip (a full-width title or
paragraph) ends the run, so the flow restarts below it. Table rows also leave
empty strips, but their cells are short: the prose test (most rows fill their
side of the strip, words rather than figures) keeps tables read row by row.
Tables of three or more columns are taken out before, by text/unruled.py.
"""

from __future__ import annotations

from .model import Word

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


def _find_section(rows: list[Row], size: float) -> tuple[int, int, float, float] | None:
    """First run of rows [i, j) sharing a gutter (lo, hi) with prose both sides."""
    min_gap = 1.0 * size
    for i, row in enumerate(rows):
        for lo, hi in _gaps(row, min_gap):
            j, cur = i + 1, (lo, hi)
            while j < len(rows):
                nxt = _free_around(rows[j], *cur)
                if nxt is None or nxt[1] - nxt[0] < 0.6 * size:
                    break
                cur = nxt
                j += 1
            if j - i < 3:
                continue
            lefts, rights = zip(*(_split(r, *cur) for r in rows[i:j]))
            both = sum(1 for a, b in zip(lefts, rights) if a and b)
            if both >= 3 and _prose_side(list(lefts), cur[0], True) and _prose_side(list(rights), cur[1], False):
                return i, j, cur[0], cur[1]
    return None


def reading_order(rows: list[Row], size: float, depth: int = 0) -> list[Row]:
    """Rows (sorted top-down, words by x) -> lines in reading order."""
    if depth > 3 or len(rows) < 3:
        return [r for r in rows if r]
    found = _find_section(rows, size)
    if found is None:
        return [r for r in rows if r]
    i, j, lo, hi = found
    lefts, rights = zip(*(_split(r, lo, hi) for r in rows[i:j]))
    out = [r for r in rows[:i] if r]
    out += reading_order([r for r in lefts if r], size, depth + 1)
    out += reading_order([r for r in rights if r], size, depth + 1)
    out += reading_order(rows[j:], size, depth)
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
