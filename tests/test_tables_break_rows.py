"""Rows of office tables a page break cuts (tests/fixtures/tables/office_break_rows.py:
python-docx + LibreOffice, gold by construction; each case but ``merged_label_hrules``
fails on 918403b):

- ``merged_label_hrules``: rules between rows only, labels merged down over "C / P / T" rows,
  the last label's bottom rule left out (rules under the figure columns only end the table):
  its last row must not be lost now that a merged label's lines leave a band's pitch alone;
- ``every_cell_rest``: fully ruled, the break cuts a row whose every cell goes on
  ("… Pôle de" / "Sallaumines et environs", "… soit 35" / "droits"): read as two rows;
- ``boxed_row_alone``: the last row alone atop the next page, boxed by its rules, every cell
  over two lines: read as two rows;
- ``header_orphans``: the cut cell's next paragraphs and one row under a shaded header printed
  again (a grid of its own): the rows under it were lost (4 rows read for 6).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import case_tables, fixture_module

FIXTURES = Path(__file__).parent / "fixtures" / "tables"


def _builder():
    return fixture_module(FIXTURES / "office_break_rows.py")


B = _builder()


@pytest.mark.parametrize("case", sorted(B.CASES))
def test_one_table_in_its_rows(case):
    tables = case_tables(FIXTURES / "break_rows", case)
    c = B.CASES[case]
    gold = B.gold_rows(case)
    assert [(t.n_rows, t.n_cols) for t in tables] == [(len(gold), len(c["widths"]))]
    t = tables[0]
    assert t.pages[-1] == 2
    assert t.header == [c["header"]]
    # (a label merged down is spread into each row it covers)
    if c.get("merge_down"):
        gold = [[gold[r - r % c["merge_down"]][0]] + row[1:] for r, row in enumerate(gold)]
    assert t.rows == gold
