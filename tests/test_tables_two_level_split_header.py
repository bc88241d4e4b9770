"""Financing tables of layout set 6: a two-level header without rules (the quartier columns
under one "Répartition par quartier" cell, the corner and "Total" cells merged down) keeps its
lower level a header row of its own; a ruled table whose header row the page break cuts (the
header's first lines at the page foot, the quartiers' codes atop the next page) is one table
under one header. A DOCX built for the test, and a pinned generator seed (layout set 6, seed
991: its avenant's financing table breaks so), converted by LibreOffice."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from corpora.generator2 import docxkit, office  # noqa: E402

pytestmark = pytest.mark.skipif(office.soffice() is None, reason="LibreOffice not installed")

HEAD = [["Financeurs", "Total", "Répartition par quartier", ""],
        ["", "", "La Madeleine (QP021022)", "Les Aubépines (QP021043)"]]
ROWS = [["ANRU", "8 769 500,99", "2 488 000,99", "6 281 500"],
        ["Action Logement", "8 503 000", "2 563 000", "5 940 000"],
        ["Département", "6 853 000,49", "1 443 000,49", "5 410 000"],
        ["Total", "24 125 501,48", "6 494 001,48", "17 631 500"]]


def _two_level_pdf(tmp_path: Path) -> Path:
    from docx import Document
    from docx.shared import Pt

    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.size = Pt(10.5)
    normal.font.name = "Liberation Serif"
    normal.paragraph_format.space_after = Pt(4)      # cells spaced like the body's paragraphs
    normal.paragraph_format.line_spacing = 1.3
    doc.add_paragraph("Le plan de financement prévisionnel des opérations s'établit comme suit :")
    doc.add_paragraph("Plan de financement prévisionnel par financeur et par quartier")
    t = doc.add_table(rows=len(HEAD) + len(ROWS), cols=4)
    docxkit.table_rules(t, "none")
    for i, row in enumerate(HEAD + ROWS):
        for j, text in enumerate(row):
            if text:
                run = t.cell(i, j).paragraphs[0].add_run(text)
                run.bold = i < len(HEAD) or row[0] == "Total"
    t.cell(0, 0).merge(t.cell(1, 0))
    t.cell(0, 1).merge(t.cell(1, 1))
    t.cell(0, 2).merge(t.cell(0, 3))
    doc.add_paragraph("Le montant global des concours financiers de l'ANRU s'élève à 8 769 500,99 €.")
    path = tmp_path / "two_level.docx"
    doc.save(str(path))
    return office.docx_to_pdf([path], tmp_path / "pdf")[0]


def test_unruled_two_level_header_keeps_its_lower_level(tmp_path):
    from convention_parser.pipeline import parse_pdf

    tables = [t for part in parse_pdf(str(_two_level_pdf(tmp_path))).parts for t in part.tables]
    assert len(tables) == 1
    t = tables[0]
    assert len(t.header) == 2
    assert t.header[0][:3] == HEAD[0][:3]
    assert t.header[1][2:] == HEAD[1][2:]
    assert t.rows == ROWS


def test_header_row_cut_by_the_page_break_joins_its_rest(tmp_path, monkeypatch):
    from corpora.generator2 import conv_legis, convention
    from convention_parser.pipeline import parse_pdf

    # the document this test was written on: without the later draw of sub-articles named as divisions
    # ("au 1 de l'article 4", conv_avenant_paths), which moves this seed's page break off the header row
    monkeypatch.setattr(conv_legis, "legis_paths", lambda blocks, seed: blocks)
    avenant = [s for s in convention.build(991, tmp_path / "docx", layout_set=6) if s.name.endswith("avenant")][0]
    gold = [t for t in avenant.gold["parts"][0]["tables"] if t["title"].startswith("Plan de financement")][0]
    pdf = office.docx_to_pdf([avenant.docx], tmp_path / "pdf")[0]
    tables = [t for part in parse_pdf(str(pdf)).parts for t in part.tables]
    fin = [t for t in tables if t.header and t.header[0][0] == "Financeurs"]
    assert len(fin) == 1, [t.header for t in tables]
    assert len(fin[0].pages) == 2          # the seed still breaks the table over two pages
    assert fin[0].header == gold["header"]
    assert fin[0].rows == gold["rows"]
