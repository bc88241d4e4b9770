"""A ruled table's last row cut by a page break, the rest of one cell ("Prés") alone in a
boxed row opening the next page, the caption printed below it
(tests/fixtures/tables/office_row_rest.py, typeset by LibreOffice; gold by construction: its
constants). The boxed row, too sparse for a row of its own, continues the table ending the page
before (ruled._opens_page, finder._with_row_rests): its cell joins the row, and is no caption."""

from __future__ import annotations

from pathlib import Path

from convention_parser.tables import find_tables
from convention_parser.text import read_document
from helpers import fixture_module

FIXTURES = Path(__file__).parent / "fixtures" / "tables"


def _builder():
    return fixture_module(FIXTURES / "office_row_rest.py")


def test_the_rest_of_a_ruled_row_opening_the_next_page_joins_its_row():
    b = _builder()
    pdf = str(FIXTURES / "row_rest" / "row-rest.pdf")
    doc = read_document(pdf, ocr="never")
    assert doc.pages[1].lines[0].text == "Prés"     # the fixture cuts the row where the test needs it
    (t,) = find_tables(pdf, doc)
    assert t.pages == [1, 2]
    assert t.header == [b.HEADER]
    assert t.rows == b.ROWS
    assert t.title == b.CAPTION
