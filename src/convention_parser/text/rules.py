"""Ruling segments (table borders, underlines, footnote rules) from pdfium paths.

Only straight horizontal and vertical pieces are kept, in the upright frame,
as (x0, top, x1, bottom). A filled thin rectangle (how Word draws most cell
borders) is a rule too; a larger rectangle gives its four edges.
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
    return out


def _add(out: list[Rule], frame: Frame, p: tuple[float, float], q: tuple[float, float]) -> None:
    (x0, y0), (x1, y1) = p, q
    if abs(x0 - x1) < 0.5 or abs(y0 - y1) < 0.5:
        if abs(x0 - x1) >= 0.5 or abs(y0 - y1) >= 0.5:
            out.append(frame.rect(min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)))
