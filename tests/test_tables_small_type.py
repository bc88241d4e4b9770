"""Tables set in a smaller type than the body (issue 11): the table ends at
the heading or prose below it, group rows and dash placeholders stay rows,
a header shaded alone keeps its one row, a table broken at a page foot
joins its rest. Gold by construction: tests/fixtures/tables/office_small_type.py
(LibreOffice), and pages 6-7 of a generator2 convention with the generator's
gold (convention_p6-7.gold.json)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from convention_parser.tables import find_tables
from convention_parser.text import read_document

HERE = Path(__file__).resolve().parent / "fixtures" / "tables"
sys.path.insert(0, str(HERE))
from office_small_type import FINANCING, GROUPED, HEADINGS, ONE_ROW, OPERATIONS, REQUALIFIED  # noqa: E402


def _read(name: str):
    pdf = HERE / "small_type" / f"{name}.pdf"
    doc = read_document(pdf, ocr="never")
    return doc, find_tables(str(pdf), doc)


def _norm(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").split())


def _rows(t) -> list[list[str]]:
    return [[_norm(x) for x in r] for r in t.rows]


def _gold_rows(rows, n_cols: int) -> list[list[str]]:
    return [[r[1]] * n_cols if isinstance(r, tuple) else r for r in rows]


def test_headings_and_prose_below_a_small_table_are_no_rows():
    """Family 1: '8.2 …' and 'Art. 9. …' under a table set in 6 pt are the
    document's headings (never marked as table lines), and the tables on
    each side keep their own shapes."""
    doc, tables = _read("headings_after")
    assert [(t.n_rows, t.n_cols) for t in tables] == [(3, 6), (2, 6), (5, 4), (9, 8)]
    assert _rows(tables[0]) == OPERATIONS[1]
    assert _rows(tables[1]) == REQUALIFIED
    marked = {l.text.strip() for p in doc.pages for l in p.lines if l.table_id}
    for heading, _ in HEADINGS:
        assert heading not in marked


def test_dash_placeholders_open_their_rows():
    """Family 4: dashes set left in columns of figures set right ("–": no
    amount) are values of their row, not the wrapped rest of the row above."""
    _, tables = _read("headings_after")
    t = tables[2]
    assert t.header == [FINANCING[0]]
    assert _rows(t) == FINANCING[1]


def test_group_rows_spaced_like_paragraphs_stay_in_the_small_table():
    """Family 2: group rows ("Quartier …") with a paragraph's space above
    them, in the cells' small type: one table, each group one cell over every column."""
    _, tables = _read("headings_after")
    t = tables[3]
    assert t.header == [GROUPED[0]]
    assert _rows(t) == _gold_rows(GROUPED[1], len(GROUPED[0]))


def test_header_shaded_alone_keeps_its_one_wrapped_row():
    """Family 3: a shaded header over one unruled row wrapped on three lines
    (its identifier broken at a hyphen): one table, one data row."""
    _, tables = _read("header_alone")
    (t,) = tables
    assert t.n_rows == 1
    assert _rows(t)[0] == ONE_ROW[1]


def test_convention_pages_keep_articles_out_of_tables():
    """Families 1 and 3 on a generator2 convention (triple 259394185, pages
    6-7): the table broken at page 6's foot (a footnote below it) takes its
    last row, wrapped, from page 7's top; '8.2 …' and 'Art. 9. …' end the
    table above them; every table has the generator's shape and cells."""
    gold = json.loads((HERE / "small_type" / "convention_p6-7.gold.json").read_text(encoding="utf-8"))["tables"]
    doc, tables = _read("convention_p6-7")
    assert [(t.n_rows, t.n_cols) for t in tables] == [(g["n_rows"], g["n_cols"]) for g in gold]
    for t, g in zip(tables, gold):
        assert _rows(t) == [[_norm(x) for x in r] for r in g["rows"]]
    marked = " ".join(l.text for p in doc.pages for l in p.lines if l.table_id)
    assert "8.2 Le calendrier" not in marked and "Art. 9." not in marked
