"""Bare figures of a table printed in thousands of euros ("Quartier (en k€)", "montants en
k€"): read as euros, and their totals derived from the changed cell, on a financing table
quartier × financeur built for the test and converted by LibreOffice (layout set 4)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from corpora.generator2 import office  # noqa: E402

pytestmark = pytest.mark.skipif(office.soffice() is None, reason="LibreOffice not installed")

INTRO = "Le plan de financement prévisionnel s'établit comme suit, par quartier et par financeur{unit} :"


def _docx(path: Path, rows: list[list[str]], corner: str, unit: str) -> Path:
    from docx import Document

    doc = Document()
    doc.add_paragraph("CONVENTION PLURIANNUELLE DE RENOUVELLEMENT URBAIN").runs[0].bold = True
    doc.add_paragraph("Il est convenu entre les parties ce qui suit.")
    doc.add_paragraph("Article 9 – Le plan de financement des opérations programmées").runs[0].bold = True
    doc.add_paragraph(INTRO.format(unit=unit))
    header = [corner, "ANRU", "Région", "Total"]
    t = doc.add_table(rows=1 + len(rows), cols=4)
    t.style = "Table Grid"
    for j, h in enumerate(header):
        t.cell(0, j).text = h
    for i, r in enumerate(rows, start=1):
        for j, c in enumerate(r):
            t.cell(i, j).text = c
    doc.add_paragraph("Article 10 – Les modalités d'attribution des concours financiers").runs[0].bold = True
    doc.add_paragraph("Les concours financiers sont attribués selon le règlement financier de l'Agence.")
    doc.save(str(path))
    return path


SIGNED = [["Les Sablons (QP067056)", "4 219,1", "4 790", "9 009,1"],
          ["Le Moulin (QP067026)", "10 318,4", "580", "10 898,4"],
          ["Total", "14 537,5", "5 370", "19 907,5"]]
AFTER = [["Les Sablons (QP067056)", "5 423,9", "4 790", "10 213,9"],
         ["Le Moulin (QP067026)", "10 318,4", "580", "10 898,4"],
         ["Total", "15 742,3", "5 370", "21 112,3"]]


def test_bare_figures_under_a_kilo_euro_unit_are_euros_and_totals_follow_the_cell(tmp_path):
    from convention_parser.diff import diff_results
    from convention_parser.pipeline import parse_pdf

    docs = [_docx(tmp_path / "a.docx", SIGNED, "Quartier (en k€)", ""),
            _docx(tmp_path / "b.docx", AFTER, "Quartier", " (montants en k€)"),
            _docx(tmp_path / "c.docx", SIGNED, "Quartier (en € HT)", "")]
    a, b, c = (parse_pdf(str(p)) for p in office.docx_to_pdf(docs, tmp_path / "pdf"))
    by_label = {x.label: x.value for x in a.parts[0].amounts if x.label}
    assert by_label.get("Les Sablons (QP067056) / ANRU") == 4219100.0     # the unit in the corner cell
    assert by_label.get("Total / Total") == 19907500.0
    after = {x.label: x.value for x in b.parts[0].amounts if x.label}
    assert after.get("Les Sablons (QP067056) / ANRU") == 5423900.0        # the unit in the prose above
    euros = {x.label: x.value for x in c.parts[0].amounts if x.label}
    assert euros.get("Les Sablons (QP067056) / ANRU") == 4219.1            # "€ HT": as printed
    changes = [ch for ch in diff_results(a, b).changes if ch.type == "amount_changed"]
    cell = [ch for ch in changes if ch.before == 4219100.0 and ch.after == 5423900.0]
    assert len(cell) == 1 and not cell[0].derived_from
    totals = [ch for ch in changes if (ch.before, ch.after) in ((9009100.0, 10213900.0), (14537500.0, 15742300.0),
                                                              (19907500.0, 21112300.0))]
    assert len(totals) >= 3 and all(cell[0].target in ch.derived_from for ch in totals)
