"""A table's total row pushed alone atop the next page, at the place other tables' totals
take on other pages, is content, not a running header (text/furniture.py): pages built
for the test, gold by construction."""

from __future__ import annotations

from convention_parser.text.furniture import split_furniture
from convention_parser.text.model import Line, Page, Word

HEADER = "Convention NPNRU – version consolidée"


def _line(page: int, top: float, x: float, text: str, size: float = 9.0) -> Line:
    words, x0 = [], x
    for t in text.split():
        w = 0.5 * size * len(t)
        words.append(Word(t, x0, top, x0 + w, top + size, size=size, base=top + 0.8 * size))
        x0 += w + 0.3 * size
    return Line(words=words, page=page)


def _page(number: int, total: str | None) -> Page:
    """A running header, a total row ("Total" | amount) right under it when ``total``, the
    body, the page number at the foot."""
    p = Page(number=number, width=792.0, height=612.0)
    p.lines = [_line(number, 37.5, 200.0, HEADER)]
    if total is not None:
        p.lines += [_line(number, 55.0, 56.8, "Total"), _line(number, 55.0, 565.6, total)]
    p.lines += [_line(number, 120.0 + 14 * k, 56.8, f"Texte du paragraphe {k} de la page {number}.", 10.0)
                for k in range(10)]
    p.lines.append(_line(number, 564.1, 360.0, f"Page {number} sur 9"))
    return p


def test_total_rows_atop_pages_stay_in_the_body():
    totals = {2: "8 749 407,07 €", 4: "2 524 222,74 €", 6: "1 075 000,00 €", 8: "354 200,00 €"}
    pages = [_page(n, totals.get(n)) for n in range(1, 10)]
    split_furniture(pages)
    assert all([ln.text for ln in p.header] == [HEADER] for p in pages)
    assert all([ln.text for ln in p.footer] == [f"Page {p.number} sur 9"] for p in pages)
    for p in pages:
        if p.number in totals:
            assert [ln.text for ln in p.lines[:2]] == ["Total", totals[p.number]]


def test_a_repeated_line_without_figures_stays_furniture():
    """The same line under the header on most pages, no amount on its row: furniture."""
    pages = [_page(n, None) for n in range(1, 10)]
    for p in pages:
        p.lines.insert(1, _line(p.number, 55.0, 56.8, "Titre II – Le projet urbain"))
    split_furniture(pages)
    assert all([ln.text for ln in p.header] == [HEADER, "Titre II – Le projet urbain"] for p in pages)
