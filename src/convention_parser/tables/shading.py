"""Cell backgrounds (filled, non-white rectangles) read with pdfium.

Page.rules keeps only the outline of large rectangles, not whether they are
filled; shading is evidence for header rows. The PDF is opened lazily and only
pages that hold a ruled grid are read, so pages without tables cost nothing.
"""

from __future__ import annotations

import ctypes
from typing import Optional

import pypdfium2 as pdfium
import pypdfium2.raw as raw

from ..text.chars import Frame, dominant_turn
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
    textpage = page.get_textpage()
    try:
        n = raw.FPDFText_CountChars(textpage)
        # The same frame as layer 1 (text/reader.py), so boxes meet its words.
        turn = dominant_turn(textpage, n) if n else page.get_rotation()
    finally:
        textpage.close()
    frame = Frame(page.get_cropbox(), turn)
    out: list[BBox] = []
    l, b, r, t = (ctypes.c_float() for _ in range(4))
    for obj in page.get_objects(filter=[raw.FPDF_PAGEOBJ_PATH], max_depth=2):
        h = obj.raw
        if not _is_fill(h) or not raw.FPDFPageObj_GetBounds(h, l, b, r, t):
            continue
        box = frame.rect(l.value, b.value, r.value, t.value)
        if box[2] - box[0] > settings.min_shade_width and box[3] - box[1] > settings.min_shade_height:
            out.append(box)
    return out


class Shades:
    """``shades(page_number)``: the page's cell backgrounds, PDF opened on first use."""

    def __init__(self, path: str, settings: RuledSettings):
        self.path = path
        self.settings = settings
        self._pdf: Optional[pdfium.PdfDocument] = None
        self._failed = False

    def __call__(self, number: int) -> list[BBox]:
        if self._failed:
            return []
        if self._pdf is None:
            try:
                self._pdf = pdfium.PdfDocument(self.path)
            except Exception:  # no PDF at hand (tests on a Document, broken file): no shading
                self._failed = True
                return []
        try:
            page = self._pdf[number - 1]
        except Exception:
            return []
        try:
            return page_shades(page, self.settings)
        except Exception:  # a malformed drawing costs its shading, not the parse
            return []
        finally:
            page.close()

    def close(self) -> None:
        if self._pdf is not None:
            self._pdf.close()
            self._pdf = None
