"""A wrapped caption's last line is not a row of the table below it, even
when it is short enough to sit in the table's first column (two "fiches"
printed one under the other, as in the CALL conventions' annexes)."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from convention_parser.tables import find_tables
from convention_parser.text import read_document

ROWS = [["Rubrique", "Contenu"], ["Libellé", "LENS - Pôle économique de la Fosse 12"],
        ["IDTOP", "C0688-38-0060"], ["Maître d'ouvrage", "Commune de Lens"],
        ["Localisation", "62498 Lens 6062024 Cité 12-14"], ["Lancement opérationnel", "S2 2023"]]
CAPTIONS = [["Fiche descriptive – LENS - Développement d'un pôle économique sur le site de la Fosse 12"],
            ["Fiche descriptive – LENS - Quartiers Fertiles : démonstrateur et jardin coopératif rue de la",
             "Bourdonnais"]]


def build(path: Path, font: str = "Helvetica-Bold") -> Path:
    c = canvas.Canvas(str(path), pagesize=A4)
    y = 780.0
    for caption in CAPTIONS:
        c.setFont(font, 9)
        for line in caption:
            c.drawString(48, y, line)
            y -= 11.5
        y -= 8.0
        for i, (label, value) in enumerate(ROWS):
            c.setFont("Helvetica-Bold" if i == 0 else "Helvetica", 8)
            c.drawString(51, y, label)
            c.drawString(171, y, value)
            y -= 15.5
        y -= 14.0
    c.showPage()
    c.save()
    return path


def test_short_last_line_of_a_wrapped_caption_stays_out(tmp_path):
    pdf = build(tmp_path / "sheets.pdf")
    doc = read_document(pdf, ocr="never")
    tables = find_tables(str(pdf), doc)
    assert len(tables) == 2
    for t, caption in zip(tables, CAPTIONS):
        assert t.header == ROWS[:1] and t.rows == ROWS[1:]
        # A bold caption over two lines is the title, read whole.
        assert t.title == " ".join(caption)
    (last,) = [l for l in doc.lines() if l.text.strip() == "Bourdonnais"]
    assert last.table_id is None


def test_plain_two_line_paragraph_above_a_table_is_no_title(tmp_path):
    """Set in the body font, the two lines read as prose ending above the table."""
    pdf = build(tmp_path / "plain.pdf", font="Helvetica")
    doc = read_document(pdf, ocr="never")
    tables = find_tables(str(pdf), doc)
    assert [t.title for t in tables] == [CAPTIONS[0][0], ""]
    assert all(t.header == ROWS[:1] and t.rows == ROWS[1:] for t in tables)
