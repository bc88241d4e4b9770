"""Find tables in a Document: the table stage of the pipeline.

Per page: ruled tables (pdfplumber's grid algorithm on layer 1's ruling lines), then tables
without vertical rules among the remaining words (aligned.py). Then, across
pages: a table at the foot of a page continued at the top of the next one
with the same columns is one table (its repeated header dropped). Each table
gets a header, a title, typed totals checked, and its lines marked.
"""

from __future__ import annotations

import re

from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Optional

from ..french.text import fold
from ..records import Table
from ..text.footnotes import opens_note
from .note_sizes import prose_body_size
from .furniture_rows import rows_from_furniture
from ..text.model import Document, Line, Page
from .aligned import aligned_grids, body_size, merge_complementary_columns, visual_lines
from .captions import Caption, Placed, caption_lines, captions
from .column_frame import with_column_framed_rows
from .column_rules import column_ruled_grids
from .dashed_first import dashed_over_readings
from .dotted import DottedRules
from .grid import BBox, Grid, GridCell
from .first_part_columns import with_first_parts_recolumned
from .foot_header import foot_header, foot_part
from .foot_paragraphs import with_foot_paragraphs
from .empty_columns import without_empty_columns
from .header_again import header_again
from .header_spread import spread_upper_labels
from .header_variants import same_header_but_marks
from .group_rows import opens_on_group_row
from .header import header_rows, numberish
from .key_line import key_line_grids
from .header_alone import group_line, leading_group_lines, leading_row_lines
from .last_row import with_last_rows, framed_by_columns
from .marked_parts import continues, marked
from .orphan_head import repeated_header_alone, rows_in_boxes
from .page_break import (document_vocabulary, header_lines, header_printed_alone, header_with_rest, is_rest_of_header,
                         is_rest_of_row, join_cell)
from .keyed import group_keyed_rows
from .contents import is_contents_table
from .layout import is_layout_grid
from .table_notes import notes_under, set_smaller, split_table_notes
from .prose_grids import prose_beside_labels, running_prose, spread_letters
from .notes_overleaf import notes_overleaf
from .prose_top import without_prose_top
from .ruled import page_words, ruled_grids
from .leading import with_document_leading
from .settings import AlignedSettings, ContinuationSettings, TableSettings
from .shading import Shades
from .side_tables import split_side_by_side
from .spanning_cells import split_spanning_cells
from .stacked import stacked_grids, with_white_rows, without_foreign_band
from .totals import check_totals
from .turned_cells import with_turned_words


@dataclass
class _Found:
    """A table being assembled: its grids (one per page) and rows so far."""
    grids: list[Grid]
    header: list[list[str]]
    rows: list[list[str]]
    merged: list[list[int]] = field(default_factory=list)
    title: str = ""
    row_pages: list[int] = field(default_factory=list)
    extra_lines: list[Line] = field(default_factory=list)  # rows found outside the grids
    caption: Optional[Caption] = None
    # The last grid joined held the header printed again and nothing else
    # (a header boxed or shaded apart from the rows under it).
    header_part: Optional[Grid] = None


def _inside(line: Line, bbox: BBox, tol: float = 1.5) -> bool:
    cx, cy = (line.x0 + line.x1) / 2, (line.top + line.bottom) / 2
    return bbox[0] - tol <= cx <= bbox[2] + tol and bbox[1] - tol <= cy <= bbox[3] + tol


def _words_outside(page: Page, boxes: list[BBox]):
    return [w for w in page_words(page)
            if not any(b[0] - 1 <= (w.x0 + w.x1) / 2 <= b[2] + 1 and b[1] - 1 <= (w.top + w.bottom) / 2 <= b[3] + 1
                       for b in boxes)]


def _hrules(page: Page) -> list[BBox]:
    """Horizontal ruling segments of the page (layer 1's Page.rules)."""
    return [tuple(r) for r in page.rules if r[2] - r[0] > 20 and r[3] - r[1] < 2]  # type: ignore[misc]


def _empty_band_floor(page: Page, g: Grid, until: float, settings: TableSettings) -> float:
    """Where what follows ``g`` (a header alone) is measured from: the lowest
    rule across g's width between g and the first word below (above
    ``until``) when such a rule closes an empty band: the rest of a row a
    page break cut, its words on the page before (a group row's), printed
    under the header the next page repeats. g's bottom when there is none."""
    x0, top, x1, bottom = g.bbox
    width = x1 - x0
    below = [w.top for w in page_words(page) if w.top >= bottom - 1 and w.x1 >= x0 and w.x0 <= x1]
    limit = min(below + [until])
    ys = [r[1] for r in _hrules(page) if bottom + 1 < r[1] <= limit + 1
          and min(r[2], x1) - max(r[0], x0) >= settings.continuation.band_rule_cover * width]
    return max(ys, default=bottom)


def _missing_rules(page: Page, extra: list[BBox]) -> list[BBox]:
    """Horizontal rules read by dotted.py that layer 1 does not hold already."""
    have = _hrules(page)
    out = []
    for r in extra:
        if r[2] - r[0] <= 20 or r[3] - r[1] >= 2:
            continue
        y = (r[1] + r[3]) / 2
        if any(abs((h[1] + h[3]) / 2 - y) <= 1.0 and min(h[2], r[2]) - max(h[0], r[0]) >= 0.8 * (r[2] - r[0])
               for h in have):
            continue
        out.append(r)
    return out


def page_grids(page: Page, settings: TableSettings, shades: Optional[Shades] = None,
               dotted: Optional[DottedRules] = None, body: float = 0.0) -> list[Grid]:
    """The page's tables as grids; ``body``: the document's body type size (aligned.body_size)."""
    # (a box holding rows of cells: a table ruled around its outside only, or zebra bands in a frame)
    grids = [split_spanning_cells(g, settings.aligned) for g in ruled_grids(page, settings.ruled, shades)]
    # A header shaded alone (one row) is held back: the other readers see its
    # words as before, and it is used only where no table took them.
    # A boxed row alone (no shaded header) waits for the foot-header pass, after every reader.
    pieces = [g for g in grids if _row_piece(g, settings)]
    alone = [g for g in grids if g.n_rows < settings.ruled.min_rows and not _row_piece(g, settings)]
    grids = [g for g in grids if g.n_rows >= settings.ruled.min_rows]
    words = _words_outside(page, [g.bbox for g in grids])
    # Tables ruled by their columns only: the rules give columns and extent. Their columns
    # are drawn, so no whitespace reading merges them (they join the grids after that step).
    by_columns = [g for g in column_ruled_grids(page, words, _hrules(page), settings.column_rules, settings.aligned)
                  if not any(_overlap(g.bbox, r.bbox) for r in grids)
                  and not running_prose(g, settings) and not across_prose_columns(g, settings.aligned)]
    if by_columns:
        grids = grids + by_columns
        words = _words_outside(page, [g.bbox for g in grids])
    # Rules inside a ruled grid are its own; one on its edge may also bound
    # a table below it (the shaded header of a table ruled in rows only).
    hrules = _outside_grids(_hrules(page), grids)
    stacked = stacked_grids(page.number, words, hrules, settings.aligned, settings.stacked)
    if stacked and dotted:
        # Dotted column rules draw the columns: the dotted path reads them.
        thin = settings.dotted.max_thickness
        cols = [r for r in dotted(page.number) if r[2] - r[0] <= thin and r[3] - r[1] > thin]
        stacked = [g for g in stacked if not any(_overlap(_grown(r), g.bbox) for r in cols)]
    if stacked:
        # A heading set as a shaded band of its own edges under a zebra table is no row of it.
        stacked = [without_foreign_band(g, alone + pieces, settings.stacked.extent_tol) for g in stacked]
        _shade_cells(stacked, shades(page.number) if shades else [])
        # A header boxed alone over an unruled body: aligned.py reads the whole table.
        stacked = [g for g in stacked if not (_header_only(g) and _rows_right_below(g, words, settings, body))]
        # A zebra table's white first or last row, outside its shaded bands: a row of it.
        # (a band of its own, a heading band under the table, holds no row's line)
        free = visual_lines(_words_outside(page, [g.bbox for g in grids + stacked + alone + pieces]),
                            settings.aligned)
        gap = settings.continuation.row_under_band_gap_em * (body or 10.0)
        stacked = [with_white_rows(g, free, gap, settings.continuation.row_pad_tol,
                                   settings.aligned.max_wrap_leading_em) for g in stacked]
        grids += stacked
        words = _words_outside(page, [g.bbox for g in grids])
    if dotted and (by_columns or stacked):
        # A table ruled dashed on every cell that the column-rule or band readers took in part
        # (its solid pieces, a shaded header's edges): the dashed grid reads it whole.
        found = by_columns + stacked
        solid = [g for g in grids if not any(g is f for f in found)]
        by_dashes, kept = dashed_over_readings(page, settings, shades, dotted(page.number), solid, found)
        if by_dashes:
            by_columns = [g for g in by_columns if any(g is k for k in kept)]
            grids = [g for g in grids if not any(g is f for f in found) or any(g is k for k in kept)] + by_dashes
            words = _words_outside(page, [g.bbox for g in grids])
    # Dotted rules are read only for pages where a table without vertical rules is a candidate.
    more = (lambda: _missing_rules(page, dotted(page.number))) if dotted else None
    aligned = aligned_grids(page.number, words, _outside_grids(_hrules(page), grids), settings.aligned, more, body)
    # (unruled tables set side by side, read as one grid: parted)
    aligned = [t for a in aligned for t in split_side_by_side(a, settings.aligned)]
    if aligned and dotted:
        # Only the grids dotted rules draw replace what whitespace found (a
        # body touching the ruled header above it stays).
        by_dots = _dotted_grids(page, settings, shades, dotted(page.number), grids, aligned)
        grids += by_dots
        aligned = [a for a in aligned if not any(_overlap(a.bbox, g.bbox) for g in by_dots)]
    page_rules = _hrules(page)
    grids += [a for a in aligned if _rows_of_cells(a) >= settings.aligned.min_rows_of_cells
              and not prose_beside_labels(a, page_rules, settings)
              and not running_prose(a, settings) and not across_prose_columns(a, settings.aligned)
              and not spread_letters(a, settings)]
    grids = [g if g.kind == "ruled" or any(g is c for c in by_columns) else merge_complementary_columns(g, settings.aligned)
             for g in grids]
    grids = [_under_header(g, alone, settings) for g in grids]
    # Zebra rows between column rules: the white rows above and below the bands are the grid's.
    if any(g.kind == "ruled" for g in grids):
        framing = list(page.rules) + (list(dotted(page.number)) if dotted else [])
        grids = with_column_framed_rows(grids, framing, _words_outside(page, [g.bbox for g in grids]),
                                        settings.column_rules, settings.aligned)
    grids += [h for h in alone + pieces if not any(_overlap(h.bbox, g.bbox) for g in grids)]
    # A header kept alone goes before the body whose top a rule of the header's box set.
    grids.sort(key=lambda g: g.bbox[1] - (settings.ruled.snap_tolerance
                                          if g.kind == "ruled" and g.n_rows < settings.ruled.min_rows else 0.0))
    # An empty cell of a table without rules may hold vertical text (a turned column head).
    grids = _with_shaded_headers(page, grids, settings)
    if not page.rotated:
        return grids
    backgrounds = shades(page.number) if shades else []
    return [with_turned_words(g, page.rotated, backgrounds) for g in grids]


