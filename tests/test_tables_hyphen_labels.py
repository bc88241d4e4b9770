"""Unruled tables of narrow columns whose labels break at soft hyphens, cut by a page break
(tests/fixtures/tables/office_hyphen_labels.py: python-docx + LibreOffice, gold by
construction). Layer 1 joins a word hyphenated at a line end on its first line, so the label's
next line starts a word right of the cell's text; the last row's label lines under the row's
other cells are still the label's (tables/hyphen_starts.py):

- ``nine_cols``: on 225f78d the last label's lines at the page foot read as a row of their
  own (15 rows for 14);
- ``five_cols``: a family case 225f78d reads.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from convention_parser.tables import find_tables
from convention_parser.text import read_document

FIXTURES = Path(__file__).parent / "fixtures" / "tables"


def _builder():
    spec = importlib.util.spec_from_file_location("office_hyphen_labels", FIXTURES / "office_hyphen_labels.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


B = _builder()


@pytest.mark.parametrize("case", sorted(B.CASES))
def test_one_table_labels_whole(case):
    pdf = str(FIXTURES / "hyphen_labels" / f"{case.replace('_', '-')}.pdf")
    tables = find_tables(pdf, read_document(pdf))
    c = B.CASES[case]
    gold = B.gold_rows(case)
    assert [(t.n_rows, t.n_cols) for t in tables] == [(len(gold), len(c["widths"]))]
    t = tables[0]
    assert t.pages == [1, 2]
    assert [r[1:] for r in t.rows] == [r[1:] for r in gold]
    # each label whole, its hyphenated words joined
    assert [r[0] for r in t.rows] == [r[0] for r in gold]
