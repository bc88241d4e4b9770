"""Captions printed plain below their tables in a document closing on the signatories' grid
under "Fait à …, le …" (tests/fixtures/tables/office_caption_vote.py, typeset by LibreOffice;
gold by construction: its constants). The line over a layout grid (tables/layout.py) is no
caption and has no say in the side the document prints its captions on
(captions.titles ``layout``): the captions below name their tables."""

from __future__ import annotations

from pathlib import Path

from convention_parser.tables.finder import locate_tables
from convention_parser.text import read_document
from helpers import fixture_module

FIXTURES = Path(__file__).parent / "fixtures" / "tables"


def _builder():
    return fixture_module(FIXTURES / "office_caption_vote.py")


def test_captions_below_are_not_outvoted_by_the_line_over_the_signatures():
    b = _builder()
    pdf = str(FIXTURES / "caption_vote" / "captions-below.pdf")
    located = locate_tables(pdf, read_document(pdf, ocr="never"))
    data = [f.table for f in located if not f.layout]
    assert [t.title for t in data] == [caption for *_, caption in b.TABLES]
    assert [t.rows for t in data] == [rows for _, _, rows, _ in b.TABLES]
    assert [f.table.title for f in located if f.layout] == [""]