def _under_header(g: Grid, alone: list[Grid], settings: TableSettings) -> Grid:
    """A table found by whitespace that took a shaded header's words in
    fewer columns than the shading draws (figures set right under headings
    set left fill the gutters): its lines below the header alone, for the
    header to take them in its own columns (_with_shaded_headers)."""
    from .aligned import grid_for

    if g.kind == "ruled" or g.source is None:
        return g
    for h in alone:
        if not _overlap(h.bbox, g.bbox) or g.n_cols >= h.n_cols:
            continue
        region, rules = g.source  # type: ignore[misc]
        rest = [l for l in region if l.top >= h.bbox[3] - 1]
        if not rest or len(rest) == len(region):
            continue
        bbox = (min(l.x0 for l in rest), min(l.top for l in rest), max(l.x1 for l in rest), max(l.bottom for l in rest))
        return grid_for(g.page, rest, list(h.xs), rules, g.kind, bbox, settings.aligned)
    return g


def _outside_grids(rules: list[BBox], grids: list[Grid]) -> list[BBox]:
    """The rules not inside a ruled grid: those inside are its own (the
    edges of a shaded header's cells must not pull a table found by
    whitespace below it up into the header)."""
    return [r for r in rules if not any(_overlap(_grown(r), _grown(g.bbox, -1.5)) for g in grids)]


def _with_shaded_headers(page: Page, grids: list[Grid], settings: TableSettings) -> list[Grid]:
    """A table without rules whose header cells are shaded: the shading's
    edges make a small "ruled" grid of the header alone, every cell shaded,
    right above the body found by whitespace. One table: the body is set in
    the header's columns (the cell backgrounds are the columns' extents)."""
    from .aligned import grid_for, visual_lines

    out: list[Grid] = []
    lines: Optional[list] = None
    for g in grids:
        h = out[-1] if out else None
        groups: Optional[list] = []
        # (a header of two levels is as much a header alone as one of one row)
        if h is not None and h.kind == "ruled" and g.kind != "ruled" and (
                h.n_rows < settings.ruled.min_rows or _header_only(h) and h.n_rows <= settings.header.max_header_rows):
            if lines is None:
                lines = visual_lines(_words_outside(page, [x.bbox for x in grids]), settings.aligned)
            groups = leading_group_lines(lines + _left_out(page, g, grids, settings), h.bbox[3], _region_top(g),
                                         h.xs, settings.aligned, settings.continuation.max_group_lines)
        rows_above: Optional[list] = None
        if groups is None and g.kind == "hrules" and g.source is not None and not _own_header(g, settings):
            # Zebra shading: the body's first row (or the rest of a row a page break cut) left
            # white between the header and the first shaded band is a row of the body.
            size = max((w.size for c in h.cells for w in c.words), default=10.0)  # type: ignore[union-attr]
            rows_above = leading_row_lines(lines + _left_out(page, g, grids, settings), h.bbox[3],  # type: ignore[operator, union-attr]
                                           g.bbox[1], h.xs, settings.continuation.row_under_band_gap_em * size)  # type: ignore[union-attr]
            groups = [] if rows_above else None
        first_top = min([l.top for l in groups or rows_above or []] + [g.bbox[1]])
        if groups and _own_header(g, settings):
            # Lines between the band and a body opening on a header of its own: the band is a
            # heading set as a shaded band, the lines a sentence, the body another table
            # (read from its header down: a sentence's last line above it is prose).
            out.append(_from_own_header(g, settings))
            continue
        if (h is None or h.kind != "ruled" or g.kind == "ruled" or g.source is None or groups is None
                or not all(c.shaded for c in h.cells if c.words)
                or first_top - _empty_band_floor(page, h, first_top, settings) > settings.continuation.group_gap_em * 10.0
                or not _under_columns(g, h)):
            out.append(g)
            continue
        region, rules = g.source  # type: ignore[misc]
        if any(l.x0 < h.xs[0] - 2 or l.x1 > h.xs[-1] + 2 for l in region):
            out.append(g)
            continue
        if groups:      # group rows opening the body, under a header shaded alone
            region = groups + list(region)
        if rows_above:  # a white row opening a banded body: the header's bottom bounds it
            region = rows_above + list(region)
            rules = [(h.xs[0], h.bbox[3], h.xs[-1], h.bbox[3])] + list(rules)
        body = grid_for(g.page, region, list(h.xs), rules, g.kind, g.bbox, settings.aligned)
        cells = list(h.cells) + [GridCell(row=c.row + h.n_rows, col=c.col, rowspan=c.rowspan,
                                          colspan=c.colspan, words=c.words) for c in body.cells]
        bbox = (min(h.bbox[0], g.bbox[0]), h.bbox[1], max(h.bbox[2], g.bbox[2]), g.bbox[3])
        out[-1] = Grid(page=g.page, bbox=bbox, kind=g.kind, xs=list(h.xs), cells=cells,
                       n_rows=h.n_rows + body.n_rows, row_tops=h.row_tops + body.row_tops)
    return out


def _own_header(g: Grid, settings: TableSettings) -> bool:
    """The grid's first row of several cells (a sentence's short last line above it is one
    cell) reads as a header: bold, no figure."""
    from .header import figure

    rows = ([c for c in g.row_cells(r) if c.words] for r in range(g.n_rows))
    filled = next((cells for cells in rows if len(cells) >= 2), [])
    return (len(filled) >= settings.aligned.header_again_cells and all(c.bold for c in filled)
            and not any(figure(c.text) for c in filled))


def _from_own_header(g: Grid, settings: TableSettings) -> Grid:
    """A grid found by whitespace read again from its first row of several cells (its header),
    the one-cell lines above it (a sentence's last line) left to the text."""
    from .aligned import grid_for

    if g.source is None:
        return g
    first = next((r for r in range(g.n_rows) if sum(1 for c in g.row_cells(r) if c.words) >= 2), 0)
    if first == 0 or len(g.row_tops) <= first:
        return g
    region, rules = g.source  # type: ignore[misc]
    top = g.row_tops[first]
    rest = [l for l in region if l.top >= top - 1.0]
    if not rest or len(rest) == len(region):
        return g
    inner = [r for r in rules if r[1] >= top - 2.0 or r[3] >= top - 2.0]
    bbox = (g.bbox[0], min(l.top for l in rest), g.bbox[2], g.bbox[3])
    return grid_for(g.page, rest, list(g.xs), inner, g.kind, bbox, settings.aligned)


def _region_top(g: Grid) -> float:
    """The top of the first line a grid found by whitespace read (its box may
    reach up to a rule above it: the bottom edge of a header's shading)."""
    return min((l.top for l in g.source[0]), default=g.bbox[1]) if g.source else g.bbox[1]  # type: ignore[index]


def _left_out(page: Page, g: Grid, grids: list[Grid], settings: TableSettings) -> list:
    """The lines inside a whitespace grid's box above the first line it read: the box
    reached up to the rule under a header shaded alone, the lines between (a group row
    opening the body, one cell that crosses the body's gutters) in no grid's cells."""
    from .aligned import visual_lines

    top = _region_top(g)
    if top <= g.bbox[1] + 1.0:
        return []
    words = [w for w in _words_outside(page, [x.bbox for x in grids if x is not g])
             if g.bbox[1] - 1.0 <= w.top and w.bottom <= top + 1.0]
    return visual_lines(words, settings.aligned) if words else []


def _under_columns(body: Grid, header: Grid) -> bool:
    """The body starts in the header's first column and reaches its last
    (values narrower than their shaded cells leave the body narrower)."""
    xs = header.xs
    return xs[0] - 2 <= body.bbox[0] < xs[1] and body.bbox[2] > xs[-2] and body.bbox[2] <= xs[-1] + 2




def _rows_of_cells(g: Grid) -> int:
    """Rows with two filled cells or more. Text set with a hanging label (a
    name in the margin beside a paragraph, an agenda item's number) makes
    one such row per block; a table has several."""
    return sum(1 for r in range(g.n_rows) if sum(1 for c in g.row_cells(r) if c.words) >= 2)






def _digit_share(cell: GridCell) -> float:
    chars = "".join(w.text for w in cell.words)
    return sum(ch.isdigit() for ch in chars) / max(1, len(chars))


def across_prose_columns(g: Grid, s: AlignedSettings) -> bool:
    """Does the grid hold words of two columns of prose layer 1 read apart (Word.column),
    each of its columns lines of prose? Then its "columns" are the page's, and its rows
    lines of each beside the other's. A table whose gaps layer 1 took for a gutter keeps
    a column of short cells (labels, figures): it stays a table."""
    filled = [c for c in g.cells if c.words]
    if len({w.column for c in filled for w in c.words if w.column}) < 2:
        return False
    by_column: dict[int, list[GridCell]] = {}
    for c in filled:
        by_column.setdefault(c.col, []).append(c)
    return all(sum(1 for c in cells if _prose_line(c, s)) >= s.prose_line_share * len(cells)
               for cells in by_column.values())


def _prose_line(cell: GridCell, s: AlignedSettings) -> bool:
    """A line of prose: a few words, mostly letters, not opening on a figure (a table's
    quantity cell does: "406 LLS", "20 logements (14 PLUS …)"); a heading opening on its
    section number ("2.1 La vocation du quartier", boxed atop a column) is no figure."""
    first = cell.words[0].text if cell.words else ""
    return (len(cell.words) >= s.prose_line_words
            and (not first[:1].isdigit() or _SECTION_NUMBER.match(first) is not None)
            and _digit_share(cell) < s.prose_line_max_digits)


# A section number: digits joined by dots or hyphens ("2.1", "4.1.2", "4-1"), maybe closed as an
# outline label ("2.1)", "4-1)"); French figures group by spaces and take a decimal comma.
_SECTION_NUMBER = re.compile(r"^\d{1,2}(?:[.\-]\d{1,2})+[.)]?$")


def _grown(r: BBox, d: float = 1.0) -> BBox:
    return (r[0] - d, r[1] - d, r[2] + d, r[3] + d)


def _shade_cells(grids: list[Grid], shaded: list[BBox]) -> None:
    """Mark the cells of grids built from words whose centre sits on a cell background."""
    for g in grids:
        for c in g.cells:
            if c.words:
                x = sum((w.x0 + w.x1) / 2 for w in c.words) / len(c.words)
                y = sum((w.top + w.bottom) / 2 for w in c.words) / len(c.words)
                c.shaded = any(s[0] <= x <= s[2] and s[1] <= y <= s[3] for s in shaded)


def _overlap(a: BBox, b: BBox) -> bool:
    return min(a[2], b[2]) > max(a[0], b[0]) and min(a[3], b[3]) > max(a[1], b[1])


