"""The signature block closing the last article: each version signs in its own layout
(one signatory a line; a grid whose first rows the parse read as a table, the rest as
lines, a row's two signatories on one line). Who signs is told by party changes, the
article's wording is unchanged. A clause after the block still counts."""

from convention_parser.diff.align import Pair
from convention_parser.diff.articles import section_changes
from convention_parser.records import Section

CLAUSE = "La présente convention prend effet à la date de sa signature par l'ensemble des parties."

LINES = f"""{CLAUSE}
Fait à Saint-Aubin-des-Prés, le 08/03/2021
Pour la Communauté de communes des Coteaux de l'Aumance, le Président, Valérie BOUCHEZ
Pour la commune de Sainte-Marthe-de-Scarpe, le Maire, Hervé LECLERCQ
Pour OPH Coteaux de l'Aumance, Sandrine MARCHAND
Pour OPH Ternois, Philippe DEVAUX
ANNEXES
Les annexes de la présente convention sont les suivantes :"""

# The grid's first row (the Communauté, the commune) is a table of the section, not its text.
GRID = f"""{CLAUSE}
Fait à Saint-Aubin-des-Prés, le 20 août 2023
Le Maire Hervé LECLERCQ Pour OPH Coteaux de l'Aumance Sandrine MARCHAND
Pour OPH Ternois
Philippe DEVAUX
ANNEXES
Les annexes de la présente convention sont les suivantes :"""


def _changes(old: str, new: str):
    a = Section("s13", "13", "La durée de la convention", 1, 12, text=old)
    b = Section("s13", "13", "La durée de la convention", 1, 12, text=new)
    return section_changes([Pair(a, b)])


def test_a_signature_block_in_lines_or_in_a_grid_is_no_change():
    assert _changes(LINES, GRID) == []


def test_what_follows_the_block_is_still_compared():
    # (the annex list is a block of its own: its change is told by its title)
    assert [c.target for c in _changes(LINES, GRID.replace("sont les suivantes", "sont désormais"))] == ["ANNEXES"]
    changed = GRID.replace("Philippe DEVAUX", "Philippe DEVAUX\nLa présente convention est résiliée de plein droit.")
    assert [c.target for c in _changes(LINES, changed)] == ["13"]


# The grid's first row and the place-and-date line above it read into a layout grid (out of
# the text): the next row, two or three signatories side by side on one line, opens the block.
GRID_ROW_FIRST = f"""{CLAUSE}
Pour OPH Coteaux de l'Aumance Philippe DEVAUX Pour Logis Horizon Isabelle KOWALSKI
ANNEXES
Les annexes de la présente convention sont les suivantes :"""

# The place-and-date line run into the signatories (the block read as one line).
RUN_IN = f"""{CLAUSE}
Fait à Saint-Aubin-des-Prés, le 14/02/22 Pour la Communauté de communes des Coteaux de \
l'Aumance, le Président, Valérie BOUCHEZ Pour la commune de Sainte-Marthe-de-Scarpe, le Maire, \
Hervé LECLERCQ Pour OPH Ternois, Philippe DEVAUX
ANNEXES
Les annexes de la présente convention sont les suivantes :"""


def test_a_block_without_its_place_and_date_line_or_run_into_it_is_no_change():
    assert _changes(LINES, GRID_ROW_FIRST) == []
    assert _changes(GRID_ROW_FIRST, RUN_IN) == []
    assert _changes(RUN_IN, LINES) == []


def test_prose_with_pour_is_still_compared():
    # "Pour" opening a sentence after another one's end, or a sentence of lower-case words
    # with a capitalised "Pour" inside: prose, not signatories.
    prose = CLAUSE.replace("La présente", "Pour la mise en œuvre du projet, la présente")
    sentence = f"{prose}\nPour les bailleurs sociaux et Pour les communes concernées la règle vaut aussi"
    assert [c.target for c in _changes(LINES, LINES.replace(CLAUSE, sentence))] == ["13"]
    two = f"{CLAUSE}\nPour les partenaires, le comité se réunit. Pour les bailleurs, le comité vaut aussi"
    assert [c.target for c in _changes(LINES, LINES.replace(CLAUSE, two))] == ["13"]


def test_a_name_run_into_the_place_and_date_line_is_no_change():
    # The grid's first row read as a table but for one name, joined to the line above it.
    named = LINES.replace("le 08/03/2021\n", "le 24 mai 2021 Valérie BOUCHEZ\n")
    assert _changes(GRID, named) == []
    # A sentence run in after the date still counts.
    sentence = LINES.replace("le 08/03/2021\n", "le 24 mai 2021 la convention est résiliée.\n")
    assert [c.target for c in _changes(GRID, sentence)] == ["13"]
