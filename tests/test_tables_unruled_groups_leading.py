"""Unruled operation tables typeset by LibreOffice (tests/fixtures/tables/office_leftab.py,
gold by construction: its constants).

- a body opening on a group row right under a header shaded alone, the body's box reaching
  up to the shading's bottom edge (rows set tight): the group row stays the body's first row
  (finder._with_shaded_headers reads the lines between that edge and the body's first line);
- a document set in "multiple 1.3": a label broken in its cell ("… (16 logements)") stays one
  cell on the last row too, where the wrap leading bound was a single-spaced document's
  (tables/leading.py)."""

from __future__ import annotations

from pathlib import Path

from convention_parser.tables import find_tables
from convention_parser.text import read_document
from helpers import fixture_module

FIXTURES = Path(__file__).parent / "fixtures" / "tables"


def _builder():
    return fixture_module(FIXTURES / "office_leftab.py")


def _tables(name: str):
    pdf = str(FIXTURES / "leftab" / name)
    return find_tables(pdf, read_document(pdf, ocr="never"))


def _gold_row(row, n: int) -> list[str]:
    if isinstance(row, str):                      # a group row: one cell over every column
        return [row] * n
    return [" ".join(c) if isinstance(c, list) else c for c in row]


def test_group_row_opening_the_body_under_a_shaded_header():
    b = _builder()
    (t,) = _tables("group-under-shaded-header.pdf")
    n = len(b.GROUP_HEADER[-1])
    assert (t.n_rows, t.n_cols) == (len(b.GROUP_BODY), n)
    assert t.header[-1] == b.GROUP_HEADER[-1]
    assert t.rows == [_gold_row(r, n) for r in b.GROUP_BODY]


def test_labels_broken_in_their_cells_at_the_documents_leading():
    b = _builder()
    tables = _tables("loose-leading.pdf")
    assert [(t.n_rows, t.n_cols) for t in tables] == [(len(b.SUMMARY), 4), (len(b.OPS), 5), (len(b.OPS2), 5)]
    summary, ops, ops2 = tables
    assert summary.rows == b.SUMMARY
    assert ops.rows == [_gold_row(r, 5) for r in b.OPS]
    assert ops2.rows == [_gold_row(r, 5) for r in b.OPS2]
    # the broken label's rest is no caption of the next table
    assert not ops2.title.startswith("(")


def test_cells_merged_down_give_every_operation_its_commune_and_owner():
    """The commune and maître d'ouvrage cells merged down over a quartier's rows read empty
    on the rows below the first (no vertical rule shows the merge): each operation of the
    block still gets them (facts/operations.read_table), keyed by the same commune as the
    version that prints them on every row."""
    from convention_parser.pipeline import parse_pdf

    b = _builder()
    gold, above = {}, {}
    for row in b.GROUP_BODY:
        if isinstance(row, str):
            above = {}
            continue
        for j in (2, 3):
            above[j] = row[j] or above[j]
        gold[row[5]] = (above[2], above[3])
    part = parse_pdf(str(FIXTURES / "leftab" / "group-under-shaded-header.pdf")).parts[0]
    got = {f"{o.amount:,.2f}".replace(",", " ").replace(".", ",").replace(",00", ""): (o.commune, o.maitre_ouvrage)
           for o in part.operations}
    assert got == gold
