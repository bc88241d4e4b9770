"""Two tables side by side, each in a cell of a borderless layout table with its caption above
it in the same cell (another agglomeration's template, layout set 8), built for the test and
converted by LibreOffice. The two captions start at one height: one visual line of the page
holds both ("Plan de financement … par quartier Concours financiers de"), and the narrow one
wraps over three lines, its last one in 10 pt falling between the two lines of the other
table's 6 pt header cells. Each table reads its own caption from its own column (whole, the
wrapped lines joined), and the header cells keep their letters apart ("Les Aubépines
(QP067050)", not "L(QePs 0A6u7b0é5p0i)nes"), their first cell ("Financeurs", left of the
document's body edge in a smaller type) no margin note."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from corpora.generator2 import docxkit, office  # noqa: E402

pytestmark = pytest.mark.skipif(office.soffice() is None, reason="LibreOffice not installed")

FIN_TITLE = "Plan de financement prévisionnel par financeur et par quartier"
FAM_TITLE = "Concours financiers de l'ANRU par famille d'opérations"
FIN_HEADER = ["Financeurs", "Les Aubépines (QP067050)", "Les Terrasses (QP067051)", "Le Champ de Mars (QP067003)",
              "Total"]
FIN = [["ANRU", "8.635.800 euros", "11.258.700 euros", "2.857.300 euros", "22.751.800 euros"],
       ["Action Logement", "2.410.000 euros", "2.020.000 euros", "–", "4.430.000 euros"],
       ["Région", "3.500.000 euros", "5.980.000 euros", "5.440.400 euros", "14.920.400 euros"],
       ["Total", "14.545.800 euros", "19.258.700 euros", "8.297.700 euros", "42.102.200 euros"]]
FAM_HEADER = ["Famille d'opérations", "Concours ANRU"]
FAM = [["Démolition de logements locatifs sociaux", "6.110.000 euros"],
       ["Requalification de LLS", "1.746.500 euros"],
       ["Résidentialisation", "298.700 euros"],
       ["Aménagement d'ensemble", "7.841.300 euros"]]


def _docx(path: Path, rules: str = "horizontal") -> Path:
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.shared import Cm, Pt

    doc = Document()
    sec = doc.sections[-1]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(1.8)
    style = doc.styles["Normal"]
    style.font.size = Pt(10)
    doc.add_paragraph("CONVENTION PLURIANNUELLE DE RENOUVELLEMENT URBAIN").runs[0].bold = True
    for k in range(4):
        doc.add_paragraph("Le plan de financement prévisionnel des opérations programmées s'établit comme suit, "
                          "par financeur et par quartier, puis par famille d'opérations, les montants "
                          f"s'entendant hors taxes (alinéa {k + 1}).")
    doc.add_paragraph("Article 9 – Le plan de financement").runs[0].bold = True
    avail = sec.page_width - sec.left_margin - sec.right_margin
    outer = doc.add_table(rows=1, cols=2)
    outer.alignment = WD_TABLE_ALIGNMENT.CENTER
    docxkit.table_rules(outer, "none")
    outer.autofit = False
    for j, ((title, header, rows), share) in enumerate(zip(((FIN_TITLE, FIN_HEADER, FIN), (FAM_TITLE, FAM_HEADER, FAM)),
                                                            (0.74, 0.26))):
        width = int(avail * share)
        outer.columns[j].width = width
        cell = outer.cell(0, j)
        cell.width = width
        cap = cell.paragraphs[0].add_run(title)
        cap.bold = True
        cap.font.size = Pt(10)
        t = cell.add_table(rows=1 + len(rows), cols=len(header))
        docxkit.table_rules(t, rules)
        t.autofit = False
        col = int((width - int(Cm(0.4))) / len(header))
        for k in range(len(header)):
            t.columns[k].width = col
        for i, row in enumerate([header] + rows):
            for k, text in enumerate(row):
                t.cell(i, k).width = col
                r = t.cell(i, k).paragraphs[0].add_run(text)
                r.font.size = Pt(6)
                r.bold = i == 0
    doc.add_paragraph("Le montant global des concours financiers de l'ANRU figure ci-dessus.")
    doc.save(str(path))
    return path


def test_side_by_side_tables_read_their_own_captions_and_headers(tmp_path):
    from convention_parser.pipeline import parse_pdf

    pdf = office.docx_to_pdf([_docx(tmp_path / "side.docx")], tmp_path / "pdf")[0]
    tables = parse_pdf(str(pdf)).parts[0].tables
    clean = lambda rows: [[" ".join(c.split()) for c in r] for r in rows]  # noqa: E731
    fin = [t for t in tables if t.n_cols == 5]
    fam = [t for t in tables if t.n_cols == 2]
    assert len(fin) == 1 and len(fam) == 1
    assert fin[0].title == FIN_TITLE
    assert fam[0].title == FAM_TITLE
    assert clean(fin[0].header) == [FIN_HEADER]
    assert clean(fam[0].header) == [FAM_HEADER]
    assert clean(fin[0].rows) == FIN
    assert clean(fam[0].rows) == FAM
