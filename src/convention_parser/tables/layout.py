"""Layout grids: a table the typesetter used to place text, not to hold data.

A heading or a paragraph framed in a one-cell table, the parties set as a grid
(the party | "représentée par …"), the signatories' blocks side by side: each is
drawn as a table, but its rows are no records and its columns no fields. A data
table has a column of figures (amounts, counts, codes, years) or a header naming
its columns; a grid with neither, or a frame of a single column, is layout.

The finder keeps a layout grid located (its lines stay marked, so structure reads
it as before: parties from its rows, party_rows.py) but out of the parse's tables;
the pipeline hands its rows back to the text as paragraphs (nothing printed is lost).
"""

from __future__ import annotations

from ..records import Table
from .cells import cell_value
from .settings import LayoutGridSettings


def _figure(text: str, s: LayoutGridSettings) -> bool:
    if not any(ch.isdigit() for ch in text):
        return False
    return cell_value(text) is not None or len(text.split()) <= s.figure_max_words


def _figure_columns(table: Table, s: LayoutGridSettings) -> bool:
    for c in range(table.n_cols):
        filled = [r[c] for r in table.rows if c < len(r) and r[c].strip()]
        if filled and sum(_figure(x, s) for x in filled) >= s.figure_column_share * len(filled):
            return True
    return False


def _naming_header(table: Table) -> bool:
    """A header row with a label over every column, not the same opening word in each
    (signatories' "Pour la …" cells set in bold name no distinct columns)."""
    for row in table.header:
        cells = [c.strip() for c in row]
        if len(cells) < 2 or not all(cells):
            continue
        if len({c.split()[0].lower() for c in cells}) > 1:
            return True
    return False


def is_layout_grid(table: Table, s: LayoutGridSettings) -> bool:
    """Is ``table`` a layout grid (module docstring)? A one-column grid without a
    header is a frame; otherwise layout means no column of figures and no header
    naming the columns."""
    if not s.enabled:
        return False
    if table.n_cols <= 1:
        return not table.header or table.n_rows == 0
    if _naming_header(table):
        return False
    return not _figure_columns(table, s)
