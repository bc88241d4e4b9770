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

from typing import AbstractSet, Optional

from ..french.text import fold
from ..french.words import STOPWORDS
from ..records import Table
from .cells import cell_value
from .settings import LayoutGridSettings


def _figure(text: str, s: LayoutGridSettings) -> bool:
    """A number or a short cell holding a digit ("3 € par m² et par mois", "S2 2024");
    prose mentioning a figure ("au capital de 1 000 000 €, dont le siège …") is none."""
    if not any(ch.isdigit() for ch in text):
        return False
    return cell_value(text) is not None or len(text.split()) <= s.figure_max_words


def _figure_columns(table: Table, s: LayoutGridSettings) -> bool:
    # A row one cell spreads over every column (a group row) belongs to no column.
    rows = [r for r in table.rows if len(set(r)) > 1]
    for c in range(table.n_cols):
        filled = [r[c] for r in rows if c < len(r) and r[c].strip()]
        figures = sum(_figure(x, s) for x in filled)
        if filled and (figures >= s.figure_column_share * len(filled) or figures >= s.min_figure_cells):
            return True
    return False


def _names_columns(row: list[str], s: LayoutGridSettings, bold: Optional[AbstractSet[str]]) -> bool:
    """A row with a label over every column (the corner over the row labels may be
    empty), not the same opening word in each (signatories' "Pour la …" cells set in
    bold name no distinct columns). A body row (``bold``: the words the grid sets in
    bold) must look like labels: short, no figure, set in bold."""
    cells = [c.strip() for c in row]
    labels = cells[1:] if cells and not cells[0] else cells
    if len(cells) < 2 or not labels or not all(labels):
        return False
    if bold is not None and any(len(c.split()) > s.label_max_words or any(ch.isdigit() for ch in c)
                                or not set(c.split()) <= bold for c in labels):
        return False
    openers = {fold(c.split()[0]) for c in labels}
    if len(openers) > 1 or len(labels) < len(cells):
        return True
    # One opening word: a noun each cell qualifies apart ("Rédaction initiale | Rédaction modifiée",
    # "Montant initial | Montant modifié") names columns; a small word ("Pour la … | Pour le …" of
    # signatories' blocks) does not.
    return (next(iter(openers)) not in STOPWORDS and len({fold(c) for c in labels}) == len(labels)
            and all(len(c.split()) >= 2 for c in labels))


def _naming_header(table: Table, s: LayoutGridSettings, bold: AbstractSet[str]) -> bool:
    """The header names the columns; without a header, the first body row under any
    title row spread over the width ("Motifs | Durée | Conditions" the finder took for a row)."""
    if table.header:
        return any(_names_columns(r, s, None) for r in table.header)
    first = next((r for r in table.rows if len(set(r)) > 1), None)
    return first is not None and _names_columns(first, s, bold)


def is_layout_grid(table: Table, s: LayoutGridSettings, bold: AbstractSet[str] = frozenset()) -> bool:
    """Is ``table`` a layout grid (module docstring)? A one-column grid without a
    header is a frame; otherwise layout means no column of figures and no header
    naming the columns (``bold``: the words the grid prints in bold)."""
    if not s.enabled:
        return False
    if table.n_cols <= 1:
        return not table.header or table.n_rows == 0
    if _naming_header(table, s, bold):
        return False
    return not _figure_columns(table, s)
