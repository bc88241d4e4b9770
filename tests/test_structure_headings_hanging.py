"""Headings whose bare number hangs in the left margin, the title at the text's edge
("4<tab>La description du projet urbain": a hanging indent), on a DOCX built for the test
and converted by LibreOffice (conventions typeset another way; layout set 5). A bare number
at the text's edge stays prose; a hanging heading right under an unruled table is no row of
that table."""

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
    from docx.shared import Cm, Pt

    doc = Document()
    doc.styles["Normal"].font.size = Pt(11)
    doc.styles["Normal"].font.name = "Liberation Sans"
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(2.5)

    def heading(number: str, title: str, hang: bool = True) -> None:
        p = doc.add_paragraph()
        pf = p.paragraph_format
        pf.space_before = Pt(10)
        if hang:
            pf.left_indent = Cm(0)
            pf.first_line_indent = Cm(-1.5)
            pf.tab_stops.add_tab_stop(Cm(0))
        for text in (number, ("\t" if hang else " ") + title):
            run = p.add_run(text)
            run.bold = True
            run.font.size = Pt(12)

    title = doc.add_paragraph()
    r = title.add_run("CONVENTION PLURIANNUELLE DE RENOUVELLEMENT URBAIN")
    r.bold = True
    r.font.size = Pt(14)
    doc.add_paragraph("Il est convenu entre les parties ce qui suit.")
    heading("1", "Les éléments de contexte")
    doc.add_paragraph(BODY)
    doc.add_paragraph(BODY)
    heading("2", "Les modifications apportées à la convention")
    doc.add_paragraph("Les stipulations de la convention sont modifiées conformément au tableau suivant, "
                      "article par article, sans autre changement :")
    rows = [("Article", "Rédaction initiale", "Nouvelle rédaction"),
            ("Article 4.1", "125 logements", "159 logements"),
            ("Article 8.1", "470 100 €", "423 100 €"),
            ("Article 9", "10 989 000 €", "11 959 000 €")]
    tbl = doc.add_table(rows=len(rows), cols=3)
    docxkit.table_rules(tbl, "none")
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            run = tbl.cell(i, j).paragraphs[0].add_run(text)
            run.bold = i == 0
    heading("3", "Autres modifications")
    doc.add_paragraph(BODY)
    heading("3.1", "La gouvernance")
    doc.add_paragraph(BODY)
    # an article inserted by an avenant, its number with the adverb hanging in the margin
    heading("3 bis", "La participation des habitants")
    doc.add_paragraph(BODY)
    # a bold bare number at the text's edge, not hanging: prose, no heading
    heading("5", "Les habitants seront associés à chaque étape.", hang=False)
    doc.add_paragraph(BODY)
    # a page of indented list items: its usual left edge is the items', the text's edge is the document's
    doc.add_page_break()
    for k in range(16):
        item = doc.add_paragraph(f"– Opération n°{k + 1} du programme, sous maîtrise d'ouvrage du bailleur ;")
        item.paragraph_format.left_indent = Cm(1.2)
    heading("4", "Entrée en vigueur")
    doc.add_paragraph(BODY)
    path = tmp_path / "hanging.docx"
    doc.save(str(path))
    return office.docx_to_pdf([path], tmp_path / "pdf")[0]


def test_bare_numbers_hanging_in_the_margin_are_headings(tmp_path):
    from convention_parser.pipeline import parse_pdf

    secs = [(s.number, s.heading) for part in parse_pdf(str(_pdf(tmp_path))).parts for s in part.sections]
    assert ("1", "Les éléments de contexte") in secs
    assert ("2", "Les modifications apportées à la convention") in secs
    assert ("3", "Autres modifications") in secs          # right under the unruled table
    assert ("3.1", "La gouvernance") in secs
    assert ("3 bis", "La participation des habitants") in secs      # numbered as the reader cites it
    assert ("4", "Entrée en vigueur") in secs
    assert "5" not in {n for n, _ in secs}                 # at the text's edge: prose
