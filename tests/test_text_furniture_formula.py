"""A formula the body repeats (the closing sentence of every item of a minutes: "Le Conseil
d'administration, après en avoir délibéré, à l'unanimité des" / "membres présents et
représentés, ADOPTE les dispositions ci-dessus.") that happens to open a few pages at the
same height, right under the running header, stays in the body: it is an item's vote, not
furniture. A running header the first page also prints as its title stays furniture."""

from __future__ import annotations

from convention_parser.text.furniture import split_furniture
from convention_parser.text.model import Line, Page, Word

SIZE = 12.0
HEADER = "Ophis - Conseil d'administration du 04/02/2019"
FORMULA = ["Le Conseil d'administration, après en avoir délibéré, à l'unanimité des",
           "membres présents et représentés, ADOPTE les dispositions ci-dessus."]
WORDS = ("projet quartier bailleur logement opération commune article annexe financement agence "
         "démolition requalification équipement calendrier maître ouvrage avenant signataire").split()


def _line(text: str, top: float, page: int) -> Line:
    words, x = [], 62.0
    for t in text.split():
        w = 0.5 * SIZE * len(t)
        words.append(Word(t, x, top, x + w, top + SIZE, size=SIZE))
        x += w + 0.3 * SIZE
    return Line(words=words, page=page)


def _prose(n: int, k: int) -> str:
    return " ".join(WORDS[(n * 7 + k * 3 + j) % len(WORDS)] for j in range(6))


def _page(n: int, opens_with_formula: bool, formula_inside: bool, title: bool) -> Page:
    p = Page(number=n, width=595.0, height=842.0)
    lines = [_line(HEADER, 38.1, n)]
    body: list[str] = []
    if title:
        body.append(HEADER)
    if opens_with_formula:
        body += FORMULA
    body += [_prose(n, k) for k in range(8)]
    if formula_inside:
        body += FORMULA
    body += [_prose(n, k) for k in range(8, 14)]
    top = 51.6
    for k, text in enumerate(body):
        lines.append(_line(text, top, n))
        # paragraph spacing after the formula's second line
        top += 23.0 if text == FORMULA[1] else 15.1
    lines.append(_line(f"Page {n} / 8", 794.2, n))
    p.lines = lines
    return p


def test_a_formula_opening_a_few_pages_stays_in_the_body():
    opening = {3, 5, 8}
    pages = [_page(n, n in opening, n in {2, 4, 6}, title=n == 1) for n in range(1, 9)]
    split_furniture(pages)
    for p in pages:
        assert [ln.text for ln in p.header] == [HEADER]
        assert [ln.text for ln in p.footer] == [f"Page {p.number} / 8"]
        body = [ln.text for ln in sorted(p.lines, key=lambda ln: ln.top)]
        if p.number in opening:
            assert body[:2] == FORMULA
    # The running header that page 1 also prints as its title (in its band, under the
    # header) is furniture on every page; the title itself stays.
    assert sorted(pages[0].lines, key=lambda ln: ln.top)[0].text == HEADER
