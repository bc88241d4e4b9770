"""A table without rules under a header band, announced by a justified sentence under
numbered headings hanging in the margin ("4<tab>Title", "4.1<tab>Title": two pieces at a
tab, like a row of cells). The sentence's first line, stretched by justification, is cut at
every space into one-word pieces like a row of many cells; it is prose: the table keeps its
header and rows only, the headings and the sentence stay text (layout set 5). On a DOCX
built for the test, converted by LibreOffice."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from corpora.generator2 import office  # noqa: E402

pytestmark = pytest.mark.skipif(office.soffice() is None, reason="LibreOffice not installed")

ROWS = [["Intervention", "La Cité du 8"],
        ["Démolition de logements locatifs sociaux", "241 logements"],
        ["Requalification de LLS", "34 logements"]]
SENTENCE = ("En déclinaison de la stratégie urbaine visée par le projet, le programme d'intervention "
            "est synthétisé comme suit :")


def _pdf(tmp_path: Path) -> Path:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    from corpora.generator2 import docxkit

    doc = Document()
    doc.styles["Normal"].font.size = Pt(10.5)
    doc.styles["Normal"].font.name = "DejaVu Sans"
    sec = doc.sections[0]                       # A4, 2.5 cm margins: the sentence's first line
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)    # ends well short of the edge
    sec.left_margin = sec.right_margin = Cm(2.5)
    for number, title in (("4", "La description du projet urbain"), ("4.1", "La synthèse du programme urbain")):
        p = doc.add_paragraph()                 # the number hangs in the left margin
        p.paragraph_format.left_indent = Cm(0)
        p.paragraph_format.first_line_indent = Cm(-1.5)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(0))
        p.paragraph_format.space_before = Pt(10)
        run = p.add_run(f"{number}\t{title}")
        run.bold = True
        run.font.size = Pt(11)
    p = doc.add_paragraph(SENTENCE)
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    tbl = doc.add_table(rows=len(ROWS), cols=2)
    docxkit.table_rules(tbl, "none")
    docxkit.set_col_widths(tbl, [7.5, 7.5])
    for i, row in enumerate(ROWS):
        for j, text in enumerate(row):
            cell = tbl.cell(i, j)
            run = cell.paragraphs[0].add_run(text)
            run.bold = i == 0
            if i == 0:
                docxkit.shade(cell, "D9D9D9")
    doc.add_paragraph("Tableau de synthèse du programme urbain").alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph("Les opérations sont conduites sous la maîtrise d'ouvrage des organismes signataires.")
    path = tmp_path / "justified.docx"
    doc.save(str(path))
    return office.docx_to_pdf([path], tmp_path / "pdf")[0]


def test_justified_sentence_above_a_table_is_prose(tmp_path):
    from convention_parser.pipeline import parse_pdf

    result = parse_pdf(str(_pdf(tmp_path)))
    tables = [t for part in result.parts for t in part.tables]
    assert len(tables) == 1
    t = tables[0]
    assert t.header == [ROWS[0]]
    assert t.rows == ROWS[1:]
    text = " ".join([p.preamble for p in result.parts] + [s.heading + " " + s.text for p in result.parts
                                                          for s in p.sections])
    assert "stratégie urbaine visée par le projet" in text
