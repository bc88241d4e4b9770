"""The page's drawing read with pdfium: what dotted.py and shading.py share.

Layer 1 keeps the straight rules of a page (``Page.rules``); cell backgrounds
and dotted rules need the path objects themselves. ``PageDrawings`` opens the
PDF on first use, reads a page only when asked for it (once: results are
cached), and turns a missing or malformed PDF into "nothing drawn" rather than
a failed parse. ``path_objects`` and ``page_frame`` walk a page's paths in the
upright frame layer 1 uses for its words.
"""

from __future__ import annotations

from typing import Iterator, Optional

import pypdfium2 as pdfium
import pypdfium2.raw as raw

from ..text.chars import Frame, dominant_turn
from .grid import BBox


def page_frame(page) -> Frame:
    """The same frame as layer 1 (text/reader.py), so boxes meet its words."""
    textpage = page.get_textpage()
    try:
        n = raw.FPDFText_CountChars(textpage)
        turn = dominant_turn(textpage, n) if n else page.get_rotation()
    finally:
        textpage.close()
    return Frame(page.get_cropbox(), turn)


def path_objects(page) -> Iterator:
    """Raw handles of the page's path objects (form XObjects one level deep)."""
    for obj in page.get_objects(filter=[raw.FPDF_PAGEOBJ_PATH], max_depth=2):
        yield obj.raw


class PageDrawings:
    """``self(page_number)``: ``self.read(page)`` for that page, cached, the PDF opened on first use."""

    def __init__(self, path: str):
        self.path = path
        self._pdf: Optional[pdfium.PdfDocument] = None
        self._failed = False
        self._cache: dict[int, list[BBox]] = {}

    def read(self, page) -> list[BBox]:
        raise NotImplementedError

    def __call__(self, number: int) -> list[BBox]:
        if number not in self._cache:
            self._cache[number] = self._load(number)
        return self._cache[number]

    def _load(self, number: int) -> list[BBox]:
        if self._failed:
            return []
        if self._pdf is None:
            try:
                self._pdf = pdfium.PdfDocument(self.path)
            except Exception:  # no PDF at hand (tests on a Document, broken file): nothing drawn
                self._failed = True
                return []
        try:
            page = self._pdf[number - 1]
        except Exception:
            return []
        try:
            return self.read(page)
        except Exception:  # a malformed drawing costs what it would give, not the parse
            return []
        finally:
            page.close()

    def close(self) -> None:
        if self._pdf is not None:
            self._pdf.close()
            self._pdf = None
