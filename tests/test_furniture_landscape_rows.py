"""A footer table (a logo cell, the document's name, "Page N sur M") on landscape pages
among portrait ones (text/furniture.py): pages built for the test, gold by construction
(the footer as LibreOffice prints it in layout set 4's conventions).

- The footer stands as far from the bottom edge, in points, on every page: on a landscape
  page that is a smaller share of the (shorter) height, out of a band cut as a share of it.
- A row of that table reads as one line on some pages ("ANRU Convention NPNRU – … Page 17
  sur 23": its cells' words on one height) and as its cells apart on others ("ANRU" set
  higher in a larger type): the cells apart repeat nowhere, but their row holds a page
  number and a line repeated at the same distance from the edge, so the row is furniture."""

from __future__ import annotations

from convention_parser.text.furniture import split_furniture
from convention_parser.text.model import Line, Page, Word

NAME = "Convention NPNRU – Communauté de communes"
REST = "de la Plaine de l'Escaut – version consolidée"
PAGES = 12
LANDSCAPE = (8, 9)
_WORDS = ["habitat", "quartier", "commune", "bailleur", "relogement", "phasage", "programme", "opération",
          "concertation", "équipement", "voirie", "subvention", "calendrier"]


def _line(page: int, top: float, x: float, text: str, size: float = 10.0, cell=None, bold=False) -> Line:
    words, x0 = [], x
    for t in text.split():
        w = 0.5 * size * len(t)
        words.append(Word(t, x0, top, x0 + w, top + size, size=size, bold=bold, base=top + 0.8 * size))
        x0 += w + 0.3 * size
    return Line(words=words, page=page, cell=cell)


def _page(number: int) -> Page:
    landscape = number in LANDSCAPE
    width, height = (842.0, 595.0) if landscape else (595.0, 842.0)
    p = Page(number=number, width=width, height=height)
    p.lines = [_line(number, 90.0 + 16 * k, 72.0, f"Le {_WORDS[(number + k) % 13]} et la {_WORDS[(3 * number + k) % 13]}"
                                                   f" du projet, {_WORDS[(5 * number + 2 * k) % 13]}.", 12.0)
               for k in range(20 if not landscape else 12)]
    foot = height - 80.0                   # the footer's top, 80 pt above the bottom edge
    if number % 3 == 0:
        # the row's cells apart: "ANRU" higher, in a larger bold type
        p.lines += [_line(number, foot - 4, 190.0, "ANRU", 12.0, cell=(20, 1), bold=True),
                    _line(number, foot, 300.0, NAME, cell=(20, 2)),
                    _line(number, foot, 560.0, f"Page {number} sur {PAGES}", cell=(20, 3))]
    else:
        p.lines.append(_line(number, foot, 190.0, f"ANRU {NAME} Page {number} sur {PAGES}"))
    p.lines.append(_line(number, foot + 15, 300.0, REST, cell=(21, 2)))
    return p


def test_footer_table_rows_on_landscape_pages_are_furniture():
    pages = [_page(n) for n in range(1, PAGES + 1)]
    split_furniture(pages)
    for p in pages:
        assert not any("ANRU" in ln.text or "Escaut" in ln.text or " sur " in ln.text for ln in p.lines), p.number
        assert len(p.lines) == (12 if p.number in LANDSCAPE else 20)
        assert f"Page {p.number} sur {PAGES}" in " ".join(ln.text for ln in p.footer)
