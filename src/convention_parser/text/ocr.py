"""OCR of image-only pages with Tesseract (French), as positioned words.

The page is rendered upright by pdfium at ``DPI``, and Tesseract's word boxes
are scaled back to PDF points, so OCR'd pages look like any other page to the
later stages (same frame, same Line/Word objects, ``conf`` per word).
"""

from __future__ import annotations

import shutil
from functools import lru_cache

from ..errors import OcrUnavailable
from .model import Word

DPI = 300
LANG = "fra"
_HELP = "install tesseract-ocr tesseract-ocr-fra (and the pytesseract package)"


@lru_cache(maxsize=1)
def check_tesseract() -> str:
    """'' when OCR can run, else the reason it cannot."""
    try:
        import pytesseract
    except ImportError:
        return f"image-only pages need OCR but pytesseract is missing: {_HELP}"
    if shutil.which(pytesseract.pytesseract.tesseract_cmd) is None:
        return f"image-only pages need OCR but Tesseract is not installed: {_HELP}"
    try:
        langs = pytesseract.get_languages(config="")
    except Exception:  # noqa: BLE001 - any failure means the binary is unusable
        return f"image-only pages need OCR but Tesseract does not run: {_HELP}"
    if LANG not in langs:
        return f"image-only pages need OCR but Tesseract has no French data: {_HELP}"
    return ""


def require_tesseract() -> None:
    reason = check_tesseract()
    if reason:
        raise OcrUnavailable(reason)


def ocr_page(page, number: int) -> list[list[Word]]:
    """Rows of words (Tesseract's lines, in its reading order) of one pdfium page."""
    import pytesseract

    scale = DPI / 72.0
    bitmap = page.render(scale=scale)           # applies /Rotate: upright
    image = bitmap.to_pil().convert("L")
    bitmap.close()
    data = pytesseract.image_to_data(image, lang=LANG, config="--psm 3",
                                     output_type=pytesseract.Output.DICT)
    image.close()
    rows: dict[tuple[int, int, int], list[Word]] = {}
    for i, text in enumerate(data["text"]):
        text = (text or "").strip()
        conf = float(data["conf"][i])
        if not text or conf < 0:
            continue
        x, y, w, h = (data[k][i] / scale for k in ("left", "top", "width", "height"))
        key = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
        # Tesseract boxes are ink boxes; the x-height-free line height stands
        # in for the font size.
        rows.setdefault(key, []).append(Word(text, x, y, x + w, y + h, size=h, conf=conf,
                                             base=y + h))
    out = []
    for words in rows.values():
        words.sort(key=lambda w: w.x0)
        size = sorted(w.bottom - w.top for w in words)[len(words) // 2]
        for w in words:
            w.size = round(size, 1)
        out.append(words)
    return out                                  # Tesseract's reading order