def _dotted_grids(page: Page, settings: TableSettings, shades: Optional[Shades], dotted: list[BBox],
                  ruled: list[Grid], aligned: list[Grid]) -> list[Grid]:
    """Ruled grids that dotted column rules make of tables found without
    vertical rules: the columns are where the dots are, not where the
    whitespace suggests (cells of tight columns come closer than a gutter)."""
    thin = settings.dotted.max_thickness
    if not any(r[2] - r[0] <= thin and r[3] - r[1] > thin for r in dotted):
        return []
    # A grid of fewer rows than a table (a shaded header boxed alone, its
    # box read with the dots) never replaces the table found below it.
    return [split_spanning_cells(g, settings.aligned) for g in ruled_grids(page, settings.ruled, shades, dotted)
            if g.n_rows >= settings.ruled.min_rows
            and not any(_overlap(g.bbox, r.bbox) for r in ruled) and any(_overlap(g.bbox, a.bbox) for a in aligned)]


def _all_grids(path: str, doc: Document, settings: TableSettings) -> list[Grid]:
    shades = Shades(path, settings.ruled)
    dotted = DottedRules(path, settings.dotted)
    try:
        rows_from_furniture(doc, settings.furniture_rows)
        body = body_size([w for page in doc.pages for line in page.lines for w in line.words])
        settings = with_document_leading(doc, body, settings)
        grids = [without_empty_columns(without_prose_top(g, settings.prose_top), settings.empty_columns)
                 for page in doc.pages for g in page_grids(page, settings, shades, dotted, body)]
        pieces = [g for g in grids if _row_piece(g, settings)]
        grids = [g for g in grids if not _row_piece(g, settings)]
        grids = _with_orphan_rows(doc, _with_foot_rows(doc, grids, settings), settings)
        grids = _with_foot_headers(doc, grids, settings, pieces)
        grids = _with_row_rests(doc, grids, settings, pieces)
        grids = _with_key_lines(doc, grids, settings)
        grids = _with_last_rows(doc, grids, settings)
        # A shaded header kept alone (header_alone.shaded_header) that no body joined is no table;
        # a boxed row alone is one only under such a header (_with_foot_headers took it).
        return [g for g in grids if g.header_rows or g.continues
                or not (g.kind == "ruled" and g.n_rows < settings.ruled.min_rows)]
    finally:
        shades.close()
        dotted.close()


def _with_orphan_rows(doc: Document, grids: list[Grid], settings: TableSettings) -> list[Grid]:
    """Add a grid for the last rows of an unruled table pushed to the top of
    the next page (too few lines to be a table of their own): the lines
    that open page p+1, each with two cells or more, every cell inside one
    column of the table that ends page p with nothing below it. Built with
    that table's columns, the grid then continues it like any other part."""
    from .aligned import build_grid, col_range, chunk_span, grid_for, visual_lines

    by_page: dict[int, list[Grid]] = {}
    for g in grids:
        by_page.setdefault(g.page, []).append(g)
    pages = {p.number: p for p in doc.pages}
    out = list(grids)
    for number, page in pages.items():
        prev = by_page.get(number - 1)
        # An unruled body (found by whitespace, maybe under a shaded header joined to it),
        # or a ruled one whose last row the break pushed over boxed alone (checked below).
        if not prev:
            continue
        a = prev[-1]
        notes = _footnotes_top(pages[number - 1], a.bbox[3], settings.continuation)
        below = sorted((l for l in _free_lines(pages[number - 1], prev) if a.bbox[3] - 1 <= l.top < notes),
                       key=lambda l: l.top)
        # The last row's cell going on in paragraphs of its own under the grid: they join it.
        paragraphs = with_foot_paragraphs(a, below, max((l.x1 for l in pages[number - 1].lines if l.words),
                                                        default=a.xs[-1]), settings) if below else None
        if paragraphs is None and len(below) > settings.continuation.max_prose_lines_between \
                and not _group_lines_below(a, below, settings.continuation):
            continue
        mine = by_page.get(number, [])
        first_top = min((g.bbox[1] for g in mine), default=page.height)
        words = [w for w in _words_outside(page, [g.bbox for g in mine]) if w.bottom <= first_top]
        # The header printed again atop the page, boxed or shaded apart (a grid of its own):
        # the orphan rows are the lines under it, down to the next grid.
        head = repeated_header_alone(mine, a, words)
        if head is not None:
            until = min((g.bbox[1] for g in mine if g.bbox[1] > head.bbox[3] - 1), default=page.height)
            words = [w for w in _words_outside(page, [g.bbox for g in mine])
                     if w.top >= head.bbox[3] - 1 and w.bottom <= until + 1]
        lines = sorted(visual_lines(words, settings.aligned), key=lambda l: l.top)
        xs = a.xs
        taken = []
        # The rest of the last row above may open the page alone (a cell
        # wrapped past the page foot, "SEM d'aménagem" / "ent"): a line of one
        # cell inside one column, right above the rows.
        # In a table whose rows all fill their label, such a line leaving the
        # label column empty is a rest whatever it opens on ("Construction d'une").
        labelled = _labels_every_grid_row(a, settings)
        limit = settings.continuation.max_rest_cell_lines if labelled else settings.continuation.max_rest_lines
        # (an unruled table's last column may run to the text's right margin: prose above)
        margin = max((l.x1 for l in pages[number - 1].lines if l.words), default=xs[-1]) \
            if a.kind == "aligned" else xs[-1]
        rest = 0
        while rest < min(len(lines) - 1, limit) and len(lines[rest].chunks) == 1 \
                and _inside_one(lines[rest], xs, margin) and (lines[rest].words[0].text[:1].islower()
                                                      or (labelled and not _in_label_column(lines[rest], xs))):
            rest += 1
        if not rest:
            # ... or a label's next paragraphs, more lines than a group row holds.
            while rest < min(len(lines) - 1, settings.continuation.max_rest_cell_lines) \
                    and len(lines[rest].chunks) == 1 and _inside_one(lines[rest], xs, margin) \
                    and _in_label_column(lines[rest], xs):
                rest += 1
            if rest < settings.continuation.rest_label_min_lines:
                rest = 0
        if a.kind != "aligned" and not (rest and len(lines[rest].chunks) >= 2):
            # ... or, ruled, lines of one cell each boxed by rules across the table right above
            # rows (the rest of a label the break cut, "Suroît, Zéphyr", then a Total; a cell's
            # paragraphs, however many): a row's piece, whatever it opens on.
            k = 0
            while k < len(lines) - 1 and len(lines[k].chunks) == 1 and _inside_one(lines[k], xs, margin):
                k += 1
            if k and len(lines[k].chunks) >= 2 and _boxed_across(page, lines[:k], a, settings):
                rest = k
        if rest and len(lines[rest].chunks) >= 2:
            taken = lines[:rest]
        for l in lines[len(taken):]:
            cols = [col_range(chunk_span(ch), xs) for ch in l.chunks]
            # A line of one cell right under a taken row, at a wrap's leading: that cell wrapped.
            wrapped = bool(taken) and len(cols) == 1 and (
                l.base - taken[-1].base <= settings.aligned.max_wrap_leading_em * (l.size or 10.0)
                or _next_cell_paragraph(l, cols[0], taken, xs, settings))
            if (len(cols) < 2 and not wrapped) or any(c1 - c0 != 1 for c0, c1 in cols) \
                    or len({c0 for c0, _ in cols}) < len(cols):
                break
            # A wider value than the page above held may run past the right edge.
            if l.x0 < xs[0] - 2 or l.x1 > xs[-1] + (xs[-1] - xs[-2]) / 2:
                break
            taken.append(l)
        # Rows counted by their lines of several cells (a row's wrapped cell lines go with it).
        if not any(len(l.chunks) >= 2 for l in taken) \
                or sum(1 for l in taken if len(l.chunks) >= 2) > settings.continuation.max_orphan_lines:
            continue
        if mine and head is None and header_lines(taken, a.matrix()[:1]) == taken[::-1]:
            continue    # the header repeated over the rest (found with it when parts are joined)
        if len(taken) < len(lines) and taken[-1].bottom > lines[len(taken)].top:
            continue
        if a.kind == "ruled" and not _boxed_across(page, taken, a, settings):
            continue
        if paragraphs is not None:
            out[next(k for k, g in enumerate(out) if g is a)] = paragraphs
        bbox = (xs[0], min(l.top for l in taken), xs[-1], max(l.bottom for l in taken))
        g = grid_for(number, taken, list(xs), [], "aligned", bbox, settings.aligned)
        # Lines too few to measure a leading: rows of one pitch leaving the label empty (the rows
        # under a label merged down that the break cut) are rows of their own when each line of
        # several cells opens one (_few_rows), not a wrapped cell's lines.
        rows = _few_rows(taken, list(xs))
        if a.kind == "ruled" and (boxes := rows_in_boxes(taken, _hrules(page), a.bbox, settings.continuation)):
            # Ruled, a row is what its rules box, however many lines of several cells it holds
            # (every cell wrapped: "5 - Pôle de" / "Sallaumines et", "44,0 % soit 35" / "droits").
            source = g.source
            g = build_grid(number, boxes, list(xs), "aligned", bbox)
            g.source = source
        elif len(rows) > g.n_rows:
            source = g.source
            g = build_grid(number, rows, list(xs), "aligned", bbox)
            g.source = source
        out.append(g)
    out.sort(key=lambda g: (g.page, g.bbox[1]))
    return out


def _next_cell_paragraph(line, col: tuple[int, int], taken: list, xs: list[float],
                         settings: TableSettings) -> bool:
    """A line of one cell, flush with that column's text on the last taken line of several
    cells and set in its type: the cell's next paragraph (a list of works beside
    "Equipements publics", a label's operation and address), however far below (a
    paragraph's spacing)."""
    from .aligned import col_range, chunk_span

    if col[1] - col[0] != 1:
        return False
    row = next((l for l in reversed(taken) if len(l.chunks) >= 2), None)
    if row is None or abs(line.size - row.size) > settings.continuation.size_tol:
        return False
    starts = [chunk_span(ch)[0] for ch in row.chunks if col_range(chunk_span(ch), xs) == col]
    return bool(starts) and abs(starts[0] - line.x0) <= settings.aligned.header_columns_tol


def _boxed_across(page: Page, lines: list, a: Grid, settings: TableSettings) -> bool:
    """Rules across a's width run right above and right below ``lines``
    (within a cell's padding; below, or further with nothing printed between:
    the row kept its height): the last row of a ruled table the page break
    pushed over, boxed alone (too few rows for a ruled grid of its own), not
    prose opening the page."""
    x0, x1 = a.bbox[0], a.bbox[2]
    top, bottom = min(l.top for l in lines), max(l.bottom for l in lines)
    size = lines[0].size or 10.0
    ys = [r[1] for r in _hrules(page)
          if min(r[2], x1) - max(r[0], x0) >= settings.continuation.band_rule_cover * (x1 - x0)]
    pad = settings.continuation.box_rule_gap_em * size
    # The box may run further down, empty (the row's height kept): no text between.
    empty_below = [y for y in ys if y >= bottom and not any(bottom < l.top < y for l in page.lines)]
    return any(top - pad <= y <= top for y in ys) and (
        any(bottom <= y <= bottom + pad for y in ys) or bool(empty_below))


