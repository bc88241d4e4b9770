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
