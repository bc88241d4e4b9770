"""Headings printed as shaded bands (a one-row, two-cell table without rules: the label
white on a dark cell, the title on a light one) one right under another: a run of
headings, no table; a shaded data table after them stays a table. On a DOCX built for
the test, converted by LibreOffice (layout set 5)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from corpora.generator2 import docxkit, office  # noqa: E402

pytestmark = pytest.mark.skipif(office.soffice() is None, reason="LibreOffice not installed")

BODY = ("Les partenaires s'engagent à conduire cette démarche en associant les habitants, notamment au sein "
        "de la maison du projet et des instances de concertation mises en place par la commune.")


def _pdf(tmp_path: Path) -> Path:
    from docx import Document
    from docx.shared import Cm, Pt, RGBColor

    doc = Document()
    doc.styles["Normal"].font.size = Pt(10)
    doc.styles["Normal"].font.name = "Liberation Sans"

    def band(label: str, title: str) -> None:
        tbl = doc.add_table(rows=1, cols=2)
        docxkit.table_rules(tbl, "none")
        tbl.autofit = False
        for j, (text, fill, w) in enumerate(((label, "1F4E79", 3.5), (title, "DEEAF6", 12.5))):
            tbl.columns[j].width = Cm(w)
            cell = tbl.cell(0, j)
            cell.width = Cm(w)
            docxkit.shade(cell, fill)
            run = cell.paragraphs[0].add_run(text)
            run.bold = True
            run.font.size = Pt(12)
            if j == 0:
                run.font.color.rgb = RGBColor(255, 255, 255)
        doc.add_paragraph().paragraph_format.space_after = Pt(2)

    band("TITRE II", "LE PROJET DE RENOUVELLEMENT URBAIN")
    band("Article 4", "La description du projet urbain")
    band("4.1", "La synthèse du programme urbain")
    doc.add_paragraph(BODY)
    tbl = doc.add_table(rows=3, cols=3)
    docxkit.table_rules(tbl, "none")
    for i, row in enumerate([("Intervention", "La Cité du 11", "Les Sablons"),
                             ("Démolition de logements", "125 logements", "71 logements"),
                             ("Requalification de LLS", "–", "91 logements")]):
        for j, text in enumerate(row):
            tbl.cell(i, j).paragraphs[0].add_run(text).bold = i == 0
            if i != 1:
                docxkit.shade(tbl.cell(i, j), "D9D9D9")
    doc.add_paragraph(BODY)
    band("Article 5", "La stratégie de diversification résidentielle")
    doc.add_paragraph(BODY)
    band("5.1", "La description de la stratégie de diversification")   # alone, right under prose
    doc.add_paragraph(BODY)
    path = tmp_path / "bands.docx"
    doc.save(str(path))
    return office.docx_to_pdf([path], tmp_path / "pdf")[0]


def test_band_headings_are_headings_not_a_table(tmp_path):
    from convention_parser.pipeline import parse_pdf

    part = parse_pdf(str(_pdf(tmp_path))).parts[0]
    secs = [(s.number, s.heading) for s in part.sections]
    assert ("II", "LE PROJET DE RENOUVELLEMENT URBAIN") in secs
    assert ("4", "La description du projet urbain") in secs
    assert ("4.1", "La synthèse du programme urbain") in secs
    assert ("5", "La stratégie de diversification résidentielle") in secs
    assert ("5.1", "La description de la stratégie de diversification") in secs
    assert [(t.n_rows, t.n_cols) for t in part.tables] == [(2, 3)]
