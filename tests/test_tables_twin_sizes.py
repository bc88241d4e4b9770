"""An avenant's page printing tables of two type sizes under one stack of rules (issue 12, style
avantapres: the twin before/after tables lost in some layouts): a "Rédaction initiale | Rédaction
modifiée" table of prose, an operations table shrunk to 6 pt whose group rows sit between its rows,
two wordier financing tables in 8.5 pt of the same width (tests/fixtures/tables/office_twin_sizes.py:
python-docx + LibreOffice, gold by construction)."""

from __future__ import annotations

from pathlib import Path

import pytest

from convention_parser.records import Table
from convention_parser.tables import find_tables
from convention_parser.tables.layout import is_layout_grid
from convention_parser.tables.settings import TableSettings
from convention_parser.text import read_document
from helpers import fixture_module

FIXTURES = Path(__file__).parent / "fixtures" / "tables"


def _builder():
    return fixture_module(FIXTURES / "office_twin_sizes.py")


@pytest.fixture(scope="module")
def found():
    b = _builder()
    pdf = str(FIXTURES / "twin_sizes" / f"{b.NAME}.pdf")
    return b, find_tables(pdf, read_document(pdf))


def test_group_rows_of_a_shrunk_table_stay_in_it(found):
    # the stack's median size is the financing tables' (more words): a group row in the operations
    # table's own size, between two of its rows, is a row of it, not a caption cutting it
    b, tables = found
    ops = next(t for t in tables if t.header and t.header[0][0] == "IDTOP")
    assert ops.header == [b.OPS_HEAD]
    gold = b.ops_rows()
    assert [r[0] for r in ops.rows] == [r[0] for r in gold]
    # a group row is one cell over every column (records repeat its text in each)
    assert [r for r in ops.rows if r[0] not in b.GROUPS] == [r for r in gold if r[0] not in b.GROUPS]
    assert all(set(r) == {r[0]} for r in ops.rows if r[0] in b.GROUPS)
    fins = [t for t in tables if t.header and t.header[0][0] == "Financeurs"]
    assert [t.rows for t in fins] == [b.FIN, b.FIN]


def test_a_header_of_one_noun_qualified_apart_names_its_columns(found):
    # "Rédaction initiale | Rédaction modifiée" over prose: a data table, not a layout grid
    b, tables = found
    wording = next(t for t in tables if t.header and t.header[0][0] == "Rédaction initiale")
    assert wording.header == [b.WORDING_HEAD] and wording.rows[0] == b.WORDING[0]
    s = TableSettings().layout
    head = lambda h: Table(id="t", title="", pages=[1], header=[h], rows=[["une phrase de prose", "une autre phrase"]],
                           n_rows=1, n_cols=2)  # noqa: E731
    assert not is_layout_grid(head(["Montant initial", "Montant modifié"]), s)
    # signatories' blocks opening on the same small word name no columns
    assert is_layout_grid(head(["Pour la Commune", "Pour l'ANRU"]), s)
    assert is_layout_grid(head(["Pour la Commune", "Pour la Commune"]), s)


def test_the_dash_of_an_empty_cell_stays_in_its_column(found):
    # the dash opens the printed line, a column away from the next words: no bullet of the line (read as
    # one, it was joined to the new wording and the added alinéa lost), the initial side's cell
    b, tables = found
    wording = next(t for t in tables if t.header and t.header[0][0] == "Rédaction initiale")
    assert wording.rows[1] == b.WORDING[1]
