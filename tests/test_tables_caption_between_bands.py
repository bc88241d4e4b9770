"""A caption in the body's type between two tables told by shaded header bands (no rules),
under the first (tests/fixtures/tables/office_caption_between.py: python-docx +
LibreOffice, gold by construction): the second table's band closes the caption's line below
as a rule under a group row would, but the line under it is the next table's header, whose
cells cross the first table's columns: the caption is no group row of the first table."""

from __future__ import annotations

from pathlib import Path

from convention_parser.tables import find_tables
from convention_parser.text import read_document
from helpers import fixture_module

FIXTURES = Path(__file__).parent / "fixtures" / "tables"


def _builder():
    return fixture_module(FIXTURES / "office_caption_between.py")


def test_caption_between_two_banded_tables_is_no_row():
    b = _builder()
    pdf = str(FIXTURES / "caption_between" / f"{b.NAME}.pdf")
    tables = find_tables(pdf, read_document(pdf))
    assert [(t.n_rows, t.n_cols) for t in tables] == [(len(b.ROWS), 5), (len(b.FAMILY), 2)]
    fin, fam = tables
    assert fin.rows == b.ROWS
    assert fin.header[1][1:4] == b.HEADER[1][1:4]
    assert not any(b.CAPTION in cell for t in tables for row in t.header + t.rows for cell in row)
    assert fam.rows == b.FAMILY


def test_caption_at_the_page_margin_under_a_banded_table_is_no_row(tmp_path):
    """The same on a pinned generator seed whose tables are set with their text inside the
    cells' padding, the caption at the page margin left of it (layout set 6, seed 1408: the
    signed convention's financing table, its caption below, the family table's band under it)."""
    import sys

    import pytest

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from corpora.generator2 import convention, office

    if office.soffice() is None:
        pytest.skip("LibreOffice not installed")
    signed = [s for s in convention.build(1408, tmp_path / "docx", layout_set=6) if s.name.endswith("signed")][0]
    gold = [t for t in signed.gold["parts"][0]["tables"] if t["title"].startswith("Plan de financement")][0]
    pdf = str(office.docx_to_pdf([signed.docx], tmp_path / "pdf")[0])
    fin = [t for t in find_tables(pdf, read_document(pdf)) if t.header and t.header[0][0] == "Financeurs"]
    assert len(fin) == 1
    assert fin[0].rows == gold["rows"]
    assert fin[0].title == gold["title"]
