"""An act's number as OCR hands it over: a 0 read as the letter "O" inside the digits
("Délibération n° 2O24-12", a light or broken scan), a space after a separator ("Acte n°
2019- 098", dev rough scan 4655 at 150 dpi). The rule takes
"2O26-O14" or "2026" for the number; on an OCR'd part the digits come back and the separator
closes up (structure/noisy.mend_number, join_number_breaks).

The page: a deliberation typeset with reportlab as OCR reads the number (the space typed
after the separator), rendered at 150 dpi in grey, saved as an
image-only PDF."""

from __future__ import annotations

import sys

import pytest

from conftest import FIXTURES

sys.path.insert(0, str(FIXTURES / "text"))
from scan_pages import draw_lines, scanned_pdf  # noqa: E402

from convention_parser.pipeline import parse_pdf  # noqa: E402
from convention_parser.structure.noisy import join_number_breaks, mend_number  # noqa: E402
from convention_parser.text import ocr as ocr_mod  # noqa: E402

needs_tesseract = pytest.mark.skipif(bool(ocr_mod.check_tesseract()), reason="Tesseract (fra) missing")


def _lines(number_line: str) -> list[str]:
    return [
        "Ville de Sainte-Aulde",
        "Extrait du registre des délibérations du Conseil municipal",
        "Séance du lundi 16 mars 2026",
        "Présents : Anne DURAND, Paul MARTIN, Luc PETIT, Marie ROUX, Hélène VIDAL.",
        "",
        number_line,
        "Objet : Subvention exceptionnelle au club de rugby",
        "Rapporteur : Monsieur Paul MARTIN",
        "Vu le Code général des collectivités territoriales,",
        "Après en avoir délibéré, le Conseil municipal décide d'attribuer une subvention",
        "exceptionnelle de 6 250 € au club de rugby de la Ville.",
        "Pour : 40 - Contre : 3 - Abstention : 2",
        "Adopté à la majorité des suffrages exprimés.",
    ]


def _scan(tmp_path, lines: list[str]):
    return scanned_pdf(lambda c, font: draw_lines(c, font, lines, 50, 790.0, 11, 18), tmp_path / "scan.pdf", 150)


@needs_tesseract
@pytest.mark.parametrize("printed, number", [("Acte n° 2026- 014", "2026-014"),
                                             ("Délibération n° 2026/ 014", "2026/014")])
def test_a_number_read_apart_at_its_separator_reads_whole(tmp_path, printed, number):
    """(Tesseract's own language model mends a typed "2O26" into "2026" on such a page, so
    the letters for digits are tested on the values below.)"""
    result = parse_pdf(_scan(tmp_path, _lines(printed)))
    assert result.source.text_source == "ocr"
    delibs = [p for p in result.parts if p.kind == "deliberation"]
    assert len(delibs) == 1
    assert delibs[0].metadata["number"] == number
    assert delibs[0].metadata["subject"] == "Subvention exceptionnelle au club de rugby"


def test_mend_number_keeps_the_identifier_letters():
    assert mend_number("2O24-12") == "2024-12"
    assert mend_number("DEL2O24_45") == "DEL2024_45"
    assert mend_number("DCM 25/O14") == "DCM 25/014"
    assert mend_number("1l2") == "112"
    # letters of the identifier itself stay
    for kept in ("B-2025-041", "CA-2025-12", "DO98", "2025_DEL_045", "URB"):
        assert mend_number(kept) == kept
    assert join_number_breaks("Acte n° 2019- 098.") == "Acte n° 2019-098."
    # a dash between two numbers, spaced on both sides, is left
    assert join_number_breaks("articles 12 - 13") == "articles 12 - 13"
