"""The rest of a row of a table ruled between rows, broken by the page break
and alone atop the next page where no rule is drawn ("Tilleuls" /
"mmun alité" under "Réhabilitation du groupe Les" / "Interco"), joins that
row: the table above sets the kind, as it does for a rest under rules
(gold by construction)."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from convention_parser.tables import find_tables
from convention_parser.text import read_document

XS = [60, 250, 350, 460]
HEADER = ["Intitulé", "Quartier", "Montant HT", "Porteur"]
ROWS = [["Parking silo de la gare", "Bellevue", "67 510", "Département"],
        ["Construction de logements", "Le Mirail", "6 142 717", "État"],
        ["Équipement scolaire", "La Paillade", "4 684 807", "Région"],
        ["Centre social du Parc", "Les Minguettes", "5 099 821", "État"]]
LAST_TOP = ["Réhabilitation du groupe Les", "Interco", "3 532 431", "Département"]
LAST_REST = ["Tilleuls", "mmun alité"]


def build(path: Path) -> Path:
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 10)
    y = 620.0
    c.drawString(48, 700, "Le conseil approuve le plan de financement des opérations suivant.")
    for r, row in enumerate([HEADER] + ROWS + [LAST_TOP]):
        c.setFont("Helvetica-Bold" if r == 0 else "Helvetica", 10)
        for x, text in zip(XS, row):
            c.drawString(x, y, text)
        c.line(55, y - 6, 540, y - 6)  # a rule under every row
        y -= 22
    # The row goes on at the foot of the page: its last line is cut off.
    c.showPage()
    c.setFont("Helvetica", 10)
    c.drawString(XS[0], 790, LAST_REST[0])
    c.drawString(XS[1], 790, "mmun")
    c.drawString(XS[1], 778, "alité")
    c.line(55, 770, 540, 770)
    c.drawString(48, 740, "Les crédits sont inscrits au budget de l'exercice en cours de la commune et")
    c.drawString(48, 728, "de ses partenaires selon le calendrier prévisionnel annexé à la délibération.")
    c.save()
    return path


def test_rest_of_a_ruled_row_alone_atop_the_next_page_joins_it(tmp_path):
    pdf = str(build(tmp_path / "rest.pdf"))
    tables = find_tables(pdf, read_document(pdf, ocr="never"))
    assert len(tables) == 1
    t = tables[0]
    assert t.rows[-len(ROWS) - 1:-1] == ROWS and len(t.rows) == len(ROWS) + 1
    assert t.rows[-1][0] == "Réhabilitation du groupe Les Tilleuls"
    assert t.rows[-1][2:] == LAST_TOP[2:]
