"""An unruled table in a small type whose rows keep the body's paragraph
spacing (a Word table converted by LibreOffice, 6 pt text, rows 13 pt
apart): a row with a wrapped cell sits further from the next one than the
3-line gap of the body's type, and one group of rows leaves a column empty.
It stays one table, its group rows rows of it. Built with reportlab; gold
by construction."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from convention_parser.tables import find_tables
from convention_parser.text import read_document

COLS = [40.0, 130.0, 330.0, 440.0, 560.0]       # left edges; the last column set right at 640
HEADER = ["IDTOP", "Libellé de l'opération", "Maître d'ouvrage", "Commune", "Subvention ANRU"]
GROUPS = [
    ("Quartier La Source – Hautmont", [
        ["C0749-14-0016", "Conduite du projet de renouvellement urbain", "Métropole des Terres de Hallue",
         "Hautmont", "3 100 000 €"],
        ["C0749-21-0001", "Démolition de l'îlot du Parc", "Néolis Logement", "Hautmont", "2 500 000 €"],
        ["C0749-21-0002", "Démolition de la tour Les Lilas", "Logis Alizé", "Hautmont", "910 000 €"],
        ["C0749-34-0003", "Résidentialisation de la tour Lavoisier", "Logis Alizé", "Hautmont", "630 000 €"]]),
    ("Quartier Les Sablons – Lormes", [      # no commune in this group: a column left empty
        ["C0749-21-0007", "Démolition de l'îlot Les Acacias", "Logis Alizé", "", "3 800 000 €"],
        ["C0749-21-0008", "Démolition de l'immeuble Les Hortensias", "Néolis Logement", "", "580 000 €"],
        ["C0749-34-0009", "Résidentialisation de l'ensemble Les Marronniers", "Logis Alizé", "", "380 000 €"]]),
]
WRAP = {"Métropole des Terres de Hallue": ("Métropole des Terres de", "Hallue")}


def build(path: Path) -> Path:
    c = canvas.Canvas(str(path), pagesize=landscape(A4))
    y = 540.0
    c.setFont("Helvetica", 11)
    c.drawString(40, y, "Les opérations cofinancées par l'ANRU sont les suivantes :")
    y -= 30

    def row(cells: list[str], bold: bool = False) -> float:
        lines = 1
        for x, text in zip(COLS, cells):
            c.setFont("Helvetica-Bold" if bold else "Helvetica", 6)
            parts = WRAP.get(text, (text,))
            for k, part in enumerate(parts):
                if x == COLS[-1]:
                    c.drawRightString(640, y - 8 * k, part)
                else:
                    c.drawString(x, y - 8 * k, part)
            lines = max(lines, len(parts))
        return 8 * (lines - 1) + 19      # rows 13 pt apart, a wrap at 8 pt leading

    y -= row(HEADER, bold=True)
    for title, rows in GROUPS:
        c.setFont("Helvetica-Bold", 6)
        c.drawString(COLS[0], y, title)
        y -= 19
        for r in rows:
            y -= row(r)
    c.setFont("Helvetica", 11)
    c.drawString(40, y - 10, "Le calendrier opérationnel figure en annexe C1.")
    c.showPage()
    c.save()
    return path


def test_wide_spaced_small_rows_stay_one_table(tmp_path):
    pdf = build(tmp_path / "wide.pdf")
    (t,) = find_tables(str(pdf), read_document(pdf, ocr="never"))
    want = []
    for title, rows in GROUPS:
        want.append([title] * len(HEADER))
        want += rows
    assert t.header == [HEADER]
    assert t.rows == want
