"""A grid over the page's two columns of prose (layer 1 numbered them apart, Word.column)
is no table; a table whose gaps layer 1 took for a gutter stays one (tables/finder.py
across_prose_columns): each of its columns must be lines of prose."""

from convention_parser.tables.finder import across_prose_columns
from convention_parser.tables.grid import Grid, GridCell
from convention_parser.tables.settings import AlignedSettings
from convention_parser.text.model import Word


def _grid(rows: list[tuple[str, str]]) -> Grid:
    cells = []
    for r, pair in enumerate(rows):
        for c, text in enumerate(pair):
            x = 72.0 + 250.0 * c
            words = [Word(t, x + 30 * k, 700.0 - 14 * r, x + 30 * k + 25, 710.0 - 14 * r, column=c + 1)
                     for k, t in enumerate(text.split())]
            cells.append(GridCell(row=r, col=c, words=words))
    return Grid(page=1, bbox=(72.0, 500.0, 540.0, 710.0), kind="aligned", xs=[72.0, 310.0, 540.0],
                cells=cells, n_rows=len(rows))


def test_two_columns_of_prose_are_the_pages_columns():
    rows = [("Vu le Code Général des", "Le Conseil, ayant entendu l'exposé"),
            ("Collectivités Territoriales, et", "De son rapporteur, adopte à"),
            ("Notamment son article L. 2121-29,", "L'unanimité des membres présents"),
            ("Orientations définies par le", "Et représentés, la proposition"),
            ("D'investissement.", "Rapportant.")]
    assert across_prose_columns(_grid(rows), AlignedSettings())


def test_a_table_of_labels_and_quantities_stays_a_table():
    rows = [("Opérations", "Programme"), ("Démolition de LLS", "406 LLS"),
            ("Reconstitution de LLS", "20 logements (14 PLUS et 6 PLAI)"),
            ("Requalification de LLS", "190 LLS"), ("Diversification de l'habitat", "61 logements")]
    assert not across_prose_columns(_grid(rows), AlignedSettings())


def test_words_of_one_column_are_never_the_pages_columns():
    rows = [("Vu le Code Général des", "Le Conseil, ayant entendu l'exposé")] * 4
    grid = _grid(rows)
    for cell in grid.cells:
        for w in cell.words:
            w.column = 1
    assert not across_prose_columns(grid, AlignedSettings())
