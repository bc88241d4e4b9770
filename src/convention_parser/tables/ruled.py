"""Fully ruled tables: pdfplumber's grid algorithm on layer 1's ruling lines.

Layer 1 already extracted the ruling segments (``Page.rules``) with pdfium, so
the edges are built from them and fed to pdfplumber's edge -> intersection ->
cell -> table steps directly: no pdfminer page parse (which cost ~0.4 s a page).
pdfplumber gives the cell rectangles; we rebuild the grid lines from their
edges so that a merged cell (one rectangle over several grid cells) gets its
rowspan/colspan, and fill cells with layer 1's words (not pdfplumber's text)
so that the table and the prose share one reading of the page.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Callable, Iterable, Optional

from pdfplumber.table import cells_to_tables, edges_to_intersections, intersections_to_cells, merge_edges

from ..text.model import Page, Word
from ..text.rotated import stacked
from .grid import BBox, Grid, GridCell
from .header_alone import shaded_header
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


class _Centres:
    """A page's words indexed by the height of their centre, so that the words of
    each cell are found without testing every word of the page against every cell."""

    def __init__(self, words: list[Word]):
        self.words = words
        by_y = sorted(((w.top + w.bottom) / 2, i) for i, w in enumerate(words))
        self.ys = [y for y, _ in by_y]
        self.order = [i for _, i in by_y]

    def inside(self, box: BBox) -> list[Word]:
        """The words whose centre lies in ``box`` (edges included), in page order."""
        rows = self.order[bisect_left(self.ys, box[1]):bisect_right(self.ys, box[3])]
        return [self.words[i] for i in sorted(rows)
                if box[0] <= (self.words[i].x0 + self.words[i].x1) / 2 <= box[2]]


def page_words(page: Page) -> list[Word]:
    """The page's body words, with the bullet glyphs layer 1 stripped put back:
    inside a table a leading dash is cell text ("République\n- Cité 4 Sud"). A line
    layer 1 read as a table's cell gets its glyph back where it was printed: the dash of
    an empty cell opens the line of the cell after it when no strip parts the two
    columns (a group heading above spans both), a cell or more to the left of its words.
    Elsewhere the glyph goes right before the words: a list item's bullet at its tab stop
    would make a column of its own."""
    out: list[Word] = []
    for line in page.lines:
        if line.list_item and line.bullet and line.words and line.cell is not None and line.bullet_word:
            out.append(line.bullet_word)
        elif line.list_item and line.bullet and line.words:
            first = line.words[0]
            size = first.size or (first.bottom - first.top)
            width = 0.4 * size * len(line.bullet)
            x1 = first.x0 - 0.25 * size
            out.append(Word(line.bullet, x1 - width, first.top, x1, first.bottom,
                            size=first.size, bold=first.bold, italic=first.italic, font=first.font))
        out.extend(line.words)
    return out


def rule_edges(page: Page, min_length: float = 0.0, extra: Iterable[BBox] = ()) -> list[dict]:
    """Page.rules (and ``extra`` rules, e.g. dotted ones) as pdfplumber edge
    dicts. A rule is a hairline or a thin bar (Word's cell borders): its long
    side gives the orientation and the edge runs along its middle."""
    edges = []
    for x0, top, x1, bottom in list(page.rules) + list(extra):
        w, h = x1 - x0, bottom - top
        if max(w, h) < min_length:
            continue
        if w >= h:
            y = (top + bottom) / 2
            edges.append({"x0": x0, "x1": x1, "top": y, "bottom": y, "width": w, "height": 0.0,
                          "orientation": "h"})
        else:
            x = (x0 + x1) / 2
            edges.append({"x0": x, "x1": x, "top": top, "bottom": bottom, "width": 0.0, "height": h,
                          "orientation": "v"})
    return edges


def cell_groups(page: Page, settings: RuledSettings, extra: Iterable[BBox] = ()) -> list[list[BBox]]:
    """pdfplumber's table finder (strategy "lines") on the page's rules (and
    ``extra`` ones): the cell rectangles of each table found."""
    edges = rule_edges(page, settings.edge_min_length_prefilter, extra)
    if not any(e["orientation"] == "v" for e in edges) or not any(e["orientation"] == "h" for e in edges):
        return []  # a grid needs both: most pages only hold header/footnote rules
    edges = merge_edges(edges, snap_x_tolerance=settings.snap_tolerance,
                        snap_y_tolerance=settings.snap_tolerance,
                        join_x_tolerance=settings.join_tolerance,
                        join_y_tolerance=settings.join_tolerance)
    edges = [e for e in edges
             if (e["x1"] - e["x0"] if e["orientation"] == "h" else e["bottom"] - e["top"]) >= settings.edge_min_length]
    tol = settings.intersection_tolerance
    cells = intersections_to_cells(edges_to_intersections(edges, tol, tol))
    return [[tuple(c) for c in group] for group in cells_to_tables(cells)]  # type: ignore[misc]


def _edges(boxes: list[BBox], tol: float) -> tuple[float, float, list[float]]:
    """Left end, right end and inner column boundaries of some cells."""
    xs = _cluster([b[0] for b in boxes] + [b[2] for b in boxes], tol)
    return xs[0], xs[-1], xs[1:-1]


def split_stacked_tables(boxes: list[BBox], tol: float, min_rows_fewer: int = 3) -> list[list[BBox]]:
    """Two tables printed back to back (no paragraph between) touch, and the
    grid algorithm joins their cells. Cut where no cell crosses a row
    boundary and each part has a column boundary the other lacks, or their
    ends differ: a table's rows keep its columns (a merged header cell spans
    some of them, it does not move them)."""
    ys = _cluster([b[1] for b in boxes] + [b[3] for b in boxes], tol)
    for y in ys[1:-1]:
        if any(b[1] < y - tol and b[3] > y + tol for b in boxes):
            continue
        above = [b for b in boxes if b[3] <= y + tol]
        below = [b for b in boxes if b[1] >= y - tol]
        a0, a1, ai = _edges(above, tol)
        b0, b1, bi = _edges(below, tol)
        above_in_below = all(any(abs(x - z) <= tol for z in bi) for x in ai)
        below_in_above = all(any(abs(x - z) <= tol for z in ai) for x in bi)
        if (ai and bi and not above_in_below and not below_in_above) or abs(a0 - b0) > tol or abs(a1 - b1) > tol:
            return [above] + split_stacked_tables(below, tol, min_rows_fewer)
        # One part's columns a strict subset of the other's: several rows
        # that never use the missing boundaries are a table of their own
        # (a merged header or a "Total" label spans one or two rows).
        if above_in_below != below_in_above and min(_bands(above, tol), _bands(below, tol)) >= 2:
            fewer, more = (above, below) if above_in_below else (below, above)
            extra = [x for x in (bi if above_in_below else ai)
                     if not any(abs(x - z) <= tol for z in (ai if above_in_below else bi))]
            if _bands(fewer, tol) >= min_rows_fewer and _every_row_cut(more, extra, tol):
                return [above] + split_stacked_tables(below, tol, min_rows_fewer)
    return [boxes]


def _bands(boxes: list[BBox], tol: float) -> int:
    return len(_cluster([b[1] for b in boxes] + [b[3] for b in boxes], tol)) - 1


def _every_row_cut(boxes: list[BBox], xs: list[float], tol: float) -> bool:
    """Every row of these cells has a cell edge at each of xs: column rules
    of this table, not boundaries some other table's rows bring in."""
    ys = _cluster([b[1] for b in boxes] + [b[3] for b in boxes], tol)
    for y0, y1 in zip(ys, ys[1:]):
        row = [b for b in boxes if b[1] < y1 - tol and b[3] > y0 + tol]
        if not all(any(abs(b[0] - x) <= tol or abs(b[2] - x) <= tol for b in row) for x in xs):
            return False
    return True


