"""A page whose back shows through heavily (scan_image.clear_ghosts): the back page's print
a third as dark as the front's, bold lines among it, sensor noise and JPEG over both, so the
ghost has pixels as dark as the print's lighter edges. Told by its strokes' cores, the
print stays and the ghost goes (dev rough 4712, 120 dpi, bleed 0.135: its present, excused
and absent lists lost to ghost words read after each name, "Madame Virginie BERNARD LE
ange RS LEE net").

The page: a deliberation's head typeset with reportlab, its present list one name a line
in a column (the back's lines show through beside it), rendered at 120 dpi."""

from __future__ import annotations

import sys

import numpy as np
import pytest

from conftest import FIXTURES

sys.path.insert(0, str(FIXTURES / "text"))
from pdfs import new_canvas, unicode_font  # noqa: E402

from convention_parser.text import ocr as ocr_mod  # noqa: E402

needs_tesseract = pytest.mark.skipif(bool(ocr_mod.check_tesseract()), reason="Tesseract (fra) missing")

PRESENT = ["Antoine MEUNIER", "Christine DE LA FONTAINE", "Sylvie COQUELLE", "Julie DEVAUX",
           "Virginie BERNARD", "Olivier SANCHEZ", "Paul-Henri TRAN", "Karine LECLERCQ"]
EXCUSED = ["Céline GIRARD", "Isabelle MORIN"]
ABSENT = ["Bruno RENARD", "Karim LEGRAND"]
DPI = 120


def _render(draw) -> np.ndarray:
    import tempfile
    from pathlib import Path

    import pypdfium2 as pdfium

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "page.pdf"
        c = new_canvas(path)
        draw(c)
        c.save()
        pdf = pdfium.PdfDocument(str(path))
        image = pdf[0].render(scale=DPI / 72, grayscale=True).to_pil().convert("L")
        pdf.close()
    return np.asarray(image, dtype=np.float32)


def _front(c):
    font = unicode_font()
    c.setFont(font, 10.5)
    y = 790.0
    for line in ["Mairie de Sainte-Aulde", "Compte rendu de la séance du Conseil municipal",
                 "Séance du 2 janvier 2014",
                 "Le Conseil municipal, dûment convoqué, s'est réuni sous la présidence de M. Antoine MEUNIER."]:
        c.drawString(60, y, line)
        y -= 18
    for label, names in (("Présents :", PRESENT), ("Excusés :", EXCUSED), ("Absents :", ABSENT)):
        c.drawString(60, y, label)
        for name in names:
            c.drawString(190, y, ("Madame " if name.split()[0] in {"Christine", "Sylvie", "Julie", "Virginie",
                                                                   "Karine", "Céline", "Isabelle"} else "Monsieur ")
                         + name)
            y -= 14
        y -= 4
    y -= 10
    c.drawString(60, y, "DEL2014-92 : Rapport annuel sur le prix et la qualité du service")
    y -= 18
    c.drawString(60, y, "Après en avoir délibéré, le Conseil municipal approuve le rapport.")
    y -= 18
    c.drawString(60, y, "Adopté à l'unanimité.")


def _back(c):
    """Another page of the register: running text, bold titles, set on another leading."""
    font = unicode_font()
    y = 800.0
    k = 0
    while y > 60:
        if k % 6 == 0:
            c.setFont("Helvetica-Bold", 12)
            c.drawString(50, y, "DEL2014-96 : ADMISSION EN NON-VALEUR DE CRÉANCES IRRÉCOUVRABLES")
        else:
            c.setFont(font, 11)
            c.drawString(50, y, "Considérant que le Conseil municipal, lors de sa séance du 29 août 2013, a approuvé")
        y -= 15.5
        k += 1


def _scanned(tmp_path):
    from PIL import Image

    front, back = _render(_front), _render(_back)
    px = np.minimum(front, 255.0 - (255.0 - back[:, ::-1]) * 0.34)      # the back, mirrored
    px = 15 + px / 255.0 * (240 - 15)
    px = px + np.random.default_rng(7).normal(0, 9, px.shape)
    image = Image.fromarray(np.clip(px, 0, 255).astype(np.uint8), mode="L")
    path = tmp_path / "bleed.pdf"
    import io
    buf = io.BytesIO()
    image.save(buf, format="JPEG", quality=40)
    buf.seek(0)
    Image.open(buf).save(path, format="PDF", resolution=float(DPI))
    return path


@needs_tesseract
def test_a_list_beside_the_back_pages_print_is_read_alone(tmp_path):
    from convention_parser.pipeline import parse_pdf

    result = parse_pdf(str(_scanned(tmp_path)))
    parts = [p for p in result.parts if p.kind == "deliberation"]
    assert len(parts) == 1
    meta = parts[0].metadata
    assert meta["present"] == PRESENT
    assert [e["name"] for e in meta["excused"]] == EXCUSED
    assert meta["absent"] == ABSENT
