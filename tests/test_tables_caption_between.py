"""A short "Tableau N : ..." caption between two unruled tables, held within
the first column's width (it crosses no gutter), ends the table above: the
two tables stay apart, each with its own caption (gold by construction)."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from convention_parser.tables import find_tables
from convention_parser.text import read_document

FIRST = [["Opération", "Site", "Taux", "Année"],
         ["Voirie et réseaux", "Bellevue", "57,7 %", "2029"],
         ["Parking silo de la gare", "Le Mirail", "25,6 %", "2020"],
         ["Centre social du Parc", "Bellevue", "28,8 %", "2015"],
         ["Requalification de la rue", "La Paillade", "68,7 %", "2024"]]
SECOND = [["Intitulé", "Montant HT", "Logements"],
          ["Maison de santé", "3 746 440 €", "254"],
          ["Construction de logements", "8 360 390 €", "338"],
          ["Démolition de la tour A", "5 074 925 €", "13"],
          ["Réhabilitation du groupe", "759 360 €", "340"]]
CAPTIONS = ["Tableau 1 : sites", "Tableau 2 : coûts"]


def build(path: Path) -> Path:
    c = canvas.Canvas(str(path), pagesize=A4)
    y = 780.0
    for caption, rows, xs in ((CAPTIONS[0], FIRST, [60, 250, 360, 450]),
                              (CAPTIONS[1], SECOND, [60, 250, 400])):
        c.setFont("Helvetica", 10)
        c.drawString(48, y, caption)
        y -= 28
        for r, row in enumerate(rows):
            c.setFont("Helvetica-Bold" if r == 0 else "Helvetica", 10)
            for x, text in zip(xs, row):
                c.drawString(x, y, text)
            y -= 26  # a Word table's cell spacing: rows as far apart as the caption
    c.save()
    return path


def test_short_caption_between_two_unruled_tables_splits_them(tmp_path):
    pdf = str(build(tmp_path / "two.pdf"))
    tables = find_tables(pdf, read_document(pdf, ocr="never"))
    shapes = [(t.n_rows, t.n_cols) for t in tables]
    assert shapes == [(4, 4), (4, 3)]
    assert [t.title for t in tables] == CAPTIONS
    assert tables[1].rows[0] == SECOND[1]
