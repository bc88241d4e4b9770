"""A table filling most of a page, cut by its break, a footnote under its first part set in the
cells' own type, no separator rule (tests/fixtures/tables/office_note_under_part.py:
python-docx + LibreOffice, gold by construction). The page's body size is the cells': the note
was not told from prose between the parts and the table read in two on 225f78d (38 + 13 rows
for 51), in every rule style."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from convention_parser.tables import find_tables
from convention_parser.text import read_document

FIXTURES = Path(__file__).parent / "fixtures" / "tables"


def _builder():
    spec = importlib.util.spec_from_file_location("office_note_under_part", FIXTURES / "office_note_under_part.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


B = _builder()


@pytest.mark.parametrize("case", sorted(B.CASES))
def test_one_table_over_the_note(case):
    pdf = str(FIXTURES / "note_under_part" / f"{case}.pdf")
    tables = find_tables(pdf, read_document(pdf))
    gold = B.gold_rows(case)
    assert [(t.n_rows, t.n_cols) for t in tables] == [(len(gold), 4)]
    t = tables[0]
    assert t.pages == [1, 2]
    assert t.header == [B.header()]
    # the figures of every row (the label merged down is read into the rows it covers)
    assert [r[1:] for r in t.rows] == [r[1:] for r in gold]
    # the note is no row
    assert not any("cas échéant" in x for r in t.rows for x in r)
