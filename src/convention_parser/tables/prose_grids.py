"""Grids whitespace found that hold text set out, not a table: prose beside hanging labels
(a name or an item number in the margin of paragraphs), running prose whose justified
spaces line up, two columns of paragraphs, a heading set with its letters spread (finder.page_grids
drops them)."""

from __future__ import annotations

from ..text.words import spread_letter_counts
from .grid import BBox, Grid
from .settings import TableSettings


def prose_beside_labels(g: Grid, rules: list[BBox], settings: TableSettings) -> bool:
    """Labels in the margin beside prose ("Modifié par avenant", "Voir annexe"), found by
    whitespace: one column holds nearly all the text (_hanging_labels), and fewer than two
    of the page's rules run between its rows (a table ruled in rows keeps its long text
    column; rules near it bounding another table or a header's box are none of its own)."""
    return _rules_inside(g, rules) < 2 and _hanging_labels(g, settings)


def _rules_inside(g: Grid, rules: list[BBox]) -> int:
    """Rules between g's rows, over half its width at least: a table found
    by whitespace near rules (another table's, a header's box) has none
    inside, and its text says whether it is one (prose_beside_labels)."""
    x0, top, x1, bottom = g.bbox
    return len({round(r[1]) for r in rules if top + 2 < r[1] < bottom - 2
                and min(r[2], x1) - max(r[0], x0) >= 0.5 * (x1 - x0)})


def _hanging_labels(g: Grid, settings: TableSettings) -> bool:
    """Prose set beside hanging labels (a rapporteur's name and an item
    number in the margin of minutes, "a)" or "I." before each paragraph):
    one column holds nearly all the text, and it is not the first column
    (a table's labels come first, its values after), or its cells are
    paragraphs rather than labels."""
    chars = [0] * g.n_cols
    cells = [0] * g.n_cols
    for c in g.cells:
        if c.colspan == 1 and c.words:
            chars[c.col] += sum(len(w.text) + 1 for w in c.words)
            cells[c.col] += 1
    k = max(range(g.n_cols), key=lambda i: chars[i])
    s = settings.aligned
    if chars[k] < s.max_column_text_share * max(1, sum(chars)):
        return False
    return k > 0 or chars[k] / max(1, cells[k]) >= s.min_paragraph_cell_chars


def running_prose(g: Grid, settings: TableSettings) -> bool:
    """Prose read as a table: justified lines whose widened spaces line up
    over a few lines, or text set in two columns. Its rows are lines of
    sentences going on from the line above, so most open on a lowercase
    word, and they hold many words; a table's rows open on a label or a
    figure."""
    s = settings.aligned
    starts, words, rows, cells_n, shortest = 0, 0, 0, 0, None
    for r in range(g.n_rows):
        cells = sorted((c for c in g.row_cells(r) if c.words), key=lambda c: c.col)
        if not cells:
            continue
        rows += 1
        cells_n += len(cells)
        starts += cells[0].words[0].text[:1].islower()
        words += sum(len(c.words) for c in cells)
        shortest = min([len(c.words) for c in cells] + ([shortest] if shortest is not None else []))
    if rows >= 2 and cells_n > rows and shortest >= s.prose_paragraph_words:
        return True
    if rows < s.prose_min_rows or starts < s.prose_lowercase_share * rows:
        return False
    return words >= s.prose_min_words_per_row * rows or words >= s.prose_min_words_per_cell * cells_n


def spread_letters(g: Grid, settings: TableSettings) -> bool:
    """Text set with its letters spread (character spacing: a heading wrapped over a few lines,
    "3.3 MODIFICATION DE L'ARTICLE 5 DU TITRE" / "II « LA STRATÉGIE …", maybe with the first line
    of the paragraph under it): the spread widens its word spaces, which line up like a table's
    gutters. Half its rows or more are spread (most of their letters in letter-spaced words); a
    table's cells are set in plain type."""
    s = settings.aligned
    rows = spread_rows = 0
    for r in range(g.n_rows):
        letters, spread = spread_letter_counts((w for c in g.row_cells(r) for w in c.words), s.spread_em)
        if letters:
            rows += 1
            spread_rows += spread >= s.spread_share * letters
    return rows > 0 and 2 * spread_rows >= rows
