"""Headings set with their letters spread (character spacing, w:spacing; layout set 6): in the
body type, neither bold nor larger, they are set apart by the spread as bold would; a wrapped one
keeps its second line; wrapped over a few lines their widened word spaces line up like a table's
gutters (no table); beside a column of running text on the same row their words are read whole
(the row's word break is the running text's). Built for the test: a DOCX converted by
LibreOffice, and a row of glyphs laid out by hand."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from corpora.generator2 import office  # noqa: E402

BODY = ("Les partenaires s'engagent à conduire cette démarche en associant les habitants, notamment au sein "
        "de la maison du projet et des instances de concertation mises en place par la commune.")


def _pdf(tmp_path: Path, headings: list[tuple[str, int, bool]]) -> Path:
    """A convention whose headings are (text, spread in twentieths of a point, bold), in the body's
    size, each followed by body paragraphs."""
    from docx import Document
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    doc = Document()
    doc.styles["Normal"].font.size = Pt(11)
    doc.styles["Normal"].font.name = "Liberation Serif"
    title = doc.add_paragraph()
    r = title.add_run("CONVENTION PLURIANNUELLE DE RENOUVELLEMENT URBAIN")
    r.bold = True
    r.font.size = Pt(14)
    doc.add_paragraph("Il est convenu entre les parties ce qui suit.")
    for text, spread, bold in headings:
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(12)
        run = p.add_run(text)
        run.bold = bold
        if spread:
            sp = OxmlElement("w:spacing")
            sp.set(qn("w:val"), str(spread))
            run._r.get_or_add_rPr().append(sp)
        for _ in range(2):
            doc.add_paragraph(BODY)
    path = tmp_path / "spread.docx"
    doc.save(str(path))
    return office.docx_to_pdf([path], tmp_path / "pdf")[0]


@pytest.mark.skipif(office.soffice() is None, reason="LibreOffice not installed")
def test_letter_spaced_headings_in_body_type(tmp_path):
    from convention_parser.pipeline import parse_pdf

    pdf = _pdf(tmp_path, [
        ("ARTICLE 4 – LA DESCRIPTION DU PROJET URBAIN ET DE LA STRATÉGIE DE DIVERSIFICATION", 60, False),
        ("4.1 LA SYNTHÈSE DU PROGRAMME URBAIN", 40, False),
        ("4.2 LA COMPOSITION URBAINE", 0, False),             # the same setting without the spread
        ("4.3 MODIFICATION DE L'ARTICLE 5 DU TITRE II « LA STRATÉGIE DE DIVERSIFICATION RÉSIDENTIELLE »",
         60, True),
    ])
    part = parse_pdf(str(pdf)).parts[0]
    secs = {(s.number, s.heading) for s in part.sections}
    # wrapped over two lines, its second line spread too
    assert ("4", "LA DESCRIPTION DU PROJET URBAIN ET DE LA STRATÉGIE DE DIVERSIFICATION") in secs
    assert ("4.1", "LA SYNTHÈSE DU PROGRAMME URBAIN") in secs
    assert "4.2" not in {n for n, _ in secs}           # body type, no spread: a line of prose
    assert ("4.3", "MODIFICATION DE L'ARTICLE 5 DU TITRE II « LA STRATÉGIE DE DIVERSIFICATION "
                   "RÉSIDENTIELLE »") in secs
    assert part.tables == []                            # the spread heading's lines are no table


def _row(pieces: list[tuple[str, float, float]], size: float = 11.0):
    """Chars of one row: (text, x of its first glyph, gap between glyphs); words apart by a space
    glyph's width plus the gap, no space characters (as LibreOffice draws spread text)."""
    from convention_parser.text.chars import Char

    out = []
    for text, x, gap in pieces:
        for ch in text:
            if ch == " ":
                x += 0.25 * size + gap
                continue
            w = 0.6 * size
            out.append(Char(ch, x, 100.0, x + w, 100.0 + size, 100.0 + 0.8 * size, size, False, False, "F"))
            x += w + gap
    return out


def test_spread_heading_beside_running_text_keeps_its_words():
    """A spread heading in the left column, on the row of the right column's running text: the
    row's word break, set by the touching glyphs of the running text, would cut it letter by
    letter; the piece the gutter sets apart is read at its own."""
    from convention_parser.text.words import make_words

    row = _row([("7.1 LA GOUVERNANCE", 85.0, 3.0), ("de l'offre d'équipements au cœur du quartier", 312.0, 0.0)])
    words = [w.text for w in make_words(row)]
    assert words[:3] == ["7.1", "LA", "GOUVERNANCE"]
    assert words[3:] == ["de", "l'offre", "d'équipements", "au", "cœur", "du", "quartier"]
    # the same row with the heading in plain type: unchanged
    plain = _row([("7.1 LA GOUVERNANCE", 85.0, 0.0), ("de l'offre d'équipements", 312.0, 0.0)])
    assert [w.text for w in make_words(plain)] == ["7.1", "LA", "GOUVERNANCE", "de", "l'offre", "d'équipements"]
    spread = make_words(row)[2]
    assert spread.tracking > 0.2 and make_words(plain)[2].tracking == pytest.approx(0.0, abs=0.01)


def test_spread_heading_over_a_line_of_prose_is_no_table():
    """A spread heading wrapped over two lines, the paragraph's first line under it: the three
    lines line up like a table's rows (the spread widened the heading's word spaces); two of its
    three rows spread, it is text. A table whose cells are plain is one."""
    from convention_parser.tables.grid import Grid, GridCell
    from convention_parser.tables.prose_grids import spread_letters
    from convention_parser.tables.settings import TableSettings
    from convention_parser.text.model import Word

    def cells(rows: list[list[str]], tracking: list[float]) -> list[GridCell]:
        out = []
        for r, (row, t) in enumerate(zip(rows, tracking)):
            for c, text in enumerate(row):
                words = [Word(x, 50.0 + 150 * c, 100.0 + 20 * r, 120.0 + 150 * c, 111.0 + 20 * r, 11.0, tracking=t)
                         for x in text.split()]
                out.append(GridCell(row=r, col=c, words=words))
        return out

    heading = [["ARTICLE 6 –", "LA STRATÉGIE DE", ""], ["RELOGEMENT ET", "D'ATTRIBUTIONS", ""],
               ["Le relogement concerne", "environ", "237 ménages. La charte de relogement"]]
    g = Grid(page=1, bbox=(50.0, 100.0, 500.0, 160.0), kind="aligned", xs=[50.0, 200.0, 350.0, 500.0],
             cells=cells(heading, [0.25, 0.25, 0.0]), n_rows=3, row_tops=[100.0, 120.0, 140.0])
    assert spread_letters(g, TableSettings())
    table = [["Financeurs", "Le Plateau", "Total"], ["ANRU", "9 895 001,83 €", "18 888 404,78 €"],
             ["Département", "65 000 €", "2 994 800,09 €"]]
    t = Grid(page=1, bbox=(50.0, 100.0, 500.0, 160.0), kind="aligned", xs=[50.0, 200.0, 350.0, 500.0],
             cells=cells(table, [0.0, 0.0, 0.0]), n_rows=3, row_tops=[100.0, 120.0, 140.0])
    assert not spread_letters(t, TableSettings())
