"""Rules are erased from a scanned page before OCR (scan_image.erase_rules): an underline
through the descenders of a title garbles it ("DEL 2016-070 : Attribution ..." read "EL 2"),
a table border is read "|". Where a stroke crosses the rule (a "p" through an
underline) the rule is kept, so the letter stays whole."""

import sys

import numpy as np
import pytest
from PIL import Image

from conftest import FIXTURES

sys.path.insert(0, str(FIXTURES / "text"))
from pdfs import new_canvas, unicode_font  # noqa: E402
from scans import scan  # noqa: E402

from convention_parser.text import ocr as ocr_mod  # noqa: E402
from convention_parser.text.scan_image import erase_rules, image_rules  # noqa: E402

SCALE = 300 / 72


def _underline_over_a_descender():
    """Paper 230; a 3-pixel underline across the image; a 4-pixel stem (a descender)
    coming from above and crossing it; a second stem stopping just above it."""
    px = np.full((120, 400), 230, dtype=np.uint8)
    px[60:63, 20:380] = 20          # the underline
    px[30:66, 100:104] = 20         # a descender crossing it
    px[30:56, 200:204] = 20         # a stem clear of it (4 px of paper between)
    return px


def test_rule_erased_except_where_a_stroke_crosses_it():
    px = _underline_over_a_descender()
    rules = image_rules(px.astype(np.float32), SCALE)
    assert len(rules) == 1 and rules[0][2] - rules[0][0] > 80     # the underline, as a rule
    out = np.asarray(erase_rules(Image.fromarray(px), rules, SCALE))
    band = out[60:63]
    assert (band[:, 20:98] > 200).all() and (band[:, 106:380] > 200).all()   # erased
    assert (band[:, 100:104] < 50).all()                                     # the descender kept
    assert (out[30:56, 200:204] < 50).all()                                  # other ink untouched
    assert (out[30:60, 100:104] < 50).all()


def test_vertical_rule_erased_too():
    px = np.full((400, 120), 230, dtype=np.uint8)
    px[20:380, 60:63] = 20
    rules = image_rules(px.astype(np.float32), SCALE)
    assert len(rules) == 1
    assert (np.asarray(erase_rules(Image.fromarray(px), rules, SCALE)) > 200).all()


needs_tesseract = pytest.mark.skipif(bool(ocr_mod.check_tesseract()), reason="Tesseract (fra) missing")

TITLES = [("DEL 2016-070", "Attribution de subventions aux groupements de quartier"),
          ("DEL 2016-071", "Opération d'aménagement : approbation du programme")]


def _underlined_minutes(path):
    """Two items of a minutes page, each titled in bold and underlined (descenders of
    "g", "p", "q" through the underline)."""
    font = unicode_font()
    c = new_canvas(path)
    y = 760
    c.setFont(font, 11)
    c.drawString(72, y, "Séance du conseil municipal du 21 août 2016")
    y -= 40
    for number, subject in TITLES:
        title = f"{number} : {subject}"
        c.setFont(font + "Bd", 11)
        c.drawString(72, y, title)
        c.setLineWidth(0.8)
        c.line(72, y - 2.0, 72 + c.stringWidth(title, font + "Bd", 11), y - 2.0)
        y -= 22
        c.setFont(font, 11)
        for text in ("Vu le Code Général des Collectivités Territoriales,",
                     "Après en avoir délibéré, le Conseil municipal approuve le projet.",
                     "Adopté à l'unanimité."):
            c.drawString(72, y, text)
            y -= 16
        y -= 20
    c.save()
    return path


@needs_tesseract
def test_underlined_titles_of_a_scan_are_read(tmp_path):
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(scan(_underlined_minutes(tmp_path / "m.pdf"), tmp_path / "s.pdf",
                                      dpi=150, seed=3)))
    rows = ocr_mod.ocr_page(pdf[0], 1).rows
    pdf.close()
    text = "\n".join(" ".join(w.text for w in r) for r in rows).replace("’", "'")
    for number, subject in TITLES:
        assert f"{number} : {subject}" in text
