"""An unruled table whose cell paragraphs keep spacing after them: a cell's second
paragraph ("AMO terminé" / "Moe 2023") sits off the other cells' wrapped lines and
overlaps them; the leading is measured without such lines, so every wrapped line stays
in its row (tests/fixtures/tables/office_cell_spacing.py: python-docx + LibreOffice, gold
by construction)."""

from __future__ import annotations

from pathlib import Path

from convention_parser.tables import find_tables
from convention_parser.text import read_document
from helpers import fixture_module

FIXTURES = Path(__file__).parent / "fixtures" / "tables"


def _builder():
    return fixture_module(FIXTURES / "office_cell_spacing.py")


def test_second_paragraph_off_the_lines_keeps_rows_whole():
    b = _builder()
    pdf = str(FIXTURES / "cell_spacing" / f"{b.NAME}.pdf")
    tables = find_tables(pdf, read_document(pdf))
    gold = b.gold_rows()
    assert [(t.n_rows, t.n_cols) for t in tables] == [(len(gold), len(b.HEADER))]
    t = tables[0]
    assert t.header == [b.HEADER]
    assert t.rows == gold
    assert t.title == ""        # the last label's wrapped lines are no caption below
