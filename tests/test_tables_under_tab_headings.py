"""An unruled table a few lines under numbered headings set at a tab stop ("Article 4 :<tab>La
description …", "4.1.<tab>La synthèse …"), in a document set with no paragraph spacing, on a
DOCX built for the test and converted by LibreOffice. The headings are lines of two cells and
the tight lines make one run with the table: the headings' titles cover the table's gutters and
its labels the headings' one, so no gutter was found and the table was lost. A run with no
gutter is cut at its prose lines and each piece read on its own (aligned._gutter_runs)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from corpora.generator2 import docxkit, office  # noqa: E402

pytestmark = pytest.mark.skipif(office.soffice() is None, reason="LibreOffice not installed")

QTY = [["Intervention", "Le Bois Joli", "La Côte Rouge"],
       ["Démolition de logements locatifs sociaux", "17 logements", "43 logements"],
       ["Requalification de logements sociaux", "–", "115 logements"],
       ["Résidentialisation de logements", "177 logements", "–"],
       ["Reconstitution de l'offre locative", "–", "45 logements"]]
PROSE = ("Les indicateurs de suivi sont renseignés chaque année et présentés lors de la revue de projet, en "
         "présence du délégué territorial de l'Agence. La stratégie retenue repose sur une intervention lourde "
         "sur le parc social et la requalification des espaces publics du quartier.")


@pytest.fixture(scope="module")
def part(tmp_path_factory):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    from convention_parser.pipeline import parse_pdf

    tmp = tmp_path_factory.mktemp("tab_headings")
    doc = docxkit.new_document("Caladea", 10, (3.0, 2.0, 3.0, 2.0), 1.0, 0)
    doc.styles["Normal"].paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY

    def heading(number: str, title: str, size: float) -> None:
        p = doc.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(Cm(4.0))
        run = p.add_run(f"{number}\t{title}")
        run.bold = True
        run.font.size = Pt(size)

    for k, (art, sub) in enumerate((("2", "2.1."), ("3", "3.1."), ("4", "4.1."))):
        heading(f"Article {art} :", f"Les objectifs poursuivis par le projet n° {art}", 12)
        heading(sub, "La synthèse du programme urbain", 11)
        doc.add_paragraph(PROSE)
    doc.add_paragraph("Tableau de synthèse du programme urbain")
    tbl = doc.add_table(rows=len(QTY), cols=3)
    for i, row in enumerate(QTY):
        for j, text in enumerate(row):
            run = tbl.cell(i, j).paragraphs[0].add_run(text)
            run.font.size = Pt(9)
            run.bold = i == 0
    doc.add_paragraph(PROSE)
    heading("4.2.", "La description de la composition urbaine", 11)
    doc.add_paragraph(PROSE)
    path = tmp / "tab-headings.docx"
    doc.save(str(path))
    return parse_pdf(str(office.docx_to_pdf([path], tmp / "pdf")[0])).parts[0]


def test_a_table_under_headings_at_a_tab_stop_in_tight_lines(part):
    found = [t for t in part.tables if t.title == "Tableau de synthèse du programme urbain"]
    assert len(found) == 1, [(t.title, t.n_rows, t.n_cols) for t in part.tables]
    assert found[0].header[-1] == QTY[0]
    assert found[0].rows == QTY[1:]


def test_the_headings_stay_headings(part):
    assert [s.number for s in part.sections if s.number] == ["2", "2.1", "3", "3.1", "4", "4.1", "4.2"]
    assert len(part.tables) == 1
