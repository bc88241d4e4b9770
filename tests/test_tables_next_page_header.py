"""A table opening a page on a header of its own, right after a table that ended the page
before (no caption, no sentence between; both unruled under a shaded header band, the first
alone on a landscape page): two
tables, not one continued; the same table continued under its header printed again stays
one. On a DOCX built for the test, converted by LibreOffice (layout set 5)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from corpora.generator2 import docxkit, office  # noqa: E402

pytestmark = pytest.mark.skipif(office.soffice() is None, reason="LibreOffice not installed")

FIN = [["Financeurs", "La Cité du 11", "Les Sablons", "Total"]] + [
    [name, f"{k} 054 500", f"{k + 1} 934 500", f"{2 * k + 1} 989 000"]
    for k, name in enumerate(["ANRU", "Action Logement", "Région", "Département", "EPCI", "Autres"], start=1)]
FAM = [["Famille d'opérations", "Concours ANRU"], ["Démolition de logements locatifs sociaux", "3 522 100"],
       ["Requalification de LLS", "1 135 400"], ["Résidentialisation", "725 000"], ["Ingénierie", "111 800"]]


def _pdf(tmp_path: Path, second: list[list[str]], landscape: bool = True) -> Path:
    from docx import Document
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.shared import Cm, Pt

    doc = Document()
    doc.styles["Normal"].font.size = Pt(10)
    doc.styles["Normal"].font.name = "Liberation Sans"

    def table(rows: list[list[str]]) -> None:
        tbl = doc.add_table(rows=len(rows), cols=len(rows[0]))
        docxkit.table_rules(tbl, "none")
        # the second table's figures fall inside one column of the first (read in its columns)
        widths = ([6.1 if landscape else 3.9] * 4) if len(rows[0]) == 4 else [12.8, 3.2]
        tbl.autofit = False
        for j, w in enumerate(widths):
            tbl.columns[j].width = Cm(w)
        for i, row in enumerate(rows):
            for j, text in enumerate(row):
                tbl.cell(i, j).width = Cm(widths[j])
                tbl.cell(i, j).paragraphs[0].add_run(text).bold = i == 0
                if i == 0:
                    docxkit.shade(tbl.cell(i, j), "D9D9D9")

    doc.add_paragraph("Le plan de financement prévisionnel s'établit comme suit :")
    # the financing table alone on a landscape page, the next table opening the portrait page after
    for sec in doc.sections:
        sec.left_margin = sec.right_margin = Cm(2.5)
    if landscape:
        land = doc.add_section(WD_SECTION.NEW_PAGE)
        land.orientation = WD_ORIENT.LANDSCAPE
        land.page_width, land.page_height = land.page_height, land.page_width
    else:
        for _ in range(38):          # the table ends the first page
            doc.add_paragraph("Les partenaires s'engagent à conduire cette démarche avec les habitants.")
    table(FIN)
    if landscape:
        port = doc.add_section(WD_SECTION.NEW_PAGE)
        port.orientation = WD_ORIENT.PORTRAIT
        port.page_width, port.page_height = port.page_height, port.page_width
    else:
        doc.add_page_break()
    table(second)
    doc.add_paragraph("Les montants s'entendent hors taxes.")
    path = tmp_path / "next.docx"
    doc.save(str(path))
    return office.docx_to_pdf([path], tmp_path / "pdf")[0]


def test_a_table_opening_the_page_on_its_own_header_is_another_table(tmp_path):
    from convention_parser.pipeline import parse_pdf

    tables = [t for part in parse_pdf(str(_pdf(tmp_path, FAM))).parts for t in part.tables]
    assert [(t.n_rows, t.n_cols) for t in tables] == [(6, 4), (4, 2)]
    assert tables[1].header == [FAM[0]]


def test_the_same_header_printed_again_continues_the_table(tmp_path):
    from convention_parser.pipeline import parse_pdf

    more = [FIN[0], ["Banque des Territoires", "–", "250 000", "250 000"], ["FEDER", "120 000", "–", "120 000"]]
    tables = [t for part in parse_pdf(str(_pdf(tmp_path, more, landscape=False))).parts for t in part.tables]
    assert [(t.n_rows, t.n_cols) for t in tables] == [(8, 4)]
