"""Column gutters in a session header: the white strip between a label column and its
value column, or between a margin column and the body beside it.

A row's words are cut at wide gaps (a tab stop, a table's column), but a gap is not
always wide: a justified cell stretches its spaces ("Absents ayant voté par" |
"Madame X", the value column 12 pt away), and a margin column may end a few points
short of the body ("Nombre de membres" | "DELANNOY ; Mme …"). What tells the gutter is
the rows around: a strip that a run of consecutive rows leaves empty, with words on
both sides of it on several rows, the right side's rows starting at one x (a column's
left edge). Prose never keeps such a strip: its word spaces do not line up, and a
full-width row ends the run.

Works on plain boxes (x0, x1 per word) so that it depends on nothing of the header's
model; attendance.py cuts its segments at the strips found here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional
from .settings import GutterSettings, structure_settings

Strip = tuple[float, float]


@dataclass
class BoxRow:
    page: int
    height: float
    boxes: list[Strip]            # (x0, x1) of the row's words, left to right


def _gaps(row: BoxRow, min_width: float) -> list[Strip]:
    return [(a[1], b[0]) for a, b in zip(row.boxes, row.boxes[1:]) if b[0] - a[1] >= min_width]


def _free_part(row: BoxRow, lo: float, hi: float, s: GutterSettings) -> Optional[Strip]:
    """The part of [lo, hi] next to hi that no word of the row covers. The strip's right
    end is the value column's left edge, the anchor of the gutter: a word that intrudes
    (a label's last word stretched towards the value) narrows the strip from the left."""
    for x0, x1 in row.boxes:
        if x1 <= lo or x0 >= hi:
            continue
        if x0 >= hi - s.edge_tolerance:
            hi = x0                         # a row of the column starting a hair left of the others
        elif x1 >= hi:
            return None
        else:
            lo = max(lo, x1)
    return (lo, hi) if hi > lo else None


def _right_starts(rows: list[BoxRow], lo: float, hi: float) -> list[float]:
    """Left edge of the right side, on the rows that have words on both sides."""
    out = []
    for r in rows:
        left = any(x1 <= lo for _, x1 in r.boxes)
        right = [x0 for x0, _ in r.boxes if x0 >= hi]
        if left and right:
            out.append(min(right))
    return out


def _column_edge(starts: list[float], hi: float, s: GutterSettings) -> bool:
    """Do the right side's rows start at the strip's right end (the column's left edge)?
    A strip that only one row's words border is a gap of that row, however wide."""
    at_edge = sum(1 for x in starts if abs(x - hi) <= s.edge_tolerance)
    return at_edge >= s.min_rows and at_edge >= s.edge_share * len(starts)


def _justified(rows: list[BoxRow], lo: float, hi: float, s: GutterSettings) -> bool:
    """Rows of one justified paragraph, whose stretched spaces happen to line up (the same
    last word, "- Mme", ending each row at the margin): on both sides of the strip the rows
    end flush, the left side against the strip, the right side at the margin."""
    lefts, rights, height = [], [], 0.0
    for r in rows:
        left = [x1 for _, x1 in r.boxes if x1 <= lo]
        right = [x1 for x0, x1 in r.boxes if x0 >= hi]
        if left and right:
            lefts.append(max(left))
            rights.append(max(right))
            height = max(height, r.height)

    def flush(ends: list[float]) -> bool:
        top = max(ends)
        return sum(1 for e in ends if top - e <= 0.5 * height) * 3 >= 2 * len(ends)

    return bool(lefts) and flush(lefts) and flush(rights)


def find_gutters(rows: list[BoxRow], s: GutterSettings | None = None) -> list[list[Strip]]:
    """Per row, the gutter strips that cross it. Rows top-down (pages in order)."""
    s = s or structure_settings().gutters
    out: list[list[Strip]] = [[] for _ in rows]
    for i, row in enumerate(rows):
        for lo, hi in _gaps(row, s.min_gap * row.height):
            if any(a < hi and lo < b for a, b in out[i]):
                continue                    # already inside a gutter found above
            j, cur = i + 1, (lo, hi)
            while j < len(rows) and j - i < s.max_rows and rows[j].page == row.page:
                nxt = _free_part(rows[j], *cur, s)
                if nxt is None or nxt[1] - nxt[0] < s.min_strip * rows[j].height:
                    break
                cur = nxt
                j += 1
            starts = _right_starts(rows[i:j], *cur)
            if _column_edge(starts, cur[1], s) and not _justified(rows[i:j], *cur, s):
                # The run began where a row first had words on both sides; the rows above
                # that leave the whole strip free are beside it too (a margin block's first
                # line beside the body's last row above the gap).
                while i > 0 and rows[i - 1].page == row.page and _free_part(rows[i - 1], *cur, s) == cur:
                    i -= 1
                for k in range(i, j):
                    out[k].append(cur)
    return out
