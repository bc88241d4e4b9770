"""Scanned pages inside text PDFs: tell them apart, and merge OCR with the text layer.

Publishing software often stamps a scan with a few words of real text (a page
number, "Accusé de réception ... -DE", an act id). Such a page has a text
layer, but it is not the page's text: read as is, a 19-page recueil loses the
13 pages that are scans. A page is *scanned* when images cover most of it and
its text layer covers almost none of it (text density, not a word count: a
stamp of 30 words is still a stamp, a normal page with a small logo is not a
scan, nor is a page with a large photo beside a lot of text).

A scanned page is OCR'd; the words of its text layer are kept (they are exact)
and OCR words printed at the same place are dropped, so a stamp is read once.

A text page may hold a scan of part of itself: the decision, the vote and the signatures
pasted as an image under the typed head (a page completed from a signed paper copy). Such
a page is *partly scanned* when an image across most of its width covers a good share of
it and the text layer has almost nothing over that image: it is OCR'd like a stamped
scan, the text layer's words kept as they are.
"""

from __future__ import annotations


import pypdfium2.raw as raw

from .model import Line, Word
from .settings import ScanSettings, text_settings

Row = list[Word]


def text_cover(lines: list[Line], width: float, height: float) -> float:
    """Share of the page covered by the text layer's word boxes."""
    area = sum((w.x1 - w.x0) * (w.bottom - w.top) for ln in lines for w in ln.words)
    return area / (width * height) if width * height > 0 else 0.0


def image_cover(page) -> float:
    """Share of the page covered by image objects (overlaps counted once per
    image, clipped to the page; capped at 1)."""
    left, bottom, right, top = page.get_cropbox()
    page_area = (right - left) * (top - bottom)
    if page_area <= 0:
        return 0.0
    area = 0.0
    for obj in page.get_objects(filter=[raw.FPDF_PAGEOBJ_IMAGE], max_depth=2):
        l, b, r, t = obj.get_bounds()
        w = min(r, right) - max(l, left)
        h = min(t, top) - max(b, bottom)
        if w > 0 and h > 0:
            area += w * h
    return min(1.0, area / page_area)


def looks_scanned(page, lines: list[Line], width: float, height: float,
                  settings: ScanSettings | None = None) -> bool:
    """A page whose text layer is a few words over a page-sized image."""
    settings = settings or text_settings().scanned
    if text_cover(lines, width, height) > settings.max_text_cover:   # cheap test first
        return False
    return image_cover(page) >= settings.min_image_cover


def _overlaps(a: Word, b: Word) -> bool:
    w = min(a.x1, b.x1) - max(a.x0, b.x0)
    h = min(a.bottom, b.bottom) - max(a.top, b.top)
    return w > 0 and h > 0.3 * min(a.bottom - a.top, b.bottom - b.top)


def merge_with_text(ocr_rows: list[Row], lines: list[Line],
                    settings: ScanSettings | None = None) -> list[Row] | None:
    """OCR rows without the words the text layer has at the same place, plus
    the text layer's rows; None when OCR adds too little (not a page of text)."""
    settings = settings or text_settings().scanned
    known = [w for ln in lines for w in ln.words]       # few: the page is a scan
    rows: list[Row] = []
    new = 0
    for row in ocr_rows:
        kept = [w for w in row if not any(_overlaps(w, k) for k in known)]
        new += sum(1 for w in kept if w.conf >= settings.min_conf and any(ch.isalnum() for ch in w.text))
        if kept:
            rows.append(kept)
    if new < settings.min_new_words:
        return None
    return rows + [list(ln.words) for ln in lines]


def _text_over(lines: list[Line], box: tuple[float, float, float, float]) -> float:
    """Share of ``box`` (x0, top, x1, bottom in points, y down) covered by word boxes."""
    x0, top, x1, bottom = box
    area = 0.0
    for ln in lines:
        for w in ln.words:
            dx = min(w.x1, x1) - max(w.x0, x0)
            dy = min(w.bottom, bottom) - max(w.top, top)
            if dx > 0 and dy > 0:
                area += dx * dy
    return area / ((x1 - x0) * (bottom - top))


def scanned_part(page, lines: list[Line], settings: ScanSettings | None = None
                 ) -> tuple[float, float, float, float] | None:
    """The box (x0, top, x1, bottom; points, y down) of an image on a text page holding
    printed matter the text layer does not cover, or None: an image at least
    ``part_width`` of the page wide, ``part_cover`` of it in area, with text-layer words
    over at most ``max_text_cover`` of it (a photo is caught later: OCR finds too few
    words in it). Only that box is read: read whole with the text layer's words painted
    out, the page's ruled table left empty above the scan made Tesseract's layout analysis
    cut the scan's lines at the table's column rule and drop the words across it."""
    settings = settings or text_settings().scanned
    left, bottom, right, top = page.get_cropbox()
    width, height = right - left, top - bottom
    if width <= 0 or height <= 0 or page.get_rotation():
        return None
    for obj in page.get_objects(filter=[raw.FPDF_PAGEOBJ_IMAGE], max_depth=2):
        l, b, r, t = obj.get_bounds()
        l, r = max(l, left), min(r, right)
        b, t = max(b, bottom), min(t, top)
        if r - l < settings.part_width * width or (r - l) * (t - b) < settings.part_cover * width * height:
            continue
        box = (l - left, top - t, r - left, top - b)
        if _text_over(lines, box) <= settings.max_text_cover:
            return box
    return None
