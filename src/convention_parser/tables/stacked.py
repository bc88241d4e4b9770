"""Tables ruled with horizontal lines only, one rule between every two rows.

Word processors draw such a table (borders top, bottom and inside-horizontal,
no vertical ones) as a stack of rules of one width. The rules are the row
boundaries: a cell wrapped over two lines stays in its row however its lines
are spaced, and the table ends at its last rule (a bulleted paragraph or the
next table right below it is not swallowed). Columns come from the gutters
between the words, as for tables without any rule (aligned.py).

A stack needs at least ``min_rules`` rules so that a table with rules only
around its header (booktabs) keeps going to aligned.py, which splits its
unruled body by line pitch.
"""

from __future__ import annotations

import re
from collections import Counter

from ..text.model import Word
from .aligned import (clear_gutters, col_range, gutter_columns, find_gutters, header_columns, set_apart, chunk_span, build_banded_grid,
                      merge_hrules, rows_in_bands, split_at_columns, visual_lines)
from .group_rows import spread_group_rows
from .hyphen_starts import rest_line_at
from .cell_paragraphs import one_cell_paragraphs
from .header import figure
from .grid import BBox, Grid
from .head_on_rule import header_on_rule
from .zebra_head import header_over
from .settings import AlignedSettings, StackSettings


def _stacks(rules: list[BBox], s: StackSettings) -> list[list[BBox]]:
    """Rules of one extent (same left and right ends), top-down."""
    groups: list[list[BBox]] = []
    for r in sorted(rules, key=lambda r: (r[1] + r[3]) / 2):
        for g in groups:
            if abs(g[0][0] - r[0]) <= s.extent_tol and abs(g[0][2] - r[2]) <= s.extent_tol:
                g.append(r)
                break
        else:
            groups.append([r])
    # A double rule (a double border under the header) is one row boundary: its second
    # stroke bounds no row of its own (no row is that thin).
    groups = [[r for i, r in enumerate(g) if not i or _y(r) - _y(g[i - 1]) > s.double_rule_gap] for g in groups]
    return [g for g in groups if len(g) >= s.min_rules]


def _y(r: BBox) -> float:
    return (r[1] + r[3]) / 2


def _without_beside(stack: list[BBox], stacks: list[list[BBox]], words: list[Word], s: StackSettings) -> list[Word]:
    """The words less those of another table set beside this one: a stack of rules of its own
    beside this stack, apart from it by a gutter, over some of the same height (two tables side
    by side, each in a cell of a layout table: their rows never line up). Its words are no
    row's words here; words beside rules drawn under some columns of a larger table (no stack
    of their own beside) still show those rules partial."""
    x0, x1 = min(r[0] for r in stack), max(r[2] for r in stack)
    top, bottom = _y(stack[0]), _y(stack[-1])
    beside = []
    for other in stacks:
        if other is stack:
            continue
        o0, o1 = min(r[0] for r in other), max(r[2] for r in other)
        apart = o0 >= x1 + s.beside_gutter or o1 <= x0 - s.beside_gutter
        if apart and min(bottom, _y(other[-1])) > max(top, _y(other[0])):
            beside.append((o0 - s.outside_tol, o1 + s.outside_tol))
    if not beside:
        return words
    return [w for w in words if not any(a <= w.x0 and w.x1 <= b for a, b in beside)]


def _band_words(words: list[Word], x0: float, x1: float, top: float, bottom: float) -> list[Word]:
    return [w for w in words if x0 <= (w.x0 + w.x1) / 2 <= x1 and top < (w.top + w.bottom) / 2 < bottom]


def _is_row(band: list[Word], x0: float, x1: float, s: StackSettings) -> bool:
    """A band between two rules holds a row: words, all inside the rules'
    extent (a paragraph between two tables of one width starts at the page
    margin; words beside the rules show them partial, drawn under some
    columns of a larger table)."""
    if not band:
        return False
    if min(w.x0 for w in band) < x0 - s.outside_tol or max(w.x1 for w in band) > x1 + s.outside_tol:
        return False
    return True


