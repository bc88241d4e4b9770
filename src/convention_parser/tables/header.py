"""Which leading rows of a table are its header.

Evidence, strongest first: typography (bold or shaded rows at the top, when
the body is not bold/shaded too); then types (non-numeric rows above rows
that hold numbers). A totals row printed first ("Total" and its figures, set
bold like the header) opens the body: it is never a header row. Repetition at the top of the next page is used by
continuation.py, which confirms a header by finding it again.
"""

from __future__ import annotations

from typing import Optional

from .cells import cell_value
from .grid import Grid
from .settings import HeaderSettings
from .totals import TOTAL_LABEL


def _row_styled(grid: Grid, r: int) -> tuple[bool, bool]:
    """(bold, shaded) for row r: every non-empty origin cell starting in it."""
    cells = [c for c in grid.cells if c.row <= r < c.row + c.rowspan and c.words]
    if not cells:
        return False, False
    return all(c.bold for c in cells), all(c.shaded for c in cells)


def _row_typed(row: list[str]) -> bool:
    return any(cell_value(x) is not None or numberish(x) for x in row if x)


def numberish(text: str) -> bool:
    """Digits dominate: a value cell even when french.numbers cannot type it."""
    digits = sum(ch.isdigit() for ch in text)
    return digits >= 2 and digits * 2 >= sum(ch.isalnum() for ch in text)


def figure(text: str) -> bool:
    """A figure, as a header never holds one: numberish text that is no code
    (a word of letters and digits: "(QP080034)", a quartier's code under its
    name in a header cell; "S1 2023")."""
    return numberish(text) and not any(
        any(ch.isalpha() for ch in tok) and any(ch.isdigit() for ch in tok) for tok in text.split())


def _group_row(grid: Grid, r: int) -> bool:
    """One cell across every column: a group row ("Quartier X") opening the
    body, not a header row (a header under a title row has several cells)."""
    cells = [c for c in grid.cells if c.row == r and c.words]
    return len(cells) == 1 and cells[0].colspan == grid.n_cols and grid.n_cols > 1


def _totals_row(row: list[str]) -> bool:
    """A row labelled "Total …" that holds figures: the first row of a body that prints its
    totals first."""
    first = next((x for x in row if x), "")
    return bool(TOTAL_LABEL.match(first)) and _row_typed(row[1:])


def header_rows(grid: Grid, settings: HeaderSettings, matrix: Optional[list[list[str]]] = None) -> int:
    """How many leading rows head the grid. ``matrix``: ``grid.matrix()``, when the caller has it."""
    n = grid.n_rows
    if n < 2:
        return 0
    if matrix is None:
        matrix = grid.matrix()
    styles = [_row_styled(grid, r) for r in range(n)]
    limit = min(settings.max_header_rows, n - 1)
    for flag in (1, 0):  # shaded first: bold alone is weaker (bold labels in a body)
        k = 0
        while k < limit and styles[k][flag] and not (k and _group_row(grid, k)) and not _totals_row(matrix[k]):
            k += 1
        # A group row under the styled rows opens the body, styled alike or not.
        if k and (not all(styles[r][flag] for r in range(k, n)) or (k < n and _group_row(grid, k))
                  or (k < n and _totals_row(matrix[k]))):
            # A rowspan cell that starts in the header keeps the header open.
            k = max([k] + [c.row + c.rowspan for c in grid.cells if c.row < k and c.rowspan > 1
                           and c.row + c.rowspan <= limit])
            return k
    # Types: leading rows without numbers above a body where most rows have them.
    typed = [_row_typed(r) for r in matrix]
    k = 0
    while k < limit and not typed[k]:
        k += 1
    if 0 < k < n and sum(typed[k:]) * 2 >= (n - k) and sum(typed[k:]) >= 1:
        return k
    return 0
