"""A paragraph set with a loose leading right under a table that has no caption, in a document
printing its captions below its tables: its first line is no caption, though its lines stand as far apart as a tight paragraph gap (the
lines follow each other at one pitch). Drawn with reportlab for the test; gold by construction."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from convention_parser.tables import find_tables
from convention_parser.text import read_document
from helpers import ruled_rows

CAPTION = "Plan de financement par financeur"
FIRST = [["Financeurs", "Le Plateau", "Total"], ["ANRU", "1 200 000 €", "1 200 000 €"],
         ["Région", "300 000 €", "300 000 €"]]
SECOND = [["Famille d'opérations", "Concours ANRU"], ["Démolition", "9 313 400 €"], ["Requalification", "1 091 600 €"]]
PARAGRAPH = ["Le montant global des concours financiers de l'ANRU s'élève à 25.620.900 euros, dont 7.653.400",
             "euros pour le quartier Les Hauts, 9.221.600 euros pour le quartier La Briqueterie et 8.745.900",
             "euros pour le quartier Le Champ de Mars. Le coût total du programme est estimé à 64.066.800 euros."]


def build(path: Path, pitch: float) -> Path:
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 10)
    c.drawString(51, 790, "Le plan de financement prévisionnel des opérations s'établit comme suit.")
    y = ruled_rows(c, 770, FIRST, [51, 250, 400, 544]) - 14
    c.drawString(51, y, CAPTION)         # this document prints its captions below its tables
    y = ruled_rows(c, y - 70, SECOND, [51, 400, 544]) - 14
    for line in PARAGRAPH:
        c.drawString(51, y, line)
        y -= pitch
    c.save()
    return path


def test_a_loosely_led_paragraph_under_a_table_is_no_caption(tmp_path):
    for pitch in (13.0, 19.0):         # tight, then loose (gaps of about 0.7 em between its lines)
        pdf = str(build(tmp_path / f"loose-{pitch}.pdf", pitch))
        tables = find_tables(pdf, read_document(pdf, ocr="never"))
        assert [t.rows for t in tables] == [FIRST[1:], SECOND[1:]]
        assert [t.title for t in tables] == [CAPTION, ""]