def _text_between(band: list[Word], aligned: AlignedSettings) -> bool:
    """The band holds a caption or a list item, one cell per line: text set
    between two tables of one width, not a row."""
    lines = visual_lines(band, aligned)
    return bool(lines) and all(len(l.chunks) == 1 for l in lines) and set_apart(lines[0], aligned)


def _row_size(band: list[Word], aligned: AlignedSettings) -> float | None:
    """The type size of a band holding a row of several cells (None: no such row)."""
    sizes = sorted(w.size for l in visual_lines(band, aligned) if len(l.chunks) >= 2 for w in l.words) if band else []
    return sizes[len(sizes) // 2] if sizes else None


def _runs(stack: list[BBox], words: list[Word], s: StackSettings, aligned: AlignedSettings) -> list[list[BBox]]:
    """Cut a stack where a band holds no row: the rules on each side bound
    two tables (or a table and a decoration)."""
    x0, x1 = min(r[0] for r in stack), max(r[2] for r in stack)
    bands = [_band_words(words, float("-inf"), float("inf"), _y(a), _y(b)) for a, b in zip(stack, stack[1:])]
    # The rows' text starts inside the cells' padding; a paragraph set
    # between two tables of one width starts further left, at the margin.
    # (measured on the bands holding a line of several cells, rows: a stack of a header and a
    # row's rest alone, the header printed again on a table's last page, has no other)
    lefts = sorted(min(w.x0 for w in band) for band in bands
                   if band and any(len(l.chunks) >= 2 for l in visual_lines(band, aligned))) \
        or sorted(min(w.x0 for w in band) for band in bands if band)
    text_left = lefts[len(lefts) // 2] if lefts else x0
    # Rows sit on their top rule at the cells' padding; a paragraph between
    # two tables sits further down, after the paragraph spacing.
    pads = sorted(min(w.top for w in band) - _y(a) for band, a in zip(bands, stack) if band)
    row_pad = pads[len(pads) // 2] if pads else 0.0
    # ... and in the table's type size (its lines of several cells': a
    # stack may run over captions and paragraphs between tables of one
    # width): a caption in its own size, set as one line of one cell
    # between two tables, is no row of either.
    sizes = sorted(w.size for band in bands for l in visual_lines(band, aligned) if len(l.chunks) >= 2
                   for w in l.words) or sorted(w.size for band in bands for w in band)
    size = sizes[len(sizes) // 2] if sizes else 0.0
    # The type size of each band's lines of several cells (None: a band of one cell per line):
    # a stack over tables of one width set in different sizes (a small operations table over
    # the financing table) measures a line of one cell against the rows around it.
    row_sizes = [_row_size(band, aligned) for band in bands]
    runs: list[list[BBox]] = [[stack[0]]]
    for k, (band, a, b) in enumerate(zip(bands, stack, stack[1:])):
        outdented = bool(band) and min(w.x0 for w in band) < text_left - aligned.outdent_tol
        height = max((w.bottom - w.top for w in band), default=0.0)
        spaced = bool(band) and min(w.top for w in band) - _y(a) > row_pad + s.max_pad_lines * height
        lines = visual_lines(band, aligned) if band else []
        near = [x for x in (next((row_sizes[i] for i in range(k - 1, -1, -1) if row_sizes[i] is not None), None),
                            next((row_sizes[i] for i in range(k + 1, len(bands)) if row_sizes[i] is not None), None))
                if x is not None] or [size]
        resized = (len(lines) == 1 and len(lines[0].chunks) == 1
                   and any(abs(sorted(w.size for w in band)[len(band) // 2] - x) > s.size_tol for x in near))
        # A line or two of one cell starting in a column well right of the rows' text is a
        # cell's ("- cité jardin": the rest of a label cut by the page break, opening on the
        # dash it was wrapped after), not a list item set between two tables.
        inset = (bool(band) and 0 < len(lines) <= s.max_inset_rest_lines and not any(re.match(aligned.caption_label, " ".join(w.text for w in l.words), re.I) for l in lines)
                 and min(w.x0 for w in band) > text_left + aligned.group_row_indent_em * height)
        if _is_row(band, x0, x1, s) and not (outdented or spaced or resized or _row_then_prose(lines, x0, x1, s)) \
                and (inset or not _text_between(band, aligned)):
            runs[-1].append(b)
        elif empty_row_rest(bands, k, x0, x1, s, aligned):
            runs[-1].append(b)
        else:
            runs.append([b])
    return [r for r in runs if len(r) >= s.min_rules]


def empty_row_rest(bands: list[list[Word]], k: int, x0: float, x1: float, s: StackSettings,
                   aligned: AlignedSettings) -> bool:
    """Band k is empty between the header printed again atop a page (bold, no figure) and a
    row: the rest of the row the page break cut, its text all on the page before (a row
    allowed to break keeps its height on the next page). Not a gap between two tables: the
    rows under it are the header's."""
    if bands[k] or not 0 < k < len(bands) - 1 or not bands[k - 1] or not _is_row(bands[k + 1], x0, x1, s):
        return False
    return _header_band(visual_lines(bands[k - 1], aligned)) \
        and not _header_band(visual_lines(bands[k + 1], aligned))


def _row_then_prose(lines, x0: float, x1: float, s: StackSettings) -> bool:
    """A band holding a row (a line of several cells) and then text: a line of running prose
    (one chunk nearly as wide as the rules), or a line of one chunk across the row's cells set
    a paragraph's spacing under the line above it (a caption, a sentence). The rule under the
    row is missing: the band runs on over the text after the table to the next table's top
    rule (tables whose shaded header draws their only rules)."""
    lines = sorted(lines, key=lambda l: l.top)
    first = next((k for k, l in enumerate(lines) if len(l.chunks) >= 2), None)
    if first is None:
        return False
    cells = [chunk_span(ch) for ch in lines[first].chunks]
    for above, l in zip(lines[first:], lines[first + 1:]):
        if len(l.chunks) != 1:
            continue
        a, b = chunk_span(l.chunks[0])
        if b - a >= (x1 - x0) * s.prose_line_share:
            return True
        crossed = sum(1 for c0, c1 in cells if min(b, c1) > max(a, c0))
        if crossed >= 2 and l.top - above.bottom > s.text_gap_lines * (l.bottom - l.top):
            return True
    return False


def _cut_at_columns(run: list[BBox], words: list[Word], s: StackSettings, aligned: AlignedSettings) -> list[list[BBox]]:
    """Two tables of one width back to back, nothing between: one stack of
    rules, but the column grid changes at a rule. Cut there (the rule is
    the bottom of one table and the top of the next) when the bands above
    and below are two tables in different columns, the one below opening
    on its header (a column grid changing inside one table does not)."""
    x0, x1 = min(r[0] for r in run) - s.outside_tol, max(r[2] for r in run) + s.outside_tol
    lines = visual_lines(_band_words(words, x0, x1, _y(run[0]), _y(run[-1])), aligned)
    for k in range(s.min_rules - 1, len(run) - s.min_rules + 1):
        a = [l for l in lines if (l.top + l.bottom) / 2 < _y(run[k])]
        b = [l for l in lines if (l.top + l.bottom) / 2 > _y(run[k])]
        head = [l for l in b if (l.top + l.bottom) / 2 < _y(run[k + 1])]
        if a and b and _header_band(head) and _other_columns(a, b, s, aligned):
            return [run[:k + 1]] + _cut_at_columns(run[k:], words, s, aligned)
    return [run]


def _header_band(lines) -> bool:
    """A header row: set in bold, no figure in it."""
    words = [w for l in lines for w in l.words]
    bold = sum(len(w.text) for w in words if w.bold) * 2 > sum(len(w.text) for w in words)
    return bool(words) and bold and not any(
        figure(" ".join(w.text for w in ch)) for l in lines for ch in l.chunks)


def _intruding(lines, gutters: list[tuple[float, float]], depth: float) -> int:
    """Lines holding a cell that enters one of ``gutters`` this deep."""
    return sum(1 for l in lines if len(l.chunks) >= 2 and any(
        min(b, g1) - max(a, g0) >= depth for a, b in map(chunk_span, l.chunks) for g0, g1 in gutters))


def _other_columns(a, b, s: StackSettings, aligned: AlignedSettings) -> bool:
    """The lines above (a) and below (b) a rule are two tables: each holds
    a header and a row at least, their column counts differ, and a cell of
    the side with fewer columns enters a gutter of the other."""
    multi = lambda ls: sum(1 for l in ls if len(l.chunks) >= 2)
    if min(multi(a), multi(b)) < s.min_side_lines:
        return False
    ga, gb = find_gutters(a, aligned), find_gutters(b, aligned)
    if not ga or not gb or len(ga) == len(gb):
        return False
    # The side with fewer columns runs a cell into a gutter of the other:
    # a column left empty in some rows makes the side with more columns
    # enter the wider gutter of the other side, never this.
    fewer, more = (a, gb) if len(ga) < len(gb) else (b, ga)
    return _intruding(fewer, more, aligned.min_gutter_width) >= 1


def _rows_per_band(lines, ys: list[float], s: StackSettings, run: list[BBox] | None = None) -> bool:
    """Each band one row: a band with many lines of several cells is the
    unruled body of a table ruled around its header (aligned.py's case), and
    lines further apart than the leading of a wrapped cell are two rows
    (rules drawn under some rows only: aligned.py splits them by pitch).
    Only the room next to a line of several cells counts: a cell's paragraphs
    (a list of streets in one column) keep their spacing inside one row."""
    # Pitches measured on the lines' baselines and on their tops: a line whose words
    # layer 1 gave baselines a point and a half apart (glyph boxes of two font runs) keeps
    # its top in place, and lines of two type sizes keep their baselines.
    pitches: dict[str, list[float]] = {"base": [], "top": []}
    for k, (a, b) in enumerate(zip(ys, ys[1:])):
        band = [l for l in lines if a < (l.top + l.bottom) / 2 < b]
        if run is not None:
            band = without_merged_down(band, run[k], run[k + 1], s)
        if sum(1 for l in band if len(l.chunks) >= 2) > s.max_multi_lines and not _one_wrapped_row(band, s):
            return False
        if one_cell_paragraphs(band, s.wrapped_row_align_tol):
            continue        # a cell's paragraphs keep their spacing: no pitch of rows
        for edge, found in pitches.items():
            by_y: dict[float, bool] = {}
            for l in band:
                key = round(getattr(l, edge), 1)
                by_y[key] = by_y.get(key, False) or len(l.chunks) >= 2
                if (rest := rest_line_at(l, edge)) is not None:
                    by_y.setdefault(round(rest, 1), False)
            at = sorted(by_y)
            found += [y - x for x, y in zip(at, at[1:]) if y - x > 1.0 and (by_y[x] or by_y[y])]
    return any(not p or max(p) <= min(p) * s.max_pitch_ratio for p in pitches.values())


def partial_tail(run: list[BBox], merged: list[BBox], x0: float, x1: float, s: StackSettings) -> list[BBox]:
    """Rules under the run's last one, drawn under the figure columns only (beside a label
    merged down over the last rows, whose own bottom rule the word processor left out): the
    table's last rows, each rule at most a band's height of the run under the one before."""
    tall = max((_y(b) - _y(a) for a, b in zip(run, run[1:])), default=0.0)
    tail: list[BBox] = []
    for r in sorted((r for r in merged if _y(r) > _y(run[-1]) + 1), key=_y):
        if not (abs(r[2] - x1) <= s.extent_tol and r[0] > x0 + s.extent_tol) \
                or _y(r) - _y((tail or run)[-1]) > tall:
            break
        tail.append(r)
    return tail


def without_merged_down(band, above: BBox, below: BBox, s: StackSettings) -> list:
    """The band's lines less those beside its rules: a band bounded by rules drawn under
    some columns only (beside a cell merged down over several rows: a quartier's label
    beside its "C :", "P :", "T :" rows) holds that cell's lines too, wrapped at their
    own leading, sitting anywhere against the rows' lines; they are no line of the band's row."""
    left, right = max(above[0], below[0]), min(above[2], below[2])
    return [l for l in band if not (l.x1 <= left + s.extent_tol or l.x0 >= right - s.extent_tol)]


def _header_over_group_band(lines, ys: list[float], words: list[Word], x0: float, x1: float,
                            s: StackSettings, aligned: AlignedSettings) -> bool:
    """The stack opens on a group row (its first band one line of one cell) under a line of
    several cells set right above its first rule, within the rules' extent: the header of a
    table without rules whose shaded group rows draw the only rules. Its rules bound groups,
    not rows, and the header lies outside them: aligned.py reads the table whole."""
    first = [l for l in lines if ys[0] < (l.top + l.bottom) / 2 < ys[1]]
    if len(first) != 1 or len(first[0].chunks) != 1:
        return False
    height = first[0].bottom - first[0].top
    above = [w for w in words if x0 - s.outside_tol <= w.x0 and w.x1 <= x1 + s.outside_tol
             and ys[0] - s.header_above_lines * height < w.bottom <= ys[0] + 0.5]
    return any(len(l.chunks) >= 2 for l in visual_lines(above, aligned)) if above else False


def _one_wrapped_row(band, s: StackSettings) -> bool:
    """A band's lines are one row whose cells wrap (narrow columns of a wide table, each
    cell's text over several lines): its first line fills more cells than any line under
    it (every cell opens there, the figures hold on it); an unruled body's rows each fill
    their columns again. The pitch check of _rows_per_band still holds the lines to one
    leading."""
    band = sorted(band, key=lambda l: l.top)
    if len(band) < 2 or len(band[0].chunks) < s.wrapped_row_min_cells:
        return False
    # Every later cell line sits under a cell of the first line: it starts where that cell
    # starts (set left) or ends where it ends (an amount set right); prose lines do not.
    spans = [chunk_span(ch) for ch in band[0].chunks]
    def under(a: float, b: float) -> bool:
        return any(abs(a - x0) <= s.wrapped_row_align_tol or abs(b - x1) <= s.wrapped_row_align_tol
                   for x0, x1 in spans)
    return all(len(l.chunks) < len(band[0].chunks) and all(under(*chunk_span(ch)) for ch in l.chunks)
               for l in band[1:])


def _mark_group_rows(lines, xs: list[float], ys: list[float]) -> None:
    """A band holding a single cell over several columns is a group row
    ("LENS - Cité du 12/14"): it spans the whole table."""
    for a, b in zip(ys, ys[1:]):
        band = [l for l in lines if a < (l.top + l.bottom) / 2 < b]
        chunks = [ch for l in band for ch in l.chunks]
        if len(chunks) == 1:
            c0, c1 = col_range(chunk_span(chunks[0]), xs)
            band[0].full_width = c1 - c0 > 1


def stacked_grids(page: int, words: list[Word], hrules: list[BBox], aligned: AlignedSettings,
                  s: StackSettings) -> list[Grid]:
    """Tables whose rows are bounded by a stack of horizontal rules."""
    grids: list[Grid] = []
    merged = merge_hrules(hrules)
    stacks = _stacks(merged, s)
    for stack in stacks:
        own = _without_beside(stack, stacks, words, s)
        for run in (piece for r in _runs(stack, own, s, aligned) for piece in _cut_at_columns(r, own, s, aligned)):
            x0, x1 = min(r[0] for r in run), max(r[2] for r in run)
            run = run + partial_tail(run, merged, x0, x1, s)
            top, bottom = _y(run[0]), _y(run[-1])
            inside = _band_words(words, x0 - s.outside_tol, x1 + s.outside_tol, top, bottom)
            lines = visual_lines(inside, aligned)
            # Rules under some columns only (below a group cell over two
            # columns, beside a cell merged down) bound rows there too.
            partial = [r for r in merged if r not in run and top + 1 < _y(r) < bottom - 1
                       and r[0] >= x0 - s.extent_tol and r[2] <= x1 + s.extent_tol]
            run = sorted(run + partial, key=_y)
            ys = [_y(r) for r in run]
            if rows_in_bands(lines, ys, aligned) or _header_over_group_band(lines, ys, own, x0, x1, s, aligned):
                # The rules bound groups of rows, not rows (shaded group rows across a table
                # without rules): no table ruled between its rows; aligned.py reads it whole.
                continue
            if not lines or not _rows_per_band(lines, ys, s, run):
                continue
            gutters = find_gutters(lines, aligned)
            if gutters:
                xs = gutter_columns(clear_gutters(gutters, lines), x0, x1)
                xs = header_columns(lines, xs, aligned) or xs
            else:
                # A header and a row or two (a line added by an avenant): whitespace
                # over two lines shows no gutter, the header's cells start the columns.
                xs = header_columns(lines, [x0, x1], aligned)
                if not xs:
                    continue
            split_at_columns(lines, xs)
            _mark_group_rows(lines, xs, ys)
            grid = build_banded_grid(page, lines, xs, ys, run, "hrules", (x0, top, x1, bottom))
            if grid.n_rows < 2:
                continue
            grid.source = (lines, run)
            grids.append(spread_group_rows(grid))
    return grids


def _in_columns(lines, xs: list[float]) -> bool:
    """Every cell of the lines (words a cell gap apart) inside one of the columns."""
    for l in lines:
        for ch in l.chunks or [l.words]:
            x0, x1 = min(w.x0 for w in ch), max(w.x1 for w in ch)
            if not any(a - 2 <= x0 and x1 <= b + 2 for a, b in zip(xs, xs[1:])):
                return False
    return True


def _rebuilt(g: Grid, lines: list, run: list[BBox], bbox: BBox, xs: list[float] | None = None) -> Grid:
    xs = list(xs or g.xs)
    split_at_columns(lines, xs)
    grid = build_banded_grid(g.page, lines, xs, [_y(r) for r in run], run, "hrules", bbox)
    grid.source = (lines, run)
    return spread_group_rows(grid)


def without_foreign_band(g: Grid, bands: list[Grid], tol: float) -> Grid:
    """A banded grid (zebra shading: each shaded row drawn as cells at the
    table's column edges) ending on a shaded band drawn at other edges (a
    heading set as a two-cell band, "Article 3 | Entrée en vigueur", under the
    table): that band is no row; the grid ends at its top. The columns are the
    shaded cells' edges, where the bands agree on as many columns as the grid."""
    if g.source is None:
        return g
    inside = sorted((b for b in bands if b.bbox[1] >= g.bbox[1] - 1 and b.bbox[3] <= g.bbox[3] + 1),
                    key=lambda b: b.bbox[1])
    if len(inside) < 2:
        return g
    edges = Counter(len(b.xs) for b in inside).most_common(1)[0][0]
    rows = [b for b in inside if len(b.xs) == edges]

    def foreign(b: Grid) -> bool:
        return len(b.xs) != edges or not any(all(abs(x - y) <= tol for x, y in zip(b.xs, r.xs))
                                             for r in rows if r is not b)
    lines, run = g.source  # type: ignore[misc]
    # The shaded cells are drawn at the columns' edges: whitespace puts a column's edge where
    # its widest text ends, a cell's line a little wider (the next page's) then crosses it.
    xs = list(g.xs)
    if len(rows) >= 2 and edges == len(g.xs):
        xs = [sorted(r.xs[k] for r in rows)[len(rows) // 2] for k in range(edges)]
    last = inside[-1]
    if len(inside) < 3 or not foreign(last):
        return g if xs == list(g.xs) else _rebuilt(g, list(lines), list(run), g.bbox, xs)
    top = last.bbox[1]
    kept_lines = [l for l in lines if l.bottom <= top + 1]
    kept_run = [r for r in run if _y(r) <= top + 1.5]
    if len(kept_run) < 2 or not kept_lines:
        return g
    return _rebuilt(g, kept_lines, kept_run, (g.bbox[0], g.bbox[1], g.bbox[2], top), xs)


def _padding(g: Grid) -> float:
    """The widest space a row of the banded grid leaves between its text and its bands' edges
    (below the text: from its baseline, the glyphs' boxes end anywhere under it)."""
    edges = list(g.row_tops) + [g.bbox[3]]
    pads = []
    for r in range(g.n_rows):
        words = [w for c in g.cells if c.row == r and c.rowspan == 1 for w in c.words]
        if words and r + 1 < len(edges):
            pads += [min(w.top for w in words) - edges[r], edges[r + 1] - max(w.base or w.bottom for w in words)]
    return max(pads, default=0.0)


def _touching(lines: list, edge: float, gap: float, down: bool, leading: float) -> list:
    """The block of lines going on from ``edge`` (down, or up): the first within ``gap`` of it,
    each next one at a wrap's leading (``leading``, baseline to baseline)."""
    ordered = sorted(lines, key=lambda l: l.top if down else -l.bottom)
    block: list = []
    for l in ordered:
        if down and l.top < edge - 1 or not down and l.bottom > edge + 1:
            continue
        if not block:
            if (l.top - edge if down else edge - l.base) > gap:
                break
        elif abs(l.base - block[-1].base) > leading * (l.size or 10.0):
            break
        block.append(l)
    return block if down else block[::-1]


def with_white_rows(g: Grid, lines: list, gap: float, pad_tol: float, leading: float) -> Grid:
    """A banded grid (zebra shading) with its white first or last row: a white row between
    the last shaded band and the page foot (or the first band and the page top: the rest of
    a row the page break cut, or the next row) is outside every band. ``lines``: the page's
    lines no grid holds. The lines touching the grid (within a cell's padding: the bands'
    own, give or take ``pad_tol``, or at least ``gap``), going on at a wrap's ``leading``,
    every cell in the grid's columns, are one row of it: under the grid, a row (two cells
    filled or more; a caption under a table is one line of one cell); above it, only at the
    page's top (no line above them), where a row's rest may fill one cell."""
    if g.source is None:
        return g
    gap = max(gap, _padding(g) + pad_tol)
    src_lines, run = g.source  # type: ignore[misc]
    new_lines, new_run = list(src_lines), list(run)
    x0, top, x1, bottom = g.bbox
    inside = [l for l in lines if l.x0 >= g.xs[0] - 2 and l.x1 <= g.xs[-1] + 2]
    below = _touching(inside, bottom, gap, True, leading)
    if below and _in_columns(below, g.xs) and len({col_range(chunk_span(ch), g.xs)[0]
                                                    for l in below for ch in l.chunks}) >= 2:
        bottom = max(l.bottom for l in below) + 1.0
        new_lines += below
        new_run.append((g.xs[0], bottom, g.xs[-1], bottom))
    # (above a header, bold, a caption: a row's rest comes under the header printed again)
    first = [c for c in g.cells if c.row == 0 and c.words]
    above = [] if first and all(c.bold for c in first) else _touching(inside, top, gap, False, leading)
    if above and _in_columns(above, g.xs) and not any(l.bottom <= above[0].top + 1 for l in lines):
        top = min(l.top for l in above) - 1.0
        new_lines = above + new_lines
        new_run.insert(0, (g.xs[0], top, g.xs[-1], top))
    elif above and _in_columns(above, g.xs):
        # Not at the page top: the white row is the body's first when a bold header sits right
        # above it (zebra from the second row on, the header neither shaded nor ruled: HTML's
        # tbody tr:nth-child(even)); header and row each a row of the grid.
        head = header_over(inside, above, gap, leading)
        if head:
            top = min(l.top for l in head) - 1.0
            cut = (max(l.bottom for l in head) + min(l.top for l in above)) / 2
            new_lines = head + above + new_lines
            new_run[:0] = [(g.xs[0], top, g.xs[-1], top), (g.xs[0], cut, g.xs[-1], cut)]
        elif header_on_rule(above):
            # the bold header above the rule the grid starts at (the rule under the header)
            top = min(l.top for l in above) - 1.0
            new_lines = above + new_lines
            new_run.insert(0, (g.xs[0], top, g.xs[-1], top))
    if len(new_lines) == len(src_lines):
        return g
    return _rebuilt(g, new_lines, sorted(new_run, key=_y), (x0, top, x1, bottom))
