"""Word habits of layout set 10 (conv_variants10.py), on documents built for the test and
converted by LibreOffice: a sommaire set as a borderless table (a heading as printed in a cell,
its page in the next) or as lines whose page stands at a tab stop without leader."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from corpora.generator2 import docxkit, office  # noqa: E402

pytestmark = pytest.mark.skipif(office.soffice() is None, reason="LibreOffice not installed")

HEADINGS = [("titre", "I", "LES QUARTIERS"), ("article", "1", "Les éléments de contexte"),
            ("article", "2", "Les objectifs poursuivis par le projet de renouvellement urbain"),
            ("titre", "II", "LE PROJET DE RENOUVELLEMENT URBAIN"),
            ("article", "3", "La description du projet urbain"), ("article", "4", "La durée de la convention")]


def _label(kind: str, number: str, title: str) -> str:
    return f"TITRE {number} – {title}" if kind == "titre" else f"Article {number} – {title}"


def _sommaire_docx(path: Path, as_table: bool, titled: bool) -> Path:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    from docx.shared import Cm

    doc = Document()
    doc.add_paragraph("CONVENTION PLURIANNUELLE DE RENOUVELLEMENT URBAIN").runs[0].bold = True
    if titled:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run("SOMMAIRE").bold = True
    sec = doc.sections[0]
    avail = sec.page_width - sec.left_margin - sec.right_margin
    pages = [3, 3, 4, 6, 6, 9]
    if as_table:
        t = doc.add_table(rows=len(HEADINGS), cols=2)
        docxkit.table_rules(t, "none")
        for i, ((kind, number, title), page) in enumerate(zip(HEADINGS, pages)):
            r = t.cell(i, 0).paragraphs[0].add_run(_label(kind, number, title))
            r.bold = kind == "titre"
            t.cell(i, 1).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
            t.cell(i, 1).paragraphs[0].add_run(str(page))
    else:
        for (kind, number, title), page in zip(HEADINGS, pages):
            q = doc.add_paragraph()
            q.paragraph_format.tab_stops.add_tab_stop(avail, WD_TAB_ALIGNMENT.RIGHT)   # no leader
            if kind == "article":
                q.paragraph_format.left_indent = Cm(0.5)
            q.add_run(f"{_label(kind, number, title)}\t{page}").bold = kind == "titre"
    doc.add_page_break()
    for kind, number, title in HEADINGS:
        doc.add_paragraph(_label(kind, number, title)).runs[0].bold = True
        doc.add_paragraph("Les parties conviennent de ce qui suit, pour la durée de la présente convention "
                          "et selon les modalités précisées ci-après.")
    doc.save(str(path))
    return path


@pytest.mark.parametrize("as_table,titled", [(True, True), (True, False), (False, False)])
def test_sommaire_without_leaders_is_no_table_nor_headings(tmp_path, as_table, titled):
    """A sommaire without dot leaders (a borderless grid whose last column holds the pages, or
    entries whose page stands at a tab stop with no fill), titled or not: no table of the parse,
    none of its entries a heading; the sections are the headings of the text, once each, on the
    page after it."""
    from convention_parser.pipeline import parse_pdf

    pdf = office.docx_to_pdf([_sommaire_docx(tmp_path / "s.docx", as_table, titled)], tmp_path / "pdf")[0]
    part = parse_pdf(str(pdf)).parts[0]
    assert part.tables == []
    got = [(s.number, s.heading) for s in part.sections if s.number]
    assert got == [(n, t) for _, n, t in HEADINGS]
    assert {s.page for s in part.sections if s.number} == {2}
