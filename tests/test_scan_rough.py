"""Scans as a town hall's photocopier makes them (corpora/generator2/scans.py --rough):
a page fed sideways or upside down, read upright.

The page: a deliberation typeset with reportlab, rendered at 150 dpi in grey and turned
as a sheet fed the wrong way, saved as an image-only PDF."""

from __future__ import annotations

import sys

import numpy as np
import pytest

from conftest import FIXTURES

sys.path.insert(0, str(FIXTURES / "text"))
from pdfs import new_canvas, unicode_font  # noqa: E402
from scan_pages import draw_lines, page_image  # noqa: E402

from convention_parser.text import ocr as ocr_mod  # noqa: E402
from convention_parser.text.orientation import page_turn  # noqa: E402
from convention_parser.text.reader import read_document  # noqa: E402

needs_tesseract = pytest.mark.skipif(bool(ocr_mod.check_tesseract()), reason="Tesseract (fra) missing")

LINES = [
    "Ville de Sainte-Aulde",
    "Extrait du registre des délibérations du Conseil municipal",
    "Séance du lundi 16 mars 2026",
    "Présents : Anne DURAND, Paul MARTIN, Luc PETIT, Marie ROUX, Hélène VIDAL.",
    "Excusés : Jacques BERNARD, Sophie GIRAUD.",
    "",
    "DEL 2026-014 : Subvention exceptionnelle au club de rugby",
    "Rapporteur : Monsieur Paul MARTIN",
    "Vu le Code général des collectivités territoriales, et notamment son article L. 2121-29,",
    "Vu le budget primitif de l'exercice 2026,",
    "Considérant que le club a engagé des dépenses imprévues pour la réfection du stade,",
    "Considérant que le montant de l'opération s'élève à 12 500 € et qu'il convient d'y",
    "participer à hauteur de la moitié, soit 6 250 €,",
    "Après en avoir délibéré, le Conseil municipal décide d'attribuer une subvention",
    "exceptionnelle de 6 250 € au club de rugby de la Ville et autorise le Maire à signer",
    "tout document s'y rapportant.",
    "Pour : 40 - Contre : 3 - Abstention : 2",
    "Adopté à la majorité des suffrages exprimés.",
    "",
    "Fait et délibéré les jour, mois et an susdits.",
    "Le Maire, Hélène VIDAL",
]


def _page_image(dpi: float = 150):
    return page_image(lambda c, font: draw_lines(c, font, LINES, 50, 790.0, 10, 17), dpi)


@pytest.fixture(scope="module")
def upright():
    return _page_image()


@pytest.mark.parametrize("fed", [0, 90, 180, 270])
def test_page_turn_brings_a_fed_page_upright(upright, fed):
    """A sheet fed turned ``fed`` degrees (counter-clockwise) is turned back by the rest of
    the full turn; an upright page is left alone."""
    image = upright.rotate(fed, expand=True) if fed else upright
    pixels = np.asarray(image, dtype=np.float32)
    assert page_turn(pixels, 150 / 72) == (360 - fed) % 360


@needs_tesseract
def test_a_page_fed_sideways_is_read_upright(upright, tmp_path):
    """The page scanned sideways (landscape sheet) is read upright: its words, in a portrait
    page's frame (without the turn: a few words of noise, no subject)."""
    scan = tmp_path / "sideways.pdf"
    upright.rotate(90, expand=True).save(scan, format="PDF", resolution=150.0)
    doc = read_document(scan)
    page = doc.pages[0]
    assert page.width < page.height
    text = "\n".join(ln.text for ln in page.lines)
    assert "Subvention exceptionnelle au club de rugby" in text
    assert "Pour : 40" in text


