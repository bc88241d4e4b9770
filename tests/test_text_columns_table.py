"""A table whose two parts a wide gap separates (IDTOP and label | owner, commune,
dwellings, subsidy) is no pair of prose columns, though its label lines are long and its
right part fills its side: the right part's lines hold cells, gaps of several type sizes
of their own (text/columns.py _table_side). Its rows stay whole for the table stage."""

import json
from pathlib import Path

from convention_parser.text.columns import column_section, reading_order
from convention_parser.text.model import Word

FIXTURE = Path(__file__).parent / "fixtures" / "text" / "table_not_columns.json"


def _rows():
    data = json.loads(FIXTURE.read_text(encoding="utf-8"))
    return [[Word(t, x0, top, x1, bottom, size=size) for t, x0, top, x1, bottom, size in row] for row in data["rows"]]


def test_a_table_with_a_wide_gap_is_no_two_columns():
    rows = _rows()
    assert len(rows) == 11
    assert column_section(rows, 9.5) is None
    # Read in order, each table row stays one line: its label beside its figures.
    lines = [" ".join(w.text for w in r) for r in reading_order(rows, 9.5)]
    assert any(ln.startswith("C0132-21-0001 Démolition") and ln.endswith("2 640 000 €") for ln in lines)
