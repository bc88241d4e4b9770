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


def _paragraph_cell(r: int, c: int, lines: list[str], top: float) -> GridCell:
    x = 72.0 + 250.0 * c
    words = [Word(t, x + 30 * k, top + 14 * i, x + 30 * k + 25, top + 14 * i + 10, column=c + 1)
             for i, line in enumerate(lines) for k, t in enumerate(line.split())]
    return GridCell(row=r, col=c, words=words)


def test_columns_between_boxed_headings_are_the_pages_columns():
    """Rules above and below (a boxed heading opening the left column, another closing the
    columns) made rows of two columns of prose: a paragraph per column between one-line
    headings that open on their section number. A section number is no figure."""
    para = ["La gestion urbaine de proximité fait", "l'objet d'une convention spécifique entre",
            "la commune, le porteur de projet et", "les bailleurs, précisant les engagements",
            "de chacun pendant les travaux engagés."]
    cells = [_paragraph_cell(0, 0, ["2.1 La vocation du quartier"], 100.0),
             _paragraph_cell(0, 1, ["relève du porteur de projet, qui veille"], 100.0),
             _paragraph_cell(1, 0, para, 130.0), _paragraph_cell(1, 1, para, 130.0),
             _paragraph_cell(2, 0, ["2.2 Les objectifs urbains"], 220.0)]
    grid = Grid(page=1, bbox=(72.0, 100.0, 540.0, 240.0), kind="hrules", xs=[72.0, 310.0, 540.0],
                cells=cells, n_rows=3)
    assert across_prose_columns(grid, AlignedSettings())


def test_quantities_beside_labels_stay_a_table_whatever_one_cell_holds():
    """A label | quantity table whose one quantity cell is a paragraph of several lines
    (corpus: seed_avenant01_c's synthesis of the operations): the quantities open on
    figures, "406 LLS" is no section number."""
    rows = [("Démolition de LLS", "410 LLS"), ("Requalification de LLS", "190 LLS"),
            ("Reconstitution de LLS", "45 logements (31 PLUS et 14 PLAI)"),
            ("Diversification de l'habitat", "Potentiel de 98 logements en accession sociale")]
    grid = _grid(rows)
    long = _paragraph_cell(4, 1, ["Requalification (voirie, eaux, assainissement) de", "l'ensemble des rues du quartier",
                                  "et des places publiques, avec la création", "d'un mail planté au cœur du quartier"], 640.0)
    grid.cells += [_paragraph_cell(4, 0, ["Aménagements des espaces publics"], 640.0), long]
    grid.n_rows = 5
    assert not across_prose_columns(grid, AlignedSettings())