def _covered(box, shades) -> bool:
    x0, top, x1, bottom = box
    cx, cy = (x0 + x1) / 2, (top + bottom) / 2
    return any(s[0] <= cx <= s[2] and s[1] <= cy <= s[3] for s in shades)


def _row_piece(cells: list[GridCell], n_cols: int, settings: RuledSettings) -> bool:
    """One boxed row whose cells are nearly all filled: a table's body row that a page break
    parted from its header (finder.one_row_pieces keeps it only under such a header)."""
    return len([c for c in cells if c.words]) >= max(settings.min_cols, settings.row_piece_filled_share * n_cols)


def _opens_page(page: Page, top: float) -> bool:
    """A boxed row with no line of the body above it: the rest of a row a page break cut,
    however few of its cells it fills ("Prés" under "Commune de Saint-Aubin-des-"); the
    finder joins it to the table ending the page before, or drops it."""
    return not any(ln.words and ln.bottom <= top + 1 for ln in page.lines)


def ruled_grids(page: Page, settings: RuledSettings,
                shades: Optional[Callable[[int], list[BBox]]] = None,
                extra: Iterable[BBox] = ()) -> list[Grid]:
    """Tables with vertical and horizontal rules on one page. ``shades(page
    number)`` gives the page's cell backgrounds; called only when a grid is
    found. ``extra``: rules layer 1 does not hold (dotted.py), as boxes."""
    try:
        found = cell_groups(page, settings, extra)
    except Exception:  # a malformed drawing must not sink the whole parse
        return []
    if not found:
        return []
    # Turned text counts only inside a cell (a vertical header); elsewhere it is no table's.
    words = _Centres(page_words(page) + page.rotated)
    shaded = shades(page.number) if shades is not None else []
    grids = []
    tol = settings.snap_tolerance
    for boxes in (part for group in found for part in split_stacked_tables(group, tol, settings.min_rows_fewer_columns)):
        if not boxes:
            continue
        xs = _cluster([b[0] for b in boxes] + [b[2] for b in boxes], tol)
        ys = _cluster([b[1] for b in boxes] + [b[3] for b in boxes], tol)
        n_rows, n_cols = len(ys) - 1, len(xs) - 1
        if n_cols < settings.min_cols or n_rows < min(settings.min_rows, settings.min_rows_shaded_header):
            continue
        cells = []
        for b in boxes:
            c0, c1 = _index(xs, b[0], tol), _index(xs, b[2], tol)
            r0, r1 = _index(ys, b[1], tol), _index(ys, b[3], tol)
            if c1 <= c0 or r1 <= r0:
                continue
            inside = stacked(words.inside(b))
            cells.append(GridCell(row=r0, col=c0, rowspan=r1 - r0, colspan=c1 - c0,
                                  words=inside, shaded=_covered(b, shaded)))
        if not any(c.words for c in cells):
            continue  # a drawn frame, not a table
        if n_rows < settings.min_rows and not shaded_header(cells) and not _row_piece(cells, n_cols, settings) \
                and not _opens_page(page, min(b[1] for b in boxes)):
            continue
        cells.sort(key=lambda c: (c.row, c.col))
        bbox = (min(b[0] for b in boxes), min(b[1] for b in boxes),
                max(b[2] for b in boxes), max(b[3] for b in boxes))
        grids.append(Grid(page=page.number, bbox=bbox, kind="ruled", xs=xs,
                          cells=cells, n_rows=n_rows, row_tops=ys[:-1]))
    return grids
