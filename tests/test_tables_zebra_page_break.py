"""A zebra table (layout set 5: a dark header band, every other body row shaded, no rules,
the header not printed again) cut by a page break: the rows on the next page open on a
shaded band or on a white row, and are the same table's rows, not a table of their own
headed by its first row. The page break falls after a different row as more prose comes
before the table; each document puts it elsewhere. On DOCX files built for the test,
converted by LibreOffice."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from corpora.generator2 import office  # noqa: E402

pytestmark = pytest.mark.skipif(office.soffice() is None, reason="LibreOffice not installed")

HEAD = ["Intervention", "Les Aubépines", "Les Provinces"]
ROWS = [["Démolition de logements locatifs sociaux", "210 logements", "85 logements"],
        ["Requalification de LLS", "–", "160 logements"],
        ["Résidentialisation", "–", "26 logements"],
        ["Reconstitution de l'offre", "–", "33 logements"],
        ["Diversification de l'habitat", "12 logements", "–"],
        ["Équipements publics de proximité", "1 équipement", "2 équipements"]]
PROSE = ("Les études pré-opérationnelles ont permis de préciser la programmation, le phasage des "
         "interventions et les conditions de relogement des ménages concernés par les opérations.")


def _pdf(tmp_path: Path, lines: int) -> Path:
    from docx import Document
    from docx.shared import Pt, RGBColor

    from corpora.generator2 import docxkit

    doc = Document()
    doc.styles["Normal"].font.size = Pt(10)
    doc.styles["Normal"].font.name = "Liberation Sans"
    for _ in range(lines):
        doc.add_paragraph(PROSE)
    doc.add_paragraph("Le programme urbain comprend les interventions suivantes :")
    rows = [HEAD] + ROWS
    tbl = doc.add_table(rows=len(rows), cols=3)
    docxkit.table_rules(tbl, "none")
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            cell = tbl.cell(i, j)
            run = cell.paragraphs[0].add_run(text)
            run.font.size = Pt(8)
            run.bold = i == 0
            if i == 0:
                docxkit.shade(cell, "1F4E79")
                run.font.color.rgb = RGBColor(255, 255, 255)
            elif i % 2 == 0:
                docxkit.shade(cell, "EDEDED")
    doc.add_paragraph("Le programme prévoit au global la démolition de 295 logements locatifs sociaux.")
    path = tmp_path / f"zebra-break-{lines}.docx"
    doc.save(str(path))
    return office.docx_to_pdf([path], tmp_path / "pdf")[0]


@pytest.mark.parametrize("lines", [15, 16])
def test_zebra_rows_on_the_next_page_are_the_tables(tmp_path, lines):
    from convention_parser.pipeline import parse_pdf

    result = parse_pdf(str(_pdf(tmp_path, lines)))
    tables = [t for part in result.parts for t in part.tables]
    assert len(tables) == 1
    t = tables[0]
    assert t.pages == [1, 2]                    # the page break cuts it
    assert t.header == [HEAD]
    assert t.rows == ROWS
