"""Tables told by shading bands and no rules ("zebra": every other row shaded, the header
a dark band): the last row printed under the last band (an unshaded "Total" after a shaded
row) is the table's last row, not a table of its own nor prose; a sentence with figures
right under a table stays prose. On a DOCX built for the test, converted by LibreOffice
(layout set 5)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from corpora.generator2 import office  # noqa: E402

pytestmark = pytest.mark.skipif(office.soffice() is None, reason="LibreOffice not installed")

from fixtures.tables.zebra import FIN, OPS, QTY, add_zebra  # noqa: E402


def _pdf(tmp_path: Path) -> Path:
    from docx import Document
    from docx.shared import Pt

    doc = Document()
    doc.styles["Normal"].font.size = Pt(10)
    doc.styles["Normal"].font.name = "Liberation Sans"

    doc.add_paragraph("Le plan de financement prévisionnel s'établit comme suit :")
    add_zebra(doc, "Plan de financement prévisionnel par financeur et par quartier", FIN, True)
    doc.add_page_break()
    doc.add_paragraph("Les opérations de démolition sont les suivantes :")
    add_zebra(doc, "Opérations « La démolition de logements locatifs sociaux »", OPS, False)
    doc.add_page_break()
    doc.add_paragraph("Le programme urbain comprend les interventions suivantes :")
    add_zebra(doc, "Tableau de synthèse du programme urbain", QTY, False)
    doc.add_paragraph("Le coût total du programme est estimé à 39 826 400 €, dont 22 043 600 € de l'ANRU.")
    path = tmp_path / "zebra.docx"
    doc.save(str(path))
    return office.docx_to_pdf([path], tmp_path / "pdf")[0]


def test_last_row_under_the_last_band_is_the_tables(tmp_path):
    from convention_parser.pipeline import parse_pdf

    part = parse_pdf(str(_pdf(tmp_path))).parts[0]
    shapes = {t.title: (t.n_rows, t.n_cols) for t in part.tables}
    assert shapes == {"Plan de financement prévisionnel par financeur et par quartier": (5, 4),
                      "Opérations « La démolition de logements locatifs sociaux »": (3, 4),
                      "Tableau de synthèse du programme urbain": (3, 3)}
    ops = next(t for t in part.tables if t.title.startswith("Opérations"))
    assert ops.rows[-1] == OPS[-1]              # a last row opening on a code
    fin = next(t for t in part.tables if t.title.startswith("Plan"))
    assert fin.rows[-1] == FIN[-1]
    qty = next(t for t in part.tables if t.title.startswith("Tableau"))
    assert qty.rows[-1] == QTY[-1]
    # the sentence under the last table is prose, its figures no row
    assert "Le coût total du programme est estimé à 39 826 400 €" in part.preamble
