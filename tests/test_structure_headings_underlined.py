"""Headings set apart by an underline alone (body type, neither bold nor larger) and
sub-articles numbered with a hyphen ("4-1 Title"), on a DOCX built for the test and
converted by LibreOffice (conventions of other agglomerations; layout set 4)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from corpora.generator2 import office  # noqa: E402

pytestmark = pytest.mark.skipif(office.soffice() is None, reason="LibreOffice not installed")

BODY = ("Les partenaires s'engagent à conduire cette démarche en associant les habitants, notamment au sein "
        "de la maison du projet et des instances de concertation mises en place par la commune.")


def _pdf(tmp_path: Path, headings: list[tuple[str, bool, bool]]) -> Path:
    """A convention whose headings are (text, underlined, bold), each followed by body paragraphs;
    one body paragraph opens with an underlined number in prose."""
    from docx import Document
    from docx.shared import Pt

    doc = Document()
    doc.styles["Normal"].font.size = Pt(11)
    doc.styles["Normal"].font.name = "Liberation Sans"
    title = doc.add_paragraph()
    r = title.add_run("CONVENTION PLURIANNUELLE DE RENOUVELLEMENT URBAIN")
    r.bold = True
    r.font.size = Pt(14)
    doc.add_paragraph("Il est convenu entre les parties ce qui suit.")
    for text, underline, bold in headings:
        p = doc.add_paragraph()
        for k, line in enumerate(text.split("\n")):    # a titre's label over its title: a line break
            run = p.add_run(line)
            run.underline = underline
            run.bold = bold
            if k < len(text.split("\n")) - 1:
                run.add_break()
        for _ in range(2):
            doc.add_paragraph(BODY)
    # prose whose first words are underlined, not the whole line: no heading
    p = doc.add_paragraph()
    run = p.add_run("3.5 - Le comité")
    run.underline = True
    p.add_run(" se réunit deux fois par an. " + BODY)
    path = tmp_path / "underlined.docx"
    doc.save(str(path))
    return office.docx_to_pdf([path], tmp_path / "pdf")[0]


def test_underlined_headings_in_body_type_and_hyphen_sub_articles(tmp_path):
    from convention_parser.pipeline import parse_pdf

    pdf = _pdf(tmp_path, [("TITRE II -\nLE PROJET DE RENOUVELLEMENT URBAIN", True, False),
                          ("Article 2 – Les objectifs poursuivis par le projet", True, False),
                          ("2.1 - La vocation du quartier", True, False),
                          ("ARTICLE 3 - LES OPÉRATIONS PROGRAMMÉES DANS LA PRÉSENTE CONVENTION ET LEUR\nCALENDRIER "
                           "OPÉRATIONNEL", True, False),
                          ("2.2 - Les objectifs urbains du projet", True, False),
                          ("ARTICLE 4 - LA DESCRIPTION DU PROJET URBAIN", False, True),
                          ("4-1 La synthèse du programme urbain", False, True),
                          ("4-2 La description de la composition urbaine", False, True),
                          ("2.3 - Une ligne de prose qui ne porte aucun soulignement", False, False)])
    secs = {(s.number, s.heading) for part in parse_pdf(str(pdf)).parts for s in part.sections}
    assert ("II", "LE PROJET DE RENOUVELLEMENT URBAIN") in secs      # the underlined title under its label
    assert ("2.1", "La vocation du quartier") in secs
    assert ("2.2", "Les objectifs urbains du projet") in secs
    # an underlined heading wrapped over two lines keeps its second, underlined too
    assert ("3", "LES OPÉRATIONS PROGRAMMÉES DANS LA PRÉSENTE CONVENTION ET LEUR CALENDRIER OPÉRATIONNEL") in secs
    assert ("4.1", "La synthèse du programme urbain") in secs
    assert ("4.2", "La description de la composition urbaine") in secs
    numbers = {n for n, _ in secs}
    assert "2.3" not in numbers          # same words in plain type, not underlined: prose
    assert "3.5" not in numbers          # underlined first words of a paragraph: prose
