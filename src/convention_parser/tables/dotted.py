"""Dotted and dashed rules, read with pdfium and merged into one rule each
(and, on the way, every thin solid bar of the page).

Layer 1's ``Page.rules`` keeps straight pieces at least 2 pt long: a dotted
border drawn as a row of tiny filled squares (Chromium: one path object per
dot) or as one path of many short sub-paths is lost there, yet it is what
separates the rows of many HTML-printed tables. Here every small piece (a dot
or a dash) is collected, and pieces lined up at one height (or one x) with
regular small gaps are chained into one rule. A dashed *stroke* (one segment
with a dash pattern) is already a rule in ``Page.rules``.

The PDF is opened lazily and a page is read only when asked for (the aligned
detector asks only for pages that hold a candidate table): drawings.py.
"""

from __future__ import annotations

import ctypes
from typing import Optional

import pypdfium2.raw as raw

from .drawings import PageDrawings, page_frame, path_objects
from .grid import BBox
from .settings import DottedSettings


def _pieces(page, s: DottedSettings, limit: int = 20000, bars: Optional[list] = None) -> list[tuple[float, float, float, float]]:
    """Bounding boxes (PDF space) of the small pieces drawn on the page; the
    thin bars longer than a piece go to ``bars`` (layer 1 stops reading rules
    after a few thousand path objects, and a dotted page has that many dots)."""
    out = []
    fx, fy = ctypes.c_float(), ctypes.c_float()
    l, b, r, t = (ctypes.c_float() for _ in range(4))
    seen = 0
    for h in path_objects(page):
        seen += 1
        if seen > limit:
            break
        n = raw.FPDFPath_CountSegments(h)
        if n <= 0:
            continue
        if n <= 6:
            # One dot or dash per object: its bounds (which include the matrix).
            if not raw.FPDFPageObj_GetBounds(h, l, b, r, t):
                continue
            box = (l.value, b.value, r.value, t.value)
            if _small(box, s):
                out.append(box)
            elif bars is not None and min(box[2] - box[0], box[3] - box[1]) <= s.max_thickness:
                bars.append(box)
            continue
        if n > 4000:
            continue
        # Many sub-paths in one object: one piece per sub-path.
        m = raw.FS_MATRIX()
        if not raw.FPDFPageObj_GetMatrix(h, m):
            m.a, m.b, m.c, m.d, m.e, m.f = 1, 0, 0, 1, 0, 0
        cur: list[tuple[float, float]] = []
        for i in range(n):
            seg = raw.FPDFPath_GetPathSegment(h, i)
            raw.FPDFPathSegment_GetPoint(seg, fx, fy)
            x, y = fx.value, fy.value
            p = (m.a * x + m.c * y + m.e, m.b * x + m.d * y + m.f)
            if raw.FPDFPathSegment_GetType(seg) == raw.FPDF_SEGMENT_MOVETO and cur:
                box = _bounds(cur)
                if _small(box, s):
                    out.append(box)
                cur = []
            cur.append(p)
        if cur:
            box = _bounds(cur)
            if _small(box, s):
                out.append(box)
    return out


def _bounds(pts: list[tuple[float, float]]) -> tuple[float, float, float, float]:
    xs, ys = [p[0] for p in pts], [p[1] for p in pts]
    return min(xs), min(ys), max(xs), max(ys)


def _small(box, s: DottedSettings) -> bool:
    w, h = box[2] - box[0], box[3] - box[1]
    return min(w, h) <= s.max_thickness and max(w, h) <= s.max_piece


def chain(pieces: list[BBox], s: DottedSettings) -> list[BBox]:
    """Rules (x0, top, x1, bottom) from pieces in the upright frame:
    horizontal chains at one height, vertical chains at one x."""
    rules: list[BBox] = []
    for horizontal in (True, False):
        if horizontal:
            items = sorted(pieces, key=lambda p: (round((p[1] + p[3]) / 2 / s.align_tol), p[0]))
        else:
            items = sorted(pieces, key=lambda p: (round((p[0] + p[2]) / 2 / s.align_tol), p[1]))
        run: list[BBox] = []

        def flush() -> None:
            if len(run) < s.min_pieces:
                return
            x0, top = min(p[0] for p in run), min(p[1] for p in run)
            x1, bottom = max(p[2] for p in run), max(p[3] for p in run)
            length = (x1 - x0) if horizontal else (bottom - top)
            if length >= s.min_length:
                rules.append((x0, top, x1, bottom))

        for p in items:
            if run:
                q = run[-1]
                if horizontal:
                    same = abs((p[1] + p[3]) / 2 - (q[1] + q[3]) / 2) <= s.align_tol
                    gap, size = p[0] - q[2], max(q[2] - q[0], p[2] - p[0])
                else:
                    same = abs((p[0] + p[2]) / 2 - (q[0] + q[2]) / 2) <= s.align_tol
                    gap, size = p[1] - q[3], max(q[3] - q[1], p[3] - p[1])
                if same and -0.5 <= gap <= max(s.max_gap, s.max_gap_pieces * size):
                    run.append(p)
                    continue
                flush()
            run = [p]
        flush()
    return rules


def page_dotted_rules(page, s: DottedSettings) -> list[BBox]:
    frame = page_frame(page)
    bars: list = []
    pieces = [frame.rect(*p) for p in _pieces(page, s, bars=bars)]
    return chain(pieces, s) + [frame.rect(*b) for b in bars]


class DottedRules(PageDrawings):
    """``dotted(page_number)``: the page's dotted/dashed rules, cached, PDF opened on first use."""

    def __init__(self, path: str, settings: DottedSettings):
        super().__init__(path)
        self.settings = settings

    def read(self, page) -> list[BBox]:
        return page_dotted_rules(page, self.settings)
