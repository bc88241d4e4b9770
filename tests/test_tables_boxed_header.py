"""A table whose header alone is boxed by rules, its body unruled with rows
set tight and wrapped label cells (LibreOffice, tests/fixtures/tables/
office_boxed_header.py; gold by construction). The two rules around the
header give no rows to the body; a figure in a number column the row has
filled already opens the next row; the last row's wrapped label stays in it."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "tables"))
from office_boxed_header import HEADER, ROWS  # noqa: E402

from convention_parser.tables import find_tables  # noqa: E402
from convention_parser.text import read_document  # noqa: E402

PDF = str(Path(__file__).parent / "fixtures" / "tables" / "prose" / "boxed-header.pdf")


def test_boxed_header_tight_rows():
    tables = find_tables(PDF, read_document(PDF))
    assert len(tables) == 1
    t = tables[0]
    assert (t.n_rows, t.n_cols) == (len(ROWS), len(HEADER))
    assert t.header == [HEADER]
    assert t.rows == ROWS


def test_wrapped_labels_in_rows_without_padding():
    """Every row at the text's leading, no figure column: a line holding the
    first column alone, flush with the label above and in its style, is
    that label wrapped, not a row of its own."""
    from office_boxed_header import SYNTHESIS, SYNTHESIS_HEADER
    pdf = str(Path(PDF).with_name("wrapped-labels.pdf"))
    tables = find_tables(pdf, read_document(pdf))
    assert len(tables) == 1
    t = tables[0]
    assert t.header == [SYNTHESIS_HEADER]
    assert t.rows == SYNTHESIS


def test_values_set_apart_in_one_column():
    """A dash centred and figures set right in one column leave a gutter
    between them; no row fills both sides: one column."""
    from office_boxed_header import APART, APART_HEADER
    pdf = str(Path(PDF).with_name("values-apart.pdf"))
    tables = find_tables(pdf, read_document(pdf))
    assert [(t.n_rows, t.n_cols) for t in tables] == [(len(APART), len(APART_HEADER))]
    assert tables[0].header == [APART_HEADER]
    assert tables[0].rows == APART


@pytest.mark.parametrize("style", ["margin", "centred_larger", "spaced"])
def test_caption_between_two_tables_of_one_width(style):
    """Two tables ruled between rows, of one width, a caption under the
    first: set at the margin while the cells' text sits inside their
    padding, centred in a larger type, or set apart by paragraph spacing.
    Two tables, the caption in neither."""
    from office_boxed_header import FAMILIES, FINANCING
    name = "caption-between.pdf" if style == "margin" else f"caption-between-{style}.pdf"
    pdf = str(Path(PDF).with_name(name))
    tables = find_tables(pdf, read_document(pdf))
    assert [(t.n_rows, t.n_cols) for t in tables] == [(len(FINANCING) - 1, 2), (len(FAMILIES) - 1, 2)]
    assert tables[0].rows == FINANCING[1:] and tables[1].rows == FAMILIES[1:]
