"""Unruled tables set side by side, read by whitespace as one grid.

Two tables each in a cell of a borderless layout table (a financing plan and the concours by
family beside it) share the page's height but none of their rows: each is set at its own pitch,
the left one's header wrapped over three lines beside a header of one line on the right. The
gutters between them and inside each line up into one run of columns, and whitespace reads one
grid whose rows interleave both tables' lines. A column boundary the two sides share almost no
baseline across (``AlignedSettings.side_baseline_share``) parts two tables: each side is read
again on its own, in its own columns, and parted again where it holds more than one table. The
cells of one table share their first line's baseline with every other column, row by row."""

from __future__ import annotations

from .aligned import find_gutters, grid_for, gutter_columns, visual_lines
from .grid import Grid
from .settings import AlignedSettings


def _boundary(g: Grid, s: AlignedSettings) -> int | None:
    """The column boundary (index into ``g.xs``) the two sides share the fewest baselines across,
    when they share fewer than the setting's share, each side two columns wide or more."""
    best, best_share = None, s.side_baseline_share
    words = [w for c in g.cells for w in c.words]
    for k in range(2, g.n_cols - 1):
        x = g.xs[k]
        left = {round(w.base or w.bottom) for w in words if w.x1 <= x}
        right = {round(w.base or w.bottom) for w in words if w.x0 >= x}
        if len(left) < s.side_min_lines or len(right) < s.side_min_lines:
            continue
        if any(w.x0 < x < w.x1 for w in words):
            continue
        share = len(left & right) / min(len(left), len(right))
        if share < best_share:
            best, best_share = k, share
    return best


def split_side_by_side(g: Grid, s: AlignedSettings) -> list[Grid]:
    """``g`` parted into the tables set side by side in it (see the module), or ``[g]``."""
    if g.kind != "aligned" or g.source is None or g.n_cols < 4:
        return [g]
    k = _boundary(g, s)
    if k is None:
        return [g]
    _, rules = g.source  # type: ignore[misc]
    x = g.xs[k]
    out: list[Grid] = []
    for xs, inside in ((g.xs[:k + 1], lambda w: w.x1 <= x), (g.xs[k:], lambda w: w.x0 >= x)):
        words = [w for c in g.cells for w in c.words if inside(w)]
        lines = sorted(visual_lines(words, s), key=lambda l: l.top)
        # both sides keep the grid's top: read left to right (a side whose first glyphs stand a
        # fraction higher is no table above the other)
        bbox = (min(w.x0 for w in words), g.bbox[1], max(w.x1 for w in words), max(w.bottom for w in words))
        # its own gutters: a column of the other side no longer crosses its lines
        own = gutter_columns(find_gutters(lines, s), xs[0], xs[-1])
        side = grid_for(g.page, lines, own if len(own) >= len(xs) else list(xs),
                        [r for r in rules if r[0] < bbox[2] and r[2] > bbox[0]], "aligned", bbox, s)
        out += split_side_by_side(side, s)
    return out
