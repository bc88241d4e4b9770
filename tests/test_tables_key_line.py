"""One-row tables without header or rule (key_line.py): a label and its
figures on a line of their own. Synthetic geometry, gold by construction."""

from convention_parser.tables.key_line import key_line_grids
from convention_parser.tables.settings import TableSettings
from convention_parser.text.model import Word

S = TableSettings()
SIZE = 10.0


def _line(y: float, cells: list[tuple[float, str]]) -> list[Word]:
    out = []
    for x, text in cells:
        for t in text.split():
            w = 0.5 * SIZE * len(t)
            out.append(Word(t, x, y, x + w, y + SIZE, size=SIZE, base=y + 0.8 * SIZE))
            x += w + 0.25 * SIZE
    return out


PROSE = "le conseil municipal approuve la convention et autorise le maire à signer"


def _found(words):
    return [row for g in key_line_grids(1, words, S) for row in g.matrix()]


def test_a_label_and_its_figures_on_a_line_of_their_own_are_a_one_row_table():
    words = _line(100, [(80, PROSE)]) + _line(124, [(80, "Participation de la commune"), (400, "6 290 681 €"),
                                                    (490, "19,3 %")]) + _line(148, [(80, PROSE)])
    assert _found(words) == [["Participation de la commune", "6 290 681 €", "19,3 %"]]


def test_a_line_of_a_paragraph_a_count_or_a_page_number_is_no_key_line():
    # At the paragraph's leading (no paragraph spacing around it).
    tight = _line(100, [(80, PROSE)]) + _line(112, [(80, "Montant total"), (400, "5 536 059 €")]) \
        + _line(124, [(80, PROSE)])
    assert _found(tight) == []
    # A count, a page number, a vote: no amount in digit groups nor rate.
    assert _found(_line(124, [(80, "Logements démolis"), (400, "120")])) == []
    assert _found(_line(124, [(80, "Page"), (400, "3 / 20")])) == []
    assert _found(_line(124, [(80, "Pour : 25"), (400, "Contre : 3")])) == []
    # A gap a justified space might reach.
    assert _found(_line(124, [(80, "Montant total"), (160, "5 536 059 €")])) == []
    # A sentence's end before the figure.
    assert _found(_line(124, [(80, "Le budget est voté."), (400, "5 536 059 €")])) == []
