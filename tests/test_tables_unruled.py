"""Unruled tables typeset by LibreOffice (tests/fixtures/tables/office_unruled.py,
gold by construction): one row per logical row, whatever the spacing."""

from __future__ import annotations

from pathlib import Path

from convention_parser.tables import find_tables
from convention_parser.text import read_document
from helpers import fixture_module

FIXTURES = Path(__file__).parent / "fixtures" / "tables"


def _builder():
    return fixture_module(FIXTURES / "office_unruled.py")


def _tables(name: str):
    pdf = str(FIXTURES / "unruled" / name)
    return find_tables(pdf, read_document(pdf))


def test_cell_paragraphs_stay_in_their_row():
    """A cell of several paragraphs, spaced as far apart as the rows: a line
    leaving the first column empty, flush with the cell above, is that
    cell's next paragraph, not a row."""
    b = _builder()
    tables = _tables("cell-paragraphs.pdf")
    assert [(t.n_rows, t.n_cols) for t in tables] == [(len(b.PARAGRAPHS), 2)]
    assert tables[0].rows == [[label, " ".join(cells)] for label, cells in b.PARAGRAPHS]


def test_first_part_takes_the_continuation_columns():
    """Header and one row at a page's foot, the label ending close to the
    figures set left: the first part alone shows no gutter there, its
    continuation's rows do; one table of five columns, every cell whole."""
    b = _builder()
    tables = _tables("first-part-columns.pdf")
    assert [(t.n_rows, t.n_cols) for t in tables] == [(len(b.INSERTION), len(b.INSERTION_HEADER))]
    assert tables[0].header == [b.INSERTION_HEADER]
    assert tables[0].rows == b.INSERTION


def test_bold_tab_headings_with_prose_between_are_no_table():
    """Bold headings, number and title set apart by a tab, a line or two of
    prose under each: the numbers and titles line up as two columns, the
    prose lines between would be group rows; a table's group rows are never
    lighter than its cells, so no table."""
    assert _tables("tab-headings.pdf") == []
