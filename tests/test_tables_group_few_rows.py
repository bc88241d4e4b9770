"""An operation table ruled between rows only, cut by a page break right after its group row
("Quartier Les Terrasses (QP044055) – Villers-Saint-Amand", one cell over every column): each
piece (header and group row; header repeated and one row) is too short for whitespace to show
the columns, so the header's cells start them, and the group row's one cell running over them
is no reason to give up (tests/fixtures/tables/office_group_few_rows.py, typeset by LibreOffice;
gold by construction: its constants)."""

from __future__ import annotations

from pathlib import Path

from convention_parser.tables.finder import locate_tables
from convention_parser.text import read_document
from helpers import fixture_module

FIXTURES = Path(__file__).parent / "fixtures" / "tables"


def _builder():
    return fixture_module(FIXTURES / "office_group_few_rows.py")


def test_group_row_over_a_few_row_piece_keeps_the_headers_columns():
    b = _builder()
    pdf = str(FIXTURES / "group_few_rows" / "group-few-rows.pdf")
    tables = [f.table for f in locate_tables(pdf, read_document(pdf, ocr="never")) if not f.layout]
    (caption, group, rows), = b.TABLES
    assert len(tables) == 1 and tables[0].pages == [1, 2]
    assert tables[0].header == [b.HEADER]
    assert tables[0].rows == [[group] * len(b.HEADER)] + rows
