"""A table broken right after its first data row: the page foot holds its
merged two-row header (boxed, found as a ruled grid) and one row wrapped
over two lines, too few to be found by whitespace; the next page repeats
the header and holds the rest. One table, the first row in it, no fragment.
Fixture: office_tables.py seed 8014 (LibreOffice), gold by construction."""

from __future__ import annotations

import sys
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures" / "tables"
sys.path.insert(0, str(FIXTURES))
from office_tables import _norm, load_gold  # noqa: E402

from convention_parser.tables import find_tables  # noqa: E402
from convention_parser.text import read_document  # noqa: E402

PDF = FIXTURES / "pagebreak" / "office-tables-8014.pdf"


def test_first_row_at_page_foot_joins_its_table():
    gold = load_gold(PDF).tables[1]
    assert gold.pages == 2
    found = find_tables(str(PDF), read_document(str(PDF)))
    assert len(found) == len(load_gold(PDF).tables)      # no fragment at the break
    t = next(t for t in found if t.title == gold.title)
    assert t.pages[0] == 1 and len(t.pages) >= 2
    assert (t.n_rows, t.n_cols) == (gold.n_rows, gold.n_cols)
    assert [[_norm(c) for c in r] for r in t.rows] == [[_norm(c) for c in r] for r in gold.rows]
