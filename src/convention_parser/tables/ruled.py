"""Fully ruled tables: pdfplumber's table finder on the page's ruling lines.

pdfplumber gives the cell rectangles; we rebuild the grid lines from their
edges so that a merged cell (one rectangle over several grid cells) gets its
rowspan/colspan, and fill cells with layer 1's words (not pdfplumber's text)
so that the table and the prose share one reading of the page.
"""

from __future__ import annotations

from typing import Any

from ..text.model import Page, Word
from .grid import Grid, GridCell
from .settings import RuledSettings


def _cluster(values: list[float], tol: float) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if out and v - out[-1] <= tol:
            continue
        out.append(v)
    return out


def _index(lines: list[float], v: float, tol: float) -> int:
    best = min(range(len(lines)), key=lambda i: abs(lines[i] - v))
    return best


def page_words(page: Page) -> list[Word]:
    """The page's body words, with the bullet glyphs layer 1 stripped put back:
    inside a table a leading dash is cell text ("République\n- Cité 4 Sud")."""
    out: list[Word] = []
    for line in page.lines:
        if line.list_item and line.bullet and line.words:
            first = line.words[0]
            size = first.size or (first.bottom - first.top)
            width = 0.4 * size * len(line.bullet)
            x1 = first.x0 - 0.25 * size
            out.append(Word(line.bullet, x1 - width, first.top, x1, first.bottom,
                            size=first.size, bold=first.bold, italic=first.italic, font=first.font))
        out.extend(line.words)
    return out


def _is_fill(rect: dict[str, Any]) -> bool:
    """A filled, non-white rectangle: cell shading (header rows)."""
    if not rect.get("fill"):
        return False
    color = rect.get("non_stroking_color")
    if color is None:
        return False
    if isinstance(color, (int, float)):
        color = (color,)
    try:
        vals = [float(c) for c in color]
    except (TypeError, ValueError):
        return True
    if len(vals) == 4:  # CMYK: white is all zeros
        return any(v > 0.02 for v in vals)
    return any(v < 0.98 for v in vals)


def shaded_boxes(pp) -> list[tuple[float, float, float, float]]:
    """Filled rectangles that are large enough to be cell backgrounds."""
    out = []
    for r in pp.rects:
        if _is_fill(r) and r["width"] > 6 and r["height"] > 4:
            out.append((r["x0"], r["top"], r["x1"], r["bottom"]))
    return out


def _covered(box, shades) -> bool:
    x0, top, x1, bottom = box
    cx, cy = (x0 + x1) / 2, (top + bottom) / 2
    return any(s[0] <= cx <= s[2] and s[1] <= cy <= s[3] for s in shades)


def ruled_grids(pp, page: Page, settings: RuledSettings) -> list[Grid]:
    """Tables with vertical and horizontal rules on one pdfplumber page."""
    try:
        found = pp.find_tables(settings.pdfplumber())
    except Exception:  # a malformed drawing must not sink the whole parse
        return []
    words = page_words(page)
    shades = shaded_boxes(pp)
    grids = []
    tol = settings.snap_tolerance
    for t in found:
        boxes = [tuple(c) for c in t.cells]
        if not boxes:
            continue
        xs = _cluster([b[0] for b in boxes] + [b[2] for b in boxes], tol)
        ys = _cluster([b[1] for b in boxes] + [b[3] for b in boxes], tol)
        n_rows, n_cols = len(ys) - 1, len(xs) - 1
        if n_rows < settings.min_rows or n_cols < settings.min_cols:
            continue
        cells = []
        for b in boxes:
            c0, c1 = _index(xs, b[0], tol), _index(xs, b[2], tol)
            r0, r1 = _index(ys, b[1], tol), _index(ys, b[3], tol)
            if c1 <= c0 or r1 <= r0:
                continue
            inside = [w for w in words
                      if b[0] <= (w.x0 + w.x1) / 2 <= b[2] and b[1] <= (w.top + w.bottom) / 2 <= b[3]]
            cells.append(GridCell(row=r0, col=c0, rowspan=r1 - r0, colspan=c1 - c0,
                                  words=inside, shaded=_covered(b, shades)))
        if not any(c.words for c in cells):
            continue  # a drawn frame, not a table
        cells.sort(key=lambda c: (c.row, c.col))
        grids.append(Grid(page=page.number, bbox=tuple(t.bbox), kind="ruled", xs=xs,
                          cells=cells, n_rows=n_rows, row_tops=ys[:-1]))
    return grids
