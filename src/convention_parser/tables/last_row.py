"""A table's last row left outside its grid.

A table whose rows are told by rules or shading bands between them (every other row
shaded, no rules: "zebra" tables; rules under some rows only) has its rows found
between the bands. A last row printed under the last band (an unshaded "Total" row
after a shaded one) falls outside: whitespace then finds it as a table of one row of
its own (a key line), or as no table at all. The words right under such a grid, within
a row's spacing, on one line (and its wrapped lines), each in one of the grid's columns,
opening on a label beside figures or counts ("33 logements"), are the grid's last row.

A table (ruled, banded or unruled) whose Total row is printed apart, under it, as a one-row
table framed by a box rule alone (no rule between its cells: no ruled grid of its own, its
words left free) gives it that row likewise, when a rule runs across the table's width right
above and right below the row's lines (``boxed``), within ``boxed_row_gap_em`` of the table.
"""

from __future__ import annotations

import dataclasses
from typing import Callable, Optional

from ..text.model import Word
from .grid import BBox, Grid, GridCell
from .header import numberish
from .settings import AlignedSettings, ContinuationSettings


def _counted(text: str) -> bool:
    """A figure, or a count in words ("33 logements")."""
    return numberish(text) or any(ch.isdigit() for ch in text)


def _row_below(a: Grid, words: list[Word], settings: ContinuationSettings, aligned: AlignedSettings,
               boxed: Optional[Callable[[list, Grid], bool]] = None) -> tuple[list[GridCell], list[Word]] | None:
    from .aligned import chunk_span, col_range, visual_lines

    below = [w for w in words if w.top >= a.bbox[3] - 1 and w.x0 >= a.xs[0] - 2 and w.x1 <= a.xs[-1] + 2]
    lines = sorted(visual_lines(below, aligned), key=lambda l: l.top)
    if not lines:
        return None
    first = lines[0]
    size = first.size or 10.0
    # Further down than a last row sits, only a row boxed apart (checked below) is the table's.
    far = first.top - a.bbox[3] > settings.last_row_gap_em * size
    if first.top - a.bbox[3] > settings.boxed_row_gap_em * size:
        return None
    taken = [first]
    for l in lines[1:]:            # the row's wrapped lines: at a wrap's leading, baseline to baseline
        # (a line's box grows with its glyphs: descenders above, accented capitals below)
        if l.base - taken[-1].base > aligned.max_wrap_leading_em * size or len(l.chunks) > len(first.chunks):
            break
        taken.append(l)
    cols: dict[int, list[Word]] = {}
    for l in taken:
        for ch in l.chunks:        # each cell of the line (words a cell gap apart) in one column
            c0, c1 = col_range(chunk_span(ch), a.xs)
            if c1 - c0 != 1:
                return None
            cols.setdefault(c0, []).extend(ch)
    if len(cols) < 2 or min(cols) != 0:
        return None
    texts = {k: " ".join(w.text for w in ws) for k, ws in cols.items()}
    if not any(_counted(t) for k, t in texts.items() if k):
        return None
    if (a.kind == "ruled" or far) and (boxed is None or not boxed(taken, a)):
        return None
    return [GridCell(a.n_rows, k, words=ws) for k, ws in sorted(cols.items())], [w for l in taken for w in l.words]


def framed_by_columns(rules: list[BBox], lines: list, g: Grid, max_thickness: float, tol: float) -> bool:
    """The row's ``lines`` lie between the ruled grid ``g``'s column rules going on down past its
    last horizontal rule: a table ruled by its columns whose rows are told by shading (zebra, a
    Total row white under the last band: Chromium draws no rule under it) or partly ruled. Every
    column edge of ``g`` has a vertical rule (its pieces, drawn cell by cell, joined) from the
    grid's bottom down to the lines' bottom."""
    from .aligned import merge_hrules

    thin = [(r[1], r[0], r[3], r[2]) for r in rules if r[2] - r[0] <= max_thickness]
    vertical = [(r[1], r[0], r[3], r[2]) for r in merge_hrules(thin)]
    low = max(l.bottom for l in lines)
    return len(g.xs) >= 2 and all(any(abs((r[0] + r[2]) / 2 - x) <= tol and r[1] <= g.bbox[3] + tol and r[3] >= low - tol
                                      for r in vertical) for x in g.xs)


def _inside(g: Grid, box: BBox) -> bool:
    return g.bbox[1] >= box[1] - 1 and g.bbox[3] <= box[3] + 1


def with_last_rows(grids: list[Grid], words: list[Word], settings: ContinuationSettings,
                   aligned: AlignedSettings, boxed: Optional[Callable[[list, Grid], bool]] = None) -> list[Grid]:
    """One page's grids, a banded or whitespace grid given the row right under it where it is
    its last row (see the module's docstring); a key line that row was found as leaves.
    ``words``: the page's words no grid holds but key lines; ``boxed(lines, grid)``: rules
    across the grid's width right above and below the lines (a ruled grid's row boxed apart)."""
    grids = sorted(grids, key=lambda g: g.bbox[1])
    out = list(grids)
    for a in grids:
        if a.kind not in ("hrules", "aligned", "ruled") or a.alone or a.n_rows < 2:
            continue
        nxt = [g for g in out if g.bbox[1] > a.bbox[3] - 1 and g is not a]
        found = _row_below(a, words, settings, aligned, boxed)
        if found is None:
            continue
        cells, used = found
        box = (min(w.x0 for w in used), min(w.top for w in used), max(w.x1 for w in used), max(w.bottom for w in used))
        # nothing but a key line of the same words between a and the row
        if any(g.bbox[1] < box[1] - 1 and not g.alone for g in nxt):
            continue
        bbox = (min(a.bbox[0], box[0]), a.bbox[1], max(a.bbox[2], box[2]), box[3])
        joined = dataclasses.replace(a, cells=a.cells + cells, n_rows=a.n_rows + 1, bbox=bbox,
                                     row_tops=a.row_tops + [box[1]] if a.row_tops else a.row_tops)
        out = [joined if g is a else g for g in out if not (g.alone and _inside(g, box))]
    return out
