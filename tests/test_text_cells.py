"""Ruled tables: a row's lines cut at the cell borders, emitted cell by cell."""

import sys

from conftest import FIXTURES

sys.path.insert(0, str(FIXTURES / "text"))
from pdfs import new_canvas  # noqa: E402

from convention_parser.tables import find_tables  # noqa: E402
from convention_parser.text import read_document  # noqa: E402

# Three columns; cells of one to three lines. Row 0 is the header.
CELLS = [
    [["Maître d'ouvrage", "(intitulé exact)"], ["Base de", "financement", "prévisionnelle"], ["Taux"]],
    [["Commune de Lens"], ["180 000 €"], ["50 %"]],
    [["Pas-de-Calais Habitat", "(quote-part Cité 12/14)"], ["974 400 €"], ["35 %"]],
]
XS = [72, 222, 372, 472]
LEAD = 12


def build(path):
    c = new_canvas(path)
    c.setFont("Helvetica", 12)
    c.drawString(72, 760, "Le tableau ci-dessous donne la répartition des financements par maître d'ouvrage.")
    y = 740
    c.setLineWidth(0.5)
    tops = [y]
    for row in CELLS:
        height = LEAD * max(len(cell) for cell in row) + 6
        for x0, cell in zip(XS, row):
            for k, text in enumerate(cell):
                c.setFont("Helvetica", 9)
                c.drawString(x0 + 3, y - 10 - k * LEAD, text)
        y -= height
        tops.append(y)
    for t in tops:
        c.line(XS[0], t, XS[-1], t)
    for x in XS:
        c.line(x, tops[0], x, tops[-1])
    c.setFont("Helvetica", 12)
    c.drawString(72, y - 24, "Les montants sont exprimés hors taxes et restent prévisionnels.")
    c.save()


def test_ruled_table_lines_come_cell_by_cell(tmp_path):
    pdf = tmp_path / "ruled.pdf"
    build(pdf)
    page = read_document(pdf).pages[0]
    expected = [(r, col + 1, text) for r, row in enumerate(CELLS) for col, cell in enumerate(row) for text in cell]
    got = [(ln.cell[0], ln.cell[1], ln.text) for ln in page.lines if ln.cell is not None]
    assert got == expected
    prose = [ln.text for ln in page.lines if ln.cell is None]
    assert prose[0].startswith("Le tableau") and prose[-1].startswith("Les montants")
    # A cell's words keep their place on the page: the table stage reads them.
    lens = next(ln for ln in page.lines if ln.text == "Commune de Lens")
    assert XS[0] < lens.x0 < lens.x1 < XS[1]


def test_table_stage_reads_the_cell_lines(tmp_path):
    pdf = tmp_path / "ruled.pdf"
    build(pdf)
    doc = read_document(pdf)
    tables = find_tables(str(pdf), doc)
    assert len(tables) == 1
    cells = [[" ".join(cell) for cell in row] for row in CELLS]
    t = tables[0]
    assert t.header == [cells[0]]
    assert t.rows == cells[1:]
    assert all(ln.table_id == t.id for ln in doc.pages[0].lines if ln.cell is not None)


def _row(top: float, x0: float, x1: float, n: int = 8) -> list:
    from convention_parser.text.model import Word
    step = (x1 - x0) / n
    return [Word(f"mot{k}", x0 + k * step, top, x0 + (k + 0.8) * step, top + 10, size=10) for k in range(n)]


def _box(x0: float, top: float, x1: float, bottom: float) -> list:
    return [(x0, top, x1, top + 0.5), (x0, bottom, x1, bottom + 0.5),
            (x0, top, x0 + 0.5, bottom), (x1, top, x1 + 0.5, bottom)]


def test_a_box_in_one_column_cuts_no_prose_around_it():
    """A boxed heading across the page, a paragraph across the page, then a boxed heading in
    the left column of two columns of prose, and another boxed heading across the page
    below them (layout set 3's two-column articles): the paragraph's rows lie between rules
    across the page, and the left box's sides cross the middle of that band, but they reach
    neither rule: no cell borders, the paragraph's rows stay whole."""
    from convention_parser.text.cells import cell_order
    rules = _box(80, 100, 500, 120) + _box(80, 190, 280, 230) + _box(80, 300, 500, 320)
    paragraph = [_row(130 + 14 * k, 82, 498) for k in range(4)]
    rows = [_row(105, 90, 400)] + paragraph + [_row(200, 90, 270, 4) + _row(200, 300, 498, 4),
                                               _row(245, 84, 278, 4) + _row(245, 300, 498, 4),
                                               _row(305, 90, 300)]
    order = cell_order(rows, rules)
    whole = {id(r[0]): cell for r, cell in order if len(r) == 8 and r[0].x0 == 82}
    assert len(whole) == 4 and set(whole.values()) == {None}
    # The boxes stay one-cell boxes.
    assert [cell for r, cell in order if r[0].top in (105.0, 305.0)] == [(0, 1), (1, 1)]
