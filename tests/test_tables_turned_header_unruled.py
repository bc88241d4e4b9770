"""A table without rules (zebra shading, layout set 5) whose column heads are printed in
vertical text in a tall header row: each head cell reads its turned words in the order they
read (a head wrapped over two turned lines, "Les Hauts de" then "Marcillac", joined), not
an empty cell. On a DOCX built for the test, converted by LibreOffice; both text directions
(btLr reads upwards, as layout set 5 prints it; tbRl reads downwards and hugs its cell's right
edge, past the column edge whitespace sets: the shaded cell tells its column)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from corpora.generator2 import docxkit, office  # noqa: E402

pytestmark = pytest.mark.skipif(office.soffice() is None, reason="LibreOffice not installed")

from fixtures.tables.zebra import FIN  # noqa: E402
TITLE = "Plan de financement prévisionnel par financeur et par quartier"


def _pdf(tmp_path: Path, direction: str) -> Path:
    from docx import Document
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt, RGBColor

    doc = Document()
    doc.styles["Normal"].font.size = Pt(10)
    doc.styles["Normal"].font.name = "Liberation Sans"
    doc.add_paragraph("Le plan de financement prévisionnel s'établit comme suit :")
    doc.add_paragraph(TITLE)
    tbl = doc.add_table(rows=len(FIN), cols=len(FIN[0]))
    docxkit.table_rules(tbl, "none")
    for i, row in enumerate(FIN):
        for j, text in enumerate(row):
            cell = tbl.cell(i, j)
            run = cell.paragraphs[0].add_run(text)
            run.bold = i == 0 or i == len(FIN) - 1
            if i == 0:
                docxkit.shade(cell, "1F4E79")
                run.font.color.rgb = RGBColor(255, 255, 255)
            elif i % 2 == 0:
                docxkit.shade(cell, "EDEDED")
    tr = tbl.rows[0]._tr.get_or_add_trPr()
    height = OxmlElement("w:trHeight")
    height.set(qn("w:val"), str(int(Cm(3.0).twips)))
    height.set(qn("w:hRule"), "atLeast")
    tr.append(height)
    for cell in tbl.rows[0].cells[1:]:        # the first head upright, the others turned
        td = OxmlElement("w:textDirection")
        td.set(qn("w:val"), direction)
        cell._tc.get_or_add_tcPr().append(td)
    doc.add_paragraph("Le coût total du programme est estimé à 39 826 400 €.")
    path = tmp_path / f"turned-{direction}.docx"
    doc.save(str(path))
    return office.docx_to_pdf([path], tmp_path / "pdf")[0]


@pytest.mark.parametrize("direction", ["btLr", "tbRl"])
def test_turned_heads_of_an_unruled_table_are_read(tmp_path, direction):
    from convention_parser.pipeline import parse_pdf

    part = parse_pdf(str(_pdf(tmp_path, direction))).parts[0]
    fin = next(t for t in part.tables if t.title == TITLE)
    assert fin.header == [FIN[0]]
    assert fin.rows == FIN[1:]
