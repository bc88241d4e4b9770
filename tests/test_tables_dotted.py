"""Dotted rules (rows of tiny filled squares, as Chromium prints a dotted
CSS border) reach the ruled-grid finder: column separators drawn dotted
make a ruled grid, cut at the dots."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from convention_parser.tables import find_tables
from convention_parser.tables.finder import page_grids
from convention_parser.tables.settings import TableSettings
from convention_parser.tables.dotted import DottedRules
from convention_parser.text import read_document

HEADER = ["Opération", "Maître d'ouvrage", "Montant", "Taux"]
ROWS = [["Démolition de 48 logements rue Zola", "Bailleur social", "1 250 000 €", "50 %"],
        ["Voirie et réseaux", "Commune de Lens", "640 000 €", "35 %"],
        ["Aménagement des espaces publics", "Communauté d'agglomération", "2 300 000 €", "25 %"]]
# Tight columns, as narrow as their longest text plus a 1.5 pt padding: two
# columns' texts come 3 pt apart, closer than whitespace alone separates columns.
PAD = 1.5
SIZE = 9.0
DOT, STEP = 0.75, 2.25


def _dots(c: canvas.Canvas, x0: float, y0: float, x1: float, y1: float) -> None:
    """A dotted segment: one small filled square per dot (one path object each)."""
    n = int(max(abs(x1 - x0), abs(y1 - y0)) / STEP) + 1
    for k in range(n):
        t = k / (n - 1)
        x, y = x0 + t * (x1 - x0), y0 + t * (y1 - y0)
        c.rect(x - DOT / 2, y - DOT / 2, DOT, DOT, stroke=0, fill=1)


def build(path: Path, dotted_rows: bool) -> Path:
    """The table with dotted column separators; row rules solid or dotted."""
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 11)
    c.drawString(60, 780, "Article 1 – Les opérations financées")
    c.setFont("Helvetica", SIZE)
    left, top, row_h = 60.0, 750.0, 16.0
    widths = [max(c.stringWidth(r[j], "Helvetica", SIZE) for r in [HEADER] + ROWS) + 2 * PAD
              for j in range(len(HEADER))]
    xs = [left]
    for w in widths:
        xs.append(xs[-1] + w)
    rows = [HEADER] + ROWS
    ys = [top - i * row_h for i in range(len(rows) + 1)]
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            tw = c.stringWidth(text, "Helvetica", SIZE)
            # Text columns left-aligned, figures right-aligned against the separator.
            x = xs[j] + PAD if j < 2 else xs[j + 1] - PAD - tw
            c.drawString(x, ys[i] - row_h + 4.5, text)
    for x in xs:
        _dots(c, x, ys[0], x, ys[-1])
    for y in ys:
        if dotted_rows:
            _dots(c, xs[0], y, xs[-1], y)
        else:
            c.setLineWidth(0.5)
            c.line(xs[0], y, xs[-1], y)
    c.drawString(60, ys[-1] - 30, "Le présent article ne modifie pas les autres stipulations.")
    c.showPage()
    c.save()
    return path


def _check(pdf: Path) -> None:
    doc = read_document(pdf, ocr="never")
    (t,) = find_tables(str(pdf), doc)
    assert (t.n_rows, t.n_cols) == (3, 4)
    assert t.header == [HEADER]
    assert t.rows == ROWS
    # The grid is a ruled one: the dots reached the ruled finder.
    settings = TableSettings()
    dotted = DottedRules(str(pdf), settings.dotted)
    try:
        (g,) = page_grids(doc.pages[0], settings, None, dotted)
    finally:
        dotted.close()
    assert g.kind == "ruled" and g.n_cols == 4 and g.n_rows == 4


def test_dotted_column_rules_solid_row_rules(tmp_path):
    _check(build(tmp_path / "dotted_cols.pdf", dotted_rows=False))


def test_all_rules_dotted(tmp_path):
    _check(build(tmp_path / "dotted_all.pdf", dotted_rows=True))
