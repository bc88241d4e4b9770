"""Tables of one width ruled between their rows, one under another on a page: the rules
make one stack. A group row of the operations table ("Quartier Les Peupliers (QP…) –
Hallencourt", one cell, in the table's small type) was measured against the type of every
row of the stack, the financing table's below it set larger: read as a line set apart, it
cut the operations table in two. A line of one cell is measured against the rows around it.
A pinned generator seed (layout set 6, seed 1416: its signed convention's operations table
ends on the page of the financing table), converted by LibreOffice."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from corpora.generator2 import office  # noqa: E402

pytestmark = pytest.mark.skipif(office.soffice() is None, reason="LibreOffice not installed")


def test_group_row_in_a_stack_over_a_larger_table_keeps_its_table_whole(tmp_path):
    from corpora.generator2 import convention
    from convention_parser.tables import find_tables
    from convention_parser.text import read_document

    signed = [s for s in convention.build(1416, tmp_path / "docx", layout_set=6) if s.name.endswith("signed")][0]
    gold = [t for t in signed.gold["parts"][0]["tables"] if t["title"].startswith("Tableau des opérations")][0]
    pdf = str(office.docx_to_pdf([signed.docx], tmp_path / "pdf")[0])
    tables = find_tables(pdf, read_document(pdf))
    ops = [t for t in tables if t.title.startswith("Tableau des opérations")]
    assert len(ops) == 1
    assert ops[0].n_rows == gold["n_rows"]
    assert [r[0] for r in ops[0].rows] == [r[0] for r in gold["rows"]]
    assert not any(t.header and t.header[0][0].startswith("Quartier") for t in tables)
