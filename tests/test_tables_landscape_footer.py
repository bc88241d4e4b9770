"""Operation tables cut by a page break on landscape pages among portrait ones, every page
under the same footer table (tests/fixtures/tables/office_landscape_break.py, typeset by
LibreOffice; gold by construction: its constants).

The footer stands as far from the bottom edge, in points, on the landscape pages as on the
portrait ones, out of the band a share of the landscape page's shorter height gives: read as
body lines there, it stood between a table's part and its rest on the next page, so the
table was cut in two and the row the page break cut ("… Fauré" / "(150 logements)") was a
header of its own (text/furniture.band_depth)."""

from __future__ import annotations

from pathlib import Path

from convention_parser.tables import find_tables
from convention_parser.text import read_document
from helpers import fixture_module

FIXTURES = Path(__file__).parent / "fixtures" / "tables"
PDF = FIXTURES / "landscape_break" / "landscape-break.pdf"


def _builder():
    return fixture_module(FIXTURES / "office_landscape_break.py")


def test_the_footer_of_landscape_pages_is_furniture():
    doc = read_document(str(PDF), ocr="never")
    pages = len(doc.pages)
    assert [p.landscape for p in doc.pages] == [False, False, True, True, True, True, False, False]
    for p in doc.pages:
        assert f"Page {p.number} sur {pages}" in [l.text for l in p.footer]
        assert not any("Page " in l.text and " sur " in l.text for l in p.lines)


def test_tables_cut_by_a_page_break_on_landscape_pages_are_one_table_each():
    b = _builder()
    tables = find_tables(str(PDF), read_document(str(PDF), ocr="never"))
    assert [(t.pages, t.n_cols) for t in tables] == [([3, 4], 8), ([5, 6], 8)]
    ruled, unruled = tables
    assert ruled.header == [b.HEADER]
    # the row cut by the page break, its label's last line on the next page, is one row
    assert ruled.rows == b.gold(b.RULED)
    assert unruled.rows == b.gold(b.UNRULED)