def _with_last_rows(doc: Document, grids: list[Grid], settings: TableSettings) -> list[Grid]:
    """A banded table's last row left under its last band joins it, and a ruled table's row
    boxed apart under it (last_row.py)."""
    out: list[Grid] = []
    for page in doc.pages:
        mine = [g for g in grids if g.page == page.number]
        words = _words_outside(page, [g.bbox for g in mine if not g.alone])
        cr = settings.column_rules
        boxed = (lambda lines, g, page=page: _boxed_across(page, lines, g, settings)  # noqa: E731
                 or framed_by_columns(page.rules, lines, g, cr.max_thickness, cr.extent_tol))
        out += with_last_rows(mine, words, settings.continuation, settings.aligned, boxed) if mine else []
    out.sort(key=lambda g: (g.page, g.bbox[1]))
    return out


def _with_key_lines(doc: Document, grids: list[Grid], settings: TableSettings) -> list[Grid]:
    """One-row tables without header or rule among the words no table took (key_line.py)."""
    out = list(grids)
    boxes: dict[int, list[BBox]] = {}
    for g in grids:
        boxes.setdefault(g.page, []).append(g.bbox)
    for page in doc.pages:
        out += key_line_grids(page.number, _words_outside(page, boxes.get(page.number, [])), settings)
    out.sort(key=lambda g: (g.page, g.bbox[1]))
    return out


def _with_foot_headers(doc: Document, grids: list[Grid], settings: TableSettings,
                       pieces: Optional[list[Grid]] = None) -> list[Grid]:
    """A table broken right under its header: the header alone ends page p
    (free lines, or a header boxed alone), the body opens page p+1 with
    nothing above it. The header becomes a grid of its own in the body's
    columns, known to be a header, that the body then continues. ``pieces``:
    boxed rows alone (ruled._row_piece); one opening page p+1 under a header
    boxed alone is that table's body (a one-line table the break cut)."""
    from .aligned import visual_lines

    by_page: dict[int, list[Grid]] = {}
    for g in grids:
        by_page.setdefault(g.page, []).append(g)
    first_piece: dict[int, Grid] = {}
    for q in sorted(pieces or [], key=lambda g: (g.page, g.bbox[1])):
        first_piece.setdefault(q.page, q)
    pages = {p.number: p for p in doc.pages}
    out = list(grids)
    for number, page in pages.items():
        if number + 1 not in pages:
            continue
        mine = by_page.get(number, [])
        last = mine[-1] if mine else None
        nxt = by_page.get(number + 1) or []
        piece = first_piece.get(number + 1)
        if piece is not None and (nxt and nxt[0].bbox[1] < piece.bbox[1] or last is None or last.kind == "aligned"
                                  or not _header_only(last) or not _compatible(last, piece, settings)):
            piece = None
        if piece is not None:
            nxt = [piece] + nxt
        if not nxt:
            continue
        b = nxt[0]
        if any(l.bottom <= b.bbox[1] + 1 for l in _free_lines(pages[number + 1], nxt)):
            continue
        floor = last.bbox[3] if last is not None else 0.0
        notes = _footnotes_top(page, floor, settings.continuation)
        words = [w for w in _words_outside(page, [g.bbox for g in mine]) if w.top >= floor - 1 and w.bottom <= notes]
        if last is not None and last.kind != "aligned" and _header_only(last):
            # A header boxed or shaded alone (kept for a body below it that
            # never came), nothing under it on its page, a body set otherwise
            # (a table set bold or shaded throughout is no header alone).
            if words or last.n_rows > settings.header.max_header_rows or _styles(b) & _styles(last):
                continue
            if not _compatible(last, b, settings):
                # The body's whitespace columns are not the header's boxes:
                # read the body in the header's columns when its cells fit.
                last.header_rows = last.n_rows
                body = _resplit(last, b, by_page, settings)
                last.header_rows = 0
                if body is b or not _compatible(last, body, settings):
                    continue
                out[next(k for k, g in enumerate(out) if g is b)] = body
            last.header_rows = last.n_rows
            if b is piece:
                piece.continues = True
                out.append(piece)
            continue
        if b is piece:
            continue
        lines = sorted(visual_lines(words, settings.aligned), key=lambda l: l.top)
        head = foot_header(number, lines, b, settings.continuation, settings.aligned.max_wrap_leading_em)
        if head is None:
            head = foot_part(number, lines, b, settings.continuation)
        if head is not None:
            out.append(head)
    out.sort(key=lambda g: (g.page, g.bbox[1]))
    return out


def _with_row_rests(doc: Document, grids: list[Grid], settings: TableSettings,
                    pieces: list[Grid]) -> list[Grid]:
    """A boxed row alone opening page p+1, nothing above it (ruled._opens_page), in the
    columns of the ruled table ending page p with nothing under it: the rest of that table's
    last row, which the page break cut ("Commune de Saint-Aubin-des-" / "Prés" under a
    caption printed below the table). It continues the table (finder._split_row joins it
    to the row when its cells read as a rest)."""
    by_page: dict[int, list[Grid]] = {}
    for g in grids:
        by_page.setdefault(g.page, []).append(g)
    pages = {p.number: p for p in doc.pages}
    out = list(grids)
    for q in pieces:
        mine, nxt = by_page.get(q.page - 1), by_page.get(q.page, [])
        # (a grid over it: another reader took its words, a total row pushed alone, say)
        if not mine or q.continues or any(g.bbox[1] < q.bbox[1] or _overlap(g.bbox, q.bbox) for g in nxt):
            continue
        a = mine[-1]
        if a.kind != "ruled" or _header_only(a) or not _compatible(a, q, settings):
            continue
        page = pages[a.page]
        notes = _footnotes_top(page, a.bbox[3], settings.continuation)
        if any(a.bbox[3] - 1 <= l.top < notes for l in _free_lines(page, mine)):
            continue
        q.continues = True
        out.append(q)
    out.sort(key=lambda g: (g.page, g.bbox[1]))
    return out


def _labels_every_grid_row(g: Grid, settings: TableSettings) -> bool:
    """Every row of g fills its first column, over enough rows to tell."""
    m = g.matrix()
    return len(m) >= settings.continuation.min_labelled_rows and all(r and r[0] for r in m)


def _in_label_column(l, xs: list[float]) -> bool:
    from .aligned import col_range, chunk_span
    return col_range(chunk_span(l.chunks[0]), xs)[0] == 0


def _inside_one(l, xs: list[float], margin: float = 0.0) -> bool:
    """l is one cell inside one of the columns xs. ``margin``: the text's right edge on the
    page; an unruled table's last column ends at its widest text above, which a cell's
    rest on the next page may pass by a word, up to the margin (never past it)."""
    from .aligned import col_range, chunk_span
    c0, c1 = col_range(chunk_span(l.chunks[0]), xs)
    right = xs[-1] + 2
    if c0 == len(xs) - 2 and l.x0 >= xs[-2] - 2:
        right = max(right, margin + 2)
    return c1 - c0 == 1 and l.x0 >= xs[0] - 2 and l.x1 <= right


def _with_foot_rows(doc: Document, grids: list[Grid], settings: TableSettings) -> list[Grid]:
    """Rows too few to be found by whitespace, right below a grid that
    holds a header only, or none of the table's body:

    - a table broken at a page break right after its first rows: the page
      foot holds its header (found, e.g. boxed or shaded) and a row or two;
      they are its rows when page p+1 opens with a table of the same columns
      (the rest of it);
    - a header boxed or shaded alone (every cell styled, no figure) over one
      or two unruled rows ("est insérée la ligne suivante :").
    """
    by_page: dict[int, list[Grid]] = {}
    for g in grids:
        by_page.setdefault(g.page, []).append(g)
    pages = {p.number: p for p in doc.pages}
    for number, page in pages.items():
        mine, nxt = by_page.get(number), by_page.get(number + 1)
        if not mine:
            continue
        for i, a in enumerate(mine):
            last = i == len(mine) - 1
            if not ((last and nxt and _compatible(a, nxt[0], settings)) or _header_only(a)):
                continue
            limit = page.height if last else mine[i + 1].bbox[1]
            joined = _rows_below(page, mine, a, limit, settings,
                                 continued=bool(last and nxt and _compatible(a, nxt[0], settings)))
            if joined is not None:
                grids[next(k for k, g in enumerate(grids) if g is a)] = joined
                mine[i] = joined
    return grids


def _rows_right_below(g: Grid, words: list, settings: TableSettings, body: float) -> bool:
    """Lines go on right below g, inside its extent, each within a row's
    spacing of the one above (the rest of a row broken at the page top
    first, maybe), and one of them holds several cells."""
    from .aligned import visual_lines

    below = [w for w in words if g.bbox[3] - 1 <= w.top and w.x0 >= g.bbox[0] - 2 and w.x1 <= g.bbox[2] + 2]
    bottom = g.bbox[3]
    for l in sorted(visual_lines(below, settings.aligned), key=lambda l: l.top):
        gap = max(settings.continuation.group_gap_em * (l.size or 10.0), settings.aligned.max_line_gap_body_em * body)
        if l.top - bottom > gap:
            return False
        if len(l.chunks) >= 2:
            return True
        bottom = l.bottom
    return False


def _styles(g: Grid) -> set[str]:
    """The styles every filled cell of g has: "bold", "shaded"."""
    cells = [c for c in g.cells if c.words]
    return {name for name, ok in (("bold", all(c.bold for c in cells)), ("shaded", all(c.shaded for c in cells)))
            if cells and ok}


def _row_piece(g: Grid, settings: TableSettings) -> bool:
    """A boxed row alone that is no header (ruled._row_piece kept it)."""
    from .header_alone import shaded_header

    return g.kind == "ruled" and g.n_rows < settings.ruled.min_rows and not shaded_header(g.cells)


def _header_only(g: Grid) -> bool:
    """A ruled grid of a header alone: every filled cell shaded, or every
    one bold, and no figure among them."""

    cells = [c for c in g.cells if c.words]
    if g.kind == "aligned" or not cells or any(numberish(" ".join(w.text for w in c.words)) for c in cells):
        return False
    return all(c.shaded for c in cells) or all(c.bold for c in cells)


