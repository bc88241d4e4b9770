"""Cell backgrounds (filled, non-white rectangles) read with pdfium.

Page.rules keeps only the outline of large rectangles, not whether they are
filled; shading is evidence for header rows. The PDF is opened lazily and only
pages that hold a ruled grid are read, so pages without tables cost nothing
(drawings.py).
"""

from __future__ import annotations

import ctypes

import pypdfium2.raw as raw

from .drawings import PageDrawings, page_frame, path_objects
from .grid import BBox
from .settings import RuledSettings


def _is_fill(obj) -> bool:
    mode, stroke = ctypes.c_int(), ctypes.c_int()
    if not raw.FPDFPath_GetDrawMode(obj, mode, stroke) or mode.value == 0:
        return False
    r, g, b, a = (ctypes.c_uint() for _ in range(4))
    if not raw.FPDFPageObj_GetFillColor(obj, r, g, b, a):
        return False
    if a.value == 0:
        return False
    return any(v.value < 250 for v in (r, g, b))  # white (and near-white) is no shading


def page_shades(page, settings: RuledSettings) -> list[BBox]:
    """Filled rectangles large enough to be cell backgrounds, upright frame."""
    frame = page_frame(page)
    out: list[BBox] = []
    l, b, r, t = (ctypes.c_float() for _ in range(4))
    for h in path_objects(page):
        if not _is_fill(h) or not raw.FPDFPageObj_GetBounds(h, l, b, r, t):
            continue
        box = frame.rect(l.value, b.value, r.value, t.value)
        if box[2] - box[0] > settings.min_shade_width and box[3] - box[1] > settings.min_shade_height:
            out.append(box)
    return out


class Shades(PageDrawings):
    """``shades(page_number)``: the page's cell backgrounds, cached, PDF opened on first use."""

    def __init__(self, path: str, settings: RuledSettings):
        super().__init__(path)
        self.settings = settings

    def read(self, page) -> list[BBox]:
        return page_shades(page, self.settings)
