"""The ruled finder works from layer 1's Page.rules: no pdfplumber page parse."""

from __future__ import annotations

import sys
from pathlib import Path

import pdfplumber

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "tables"))
from typeset import Spec, build  # noqa: E402

from convention_parser.tables import find_tables  # noqa: E402
from convention_parser.tables.ruled import ruled_grids  # noqa: E402
from convention_parser.tables.settings import RuledSettings  # noqa: E402
from convention_parser.tables.shading import Shades  # noqa: E402
from convention_parser.text import read_document  # noqa: E402

MERGED = Spec(
    title="Concours financiers NPNRU par quartier",
    data=[["Quartier", "Subvention", "Prêt", "Concours totaux"],
          ["LENS\nCité du 12-14", "C : 28 528 354,13 €", "C : 2 652 916,00 €", "C : 31 181 270,13 €"],
          ["", "P : 510 135,36 €", "P : 314 400,00 €", "P : 824 535,36 €"],
          ["", "T : 29 038 489,49 €", "T : 2 967 316,00 €", "T : 32 005 805,49 €"],
          ["Total hors prêts", "", "", "29 038 489,49 €"]],
    spans=[(1, 0, 3, 1), (4, 0, 1, 3)], style="A", widths=[4, 4, 4, 4])


def test_ruled_table_without_pdfplumber(tmp_path, monkeypatch):
    pdf = build(tmp_path / "merged.pdf", [MERGED])
    doc = read_document(pdf)

    def refuse(*args, **kwargs):
        raise AssertionError("the table stage must not open the PDF with pdfplumber")

    monkeypatch.setattr(pdfplumber, "open", refuse)
    (t,) = find_tables(str(pdf), doc)
    header, rows = MERGED.expected()
    assert t.header == header and t.rows == rows
    assert sorted(t.merged) == [[1, 0, 3, 1], [4, 0, 1, 3]]


def test_ruled_table_from_rules_alone(tmp_path):
    """No PDF at hand (a Document only): the grid still comes from Page.rules."""
    pdf = build(tmp_path / "merged.pdf", [MERGED])
    doc = read_document(pdf)
    (t,) = find_tables(str(tmp_path / "missing.pdf"), doc)
    header, rows = MERGED.expected()
    assert t.rows == rows and t.n_cols == 4


def test_shaded_header_cells(tmp_path):
    pdf = build(tmp_path / "merged.pdf", [MERGED])
    doc = read_document(pdf)
    page = next(p for p in doc.pages if p.rules)
    settings = RuledSettings()
    shades = Shades(str(pdf), settings)
    try:
        (g,) = ruled_grids(page, settings, shades)
    finally:
        shades.close()
    assert (g.n_rows, g.n_cols) == (5, 4)
    assert [c.shaded for c in g.cells if c.row == 0] == [True] * 4
    assert not any(c.shaded for c in g.cells if c.row > 0)
    # Without shading at hand the cells are plain, not guessed.
    (plain,) = ruled_grids(page, settings)
    assert not any(c.shaded for c in plain.cells)


def test_page_without_vertical_rules_has_no_ruled_grid(tmp_path):
    spec = Spec(title=MERGED.title, data=MERGED.data, style="B", widths=[4, 4, 4, 4])
    pdf = build(tmp_path / "b.pdf", [spec])
    doc = read_document(pdf)
    page = next(p for p in doc.pages if p.rules)
    assert ruled_grids(page, RuledSettings()) == []
