"""A page number set under an unruled table's last row: layer 1 reads it into
that row's last cell (no rule under the row to end the table), yet it is the
page's number, not a cell's figure. Synthetic lines; gold by construction."""

from __future__ import annotations

from convention_parser.text.furniture import split_furniture
from convention_parser.text.model import Line, Page, Word


def _line(text: str, x: float, top: float, page: int, cell=None, size: float = 9.0) -> Line:
    words = []
    for t in text.split():
        w = 0.5 * size * len(t)
        words.append(Word(t, x, top, x + w, top + size, size=size))
        x += w + 0.3 * size
    return Line(words=words, page=page, cell=cell)


def _page(n: int, under_row: bool) -> Page:
    p = Page(number=n, width=595.0, height=842.0)
    body = [_line(f"Texte courant de la page {n}", 60.0, 200.0 + k * 14, n, size=11.0) for k in range(3)]
    if not under_row:
        p.lines = body + [_line(str(n), 490.0, 797.7, n)]
        return p
    row = [_line("Organismes HLM", 90.0, 782.0, n, cell=(16, 0)), _line("763 000,00 €", 300.0, 782.0, n, cell=(16, 1)),
           _line("3 623 000,78 €", 440.0, 782.0, n, cell=(16, 2))]
    # the page number, read into the last cell of the last row (same cell), on a line of its own below it
    p.lines = body + row + [_line(str(n), 490.0, 797.7, n, cell=(16, 2))]
    return p


def test_a_page_number_under_a_tables_last_row_is_the_page_number():
    pages = [_page(n, under_row=(n == 3)) for n in range(1, 6)]
    split_furniture(pages)
    assert [[ln.text for ln in p.footer] for p in pages] == [["1"], ["2"], ["3"], ["4"], ["5"]]
    assert [ln.text for ln in pages[2].lines if ln.cell] == ["Organismes HLM", "763 000,00 €", "3 623 000,78 €"]


def test_a_figure_on_the_rows_own_line_stays_in_its_cell():
    pages = [_page(n, under_row=False) for n in range(1, 6)]
    p = pages[2]
    p.lines = p.lines[:-1] + [_line("Total", 90.0, 780.0, 3, cell=(16, 0)), _line("39", 490.0, 780.0, 3, cell=(16, 1))]
    split_furniture(pages)
    assert p.footer == [] and [ln.text for ln in p.lines if ln.cell] == ["Total", "39"]
