"""Tables without rules whose shaded header rows draw the only rules, the last one followed by
underlined headings, justified prose and another table of the same width
(tests/fixtures/tables/office_prose_after_band.py, typeset by LibreOffice; gold by
construction: its constants). The shading's edges of the operations table and of the financing
table below stack into rules of one extent (stacked.py); the band between them holds a row and
then running prose, so it is no row: each table keeps its own rows, the prose stays text."""

from __future__ import annotations

from pathlib import Path

from convention_parser.tables.finder import locate_tables
from convention_parser.text import read_document
from helpers import fixture_module

FIXTURES = Path(__file__).parent / "fixtures" / "tables"


def _builder():
    return fixture_module(FIXTURES / "office_prose_after_band.py")


def test_prose_between_two_banded_tables_is_no_row():
    b = _builder()
    pdf = str(FIXTURES / "prose_after_band" / "prose-after-band.pdf")
    tables = [f.table for f in locate_tables(pdf, read_document(pdf, ocr="never")) if not f.layout]
    assert [t.title for t in tables] == [c for c, _ in b.OPERATIONS] + [b.FIN_CAPTION]
    assert [t.rows for t in tables] == [rows for _, rows in b.OPERATIONS] + [b.FIN_ROWS]
    cells = " ".join(c for t in tables for row in t.rows + t.header for c in row)
    assert "calendrier" not in cells and "Article 9" not in cells
