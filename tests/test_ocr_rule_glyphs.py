"""A ruled cell's border read by OCR as glyphs beside a wrapped title ("{|", dev rough minutes
4654 at 120 dpi): the glyph-word, left of the title column, read as running text across the
columns and ended the title before its last row. A word of bars and brackets only by a vertical
rule of the page is that rule, not a word (text/ocr.py, ``OcrSettings.rule_glyphs``).

The page: minutes typeset with reportlab, each item a ruled row (rapporteur | number | subject
wrapped over its cell's lines), a bracket printed against the subject cell's left border on the
subject's last line (as the scan's border read), rendered at 120 dpi in grey, saved as an
image-only PDF."""

from __future__ import annotations

import sys

import pytest

from conftest import FIXTURES

sys.path.insert(0, str(FIXTURES / "text"))
from scan_pages import draw_lines, scanned_pdf  # noqa: E402

from convention_parser.pipeline import parse_pdf  # noqa: E402
from convention_parser.settings import ParseSettings  # noqa: E402
from convention_parser.text import ocr as ocr_mod  # noqa: E402
from convention_parser.text.settings import OcrSettings, TextSettings  # noqa: E402

HEAD = ["Communauté de communes du Val d'Orge", "Procès-verbal du Bureau communautaire",
        "Séance du mardi 10 mars 2026",
        "Présents : Anne DURAND, Paul MARTIN, Luc PETIT, Marie ROUX, Hélène VIDAL."]
ITEMS = [("Paul MARTIN", "12", ["Démolition de 150 logements de la", "résidence les Hauts de Sambre -",
                                "approbation de l'opération"]),
         ("Luc PETIT", "13", ["Cession de 239 logements à leurs", "occupants"]),
         ("Marie ROUX", "14", ["Travaux de voirie 2026 - groupement", "de commandes"])]


def _draw(c, font: str) -> None:
    y = draw_lines(c, font, HEAD, 40, 800.0, 11, 22) - 20
    for rapporteur, number, title in ITEMS:
        top = y + 14
        c.setFont(font, 10)
        c.drawString(45, y, rapporteur)
        c.drawString(210, y, number)
        for k, line in enumerate(title):
            c.drawString(375, y, line)
            if k == len(title) - 1:
                c.drawString(366, y + 1, "{")
            y -= 17
        bottom = y + 10
        c.setLineWidth(0.8)
        c.rect(40, bottom, 510, top - bottom)
        for x in (200, 360):
            c.line(x, bottom, x, top)
        y = bottom - 20
        for line in ["Après en avoir délibéré, le Bureau approuve la proposition.", "Adopté à l'unanimité"]:
            c.drawString(40, y, line)
            y -= 17
        y -= 20


def _scan(tmp_path):
    return scanned_pdf(_draw, tmp_path / "scan.pdf", 120)


@pytest.fixture(scope="module")
def scan(tmp_path_factory):
    if ocr_mod.check_tesseract():
        pytest.skip("Tesseract (fra) missing")
    return _scan(tmp_path_factory.mktemp("scan"))


def _subjects(result) -> dict[str, str]:
    return {p.metadata["number"]: p.metadata["subject"] for p in result.parts if p.kind == "deliberation"}


def test_a_border_read_as_a_bracket_leaves_the_title_whole(scan):
    assert _subjects(parse_pdf(scan)) == {num: " ".join(title) for _, num, title in ITEMS}


def test_kept_as_a_word_the_bracket_ends_the_titles(scan):
    """The proof the page tests the glyphs: kept, every title loses its last row."""
    settings = ParseSettings(text=TextSettings(ocr=OcrSettings(rule_glyphs="")))
    subjects = _subjects(parse_pdf(scan, settings=settings))
    assert subjects["13"] == "Cession de 239 logements à leurs"
