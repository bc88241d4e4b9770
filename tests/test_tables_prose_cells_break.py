"""An avenant's comparison table ("Stipulation modifiée | Rédaction actuelle |
Nouvelle rédaction"), ruled under its rows only and broken over a page:
its columns read off whitespace put the boundaries at different places in
the gutters of each part (the widest cell moves them), and the first
column's cell of prose wrapped past the page foot leaves four lines atop
the next page. One table, the rest joined to its row (gold by construction)."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from convention_parser.tables import find_tables
from convention_parser.text import read_document

XS = [56, 200, 361]
HEADER = ["Stipulation modifiée", "Rédaction actuelle", "Nouvelle rédaction"]
PAGE1 = [[["Article 2.2 (intitulé)"], ["Les objectifs urbains"], ["Les objectifs urbains et durables"]],
         [["Article 4.1"], ["546 logements"], ["662 logements"]],
         [["Article 4.1, troisième", "alinéa"], ["(142 logements)"], ["(138 logements)"]],
         [["Article 4.1, tableau,"], ["142 logements"], ["138 logements"]]]
REST = ["ligne « Démolition de", "logements locatifs", "sociaux », colonne « Le", "Val Fleuri »"]
PAGE2 = [[["Article 8.1, tableau,", "ligne « C0460-21-0001 »"], ["2.300.000 euros"], ["2.645.000 euros"]],
         [["Article 9, deuxième", "alinéa"], ["24 343 901,36 €"], ["28 341 000,63 €"]],
         [["Article 9, tableau,", "totaux"], ["–"], ["Totaux modifiés"]]]


def _rows(c, rows, y: float) -> float:
    for row in rows:
        for x, lines in zip(XS, row):
            for k, text in enumerate(lines):
                c.drawString(x, y - 12 * k, text)
        y -= 12 * max(len(lines) for lines in row) + 4
        c.line(51, y + 8, 544, y + 8)
    return y


def build(path: Path) -> Path:
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 10)
    for k in range(30):  # the page's prose above the table
        c.drawString(48, 780 - 18 * k, "Le présent avenant a pour objet de prendre en compte l'évolution du programme.")
    c.drawString(48, 220, "Les stipulations de la convention sont modifiées conformément au tableau ci-dessous :")
    c.setFont("Helvetica-Bold", 10)
    for x, text in zip(XS, HEADER):
        c.drawString(x, 190, text)
    c.line(51, 184, 544, 184)
    c.setFont("Helvetica", 10)
    _rows(c, PAGE1, 172)
    c.showPage()
    c.setFont("Helvetica", 10)
    for k, text in enumerate(REST):
        c.drawString(XS[0], 790 - 12 * k, text)
    c.line(51, 740, 544, 740)
    y = _rows(c, PAGE2, 728)
    c.drawString(48, y - 30, "Les autres stipulations de la convention demeurent inchangées.")
    c.save()
    return path


def test_comparison_table_over_a_page_break_is_one_table(tmp_path):
    pdf = str(build(tmp_path / "avenant.pdf"))
    tables = find_tables(pdf, read_document(pdf, ocr="never"))
    assert len(tables) == 1 and tables[0].n_cols == 3
    # (whether the first row is read as a header is no matter here)
    rows = [r for r in tables[0].header + tables[0].rows if r[0] != HEADER[0]]
    assert len(rows) == len(PAGE1) + len(PAGE2)
    assert rows[len(PAGE1) - 1] == ["Article 4.1, tableau, " + " ".join(REST), "142 logements", "138 logements"]
    assert rows[len(PAGE1)] == ["Article 8.1, tableau, ligne « C0460-21-0001 »", "2.300.000 euros", "2.645.000 euros"]
