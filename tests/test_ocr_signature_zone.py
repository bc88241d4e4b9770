"""A signature scribbled across the typed block under it ("Madame le Maire," / the
name): the pen strokes join the block's lines into one tall piece of ink, which the
second OCR pass took for a picture and never read. Its lines still stand out as rows
dense with ink (ocr_recover: read one by one, in grey, a stroke's ends in the crop or
not); the name is read. A scan built for the test, at the resolution of the real
minutes that print their chair this way (96 dpi)."""

import sys

import numpy as np
import pytest

from conftest import FIXTURES

sys.path.insert(0, str(FIXTURES / "text"))
from pdfs import new_canvas  # noqa: E402
from scans import scan  # noqa: E402

from convention_parser.text import ocr as ocr_mod  # noqa: E402
from convention_parser.text.ocr_recover import unread_regions  # noqa: E402

needs_tesseract = pytest.mark.skipif(bool(ocr_mod.check_tesseract()), reason="Tesseract (fra) missing")


def _signed_page(path, title: str, name: str, scribble: bool = True):
    """A minutes page's end: a vote, the closing formula, the signature block at the
    right, a pen's loops drawn across the first words of both its lines, its tail under
    the name."""
    c = new_canvas(path)
    c.setFont("Times-Roman", 11)
    c.drawString(72, 760, "Travaux de voirie : autorisation de signer les marchés")
    c.drawString(72, 745, "Adopté à l'unanimité")
    c.drawString(110, 715, "Plus rien n'étant à délibérer, la séance est levée à 22h50.")
    c.setFont("Times-Bold", 11)
    c.drawString(360, 685, title)
    c.drawString(360, 635, name)
    if scribble:
        c.setLineWidth(1.1)
        for x0, y0, x1, y1, x2, y2, x3, y3 in [
                (345, 615, 380, 730, 420, 700, 385, 645),     # loops over the first words
                (385, 645, 360, 600, 330, 610, 372, 668),
                (372, 668, 400, 700, 430, 705, 415, 675),
                (345, 615, 420, 615, 500, 622, 575, 645)]:    # the tail, under the name
            p = c.beginPath()
            p.moveTo(x0, y0)
            p.curveTo(x1, y1, x2, y2, x3, y3)
            c.drawPath(p, stroke=1, fill=0)
    c.save()
    return path


@needs_tesseract
def test_the_name_under_a_scribbled_signature_is_read(tmp_path):
    title, name, title_read = "Madame Le Maire,", "Bernadette FOURCADE", "Maire"
    from convention_parser.text import read_document

    pdf = scan(_signed_page(tmp_path / "p.pdf", title, name), tmp_path / "s.pdf", dpi=96,
               noise=6.0, jpeg=60, seed=3)
    words = {w.text.strip(",.") for page in read_document(pdf).pages for ln in page.lines for w in ln.words}
    assert name.split()[-1] in words            # the surname, typed in capitals
    if title_read:
        assert title_read in words


def test_lines_joined_by_pen_strokes_are_cut_at_their_dense_rows():
    """Ink at 300 dpi: two lines of type (rows full of strokes) 50 points apart, a pen's
    stroke running down across both and between them; and, apart, a tall blot of
    strokes alone (no line of type in it). The two lines are the regions to read, the
    stroke's rows between them are not, nor is the blot."""
    scale = 300 / 72
    ink = np.zeros((round(300 * scale), round(400 * scale)), dtype=bool)

    def line(top, x0, x1):                    # 9 points of type: 3-pixel stems 2 apart
        cols = np.arange(round(x0 * scale), round(x1 * scale))
        ink[round(top * scale):round((top + 9) * scale), cols[cols % 5 < 3]] = True

    line(100, 150, 300)
    line(150, 150, 260)
    for y in range(round(90 * scale), round(175 * scale)):       # the pen, down and across
        x = round((160 + 0.6 * (y / scale - 90)) * scale)
        ink[y, x:x + 4] = True
    for y in range(round(20 * scale), round(90 * scale)):        # a blot of scribbles alone
        x = round((20 + 15 * np.sin(y / scale / 4)) * scale)
        ink[y, x:x + 4] = True
    regions = unread_regions(ink, [], scale)
    tops = sorted(round(r[1] / scale) for r in regions)
    assert len(regions) == 2 and all(getattr(r, "struck", False) for r in regions)
    assert abs(tops[0] - 100) <= 4 and abs(tops[1] - 150) <= 4
    assert all(r[0] / scale < 155 and r[2] / scale > 255 for r in regions)
