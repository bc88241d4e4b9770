"""Tables told by shading bands and no rules (zebra: every other row shaded, the header a
dark band in white letters) set one under another on the same page, only a sentence and a
caption between them: each is a table of its own (the lines between are prose and the next
table's caption), not one banded table whose rows run over the prose. On a DOCX built for
the test, converted by LibreOffice (layout set 5)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from corpora.generator2 import docxkit, office  # noqa: E402

pytestmark = pytest.mark.skipif(office.soffice() is None, reason="LibreOffice not installed")

FIN = [["Financeurs", "Les Hauts de Marcillac", "Les Peupliers", "Total"],
       ["ANRU", "12 124 100", "9 919 500", "22 043 600"],
       ["Action Logement", "4 029 700", "4 953 100", "8 982 800"],
       ["Région", "1 650 000", "1 000 000", "2 650 000"],
       ["Autres", "960 000", "5 190 000", "6 150 000"],
       ["Total", "18 763 800", "21 062 600", "39 826 400"]]
OPS = [["IDTOP", "Libellé de l'opération", "Commune", "Subvention ANRU"],
       ["C0550-21-0001", "Démolition de la tour Les Marronniers (35 logements)", "Saint-Aubin", "1 074 900"],
       ["C0550-21-0006", "Démolition de la résidence Mansart (94 logements)", "Aubigny", "2 317 800"],
       ["C0550-21-0010", "Démolition de l'ensemble Debussy (179 logements)", "Aubigny", "3 980 000"]]
QTY = [["Intervention", "Les Hauts de Marcillac", "Les Peupliers"],
       ["Démolition de logements locatifs sociaux", "96 logements", "125 logements"],
       ["Requalification de LLS", "–", "189 logements"],
       ["Reconstitution de l'offre", "–", "19 logements"]]
TITLES = ("Plan de financement prévisionnel par financeur et par quartier",
          "Opérations « La démolition de logements locatifs sociaux »",
          "Tableau de synthèse du programme urbain")


def _pdf(tmp_path: Path) -> Path:
    from docx import Document
    from docx.shared import Pt, RGBColor

    doc = Document()
    doc.styles["Normal"].font.size = Pt(10)
    doc.styles["Normal"].font.name = "Liberation Sans"

    def zebra(title: str, rows: list[list[str]], total: bool) -> None:
        doc.add_paragraph(title)
        tbl = doc.add_table(rows=len(rows), cols=len(rows[0]))
        docxkit.table_rules(tbl, "none")
        for i, row in enumerate(rows):
            for j, text in enumerate(row):
                cell = tbl.cell(i, j)
                run = cell.paragraphs[0].add_run(text)
                run.bold = i == 0 or (total and i == len(rows) - 1)
                if i == 0:
                    docxkit.shade(cell, "1F4E79")
                    run.font.color.rgb = RGBColor(255, 255, 255)
                elif i % 2 == 0:
                    docxkit.shade(cell, "EDEDED")

    # one page: a sentence and the caption between every two tables
    doc.add_paragraph("Le plan de financement prévisionnel s'établit comme suit :")
    zebra(TITLES[0], FIN, True)
    doc.add_paragraph("Les opérations de démolition sont les suivantes :")
    zebra(TITLES[1], OPS, False)
    doc.add_paragraph("Le programme urbain comprend les interventions suivantes :")
    zebra(TITLES[2], QTY, False)
    path = tmp_path / "zebra_one_page.docx"
    doc.save(str(path))
    return office.docx_to_pdf([path], tmp_path / "pdf")[0]


def test_zebra_tables_on_one_page_with_prose_between_are_apart(tmp_path):
    from convention_parser.pipeline import parse_pdf

    part = parse_pdf(str(_pdf(tmp_path))).parts[0]
    assert {t.pages[0] for t in part.tables} == {1}                 # all on one page
    got = {t.title: (t.header, t.rows) for t in part.tables}
    assert set(got) == set(TITLES)
    for title, rows in zip(TITLES, (FIN, OPS, QTY)):
        header, body = got[title]
        assert header == [rows[0]], title
        assert body == rows[1:], title
    # the sentence announcing the second table is prose, in no table
    assert "Les opérations de démolition sont les suivantes :" in part.preamble
