"""A ruled table's cell merged down over three rows, the page break cutting the first row inside
that cell, the header printed again atop the next page (tests/fixtures/tables/office_merged_break.py,
typeset by LibreOffice; gold by construction: its constants). The cut row's rest joins its row
(finder._split_row) and the rows below the cut read the merged cell whole, not its rest alone
("d'Agglomération du Pays de Valmy" without "Communauté")."""

from __future__ import annotations

from pathlib import Path

from convention_parser.tables.finder import locate_tables
from convention_parser.text import read_document
from helpers import fixture_module

FIXTURES = Path(__file__).parent / "fixtures" / "tables"


def _builder():
    return fixture_module(FIXTURES / "office_merged_break.py")


def test_cell_merged_down_across_a_page_break_reads_whole_on_every_row():
    b = _builder()
    pdf = str(FIXTURES / "merged_break" / "merged-break.pdf")
    tables = [f.table for f in locate_tables(pdf, read_document(pdf, ocr="never")) if not f.layout]
    assert len(tables) == 1 and tables[0].pages == [1, 2]
    assert tables[0].rows == b.ROWS
