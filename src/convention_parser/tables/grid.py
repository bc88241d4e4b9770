"""A table as found on one page, before headers, titles and page continuation.

Detectors (ruled.py, aligned.py) produce Grids; the finder turns them into
``records.Table``. Cells are spread: a merged cell's text is repeated into each
position it covers and recorded once in ``merged``.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Literal, Optional

from ..text.model import Word
from .wrap import join_lines, cell_lines, overflowing_lines

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

    def text_in(self, vocab: Optional[Counter], right: Optional[float] = None, fixed: bool = False) -> str:
        """The text, words broken across lines rejoined on ``vocab``'s evidence
        and, in a table of fixed column widths, the column's right edge ``right`` (wrap.py)."""
        return words_text(self.words, vocab, right, fixed)

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
    header_rows: int = 0              # rows known to be header rows (a header alone at a page foot)
    alone: bool = False               # a table of one line (key_line.py): never a part of another
    continues: bool = False           # a boxed row alone that a header alone on the page before heads

    @property
    def n_cols(self) -> int:
        return len(self.xs) - 1

    def matrix(self, vocab: Optional[Counter] = None) -> list[list[str]]:
        """Spread text: every covered position holds its merged cell's text.
        With the document's ``vocab``, words broken across a cell's lines are rejoined."""
        return self.matrices([vocab])[0]

    def matrices(self, vocabs: list[Optional[Counter]]) -> list[list[list[str]]]:
        """``matrix(vocab)`` for each of ``vocabs``, the cells' lines and the
        columns' edges measured once for all."""
        out = [[[""] * self.n_cols for _ in range(self.n_rows)] for _ in vocabs]
        lines = [cell_lines(c.words) for c in self.cells]
        # Each column's right edge: its widest text (a broken word reaches it).
        right: dict[int, float] = {}
        for c in self.cells:
            if c.colspan == 1 and c.words:
                right[c.col] = max(right.get(c.col, c.words[0].x1), max(w.x1 for w in c.words))
        hard = _hard_edges(self.cells, lines, right)
        for c, c_lines in zip(self.cells, lines):
            # Rules mark a word processor's table, its column widths set: a
            # word wider than its column is broken there. Columns sized to
            # their widest word (unruled tables) say nothing of the kind,
            # unless several broken lines end at the same edge (hard_edges).
            edge, fixed = right.get(c.col) if c.colspan == 1 else None, self.kind != "aligned" or c.col in hard
            for m, vocab in zip(out, vocabs):
                text = lines_text(c_lines, vocab, edge, fixed)
                for r in range(c.row, min(c.row + c.rowspan, self.n_rows)):
                    for k in range(c.col, min(c.col + c.colspan, self.n_cols)):
                        m[r][k] = text
        return out

    def merged(self) -> list[list[int]]:
        return [[c.row, c.col, c.rowspan, c.colspan] for c in self.cells
                if c.rowspan > 1 or c.colspan > 1]

    def row_cells(self, r: int) -> list[GridCell]:
        return [c for c in self.cells if c.row == r]


def _hard_edges(cells: list[GridCell], lines: list[list[list[Word]]], right: dict[int, float],
                tol: float = 1.0, min_lines: int = 2) -> set[int]:
    """Columns of a set width without rules: at least ``min_lines`` lines
    of one word each, wrapped inside a cell (not its last line), end at the
    column's right edge within ``tol`` points. A column sized to its
    widest word has one such line at most; a narrow column of a set width
    breaks its long words there, each piece filling it. ``lines``: each
    cell's visual lines (wrap.cell_lines)."""
    hits: dict[int, int] = {}
    for c, c_lines in zip(cells, lines):
        if c.colspan != 1 or c.col not in right or not c.words:
            continue
        hits[c.col] = hits.get(c.col, 0) + sum(
            1 for line in c_lines[:-1] if len(line) == 1 and line[-1].x1 >= right[c.col] - tol)
    return {k for k, n in hits.items() if n >= min_lines}


def words_text(words: list[Word], vocab: Optional[Counter] = None, right: Optional[float] = None,
               fixed: bool = False) -> str:
    """Words in reading order, the visual lines of a wrapped cell joined with a
    space; a word broken across lines joined back (wrap.join_lines)."""
    return lines_text(cell_lines(words), vocab, right, fixed)


def lines_text(lines: list[list[Word]], vocab: Optional[Counter] = None, right: Optional[float] = None,
               fixed: bool = False) -> str:
    """``words_text`` of a cell's visual lines (wrap.cell_lines)."""
    if not lines:
        return ""
    if any(w.struck for line in lines for w in line):     # a redline's deleted words are no text of the cell
        lines = [kept for line in lines if (kept := [w for w in line if not w.struck])]
        if not lines:
            return ""
    return join_lines([[w.text for w in line] for line in lines], vocab, overflowing_lines(lines, right) if fixed else None)