@needs_tesseract
def test_a_text_page_whose_lower_part_is_a_scan(tmp_path):
    """A text page whose decision and vote (from the item's title down) are an image pasted
    under the typed head: the image is read by OCR, the typed head kept as typed (without
    it: no item title, no vote; read with the typed part painted out, the title lost
    the words its table's column rule crossed)."""
    from reportlab.lib.utils import ImageReader

    from convention_parser.pipeline import parse_pdf

    cut = LINES.index("DEL 2026-014 : Subvention exceptionnelle au club de rugby")
    image = _page_image()
    y_cut = 790.0 - 17 * cut + 13            # points from the foot: just over the title
    y_foot = 790.0 - 17 * len(LINES) + 8     # under the last line (the image: a third of the page)
    part = image.crop((0, round((842 - y_cut) * 150 / 72), image.width, round((842 - y_foot) * 150 / 72)))
    path = tmp_path / "mixed.pdf"
    c = new_canvas(path)
    draw_lines(c, unicode_font(), LINES[:cut], 50, 790.0, 10, 17)
    c.drawImage(ImageReader(part), 0, y_foot, width=595, height=y_cut - y_foot)
    c.save()
    result = parse_pdf(path)
    delib = [p for p in result.parts if p.kind == "deliberation"]
    assert len(delib) == 1
    md = delib[0].metadata
    assert md["subject"] == "Subvention exceptionnelle au club de rugby"
    assert (md["vote"]["for"], md["vote"]["against"], md["vote"]["abstention"]) == (40, 3, 2)
    assert md["session_date"] == "2026-03-16"


def _dusty(image, back):
    """``image`` photocopied: the back page (``back``) showing through, mirrored, at a fifth
    of its ink, and one pixel in 700 a dark speck of dust (a fixed random draw)."""
    from PIL import Image

    px = np.asarray(image, dtype=np.float32)
    behind = np.asarray(back.transpose(Image.FLIP_LEFT_RIGHT), dtype=np.float32)
    px = np.minimum(px, 255.0 - (255.0 - behind) * 0.22)
    rng = np.random.default_rng(0)
    spots = rng.random(px.shape) < 0.0015
    px[spots] = rng.uniform(0, 90, int(spots.sum()))
    return Image.fromarray(np.clip(px, 0, 255).astype(np.uint8), mode="L")


@needs_tesseract
def test_dust_and_the_back_page_are_not_read(upright, tmp_path):
    """Dust specks and the back page's print showing through are painted out before OCR
    (without: specks beside the lines read as quotes, periods and letters, "Abstention ; 2",
    "pour. Ja réfection", the back page's print in the gaps read with the lines)."""
    from PIL import ImageOps

    back = ImageOps.flip(upright)                  # another page's print, lines elsewhere
    scan = tmp_path / "dusty.pdf"
    _dusty(upright, back).save(scan, format="PDF", resolution=150.0)
    lines = [ln.text for ln in read_document(scan).pages[0].lines]
    assert "Pour : 40 - Contre : 3 - Abstention : 2" in lines
    assert "Rapporteur : Monsieur Paul MARTIN" in lines
    assert "Vu le budget primitif de l'exercice 2026," in lines
    assert "Considérant que le club a engagé des dépenses imprévues pour la réfection du stade," in lines


@needs_tesseract
def test_two_pages_scanned_on_one_sheet_read_page_by_page(upright, tmp_path):
    """Two pages side by side on a landscape sheet (a register scanned open): the left
    page's lines first, then the right page's, never a line of one joined to the line beside
    it on the other, each page's words a column of their own (without, on a degraded sheet
    of generated minutes, dev 4605: the right page's first item read between the left
    page's session head and its agenda)."""
    from PIL import Image

    half = upright.crop((0, 0, upright.width, round(upright.height * 0.62)))
    sheet = Image.new("L", (2 * half.width, half.height), 255)
    sheet.paste(half, (0, 0))
    sheet.paste(half.transpose(Image.FLIP_TOP_BOTTOM).transpose(Image.FLIP_TOP_BOTTOM), (half.width, 0))
    scan = tmp_path / "sheet.pdf"
    sheet.save(scan, format="PDF", resolution=150.0)
    page = read_document(scan).pages[0]
    lines = [ln.text for ln in page.lines]
    title = "DEL 2026-014 : Subvention exceptionnelle au club de rugby"
    assert lines.count(title) == 2
    first, second = (i for i, t in enumerate(lines) if t == title)
    assert lines[first + 1] == "Rapporteur : Monsieur Paul MARTIN"
    assert first < lines.index("Séance du lundi 16 mars 2026", first + 1) < second
    # each page's words a column of their own: later stages regroup rows within a column
    assert {w.column for w in page.lines[first].words} == {1}
    assert {w.column for w in page.lines[second].words} == {2}
