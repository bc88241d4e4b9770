"""A table as found on one page, before headers, titles and page continuation.

Detectors (ruled.py, aligned.py) produce Grids; the finder turns them into
``records.Table``. Cells are spread: a merged cell's text is repeated into each
position it covers and recorded once in ``merged``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from ..text.model import Word

BBox = tuple[float, float, float, float]  # x0, top, x1, bottom


@dataclass
class GridCell:
    row: int
    col: int
    rowspan: int = 1
    colspan: int = 1
    words: list[Word] = field(default_factory=list)
    shaded: bool = False

    @property
    def text(self) -> str:
        return words_text(self.words)

    @property
    def bold(self) -> bool:
        total = sum(len(w.text) for w in self.words)
        return total > 0 and sum(len(w.text) for w in self.words if w.bold) * 2 > total


@dataclass
class Grid:
    page: int
    bbox: BBox
    kind: Literal["ruled", "hrules", "aligned"]
    xs: list[float]                   # column boundaries, n_cols + 1 values
    cells: list[GridCell]             # origin cells only (one per merged block)
    n_rows: int
    row_tops: list[float] = field(default_factory=list)
    source: object = None             # detector's input, to rebuild with other columns

    @property
    def n_cols(self) -> int:
        return len(self.xs) - 1

    def matrix(self) -> list[list[str]]:
        """Spread text: every covered position holds its merged cell's text."""
        m = [[""] * self.n_cols for _ in range(self.n_rows)]
        for c in self.cells:
            for r in range(c.row, min(c.row + c.rowspan, self.n_rows)):
                for k in range(c.col, min(c.col + c.colspan, self.n_cols)):
                    m[r][k] = c.text
        return m

    def merged(self) -> list[list[int]]:
        return [[c.row, c.col, c.rowspan, c.colspan] for c in self.cells
                if c.rowspan > 1 or c.colspan > 1]

    def row_cells(self, r: int) -> list[GridCell]:
        return [c for c in self.cells if c.row == r]


def words_text(words: list[Word]) -> str:
    """Words in reading order, the visual lines of a wrapped cell joined with a space."""
    if not words:
        return ""
    lines: list[list[Word]] = []
    for w in sorted(words, key=lambda w: (w.top, w.x0)):
        if lines and abs(w.top - lines[-1][0].top) < max(2.0, 0.45 * (w.bottom - w.top)):
            lines[-1].append(w)
        else:
            lines.append([w])
    # A visual line ending in a hyphen inside a word ("Rivemont-sur-" /
    # "Sambre") continues that word: joined without a space, hyphen kept.
    text = ""
    for line in lines:
        part = " ".join(w.text for w in sorted(line, key=lambda w: w.x0))
        if text and not (len(text) > 1 and text[-1] == "-" and text[-2].isalpha()):
            text += " "
        text += part
    return " ".join(text.split())
