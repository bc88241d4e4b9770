"""Table layout families of documents typeset by LibreOffice, one small
document each (tests/fixtures/tables/office_families.py, gold by construction:
the tables written into the DOCX)."""

from __future__ import annotations

import sys
from pathlib import Path

from convention_parser.tables import find_tables
from convention_parser.text import read_document

HERE = Path(__file__).resolve().parent / "fixtures" / "tables"
sys.path.insert(0, str(HERE))
from office_families import ANNOUNCED, CAPTIONED, FAMILY_HEADER, FAMILY_TABLES, GROUPED  # noqa: E402


def _tables(name: str):
    pdf = HERE / "families" / f"{name}.pdf"
    return find_tables(str(pdf), read_document(pdf, ocr="never"))


def _norm(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").split())


def test_captions_below_are_the_titles():
    """Captions printed under their tables: each table takes the one under
    it, never the caption of the table above (two tables back to back)."""
    tables = _tables("captions_below")
    assert [t.title for t in tables] == [c for _, c, _, _ in CAPTIONED]
    for t, (_, _, header, rows) in zip(tables, CAPTIONED):
        assert t.header == [header]
        assert [[_norm(x) for x in r] for r in t.rows] == rows


def test_group_rows_stay_rows_of_their_table():
    """Full-width group rows of tables without vertical rules, one right under
    the header, bold or plain: one table, each group row one cell over every column."""
    tables = _tables("group_rows")
    assert len(tables) == len(GROUPED)
    for t, (_, header, rows) in zip(tables, GROUPED):
        want = [[r[1]] * len(header) if isinstance(r, tuple) else r for r in rows]
        assert t.header == [header]
        assert [[_norm(x) for x in r] for r in t.rows] == want
        groups = [i for i, r in enumerate(rows) if isinstance(r, tuple)]
        assert sorted(m[0] - 1 for m in t.merged if m[3] == len(header)) == groups


def test_numbered_prose_is_no_table():
    assert _tables("numbered_prose") == []


def test_announced_one_row_table_keeps_its_row():
    """The table after "est ajoutée la ligne suivante :": its header and its one data row."""
    (t,) = _tables("announced_row")
    assert t.header == [ANNOUNCED[0]]
    assert t.n_rows == 1
    assert t.rows[0][:2] == ANNOUNCED[1][:2]


def test_announced_one_row_table_figures_in_their_columns():
    """Figures set right under wider header cells set left: with one row,
    whitespace alone would draw the boundary left of the figure; the
    header's cells give the columns."""
    (t,) = _tables("announced_row")
    assert t.rows[0] == ANNOUNCED[1]


def test_family_tables_of_one_row_are_tables():
    """Article 8.1 of a signed convention: one unruled table per family of
    operations, a header over one data row (two lines of cells, or three
    with a wrapped label): each a table of its own, its row in its columns,
    the prose around no table."""
    tables = _tables("family_tables")
    assert len(tables) == len(FAMILY_TABLES)
    for t, (_, row) in zip(tables, FAMILY_TABLES):
        assert t.header == [FAMILY_HEADER]
        assert [[_norm(x) for x in r] for r in t.rows] == [row]
