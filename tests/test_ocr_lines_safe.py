"""The line re-read (text/ocr_lines.py) mends a line Tesseract read in pieces; it must never
trade the page's confident reading of a number (an item number, a date, a vote count) for
another: on a fresh low-dpi seed the branch that added it lost items and session dates.

The page: one line typeset and rendered at 300 dpi; the page's reading of it is Tesseract's
own with its last words taken out (the pieces the page "skipped": ink no word box covers),
so the line is read again alone and its lone reading carries more characters."""

import sys

import numpy as np
import pytest

from conftest import FIXTURES

sys.path.insert(0, str(FIXTURES / "text"))
from pdfs import new_canvas, unicode_font  # noqa: E402

from convention_parser.text import ocr as ocr_mod  # noqa: E402
from convention_parser.text import tesseract_io  # noqa: E402
from convention_parser.text.ocr_lines import reread_lines  # noqa: E402
from convention_parser.text.scan_image import ink_mask  # noqa: E402

needs_tesseract = pytest.mark.skipif(bool(ocr_mod.check_tesseract()), reason="Tesseract (fra) missing")
LINE = "Délibération n° 2024-117 : travaux de voirie et réseaux divers"


def _page(tmp_path):
    import pypdfium2 as pdfium

    pdf = tmp_path / "line.pdf"
    c = new_canvas(pdf)
    c.setFont(unicode_font(), 12)
    c.drawString(72, 740, LINE)
    c.save()
    image = pdfium.PdfDocument(str(pdf))[0].render(scale=300 / 72).to_pil().convert("L")
    image = image.crop((0, 0, image.width, 700))
    data = tesseract_io.image_to_data(image, "fra", 3)
    words = [i for i, t in enumerate(data["text"]) if (t or "").strip()]
    assert [data["text"][i] for i in words][2] == "2024-117"
    for i in words[-3:]:                  # "et réseaux divers" left unread by the page
        data["text"][i] = ""
    return image, data, words


def _line(data):
    return " ".join(t for t in data["text"] if (t or "").strip())


@needs_tesseract
def test_a_line_read_in_pieces_is_read_whole(tmp_path):
    image, data, _ = _page(tmp_path)
    ink = ink_mask(np.asarray(image, dtype=np.float32))
    assert reread_lines(image, data, ink, 300 / 72, "fra") == 1
    assert "2024-117" in _line(data) and "divers" in _line(data)


@needs_tesseract
def test_a_number_read_with_confidence_is_not_read_over(tmp_path):
    """The page read the item number "2024-111" at 96 %: the lone reading's "2024-117"
    does not replace it (without the guard the whole line was replaced)."""
    image, data, words = _page(tmp_path)
    data["text"][words[2]], data["conf"][words[2]] = "2024-111", 96.0
    ink = ink_mask(np.asarray(image, dtype=np.float32))
    assert reread_lines(image, data, ink, 300 / 72, "fra") == 0
    assert "2024-111" in _line(data) and "2024-117" not in _line(data)
