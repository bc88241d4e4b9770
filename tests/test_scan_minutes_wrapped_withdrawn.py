"""Scanned minutes set in columns (rapporteur | number | subject) at a wide line spacing, with
withdrawn items, as real scanned minutes print them:

- a subject wrapped over three rows of its column at 1.5 line spacing: on a scan a word's size
  is its ink's height (0.6-0.75 of the type size), and a step between rows taken from it ended
  the subject after its first row ("Convention avec le" for "Convention avec le Centre Communal
  d'Action Sociale"); the page's own line pitch is the step (structure/items.row_step);
- an item whose whole title says it was withdrawn ("Affaire retirée", "Point retiré"), one
  between two items, one the page's last: no deliberation (Montpellier 2011-06-20's items 4 and
  77 read as two extra parts);
- "Objet" before a subject whose colon OCR lost ("Objet Autorisation de signer …", dev low-dpi
  minutes 4664 at 80 dpi): not the subject's.

The scan: the page typeset with reportlab, rendered at 150 dpi in grey, saved as an image-only
PDF (no text layer), so the page is read by OCR."""

from __future__ import annotations

import sys

import pytest

from conftest import FIXTURES

sys.path.insert(0, str(FIXTURES / "text"))
from scan_pages import draw_lines, scanned_pdf  # noqa: E402

from convention_parser.pipeline import parse_pdf  # noqa: E402
from convention_parser.settings import ParseSettings  # noqa: E402
from convention_parser.structure.settings import ItemSettings, StructureSettings  # noqa: E402
from convention_parser.text import ocr as ocr_mod  # noqa: E402

HEAD = [
    "Communauté de communes du Val d'Orge",
    "Procès-verbal du Bureau communautaire",
    "Séance du mardi 10 mars 2026",
    "Présents : Anne DURAND, Paul MARTIN, Luc PETIT, Marie ROUX, Hélène VIDAL.",
]

# (rapporteur, number, subject rows, body rows)
ITEMS = [
    ("Paul MARTIN", "12", ["Convention avec le", "Centre Communal", "d'Action Sociale"],
     ["Après en avoir délibéré, le Bureau approuve la convention.", "Pour : 4 Contre : 1 Abstention : 0"]),
    ("Luc PETIT", "13", ["Affaire retirée"], []),
    ("Marie ROUX", "14", ["Travaux de voirie", "2026 - groupement", "de commandes"],
     ["Après en avoir délibéré, le Bureau approuve le groupement.", "Adopté à l'unanimité"]),
    ("Anne DURAND", "15", ["Admission en", "non-valeur de créances", "irrécouvrables"],
     ["Après en avoir délibéré, le Bureau admet les créances en non-valeur.", "Adopté à l'unanimité"]),
    ("Luc PETIT", "16", ["Point retiré"], []),
    ("Marie ROUX", "17", ["Objet Participation aux frais", "de fonctionnement des écoles"],
     ["Après en avoir délibéré, le Bureau fixe la participation.", "Adopté à l'unanimité"]),
]
SUBJECTS = {
    "12": "Convention avec le Centre Communal d'Action Sociale",
    "14": "Travaux de voirie 2026 - groupement de commandes",
    "15": "Admission en non-valeur de créances irrécouvrables",
    # "Objet" before the subject, its colon lost (as an 80 dpi underlined title reads): no part of it
    "17": "Participation aux frais de fonctionnement des écoles",
}
PITCH = 17.0          # 1.5 line spacing of 10 pt type (a 10 pt line's OCR'd ink: 7-8 pt)


def _draw(c, font: str) -> None:
    y = draw_lines(c, font, HEAD[:3], 40, 800.0, 12, 22)
    y = draw_lines(c, font, HEAD[3:], 40, y, 10, 22) - 16
    for rapporteur, number, subject, body in ITEMS:
        c.setFont(font, 10)
        c.drawString(40, y, rapporteur)
        c.drawString(170, y, number)
        for line in subject:
            c.drawString(300, y, line)
            y -= PITCH
        y -= PITCH
        for line in body:
            c.drawString(40, y, line)
            y -= PITCH
        y -= PITCH


def _scan(tmp_path):
    return scanned_pdf(_draw, tmp_path / "scan.pdf", 150)


def _parts(result) -> dict[str, tuple[str, str]]:
    """number -> (kind, subject) of each part."""
    return {(p.metadata or {}).get("number") or p.title: (p.kind, (p.metadata or {}).get("subject"))
            for p in result.parts}


@pytest.fixture(scope="module")
def scan(tmp_path_factory):
    if ocr_mod.check_tesseract():
        pytest.skip("Tesseract (fra) missing")
    return _scan(tmp_path_factory.mktemp("scan"))


def test_wrapped_subjects_and_withdrawn_items(scan):
    result = parse_pdf(scan)
    assert result.source.text_source == "ocr"
    delibs = {p.metadata["number"]: p.metadata["subject"] for p in result.parts if p.kind == "deliberation"}
    assert delibs == SUBJECTS
    # the withdrawn items are kept as text, no deliberation
    others = [p.title for p in result.parts if p.kind == "other"]
    assert "Affaire retirée" in others and "Point retiré" in others


def test_subject_step_from_the_type_size_alone_loses_rows(scan):
    """The proof the page tests the pitch: stepping from the OCR'd words' size, the subjects
    end after their first row."""
    settings = ParseSettings(structure=StructureSettings(items=ItemSettings(ocr_pitch=False)))
    delibs = {p.metadata["number"]: p.metadata["subject"] for p in parse_pdf(scan, settings=settings).parts
              if p.kind == "deliberation"}
    assert delibs["12"] == "Convention avec le"
