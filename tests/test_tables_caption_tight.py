"""A caption set tight under (or over) its table, its ascenders reaching a point or two past the
table's last (or first) rule: still the line below (above) the table, its caption. Drawn with reportlab
for the test; gold by construction."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from convention_parser.tables import find_tables
from convention_parser.text import read_document
from helpers import ruled_rows

OPS = [["IDTOP", "Opération", "Maître d'ouvrage", "Montant ANRU"],
       ["C0686-14-0010", "Accompagnement des ménages relogés", "Communauté urbaine", "100 000 €"],
       ["C0686-21-0001", "Démolition de l'îlot Pasteur", "OPH Beauséjour", "3 765 000 €"]]
FIN = [["Financeurs", "La Côte Rouge", "Total"], ["ANRU", "8 727 400 €", "8 727 400 €"],
       ["Région", "1 200 000 €", "1 200 000 €"]]
CAPTIONS = ["Tableau des opérations cofinancées par l'ANRU (article 8.1)",
            "Plan de financement prévisionnel par financeur et par quartier"]


def build(path: Path, gap: float) -> Path:
    """Two tables, each a page, captions below in bold 11 pt, their baseline ``gap`` points under the rule."""
    c = canvas.Canvas(str(path), pagesize=landscape(A4))
    for rows, caption, xs in ((OPS, CAPTIONS[0], [51, 160, 420, 600, 790]), (FIN, CAPTIONS[1], [51, 300, 550, 790])):
        c.setFont("Helvetica", 10)
        c.drawString(51, 520, "Les opérations et leur financement sont les suivants.")
        bottom = ruled_rows(c, 500, rows, xs)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(51, bottom - gap, caption)
        c.setFont("Helvetica", 9)
        c.drawString(380, 40, "Page 1 sur 2")
        c.showPage()
    c.save()
    return path


def test_a_caption_tight_under_its_table_is_its_caption(tmp_path):
    for gap in (13.0, 9.5):          # a point of white under the rule, then ascenders over it
        pdf = str(build(tmp_path / f"tight-{gap}.pdf", gap))
        tables = find_tables(pdf, read_document(pdf, ocr="never"))
        assert [t.rows for t in tables] == [OPS[1:], FIN[1:]]
        assert [t.title for t in tables] == CAPTIONS, gap
