"""A table cut by hand at a page break and continued under a marked caption and header
("Tableau des opérations (suite)" over "IDTOP (suite) | Libellé | …"): one table, on a
DOCX built for the test and converted by LibreOffice (layout set 5). A marked caption over
other columns stays a table of its own."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from corpora.generator2 import docxkit, office  # noqa: E402

pytestmark = pytest.mark.skipif(office.soffice() is None, reason="LibreOffice not installed")

HEAD = ["IDTOP", "Libellé de l'opération", "Commune", "Subvention ANRU"]
ROWS = [[f"C0999-21-00{k:02d}", f"Démolition de la tour n°{k} ({40 + k} logements)", "Marcillac",
         f"{k} 250 000"] for k in range(1, 11)]


def _pdf(tmp_path: Path, other_head: list[str] | None = None) -> Path:
    from docx import Document
    from docx.shared import Pt

    doc = Document()
    doc.styles["Normal"].font.size = Pt(10)
    doc.styles["Normal"].font.name = "Liberation Sans"

    def table(title: str, head: list[str], rows: list[list[str]]) -> None:
        p = doc.add_paragraph()
        p.add_run(title).bold = True
        tbl = doc.add_table(rows=len(rows) + 1, cols=len(head))
        docxkit.table_rules(tbl, "all")
        for i, row in enumerate([head] + rows):
            for j, text in enumerate(row):
                tbl.cell(i, j).paragraphs[0].add_run(text).bold = i == 0

    doc.add_paragraph("Les opérations cofinancées par l'ANRU sont les suivantes :")
    table("Tableau des opérations cofinancées par l'ANRU", HEAD, ROWS[:6])
    doc.add_page_break()
    head2 = other_head or [f"{HEAD[0]} (suite)"] + HEAD[1:]
    table("Tableau des opérations cofinancées par l'ANRU (suite)", head2, ROWS[6:])
    doc.add_paragraph("Les montants s'entendent hors taxes.")
    path = tmp_path / "suite.docx"
    doc.save(str(path))
    return office.docx_to_pdf([path], tmp_path / "pdf")[0]


def test_marked_continuation_is_one_table(tmp_path):
    from convention_parser.pipeline import parse_pdf

    tables = [t for part in parse_pdf(str(_pdf(tmp_path))).parts for t in part.tables]
    assert len(tables) == 1
    t = tables[0]
    assert (t.n_rows, t.n_cols) == (10, 4)
    assert t.title == "Tableau des opérations cofinancées par l'ANRU"
    assert [r[0] for r in t.rows] == [r[0] for r in ROWS]        # the marked header is no row


def test_marked_caption_over_other_columns_stays_apart(tmp_path):
    from convention_parser.pipeline import parse_pdf

    pdf = _pdf(tmp_path, other_head=["N°", "Intitulé", "Quartier", "Montant"])
    tables = [t for part in parse_pdf(str(pdf)).parts for t in part.tables]
    assert [(t.n_rows, t.n_cols) for t in tables] == [(6, 4), (4, 4)]
