"""An unruled table of operations over five landscape pages whose group rows and
sub-totals are merged cells keeping the empty paragraphs of the cells merged into them
(white inside their row, below the header, between a sub-total and the next group row, at
a page foot), labels wrapped over four lines and more in a narrow column, the last row of
a page among them (tests/fixtures/tables/office_merged_white.py: python-docx + LibreOffice,
gold by construction)."""

from __future__ import annotations

from pathlib import Path

from convention_parser.tables import find_tables
from convention_parser.text import read_document
from helpers import fixture_module

FIXTURES = Path(__file__).parent / "fixtures" / "tables"


def _builder():
    return fixture_module(FIXTURES / "office_merged_white.py")


def test_merged_rows_white_inside_one_table():
    b = _builder()
    pdf = str(FIXTURES / "merged_white" / f"{b.NAME}.pdf")
    tables = find_tables(pdf, read_document(pdf))
    gold, groups, subtotals = b.table_rows()
    assert [(t.n_rows, t.n_cols) for t in tables] == [(len(gold), len(b.HEADER))]
    t = tables[0]
    assert t.header == [b.HEADER]
    assert [t.rows[i][0] for i in groups] == [gold[i][0] for i in groups]
    for i, (row, want) in enumerate(zip(t.rows, gold)):
        if i in groups:
            continue
        if i in subtotals:
            assert row[0] == want[0] and row[3:] == want[3:]
        else:
            assert row == want, i
