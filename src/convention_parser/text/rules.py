"""Ruling segments (table borders, underlines, footnote rules) from pdfium paths.

Only straight horizontal and vertical pieces are kept, in the upright frame,
as (x0, top, x1, bottom). A filled thin rectangle (how Word draws most cell
borders) is a rule too; a larger rectangle gives its four edges, except where a
filled-only rectangle (a cell background) meets the one of the same colour stacked under it
in a shaded column: that edge prints nothing (`_invisible_edges`).
"""

from __future__ import annotations

import ctypes

import pypdfium2.raw as raw

from .chars import Frame

Rule = tuple[float, float, float, float]
_THIN = 2.0            # points: thinner than this, a rectangle is a line


def _matrix(obj) -> tuple[float, float, float, float, float, float]:
    m = raw.FS_MATRIX()
    if not raw.FPDFPageObj_GetMatrix(obj, m):
        return 1, 0, 0, 1, 0, 0
    return m.a, m.b, m.c, m.d, m.e, m.f


def page_rules(page, frame: Frame, limit: int = 4000) -> list[Rule]:
    """Rules of one page; stops after ``limit`` path objects (vector drawings)."""
    out: list[Rule] = []
    fills: list[tuple[Rule, tuple[int, int, int], range]] = []
    fx, fy = ctypes.c_float(), ctypes.c_float()
    seen = 0
    for obj in page.get_objects(filter=[raw.FPDF_PAGEOBJ_PATH], max_depth=2):
        seen += 1
        if seen > limit:
            break
        h = obj.raw
        n = raw.FPDFPath_CountSegments(h)
        if n <= 0 or n > 200:                     # curves and drawings, not rules
            continue
        a, bb, c, d, e, f = _matrix(h)
        pts = []
        for i in range(n):
            seg = raw.FPDFPath_GetPathSegment(h, i)
            raw.FPDFPathSegment_GetPoint(seg, fx, fy)
            x, y = fx.value, fy.value
            pts.append((raw.FPDFPathSegment_GetType(seg), a * x + c * y + e, bb * x + d * y + f,
                        raw.FPDFPathSegment_GetClose(seg)))
        xs, ys = [p[1] for p in pts], [p[2] for p in pts]
        l, b, r, t = min(xs), min(ys), max(xs), max(ys)
        if (r - l) < _THIN or (t - b) < _THIN:
            # A hairline or a thin filled bar (how Word draws cell borders).
            if max(r - l, t - b) >= _THIN:
                out.append(frame.rect(l, b, r, t))
            continue
        first = len(out)
        start = None
        prev = None
        for kind, x, y, close in pts:
            if kind == raw.FPDF_SEGMENT_MOVETO:
                start = prev = (x, y)
                continue
            if prev is not None and kind == raw.FPDF_SEGMENT_LINETO:
                _add(out, frame, prev, (x, y))
            prev = (x, y)
            if close and start is not None:
                _add(out, frame, prev, start)
        colour = _fill_only(h) if n <= 6 else None
        if colour is not None:
            fills.append((frame.rect(l, b, r, t), colour, range(first, len(out))))
    drop = _invisible_edges(out, fills)
    return [r for i, r in enumerate(out) if i not in drop] if drop else out


def _fill_only(obj) -> tuple[int, int, int] | None:
    """The fill colour of a path filled and not stroked (a cell background), else None."""
    mode, stroke = ctypes.c_int(), ctypes.c_int()
    if not raw.FPDFPath_GetDrawMode(obj, mode, stroke) or mode.value == 0 or stroke.value:
        return None
    r, g, b, a = (ctypes.c_uint() for _ in range(4))
    if not raw.FPDFPageObj_GetFillColor(obj, r, g, b, a) or a.value == 0:
        return None
    return r.value, g.value, b.value


def _invisible_edges(out: list[Rule], fills: list[tuple[Rule, tuple[int, int, int], range]],
                     tol: float = 0.6) -> set[int]:
    """Indices of ``out`` that are the outline of a cell background with no background of its
    colour beside it and one of its colour touching its top or bottom over its whole width (a
    column's next cell, a shaded group row across the table): its sides and the edge it shares
    print nothing. That is a shaded first column of a table without rules, whose
    cell outlines would otherwise read as row rules across that column alone and, with shaded
    group rows across the table, as a ruled grid of two columns (the shaded one | the rest): the
    edges between them print nothing, and their sides are a tint's, not column rules. A shaded
    header (cells side by side), zebra bands (white rows between) and stroked borders (paths of
    their own) keep every edge."""
    if len(fills) < 2:
        return set()
    lone = []
    for a, ca, _ in fills:
        lone.append(not any(
            c == ca and (abs(b[2] - a[0]) <= tol or abs(b[0] - a[2]) <= tol)
            and min(a[3], b[3]) - max(a[1], b[1]) > 0.5 * (a[3] - a[1])
            for b, c, _ in fills))
    drop: set[int] = set()
    for k, (a, ca, ia) in enumerate(fills):
        if not lone[k]:
            continue
        # same-colour backgrounds touching its top or bottom over at least its width
        contacts = [y for b, cb, _ in fills if cb == ca and b is not a
                    and b[0] <= a[0] + tol and b[2] >= a[2] - tol
                    for y in ((a[1],) if abs(b[3] - a[1]) <= tol else ()) + ((a[3],) if abs(b[1] - a[3]) <= tol else ())]
        if not contacts:
            continue
        for i in ia:
            r = out[i]
            if r[2] - r[0] < 0.5 or (r[3] - r[1] < 0.5 and any(abs(r[1] - y) <= tol for y in contacts)):
                drop.add(i)
    return drop


def _add(out: list[Rule], frame: Frame, p: tuple[float, float], q: tuple[float, float]) -> None:
    (x0, y0), (x1, y1) = p, q
    if abs(x0 - x1) < 0.5 or abs(y0 - y1) < 0.5:
        if abs(x0 - x1) >= 0.5 or abs(y0 - y1) >= 0.5:
            out.append(frame.rect(min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)))
