"""Long tables ruled between rows over a dozen pages, the header printed again on each, rows
cut by every break (tests/fixtures/tables/office_long_hrules.py: python-docx + LibreOffice, gold
by construction): one table, every row in place.

- ``eight_cols``: the last page holds only the header printed again and the last row's rest;
  on 225f78d its lines were read as two rows (62 rows for 60);
- ``foot_row``: page 1 ends on a row's first line, which layer 1 reads as the running footer
  (tables/furniture_rows.py puts it back); on 225f78d 61 rows for 60;
- ``six_cols``: a family case 225f78d reads.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from convention_parser.tables import find_tables
from convention_parser.text import read_document

FIXTURES = Path(__file__).parent / "fixtures" / "tables"


def _builder():
    spec = importlib.util.spec_from_file_location("office_long_hrules", FIXTURES / "office_long_hrules.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


B = _builder()


@pytest.mark.parametrize("case", sorted(B.CASES))
def test_one_long_table(case):
    pdf = str(FIXTURES / "long_hrules" / f"{case.replace('_', '-')}.pdf")
    tables = find_tables(pdf, read_document(pdf))
    c = B.CASES[case]
    gold = B.gold_rows(case)
    assert [(t.n_rows, t.n_cols) for t in tables] == [(len(gold), len(c["widths"]))]
    t = tables[0]
    assert t.header == [c["header"]]
    assert [r[0] for r in t.rows] == [r[0] for r in gold]
    assert [r[3:] for r in t.rows] == [r[3:] for r in gold]


def test_foot_row_is_no_footer():
    pdf = str(FIXTURES / "long_hrules" / "foot-row.pdf")
    doc = read_document(pdf)
    find_tables(pdf, doc)
    # the row's line is the table's, the page number stays the footer
    assert [l.text for l in doc.pages[0].footer] == ["Page 1 sur 13"]
