"""A ruled table of one body row that a page break parted from its header:
the shaded header row boxed alone ends page 1, the row opens page 2 in the
same columns (an avenant's "le tableau est remplacé par le tableau suivant :"
printing a family of one operation). Drawn with reportlab's canvas for the
test; gold by construction."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from convention_parser.tables import find_tables
from convention_parser.text import read_document

HEADER = ["Opération", "Maître d'ouvrage", "Nb logts", "Montant ANRU"]
ROW = ["Requalification de l'îlot Berlioz", "OPH Rives", "83", "1 582 900 €"]
XS = [70.0, 250.0, 370.0, 440.0, 530.0]
PROSE = "Le porteur de projet présente chaque année au comité de pilotage un bilan des opérations."


def _row(c: canvas.Canvas, top: float, cells: list[str], shaded: bool) -> None:
    h = 18.0
    for k, text in enumerate(cells):
        x0, x1 = XS[k], XS[k + 1]
        if shaded:
            c.setFillGray(0.85)
            c.rect(x0, top - h, x1 - x0, h, stroke=1, fill=1)
            c.setFillGray(0.0)
        else:
            c.rect(x0, top - h, x1 - x0, h, stroke=1, fill=0)
        c.drawString(x0 + 3, top - 13, text)


def _build(path: Path, header_before: bool) -> None:
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 9)
    y = 780.0
    while y > 150:
        c.drawString(70, y, PROSE)
        y -= 14
    c.drawString(70, 120, "11. Le deuxième tableau de l'article 8.1 est remplacé par le tableau suivant :")
    if header_before:
        _row(c, 100, HEADER, shaded=True)
    c.showPage()
    c.setFont("Helvetica", 9)
    _row(c, 800, ROW, shaded=False)
    y = 760.0
    while y > 500:
        c.drawString(70, y, PROSE)
        y -= 14
    c.showPage()
    c.save()


def test_one_row_under_a_header_alone_on_the_page_before_is_its_table(tmp_path):
    pdf = tmp_path / "row-piece.pdf"
    _build(pdf, header_before=True)
    tables = find_tables(str(pdf), read_document(str(pdf)))
    assert [(t.header, t.rows) for t in tables] == [([HEADER], [ROW])]
    assert tables[0].pages == [1, 2]


def test_a_boxed_row_alone_is_no_table(tmp_path):
    pdf = tmp_path / "row-alone.pdf"
    _build(pdf, header_before=False)
    assert find_tables(str(pdf), read_document(str(pdf))) == []
