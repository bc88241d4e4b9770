"""Running prose is never a table: a section set in two justified columns,
and three narrow justified columns in large type (widened spaces line up
over a few lines). Typeset by LibreOffice (tests/fixtures/tables/office_prose.py);
gold by construction: the page's one real table is found, nothing else."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "tables"))
from office_prose import LAYOUTS, TABLE  # noqa: E402

from convention_parser.tables import find_tables  # noqa: E402
from convention_parser.tables.settings import TableSettings  # noqa: E402
from convention_parser.text import read_document  # noqa: E402

OFFICE = Path(__file__).parent / "fixtures" / "tables" / "prose"


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_prose_in_columns_is_no_table(layout):
    pdf = str(OFFICE / f"prose-{layout}.pdf")
    tables = find_tables(pdf, read_document(pdf))
    assert [(t.n_rows, t.n_cols) for t in tables] == [(len(TABLE) - 1, len(TABLE[0]))]
    assert tables[0].rows == TABLE[1:]


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_prose_check_is_what_rejects_it(layout):
    """Without the running-prose check the columns of prose come out as a
    table: the fixture exercises the check."""
    pdf = str(OFFICE / f"prose-{layout}.pdf")
    base = TableSettings()
    off = replace(base,
                  # no share reaches it; nor lines beside lines of two columns (finder.py)
                  aligned=replace(base.aligned, prose_lowercase_share=2.0, prose_line_share=2.0),
                  layout=replace(base.layout, enabled=False))  # columns of prose are no data either (layout.py)
    assert len(find_tables(pdf, read_document(pdf), off)) == 2
