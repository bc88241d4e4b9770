"""Prose beside labels in the margin ("Modifié par avenant", "Voir annexe"
beside an avenant's instructions), found by whitespace near another
table's rules: no table. A table whose rows are ruled keeps its long
text column. Synthetic geometry, gold by construction."""

from convention_parser.tables.prose_grids import prose_beside_labels
from convention_parser.tables.grid import Grid, GridCell
from convention_parser.tables.settings import TableSettings
from convention_parser.text.model import Word

S = TableSettings()
TEXT = "le montant de la subvention est remplacé par le montant figurant au tableau annexé"


def _cell(row: int, col: int, text: str, x: float) -> GridCell:
    words, y = [], 100.0 + 14 * row
    for t in text.split():
        words.append(Word(t, x, y, x + 5 * len(t), y + 10, size=10.0))
        x += 5 * len(t) + 3
    return GridCell(row=row, col=col, words=words)


def _grid() -> Grid:
    cells = []
    for r in range(8):
        cells.append(_cell(r, 0, "Modifié par avenant" if r % 4 == 0 else "", 14.0))
        cells.append(_cell(r, 1, TEXT, 96.0))
    return Grid(page=1, bbox=(14.0, 100.0, 510.0, 212.0), kind="hrules", xs=[14.0, 90.0, 510.0],
                cells=cells, n_rows=8)


def test_margin_labels_beside_prose_near_rules_are_no_table():
    g = _grid()
    # The rules near it bound another table below: none between its rows.
    below = [(96.0, 212.0, 510.0, 212.5), (96.0, 240.0, 510.0, 240.5)]
    assert prose_beside_labels(g, below, S)
    # the same labels and prose with rules between the rows: a table of long text cells
    between = [(14.0, 100.0 + 14 * r - 2, 510.0, 100.0 + 14 * r - 1.5) for r in range(1, 8)]
    assert not prose_beside_labels(g, between, S)


def test_rules_between_rows_are_counted_once_each():
    # One rule between two rows, drawn twice (cell by cell, then whole): one rule, which
    # does not make a ruled table of the labels and prose; two distinct ones do.
    g = _grid()
    one = [(14.0, 100.0 + 14 * 4 - 2, 510.0, 100.0 + 14 * 4 - 1.5)]
    assert prose_beside_labels(g, one + one, S)
    two = one + [(14.0, 100.0 + 14 * 6 - 2, 510.0, 100.0 + 14 * 6 - 1.5)]
    assert not prose_beside_labels(g, two + two, S)
