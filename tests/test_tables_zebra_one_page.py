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

from corpora.generator2 import office  # noqa: E402

pytestmark = pytest.mark.skipif(office.soffice() is None, reason="LibreOffice not installed")

from fixtures.tables.zebra import FIN, OPS, QTY, add_zebra  # noqa: E402

TITLES = ("Plan de financement prévisionnel par financeur et par quartier",
          "Opérations « La démolition de logements locatifs sociaux »",
          "Tableau de synthèse du programme urbain")


def _pdf(tmp_path: Path) -> Path:
    from docx import Document
    from docx.shared import Pt

    doc = Document()
    doc.styles["Normal"].font.size = Pt(10)
    doc.styles["Normal"].font.name = "Liberation Sans"

    # one page: a sentence and the caption between every two tables
    doc.add_paragraph("Le plan de financement prévisionnel s'établit comme suit :")
    add_zebra(doc, TITLES[0], FIN, True)
    doc.add_paragraph("Les opérations de démolition sont les suivantes :")
    add_zebra(doc, TITLES[1], OPS, False)
    doc.add_paragraph("Le programme urbain comprend les interventions suivantes :")
    add_zebra(doc, TITLES[2], QTY, False)
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