def _rows_below(page: Page, mine: list[Grid], a: Grid, limit: float, settings: TableSettings,
                continued: bool = False) -> Optional[Grid]:
    """``a`` with the lines right below it (above ``limit``) as its last rows:
    the first of several cells, each cell inside one of a's columns, then
    lines at a wrap's leading or opening a row; None when no line fits.
    ``continued``: the table goes on at the next page's top, so a group row
    may end the page alone (its rows follow there)."""
    from .aligned import col_range, chunk_span, build_grid, split_at_columns, visual_lines

    c = settings.continuation
    words = [w for w in _words_outside(page, [g.bbox for g in mine])
             if w.top >= a.bbox[3] - 1 and w.bottom <= limit + 1]
    lines = sorted(visual_lines(words, settings.aligned), key=lambda l: l.top)
    xs = a.xs
    # Under a header alone, group rows ("Quartier X") may open the body and
    # each block of its rows: a label at the left edge, spaced from the line
    # above like a row (a wrapped cell's rest sits at the leading), with a
    # row of cells under it.
    alone = _header_only(a)

    def group(k: int) -> bool:
        l = lines[k]
        return (alone and (len(lines[k + 1].chunks) >= 2 if k + 1 < len(lines) else continued)
                and group_line(l, xs, settings.aligned)
                and (k == 0 or l.top - lines[k - 1].bottom > c.group_row_min_gap_em * (l.size or 10.0)))

    lead = 0
    while lead < min(len(lines) - 1, c.max_group_lines) and group(lead):
        lead += 1
    # An empty band under a header alone (a row's rest the page break cut) is no gap.
    skip = _empty_band_floor(page, a, limit, settings) - a.bbox[3] if alone and lines else 0.0
    # A group row alone at the page foot, its rows opening the next page.
    foot_group = continued and len(lines) == lead + 1 and group(lead)
    if not lines or (len(lines[lead].chunks) < 2 and not foot_group) \
            or lines[0].top - a.bbox[3] - skip > c.group_gap_em * (lines[0].size or 10.0):
        return None
    # Rows keep the spacing the header keeps from the first line (a table set
    # small keeps the body's cell padding: more than a few of its own sizes).
    head = [w.bottom for cell in a.cells for w in cell.words]
    pitch = c.row_gap_factor * (lines[0].top - max(head) - skip) if alone and head else 0.0
    size = lines[lead].size or 10.0
    taken = []
    for k, l in enumerate(lines):
        if taken and l.top - taken[-1].bottom > max(pitch, c.group_gap_em * (l.size or 10.0)):
            break
        if taken and abs((l.size or size) - size) > c.size_tol:
            break           # a caption or a heading set in another type
        if group(k):
            l.full_width = True
            taken.append(l)
            continue
        cols = [col_range(chunk_span(ch), xs) for ch in l.chunks]
        if any(c1 - c0 != 1 for c0, c1 in cols) or l.x0 < xs[0] - 2 or l.x1 > xs[-1] + 2:
            break
        # A wrapped cell's line sits at the text's leading; a row may sit as far as the first one.
        gap = (c.group_gap_em if len(l.chunks) >= 2 else settings.aligned.max_wrap_leading_em) * (l.size or 10.0)
        if len(l.chunks) >= 2:
            gap = max(gap, pitch)
        if taken and l.top - taken[-1].bottom > gap:
            break
        taken.append(l)
    if not taken or (sum(len(l.chunks) >= 2 for l in taken) if alone else len(taken)) > c.max_orphan_lines:
        return None
    bbox = (xs[0], min(l.top for l in taken), xs[-1], max(l.bottom for l in taken))
    split_at_columns(taken, list(xs))
    body = build_grid(page.number, _few_rows(taken, list(xs)), list(xs), "aligned", bbox)
    cells = list(a.cells) + [GridCell(row=k.row + a.n_rows, col=k.col, rowspan=k.rowspan,
                                      colspan=k.colspan, words=k.words) for k in body.cells]
    return Grid(page=page.number, bbox=(a.bbox[0], a.bbox[1], a.bbox[2], bbox[3]), kind=a.kind, xs=list(xs),
                cells=cells, n_rows=a.n_rows + body.n_rows, row_tops=a.row_tops + body.row_tops)


def _few_rows(lines: list, xs: list[float]) -> list[list]:
    """Rows of a few lines, too few to measure a leading: a line of one
    cell is the wrapped rest of the row above; a line of several opens a
    row, unless the row above holds figures and the line none in their
    columns (the other cells wrapped: a figure does not, an identifier
    broken at a hyphen goes on below)."""
    from .aligned import col_range, _hyphen_ends, _looks_numeric, chunk_span

    def figures(l) -> set[int]:
        return {col_range(chunk_span(ch), xs)[0] for ch in l.chunks if _looks_numeric(" ".join(w.text for w in ch))}

    def cells(l) -> list[str]:
        out = [""] * (len(xs) - 1)
        for ch in l.chunks:
            c = min(col_range(chunk_span(ch), xs)[0], len(out) - 1)
            out[c] = " ".join(filter(None, (out[c], " ".join(w.text for w in ch))))
        return out

    rows: list[list] = []
    held: set[int] = set()
    for l in lines:
        mine = figures(l)
        if l.full_width or (rows and rows[-1][-1].full_width):    # a group row is a row of its own
            rows.append([l])
            held = set(mine)
            continue
        # A line whose every cell goes on a cell of the line above (opening lowercase, on a
        # closing mark: "alinéa" / "logements) à …" under "Article 4.1, nouvel" / "– " / "… (78")
        # is that row's wrapped rest, however many cells it fills.
        goes_on = bool(rows) and is_rest_of_row(cells(rows[-1][-1]), cells(l), ruled=False)
        if not rows or (len(l.chunks) >= 2 and not goes_on
                        and (not held or mine & (held - _hyphen_ends(rows[-1][-1], xs)))):
            rows.append([l])
            held = set(mine)
        else:
            rows[-1].append(l)
            held |= mine
    return rows




def _free_lines(page: Page, grids: list[Grid]) -> list[Line]:
    return [l for l in page.lines if l.words and not any(_inside(l, g.bbox) for g in grids)]


def _join_marked_parts(found: list[_Found], pages: dict[int, Page], by_page: dict[int, list[Grid]]) -> list[_Found]:
    """A table whose caption or header says it continues the one before ("… (suite)") joins
    it: its rows go on the first part's, its header printed again is dropped (marked_parts.py),
    and its caption printed again, marked, is the table's furniture, not prose (a version that
    prints the table whole has no such line)."""
    out: list[_Found] = []
    for f in found:
        prev = out[-1] if out else None
        if prev is None or not continues(prev, f, prev.grids[-1].page, f.grids[0].page,
                                         (prev.grids[0].n_cols, f.grids[0].n_cols)):
            out.append(f)
            continue
        offset = len(prev.header) + len(prev.rows) - len(f.header)
        prev.rows += f.rows
        prev.row_pages += f.row_pages
        prev.merged += [[r + offset, c, rs, cs] for r, c, rs, cs in f.merged if r >= len(f.header)]
        prev.grids += f.grids
        prev.extra_lines += f.extra_lines
        if f.caption is not None and marked(f.caption.text):
            page = f.caption.line.page
            prev.extra_lines += caption_lines(f.caption, pages[page], by_page.get(page, []))
    return out


def _compatible(a: Grid, b: Grid, settings: TableSettings) -> bool:
    if a.n_cols != b.n_cols:
        return False
    wa, wb = a.xs[-1] - a.xs[0], b.xs[-1] - b.xs[0]
    if wa <= 0 or wb <= 0:
        return False
    tol = settings.continuation.max_boundary_shift
    if all(abs((xa - a.xs[0]) / wa - (xb - b.xs[0]) / wb) <= tol for xa, xb in zip(a.xs, b.xs)):
        return True
    if a.kind == "ruled" or b.kind == "ruled":
        return False
    if _same_header(a, b):
        return True
    sa, sb = _column_starts(a), _column_starts(b)
    return len(sa) == len(sb) == a.n_cols and all(
        abs(x - y) <= settings.continuation.max_start_shift for x, y in zip(sa, sb))


def _same_header(a: Grid, b: Grid) -> bool:
    """b opens on a's first row, a header of several cells (the header a word
    processor prints again over a table's next page): one table, however
    its columns' whitespace moves with the rows each part holds (a few rows
    of figures set right under headings set left)."""
    first = [c.text for c in sorted(a.cells, key=lambda c: c.col) if c.row == 0]
    again = [c.text for c in sorted(b.cells, key=lambda c: c.col) if c.row == 0]
    return sum(1 for t in first if t) >= 2 and first == again and _opens_on_header(a)


