"""Operation sheets stacked one under another, each a key | value table without rules under a head
row boxed on its own ("Fiche opération n° 2 – opération nouvelle" framed over both columns), as an
avenant's ``fichestab`` style prints them (tables/boxed_heads.py). Read as one run of aligned lines
they were one table of every sheet's rows, the second and third heads rows of it; the white before
a boxed head, wider than the white between rows, and its box part them: three tables, each
captioned by its head. Drawn with reportlab for the test; gold by construction."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from convention_parser.tables import find_tables
from convention_parser.text import read_document

SHEETS = [
    ("Fiche opération n° 1 – modification",
     [["Libellé", "Démolition de la tour Les Acacias (171 logements)"], ["Localisation", "Marcillac (QP033015)"],
      ["Maître d'ouvrage", "OPH Aquilon"], ["Subvention ANRU", "4 487 500 € (au lieu de 3 590 000 €)"],
      ["Date de lancement", "S2 2025"]]),
    ("Fiche opération n° 2 – opération nouvelle",
     [["Libellé", "Aménagement de la rue Pierre Brossolette"], ["Localisation", "Marcillac (QP033043)"],
      ["Maître d'ouvrage", "Logis Beauséjour"], ["Subvention ANRU", "2 805 000 €"], ["Date de lancement", "S2 2025"]]),
    ("Fiche opération n° 3 – modification",
     [["Libellé", "Aménagement de la place de la Liberté"], ["Localisation", "Rosières-en-Brêche (QP033026)"],
      ["Maître d'ouvrage", "Communauté d'Agglomération"], ["Subvention ANRU", "3 141 000 € (au lieu de 3 490 000 €)"],
      ["Date de lancement", "S2 2025"]]),
]


def build(path: Path) -> Path:
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica-Bold", 12)
    c.drawString(71, 790, "Article 2 – Opérations créées, modifiées ou supprimées")
    c.setFont("Helvetica", 10)
    c.drawString(71, 768, "Les opérations du programme sont créées, modifiées ou supprimées selon les fiches ci-après.")
    y = 730.0
    for head, rows in SHEETS:
        c.setFont("Helvetica-Bold", 10)
        c.rect(71, y - 16, 453, 23)                 # the head's box, the width of the sheet
        c.drawString(76, y - 4, head)
        y -= 16 + 23
        c.setFont("Helvetica", 10)
        for key, value in rows:
            c.drawString(76, y, key)
            c.drawString(232, y, value)
            y -= 23
        y -= 23                                      # the white between two sheets
    c.setFont("Helvetica", 10)
    c.drawString(71, y - 10, "Les autres stipulations de la convention demeurent inchangées.")
    c.showPage()
    c.save()
    return path


def test_sheets_under_boxed_heads_are_tables_of_their_own(tmp_path):
    pdf = str(build(tmp_path / "fiches.pdf"))
    tables = find_tables(pdf, read_document(pdf, ocr="never"))
    assert [t.title for t in tables] == [head for head, _ in SHEETS]
    for t, (_, rows) in zip(tables, SHEETS):
        assert [list(r) for r in t.header] + [list(r) for r in t.rows] == rows
