"""Underlines are erased from a scanned page before OCR (scan_image.erase_rules): an
underline through the descenders of a title garbles it ("DEL 2016-070 : Attribution ..."
read "EL 2"). A ruled table's borders stay. Where a stroke crosses the rule (a "p" through an
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
    px[40:61, 300:304] = 20         # a stem resting on it
    return px


def test_rule_erased_except_where_a_stroke_crosses_it():
    px = _underline_over_a_descender()
    rules = image_rules(px.astype(np.float32), SCALE)
    assert len(rules) == 1 and rules[0][2] - rules[0][0] > 80     # the underline, as a rule
    out = np.asarray(erase_rules(Image.fromarray(px), rules, SCALE))
    band = out[60:63]
    assert (band[:, 20:98] > 200).all() and (band[:, 106:380] > 200).all()   # erased
    assert (out[40:59, 300:304] < 50).all()                                  # the stem resting on it stays
    assert (band[:, 100:104] < 50).all()                                     # the descender kept
    assert (out[30:56, 200:204] < 50).all()                                  # other ink untouched
    assert (out[30:60, 100:104] < 50).all()


def test_a_ruled_tables_borders_stay():
    """A frame (two horizontal rules met by two vertical ones) is a table, not underlines:
    kept, so Tesseract still reads its cells apart."""
    px = np.full((300, 400), 230, dtype=np.uint8)
    px[20:23, 20:380] = 20
    px[270:273, 20:380] = 20
    px[20:273, 20:23] = 20
    px[20:273, 377:380] = 20
    rules = image_rules(px.astype(np.float32), SCALE)
    assert len(rules) == 4
    assert (np.asarray(erase_rules(Image.fromarray(px), rules, SCALE)) == px).all()


needs_tesseract = pytest.mark.skipif(bool(ocr_mod.check_tesseract()), reason="Tesseract (fra) missing")

TITLES = [("DEL 2016-070", "Attribution de subventions aux groupements de quartier"),
          ("DEL 2016-071", "Opération d'aménagement : approbation du programme")] * 3


def _underlined_minutes(path):
    """Items of a minutes page set tight in 9.5 pt, each under a thematic heading and
    titled in bold, underlined close under the baseline (the descenders of "g", "p",
    "q" through the underline), as a word processor underlines."""
    c = new_canvas(path)
    y, size = 760, 9.5
    for k, (number, subject) in enumerate(TITLES):
        c.setFont("Helvetica-Bold", size)
        c.drawString(72, y, f"{k + 1}. FINANCES")
        y -= 1.5 * size
        title = f"{number} : {subject}"
        c.drawString(72, y, title)
        c.setLineWidth(0.7)
        c.line(72, y - 1.0, 72 + c.stringWidth(title, "Helvetica-Bold", size), y - 1.0)
        y -= 1.5 * size
        c.setFont("Helvetica", size)
        for text in ("Rapporteur : M. Youssef LAURENT", "Vu le Code de la Construction et de l'Habitation,"):
            c.drawString(72, y, text)
            y -= 1.5 * size
        y -= 1.5 * size
    c.save()
    return path


@needs_tesseract
def test_underlined_titles_of_a_blurred_scan_are_read(tmp_path):
    """Without the erasure, the underline merged with the descenders by the blur turns
    titles into "DEL" or "DEL 20 16- : Attribution bventions"; with it, every item
    number is read and each title but a letter or two."""
    from rapidfuzz import fuzz

    from convention_parser.text import read_document

    pdf = scan(_underlined_minutes(tmp_path / "m.pdf"), tmp_path / "s.pdf", dpi=200, angle=0.45,
               blur=0.7, noise=11.8, jpeg=52, seed=1)
    lines = [ln.text.replace("’", "'") for page in read_document(pdf).pages for ln in page.lines]
    titles = [ln for ln in lines if ln.startswith("DEL")]
    assert len(titles) == len(TITLES)
    for line, (number, subject) in zip(titles, TITLES):
        assert line.startswith(f"{number} : ")
        assert fuzz.ratio(line, f"{number} : {subject}") >= 90