def _column_starts(g: Grid) -> list[float]:
    """Each column's usual text start (the median left edge of its own
    cells; a figure set right or a spanning cell moves only a few)."""
    starts: dict[int, list[float]] = {}
    for c in g.cells:
        if c.words and c.colspan == 1:
            starts.setdefault(c.col, []).append(min(w.x0 for w in c.words))
    return [sorted(v)[len(v) // 2] for _, v in sorted(starts.items())]


@dataclass
class LocatedTable:
    """A table found and where it sits: the pipeline attaches it to the section
    printed above its top; callers who need the regions read ``bboxes``."""
    table: Table
    top: float                         # its top on its first page
    bboxes: dict[int, BBox]            # page -> the table's box on that page
    grids: list[Grid] = field(default_factory=list)  # its grid on each page (cell boxes: debug)
    # A layout grid (layout.py): its lines are marked like a table's, but it is no
    # table of the parse; its id is "g1", "g2" … (data tables are "t1", "t2" …).
    layout: bool = False


def find_tables(path: str, doc: Document, settings: Optional[TableSettings] = None) -> list[Table]:
    """Return the tables of the PDF and mark the lines inside them (Line.table_id).

    Totals that do not add up are reported in ``doc.warnings``.
    """
    return [f.table for f in locate_tables(path, doc, settings) if not f.layout]


def locate_tables(path: str, doc: Document, settings: Optional[TableSettings] = None) -> list[LocatedTable]:
    """``find_tables``, each table with its place on the page."""
    settings = settings or TableSettings()
    # a boundary a first part took from the next page's grid that none of its words fill is none of its own
    grids = [without_empty_columns(g, settings.empty_columns)
             for g in with_first_parts_recolumned(_all_grids(path, doc, settings), settings)]
    vocab = document_vocabulary(doc, grids)
    pages = {p.number: p for p in doc.pages}
    by_page: dict[int, list[Grid]] = {}
    for g in grids:
        by_page.setdefault(g.page, []).append(g)

    found: list[_Found] = []
    for g in grids:
        prev = found[-1] if found else None
        own = g
        if prev is not None and not _compatible(prev.grids[-1], g, settings):
            g = _resplit(prev.grids[-1], g, by_page, settings)
        # The header is told on the words as printed, the rows read with broken words rejoined:
        # both matrices from one reading of the cells.
        matrix, printed = g.matrices([vocab, None])
        matrix, h, g_merged = _join_wrapped_header(g, matrix, g.header_rows or header_rows(g, settings.header, printed))
        joint = _joint(prev, g, matrix, pages, by_page, settings, vocab) if prev is not None else None
        if g is not own and joint is None:
            # Read in the previous table's columns only to continue it: a table of its own at the top of
            # the next page (a caption, a sentence between) keeps the columns its whitespace gives it.
            by_page[own.page] = [own if x is g else x for x in by_page[own.page]]
            g = own
            matrix, printed = g.matrices([vocab, None])
            matrix, h, g_merged = _join_wrapped_header(g, matrix, g.header_rows or header_rows(g, settings.header, printed))
        if prev is not None and joint is not None:
            for line in joint:
                # A full-width group row printed below the first part: one merged cell.
                n_cols = g.n_cols
                prev.merged.append([len(prev.header) + len(prev.rows), 0, 1, n_cols])
                prev.rows.append([line.text.strip()] * n_cols)
                prev.row_pages.append(prev.grids[-1].page)
                prev.extra_lines.append(line)
            # A repeated header is dropped; a header-less continuation keeps all rows.
            skip = 0
            glued = _rest_in_repeated_header(prev, matrix)
            if prev.header and (header_again(matrix[:len(prev.header)], prev.header)
                                or same_header_but_marks(matrix[:len(prev.header)], prev.header)):
                skip = len(prev.header)
            elif prev.rows and (rest := header_with_rest(prev.header, matrix, prev.rows[-1])) is not None:
                # The header printed again, the cut row's rest read into its last row.
                prev.rows[-1] = [join_cell(a, b, vocab) for a, b in zip(prev.rows[-1], rest)]
                skip = len(prev.header)
            elif glued is not None:
                # The rest of the row the page break cut, under the header printed again, read
                # as that header's wrapped lines: it joins its row, the header is dropped.
                prev.rows[-1] = [join_cell(a, b, vocab) for a, b in zip(prev.rows[-1], glued)]
                skip = len(prev.header)
            elif header_printed_alone(prev.header, matrix):
                skip = len(matrix)
            while skip < len(matrix) and not any(matrix[skip]):
                skip += 1  # a repeated header layer 1 dropped as a running header
            if (rest := _split_header(prev, g, matrix, skip)) is not None:
                # A header row broken by the page break, the table's first row.
                prev.header[-1] = [join_cell(a, b, vocab) for a, b in zip(prev.header[-1], rest)]
                skip += 1
            elif (rest := _split_row(prev, g, matrix, skip, settings)) is not None:
                # The row broken by the page break: its rest joins its first lines.
                labelled = _labels_every_row(prev, settings)
                prev.rows[-1] = [join_cell(a, b, vocab) for a, b in zip(prev.rows[-1], rest)]
                _merged_down_rest(g, matrix, skip, rest, prev.rows[-1])
                skip += 1
                # ... and so do the cell's next paragraphs, rows of their own by whitespace.
                while labelled and _next_paragraph_row(prev, g, matrix, skip, rest, pages[g.page]):
                    prev.rows[-1] = [join_cell(a, b, vocab) for a, b in zip(prev.rows[-1], matrix[skip])]
                    skip += 1
            elif opens_on_group_row(matrix[skip:]):
                matrix[skip] = [matrix[skip][0]] * g.n_cols
                g_merged.append([skip, 0, 1, g.n_cols])
            prev.header_part = g if skip >= len(matrix) else None
            offset = len(prev.header) + len(prev.rows) - skip
            prev.rows += [r for r in matrix[skip:]]
            prev.row_pages += [g.page] * (len(matrix) - skip)
            prev.merged += [[r + offset, c, rs, cs] for r, c, rs, cs in g_merged if r >= skip]
            prev.grids.append(g)
            continue
        f = _Found(grids=[g], header=matrix[:h], rows=matrix[h:], merged=g_merged,
                   row_pages=[g.page] * (len(matrix) - h))
        found.append(f)
    placed = [Placed(f.grids[0], f.grids[-1]) for f in found]
    layout = [_layout_grid(f, settings) for f in found]
    for f, caption in zip(found, captions(placed, pages, by_page, settings.title, layout)):
        f.title = caption.text if caption is not None else ""
        f.caption = caption
    found = _join_marked_parts(found, pages, by_page)

    tables: list[LocatedTable] = []
    numbers = {False: 0, True: 0}
    for f in found:
        f.rows, f.merged, kept = group_keyed_rows(len(f.header), f.rows, f.merged)
        f.row_pages = [f.row_pages[i] for i in kept]
        keep = [i for i, r in enumerate(f.rows) if any(x for x in r)]
        rows = [f.rows[i] for i in keep]
        # a two-level header without column rules: its labels over their sub-columns, once the parts
        # are joined (the joins compare headers as printed)
        spread_upper_labels(f.header, len(f.header), f.merged, f.grids[0].kind)
        multi_page = len({g.page for g in f.grids}) > 1
        t = Table(id="", title=f.title, pages=sorted({g.page for g in f.grids}),
                  header=f.header, rows=rows, n_rows=len(rows), n_cols=f.grids[0].n_cols,
                  merged=f.merged, row_pages=[f.row_pages[i] for i in keep] if multi_page else [])
        # a closing row of notes is no data row; notes printed right under the table are its own
        last = f.grids[-1]
        sizes = sorted(w.size for c in last.cells for w in c.words)
        under = notes_under(pages[last.page].lines, last.bbox, sizes[len(sizes) // 2] if sizes else 0.0,
                            settings.notes)
        notes_page, again = last.page, []
        if not under and last is by_page[last.page][-1]:
            # the notes row alone over the page under the header printed again (notes_overleaf.py)
            again, under = notes_overleaf(t.header, pages.get(last.page + 1), by_page.get(last.page + 1, []),
                                          sizes[len(sizes) // 2] if sizes else 0.0, settings.notes)
            notes_page = last.page + 1 if again else last.page
        t = split_table_notes(t, settings.notes, [ln.text for ln in under],
                              set_smaller(under, pages[notes_page].lines))
        if under and t.notes:
            f.extra_lines = list(f.extra_lines) + again + under
        bold = {w.text for g in f.grids for c in g.cells for w in c.words if w.bold}
        # a table of contents set as a grid is navigation: marked like a layout grid, no table
        layout = is_layout_grid(t, settings.layout, bold) or is_contents_table(t, settings.contents)
        numbers[layout] += 1
        t.id = f"{'g' if layout else 't'}{numbers[layout]}"
        for g in f.grids:
            for line in pages[g.page].lines:
                if line.words and _inside(line, g.bbox):
                    line.table_id = t.id
        for line in f.extra_lines:
            line.table_id = t.id
        if not layout:
            doc.warnings.extend(check_totals(t, settings.totals_tolerance))
        tables.append(LocatedTable(t, f.grids[0].bbox[1], {g.page: g.bbox for g in f.grids}, list(f.grids), layout))
    return tables




def _layout_grid(f: _Found, settings: TableSettings) -> bool:
    """The table as read so far is a layout grid (layout.py), told before its caption, or a
    sommaire set as a grid (contents.py): the line over it ("SOMMAIRE") has no say in the side
    the document prints its tables' captions on."""
    rows = [r for r in f.rows if any(r)]
    t = Table(id="", title="", pages=[], header=f.header, rows=rows, n_rows=len(rows), n_cols=f.grids[0].n_cols)
    return is_layout_grid(t, settings.layout, {w.text for g in f.grids for c in g.cells for w in c.words if w.bold}) \
        or is_contents_table(t, settings.contents)


def _rest_in_repeated_header(prev: _Found, matrix: list[list[str]]) -> Optional[list[str]]:
    """The header printed again atop the next page, the rest of the row the page break cut
    right under it read into its last row (a cell's last line under a header cell wrapped over
    two lines: "Maître d'ouvrage" / "Pays de Morvaux"): every cell of that row opens on the
    header's own cell, some go on. Returns what they go on with (the rest, per column), or
    None."""
    h = len(prev.header)
    if not prev.rows or not h or len(matrix) < h or matrix[:h - 1] != prev.header[:-1]:
        return None
    rest = []
    for head, cell in zip(prev.header[-1], matrix[h - 1]):
        if cell == head:
            rest.append("")
        elif not head or cell.startswith(head + " "):
            rest.append(cell[len(head):].strip())
        else:
            return None
    return rest if any(rest) and len(rest) == len(prev.rows[-1]) else None


def _split_header(prev: _Found, g: Grid, matrix: list[list[str]], skip: int) -> Optional[list[str]]:
    """The part above holds the header only (a header alone at the page
    foot) and the rest of its last row opens this part: every cell of it
    goes on a line of the header's (a group row or a first row of the body
    left alone in its label cell opens on its own)."""
    if prev.rows or not prev.header or len(matrix) <= skip:
        return None
    row = _unspread(g, skip, prev.grids[-1]) or matrix[skip]
    return row if is_rest_of_header(prev.header[-1], row, _ruled(prev, g)) else None


def _ruled(prev: _Found, g: Grid) -> bool:
    """The part above sets the table's kind: a row's rest alone atop the next page draws no
    rule of its own."""
    return g.kind != "aligned" or prev.grids[-1].kind != "aligned"


def _split_row(prev: _Found, g: Grid, matrix: list[list[str]], skip: int,
               settings: TableSettings) -> Optional[list[str]]:
    """A word processor lets a row break across pages: the continuation's
    first row then holds the rest of the last row above (page_break.py).
    Returns that rest, or None. A row of its own over every column (a group
    row: one merged cell) is no rest, save a label alone that only whitespace
    made one (no rule shows the merge, group_rows.py) in a table with no
    group row so far: the rest of a label cell the page break cut."""
    if not prev.rows or len(matrix) <= skip:
        return None
    row = matrix[skip]
    spread = [c for c in g.cells if c.row == skip and c.colspan > 1]
    if spread:
        body = len(prev.header)
        groups = any(r >= body and c == 0 and cs == g.n_cols for r, c, _, cs in prev.merged)
        if groups and not _label_wrapped(prev.grids[-1], g, skip):
            return None
        row = _unspread(g, skip, prev.grids[-1])
        if row is None:
            return None
    # The part above sets the table's kind: a row's rest alone atop the next
    # page draws no rule of its own.
    ruled = g.kind != "aligned" or prev.grids[-1].kind != "aligned"
    always = frozenset(c for c in range(len(row)) if len(prev.rows) >= settings.continuation.min_labelled_rows
                       and all(c < len(r) and r[c] for r in prev.rows))
    if _row_of_merged_label(prev, row):
        return None
    if row[0] and not any(row[1:]) and prev.rows[-1][0] and _cell_lines(g, skip, 0) >= \
            settings.continuation.rest_label_min_lines:
        return row      # a label's next paragraphs, too many lines for a group row
    return row if is_rest_of_row(prev.rows[-1], row, ruled, _labels_every_row(prev, settings), always,
                                 settings.continuation.rest_min_left_columns) else None


def _next_paragraph_row(prev: _Found, g: Grid, matrix: list[list[str]], k: int, rest: list[str],
                        page: Page) -> bool:
    """Row k of a part is the next paragraph of the cell whose rest opened the part: the table
    above labels every row (checked by the caller), no rule is drawn over row k (rows told by
    whitespace: a cell's paragraphs are spaced like rows), the row leaves the label empty and
    fills only columns the rest filled (a row under a label merged down fills others too)."""
    if k >= len(matrix) or g.kind == "ruled" or prev.grids[-1].kind == "ruled":
        return False
    row = matrix[k]
    filled = {c for c, x in enumerate(row) if x}
    if not filled or row[0] or not filled <= {c for c, x in enumerate(rest) if x}:
        return False
    above = [w.bottom for c in g.cells if c.row + c.rowspan == k for w in c.words]
    below = [w.top for c in g.cells if c.row == k for w in c.words]
    if not above or not below:
        return False
    y0, y1 = max(above), min(below)
    width = g.bbox[2] - g.bbox[0]
    return not any(y0 - 1 <= r[1] <= y1 + 1 and min(r[2], g.bbox[2]) - max(r[0], g.bbox[0]) > width / 2
                   for r in _hrules(page))


def _row_of_merged_label(prev: _Found, row: list[str]) -> bool:
    """The table above merges its labels down over rows (a quartier over its C / P / T rows)
    and ``row`` leaves the label empty beside a cell in every other column the last row
    above fills: the next row under a label merged down that the page break cut, not the
    rest of the last row (a rest goes on a few of its cells)."""
    body = len(prev.header)
    if row[0] or not any(r >= body and c == 0 and rs > 1 and cs == 1 for r, c, rs, cs in prev.merged):
        return False
    last = {c for c, x in enumerate(prev.rows[-1]) if x and c}
    # (a row of its own repeats the figures of the row above cell for cell: "C :" / "63 484 150,40 €"
    # is a figure the break pushed under its label)
    digits = [any(ch.isdigit() for ch in prev.rows[-1][c]) == any(ch.isdigit() for ch in row[c]) for c in last]
    return len(last) >= 2 and last == {c for c, x in enumerate(row) if x} and all(digits)


def _merged_down_rest(g: Grid, matrix: list[list[str]], skip: int, rest: list[str], joined: list[str]) -> None:
    """A cell merged down over the rows below the cut row (a maître d'ouvrage shared by the
    next operations), its first words left on the page before: the rows below read the
    cell's rest alone ("d'Agglomération du Pays de Valmy"); they get the cell whole, as the cut
    row does."""
    for c in g.cells:
        if c.row != skip or c.rowspan < 2 or c.col >= len(rest) or c.col >= len(joined):
            continue
        for r in range(skip + 1, min(skip + c.rowspan, len(matrix))):
            if c.col < len(matrix[r]) and matrix[r][c.col] == rest[c.col] and rest[c.col]:
                matrix[r][c.col] = joined[c.col]


def _cell_lines(g: Grid, row: int, col: int) -> int:
    """The printed lines of the grid's cell at (row, col)."""
    from .wrap import cell_lines

    return sum(len(cell_lines(c.words)) for c in g.cells if c.row == row and c.col == col and c.words)


def _labels_every_row(prev: _Found, settings: TableSettings) -> bool:
    """Every row of the table so far fills its first column (a label), over
    enough rows to tell: a line leaving it empty is no row of its own."""
    return (len(prev.rows) >= settings.continuation.min_labelled_rows
            and all(r and r[0] for r in prev.rows))


def _label_wrapped(a: Grid, b: Grid, r: int) -> bool:
    """The first word of b's row r would not have fitted on the last line
    of a's last label cell (the widest label line sets the column's room):
    the label wrapped there, the row is its rest, not a group row."""
    from .wrap import cell_lines

    labels = [c for c in a.cells if c.col == 0 and c.colspan == 1 and c.words]
    last = [c for c in labels if c.row + c.rowspan == a.n_rows]
    first = sorted((w for c in b.cells if c.row == r for w in c.words), key=lambda w: (w.top, w.x0))
    if not last or not first:
        return False
    room = max(w.x1 for c in labels for w in c.words)
    line = cell_lines(last[0].words)[-1]
    space = 0.25 * (line[-1].size or 10.0)
    return max(w.x1 for w in line) + space + (first[0].x1 - first[0].x0) > room + 1.0


def _unspread(g: Grid, r: int, above: Grid) -> Optional[list[str]]:
    """Row r of g whose one cell whitespace spread over every column (no
    rule shows a merge), its words put back in the columns they sit in: the
    column of the cell of ``above``'s last row they overlap (the row they
    go on), else the one whitespace gives."""
    from .aligned import col_range

    cells = [c for c in g.cells if c.row == r and c.words]
    if g.kind == "ruled" or len(cells) != 1 or cells[0].colspan != g.n_cols or above.n_cols != g.n_cols:
        return None
    last = [c for c in above.cells if c.row + c.rowspan == above.n_rows and c.colspan == 1 and c.words]
    spans = {c.col: (min(w.x0 for w in c.words), max(w.x1 for w in c.words)) for c in last}
    out: list[list[str]] = [[] for _ in range(g.n_cols)]
    for w in cells[0].words:
        overlap = {k: min(w.x1, b) - max(w.x0, a) for k, (a, b) in spans.items()}
        k = max(overlap, key=overlap.get) if overlap and max(overlap.values()) > 0 else None
        if k is None:
            c0, c1 = col_range((w.x0, w.x1), g.xs)
            if c1 - c0 != 1:
                return None
            k = c0
        out[k].append(w.text)
    return [" ".join(ws) for ws in out]




def _join_wrapped_header(g: Grid, matrix: list[list[str]], h: int) -> tuple[list[list[str]], int, list[list[int]]]:
    """Header rows that are the wrapped lines of one header ("Quartier
    concerné (nom" / "et numéro du QPV)") are one header row: consecutive
    rows at the leading of wrapped text, no merged cell among them (a group
    header over sub-columns is a row of its own), and no rule between them
    (ruled grids have their rows drawn)."""
    merged = g.merged()
    if h < 2 or g.kind == "ruled" or len(g.row_tops) < h:
        return matrix, h, merged
    if any(r < h for r, _, _, _ in merged):
        return matrix, h, merged
    for r in range(h - 1):
        words = [w for c in g.cells if c.row == r for w in c.words]
        if not words:
            return matrix, h, merged
        height = sorted(w.bottom - w.top for w in words)[len(words) // 2]
        if g.row_tops[r + 1] - g.row_tops[r] > 1.45 * height:
            return matrix, h, merged
        # A wrapped header's first line opens every cell, its next lines only
        # some; a row leaving empty columns the row below fills is an upper
        # level over them ("Opération" over "IDTOP" and "Libellé"), set tight.
        if any(not matrix[r][c] and matrix[r + 1][c] for c in range(g.n_cols)):
            return matrix, h, merged
    joined = [" ".join(x for x in (matrix[r][c] for r in range(h)) if x) for c in range(g.n_cols)]
    shift = h - 1
    return [joined] + matrix[h:], 1, [[r - shift, c, rs, cs] for r, c, rs, cs in merged]


def _resplit(a: Grid, b: Grid, by_page: dict[int, list[Grid]], settings: TableSettings) -> Grid:
    """Columns inferred from whitespace depend on the page's content: a
    continuation whose rows leave a column empty loses its gutter. Rebuild b
    with a's columns when b follows a across a page break and b's cells fit them."""
    from .aligned import col_range, chunk_span, grid_for

    if b.source is None and a.kind == b.kind == "ruled":
        return _ruled_in_columns(a, b, by_page, settings)
    if b.alone and not a.alone and a.kind != "ruled":
        return _key_line_in_columns(a, b, by_page)
    if b.source is None or b.page != a.page + 1:
        return b
    if a.source is None and not a.header_rows:
        return b        # a's columns are whitespace's too, or a header boxed alone
    if by_page[a.page][-1] is not a or by_page[b.page][0] is not b:
        return b
    if _opens_on_header(b) and not _opens_on_header(a):
        return b        # a table of its own under its header (after a signature grid ending the page before)
    region, rules = b.source  # type: ignore[misc]
    left = min(a.xs[0], min(l.x0 for l in region))
    right = max(a.xs[-1], max(l.x1 for l in region))
    xs = [left] + a.xs[1:-1] + [right]
    # Every cell of b must sit inside one of a's columns (few spanning cells allowed; a
    # label merged over the first columns, a sub-total's or a total's, is no stray).
    chunks = [ch for l in region for ch in l.chunks]
    spanning = sum(1 for ch in chunks if col_range(chunk_span(ch), xs)[1] - col_range(chunk_span(ch), xs)[0] > 1
                   and col_range(chunk_span(ch), xs)[0] > 0)
    if spanning * 10 > len(chunks):
        return b
    new = grid_for(b.page, region, xs, rules, b.kind, b.bbox, settings.aligned)
    by_page[b.page][0] = new
    return new


def _key_line_in_columns(a: Grid, b: Grid, by_page: dict[int, list[Grid]]) -> Grid:
    """A key line (a label and its figures, key_line.py) alone atop the next page, right
    after an unruled table ending the page before: the table's total row pushed over the
    break ("Total global des financements Région | 7.926.333 euros"), its label merged over
    the columns before its first figure, each figure in a column of a. Whether it continues
    a (nothing between) is _joint's to tell."""
    from .aligned import col_range

    if b.page != a.page + 1 or by_page[a.page][-1] is not a or by_page[b.page][0] is not b:
        return b
    cells = sorted((c for c in b.cells if c.words), key=lambda c: c.col)
    if len(cells) < 2 or min(w.x0 for w in cells[0].words) > a.xs[1]:
        return b
    cols = [col_range((min(w.x0 for w in c.words), max(w.x1 for w in c.words)), a.xs) for c in cells[1:]]
    if any(c1 - c0 != 1 for c0, c1 in cols) or cols[0][0] < 1 or any(q[0] <= p[0] for p, q in zip(cols, cols[1:])):
        return b
    new_cells = [GridCell(row=0, col=0, colspan=cols[0][0], words=cells[0].words)]
    new_cells += [GridCell(row=0, col=c0, words=c.words) for (c0, _), c in zip(cols, cells[1:])]
    new = replace(b, xs=list(a.xs), cells=new_cells, alone=False)
    by_page[b.page][0] = new
    return new


def _ruled_in_columns(a: Grid, b: Grid, by_page: dict[int, list[Grid]], settings: TableSettings) -> Grid:
    """A ruled part opening the next page whose rules are some of a's (a total row merging
    the label columns, pushed alone over the break): b's cells spread over a's columns
    (each cell spanning the columns between its rules), so that it may continue a."""
    if b.page != a.page + 1 or b.n_cols >= a.n_cols:
        return b
    if by_page[a.page][-1] is not a or by_page[b.page][0] is not b:
        return b
    tol = settings.continuation.max_boundary_shift * (a.xs[-1] - a.xs[0])
    index = []
    for x in b.xs:
        k = min(range(len(a.xs)), key=lambda i: abs(a.xs[i] - x))
        if abs(a.xs[k] - x) > tol:
            return b
        index.append(k)
    if index[0] != 0 or index[-1] != len(a.xs) - 1 or any(j <= i for i, j in zip(index, index[1:])):
        return b
    cells = [GridCell(row=c.row, col=index[c.col], rowspan=c.rowspan,
                      colspan=index[c.col + c.colspan] - index[c.col], words=c.words, shaded=c.shaded)
             for c in b.cells]
    new = replace(b, xs=list(a.xs), cells=cells)
    by_page[b.page][0] = new
    return new


def _opens_on_header(g: Grid) -> bool:
    """g's first row is a header by its type: every filled cell bold, or every
    one shaded, no figure among them (over several cells)."""
    from .header import figure

    cells = [c for c in g.cells if c.row == 0 and c.words]
    # Zebra shading shades every other row: a first row shaded like a row further down is a
    # band of the body (the rest of a zebra table cut by the page break), not a header.
    banded = any(all(c.shaded for c in g.cells if c.row == r and c.words)
                 and any(c.words for c in g.cells if c.row == r) for r in range(2, g.n_rows))
    return len(cells) >= 2 and not any(figure(c.text) for c in cells) and (
        all(c.bold for c in cells) or (all(c.shaded for c in cells) and not banded))


def _footnotes_top(page: Page, below: float, c: ContinuationSettings, top: Optional[float] = None) -> float:
    """Where the page's footnotes start: a short rule from the left margin
    (the footnote separator) below ``below``; the page's height if none.
    Footnotes between a table's part and the page foot do not part it
    from its continuation. ``top``: the part's top, for ``prose_body_size``."""
    left = min((l.x0 for l in page.lines if l.words), default=0.0)
    body = body_size([w for l in page.lines for w in l.words])
    if top is not None:
        body = max(body, prose_body_size(page, top))
    ys = [r[1] for r in page.rules
          if r[3] - r[1] < 2 and r[1] > below and abs(r[0] - left) <= c.footnote_rule_indent
          and r[2] - r[0] <= c.footnote_rule_max_share * page.width]
    # Notes layer 1 left in the body (set in the table's own type, no separator read): the
    # first line under the part opening on the mark of a call the page makes, and all below.
    notes = [l.top for l in page.lines if l.top > below and l.size < (body or l.size + 1) and opens_note(l, page)]
    return min(ys + notes, default=page.height)


def _right_below(a: Grid, b: Grid, page: Page, mine: list[Grid], settings: TableSettings) -> bool:
    """b comes next after a on their page, in a's columns, no line between."""
    k = next((i for i, g in enumerate(mine) if g is a), None)
    if a.page != b.page or k is None or k + 1 >= len(mine) or mine[k + 1] is not b:
        return False
    between = [l for l in _free_lines(page, mine) if a.bbox[3] - 1 <= l.top and l.bottom <= b.bbox[1] + 1]
    return not between and _compatible(a, b, settings)


def _one_column(a: Grid, lines: list[Line]) -> bool:
    """Every word of the lines falls in one and the same column of a."""
    from .aligned import col_range

    cols = {col_range((w.x0, w.x1), a.xs) for line in lines for w in line.words}
    return len(cols) == 1 and all(c1 - c0 == 1 for c0, c1 in cols)


def _rest_in_blanks(last: list[str], cells: list[str], a: Grid, above: list[Line], below_top: float,
                    settings: TableSettings) -> bool:
    """The lines fill only cells ``last`` leaves empty, beside cells it fills (a label set
    one line per row, its last line pushed over the page break), and stand apart from the
    part below them (at ``below_top``) by more than the rows of a are apart: no group row
    heading that part."""
    rest = {c for c, x in enumerate(cells) if x}
    if not rest or any(last[c] for c in rest) or not any(last):
        return False
    tops = sorted(set(round(t, 1) for t in a.row_tops))
    pitches = sorted(b - t for t, b in zip(tops, tops[1:]))
    if not pitches:
        return False
    pitch = pitches[len(pitches) // 2]
    gap = below_top - max(l.bottom for l in above)
    return gap > settings.continuation.rest_apart_pitches * pitch


def _wrapped_in_label(a: Grid, above: list[Line], settings: TableSettings) -> bool:
    """Two lines or more of the label column, each wrapped into the next at the column's
    edge (the next line's first word would not have fitted after it, the column as wide
    as a's widest label text): a label's rest pushed over the page break ("Rue du 8 Mai
    1945 -" / "62800 Liévin"), not a group row, printed over the row in a line of its own."""
    lines = sorted(above, key=lambda l: l.top)
    right = max((w.x1 for cell in a.cells if cell.col == 0 and cell.colspan == 1 for w in cell.words), default=0.0)
    if len(lines) < 2 or not right:
        return False
    space = settings.aligned.word_space_em
    for up, down in zip(lines, lines[1:]):
        word = down.words[0]
        if up.x1 + space * (down.size or 10.0) + (word.x1 - word.x0) < right - 1.0:
            return False
        if down.top - up.top > settings.aligned.max_wrap_leading_em * (down.size or 10.0):
            return False
    return True


def _rest_above(prev: _Found, a: Grid, above: list[Line], vocab: Counter, settings: TableSettings,
                below_top: float, below_rows: list[list[str]]) -> bool:
    """The lines opening the new page above b carry the rest of the last
    row of a (a cell wrapped past the page foot, "Résiden tialisatio" / "n",
    a line of one cell too few to be found as a row): joined into that row."""
    from .aligned import col_range

    if not prev.rows or not above:
        return False
    rest = [[] for _ in range(a.n_cols)]
    bullets: dict[tuple[int, int], str] = {}
    for line in sorted(above, key=lambda l: l.top):
        # (the last column's right edge is its widest text above: a rest may run a little past it)
        if line.x0 < a.xs[0] - 2 or line.x1 > a.xs[-1] + max(2.0, settings.continuation.rest_overhang_em * line.size):
            return False
        for k, w in enumerate(line.words):
            c0, c1 = col_range((w.x0, w.x1), a.xs)
            if c1 - c0 != 1:
                return False
            if k == 0 and line.bullet:
                bullets[(c0, len(rest[c0]))] = line.bullet
            rest[c0].append(w.text)
    cells = [" ".join(ws) for ws in rest]
    # A dash opening a cell's line is its text, no list's bullet ("Douai –" / "îlot Gayant" read
    # "– îlot Gayant"): printed in the cell, left out when telling whether the cell goes on.
    printed = [" ".join(f"{bullets[(c, i)]} {w}" if (c, i) in bullets else w for i, w in enumerate(ws))
               for c, ws in enumerate(rest)]
    # Every row of the table fills its label: the rows so far, or the part below the
    # lines (the part above may hold one row only, under the header).
    c = settings.continuation
    labelled = _labels_every_row(prev, settings) or (
        len(below_rows) >= c.min_labelled_rows and all(r and r[0] for r in below_rows))
    label_rest = (rest[0] and not any(rest[1:]) and prev.rows[-1][0]
                  and (len(above) >= c.rest_label_min_lines or _wrapped_in_label(a, above, settings)))
    if not (is_rest_of_row(prev.rows[-1], cells, ruled=False, labelled=labelled) or label_rest
            or _rest_in_blanks(prev.rows[-1], cells, a, above, below_top, settings)):
        return False
    prev.rows[-1] = [join_cell(x, y, vocab) for x, y in zip(prev.rows[-1], printed)]
    prev.extra_lines.extend(above)
    return True


def _joint(prev: _Found, b: Grid, matrix: list[list[str]], pages: dict[int, Page],
           by_page: dict[int, list[Grid]], settings: TableSettings, vocab: Counter) -> Optional[list[Line]]:
    """b (top of page p+1) continues prev's last grid a (foot of page p): same
    columns, nothing between. Returns the lines between that are rows of the
    table (a group row left below a when b repeats the header), or None."""
    a = prev.grids[-1]
    if a.alone or b.alone:
        return None
    if a is prev.header_part and _right_below(a, b, pages[b.page], by_page[b.page], settings):
        return []       # the rows under the header printed again on the new page
    if b.page != a.page + 1 or not _compatible(a, b, settings):
        return None
    if by_page[a.page][-1] is not a or by_page[b.page][0] is not b:
        return None
    if _header_of_its_own(prev, b, matrix):
        return None
    c = settings.continuation
    notes = _footnotes_top(pages[a.page], a.bbox[3], c, a.bbox[1])
    below = sorted((l for l in _free_lines(pages[a.page], by_page[a.page])
                    if l.top >= a.bbox[3] - 1 and l.top < notes), key=lambda l: l.top)
    if below and (g := with_foot_paragraphs(a, below, max((l.x1 for l in pages[a.page].lines if l.words),
                                                          default=a.xs[-1]), settings)) is not None:
        # The last row's cell going on under the grid (its wrapped lines, its next paragraphs):
        # read into that row, no group row.
        last = g.matrix(vocab)[-1]
        prev.rows[-1] = [x if x != y else r for x, y, r in zip(last, a.matrix(vocab)[-1], prev.rows[-1])]
        prev.grids[-1] = g
        by_page[a.page] = [g if x is a else x for x in by_page[a.page]]
        a, below = g, []
    above = [l for l in _free_lines(pages[b.page], by_page[b.page]) if l.bottom <= b.bbox[1] + 1]
    header = header_lines(above, prev.header)
    if header:
        # The header repeated over the new page, set apart from the rows (its
        # shading taller than its text): the table's, not prose between.
        prev.extra_lines.extend(header)
        above = [l for l in above if l not in header]
    few = len(above) <= c.max_orphan_lines or (len(above) <= c.max_rest_cell_lines and _one_column(a, above))
    if not header and not below and few and _rest_above(prev, a, above, vocab, settings, b.bbox[1],
                                                                matrix):
        above = []
    if len(below) <= c.max_prose_lines_between and len(above) <= c.max_prose_lines_between:
        return []
    repeated = bool(prev.header) and (header_again(matrix[:len(prev.header)], prev.header)
                                      or same_header_but_marks(matrix[:len(prev.header)], prev.header))
    # ... or when b opens on a row of figures, no header of its own: the rest of the rows
    # pushed to the next page (an orphan grid) under a group row left at the page foot.
    rows_go_on = bool(matrix) and any(numberish(x) for x in matrix[0])
    if not (repeated or rows_go_on) or above or not _group_lines_below(a, below, c):
        return None
    return below


def _header_of_its_own(prev: _Found, b: Grid, matrix: list[list[str]]) -> bool:
    """b opens on a header (bold or shaded, no figure) that shares hardly a word with the header
    of the table above: another table opening the page (a table set right after the one ending
    the page before, no caption between), not the header printed again."""
    if not prev.header or not matrix or not _opens_on_header(b):
        return False
    if not prev.rows and is_rest_of_header(prev.header[-1], matrix[0], _ruled(prev, b)):
        return False        # the rest of the header row left alone at the page foot
    def words(rows) -> set[str]:
        return {w for row in rows for cell in row for w in fold(cell).split()}
    mine, theirs = words(matrix[:1]), words(prev.header)
    return bool(mine) and len(mine & theirs) * 2 < len(mine)


def _group_lines_below(a: Grid, below: list[Line], c: ContinuationSettings) -> bool:
    """A few lines right below a, inside its extent, each close to the one above and set
    in the cells' type: group rows ("Quartier La Croix-Rouge") a page break left at the
    foot of the page, not a caption or the sentence announcing the next table."""
    if not below or len(below) > c.max_group_lines:
        return False
    bottom = a.bbox[3]
    sizes = sorted(w.size for cell in a.cells for w in cell.words if w.size)
    size = sizes[len(sizes) // 2] if sizes else 0.0
    for l in below:
        gap = c.group_white_em if len(below) == 1 else c.group_gap_em
        if l.top - bottom > gap * (l.size or 10.0) or l.x0 < a.xs[0] - 2 or l.x1 > a.xs[-1] + 2:
            return False
        if size and l.words and abs(sorted(w.size for w in l.words)[len(l.words) // 2] - size) > c.size_tol:
            return False
        if numberish(l.text):
            return False
        bottom = l.bottom
    return True
