"""A header left alone at a page foot, its table's body on the next page
(foot_header.py). Synthetic geometry, gold by construction: words as layer 1
reads them, the body as the grid whitespace gives it."""

from convention_parser.tables.aligned import visual_lines
from convention_parser.tables.foot_header import foot_header
from convention_parser.tables.grid import Grid, GridCell
from convention_parser.tables.settings import TableSettings
from convention_parser.text.model import Word

S = TableSettings()
SIZE = 10.0


def _line(y: float, cells: list[tuple[float, str]], bold: bool) -> list[Word]:
    out = []
    for x, text in cells:
        for t in text.split():
            w = 0.5 * SIZE * len(t)
            out.append(Word(t, x, y, x + w, y + SIZE, size=SIZE, base=y + 0.8 * SIZE, bold=bold))
            x += w + 0.25 * SIZE
    return out


# The body opening the next page: figures set right, so its whitespace
# puts the second column's left edge right of where the header starts it.
BODY = Grid(page=2, bbox=(79.0, 60.0, 533.0, 200.0), kind="hrules", xs=[79.0, 271.0, 421.0, 533.0],
            cells=[GridCell(row=0, col=k) for k in range(3)], n_rows=1)
PROSE = [(79.0, "le financement de l'agence est réparti entre les maîtres d'ouvrage")]
HEADER = [(79.0, "Libellé de l'opération"), (200.0, "Base subventionnable"), (430.0, "Coût total")]


def _head(words):
    lines = sorted(visual_lines(words, S.aligned), key=lambda l: l.top)
    return foot_header(1, lines, BODY, S.continuation, S.aligned.max_wrap_leading_em)


def test_a_bold_header_ending_the_page_is_the_next_pages_tables_header():
    words = _line(650.0, PROSE, False) + _line(700.0, HEADER, True)
    g = _head(words)
    assert g is not None and g.header_rows == 1 and g.n_rows == 1
    assert g.matrix() == [["Libellé de l'opération", "Base subventionnable", "Coût total"]]


def test_a_header_cell_wrapped_at_the_foot_stays_one_row():
    words = _line(650.0, PROSE, False) + _line(700.0, HEADER, True) + _line(711.0, [(200.0, "(en euros)")], True)
    g = _head(words)
    assert g is not None and g.matrix() == [["Libellé de l'opération", "Base subventionnable (en euros)", "Coût total"]]


def test_prose_a_heading_or_figures_ending_the_page_are_no_header():
    assert _head(_line(650.0, PROSE, False) + _line(700.0, HEADER, False)) is None        # not bold
    assert _head(_line(700.0, [(79.0, "Article 4 – Financement de l'opération")], True)) is None
    figures = [(79.0, "Total"), (300.0, "1 250 000"), (440.0, "2 500 000")]
    assert _head(_line(700.0, figures, True)) is None
    # Two columns only over a three-column body: another table's line.
    assert _head(_line(700.0, HEADER[:2], True)) is None
