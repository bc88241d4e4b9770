"""Framed boxes beside the text: a prefecture stamp, a boxed note in a corner.

A stamp box ("Accusé de réception en préfecture / 062-...-DE / Date de
réception ...") drawn in the top-right corner shares its heights with the
heading on the left; read across, each heading line gets a stamp line glued
to it. A box is a block of its own: four rules closing a rectangle, no rule
inside it (one column, not a table), narrower than most of the page. Its
words are taken out of the page's rows before lines are read and come back
as one block of lines, placed after the lines that start above its bottom
(what is beside it or above it is read first, as its position says).
"""

from __future__ import annotations


from .model import Line, Word
from .settings import BoxSettings, text_settings

Rule = tuple[float, float, float, float]
Box = tuple[float, float, float, float]     # x0, top, x1, bottom
Row = list[Word]


def framed_boxes(rules: list[Rule], page_width: float, s: BoxSettings | None = None) -> list[Box]:
    """Rectangles closed by four rules with no vertical rule inside."""
    s = s or text_settings().boxes
    vertical = sorted((r for r in rules if r[2] - r[0] < s.thin and r[3] - r[1] >= s.min_size),
                      key=lambda r: r[0])
    horizontal = [r for r in rules if r[3] - r[1] < s.thin and r[2] - r[0] >= s.min_size]
    if len(vertical) < 2 or len(horizontal) < 2 or len(vertical) > 200:
        return []
    out: list[Box] = []
    for k, a in enumerate(vertical):
        for b in vertical[k + 1:]:
            x0, x1 = (a[0] + a[2]) / 2, (b[0] + b[2]) / 2
            if x1 - x0 > s.max_width * page_width:
                break
            if x1 - x0 < s.min_size or abs(a[1] - b[1]) > s.snap or abs(a[3] - b[3]) > s.snap:
                continue
            top, bottom = max(a[1], b[1]), min(a[3], b[3])
            if not (_edge(horizontal, x0, x1, top, s) and _edge(horizontal, x0, x1, bottom, s)):
                continue
            box = (x0, top, x1, bottom)
            if _alone(box, vertical, horizontal, s):
                out.append(box)
            break                                   # the nearest closing edge on the right
    return out


def _alone(box: Box, vertical: list[Rule], horizontal: list[Rule], s: BoxSettings) -> bool:
    """No rule inside the box and none going on from its edges: a cell or a
    column of a ruled table shares its borders with its neighbours."""
    x0, top, x1, bottom = box
    for v in vertical:
        x = (v[0] + v[2]) / 2
        if v[1] >= bottom + s.snap or v[3] <= top - s.snap or x < x0 - s.snap or x > x1 + s.snap:
            continue
        if _inset(x, x0, x1, v[1], v[3], top, bottom, s):
            continue                                # the edge of a shading inside the frame
        if x0 + s.snap < x < x1 - s.snap:
            return False                            # a column border inside
        if v[1] < top - s.snap or v[3] > bottom + s.snap:
            return False                            # the side goes on above or below
    for h in horizontal:
        y = (h[1] + h[3]) / 2
        if y < top - s.snap or y > bottom + s.snap or h[2] < x0 - s.snap or h[0] > x1 + s.snap:
            continue
        if _inset(y, top, bottom, h[0], h[2], x0, x1, s):
            continue
        if top + s.snap < y < bottom - s.snap:
            return False                            # a row border inside
        if h[0] < x0 - s.snap or h[2] > x1 + s.snap:
            return False                            # the top or bottom goes on sideways
    return True


def _inset(at: float, lo: float, hi: float, a: float, b: float, lo2: float, hi2: float, s: BoxSettings) -> bool:
    """A rule at ``at`` (across [lo, hi]) running from ``a`` to ``b`` (within [lo2, hi2]) just
    inside a side of the box: the outline of its shading (Word draws a paragraph's border a few
    points outside its background) or a double frame's inner line, not a border inside."""
    near = lo + s.snap < at <= lo + s.inset or hi - s.inset <= at < hi - s.snap
    return near and a >= lo2 - s.snap and b <= hi2 + s.snap


def _edge(horizontal: list[Rule], x0: float, x1: float, y: float, s: BoxSettings) -> bool:
    return any(abs((h[1] + h[3]) / 2 - y) <= s.snap and h[0] <= x0 + s.snap and h[2] >= x1 - s.snap
               for h in horizontal)


def _inside(w: Word, box: Box) -> bool:
    cx, cy = (w.x0 + w.x1) / 2, (w.top + w.bottom) / 2
    return box[0] < cx < box[2] and box[1] < cy < box[3]


def lift_boxes(rows: list[Row], boxes: list[Box]) -> tuple[list[Row], list[tuple[Box, list[Row]]]]:
    """Take the words inside the boxes out of the rows: (rows left, each box's rows)."""
    if not boxes:
        return rows, []
    kept: list[Row] = []
    inner: list[list[Row]] = [[] for _ in boxes]
    for row in rows:
        rest = row
        for k, box in enumerate(boxes):
            if rest and rest[0].top < box[3] and max(w.bottom for w in rest) > box[1]:
                mine = [w for w in rest if _inside(w, box)]
                if mine:
                    inner[k].append(mine)
                    rest = [w for w in rest if not _inside(w, box)]
        if rest:
            kept.append(rest)
    return kept, [(b, r) for b, r in zip(boxes, inner) if r]


def place_blocks(lines: list[Line], blocks: list[tuple[Box, list[Line]]]) -> list[Line]:
    """Insert each box's lines after the lines that start above its bottom."""
    for box, block in sorted(blocks, key=lambda b: b[0][1]):
        at = next((k for k, ln in enumerate(lines) if ln.top >= box[3]), len(lines))
        lines = lines[:at] + block + lines[at:]
    return lines
