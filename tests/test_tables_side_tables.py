"""Unruled tables side by side, each in a cell of a borderless layout table, built for the test
and converted by LibreOffice: whitespace found one grid over all of them, their rows
interleaved (layout set 8's financing plan beside the concours by family). Each side is read
as a table of its own when its rows share no baselines with its neighbour's (a header wrapped
over three lines beside one of one line, another type size), any number of rows each
(tables/side_tables.py). Left: tables whose gutter whitespace does not find (a column of one
table set as close to the other's as to its own) stay one grid."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from corpora.generator2 import docxkit, office  # noqa: E402

pytestmark = pytest.mark.skipif(office.soffice() is None, reason="LibreOffice not installed")

FIN = (["Financeurs", "Les Aubépines (QP067050)", "Les Terrasses (QP067051)", "Total"],
       [["ANRU", "8 635 800", "11 258 700", "19 894 500"],
        ["Action Logement", "2 410 000", "2 020 000", "4 430 000"],
        ["Région", "3 500 000", "5 980 000", "9 480 000"],
        ["Banque des Territoires", "920 000", "5 930 000", "6 850 000"],
        ["Total", "15 465 800", "25 188 700", "40 654 500"]])
FAM = (["Famille d'opérations", "Concours ANRU"],
       [["Démolition de LLS", "6 110 000"],
        ["Requalification", "1 746 500"],
        ["Résidentialisation", "298 700"],
        ["Aménagement", "7 841 300"],
        ["Ingénierie", "308 000"],
        ["Équipements", "1 590 000"]])
QTY = (["Quartier", "Logements"],
       [["Les Aubépines", "143"],
        ["Les Terrasses", "65"],
        ["Le Clos", "107"]])


def _docx(path: Path, tables, shares, sizes, wide: bool) -> Path:
    from docx import Document
    from docx.shared import Cm, Pt

    doc = Document()
    sec = doc.sections[-1]
    sec.page_width, sec.page_height = (Cm(29.7), Cm(21.0)) if wide else (Cm(21.0), Cm(29.7))
    sec.left_margin = sec.right_margin = Cm(1.8)
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph("Article 9 – Le plan de financement").runs[0].bold = True
    doc.add_paragraph("Le plan de financement prévisionnel des opérations programmées s'établit comme suit, "
                      "par financeur et par quartier, puis par famille d'opérations.")
    avail = sec.page_width - sec.left_margin - sec.right_margin
    outer = doc.add_table(rows=1, cols=len(tables))
    docxkit.table_rules(outer, "none")
    outer.autofit = False
    for j, ((header, rows), share, size) in enumerate(zip(tables, shares, sizes)):
        width = int(avail * share)
        outer.columns[j].width = width
        cell = outer.cell(0, j)
        cell.width = width
        t = cell.add_table(rows=1 + len(rows), cols=len(header))
        docxkit.table_rules(t, "none")
        t.autofit = False
        col = int((width - int(Cm(0.4))) / len(header))
        for k in range(len(header)):
            t.columns[k].width = col
        for i, row in enumerate([header] + rows):
            for k, text in enumerate(row):
                t.cell(i, k).width = col
                r = t.cell(i, k).paragraphs[0].add_run(text)
                r.font.size = Pt(size)
                r.bold = i == 0
    doc.add_paragraph("Le montant global des concours financiers de l'ANRU figure ci-dessus.")
    doc.save(str(path))
    return path


@pytest.mark.parametrize("tables,shares,sizes,wide", [
    ((FIN, FAM), (0.62, 0.38), (8, 9), False),
    ((FIN, FAM), (0.58, 0.42), (7, 9), False),
])
def test_unruled_tables_side_by_side_read_apart(tmp_path, tables, shares, sizes, wide):
    from convention_parser.tables import find_tables
    from convention_parser.text import read_document

    pdf = office.docx_to_pdf([_docx(tmp_path / "side.docx", tables, shares, sizes, wide)], tmp_path / "pdf")[0]
    found = find_tables(str(pdf), read_document(pdf, ocr="never"))
    clean = lambda rows: [[" ".join(c.split()) for c in r] for r in rows]  # noqa: E731
    assert len(found) == len(tables)
    for header, rows in tables:
        mine = [t for t in found if t.rows and clean(t.rows)[0][0] == rows[0][0]]
        assert len(mine) == 1
        assert clean(mine[0].header) == [header]
        assert clean(mine[0].rows) == rows
