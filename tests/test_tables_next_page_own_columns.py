"""A table of its own at the top of a page, under a sentence and its caption, right after a table
that ends the previous page with fewer, wider columns: it is no continuation of that table, and keeps
its own columns (read in the previous table's columns, "Commune", "Logements" and "Subvention" were one
cell). Tables ruled between rows only, drawn with reportlab for the test; gold by construction."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from convention_parser.tables import find_tables
from convention_parser.text import read_document

SYNTHESIS = [["Intervention", "La Madeleine", "Les Peupliers"],
             ["Démolition de logements", "335 logements", "77 logements"],
             ["Requalification de LLS", "–", "192 logements locatifs sociaux requalifiés"],
             ["Reconstitution de l'offre", "19 logements", "–"]]
OPS = [["Libellé de l'opération", "Maître d'ouvrage", "Commune", "Logements", "Subvention"],
       ["Démolition de l'ensemble Bizet", "Maisons Aquilon", "Rosières", "165", "2 250 000"],
       ["Démolition de l'immeuble du Parc", "Logis Ternois", "Rosières", "170", "4 829 000"],
       ["Démolition de la barre du Parc", "Logis Ternois", "Vernay", "77", "1 090 000"],
       ["Requalification de l'îlot Ravel", "Logis Ternois", "Vernay", "192", "2 220 000"]]


def _ruled_between_rows(c: canvas.Canvas, top: float, rows: list[list[str]], xs: list[float],
                        right: list[bool]) -> float:
    h = 16.0
    c.line(xs[0], top, xs[-1], top)
    for r, row in enumerate(rows):
        y = top - r * h
        c.setFont("Helvetica-Bold" if r == 0 else "Helvetica", 8)
        for k, text in enumerate(row):
            if right[k]:
                c.drawRightString(xs[k + 1] - 3, y - 11, text)
            else:
                c.drawString(xs[k] + 3, y - 11, text)
        c.line(xs[0], y - h, xs[-1], y - h)
    return top - len(rows) * h


def build(path: Path) -> Path:
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 10)
    c.drawString(71, 250, "7. Le tableau de l'article 4.1 est remplacé par le tableau suivant :")
    _ruled_between_rows(c, 230, SYNTHESIS, [71, 214, 326, 524], [False, False, False])
    c.showPage()
    c.setFont("Helvetica", 10)
    c.drawString(71, 790, "10. Le tableau de l'article 8.1 est remplacé par le tableau suivant :")
    c.setFont("Helvetica-Bold", 10)
    c.drawString(180, 772, "Tableau des opérations cofinancées par l'ANRU")
    _ruled_between_rows(c, 760, OPS, [71, 234, 324, 395, 448, 524], [False, False, False, True, True])
    c.setFont("Helvetica", 10)
    c.drawString(71, 660, "11. Les totaux du tableau de l'article 9 sont modifiés en conséquence.")
    c.showPage()
    c.save()
    return path


def test_a_table_of_its_own_at_a_page_top_keeps_its_columns(tmp_path):
    pdf = str(build(tmp_path / "own-columns.pdf"))
    tables = find_tables(pdf, read_document(pdf, ocr="never"))
    assert [(t.pages, t.header, t.rows) for t in tables] == [([1], SYNTHESIS[:1], SYNTHESIS[1:]), ([2], OPS[:1], OPS[1:])]
